"""Counts the audio streamed to the service (it is billed per audio minute)."""

from __future__ import annotations

from translator_gui.pcm import BYTES_PER_SECOND
from translator_gui.realtime.engine import Usage


class UsageMeter:
    """Adds up appended audio and reports it about once per second of audio."""

    def __init__(self, bytes_per_second: int = BYTES_PER_SECOND) -> None:
        self._bytes_per_second = bytes_per_second
        self._total = 0
        self._reported_seconds = 0

    @property
    def audio_seconds(self) -> float:
        return self._total / self._bytes_per_second

    def add(self, byte_count: int) -> Usage | None:
        """Count ``byte_count`` more bytes; a ``Usage`` each time another whole second is reached."""
        self._total += byte_count
        whole = self._total // self._bytes_per_second
        if whole <= self._reported_seconds:
            return None
        self._reported_seconds = whole
        return Usage(audio_seconds=self.audio_seconds)
