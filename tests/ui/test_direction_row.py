"""A direction's device set-up folds into one line while it runs, and unfolds when it stops."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from translator_gui.audio.sources import SoundDevice
from translator_gui.realtime.languages import ALL_TARGETS
from translator_gui.ui.direction_row import THEM_TO_ME, DirectionRow

MEETING = SoundDevice("input", "pulse:source:a.monitor", "Sound from: Laptop speakers", "a.monitor", "pulse",
                      monitor_of="a")
HEADSET = SoundDevice("output", "pulse:sink:b", "USB headset", "b", "pulse")


def test_while_live_the_devices_fold_into_one_line_and_the_language_stays_at_hand(qtbot: QtBot) -> None:
    row = DirectionRow(THEM_TO_ME, ALL_TARGETS)
    qtbot.addWidget(row)
    row.input_device.fill([MEETING], MEETING.key)
    row.output_device.fill([HEADSET], HEADSET.key)
    row.show()
    qtbot.waitExposed(row)
    set_up = (row.source_language, row.input_device, row.output_device)
    assert all(widget.isVisible() for widget in set_up) and not row.summary.isVisible()
    folded_from = row.sizeHint().height()

    row.set_running(True)
    assert not any(widget.isVisible() for widget in set_up)
    assert row.summary.isVisible() and row.summary.text() == "Sound from: Laptop speakers → USB headset"
    assert row.language.isVisible() and row.language.isEnabled()
    assert row.input_meter.isVisible() and row.output_meter.isVisible()
    assert row.sizeHint().height() < folded_from

    row.set_running(False)
    assert all(widget.isVisible() for widget in set_up) and not row.summary.isVisible()
    assert row.state.text() == "Off"
