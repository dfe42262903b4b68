"""macOS: "Sound from: the whole system", and "Sound from: <app>" for one app alone, through
ScreenCaptureKit (macOS 13 and newer), by way of pyobjc — no driver to install.

One app's sound is captured with a content filter that includes only that app
(``SCContentFilter initWithDisplay:includingApplications:exceptingWindows:``); the apps offered are
those with a window of their own, on screen or minimised (``SCShareableContent``'s windows of the
normal layer, by owning application), not Translator itself. Listing them needs the same
permission as capturing, and asking for it from a device listing would prompt the person at every
listing: the apps are listed only once the permission was given (``CGPreflightScreenCaptureAccess``,
which asks nothing); before that the list offers the whole system, whose Start asks for it, and a
saved app that is not listed says why (:func:`app_missing_sentence`).

ScreenCaptureKit captures everything the Mac plays except Translator's own sound
(``excludesCurrentProcessAudio``), so playing the translation on the same speakers is no loop.
It needs the person's permission (System Settings → Privacy & Security → Screen & System Audio
Recording); a refusal becomes :func:`permission_sentence`. Audio arrives on a dispatch queue of
ScreenCaptureKit's as 48 kHz float32, one plane per channel, and goes through the same keeper as
Windows loopback (:class:`~translator_gui.audio.windows_loopback.SilenceKeeper`) into the app's own
:class:`~translator_gui.audio.capture.Capture` logic.

Everything here runs only where ``sys.platform == "darwin"``; the tests fake the frameworks at
their boundary (ScreenCaptureKit's classes, CoreMedia's buffer functions, the permission preflight).
"""

from __future__ import annotations

import ctypes
import logging
import os
import platform
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np

from translator_gui.audio.devices import AudioDevice
from translator_gui.audio.errors import AudioDeviceError
from translator_gui.audio.windows_loopback import Callback, SilenceKeeper
from translator_gui.i18n import translate

log = logging.getLogger(__name__)

__all__ = [
    "APP_KEY_PREFIX",
    "BACKEND",
    "LABEL",
    "RunningApp",
    "SystemAudioCapture",
    "app_missing_sentence",
    "app_permission_sentence",
    "available",
    "permission_sentence",
    "running_apps",
]

BACKEND = "macos-system"
LABEL = "Sound from: the whole system"
SYSTEM = "system"
"""The :attr:`~translator_gui.audio.sources.SoundDevice.system_name` of the whole system; an app's is its
bundle identifier."""
APP_KEY_PREFIX = "macos:app:"
"""The key of "Sound from: <app>" on macOS, followed by the app's name."""
RATE = 48_000
CHANNELS = 2
AUDIO_OUTPUT = 1  # SCStreamOutputTypeAudio
USER_DECLINED = -3801  # SCStreamErrorUserDeclined
_TIMEOUT_SECONDS = 10.0
_LIST_TIMEOUT_SECONDS = 2.0  # a device listing waits no longer for the apps
_NORMAL_LAYER = 0  # the window layer of apps' own windows (not the menu bar, the Dock, overlays)
_CORE_GRAPHICS = "/System/Library/Frameworks/CoreGraphics.framework/CoreGraphics"


def permission_sentence() -> str:
    """Start was refused the Screen & System Audio Recording permission, listening to the whole system."""
    return translate("Audio", "macOS did not let Translator hear the system's sound: allow Translator under System "
                              "Settings → Privacy & Security → Screen & System Audio Recording, then press Start "
                              "again.")


def app_permission_sentence(app: str) -> str:
    """Start was refused the Screen & System Audio Recording permission, listening to ``app``."""
    return translate("Audio", "macOS did not let Translator hear “{app}”: allow Translator under System Settings → "
                              "Privacy & Security → Screen & System Audio Recording, then press Start again.").format(
        app=app)


def app_missing_sentence(app: str) -> str:
    """A saved "Sound from: <app>" that is not in the list now: why, and what to do."""
    if not _screen_recording_allowed():
        return translate("Audio", "Translator may not list the apps on this Mac yet: allow it under System Settings → "
                                  "Privacy & Security → Screen & System Audio Recording (listening to the whole "
                                  "system once asks for it), then choose Refresh devices.")
    return translate("Audio", "“{app}” is not running now or has no window open; start it, then choose Refresh "
                              "devices, or listen to the whole system instead.").format(app=app)


@dataclass(frozen=True)
class RunningApp:
    """An app that "Sound from: <app>" can listen to."""

    name: str
    bundle_id: str
    pid: int


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


def _screen_recording_allowed() -> bool:
    """Whether the person already allowed Screen & System Audio Recording (``CGPreflightScreenCaptureAccess``:
    it never prompts)."""
    if sys.platform != "darwin":
        return False
    try:
        preflight = ctypes.CDLL(_CORE_GRAPHICS).CGPreflightScreenCaptureAccess
    except (OSError, AttributeError):
        return False
    preflight.restype = ctypes.c_bool
    return bool(preflight())


