"""macOS "Sound from: the whole system" through ScreenCaptureKit, with the frameworks faked at
their boundary (ScreenCaptureKit's classes, CoreMedia's buffer functions): listing, the stream's
configuration, audio in, silence through a pause, and a refused permission in one sentence.
macOS itself is not here."""

from __future__ import annotations

import sys
import types
from typing import Any

import numpy as np
import pytest

from tests.audio.pumping import Drain, pump_until
from tests.audio.signals import peak_frequency, sine
from translator_gui.audio import macos_system_audio
from translator_gui.audio.devices import AudioDevice
from translator_gui.audio.errors import AudioDeviceError
from translator_gui.audio.macos_system_audio import LABEL, PERMISSION_SENTENCE
from translator_gui.audio.sources import find_sound_device, list_sound_devices, meeting_sound_guide, open_capture


class Error:
    def __init__(self, code: int) -> None:
        self._code = code

    def code(self) -> int:
        return self._code

    def __str__(self) -> str:
        return f"SCStreamError {self._code}"


class Fakes:
    def __init__(self) -> None:
        self.start_error: Error | None = None
        self.stream: Any = None
        self.config: Any = None


def _frameworks(fakes: Fakes) -> tuple[types.SimpleNamespace, types.SimpleNamespace]:
    class Content:
        def displays(self) -> list[str]:
            return ["display 1"]

    class SCShareableContent:
        @staticmethod
        def getShareableContentWithCompletionHandler_(handler: Any) -> None:
            handler(Content(), None)

    class SCContentFilter:
        @classmethod
        def alloc(cls) -> SCContentFilter:
            return cls()

        def initWithDisplay_excludingWindows_(self, display: str, windows: list[Any]) -> SCContentFilter:
            self.display = display
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
        assert str(refused.value) == PERMISSION_SENTENCE
    finally:
        capture.close()
