"""Smoothing out the network: a jitter buffer between translated speech and the sound card.

Translated speech arrives from the network in bursts and with gaps; the sound card wants a
steady stream of samples every few milliseconds. Playing packets as they come makes speech
crackle whenever a packet is late. This buffer instead holds the first sample of what is queued
for ``prefill`` worth of time before it starts playing, and when it runs dry mid-sentence it
finishes what it had, pads with silence and goes back to waiting — so a late packet becomes one
clean pause, not a string of clicks.

It is a mono float32 ring at the device rate with one producer (the asyncio side) and one
consumer (the PortAudio callback), so the consumer never waits. Policies:

* **Full** (``capacity_s`` of speech queued): the newest samples are dropped; :attr:`overruns`
  counts *events* (writes that could not be stored whole) and :attr:`overrun_frames` the samples
  lost.
* **Running dry** before the producer said the speech ended (:meth:`mark_end`): one
  :attr:`underruns` event. Running dry exactly where the producer marked the end is the normal
  end of an utterance and is not counted.
* **Prefill**: playback starts once queued audio has waited ``prefill`` worth of time (counted in
  the frames the consumer asked for meanwhile, so to within one of its blocks), or at once when the
  marked end of an utterance is queued (a short last phrase is not held back waiting for more).
  How much is queued does not matter: one large delta says nothing about when the next one comes,
  so only time spent waiting bridges a late one.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import numpy.typing as npt

from translator_gui.audio.ring import RingBuffer


class JitterBuffer:
    """Mono audio queued for a sound card, with prefill and clean underruns."""

    def __init__(self, samplerate: int, prefill_ms: float = 100, capacity_s: float = 10) -> None:
        if samplerate <= 0:
            raise ValueError(f"sample rate must be positive, not {samplerate}")
        self._rate = int(samplerate)
        self._prefill = max(0, round(prefill_ms * self._rate / 1000))
        capacity = max(1, round(capacity_s * self._rate), self._prefill)
        self._ring = RingBuffer(capacity, 1, np.float32)
        # Consumer-owned.
        self._prefilling = True
        self._waited = 0
        self._underruns = 0
        # Producer-owned.
        self._overruns = 0
        self._overrun_frames = 0
        self._end_at = -1  # frame position where the producer said the speech ends
        self._clear_to = 0  # frames before this position are to be thrown away

    # -- producer (asyncio side) -----------------------------------------------------------

    def write(self, samples: npt.NDArray[Any]) -> int:
        """Queue mono samples at the device rate; returns how many fitted (the rest is dropped)."""
        flat = samples.reshape(-1)
        accepted = self._ring.write(flat)
        if accepted < flat.shape[0]:
            self._overruns += 1
            self._overrun_frames += flat.shape[0] - accepted
        return accepted

    def set_prefill_frames(self, frames: int) -> None:
        """Change how long queued audio waits before playing starts (producer side; one int write)."""
        self._prefill = max(0, min(int(frames), self._ring.capacity))

    def mark_end(self) -> None:
        """Say that the speech queued so far is complete.

        It is then played out without waiting for the prefill, and running dry right after it
        is the normal end of an utterance, not an underrun.
        """
        self._end_at = self._ring.frames_written

    def clear(self) -> None:
        """Drop everything queued so far (the consumer discards it at its next read)."""
        self._clear_to = self._ring.frames_written

    # -- consumer (audio callback) ---------------------------------------------------------

    def read_into(self, out: npt.NDArray[np.float32]) -> None:
        """Fill all of ``out`` with queued speech or silence. Never allocates."""
        ring = self._ring
        wanted = out.shape[0]
        stale = self._clear_to - ring.frames_read
        if stale > 0:
            ring.discard(stale)
            self._prefilling = True
            self._waited = 0
        if self._prefilling:
            queued = ring.readable
            end_queued = self._end_at > ring.frames_read
            if queued > 0 and (end_queued or self._waited >= self._prefill):
                self._prefilling = False
                self._waited = 0
            else:
                out[:] = 0.0
                if queued > 0:
                    self._waited += wanted
                return
        got = ring.read_into(out)
        if got < wanted:
            out[got:] = 0.0
            if ring.frames_read != self._end_at:
                self._underruns += 1
            self._prefilling = True
            self._waited = 0

    def peek_played(self, out: npt.NDArray[np.float32]) -> int:
        """Copy the samples played last into ``out`` (as many as fit); returns how many. Producer
        side (the producer is what could overwrite them)."""
        return self._ring.peek(out, self._ring.frames_read)

    # -- state -----------------------------------------------------------------------------

    @property
    def frames_played(self) -> int:
        """Samples played (or cleared) so far."""
        return self._ring.frames_read

    @property
    def samplerate(self) -> int:
        return self._rate

    @property
    def prefill_frames(self) -> int:
        return self._prefill

    @property
    def buffered_frames(self) -> int:
        """Samples queued and not yet played."""
        return max(0, self._ring.readable - max(0, self._clear_to - self._ring.frames_read))

    @property
    def buffered_ms(self) -> float:
        """Milliseconds of speech queued and not yet played."""
        return self.buffered_frames * 1000.0 / self._rate

    @property
    def prefilling(self) -> bool:
        """True while output is silence because the buffer is waiting to fill up."""
        return self._prefilling

    @property
    def underruns(self) -> int:
        """Times the speech ran out before its marked end (each is one short pause)."""
        return self._underruns

    @property
    def overruns(self) -> int:
        """Writes that did not fit whole because the buffer was full."""
        return self._overruns

    @property
    def overrun_frames(self) -> int:
        """Samples dropped because the buffer was full."""
        return self._overrun_frames
