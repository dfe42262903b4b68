"""When was each captured frame heard? A block clock written by the audio thread.

The app reports how long speech takes from the microphone to the translation service, and lines
captions up with what was said. For that it needs the monotonic time at which any frame of the
input stream was captured. The capture callback records, for each block, the total frame count
at the end of the block and ``time.monotonic()`` at callback entry, into a small ring of
preallocated arrays; the reader turns a frame index into a time.

Within a continuous stream, frame ``f`` was captured at ``T0 + f / rate`` for one unknown
``T0``. A callback always runs *after* its block was captured, so every entry gives an upper
bound ``time - end / rate`` on ``T0``; callbacks run late by varying amounts (sound systems
deliver blocks in bursts: several at once, then nothing for a while), so the tightest
bound — the smallest — among the recent entries is the estimate. The window is the ring's
length (256 blocks, a few seconds), short enough that drift between the sound card's clock and
the computer's does not matter.

A stream is continuous only between breaks: frames lost to an overflow, a pause, or a sound
system that stalled. The writer marks breaks it knows about (``discontinuity=True``) and the
clock starts a new segment by itself when a block arrives much later than the segment's bound
predicts; an estimate only uses entries of the frame's own segment.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt


class BlockClock:
    """A ring of ``(frames_at_block_end, monotonic_time, segment)`` entries; one writer, one reader."""

    def __init__(self, samplerate: float, entries: int = 256, max_lateness: float = 0.25) -> None:
        if samplerate <= 0:
            raise ValueError(f"sample rate must be positive, not {samplerate}")
        if entries < 2:
            raise ValueError("the block clock needs at least two entries")
        self._rate = float(samplerate)
        self._entries = int(entries)
        self._max_lateness = float(max_lateness)
        self._ends: npt.NDArray[np.int64] = np.zeros(self._entries, dtype=np.int64)
        self._times: npt.NDArray[np.float64] = np.zeros(self._entries, dtype=np.float64)
        self._segments: npt.NDArray[np.int64] = np.zeros(self._entries, dtype=np.int64)
        self._bounds: npt.NDArray[np.float64] = np.zeros(self._entries, dtype=np.float64)  # time - end / rate
        self._count = 0  # entries recorded; published after the entry is written
        # Writer-owned.
        self._segment = 0
        self._floor = 0.0  # smallest "time of frame 0" bound seen in the current segment

    @property
    def samplerate(self) -> float:
        return self._rate

    @property
    def count(self) -> int:
        """Blocks recorded so far."""
        return self._count

    @property
    def segment(self) -> int:
        """Number of the current continuous stretch (0 for the first)."""
        return self._segment

    def record(self, frames_end: int, when: float, discontinuity: bool = False) -> None:
        """Note that the stream had delivered ``frames_end`` frames at monotonic time ``when``.

        ``discontinuity`` says frames were lost or the stream paused just before this block.
        Audio thread only; no array is allocated.
        """
        count = self._count
        bound = when - frames_end / self._rate
        if count and (discontinuity or bound - self._floor > self._max_lateness):
            self._segment += 1
            self._floor = bound
        elif count == 0 or bound < self._floor:
            self._floor = bound
        slot = count % self._entries
        self._ends[slot] = frames_end
        self._times[slot] = when
        self._segments[slot] = self._segment
        self._bounds[slot] = bound
        self._count = count + 1

    def last(self) -> tuple[int, float] | None:
        """The newest entry: ``(frames_end, when)``, or None before any block. Reader side."""
        count = self._count
        if count == 0:
            return None
        slot = (count - 1) % self._entries
        return int(self._ends[slot]), float(self._times[slot])

    def time_of(self, frame: float) -> float | None:
        """Estimated monotonic time at which frame index ``frame`` was captured (None before any block).

        Reader side. Frames newer than the last recorded block, or older than the history kept,
        are extrapolated from the nearest entry's segment.
        """
        count = self._count
        if count == 0:
            return None
        entries = self._entries
        # With a full ring the oldest slot may be being overwritten by the writer right now: skip it.
        kept = min(count, entries - 1) if count >= entries else count
        ends = self._ends
        # The block holding the frame is the earliest one ending after it (the newest if none
        # does, the oldest kept if all do): a binary search over the kept entries, oldest first
        # (block ends only grow).
        oldest = count - kept
        low, high = 0, kept - 1
        while low < high:
            middle = (low + high) // 2
            if ends[(oldest + middle) % entries] > frame:
                high = middle
            else:
                low = middle + 1
        entry = (oldest + low) % entries
        segments, bounds = self._segments, self._bounds
        segment = segments[entry]
        if segments[oldest % entries] == segments[(count - 1) % entries]:
            # One continuous stretch in the whole window (the usual case): every kept entry counts.
            if count < entries:
                offset = float(bounds[:count].min())
            else:
                skip = count % entries
                offset = float(min(bounds[:skip].min(initial=np.inf), bounds[skip + 1 :].min(initial=np.inf)))
        else:
            same = segments == segment
            if kept < entries:  # slots not written yet, or the one being overwritten, are not entries
                same[(count + np.arange(entries - kept)) % entries] = False
            offset = float(np.min(bounds[same]))
        return offset + frame / self._rate
