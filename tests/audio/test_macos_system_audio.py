"""macOS "Sound from: the whole system" and "Sound from: <app>" through ScreenCaptureKit, with the
frameworks faked at their boundary (ScreenCaptureKit's classes, CoreMedia's buffer functions, and
CoreGraphics' permission preflight): listing, the stream's configuration and content filter, audio
in, silence through a pause, and a refused permission in one sentence. macOS itself is not here."""

from __future__ import annotations

import os
import sys
import types
from typing import Any

import numpy as np
import pytest

from tests.audio.pumping import Drain, pump_until
from tests.audio.signals import peak_frequency, sine
from translator_gui.audio import macos_system_audio
from translator_gui.audio.devices import AudioDevice
from translator_gui.audio.errors import AudioDeviceError, DeviceNotFoundError
from translator_gui.audio.macos_system_audio import LABEL, permission_sentence
from translator_gui.audio.sources import find_sound_device, list_sound_devices, meeting_sound_guide, open_capture


class Error:
    def __init__(self, code: int) -> None:
        self._code = code

    def code(self) -> int:
        return self._code

    def __str__(self) -> str:
        return f"SCStreamError {self._code}"


class App:
    """SCRunningApplication."""

    def __init__(self, name: str, bundle: str, pid: int) -> None:
        self._name, self._bundle, self._pid = name, bundle, pid

    def applicationName(self) -> str:
        return self._name

    def bundleIdentifier(self) -> str:
        return self._bundle

    def processID(self) -> int:
        return self._pid


class Window:
    """SCWindow: its owner and its layer (0: an app's own window)."""

    def __init__(self, app: App | None, layer: int = 0) -> None:
        self._app, self._layer = app, layer

    def owningApplication(self) -> App | None:
        return self._app

    def windowLayer(self) -> int:
        return self._layer


ZOOM = App("zoom.us", "us.zoom.xos", 501)
SAFARI = App("Safari", "com.apple.Safari", 502)
DOCK = App("Dock", "com.apple.dock", 90)
OURS = App("Translator", "io.github.translator_gui.Translator", os.getpid())


class Fakes:
    def __init__(self) -> None:
        self.start_error: Error | None = None
        self.stream: Any = None
        self.config: Any = None
        self.filter: Any = None
        self.allowed = False  # Screen & System Audio Recording, as CGPreflightScreenCaptureAccess says
        self.apps = [ZOOM, SAFARI, DOCK, OURS]
        self.windows = [Window(SAFARI), Window(ZOOM), Window(ZOOM), Window(DOCK, layer=20), Window(OURS), Window(None)]
        self.listed_on_screen: list[tuple[bool, bool]] = []


def _frameworks(fakes: Fakes) -> tuple[types.SimpleNamespace, types.SimpleNamespace]:
    class Content:
        def displays(self) -> list[str]:
            return ["display 1"]

        def applications(self) -> list[App]:
            return list(fakes.apps)

        def windows(self) -> list[Window]:
            return list(fakes.windows)

    class SCShareableContent:
        @staticmethod
        def getShareableContentWithCompletionHandler_(handler: Any) -> None:
            handler(Content(), None)

        @staticmethod
        def getShareableContentExcludingDesktopWindows_onScreenWindowsOnly_completionHandler_(
            desktop: bool, on_screen: bool, handler: Any
        ) -> None:
            assert fakes.allowed, "listing without the permission would prompt the person"
            fakes.listed_on_screen.append((desktop, on_screen))
            handler(Content(), None)

    class SCContentFilter:
        @classmethod
        def alloc(cls) -> SCContentFilter:
            return cls()

        def initWithDisplay_excludingWindows_(self, display: str, windows: list[Any]) -> SCContentFilter:
            self.display = display
            self.apps: list[App] | None = None
            fakes.filter = self
            return self

        def initWithDisplay_includingApplications_exceptingWindows_(self, display: str, apps: list[App],
                                                                     windows: list[Any]) -> SCContentFilter:
            self.display = display
            self.apps = list(apps)
            fakes.filter = self
            return self

    class SCStreamConfiguration:
        @classmethod
        def alloc(cls) -> SCStreamConfiguration:
            return cls()

        def init(self) -> SCStreamConfiguration:
            self.values: dict[str, Any] = {}
            fakes.config = self
            return self

        def __getattr__(self, name: str) -> Any:
            if name.startswith("set") and name.endswith("_"):
                return lambda value: self.values.__setitem__(name[3:-1], value)
            raise AttributeError(name)

    class SCStream:
        @classmethod
        def alloc(cls) -> SCStream:
            return cls()

        def initWithFilter_configuration_delegate_(self, f: Any, config: Any, delegate: Any) -> SCStream:
            self.outputs: list[Any] = []
            self.capturing = False
            fakes.stream = self
            return self

        def addStreamOutput_type_sampleHandlerQueue_error_(self, output: Any, kind: int, queue: Any,
                                                           error: Any) -> tuple[bool, None]:
            self.outputs.append((output, kind))
            return True, None

        def startCaptureWithCompletionHandler_(self, handler: Any) -> None:
            self.capturing = fakes.start_error is None
            handler(fakes.start_error)

        def stopCaptureWithCompletionHandler_(self, handler: Any) -> None:
            self.capturing = False
            handler(None)

        def play(self, samples: np.ndarray, block: int = 1024) -> None:
            """What ScreenCaptureKit delivers while the Mac plays: planar float32 stereo buffers."""
            (output, kind), = self.outputs
            for start in range(0, len(samples), block):
                chunk = samples[start : start + block].astype(np.float32)
                output.stream_didOutputSampleBuffer_ofType_(self, np.concatenate([chunk, chunk]).tobytes(), kind)

    core_media = types.SimpleNamespace(
        CMSampleBufferGetDataBuffer=lambda buffer: buffer,
        CMBlockBufferGetDataLength=len,
        CMBlockBufferCopyDataBytes=lambda block, offset, length, out: (0, block[offset : offset + length]),
    )
    sck = types.SimpleNamespace(SCShareableContent=SCShareableContent, SCContentFilter=SCContentFilter,
                                SCStreamConfiguration=SCStreamConfiguration, SCStream=SCStream)
    return sck, core_media


