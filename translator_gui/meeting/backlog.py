"""Captured audio a direction has not sent yet: held while the connection is down, bounded."""

from __future__ import annotations

import collections

from translator_gui.audio.capture import CaptureChunk
from translator_gui.pcm import BYTES_PER_SECOND


class AudioBacklog:
    """Captured audio not yet sent, bounded by duration; when full the oldest audio is dropped and counted."""

    def __init__(self, max_seconds: float = 120.0) -> None:
        self._chunks: collections.deque[CaptureChunk] = collections.deque()
        self._bytes = 0
        self._max_bytes = int(max_seconds * BYTES_PER_SECOND)
        self.dropped_bytes = 0

    def __len__(self) -> int:
        return self._bytes

    def push(self, chunk: CaptureChunk) -> None:
        self._chunks.append(chunk)
        self._bytes += len(chunk.pcm16)
        while self._bytes > self._max_bytes:
            old = self._chunks.popleft()
            self._bytes -= len(old.pcm16)
            self.dropped_bytes += len(old.pcm16)

    def skip_to(self, keep_bytes: int) -> tuple[float, float, int] | None:
        """Drop the oldest audio so at most ``keep_bytes`` (whole samples) remain: the capture times
        of what was dropped (first, last) and its size, or None when nothing was."""
        excess = self._bytes - keep_bytes
        if excess <= 0 or not self._chunks:
            return None
        first = self._chunks[0].first_capture_time
        dropped = 0
        last = first
        while self._chunks and excess - dropped >= len(self._chunks[0].pcm16):
            old = self._chunks.popleft()
            dropped += len(old.pcm16)
            last = old.last_capture_time
        if self._chunks and excess - dropped >= 2:
            cut = self.pop(excess - dropped)
            if cut is not None:
                dropped += len(cut.pcm16)
                last = cut.last_capture_time
                self._bytes += len(cut.pcm16)  # pop() counted it as taken
        self._bytes -= dropped
        return first, last, dropped

    def pop_frame(self, frame_bytes: int) -> CaptureChunk | None:
        """Take exactly ``frame_bytes`` (a whole number of samples) from the front, joined across the
        chunks it spans, or None while less than that is held."""
        if self._bytes < frame_bytes or frame_bytes <= 0:
            return None
        head = self.pop(frame_bytes)
        if head is None or len(head.pcm16) == frame_bytes:
            return head
        parts = [head.pcm16]
        size, last = len(head.pcm16), head.last_capture_time
        while size < frame_bytes and (piece := self.pop(frame_bytes - size)) is not None:
            parts.append(piece.pcm16)
            size += len(piece.pcm16)
            last = piece.last_capture_time
        return CaptureChunk(b"".join(parts), head.first_capture_time, last)

    def pop(self, max_bytes: int) -> CaptureChunk | None:
        """Take at most ``max_bytes`` (a whole number of samples) from the front."""
        if not self._chunks:
            return None
        head = self._chunks[0]
        if len(head.pcm16) <= max_bytes:
            self._chunks.popleft()
            self._bytes -= len(head.pcm16)
            return head
        cut = max_bytes - max_bytes % 2
        span = head.last_capture_time - head.first_capture_time
        split_time = head.first_capture_time + span * cut / len(head.pcm16)
        self._chunks[0] = CaptureChunk(head.pcm16[cut:], split_time, head.last_capture_time)
        self._bytes -= cut
        return CaptureChunk(head.pcm16[:cut], head.first_capture_time, split_time)
