from __future__ import annotations

from pytestqt.qtbot import QtBot

from translator_gui.ui.meters import SILENT_SECONDS, LevelMeterWidget


class _Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_bar_follows_level_and_falls_to_zero_when_released(qtbot: QtBot) -> None:
    meter = LevelMeterWidget("Input level", clock=_Clock())
    qtbot.addWidget(meter)
    level = [-6.0]
    meter.follow(lambda: level[0])
    meter.refresh()
    assert meter.value() <= 0, "a hidden meter is not repainted"
    meter.show()
    meter.follow(lambda: level[0])
    meter.refresh()
    assert meter.value() == 900
    level[0] = -120.0
    meter.refresh()
    assert meter.value() == 0
    meter.follow(None)
    assert meter.value() == 0


def test_a_live_input_silent_for_ten_seconds_is_reported_once(qtbot: QtBot) -> None:
    clock = _Clock()
    meter = LevelMeterWidget("Input level", clock=clock)
    qtbot.addWidget(meter)
    level = [-90.0]
    meter.follow(lambda: level[0])
    reports: list[float] = []
    meter.silent_too_long.connect(reports.append)
    for step in range(0, 25):
        clock.now = step * 0.5
        meter.refresh()
    assert reports == [SILENT_SECONDS]
    level[0] = -20.0  # sound again: the next silent stretch is reported again
    meter.refresh()
    level[0] = -90.0
    for step in range(25, 50):
        clock.now = step * 0.5
        meter.refresh()
    assert len(reports) == 2


def test_the_meter_timer_reads_the_source_by_itself(qtbot: QtBot) -> None:
    meter = LevelMeterWidget("Output level")
    qtbot.addWidget(meter)
    meter.show()
    meter.follow(lambda: -30.0)
    qtbot.wait_until(lambda: meter.value() == 500, timeout=2_000)