@pytest.fixture
def fakes(monkeypatch: pytest.MonkeyPatch) -> Fakes:
    made = Fakes()
    sck, core_media = _frameworks(made)
    monkeypatch.setitem(sys.modules, "ScreenCaptureKit", sck)
    monkeypatch.setitem(sys.modules, "CoreMedia", core_media)
    monkeypatch.setattr(macos_system_audio, "_new_enough", lambda release=None: True)
    monkeypatch.setattr(macos_system_audio, "_screen_recording_allowed", lambda: made.allowed)
    devices = [AudioDevice(0, "MacBook Pro Microphone", "Core Audio", 1, 0, 48000.0, True, False),
               AudioDevice(1, "MacBook Pro Speakers", "Core Audio", 0, 2, 48000.0, False, True),
               AudioDevice(2, "BlackHole 2ch", "Core Audio", 2, 2, 48000.0, False, False)]
    monkeypatch.setattr("translator_gui.audio.sources.list_devices",
                        lambda kind: [d for d in devices if d.supports(kind)])
    return made


def test_the_whole_system_is_offered_on_macos_13_and_newer(fakes: Fakes) -> None:
    inputs = list_sound_devices("input", platform="darwin")
    assert [e.label for e in inputs] == ["MacBook Pro Microphone", "BlackHole 2ch", LABEL]
    assert inputs[-1].backend == "macos-system" and inputs[-1].captures_output
    assert meeting_sound_guide(inputs, platform="darwin") is None
    assert fakes.listed_on_screen == [], "no app is listed before the permission is given: asking would prompt"


def test_versions_before_13_are_not_offered() -> None:
    assert not macos_system_audio._new_enough("12.7.4")
    assert macos_system_audio._new_enough("13.0") and macos_system_audio._new_enough("14.2.1")
    assert not macos_system_audio._new_enough("")


def test_the_system_s_sound_arrives_and_a_pause_is_silence(fakes: Fakes) -> None:
    device = find_sound_device(LABEL, "input", list_sound_devices("input", platform="darwin"))
    capture = open_capture(device)
    assert fakes.config.values == {"CapturesAudio": True, "ExcludesCurrentProcessAudio": True,
                                   "SampleRate": 48_000, "ChannelCount": 2, "Width": 2, "Height": 2}
    drain = Drain(capture)
    try:
        capture.start()
        assert fakes.stream.capturing and capture.active
        fakes.stream.play(sine(500, 48_000, 0.5, 0.5))
        pump_until(lambda: len(drain.samples()) >= 12_000, 5.0, "the system's sound", drain)
        assert peak_frequency(drain.samples()[2_400:12_000], 24_000) == pytest.approx(500, abs=3)
        pump_until(lambda: len(drain.samples()) >= 24_000 * 1.5, 5.0, "silence through a pause", drain)
        assert np.abs(drain.samples()[18_000:]).max() < 1e-6
    finally:
        capture.close()
    assert not fakes.stream.capturing


