"""Level meters, read by a timer from each stream's newest audio.

The audio callbacks do nothing for them; the UI decides when to look: 10 times a second while the
bar moves, each read measuring the 100 ms since the last (so every syllable shows as a rise and no
sound falls between two reads), about 3 times a second once it has sat at the bottom for a second
(silence, or no speech to play) or while its window is hidden or minimised (nothing to paint; the
level is still read for the silence hint), so a quiet meeting does not wake the app for nothing.
Each read wakes the whole app, which in a meeting costs more than the read itself. All meters
share one timer (:class:`MeterClock`): the four meters of a meeting in both directions wake the app
once per tick and are repainted in one pass, not four. The meter also notices the commonest
set-up mistake — listening to the wrong device — when a live input stays silent.
"""

from __future__ import annotations

import time
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

FLOOR_DB = -60.0  # the bar's bottom; quieter reads as silence
SILENT_DB = -55.0  # a live input below this for SILENT_SECONDS is probably the wrong device
SILENT_SECONDS = 20.0  # longer than a pause in a conversation
TICK_MS = 100  # 10 Hz: the pace of syllables; 20 Hz cost ≈ 0.5 % of a core more (peer_bench.py, bars not yet opaque)
IDLE_TICK_MS = 300  # while the bar sits at the bottom: enough to see sound start within a glance
IDLE_AFTER_TICKS = 10  # a second at the bottom

LevelSource = Callable[[], float]  # dBFS, >= -120


class MeterClock(QObject):
    """The one timer that reads every meter following a source: it ticks at the fastest rate any of
    them wants (:data:`TICK_MS` while a bar moves, else :data:`IDLE_TICK_MS`), and a meter that wants
    the slow rate is read on every fifth tick only. Stopped while no meter follows a source."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._meters: list[LevelMeterWidget] = []
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.CoarseTimer)
        self._timer.timeout.connect(self._tick)
        self._ticks = 0
        self._interval = 0  # the timer's interval while it runs, 0 while stopped

    def add(self, meter: LevelMeterWidget) -> None:
        if meter not in self._meters:
            self._meters.append(meter)
            meter.destroyed.connect(lambda: self.remove(meter))
        self._retime()

    def remove(self, meter: LevelMeterWidget) -> None:
        if meter in self._meters:
            self._meters.remove(meter)
        self._retime()

    @property
    def interval_ms(self) -> int:
        """How often the clock ticks now (0 while stopped)."""
        return self._interval

    def _tick(self) -> None:
        self._ticks += 1
        interval, everyone = self._interval, self._ticks % (IDLE_TICK_MS // TICK_MS) == 0
        for meter in tuple(self._meters):
            if everyone or meter.wanted_ms <= interval:
                meter.refresh()

    def _retime(self) -> None:
        """Follow the meters' wishes (called when one changes its pace, starts or stops following)."""
        wanted = min((meter.wanted_ms for meter in self._meters), default=0)
        if wanted == self._interval:
            return
        self._interval = wanted
        if wanted == 0:
            self._timer.stop()
        elif self._timer.isActive():
            self._timer.setInterval(wanted)
        else:
            self._timer.start(wanted)

    def paced(self) -> None:
        """A meter changed how often it wants to be read."""
        self._retime()


_clock: MeterClock | None = None


def meter_clock() -> MeterClock:
    """The application's meter clock (made on first use, on the thread that draws the window; it
    lives as long as the application)."""
    global _clock
    if _clock is None or not shiboken6.isValid(_clock):
        _clock = MeterClock(QCoreApplication.instance())
    return _clock


class LevelMeterWidget(QWidget):
    """One bar: 0 at ``FLOOR_DB`` and below, full at 0 dBFS. Painted with two rectangles (a styled
    progress bar cost more CPU at 30 Hz than sending the audio did)."""

    silent_too_long = Signal(float)  # seconds of silence, emitted once per silent stretch
    sound_returned = Signal()  # after silent_too_long: the input is heard again

    def __init__(self, name: str, parent: QWidget | None = None, *, clock: Callable[[], float] = time.monotonic):
        super().__init__(parent)
        self.setAccessibleName(name)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._value = 0  # 0..1000
        self._clock = clock
        self._source: LevelSource | None = None
        self._quiet_since: float | None = None
        self._warned = False
        self._still_ticks = 0  # reads in a row with the bar at the bottom
        self._wanted_ms = TICK_MS
        self._colours: tuple[QColor, QColor] | None = None
        # The bar paints every pixel of itself: without this, each of its repaints (up to 10 a
        # second) repainted the window, the central widget and the direction's group box beneath
        # it first, title text included, which cost more than all the audio work of the event loop.
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

    def follow(self, source: LevelSource | None) -> None:
        """Start reading ``source`` (or stop and fall to zero with ``None``)."""
        self._source = source
        self._quiet_since = None
        self._warned = False
        self._still_ticks = 0
        self._wanted_ms = TICK_MS
        if source is None:
            meter_clock().remove(self)
            self.setValue(0)
        else:
            meter_clock().add(self)

    def refresh(self) -> None:
        if self._source is None:
            return
        db = self._source()
        level = max(0.0, min(1.0, (db - FLOOR_DB) / -FLOOR_DB))
        shown = self.isVisible() and not self.window().isMinimized()
        if shown:  # a hidden or minimised window needs no repaint
            # 2 % steps: finer than the eye can follow on an 8-pixel bar, and far fewer repaints.
            self.setValue(round(level * 50) * 20)
        self._pace(level > 0.0 and shown)
        now = self._clock()
        if db > SILENT_DB:
            self._quiet_since = None
            if self._warned:
                self._warned = False
                self.sound_returned.emit()
        elif self._quiet_since is None:
            self._quiet_since = now
        elif not self._warned and now - self._quiet_since >= SILENT_SECONDS:
            self._warned = True
            self.silent_too_long.emit(now - self._quiet_since)

    def _pace(self, moving: bool) -> None:
        """Read fast while there is a level to show, slowly once the bar has been still for a while
        (or is not on screen)."""
        self._still_ticks = 0 if moving else self._still_ticks + 1
        wanted = IDLE_TICK_MS if self._still_ticks >= IDLE_AFTER_TICKS else TICK_MS
        if wanted != self._wanted_ms:
            self._wanted_ms = wanted
            if self._source is not None:
                meter_clock().paced()

    @property
    def wanted_ms(self) -> int:
        """How often the meter wants to read its source now."""
        return self._wanted_ms

    @property
    def tick_ms(self) -> int:
        """How often the meter reads its source now (0 when it follows none)."""
        return self._wanted_ms if self._source is not None else 0

    def value(self) -> int:
        return self._value

    def setValue(self, value: int) -> None:
        if value != self._value:
            self._value = value
            self.update()

    def sizeHint(self) -> QSize:
        return QSize(120, 6)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.StyleChange):
            self._colours = None
        super().changeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._colours is None:  # looked up once, not on each of the 20 repaints a second
            palette = self.palette()
            self._colours = palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.Highlight)
        base, bar = self._colours
        painter = QPainter(self)
        rect = self.rect()
        painter.fillRect(rect, base)
        rect.setWidth(rect.width() * self._value // 1000)
        painter.fillRect(rect, bar)
        painter.end()
