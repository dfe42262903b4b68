"""Windows: "Sound from: <output device>" through WASAPI loopback, with PyAudioWPatch.

The PortAudio inside the sounddevice wheel predates WASAPI loopback, so Windows outputs cannot be
captured through it. PyAudioWPatch is PortAudio with loopback added: it lists every output once
more as an input named ``… [Loopback]`` (``isLoopbackDevice``), and delivers it through the same
kind of real-time callback as any PortAudio input, which :class:`LoopbackCapture` hands to the
app's own :class:`~translator_gui.audio.capture.Capture` logic unchanged.

WASAPI delivers nothing while nothing plays — no zeros, no callbacks. The session must not take
that for a stalled device, so the audio goes through a small buffer of ours and a keeper thread
(:class:`SilenceKeeper`) passes it on every 10 ms, adding silence for the time no frames came.

Everything here runs only where ``sys.platform == "win32"``; the tests fake the library at its
boundary (``PyAudio()``, its device dictionaries and its stream).
"""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import numpy as np
import numpy.typing as npt

from translator_gui.audio.devices import AudioDevice
from translator_gui.audio.errors import AudioDeviceError
from translator_gui.audio.ring import RingBuffer

if TYPE_CHECKING:
    from typing_extensions import Buffer

__all__ = [
    "BACKEND",
    "LoopbackCapture",
    "SilenceKeeper",
    "available",
    "loopback_devices",
]

BACKEND = "wasapi"
LOOPBACK_SUFFIX = " [Loopback]"
KEEPER_SECONDS = 0.010
"""How often the keeper passes audio on (and at most how late a silent stretch is noticed)."""
SILENT_AFTER_SECONDS = 0.060
"""No frames for this long: Windows is delivering nothing, and silence is passed on instead."""

Callback = Callable[[npt.NDArray[np.float32], int, Any, Any], None]


def _library() -> Any:
    """``pyaudiowpatch``, or None where it is missing (not Windows, or not installed)."""
    if sys.platform != "win32" and "pyaudiowpatch" not in sys.modules:
        return None
    try:
        import pyaudiowpatch
    except ImportError:
        return None
    return pyaudiowpatch


def available() -> bool:
    return _library() is not None


def loopback_devices() -> list[dict[str, Any]]:
    """PyAudioWPatch's loopback inputs: one per output, ``name`` without the "[Loopback]"
    suffix, ``index``, ``channels``, ``rate``, ``default`` (the default output's)."""
    library = _library()
    if library is None:
        return []
    pa = library.PyAudio()
    try:
        try:
            default_index = pa.get_host_api_info_by_type(library.paWASAPI)["defaultOutputDevice"]
            default_name = str(pa.get_device_info_by_index(default_index)["name"])
        except (OSError, KeyError, LookupError):
            default_name = ""
        found = []
        for info in pa.get_loopback_device_info_generator():
            name = str(info["name"])
            output = name[: -len(LOOPBACK_SUFFIX)] if name.endswith(LOOPBACK_SUFFIX) else name
            found.append({"name": output, "index": int(info["index"]),
                          "channels": max(1, int(info["maxInputChannels"])),
                          "rate": int(info["defaultSampleRate"]), "default": output == default_name})
        return found
    finally:
        pa.terminate()


