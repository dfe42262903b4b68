"""Level meters, read by a timer from each stream's newest audio.

The audio callbacks do nothing for them; the UI decides when to look: 20 times a second while the
bar moves, 4 times a second once it has sat at the bottom for a second (silence, or no speech to
play), so a quiet meeting does not wake the app 20 times a second per meter for nothing. The meter
also notices the commonest set-up mistake — listening to the wrong device — when a live input stays
silent.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QSize, QTimer, Signal
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

FLOOR_DB = -60.0  # the bar's bottom; quieter reads as silence
SILENT_DB = -55.0  # a live input below this for SILENT_SECONDS is probably the wrong device
SILENT_SECONDS = 20.0  # longer than a pause in a conversation
TICK_MS = 50  # 20 Hz: smooth enough for a level bar; four meters at 30 Hz cost a noticeable share of CPU
IDLE_TICK_MS = 250  # while the bar sits at the bottom: enough to see sound start within a glance
IDLE_AFTER_TICKS = 20  # a second at the bottom

LevelSource = Callable[[], float]  # dBFS, >= -120


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
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self.refresh)
        self._still_ticks = 0  # ticks in a row with the bar at the bottom

    def follow(self, source: LevelSource | None) -> None:
        """Start reading ``source`` (or stop and fall to zero with ``None``)."""
        self._source = source
        self._quiet_since = None
        self._warned = False
        self._still_ticks = 0
        if source is None:
            self._timer.stop()
            self.setValue(0)
        else:
            self._timer.start(TICK_MS)

    def refresh(self) -> None:
        if self._source is None:
            return
        db = self._source()
        level = max(0.0, min(1.0, (db - FLOOR_DB) / -FLOOR_DB))
        if self.isVisible():  # a hidden or minimised window needs no repaint
            # 2 % steps: finer than the eye can follow on an 8-pixel bar, and far fewer repaints.
            self.setValue(round(level * 50) * 20)
        self._pace(level > 0.0)
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
        """Tick fast while there is a level to show, slowly once the bar has been still for a while."""
        self._still_ticks = 0 if moving else self._still_ticks + 1
        wanted = IDLE_TICK_MS if self._still_ticks >= IDLE_AFTER_TICKS else TICK_MS
        if self._timer.isActive() and self._timer.interval() != wanted:
            self._timer.setInterval(wanted)

    @property
    def tick_ms(self) -> int:
        """How often the meter reads its source now (0 when it follows none)."""
        return self._timer.interval() if self._timer.isActive() else 0

    def value(self) -> int:
        return self._value

    def setValue(self, value: int) -> None:
        if value != self._value:
            self._value = value
            self.update()

    def sizeHint(self) -> QSize:
        return QSize(120, 6)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        rect = self.rect()
        painter.fillRect(rect, self.palette().color(QPalette.ColorRole.Base))
        rect.setWidth(rect.width() * self._value // 1000)
        painter.fillRect(rect, self.palette().color(QPalette.ColorRole.Highlight))
        painter.end()
