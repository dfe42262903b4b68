"""A level meter the audio thread feeds and the UI reads, without ever waiting on each other.

People need to see that the app hears them (and that the translation is being played) before
they trust it. The audio callback measures each block and publishes the level of the last
complete window into plain attributes; a ~30 Hz UI timer reads them. Single attribute writes are
atomic, so there is no lock; a reader may at worst see the RMS of one window next to the peak of
the previous one, which no eye can tell apart.

Blocks shorter than the window (some sound systems deliver a handful of frames per callback) are
accumulated until the window is full, so the meter does not flicker with the block size.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np
import numpy.typing as npt

FLOOR_DBFS = -120.0


def _to_dbfs(amplitude: float) -> float:
    if amplitude <= 0.0:
        return FLOOR_DBFS
    return max(FLOOR_DBFS, 20.0 * math.log10(amplitude))


class LevelMeter:
    """Latest RMS and peak of an audio stream, written by the audio thread, read by the UI."""

    def __init__(self, window_frames: int = 960) -> None:
        self._window = max(1, int(window_frames))
        # Producer-owned accumulators.
        self._acc_sumsq: float
        self._acc_peak: float
        self._acc_samples: int
        self._acc_frames: int
        self._start_window()
        # Published slots.
        self._rms = 0.0
        self._peak = 0.0
        self._windows = 0

    def update(self, block: npt.NDArray[Any]) -> None:
        """Measure one block of float samples (1-D or ``(frames, channels)``). Audio thread only.

        Uses reductions that return scalars (``np.dot``, ``max``/``min``) so no sample-sized
        temporary array is made.
        """
        flat = block.reshape(-1)
        if flat.size == 0:
            return
        self._acc_sumsq += float(np.dot(flat, flat))
        peak = max(float(flat.max()), -float(flat.min()))
        if peak > self._acc_peak:
            self._acc_peak = peak
        self._acc_samples += flat.size
        self._acc_frames += block.shape[0]
        if self._acc_frames >= self._window:
            self._rms = math.sqrt(self._acc_sumsq / self._acc_samples)
            self._peak = self._acc_peak
            self._windows += 1
            self._start_window()

    def _start_window(self) -> None:
        self._acc_sumsq = 0.0
        self._acc_peak = 0.0
        self._acc_samples = 0
        self._acc_frames = 0

    def reset(self) -> None:
        """Show silence (a stopped stream must not leave the last level frozen on screen).

        Call only while the audio thread is not feeding the meter.
        """
        self._start_window()
        self._rms = 0.0
        self._peak = 0.0

    @property
    def rms(self) -> float:
        """Linear RMS of the last complete window (full scale = 1.0)."""
        return self._rms

    @property
    def peak(self) -> float:
        """Largest absolute sample of the last complete window."""
        return self._peak

    @property
    def windows(self) -> int:
        """How many windows have been published; lets a reader notice a stalled stream."""
        return self._windows

    def dbfs(self) -> float:
        """RMS level in dB relative to full scale, never below -120."""
        return _to_dbfs(self._rms)

    def peak_dbfs(self) -> float:
        """Peak level in dB relative to full scale, never below -120."""
        return _to_dbfs(self._peak)
