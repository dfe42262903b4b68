"""Windows "Sound from: <output>" through WASAPI loopback, with PyAudioWPatch faked at its
boundary (``PyAudio()``, its device dictionaries, its stream and callback): listing, the
capture, and silence kept flowing while Windows delivers nothing. Windows itself is not here."""

from __future__ import annotations

import sys
import threading
import types
from collections.abc import Iterator
from typing import Any

import numpy as np
import pytest

from tests.audio.pumping import Drain, pump_until
from tests.audio.signals import peak_frequency, sine
from translator_gui.audio import windows_loopback
from translator_gui.audio.devices import AudioDevice
from translator_gui.audio.feedback import feedback_problem
from translator_gui.audio.sources import (
    SoundDevice,
    find_sound_device,
    list_sound_devices,
    meeting_sound_guide,
    open_capture,
    virtual_mic_guide,
)
from translator_gui.audio.windows_loopback import SILENT_AFTER_SECONDS, SilenceKeeper

REALTEK = "Speakers (Realtek(R) Audio)"
HEADSET = "Headset Earphone (USB Audio Device)"


class FakeStream:
    def __init__(self, callback: Any, channels: int) -> None:
        self.callback = callback
        self.channels = channels
        self.running = False
        self.closed = False

    def start_stream(self) -> None:
        self.running = True

    def stop_stream(self) -> None:
        self.running = False

    def close(self) -> None:
        self.closed = True

    def get_input_latency(self) -> float:
        return 0.02

    def play(self, samples: np.ndarray, block: int = 480) -> None:
        """What WASAPI does while something plays: blocks of interleaved float32 bytes."""
        frames = np.repeat(samples[:, None], self.channels, axis=1).astype(np.float32)
        for start in range(0, len(frames), block):
            chunk = frames[start : start + block]
            self.callback(chunk.tobytes(), len(chunk), {}, 0)


class FakePyAudio:
    streams: list[FakeStream] = []  # noqa: RUF012 (the test reads what was opened)

    def __init__(self) -> None:
        self.devices = [
            {"index": 0, "name": REALTEK, "maxInputChannels": 0, "defaultSampleRate": 48000.0},
            {"index": 1, "name": HEADSET, "maxInputChannels": 0, "defaultSampleRate": 44100.0},
            {"index": 7, "name": f"{REALTEK} [Loopback]", "maxInputChannels": 2, "defaultSampleRate": 48000.0,
             "isLoopbackDevice": True},
            {"index": 8, "name": f"{HEADSET} [Loopback]", "maxInputChannels": 2, "defaultSampleRate": 44100.0,
             "isLoopbackDevice": True},
        ]

    def get_host_api_info_by_type(self, kind: int) -> dict[str, Any]:
        assert kind == 13
        return {"defaultOutputDevice": 0}

    def get_device_info_by_index(self, index: int) -> dict[str, Any]:
        return next(d for d in self.devices if d["index"] == index)

    def get_loopback_device_info_generator(self) -> Iterator[dict[str, Any]]:
        yield from (dict(d) for d in self.devices if d.get("isLoopbackDevice"))

    def open(self, **kwargs: Any) -> FakeStream:
        assert kwargs["input"] is True and kwargs["format"] == 1 and kwargs["start"] is False
        assert kwargs["input_device_index"] in (7, 8)
        stream = FakeStream(kwargs["stream_callback"], kwargs["channels"])
        FakePyAudio.streams.append(stream)
        return stream

    def terminate(self) -> None:
        pass


@pytest.fixture
def wpatch(monkeypatch: pytest.MonkeyPatch) -> types.SimpleNamespace:
    module = types.SimpleNamespace(PyAudio=FakePyAudio, paWASAPI=13, paFloat32=1, paContinue=0)
    monkeypatch.setitem(sys.modules, "pyaudiowpatch", module)
    FakePyAudio.streams = []
    # PortAudio's own list as the sounddevice wheel has it: MME names, no loopback.
    devices = [AudioDevice(0, "Microphone (USB Audio Device)", "MME", 1, 0, 44100.0, True, False),
               AudioDevice(1, REALTEK, "MME", 0, 2, 44100.0, False, True),
               AudioDevice(2, "Headset Earphone (USB Audio Dev", "MME", 0, 2, 44100.0, False, False)]
    monkeypatch.setattr("translator_gui.audio.sources.list_devices",
                        lambda kind: [d for d in devices if d.supports(kind)])
    return module


