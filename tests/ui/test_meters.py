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


def test_a_live_input_silent_for_long_is_reported_once_and_its_sound_returning_too(qtbot: QtBot) -> None:
    clock = _Clock()
    meter = LevelMeterWidget("Input level", clock=clock)
    qtbot.addWidget(meter)
    level = [-90.0]
    meter.follow(lambda: level[0])
    reports: list[float] = []
    returns: list[bool] = []
    meter.silent_too_long.connect(reports.append)
    meter.sound_returned.connect(lambda: returns.append(True))
    steps = int(SILENT_SECONDS * 2) + 5  # half-second ticks, a little past the limit
    for step in range(steps):
        clock.now = step * 0.5
        meter.refresh()
    assert reports == [SILENT_SECONDS]
    assert returns == []
    level[0] = -20.0  # sound again: the hint's cause is gone, and the next silent stretch counts anew
    meter.refresh()
    assert returns == [True]
    level[0] = -90.0
    for step in range(steps, 2 * steps):
        clock.now = step * 0.5
        meter.refresh()
    assert len(reports) == 2


def test_a_pause_shorter_than_the_limit_is_no_news(qtbot: QtBot) -> None:
    clock = _Clock()
    meter = LevelMeterWidget("Input level", clock=clock)
    qtbot.addWidget(meter)
    meter.follow(lambda: -90.0)
    reports: list[float] = []
    meter.silent_too_long.connect(reports.append)
    for step in range(int(SILENT_SECONDS * 2) - 1):
        clock.now = step * 0.5
        meter.refresh()
    assert reports == []


def test_the_meter_timer_reads_the_source_by_itself(qtbot: QtBot) -> None:
    meter = LevelMeterWidget("Output level")
    qtbot.addWidget(meter)
    meter.show()
    meter.follow(lambda: -30.0)
    qtbot.wait_until(lambda: meter.value() == 500, timeout=2_000)
