"""Sample-rate conversion between sound devices and the translation service.

Microphones run at whatever rate the sound system likes (44.1 kHz, 48 kHz, 16 kHz on a headset…)
while the realtime service speaks 24 kHz mono PCM16, in both directions. Audio arrives in small
blocks, so the converter must keep its filter state from one block to the next: converting each
block on its own would put a click at every block boundary.

soxr's streaming resampler is phase-aligned: output sample ``k`` corresponds to input sample
``k * in_rate / out_rate`` of the same stream. It holds back the newest few milliseconds until it
has seen enough input to filter them (:attr:`StreamResampler.delay_seconds`); :meth:`flush`
releases them at the end of a stream.

Why soxr: it is the resampler of SoX and FFmpeg's ``soxr`` option — band-limited, phase-linear,
any rational or irrational ratio, SIMD-fast, with a streaming API and prebuilt wheels for every
desktop platform (no compiler, no SciPy). ``tests/audio/test_resample.py`` holds it, for
every device rate to 24 kHz and back, to a flat passband over speech, aliasing and imaging far
below hearing, and block-wise output equal to one-go output; ``tests/bench/audio_resample.py``
prints the figures.

Two engines, the same quality:

* the default (soxr "HQ", constant rate) works on large internal blocks: fed small blocks it
  returns nothing for a few of them and then a burst, so the newest audio waits a varying time
  before it comes out;
* ``low_latency=True`` uses soxr's variable-rate engine (``vr=True``, HQ filter). It returns every
  block's worth at once with a small constant lag, for somewhat more CPU. ``adjustable=True``
  (which implies it) lets :meth:`StreamResampler.adjust_ratio` bend the rate slightly to follow
  another clock — what the playback side needs to absorb drift between the 24 kHz stream and the
  sound card; the engine is then built for a ratio :attr:`~StreamResampler.MAX_ADJUST` higher,
  which lengthens the constant lag. Its output is a couple of samples later than the
  constant-rate engine's, far below what capture timestamps resolve. soxr "MQ" does not help (it
  bursts like HQ) and "LQ" bursts less but droops audibly in the treble.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import numpy.typing as npt
import soxr

FloatArray = npt.NDArray[np.float32]

_PCM16_SCALE = 32768.0


class StreamResampler:
    """Any-rate, any-channel float audio → mono float32 at ``out_rate``, continuous across blocks."""

    MAX_ADJUST = 0.005
    """Largest relative rate change :meth:`adjust_ratio` accepts (0.5 %, far beyond real clock drift)."""

    def __init__(self, in_rate: int, out_rate: int, in_channels: int = 1, *, low_latency: bool = False,
                 adjustable: bool = False) -> None:
        if in_rate <= 0 or out_rate <= 0:
            raise ValueError(f"sample rates must be positive, not {in_rate} → {out_rate}")
        if in_channels <= 0:
            raise ValueError(f"channel count must be positive, not {in_channels}")
        self._in_rate = int(in_rate)
        self._out_rate = int(out_rate)
        self._in_channels = int(in_channels)
        self._adjustable = bool(adjustable)
        self._low_latency = bool(low_latency) or self._adjustable
        self._adjust = 0.0
        self._stream: soxr.ResampleStream | None = None
        if self._low_latency:
            # The variable-rate engine is built for the largest ratio it will be asked for
            # (headroom for adjust_ratio costs extra lag, so only when asked).
            headroom = 1 + self.MAX_ADJUST if self._adjustable else 1
            self._stream = soxr.ResampleStream(
                self._in_rate * headroom, self._out_rate, 1, dtype="float32", quality="HQ", vr=True
            )
            self._stream.set_io_ratio(self._in_rate, self._out_rate, 0)
        elif self._in_rate != self._out_rate:
            self._stream = soxr.ResampleStream(
                self._in_rate, self._out_rate, 1, dtype="float32", quality="HQ"
            )

    @property
    def in_rate(self) -> int:
        return self._in_rate

    @property
    def out_rate(self) -> int:
        return self._out_rate

    @property
    def in_channels(self) -> int:
        return self._in_channels

    @property
    def low_latency(self) -> bool:
        return self._low_latency

    @property
    def adjustable(self) -> bool:
        return self._adjustable

    @property
    def ratio_adjust(self) -> float:
        """The current relative rate change (see :meth:`adjust_ratio`)."""
        return self._adjust

    def adjust_ratio(self, adjust: float, slew_frames: int = 0) -> float:
        """Consume ``1 + adjust`` times as much input per output sample as nominal (so a positive
        ``adjust`` produces slightly less output: the queue after the resampler shrinks), clamped to
        ±:attr:`MAX_ADJUST`; the change is spread over ``slew_frames`` input frames. Needs
        ``adjustable=True``; returns the adjustment in effect."""
        if self._stream is None or not self._adjustable:
            raise ValueError("only a resampler made with adjustable=True can adjust its ratio")
        adjust = max(-self.MAX_ADJUST, min(self.MAX_ADJUST, float(adjust)))
        if adjust != self._adjust:
            self._stream.set_io_ratio(self._in_rate * (1 + adjust), self._out_rate, max(0, int(slew_frames)))
            self._adjust = adjust
        return adjust

    @property
    def delay_seconds(self) -> float:
        """How far the output currently lags the input fed so far (soxr's pending output)."""
        if self._stream is None:
            return 0.0
        return float(self._stream.delay()) / self._out_rate

    def _mono(self, block: npt.NDArray[Any]) -> FloatArray:
        if block.ndim == 1:
            if self._in_channels != 1:
                raise ValueError(f"expected ({self._in_channels} channels) frames, got a 1-D block")
            mono = block
        elif block.ndim == 2 and block.shape[1] == self._in_channels:
            mono = block[:, 0] if self._in_channels == 1 else _average_channels(block)
        else:
            raise ValueError(f"block of shape {block.shape} does not have {self._in_channels} channels")
        return np.ascontiguousarray(mono, dtype=np.float32)

    def process(self, block: npt.NDArray[Any]) -> FloatArray:
        """Convert the next block of the stream; returns the output that is ready (maybe none)."""
        mono = self._mono(block)
        if self._stream is None:
            return np.array(mono, dtype=np.float32, copy=True)  # never a view of the caller's buffer
        if mono.size == 0:
            return np.zeros(0, dtype=np.float32)
        out: FloatArray = self._stream.resample_chunk(mono)
        return out

    def flush(self) -> FloatArray:
        """Return the held-back tail of the stream and start afresh (the next block is a new stream)."""
        if self._stream is None:
            return np.zeros(0, dtype=np.float32)
        tail: FloatArray = self._stream.resample_chunk(np.zeros(0, dtype=np.float32), last=True)
        self.reset()
        return tail

    def reset(self) -> None:
        """Forget the stream so far without producing its tail."""
        if self._stream is not None:
            self._stream.clear()
            if self._low_latency:
                self._stream.set_io_ratio(self._in_rate * (1 + self._adjust), self._out_rate, 0)


def to_pcm16(x: npt.NDArray[Any]) -> bytes:
    """Float samples in [-1, 1] → little-endian signed 16-bit bytes; louder samples are clipped."""
    scaled = np.rint(np.asarray(x, dtype=np.float32) * _PCM16_SCALE)
    np.clip(scaled, -32768.0, 32767.0, out=scaled)
    return bytes(scaled.astype("<i2").tobytes())


def from_pcm16(data: bytes, channels: int = 1) -> FloatArray:
    """Little-endian signed 16-bit bytes → float32 mono in [-1, 1); interleaved channels are averaged."""
    frame_bytes = 2 * channels
    if channels <= 0:
        raise ValueError(f"channel count must be positive, not {channels}")
    if len(data) % frame_bytes:
        raise ValueError(f"{len(data)} bytes is not a whole number of {channels}-channel PCM16 frames")
    samples = np.frombuffer(data, dtype="<i2").astype(np.float32)
    samples *= 1.0 / _PCM16_SCALE
    if channels == 1:
        return samples
    return _average_channels(samples.reshape(-1, channels))


def _average_channels(frames: npt.NDArray[Any]) -> FloatArray:
    """The mean of the columns of ``frames`` as float32: column by column, which is ~30× faster
    than numpy's ``mean(axis=1)`` over interleaved samples."""
    mono: FloatArray = frames[:, 0].astype(np.float32, copy=True)
    for column in range(1, frames.shape[1]):
        mono += frames[:, column]
    mono *= np.float32(1.0 / frames.shape[1])
    return mono
