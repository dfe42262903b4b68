"""macOS: "Sound from: the whole system" through ScreenCaptureKit (macOS 13 and newer), by way of
pyobjc — no driver to install.

ScreenCaptureKit captures everything the Mac plays except Translator's own sound
(``excludesCurrentProcessAudio``), so playing the translation on the same speakers is no loop.
It needs the person's permission (System Settings → Privacy & Security → Screen & System Audio
Recording); a refusal becomes :data:`PERMISSION_SENTENCE`. Audio arrives on a dispatch queue of
ScreenCaptureKit's as 48 kHz float32, one plane per channel, and goes through the same keeper as
Windows loopback (:class:`~translator_gui.audio.windows_loopback.SilenceKeeper`) into the app's own
:class:`~translator_gui.audio.capture.Capture` logic.

Everything here runs only where ``sys.platform == "darwin"``; the tests fake the frameworks at
their boundary (ScreenCaptureKit's classes and CoreMedia's buffer functions).
"""

from __future__ import annotations

import platform
import sys
import threading
from collections.abc import Callable
from typing import Any

import numpy as np

from translator_gui.audio.devices import AudioDevice
from translator_gui.audio.errors import AudioDeviceError
from translator_gui.audio.windows_loopback import Callback, SilenceKeeper

__all__ = ["BACKEND", "LABEL", "PERMISSION_SENTENCE", "SystemAudioCapture", "available"]

BACKEND = "macos-system"
LABEL = "Sound from: the whole system"
RATE = 48_000
CHANNELS = 2
AUDIO_OUTPUT = 1  # SCStreamOutputTypeAudio
USER_DECLINED = -3801  # SCStreamErrorUserDeclined
PERMISSION_SENTENCE = (
    "macOS did not let Translator hear the system's sound: allow Translator under System Settings → Privacy & "
    "Security → Screen & System Audio Recording, then press Start again.")
_TIMEOUT_SECONDS = 10.0


def _frameworks() -> tuple[Any, Any] | None:
    """(ScreenCaptureKit, CoreMedia) from pyobjc, or None where they are missing."""
    if sys.platform != "darwin" and "ScreenCaptureKit" not in sys.modules:
        return None
    try:
        import CoreMedia
        import ScreenCaptureKit
    except ImportError:
        return None
    return ScreenCaptureKit, CoreMedia


def _new_enough(release: str | None = None) -> bool:
    release = platform.mac_ver()[0] if release is None else release
    try:
        major = int(release.split(".")[0])
    except ValueError:
        return False
    return major >= 13


def available(release: str | None = None) -> bool:
    """Whether "Sound from: the whole system" can be offered here (macOS 13+, pyobjc present)."""
    return _frameworks() is not None and _new_enough(release)


def _wait(start: Callable[[Callable[..., None]], None], what: str) -> tuple[Any, ...]:
    """Call an asynchronous framework method and wait for its completion handler's arguments."""
    done = threading.Event()
    result: list[tuple[Any, ...]] = []

    def handler(*args: Any) -> None:
        result.append(args)
        done.set()

    start(handler)
    if not done.wait(_TIMEOUT_SECONDS):
        raise AudioDeviceError(f"macOS did not answer in time while {what}; try Start again.")
    return result[0]


def _refused(error: Any, what: str) -> AudioDeviceError:
    if error is not None and int(error.code()) == USER_DECLINED:
        return AudioDeviceError(PERMISSION_SENTENCE)
    return AudioDeviceError(f"macOS refused {what} ({error}); {PERMISSION_SENTENCE}")


_OUTPUT_CLASS: list[Any] = []


def _audio_output(sink: Callable[[Any, int], None]) -> Any:
    """An SCStreamOutput that hands each sample buffer to ``sink``: an NSObject subclass made once
    per process on macOS; a plain object where pyobjc's runtime is missing (the tests' fakes)."""
    try:
        import objc
        from Foundation import NSObject
    except ImportError:
        class PlainOutput:
            def stream_didOutputSampleBuffer_ofType_(self, stream: Any, buffer: Any, kind: int) -> None:
                sink(buffer, kind)

        return PlainOutput()
    if not _OUTPUT_CLASS:
        class TranslatorAudioOutput(NSObject, protocols=[objc.protocolNamed("SCStreamOutput")]):  # type: ignore[misc,call-arg]
            def stream_didOutputSampleBuffer_ofType_(self, stream: Any, buffer: Any, kind: int) -> None:
                self.sink(buffer, kind)

        _OUTPUT_CLASS.append(TranslatorAudioOutput)
    output = _OUTPUT_CLASS[0].alloc().init()
    output.sink = sink
    return output


