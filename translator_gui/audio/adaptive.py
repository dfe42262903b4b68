"""Translated speech from the network, queued for the sound card with a delay that adapts.

The service sends speech as deltas of varying size, sometimes several at once and then nothing
for a while. :class:`SpeechQueue` (the producer side, on the asyncio loop) converts them to the
device rate and writes them into a :class:`~translator_gui.audio.jitter.JitterBuffer`, whose
consumer is the PortAudio callback. Two things adapt, both on the producer side so the callback
stays a plain copy:

* **The delay** (:class:`ArrivalJitter`). Within one utterance, delta *k* carries audio that
  should play ``a_k`` seconds after the utterance's start; it arrives at ``t_k``. Its lateness
  ``t_k − a_k`` minus the smallest lateness seen in that utterance is how long the buffer must have
  waited to bridge the wait for it. The buffer's wait is the largest such excess over the last 60 s,
  plus 10 % and 15 ms, at most 400 ms. It starts from that floor — nothing late has been seen yet,
  and a network that never delivers late should never pay for one that might — and grows on
  evidence: a late delta raises it at once (one that came after the buffer ran dry is the plainest
  evidence), and it falls back when the bad stretch leaves the window. The wait is counted from an
  utterance's first delta (the buffer plays once its first sample has waited that long, however
  much is queued: a 200 ms delta says nothing about when the next one comes), so translated speech
  starts ``wait`` plus the sound device's own latency after it arrived — :attr:`SpeechQueue.target_ms`.
  A wait that rises mid-utterance is honoured the next time the buffer starts: after a pause, or
  after it ran dry (which is why it rose).
* **The rate** (:class:`DriftController`). The service's 24 kHz clock and the sound card's clock
  differ by up to a few hundred parts per million: over an hour of continuous speech the queue
  would grow or run dry by up to a second. While speech plays, the queue's smoothed level (sampled
  just before each delta is written, i.e. its low points) is
  steered toward the target by bending the resampler's ratio by at most ±0.2 % (3.5 cents of
  pitch, inaudible), through soxr's variable-rate engine — no dropped or repeated samples, so no
  clicks. The same steering slowly lifts the level when the target rises mid-utterance.
"""

from __future__ import annotations

import collections
import time

import numpy as np
import numpy.typing as npt

from translator_gui.audio.jitter import JitterBuffer
from translator_gui.audio.resample import StreamResampler, from_pcm16
from translator_gui.pcm import SAMPLE_RATE

__all__ = ["ArrivalJitter", "DriftController", "SpeechQueue"]


class ArrivalJitter:
    """The wait that would have bridged every recent late delta (seconds)."""

    def __init__(self, min_s: float = 0.015, max_s: float = 0.4, margin_s: float = 0.015,
                 headroom: float = 0.1, window_s: float = 60.0) -> None:
        self.min_s, self.max_s, self.margin_s, self.window_s = min_s, max_s, margin_s, window_s
        self.headroom = headroom  # relative: a wait 10 % longer than any seen is still bridged
        self._audio_s = 0.0  # audio time of the next delta within the utterance
        self._min_lateness: float | None = None
        # (arrival time, excess) of recent late arrivals, excesses decreasing; bounded by the window.
        self._excess: collections.deque[tuple[float, float]] = collections.deque(maxlen=4096)
        self._peak = 0.0

    def arrival(self, now: float, seconds: float) -> None:
        """A delta of ``seconds`` of audio arrived at monotonic time ``now``."""
        lateness = now - self._audio_s
        if self._min_lateness is None or lateness < self._min_lateness:
            self._min_lateness = lateness
        excess = lateness - self._min_lateness
        while self._excess and self._excess[0][0] < now - self.window_s:
            self._excess.popleft()
        if excess > 0.0:
            # A sliding-window maximum: an excess no larger than a newer one is covered by it for as
            # long as it would have counted, so only decreasing excesses are kept; the first is the peak.
            while self._excess and self._excess[-1][1] <= excess:
                self._excess.pop()
            self._excess.append((now, excess))
        self._peak = self._excess[0][1] if self._excess else 0.0
        self._audio_s += seconds

    def end_utterance(self) -> None:
        """The utterance is complete: the next delta starts a new schedule."""
        self._audio_s = 0.0
        self._min_lateness = None

    @property
    def measured_s(self) -> float:
        """Largest excess lateness in the window (0 before anything arrived late)."""
        return self._peak

    @property
    def target_s(self) -> float:
        """The wait to bridge it: the peak plus headroom, within ``min_s``–``max_s``."""
        return min(max(self._peak * (1 + self.headroom) + self.margin_s, self.min_s), self.max_s)


class DriftController:
    """Steers the queue's smoothed level toward the target with a tiny ratio change."""

    def __init__(self, max_adjust: float = 0.002, time_constant_s: float = 4.0, gain: float = 0.05) -> None:
        self.max_adjust = max_adjust
        self.time_constant_s = time_constant_s
        self.gain = gain  # relative rate change per second of level error
        self._level: float | None = None
        self._last: float | None = None

    def update(self, now: float, level_s: float, target_s: float) -> float:
        """The ratio adjustment to use now, given the queue level after a write."""
        if self._level is None or self._last is None:
            self._level = level_s
        else:
            dt = max(0.0, now - self._last)
            alpha = min(1.0, dt / self.time_constant_s)
            self._level += alpha * (level_s - self._level)
        self._last = now
        error = self._level - target_s
        return max(-self.max_adjust, min(self.max_adjust, self.gain * error))

    def reset(self) -> None:
        self._level = None
        self._last = None

    @property
    def level_s(self) -> float | None:
        """The smoothed level (seconds), None before the first update."""
        return self._level


