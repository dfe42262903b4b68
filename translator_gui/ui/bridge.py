"""The one place where the meeting's events become Qt signals.

The meeting calls ``deliver`` for every event on the event-loop thread (qasync runs asyncio on
Qt's main thread). Caption deltas can arrive dozens of times a second per direction; the bridge
keeps only the latest live caption of each side and hands them on at most once per frame, so a
burst of text never floods the UI. The side travels with every caption to the pixels.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from translator_gui.meeting.events import LiveCaption, MeetingEvent
from translator_gui.side import Side
from translator_gui.transcript.segment import Segment

FRAME_MS = 16  # ≈ 60 Hz


class MeetingBridge(QObject):
    live_caption_changed = Signal(str, str, object)  # translation, source, Side
    segment_completed = Signal(object)  # Segment (its speaker says whose)
    meeting_event = Signal(object)  # every other MeetingEvent

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pending: dict[Side, LiveCaption] = {}
        self._frame = QTimer(self)
        self._frame.setSingleShot(True)
        self._frame.setInterval(FRAME_MS)
        self._frame.timeout.connect(self._flush_live)

    def deliver(self, event: MeetingEvent) -> None:
        match event:
            case LiveCaption():
                self._pending[event.side] = event
                if not self._frame.isActive():
                    self._frame.start()
            case Segment():
                self.segment_completed.emit(event)
            case _:
                self.meeting_event.emit(event)

    def _flush_live(self) -> None:
        pending, self._pending = self._pending, {}
        for live in pending.values():
            self.live_caption_changed.emit(live.translation, live.source, live.side)