def test_every_output_is_offered_as_sound_from(wpatch: types.SimpleNamespace) -> None:
    inputs = list_sound_devices("input", platform="win32")
    assert [e.label for e in inputs] == ["Microphone (USB Audio Device)", f"Sound from: {REALTEK}",
                                         f"Sound from: {HEADSET}"]
    realtek = find_sound_device("Realtek", "input", inputs)
    assert (realtek.backend, realtek.monitor_of, realtek.samplerate, realtek.channels) == ("wasapi", REALTEK, 48_000, 2)
    assert meeting_sound_guide(inputs, platform="win32") is None
    # The feedback guard knows the loopback of an output is that output, under MME's 31-character name too.
    outputs = list_sound_devices("output", platform="win32")
    headset_out = find_sound_device("Headset", "output", outputs)
    assert feedback_problem(find_sound_device(f"Sound from: {HEADSET}", "input", inputs), headset_out) is not None
    assert feedback_problem(realtek, headset_out) is None


def test_without_the_library_the_guide_explains_the_alternatives(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(windows_loopback, "_library", lambda: None)
    monkeypatch.setattr("translator_gui.audio.sources.list_devices", lambda kind: [])
    assert list_sound_devices("input", platform="win32") == []
    assert "Stereo Mix" in (meeting_sound_guide([], platform="win32") or "")


def test_virtual_microphone_drivers_are_found_by_name_or_explained_with_a_link() -> None:
    speakers = SoundDevice("output", "portaudio:Speakers", "Speakers", "Speakers", "portaudio")
    cable = SoundDevice("output", "portaudio:CABLE Input", "CABLE Input (VB-Audio Virtual Cable)",
                        "CABLE Input (VB-Audio Virtual Cable)", "portaudio")
    blackhole = SoundDevice("output", "portaudio:BlackHole 2ch", "BlackHole 2ch", "BlackHole 2ch", "portaudio")
    assert "https://vb-audio.com/Cable/" in (virtual_mic_guide([speakers], platform="win32") or "")
    assert virtual_mic_guide([speakers, cable], platform="win32") is None
    assert "https://existential.audio/blackhole/" in (virtual_mic_guide([speakers], platform="darwin") or "")
    assert virtual_mic_guide([speakers, blackhole], platform="darwin") is None
    assert virtual_mic_guide([speakers], platform="linux") is None  # Translator makes its own


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_silence_flows_while_windows_delivers_nothing() -> None:
    clock = Clock()
    received: list[np.ndarray] = []
    keeper = SilenceKeeper(lambda block, n, t, s: received.append(block.copy()), 48_000, 2, 480, clock)
    keeper.deliver(np.full((480, 2), 0.5, np.float32))
    clock.now += 0.01
    keeper.pass_on()
    assert [b.shape for b in received] == [(480, 2)] and float(received[0].max()) == 0.5
    # A callback merely late is not silence yet.
    clock.now += SILENT_AFTER_SECONDS / 2
    keeper.pass_on()
    assert len(received) == 1
    # Nothing plays for a second: a second of silence, in blocks, as time passes.
    for _ in range(100):
        clock.now += 0.01
        keeper.pass_on()
    silent = sum(len(b) for b in received[1:])
    assert 48_000 * (1.0 - SILENT_AFTER_SECONDS) - 480 <= silent <= 48_000 * 1.0 + 480
    assert all(not b.any() for b in received[1:]) and keeper.silent_frames == silent
    # Sound again: it is passed on, and no more silence is made up.
    keeper.deliver(np.full((480, 2), 0.25, np.float32))
    clock.now += 0.01
    keeper.pass_on()
    assert float(received[-1].max()) == 0.25
    clock.now += 0.01
    keeper.pass_on()
    assert float(received[-1].max()) == 0.25, "nothing added while sound flows"


def test_a_capture_on_a_loopback_keeps_delivering_through_silence(wpatch: types.SimpleNamespace) -> None:
    device = find_sound_device(f"Sound from: {REALTEK}", "input", list_sound_devices("input", platform="win32"))
    capture = open_capture(device)
    assert capture.device.name == f"Sound from: {REALTEK}" and capture.samplerate == 48_000
    (stream,) = FakePyAudio.streams
    drain = Drain(capture)
    try:
        capture.start()
        assert stream.running and capture.active
        player = threading.Thread(target=stream.play, args=(sine(440, 48_000, 0.5, 0.5),))
        player.start()
        player.join()
        pump_until(lambda: len(drain.samples()) >= 24_000 * 0.5, 5.0, "the tone", drain)
        tone = drain.samples()[: 12_000]
        assert peak_frequency(tone[2_400:], 24_000) == pytest.approx(440, abs=3)
        # Then nothing plays and WASAPI calls back no more: the session still gets audio, silent.
        pump_until(lambda: len(drain.samples()) >= 24_000 * 1.5, 5.0, "a second of silence", drain)
        assert np.abs(drain.samples()[24_000:]).max() < 1e-6
        assert capture.callback_error is None
    finally:
        capture.close()
    assert stream.closed and not stream.running