class SpeechQueue:
    """Producer side of the playback queue: PCM16 deltas in, device-rate mono in the buffer."""

    def __init__(self, jitter: JitterBuffer, *, adaptive: bool = True, output_latency_s: float = 0.0) -> None:
        """``output_latency_s``: how long the sound device takes from the callback to the speaker,
        which every sample spends on top of its wait in the buffer (see :attr:`target_ms`)."""
        self._jitter = jitter
        self._rate = jitter.samplerate
        self._adaptive = adaptive
        self.output_latency_s = output_latency_s
        self.arrivals = ArrivalJitter()
        self.drift = DriftController()
        if adaptive:
            jitter.set_prefill_frames(round(self.arrivals.target_s * self._rate))
        self._resamplers: dict[int, StreamResampler] = {}
        self._last_rate: int | None = None
        self._partial = b""
        self._partial_channels = 1
        self._underruns_at_write = jitter.underruns  # the buffer's count right after the last write
        self._phrase_ends = 0  # running dry that turned out to be the end of a phrase
        self.longest_wait_ms = self.wait_ms  # the longest wait asked for so far (for the session summary)

    @property
    def adaptive(self) -> bool:
        return self._adaptive

    @property
    def target_ms(self) -> float:
        """The delay from a delta's arrival to its first sample at the speaker that the buffer aims
        for now: its wait (:attr:`wait_ms`) plus the device's output latency."""
        return self.wait_ms + 1000.0 * self.output_latency_s

    @property
    def wait_ms(self) -> float:
        """How long an utterance's first delta waits in the buffer before it plays."""
        return 1000.0 * self._jitter.prefill_frames / self._rate

    @property
    def underruns(self) -> int:
        """Times the speech ran out mid-utterance.

        The end of a phrase is only known once no speech has come for a while
        (:meth:`mark_end`); if the buffer ran dry at the very end of what was written and nothing
        came after, that was the phrase's end, not an underrun.
        """
        return self._jitter.underruns - self._phrase_ends

    @property
    def ratio_adjust(self) -> float:
        """The rate bend in effect for the current input rate (0 when none)."""
        if self._last_rate is None:
            return 0.0
        return self._resamplers[self._last_rate].ratio_adjust

    def _resampler(self, rate: int) -> StreamResampler:
        resampler = self._resamplers.get(rate)
        if resampler is None:
            resampler = StreamResampler(rate, self._rate, 1, adjustable=self._adaptive, low_latency=True)
            self._resamplers[rate] = resampler
        return resampler

    def push_pcm16(self, pcm16: bytes, sample_rate: int = SAMPLE_RATE, channels: int = 1,
                   now: float | None = None) -> None:
        """Queue speech (see :meth:`Playback.push_pcm16`); ``now`` is its arrival time (monotonic)."""
        if sample_rate <= 0 or channels <= 0:
            raise ValueError(f"cannot play PCM16 at {sample_rate} Hz with {channels} channels")
        if self._last_rate is not None and self._last_rate != sample_rate:
            self._write(self._resamplers[self._last_rate].flush())
        self._last_rate = sample_rate
        if self._partial and self._partial_channels != channels:
            self._partial = b""
        data = self._partial + pcm16 if self._partial else pcm16
        whole = len(data) - len(data) % (2 * channels)
        self._partial = data[whole:]
        self._partial_channels = channels
        if whole == 0:
            return
        samples = from_pcm16(data[:whole] if whole < len(data) else data, channels)
        resampler = self._resampler(sample_rate)
        if self._adaptive:
            arrived = time.monotonic() if now is None else now
            self.arrivals.arrival(arrived, samples.size / sample_rate)
            target = self.arrivals.target_s  # the wait in the buffer; the level is steered toward it
            self._jitter.set_prefill_frames(round(target * self._rate))
            self.longest_wait_ms = max(self.longest_wait_ms, self.wait_ms)
            if self._jitter.prefilling:
                self.drift.reset()
            else:
                level = self._jitter.buffered_frames / self._rate
                resampler.adjust_ratio(self.drift.update(arrived, level, target), slew_frames=samples.size)
        self._write(resampler.process(samples))

    def _write(self, samples: npt.NDArray[np.float32]) -> None:
        self._jitter.write(samples)
        self._underruns_at_write = self._jitter.underruns

    def mark_end(self) -> None:
        """The utterance is complete: play its tail and start a new arrival schedule."""
        # Nothing was written since the buffer last ran dry, so it ran dry at the end of what was
        # written: that was where the phrase ended. (One dry-out at most: an empty buffer waits.)
        ran_dry = self._jitter.underruns > self._underruns_at_write and self._jitter.buffered_frames == 0
        if ran_dry:
            self._phrase_ends += 1
        if self._last_rate is not None:
            tail = self._resamplers[self._last_rate].flush()
            if not ran_dry:  # after a pause, a few ms of the phrase's end would only be a blip
                self._write(tail)
        self._partial = b""
        self.arrivals.end_utterance()
        self._jitter.mark_end()
        self._underruns_at_write = self._jitter.underruns

    def clear(self) -> None:
        for resampler in self._resamplers.values():
            resampler.reset()
        self._partial = b""
        self.arrivals.end_utterance()
        self.drift.reset()
        self._jitter.clear()
        self._underruns_at_write = self._jitter.underruns

