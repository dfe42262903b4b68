"""Drive real audio streams from a test on a steady cadence,
until a condition holds or a deadline passes."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

import numpy as np

from translator_gui.audio.capture import Capture, CaptureChunk

CADENCE_S = 0.02  # a steady 20 ms cadence (the app itself wakes when its next 200 ms frame is due)


def pump_until(condition: Callable[[], bool], timeout: float, what: str,
               step: Callable[[], None] | None = None) -> None:
    """Call ``step`` every 20 ms until ``condition()`` is true; fail after ``timeout`` seconds."""
    tick = threading.Event()  # never set: waiting on it is the pump's cadence
    deadline = time.monotonic() + timeout
    while True:
        if step is not None:
            step()
        if condition():
            return
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout} s waiting for {what}")
        tick.wait(CADENCE_S)


class Drain:
    """Collects everything a Capture delivers."""

    def __init__(self, capture: Capture) -> None:
        self.capture = capture
        self.chunks: list[CaptureChunk] = []

    def __call__(self) -> None:
        chunk = self.capture.read_pcm16_24k()
        if chunk is not None:
            self.chunks.append(chunk)

    def samples(self) -> np.ndarray:
        from translator_gui.audio.resample import from_pcm16

        return from_pcm16(b"".join(c.pcm16 for c in self.chunks))

    def time_of_sample(self, index: int) -> float:
        """Capture time of sample ``index`` of :meth:`samples`, from its chunk's first/last times."""
        start = 0
        for chunk in self.chunks:
            n = len(chunk.pcm16) // 2
            if index < start + n:
                if n == 1:
                    return chunk.first_capture_time
                span = chunk.last_capture_time - chunk.first_capture_time
                return chunk.first_capture_time + span * (index - start) / (n - 1)
            start += n
        raise IndexError(index)


def longest_quiet_run(x: np.ndarray, level: float) -> int:
    """Length of the longest run of consecutive samples with ``|x| < level`` (a gap or dropout)."""
    quiet = np.abs(x) < level
    if not quiet.any():
        return 0
    edges = np.diff(np.concatenate([[0], quiet.astype(np.int8), [0]]))
    starts, ends = np.flatnonzero(edges == 1), np.flatnonzero(edges == -1)
    return int((ends - starts).max())
