"""What :class:`~translator_gui.audio.capture.Capture` and :class:`~translator_gui.audio.playback.Playback`
share: opening one PortAudio stream on a device, starting, stopping and closing it, and the
``on_stopped`` notice when it ends.

Subclasses set up whatever their real-time ``_callback`` uses, then call :meth:`_open`. The
callback itself stays in the subclass, untouched by this base: it records the first error it
meets in ``_callback_error`` and raises ``self._sd.CallbackAbort``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Literal

from translator_gui.audio.devices import AudioDevice, portaudio
from translator_gui.audio.errors import AudioDeviceError, open_failed
from translator_gui.audio.meter import LevelMeter


class _PortAudioStream:
    """One sounddevice stream on ``device``: ``kind`` is ``"input"`` or ``"output"``."""

    _stream: Any

    def __init__(
        self,
        kind: Literal["input", "output"],
        device: AudioDevice,
        samplerate: int | None,
        channels: int | None,
        max_channels: int,
        on_stopped: Callable[[], None] | None,
    ) -> None:
        self._sd = portaudio()
        self._kind = kind
        self._device = device
        self._samplerate = int(samplerate if samplerate is not None else device.default_samplerate)
        self._channels = int(channels if channels is not None else min(max_channels, 2))
        self._on_stopped = on_stopped
        if self._samplerate <= 0 or self._channels <= 0:
            raise open_failed(kind, device.name, self._samplerate, self._channels, "invalid settings")
        self._meter: LevelMeter  # set by the subclass, which knows where its newest audio is
        self._callback_error: str | None = None  # callback-owned
        self._closed = False
        # Whether audio flows, as this object knows it (set by start, cleared by stop, close and the
        # stream's end): what the level meter asks 10 times a second, without asking PortAudio.
        self._running = False

    def _open(self, stream_type: Any, callback: Callable[..., None], blocksize: int, latency: float | str) -> None:
        """Open the stream (``sd.InputStream`` or ``sd.OutputStream``) with its real-time ``callback``."""
        try:
            self._stream = stream_type(
                device=self._device.index,
                samplerate=self._samplerate,
                channels=self._channels,
                dtype="float32",
                blocksize=blocksize,
                latency=latency,
                callback=callback,
                finished_callback=self._finished,
            )
        except (self._sd.PortAudioError, ValueError) as error:
            raise self._open_failed(error) from error
        self._latency = float(self._stream.latency)

    def _open_failed(self, error: BaseException) -> AudioDeviceError:
        return open_failed(self._kind, self._device.name, self._samplerate, self._channels, str(error))

    # -- real-time thread ------------------------------------------------------------------

    def _finished(self) -> None:
        self._running = False
        try:
            if self._on_stopped is not None:
                self._on_stopped()
        except BaseException as error:
            if self._callback_error is None:
                self._callback_error = f"on_stopped failed: {type(error).__name__}: {error}"

    # -- control (any one thread, usually the asyncio loop) ---------------------------------

    def _before_start(self) -> None:
        """Called by :meth:`start` just before a stopped stream is started."""

    def start(self) -> None:
        """Start the stream; raises :class:`AudioDeviceError` if the device refuses."""
        if self._closed:
            raise AudioDeviceError(
                f"The {self._kind} device '{self._device.name}' was already closed; start a new session."
            )
        if self._stream.active:
            return
        self._before_start()
        try:
            if not self._stream.stopped:  # ended by an error in the callback: reset it first
                self._stream.stop()
            self._callback_error = None
            self._stream.start()
            self._running = True
        except self._sd.PortAudioError as error:
            raise self._open_failed(error) from error

    def stop(self) -> None:
        """Stop the stream; it can be started again."""
        self._running = False
        if not self._closed and not self._stream.stopped:
            self._stream.stop()

    def close(self) -> None:
        """Release the device. Safe to call more than once."""
        if self._closed:
            return
        self._closed = True
        self._running = False
        self._stream.close()

    # -- state ------------------------------------------------------------------------------

    @property
    def device(self) -> AudioDevice:
        return self._device

    @property
    def samplerate(self) -> int:
        """The device-side sample rate of the stream."""
        return self._samplerate

    @property
    def channels(self) -> int:
        """Channels of the stream on the device side."""
        return self._channels

    @property
    def latency(self) -> float:
        """PortAudio's estimate of the stream's latency, in seconds."""
        return self._latency

    @property
    def blocksize(self) -> int:
        """Frames per callback."""
        return int(self._stream.blocksize)

    @property
    def callback_error(self) -> str | None:
        """The first error raised inside the audio callback, which stopped the stream (None again
        after a successful :meth:`start`)."""
        return self._callback_error

    @property
    def active(self) -> bool:
        """Whether audio is flowing to or from the device right now."""
        return not self._closed and bool(self._stream.active)

    @property
    def meter(self) -> LevelMeter:
        return self._meter
