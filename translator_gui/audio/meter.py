"""A level meter measured when someone looks, from audio a stream keeps anyway.

People need to see that the app hears them (and that the translation is being played) before
they trust it. The audio callbacks do nothing for it: the stream's ring already holds the newest
audio (the capture ring what was just recorded, the playback ring what was just played), so the
meter measures its newest window (:data:`WINDOW_SECONDS`) when the UI reads it — 10 times a
second while a meter is on screen, instead of on every one of the hundreds of callbacks a
second, and never when nobody looks. A stream that is stopped, stalled or (for playback) waiting for speech reads as
silence.
"""

from __future__ import annotations

import math
from collections.abc import Callable

import numpy as np
import numpy.typing as npt

FLOOR_DBFS = -120.0
WINDOW_SECONDS = 0.1
"""What a stream's meter measures: its newest 100 ms, as long as the UI waits between two reads."""

LatestAudio = Callable[[npt.NDArray[np.float32]], int]
"""Fills the start of its argument with the stream's newest frames; returns how many (0: silence)."""


def _to_dbfs(amplitude: float) -> float:
    if amplitude <= 0.0:
        return FLOOR_DBFS
    return max(FLOOR_DBFS, 20.0 * math.log10(amplitude))


class LevelMeter:
    """RMS and peak of the newest ``window_frames`` of a stream (``channels`` wide), read on demand.

    ``latest`` supplies the audio; ``frames`` says how many frames the stream has carried so far
    (:attr:`windows` lets a reader notice a stalled stream). Reader side only: one thread (the UI's).
    """

    def __init__(self, window_frames: int, channels: int, latest: LatestAudio, frames: Callable[[], int]) -> None:
        self._window = max(1, int(window_frames))
        self._scratch: npt.NDArray[np.float32] = np.zeros((self._window, max(1, int(channels))), np.float32)
        self._latest = latest
        self._frames = frames

    def _rms(self) -> float:
        n = self._latest(self._scratch)
        if n <= 0:
            return 0.0
        flat = self._scratch[:n].reshape(-1)
        return math.sqrt(float(np.dot(flat, flat)) / flat.size)

    def _peak(self) -> float:
        n = self._latest(self._scratch)
        if n <= 0:
            return 0.0
        flat = self._scratch[:n].reshape(-1)
        return max(float(flat.max()), -float(flat.min()))

    @property
    def rms(self) -> float:
        """Linear RMS of the newest window (full scale = 1.0)."""
        return self._rms()

    @property
    def peak(self) -> float:
        """Largest absolute sample of the newest window."""
        return self._peak()

    @property
    def windows(self) -> int:
        """How many whole windows the stream has carried."""
        return self._frames() // self._window

    def dbfs(self) -> float:
        """RMS level in dB relative to full scale, never below -120."""
        return _to_dbfs(self._rms())

    def peak_dbfs(self) -> float:
        """Peak level in dB relative to full scale, never below -120."""
        return _to_dbfs(self._peak())