class SilenceKeeper:
    """Passes captured blocks on to ``callback`` from one thread, every :data:`KEEPER_SECONDS`,
    and silence for the time nothing came (WASAPI loopback while nothing plays).

    The device callback only copies into a preallocated ring (:meth:`deliver`); the keeper is the
    ring's one reader and the one caller of ``callback``, so the capture downstream still has a
    single producer."""

    def __init__(self, callback: Callback, rate: int, channels: int, blocksize: int,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self._callback = callback
        self._rate = rate
        self._blocksize = blocksize
        self._clock = clock
        self._ring = RingBuffer(max(rate, blocksize * 8), channels, np.float32)
        self._block: npt.NDArray[np.float32] = np.zeros((blocksize, channels), np.float32)
        self._silence: npt.NDArray[np.float32] = np.zeros((blocksize, channels), np.float32)
        self._last_delivery = clock()
        self._silent_frames_due = 0.0
        self._passed_at = clock()
        self.silent_frames = 0
        """Frames of silence passed on so far (for the log and the tests)."""
        self.error: str | None = None
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    # the device's real-time thread
    def deliver(self, frames: Buffer | npt.NDArray[np.float32]) -> None:
        """``frames``: interleaved float32 samples, raw (the sound library's block, copied as bytes: no
        array is made per block) or a contiguous ``(frames, channels)`` array."""
        self._ring.write_bytes(frames)
        self._last_delivery = self._clock()

    # the keeper's thread
    def pass_on(self) -> None:
        """One round: what arrived, else silence for the time that passed without any."""
        now = self._clock()
        elapsed, self._passed_at = now - self._passed_at, now
        if self._ring.readable > 0:
            self._silent_frames_due = 0.0
            while (n := self._ring.read_into(self._block)) > 0:
                self._callback(self._block[:n], n, None, None)
            return
        if now - self._last_delivery < SILENT_AFTER_SECONDS:
            return  # a callback is merely late
        self._silent_frames_due += elapsed * self._rate
        while self._silent_frames_due >= self._blocksize:
            self._silent_frames_due -= self._blocksize
            self.silent_frames += self._blocksize
            self._callback(self._silence, self._blocksize, None, None)

    def _run(self) -> None:
        try:
            while not self._stop.wait(KEEPER_SECONDS):
                self.pass_on()
        except BaseException as error:  # the capture's callback refused (it records why)
            self.error = f"{type(error).__name__}: {error}"

    def start(self) -> None:
        if self._thread is not None and self._thread.is_alive():
            return
        self._stop.clear()
        self._passed_at = self._last_delivery = self._clock()
        self._thread = threading.Thread(target=self._run, name="wasapi-loopback-keeper", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None and self._thread is not threading.current_thread():
            self._thread.join(timeout=2)
        self._thread = None

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()


class _LoopbackStream:
    """What :class:`~translator_gui.audio.capture.Capture` drives (``start``, ``stop``, ``close``,
    ``active``, ``stopped``, ``latency``), on a PyAudioWPatch loopback stream."""

    def __init__(self, library: Any, index: int, rate: int, channels: int, blocksize: int,
                 callback: Callback, finished: Callable[[], None]) -> None:
        self._library = library
        self._finished = finished
        self.keeper = SilenceKeeper(callback, rate, channels, blocksize)
        self._pa = library.PyAudio()
        try:
            self._stream = self._pa.open(format=library.paFloat32, channels=channels, rate=rate, input=True,
                                         input_device_index=index, frames_per_buffer=blocksize,
                                         stream_callback=self._on_audio, start=False)
        except Exception:
            self._pa.terminate()
            raise
        self.latency = float(self._stream.get_input_latency())
        self.stopped = True

    def _on_audio(self, data: bytes | None, frames: int, time_info: Any, status: int) -> tuple[None, int]:
        if data:
            self.keeper.deliver(data)
        return None, int(self._library.paContinue)

    @property
    def active(self) -> bool:
        return not self.stopped and self.keeper.running

    def start(self) -> None:
        self._stream.start_stream()
        self.keeper.start()
        self.stopped = False

    def stop(self) -> None:
        """Stop; like PortAudio's, the finished callback then runs."""
        was_running, self.stopped = not self.stopped, True
        self._stream.stop_stream()
        self.keeper.stop()
        if was_running:
            self._finished()

    def close(self) -> None:
        if not self.stopped:
            self.stop()
        self._stream.close()
        self._pa.terminate()


def _capture_class() -> type[Any]:
    from translator_gui.audio.capture import Capture

    class LoopbackCapture(Capture):
        """A :class:`~translator_gui.audio.capture.Capture` whose audio comes from WASAPI loopback."""

        def __init__(self, device: AudioDevice, **kwargs: Any) -> None:
            self._loopback_index = device.index
            super().__init__(device, **kwargs)

        def _open(self, stream_type: Any, callback: Callable[..., None], blocksize: int,
                  latency: float | str) -> None:
            library = _library()
            if library is None:
                raise AudioDeviceError(
                    f"“{self._device.name}” needs the PyAudioWPatch library, which is missing: reinstall "
                    "Translator.")
            try:
                self._stream = _LoopbackStream(library, self._loopback_index, self._samplerate, self._channels,
                                               blocksize, callback, self._finished)
            except Exception as error:
                raise self._open_failed(error) from error
            self._latency = self._stream.latency

    return LoopbackCapture


def LoopbackCapture(device: AudioDevice, **kwargs: Any) -> Any:
    """A capture of the loopback input ``device`` (its :attr:`AudioDevice.index` is PyAudioWPatch's); the
    class is made on first use, so that importing this module needs no sound library."""
    return _capture_class()(device, **kwargs)