def test_a_refused_permission_is_one_sentence(fakes: Fakes) -> None:
    fakes.start_error = Error(-3801)
    capture = open_capture(find_sound_device(LABEL, "input", list_sound_devices("input", platform="darwin")))
    try:
        with pytest.raises(AudioDeviceError) as refused:
            capture.start()
        assert str(refused.value) == permission_sentence()
    finally:
        capture.close()


def test_apps_with_a_window_of_their_own_are_offered_once_the_permission_is_given(fakes: Fakes) -> None:
    fakes.allowed = True
    inputs = list_sound_devices("input", platform="darwin")
    assert [e.label for e in inputs] == ["MacBook Pro Microphone", "BlackHole 2ch", LABEL, "Sound from: Safari",
                                         "Sound from: zoom.us"], "not the Dock, not Translator, each app once"
    assert fakes.listed_on_screen == [(True, False)], "minimised windows too: a minimised meeting stays listed"
    zoom = find_sound_device("zoom", "input", inputs)
    assert (zoom.key, zoom.system_name, zoom.backend, zoom.app) == ("macos:app:zoom.us", "us.zoom.xos",
                                                                    "macos-system", None)
    assert zoom.captures_output and meeting_sound_guide(inputs, platform="darwin") is None


def test_one_app_s_sound_is_captured_with_a_filter_of_that_app_alone(fakes: Fakes) -> None:
    fakes.allowed = True
    inputs = list_sound_devices("input", platform="darwin")
    capture = open_capture(find_sound_device("macos:app:zoom.us", "input", inputs))
    assert capture.device.name == "Sound from: zoom.us"
    assert fakes.filter.apps == [ZOOM] and fakes.filter.display == "display 1"
    assert fakes.config.values["CapturesAudio"] is True
    drain = Drain(capture)
    try:
        capture.start()
        fakes.stream.play(sine(700, 48_000, 0.5, 0.5))
        pump_until(lambda: len(drain.samples()) >= 12_000, 5.0, "the app's sound", drain)
        assert peak_frequency(drain.samples()[2_400:12_000], 24_000) == pytest.approx(700, abs=3)
    finally:
        capture.close()
    whole = open_capture(find_sound_device(LABEL, "input", list_sound_devices("input", platform="darwin")))
    whole.close()
    assert fakes.filter.apps is None, "the whole system: no app filter"


def test_a_refused_permission_for_an_app_is_one_sentence_naming_it(fakes: Fakes) -> None:
    fakes.allowed = True
    device = find_sound_device("macos:app:zoom.us", "input", list_sound_devices("input", platform="darwin"))
    fakes.start_error = Error(-3801)
    capture = open_capture(device)
    try:
        with pytest.raises(AudioDeviceError) as refused:
            capture.start()
        assert str(refused.value) == macos_system_audio.app_permission_sentence("zoom.us")
        assert "“zoom.us”" in str(refused.value) and "Screen & System Audio Recording" in str(refused.value)
    finally:
        capture.close()


def test_a_saved_app_that_is_not_listed_says_why(fakes: Fakes) -> None:
    with pytest.raises(DeviceNotFoundError) as not_allowed:
        find_sound_device("macos:app:zoom.us", "input", list_sound_devices("input", platform="darwin"))
    assert "Screen & System Audio Recording" in str(not_allowed.value)
    fakes.allowed = True
    fakes.windows = [Window(SAFARI)]  # zoom.us was quit
    with pytest.raises(DeviceNotFoundError) as quit_:
        find_sound_device("macos:app:zoom.us", "input", list_sound_devices("input", platform="darwin"))
    assert str(quit_.value) == macos_system_audio.app_missing_sentence("zoom.us") and "“zoom.us”" in str(quit_.value)


def test_an_app_that_quit_before_start_says_so(fakes: Fakes) -> None:
    fakes.allowed = True
    device = find_sound_device("macos:app:zoom.us", "input", list_sound_devices("input", platform="darwin"))
    fakes.apps = [SAFARI]
    with pytest.raises(AudioDeviceError) as gone:
        open_capture(device)
    assert "“zoom.us” is not running" in str(gone.value)


def test_nothing_is_listed_where_macos_is_not() -> None:
    assert macos_system_audio.running_apps() == [] or sys.platform == "darwin"
    assert not macos_system_audio._screen_recording_allowed() or sys.platform == "darwin"