def running_apps(release: str | None = None) -> list[RunningApp]:
    """The apps with a window of their own — on screen or minimised: a meeting in a minimised window
    stays listed — by name (Translator not among them), for "Sound from: <app>";
    [] before macOS 13, without pyobjc, and while the permission is not given (see the module)."""
    frameworks = _frameworks()
    if frameworks is None or not _new_enough(release) or not _screen_recording_allowed():
        return []
    sck = frameworks[0]
    try:
        content, error = _wait(
            lambda handler: sck.SCShareableContent
            .getShareableContentExcludingDesktopWindows_onScreenWindowsOnly_completionHandler_(True, False, handler),
            "listing the apps", _LIST_TIMEOUT_SECONDS)
    except AudioDeviceError:
        return []
    if error is not None or content is None:
        return []
    found: dict[str, RunningApp] = {}
    for window in content.windows() or []:
        app = window.owningApplication()
        if app is None or int(window.windowLayer()) != _NORMAL_LAYER:
            continue
        name, bundle, pid = str(app.applicationName() or ""), str(app.bundleIdentifier() or ""), int(app.processID())
        if name and bundle and pid != os.getpid():
            found.setdefault(bundle, RunningApp(name, bundle, pid))
    return sorted(found.values(), key=lambda e: e.name.casefold())


def _wait(start: Callable[[Callable[..., None]], None], what: str,
          timeout: float = _TIMEOUT_SECONDS) -> tuple[Any, ...]:
    """Call an asynchronous framework method and wait for its completion handler's arguments."""
    done = threading.Event()
    result: list[tuple[Any, ...]] = []

    def handler(*args: Any) -> None:
        result.append(args)
        done.set()

    start(handler)
    if not done.wait(timeout):
        log.warning("macOS did not answer in time while %s", what)
        raise AudioDeviceError(translate("Audio", "macOS did not answer in time; try Start again."))
    return result[0]


def _refused(error: Any, what: str, app: str | None = None) -> AudioDeviceError:
    permission = permission_sentence() if app is None else app_permission_sentence(app)
    if error is not None and int(error.code()) == USER_DECLINED:
        return AudioDeviceError(permission)
    log.warning("macOS refused %s: %s", what, error)
    return AudioDeviceError(translate("Audio", "macOS refused to let Translator listen ({error}); {permission}")
                            .format(error=error, permission=permission))


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
    """What :class:`~translator_gui.audio.capture.Capture` drives, on an SCStream of audio only: the whole
    system's, or one app's (``app``: its bundle identifier and name)."""

    def __init__(self, frameworks: tuple[Any, Any], callback: Callback, blocksize: int,
                 finished: Callable[[], None], app: tuple[str, str] | None = None) -> None:
        sck, self._cm = frameworks
        self._finished = finished
        self.keeper = SilenceKeeper(callback, RATE, CHANNELS, blocksize)
        self.latency = 0.02
        self.stopped = True
        content, error = _wait(sck.SCShareableContent.getShareableContentWithCompletionHandler_,
                               "looking for the screen to capture the sound of")
        self._app = None if app is None else app[1]
        if error is not None or content is None or not content.displays():
            raise _refused(error, "to list what can be captured", self._app)
        display = content.displays()[0]
        if app is None:
            content_filter = sck.SCContentFilter.alloc().initWithDisplay_excludingWindows_(display, [])
        else:
            bundle, name = app
            running = next((a for a in content.applications() or [] if str(a.bundleIdentifier()) == bundle), None)
            if running is None:
                raise AudioDeviceError(app_missing_sentence(name))
            content_filter = sck.SCContentFilter.alloc().initWithDisplay_includingApplications_exceptingWindows_(
                display, [running], [])
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
            raise AudioDeviceError(translate("Audio", "macOS refused to deliver the system's sound; restart "
                                                      "Translator and try again."))

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
            raise _refused(error, "to capture the sound", self._app)
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
        def __init__(self, device: AudioDevice, app: tuple[str, str] | None, **kwargs: Any) -> None:
            self._app = app
            super().__init__(device, **kwargs)

        def _open(self, stream_type: Any, callback: Callable[..., None], blocksize: int,
                  latency: float | str) -> None:
            frameworks = _frameworks()
            if frameworks is None or not _new_enough():
                raise AudioDeviceError(translate(
                    "Audio", "“{device}” needs macOS 13 or newer; install BlackHole and choose “Sound from: "
                             "BlackHole” instead.").format(device=self._device.name))
            self._stream = _SystemStream(frameworks, callback, blocksize, self._finished, self._app)
            self._latency = self._stream.latency

    return _SystemAudioCapture


def SystemAudioCapture(label: str = LABEL, bundle_id: str | None = None, **kwargs: Any) -> Any:
    """A capture of everything the Mac plays but Translator, or (``bundle_id``) of that app alone (48 kHz
    stereo). ``label`` is "Sound from: <app>" for an app."""
    device = AudioDevice(-1, label, "ScreenCaptureKit", CHANNELS, 0, float(RATE), False, False)
    app = None if bundle_id is None else (bundle_id, label.removeprefix("Sound from: "))
    return _capture_class()(device, app, samplerate=RATE, channels=CHANNELS, **kwargs)
