from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QGroupBox, QVBoxLayout
from pytestqt.qtbot import QtBot

from translator_gui.ui.meters import (
    IDLE_AFTER_TICKS,
    IDLE_TICK_MS,
    SILENT_SECONDS,
    TICK_MS,
    LevelMeterWidget,
    meter_clock,
)


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


def test_meters_share_one_timer_that_stops_when_none_follows_a_source(qtbot: QtBot) -> None:
    meters = [LevelMeterWidget(f"Level {n}") for n in range(2)]
    reads = [0, 0]

    def source(n: int) -> float:
        reads[n] += 1
        return -30.0

    for n, meter in enumerate(meters):
        qtbot.addWidget(meter)
        meter.show()
        meter.follow(lambda n=n: source(n))  # type: ignore[misc]
    assert meter_clock().interval_ms == TICK_MS
    qtbot.wait_until(lambda: min(reads) >= 3, timeout=2_000)
    assert abs(reads[0] - reads[1]) <= 1, "both are read on the same ticks"
    for meter in meters:
        meter.follow(None)
    assert meter_clock().interval_ms == 0


def test_a_minimised_meter_is_not_repainted_and_is_read_slowly(qtbot: QtBot) -> None:
    meter = LevelMeterWidget("Input level", clock=_Clock())
    qtbot.addWidget(meter)
    meter.show()
    meter.follow(lambda: -6.0)
    meter.refresh()
    assert meter.value() == 900 and meter.tick_ms == TICK_MS
    meter.setWindowState(Qt.WindowState.WindowMinimized)
    meter.follow(lambda: -30.0)  # a change the bar would show
    for _ in range(IDLE_AFTER_TICKS):
        meter.refresh()
    assert meter.value() == 900, "not repainted while minimised"
    assert meter.tick_ms == IDLE_TICK_MS
    meter.follow(None)


def test_idle_meters_alone_are_read_on_every_slow_tick(qtbot: QtBot) -> None:
    meter = LevelMeterWidget("Input level")
    qtbot.addWidget(meter)
    meter.show()
    reads = [0]

    def silence() -> float:
        reads[0] += 1
        return -120.0

    meter.follow(silence)
    qtbot.wait_until(lambda: meter.tick_ms == IDLE_TICK_MS and meter_clock().interval_ms == IDLE_TICK_MS,
                     timeout=5_000)
    reads[0] = 0
    qtbot.wait_until(lambda: reads[0] >= 3, timeout=3 * IDLE_TICK_MS + 1_000)
    meter.follow(None)


class _PaintCounter(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.paints = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.paints += 1
        return False


def test_a_moving_bar_repaints_itself_only_and_every_pixel_of_itself(qtbot: QtBot) -> None:
    box = QGroupBox("Them → me")  # as in a direction's row: a titled frame around the meters
    meter = LevelMeterWidget("Input level", box)
    QVBoxLayout(box).addWidget(meter)
    qtbot.addWidget(box)
    box.resize(300, 80)
    box.show()
    qtbot.waitExposed(box)
    QApplication.processEvents()  # the first paint of the whole box
    counter = _PaintCounter()
    box.installEventFilter(counter)
    level = [-60.0]
    meter.follow(lambda: level[0])
    for db in (-45.0, -30.0, -15.0, -3.0):
        level[0] = db
        meter.refresh()
        QApplication.processEvents()  # the repaint the refresh asked for, as the event loop does it
    assert counter.paints == 0, "the group box beneath the bar was repainted with it"
    image = meter.grab().toImage()
    palette = meter.palette()
    base, bar = palette.color(QPalette.ColorRole.Base).rgb(), palette.color(QPalette.ColorRole.Highlight).rgb()
    filled = image.width() * meter.value() // 1000
    row = [image.pixelColor(x, image.height() // 2).rgb() for x in range(image.width())]
    assert row == [bar] * filled + [base] * (image.width() - filled)