class _SystemStream:
    """What :class:`~translator_gui.audio.capture.Capture` drives, on an SCStream of audio only."""

    def __init__(self, frameworks: tuple[Any, Any], callback: Callback, blocksize: int,
                 finished: Callable[[], None]) -> None:
        sck, self._cm = frameworks
        self._finished = finished
        self.keeper = SilenceKeeper(callback, RATE, CHANNELS, blocksize)
        self.latency = 0.02
        self.stopped = True
        content, error = _wait(sck.SCShareableContent.getShareableContentWithCompletionHandler_,
                               "looking for the screen to capture the sound of")
        if error is not None or content is None or not content.displays():
            raise _refused(error, "to list what can be captured")
        content_filter = sck.SCContentFilter.alloc().initWithDisplay_excludingWindows_(content.displays()[0], [])
        config = sck.SCStreamConfiguration.alloc().init()
        config.setCapturesAudio_(True)
        config.setExcludesCurrentProcessAudio_(True)  # never Translator's own translation
        config.setSampleRate_(RATE)
        config.setChannelCount_(CHANNELS)
        config.setWidth_(2)  # the picture is not wanted: as little of it as the API allows
        config.setHeight_(2)
        self._stream = sck.SCStream.alloc().initWithFilter_configuration_delegate_(content_filter, config, None)
        self._output = _audio_output(self._on_buffer)  # kept: ScreenCaptureKit holds it weakly
        added = self._stream.addStreamOutput_type_sampleHandlerQueue_error_(self._output, AUDIO_OUTPUT, None, None)
        ok = added[0] if isinstance(added, tuple) else added
        if not ok:
            raise AudioDeviceError("macOS refused to deliver the system's sound; restart Translator and try again.")

    # ScreenCaptureKit's queue
    def _on_buffer(self, buffer: Any, kind: int) -> None:
        if kind != AUDIO_OUTPUT or self.stopped:
            return
        block = self._cm.CMSampleBufferGetDataBuffer(buffer)
        length = int(self._cm.CMBlockBufferGetDataLength(block))
        status, data = self._cm.CMBlockBufferCopyDataBytes(block, 0, length, None)
        if status != 0 or not data:
            return
        planes = np.frombuffer(data, np.float32).reshape(CHANNELS, -1)  # one plane per channel
        self.keeper.deliver(np.ascontiguousarray(planes.T))

    @property
    def active(self) -> bool:
        return not self.stopped and self.keeper.running

    def start(self) -> None:
        (error,) = _wait(self._stream.startCaptureWithCompletionHandler_, "starting to capture the system's sound")
        if error is not None:
            raise _refused(error, "to capture the system's sound")
        self.keeper.start()
        self.stopped = False

    def stop(self) -> None:
        was_running, self.stopped = not self.stopped, True
        if was_running:
            _wait(self._stream.stopCaptureWithCompletionHandler_, "stopping the capture")
        self.keeper.stop()
        if was_running:
            self._finished()

    def close(self) -> None:
        if not self.stopped:
            self.stop()


def _capture_class() -> type[Any]:
    from translator_gui.audio.capture import Capture

    class _SystemAudioCapture(Capture):
        def _open(self, stream_type: Any, callback: Callable[..., None], blocksize: int,
                  latency: float | str) -> None:
            frameworks = _frameworks()
            if frameworks is None or not _new_enough():
                raise AudioDeviceError(
                    "“Sound from: the whole system” needs macOS 13 or newer; install BlackHole and choose "
                    "“Sound from: BlackHole” instead.")
            self._stream = _SystemStream(frameworks, callback, blocksize, self._finished)
            self._latency = self._stream.latency

    return _SystemAudioCapture


def SystemAudioCapture(label: str = LABEL, **kwargs: Any) -> Any:
    """A capture of everything the Mac plays but Translator (48 kHz stereo)."""
    device = AudioDevice(-1, label, "ScreenCaptureKit", CHANNELS, 0, float(RATE), False, False)
    return _capture_class()(device, samplerate=RATE, channels=CHANNELS, **kwargs)
