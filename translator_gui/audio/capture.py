"""Listening: a sound device's input, delivered as 24 kHz mono PCM16 for the translation service.

The PortAudio callback only copies each block into a preallocated ring and notes when it
arrived — no allocation, no locks, no logging — because anything slower on that real-time thread
loses audio. The asyncio side calls :meth:`Capture.read_pcm16_24k` to drain the ring, convert it
and learn when the audio in it was captured (:meth:`Capture.ready_at` says when to come back for
more); the level meter looks at the ring's newest audio when the UI reads it.

A stream that ends — stopped, failed, or its device unplugged — calls ``on_stopped`` from
PortAudio's thread; the pipeline passes a function that wakes its loop with
``loop.call_soon_threadsafe``.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np
import numpy.typing as npt

from translator_gui.audio.clock import BlockClock
from translator_gui.audio.devices import AudioDevice
from translator_gui.audio.errors import AudioDeviceError
from translator_gui.audio.meter import WINDOW_SECONDS as METER_WINDOW_SECONDS
from translator_gui.audio.meter import LevelMeter
from translator_gui.audio.resample import StreamResampler, to_pcm16
from translator_gui.audio.ring import RingBuffer
from translator_gui.audio.stream import _PortAudioStream
from translator_gui.pcm import SAMPLE_RATE

if TYPE_CHECKING:
    import sounddevice
    from typing_extensions import Buffer

__all__ = ["AudioDeviceError", "Capture", "CaptureChunk"]

_STALE_SECONDS = 0.25  # no block for this long: the meter shows silence, not the last level


@dataclass(frozen=True)
class CaptureChunk:
    """Audio ready to send, with the monotonic times its first and last samples were captured.

    "Captured" means the earliest moment the sound system could have handed the sample over
    (see :class:`~translator_gui.audio.clock.BlockClock`); a microphone's own converter adds a
    millisecond or two before that. The resampler's look-ahead is accounted for: the times are
    those of the input frames the first and last 24 kHz samples stand for. Successive chunks'
    times never go backwards.
    """

    pcm16: bytes
    first_capture_time: float
    last_capture_time: float


class Capture(_PortAudioStream):
    """One open input stream on ``device``; audio flows once :meth:`start` is called.

    :meth:`stop` stops listening; what was captured so far can still be read. The ``channels``
    recorded from the device are averaged to mono.
    """

    def __init__(
        self,
        device: AudioDevice,
        *,
        samplerate: int | None = None,
        channels: int | None = None,
        ring_seconds: float = 4.0,
        blocksize: int | None = None,
        latency: float | str = "high",
        on_stopped: Callable[[], None] | None = None,
    ) -> None:
        super().__init__("input", device, samplerate, channels, device.max_input_channels, on_stopped)
        if blocksize is None:
            # 40 ms: a 200 ms frame for the service is complete at most one block after its last sample,
            # and the service cannot start on a frame before it is whole. Half the wake-ups of 20 ms
            # blocks cost a third less CPU (tests/bench/stream_cost.py) for ≈ 20 ms later sends.
            blocksize = max(1, self._samplerate // 25)
        self._blocksize = int(blocksize)
        capacity = max(int(ring_seconds * self._samplerate), blocksize, 1)
        self._ring = RingBuffer(capacity, self._channels, np.float32)
        self._scratch: npt.NDArray[np.float32] = np.zeros((capacity, self._channels), np.float32)
        self._clock = BlockClock(self._samplerate)
        # The low-latency engine returns every block at once instead of in bursts.
        self._resampler = StreamResampler(self._samplerate, SAMPLE_RATE, self._channels, low_latency=True)
        self._ratio = self._samplerate / SAMPLE_RATE  # input frames per output sample

        # Callback-owned.
        self._pa_overflows = 0
        self._ring_overflows = 0
        self._lost_before = False  # frames were dropped at the end of the previous block
        # Set by start(), cleared by the callback: the stream resumes after a pause.
        self._resumed = False
        # Reader-owned position: input frame where the resampler's current stream began,
        # and output samples produced since; the last capture time reported.
        self._segment_start = 0
        self._segment_out = 0
        self._last_time = -np.inf
        self._meter = LevelMeter(max(1, round(self._samplerate * METER_WINDOW_SECONDS)), self._channels,
                                 self._latest_audio, lambda: self._ring.frames_written)
        # A raw stream: sounddevice's numpy glue (an array and an import per block) cost more than
        # the copy itself (tests/bench/stream_cost.py).
        self._open(self._sd.RawInputStream, self._callback, blocksize, latency)

    # -- real-time thread ------------------------------------------------------------------

    def _callback(
        self, indata: Buffer | npt.NDArray[np.float32], frames: int, time_info: Any, status: sounddevice.CallbackFlags
    ) -> None:
        """``indata``: the block's interleaved float32 samples, raw (a sound library's buffer, or a
        contiguous numpy array from the loopback keepers)."""
        try:
            now = time.monotonic()
            discontinuity = self._lost_before or self._resumed
            if status and status.input_overflow:
                self._pa_overflows += 1
                discontinuity = True
            self._lost_before = self._ring.write_bytes(indata) < frames
            if self._lost_before:
                self._ring_overflows += 1
            self._clock.record(self._ring.frames_written, now, discontinuity)
            self._resumed = False
        except BaseException as error:
            # Escaping would kill the stream silently; record it and stop loudly instead.
            if self._callback_error is None:
                self._callback_error = f"{type(error).__name__}: {error}"
            raise self._sd.CallbackAbort from None

    # -- control ----------------------------------------------------------------------------

    def _before_start(self) -> None:
        self._resumed = self._clock.count > 0

    # -- reader (the asyncio side) ----------------------------------------------------------

    def _latest_audio(self, out: npt.NDArray[np.float32]) -> int:
        """For the level meter: the newest frames captured, none once the stream stopped or stalled."""
        last = self._clock.last()
        if not self._running or last is None or time.monotonic() - last[1] > _STALE_SECONDS:
            return 0
        return self._ring.peek(out, self._ring.frames_written)

    def _capture_time(self, output_index: float) -> float:
        """Capture time of output sample ``output_index`` of the resampler's current stream."""
        frame = self._segment_start + output_index * self._ratio
        when = self._clock.time_of(frame)
        return time.monotonic() if when is None else when  # None cannot happen once frames were read

    def read_pcm16_24k(self) -> CaptureChunk | None:
        """Everything captured since the last call, as 24 kHz mono PCM16, or None if nothing is ready.

        After :meth:`stop` (or a stream failure), once the ring is empty, the resampler's
        held-back tail is returned too, so the last words are not lost.
        """
        n = self._ring.read_into(self._scratch)
        parts: list[npt.NDArray[np.float32]] = []
        if n:
            parts.append(self._resampler.process(self._scratch[:n]))
        stream_done = self._closed or not self._stream.active
        tail = stream_done and self._ring.readable == 0 and self._ring.frames_read > self._segment_start
        if tail:
            parts.append(self._resampler.flush())
        samples = np.concatenate(parts) if len(parts) > 1 else parts[0] if parts else None
        chunk = None
        if samples is not None and samples.size:
            # Estimates sharpen as more blocks arrive; never let a chunk start before the last ended.
            first_index = self._segment_out
            first = max(self._capture_time(first_index), self._last_time + 1.0 / SAMPLE_RATE)
            last = max(self._capture_time(first_index + samples.size - 1), first)
            self._last_time = last
            self._segment_out += samples.size
            chunk = CaptureChunk(pcm16=to_pcm16(samples), first_capture_time=first, last_capture_time=last)
        if tail:  # the next audio starts a fresh resampler stream
            self._segment_start = self._ring.frames_read
            self._segment_out = 0
        return chunk

    def ready_at(self, samples: int) -> float | None:
        """The monotonic time by which ``samples`` more 24 kHz samples than read so far should be
        readable: the callback that delivers the input they need, predicted from the last one at
        the stream's block period (None before the first block). A late callback makes it early."""
        last = self._clock.last()
        if last is None:
            return None
        frames_end, when = last
        # The resampler's lag is constant within a stream: each further output sample needs
        # ``ratio`` further input frames beyond what was read.
        missing = self._ring.frames_read + samples * self._ratio - frames_end
        if missing <= 0:
            return when
        blocks = math.ceil(missing / self._blocksize)
        return when + blocks * self._blocksize / self._samplerate

    # -- state ------------------------------------------------------------------------------

    @property
    def overflows(self) -> int:
        """Times audio was lost: PortAudio input overflows plus blocks the full ring had to cut short."""
        return self._pa_overflows + self._ring_overflows

    @property
    def dropped_frames(self) -> int:
        """Frames thrown away because nobody drained the ring in time."""
        return self._ring.dropped
