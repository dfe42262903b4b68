"""The one place where core events become Qt signals.

The pipeline calls ``deliver`` for every event on the event-loop thread (qasync runs asyncio on
Qt's main thread). Caption deltas can arrive dozens of times a second; the bridge keeps only the
latest live caption and repaints at most once per frame, so a burst of text never floods the UI.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from translator_gui.meeting.pipeline import LiveCaption, PipelineEvent
from translator_gui.realtime.engine import Problem, Status, TokenUsage, Usage
from translator_gui.transcript.segment import Segment

FRAME_MS = 16  # ≈ 60 Hz


class UiBridge(QObject):
    status_changed = Signal(object)  # Status
    problem_raised = Signal(object)  # Problem
    live_caption_changed = Signal(str, str)  # translation, source
    segment_completed = Signal(object)  # Segment
    usage_changed = Signal(object)  # Usage | TokenUsage

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pending_live: LiveCaption | None = None
        self._frame = QTimer(self)
        self._frame.setSingleShot(True)
        self._frame.setInterval(FRAME_MS)
        self._frame.timeout.connect(self._flush_live)

    def deliver(self, event: PipelineEvent) -> None:
        match event:
            case LiveCaption():
                self._pending_live = event
                if not self._frame.isActive():
                    self._frame.start()
            case Segment():
                self.segment_completed.emit(event)
            case Status():
                self.status_changed.emit(event)
            case Problem():
                self.problem_raised.emit(event)
            case Usage() | TokenUsage():
                self.usage_changed.emit(event)

    def _flush_live(self) -> None:
        live, self._pending_live = self._pending_live, None
        if live is not None:
            self.live_caption_changed.emit(live.translation, live.source)
