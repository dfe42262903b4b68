"""Speaking: translated speech from the service, played on a sound device.

The asyncio side hands over PCM16 as it arrives (:meth:`Playback.push_pcm16`); it is converted
to the device's rate and queued in a :class:`JitterBuffer`. The PortAudio callback only copies
from that buffer into the device's channels — no allocation, no locks, no logging — so a busy UI
or a slow network can never make the sound card stutter. The level meter looks at what was just
played when the UI reads it.

A stream that ends — stopped, failed, or its device unplugged — calls ``on_stopped`` from
PortAudio's thread; the pipeline passes a function that wakes its loop with
``loop.call_soon_threadsafe``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import numpy as np
import numpy.typing as npt

from translator_gui.audio.adaptive import SpeechQueue
from translator_gui.audio.devices import AudioDevice
from translator_gui.audio.errors import AudioDeviceError
from translator_gui.audio.jitter import JitterBuffer
from translator_gui.audio.meter import WINDOW_SECONDS as METER_WINDOW_SECONDS
from translator_gui.audio.meter import LevelMeter
from translator_gui.audio.stream import _PortAudioStream
from translator_gui.pcm import SAMPLE_RATE

if TYPE_CHECKING:
    import sounddevice
    from typing_extensions import Buffer

__all__ = ["AudioDeviceError", "JitterBuffer", "Playback"]

_SCRATCH_FRAMES = 8192
CALL_BLOCK_SECONDS = 0.02
CALL_LATENCY = 0.04
"""Speech played into a call (the virtual microphone) goes on through the call, which adds its own
delay to the ≈ 24 ms more that 20 ms blocks take to the device: half the callbacks of the 10 ms
blocks, and twice the room for a late one."""


class Playback(_PortAudioStream):
    """One open output stream on ``device``, playing whatever is pushed once :meth:`start` is called.

    With ``adaptive`` (the default) the wait before speech starts follows the measured arrival
    jitter, from 15 ms up to 400 ms: it starts low and grows when a delta comes late (see
    :mod:`translator_gui.audio.adaptive`), and the resampling ratio bends slightly to absorb clock
    drift; without it, ``prefill_ms`` (default 100 ms) stays fixed.

    The device side is kept short, because every millisecond queued there adds to the delay
    without bridging any network wait (the callback keeps it full, with silence if need be):
    10 ms blocks and a suggested latency of 20 ms, i.e. two blocks in flight, so one late
    callback still finds one queued. Measured on the test bed (``tests/bench/audio_bench.py``),
    10 ms blocks reach the speaker as soon as 5 ms blocks did, with half the callbacks (100 a
    second instead of 200); 20 ms blocks make PortAudio double its latency to 40 ms, ≈ 24 ms more
    from arrival to the speaker (70 against 46 ms p50). That delay is what the CPU of the 10 ms
    blocks buys: ≈ 0.3 % of a core for the stream alone (``tests/bench/stream_cost.py``, raw
    mono: 0.8 % against 0.5 %), and in the whole app 1.11× the CPU it takes with 20 ms blocks
    (2.37 % of a core against 2.13 %), at 43 ms p50 from a delta's arrival to the speaker against
    67 ms (``tests/bench/peer_bench.py``, three interleaved rounds). PortAudio's "high" latency
    adds noticeably more from the callback to the speaker (``tests/bench/audio_bench.py`` prints
    it). The price is less room for a late callback: on a machine whose cores are saturated by
    other work the device runs dry (:attr:`output_underflows`, a click) more often than with
    ``latency="high"``, which trades that delay back for that room.

    :meth:`stop` stops playing; queued speech stays queued. Every one of the output ``channels``
    gets the same (mono) speech.
    """

    def __init__(
        self,
        device: AudioDevice,
        *,
        samplerate: int | None = None,
        channels: int | None = None,
        prefill_ms: float | None = None,
        capacity_s: float = 10,
        blocksize: int | None = None,
        latency: float | str = 0.02,
        on_stopped: Callable[[], None] | None = None,
        adaptive: bool = True,
        into_a_call: bool = False,
    ) -> None:
        """``into_a_call``: the speech goes on through a call, not to someone's ears: the device
        side is paced by :data:`CALL_BLOCK_SECONDS` and :data:`CALL_LATENCY` instead."""
        super().__init__("output", device, samplerate, channels, device.max_output_channels, on_stopped)
        if prefill_ms is None:
            prefill_ms = 0.0 if adaptive else 100.0  # adaptive: the queue sets it from the first delta
        if into_a_call:
            blocksize = blocksize or max(1, round(self._samplerate * CALL_BLOCK_SECONDS))
            latency = CALL_LATENCY
        if blocksize is None:
            blocksize = max(1, self._samplerate // 100)  # 10 ms
        self._jitter = JitterBuffer(self._samplerate, prefill_ms=prefill_ms, capacity_s=capacity_s)
        room = max(_SCRATCH_FRAMES, blocksize)
        self._scratch: npt.NDArray[np.float32] = np.zeros(room, np.float32)
        self._scratch_column = self._scratch[:, np.newaxis]  # broadcasts to every output channel
        # The device's interleaved frames, copied to its raw buffer as bytes (mono: the scratch itself).
        frames = self._scratch_column if self._channels == 1 else np.zeros((room, self._channels), np.float32)
        self._frames: npt.NDArray[np.float32] = frames
        self._frames_raw = frames.data.cast("B")
        self._frame_bytes = 4 * self._channels
        # Producer-owned.
        self._queue = SpeechQueue(self._jitter, adaptive=adaptive)
        # Callback-owned.
        self._pa_underflows = 0
        self._meter = LevelMeter(max(1, round(self._samplerate * METER_WINDOW_SECONDS)), 1,
                                 self._latest_audio, lambda: self._jitter.frames_played)
        # A raw stream: sounddevice's numpy glue (an array and an import per block) cost more than
        # the copy itself (tests/bench/stream_cost.py).
        self._open(self._sd.RawOutputStream, self._callback, blocksize, latency)
        self._queue.output_latency_s = self._latency

    # -- real-time thread ------------------------------------------------------------------

    def _callback(self, outdata: Buffer, frames: int, time_info: Any, status: sounddevice.CallbackFlags) -> None:
        """``outdata``: the device's raw buffer for ``frames`` interleaved float32 frames."""
        out = memoryview(outdata)
        try:
            if status and status.output_underflow:
                self._pa_underflows += 1
            done = 0
            room = self._scratch.shape[0]
            fb = self._frame_bytes
            mono = self._channels == 1
            while done < frames:
                n = min(room, frames - done)
                self._jitter.read_into(self._scratch[:n])
                if not mono:
                    self._frames[:n] = self._scratch_column[:n]
                out[done * fb : (done + n) * fb] = self._frames_raw[: n * fb]
                done += n
        except BaseException as error:
            # Escaping would kill the stream silently; record it, play silence and stop loudly.
            if self._callback_error is None:
                self._callback_error = f"{type(error).__name__}: {error}"
            out[:] = bytes(out.nbytes)
            raise self._sd.CallbackAbort from None

    # -- producer (the asyncio side) ---------------------------------------------------------

    def _latest_audio(self, out: npt.NDArray[np.float32]) -> int:
        """For the level meter: the speech just played, none while waiting for speech or stopped."""
        if not self._running or self._jitter.prefilling:
            return 0
        return self._jitter.peek_played(out[:, 0])

    def push_pcm16(self, pcm16: bytes, sample_rate: int = SAMPLE_RATE, channels: int = 1) -> None:
        """Queue speech (little-endian PCM16, interleaved if ``channels`` > 1) for playing.

        A sample split across two calls is put back together. When the buffer is full the
        newest audio is dropped and counted in :attr:`overruns`. The time of the call is the
        delta's arrival time, from which the adaptive delay is measured.
        """
        self._queue.push_pcm16(pcm16, sample_rate, channels)

    def mark_end(self) -> None:
        """Say the current utterance is complete: its last milliseconds are played at once, and
        running out of audio afterwards is not counted as an underrun. If it already ran out where
        the speech written so far ends, that was the utterance's end, not an underrun."""
        self._queue.mark_end()

    def clear(self) -> None:
        """Silence what is queued (for example when the person stops or switches language)."""
        self._queue.clear()

    # -- state ------------------------------------------------------------------------------

    @property
    def buffered_ms(self) -> float:
        """Speech queued and not yet handed to the device, in milliseconds."""
        return self._jitter.buffered_ms

    def wait_summary(self) -> str:
        """For the session summary: how long translated speech waits before it plays, and the
        device's latency after that."""
        queue = self._queue
        return (f"speech waits {queue.wait_ms:.0f} ms (at most {queue.longest_wait_ms:.0f} ms) "
                f"plus the device's {1000 * self._latency:.0f} ms")

    @property
    def underruns(self) -> int:
        """Times the speech ran out mid-utterance (see :class:`JitterBuffer`); running dry where
        the phrase turned out to end (:meth:`mark_end` came before more speech) is not counted."""
        return self._queue.underruns

    @property
    def output_underflows(self) -> int:
        """Times PortAudio reported that the callback was late (the sound card ran dry)."""
        return self._pa_underflows

    @property
    def overruns(self) -> int:
        """Pushes that did not fit whole because the buffer was full."""
        return self._jitter.overruns

    @property
    def jitter(self) -> JitterBuffer:
        return self._jitter

    @property
    def queue(self) -> SpeechQueue:
        """The producer side: adaptive target delay (:attr:`SpeechQueue.target_ms`) and rate bend."""
        return self._queue
