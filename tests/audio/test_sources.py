"""Inputs and outputs by human name on a real PulseAudio server, and streams opened on them."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from tests.audio.pumping import Drain, pump_until
from tests.audio.signals import active_span, assert_captured_tone, peak_frequency, sine, write_wav
from tests.testbed import PulseBed
from translator_gui.audio.devices import AudioDevice
from translator_gui.audio.errors import DeviceNotFoundError
from translator_gui.audio.pulse import PulseUnavailable
from translator_gui.audio.resample import to_pcm16
from translator_gui.audio.sources import (
    SoundDevice,
    find_sound_device,
    list_sound_devices,
    meeting_sound_guide,
    open_capture,
    open_playback,
    pulse_sound_devices,
)

FIRST_AUDIO_TIMEOUT = 6.0
AMPLITUDE = 0.5


@pytest.fixture
def sink(pulse: PulseBed, request: pytest.FixtureRequest) -> Iterator[str]:
    """A null sink named after the test, described by the (indirect) parameter."""
    description = str(request.param)
    name = "t_" + request.node.name.split("[")[0][-20:]
    module = pulse.add_sink(name, description)
    try:
        # A new null sink runs at 44.1 kHz until its keep-alive stream (48 kHz) connects: wait, so
        # that two listings in a test see one rate.
        pump_until(lambda: any(e.system_name == name and e.samplerate == 48_000
                               for e in list_sound_devices("output")), 5.0, "the sink to settle at 48 kHz")
        yield name
    finally:
        pulse.remove_module(module)


@pytest.mark.audio
@pytest.mark.parametrize("sink", ["Built-in speakers"], indirect=True)
def test_lists_sources_and_sinks_by_description_with_defaults(sink: str) -> None:
    outputs = list_sound_devices("output")
    inputs = list_sound_devices("input")
    ours = next(e for e in outputs if e.system_name == sink)
    assert ours.label == "Built-in speakers"
    assert ours.key == f"pulse:sink:{sink}"
    assert ours.kind == "output" and ours.backend == "pulse" and not ours.is_default
    assert ours.samplerate == 48_000 and ours.channels == 2
    monitor = next(e for e in inputs if e.monitor_of == sink)
    assert monitor.label == "Sound from: Built-in speakers"
    assert monitor.system_name == f"{sink}.monitor" and monitor.captures_output
    # The test bed's defaults: the speaker sink, and the monitor of micfeed; three null sinks
    # share the description "Null Output", so their labels name the sink too.
    assert [e.label for e in outputs if e.is_default] == ["Null Output (speaker)"]
    assert [e.label for e in inputs if e.is_default] == ["Sound from: Null Output (micfeed)"]
    assert len({e.label for e in inputs}) == len(inputs), "every label names one input"
    assert all(e.label.startswith("Sound from: ") for e in inputs)  # a null sink has no real source

    assert find_sound_device("Built-in", "input") == monitor
    assert find_sound_device("built-in speakers", "input") == monitor
    assert find_sound_device("Built-in", "output") == ours
    assert find_sound_device(monitor.key, "input") == monitor
    assert find_sound_device(None, "output").system_name == "speaker"
    assert find_sound_device("", "input").system_name == "micfeed.monitor"
    assert find_sound_device("speaker", "output").system_name == "speaker", "exact name beats partial"
    assert find_sound_device("pulse", "output").system_name == "speaker", "an old saved name: the default"
    by_index = find_sound_device("0", "input")  # a PortAudio index from the command line
    assert (by_index.backend, by_index.label, by_index.key) == ("portaudio", "pulse", "portaudio:pulse")
    with pytest.raises(DeviceNotFoundError) as caught:
        find_sound_device("Bluetooth", "input")
    assert str(caught.value).startswith("No input matches “Bluetooth”. Available: “Sound from: ")
    assert "“Sound from: Built-in speakers”" in str(caught.value)
    with pytest.raises(DeviceNotFoundError) as caught:  # an app chosen earlier that plays nothing now
        find_sound_device("pulse:app:Meeting App", "input")
    assert str(caught.value).startswith("“Meeting App” is not playing sound now: start its sound")
    assert "pulse:app:" not in str(caught.value)
    assert meeting_sound_guide(inputs) is None


@pytest.mark.audio
@pytest.mark.parametrize("sink", ["Meeting Speakers"], indirect=True)
def test_captures_the_tone_played_into_a_sink_from_sound_from_its_description(
    pulse: PulseBed, sink: str, tmp_path: Path
) -> None:
    wav = tmp_path / "a1k.wav"
    write_wav(wav, sine(1000, 48_000, 0.6, AMPLITUDE), 48_000, channels=2)
    device = find_sound_device("Sound from: Meeting Speakers", "input")
    capture = open_capture(device)
    assert "PULSE_SOURCE" not in os.environ, "the routing is only set for the open"
    assert capture.device.name == "Sound from: Meeting Speakers"
    # the device's own rate, and mono: the sound server mixes the stereo monitor down
    assert (capture.samplerate, capture.channels) == (device.samplerate, 1)
    drain = Drain(capture)
    try:
        capture.start()
        pump_until(lambda: bool(drain.chunks), FIRST_AUDIO_TIMEOUT, "the first captured audio", drain)
        player = pulse.play(sink, wav)
        assert player.wait(timeout=15) == 0
        pump_until(lambda: active_span_or_none(drain.samples()) is not None
                   and capture.meter.dbfs() < -60, 5.0, "the tone and the silence after it", drain)
        assert capture.callback_error is None
    finally:
        capture.close()
    x = drain.samples()
    assert_captured_tone(x, 0.6, 1000, AMPLITUDE)


def active_span_or_none(x: np.ndarray) -> tuple[int, int] | None:
    loud = np.flatnonzero(np.abs(x) > AMPLITUDE / 5)
    if loud.size == 0 or loud[-1] + 2400 > x.size:  # the tone must be over
        return None
    return int(loud[0]), int(loud[-1]) + 1


@pytest.mark.audio
@pytest.mark.parametrize("sink", ["Virtual Cable"], indirect=True)
def test_playback_into_a_sink_by_name_is_heard_on_its_monitor(sink: str) -> None:
    playback = open_playback(find_sound_device("Virtual Cable", "output"), prefill_ms=40)
    capture = open_capture(find_sound_device("Sound from: Virtual Cable", "input"))
    assert "PULSE_SINK" not in os.environ
    assert playback.device.name == "Virtual Cable"
    drain = Drain(capture)
    try:
        capture.start()
        playback.start()
        pump_until(lambda: bool(drain.chunks), FIRST_AUDIO_TIMEOUT, "the first captured audio", drain)
        playback.push_pcm16(to_pcm16(sine(600, 24_000, 0.6, AMPLITUDE)))
        playback.mark_end()
        pump_until(lambda: active_span_or_none(drain.samples()) is not None, 5.0, "the played tone", drain)
        assert playback.underruns == 0 and playback.callback_error is None
    finally:
        playback.close()
        capture.close()
    x = drain.samples()
    begin, end = active_span(x, AMPLITUDE / 5)
    assert (end - begin) / 24_000 == pytest.approx(0.6, abs=0.03)
    assert peak_frequency(x[begin + 1200 : end - 1200], 24_000) == pytest.approx(600, abs=2)


def test_a_sound_device_of_the_wrong_kind_is_refused() -> None:
    output = SoundDevice("output", "pulse:sink:x", "X", "x", "pulse")
    with pytest.raises(ValueError, match="is an output, not an input"):
        open_capture(output)


# -- other platforms, from made-up PortAudio device lists ---------------------------------------------


def _devices(monkeypatch: pytest.MonkeyPatch, names: list[tuple[str, int, int]], default_in: int = 0) -> None:
    devices = [AudioDevice(i, n, "Fake", ins, outs, 48_000.0, i == default_in, False)
               for i, (n, ins, outs) in enumerate(names)]
    monkeypatch.setattr("translator_gui.audio.sources.list_devices",
                        lambda kind: [d for d in devices if d.supports(kind)])


def test_windows_wasapi_loopback_inputs_are_offered_as_sound_from(monkeypatch: pytest.MonkeyPatch) -> None:
    _devices(monkeypatch, [("Microphone (USB)", 1, 0), ("Speakers (Realtek(R) Audio)", 0, 2),
                           ("Speakers (Realtek(R) Audio) [Loopback]", 2, 0)])
    inputs = list_sound_devices("input", platform="win32")
    assert [e.label for e in inputs] == ["Microphone (USB)", "Sound from: Speakers (Realtek(R) Audio)"]
    assert inputs[1].monitor_of == "Speakers (Realtek(R) Audio)"
    assert inputs[0].is_default and inputs[0].key == "portaudio:Microphone (USB)"
    assert find_sound_device("Realtek", "input", inputs) == inputs[1]
    assert meeting_sound_guide(inputs, platform="win32") is None


def test_without_a_loopback_each_platform_explains_how_to_get_one(monkeypatch: pytest.MonkeyPatch) -> None:
    _devices(monkeypatch, [("MacBook Pro Microphone", 1, 0), ("MacBook Pro Speakers", 0, 2)])
    mac = list_sound_devices("input", platform="darwin")
    assert [e.label for e in mac] == ["MacBook Pro Microphone"]
    assert "install BlackHole" in (meeting_sound_guide(mac, platform="darwin") or "")
    assert "Stereo Mix" in (meeting_sound_guide(mac, platform="win32") or "")
    assert "PipeWire" in (meeting_sound_guide(mac, platform="linux") or "")
    _devices(monkeypatch, [("MacBook Pro Microphone", 1, 0), ("BlackHole 2ch", 2, 2)])
    mac = list_sound_devices("input", platform="darwin")
    assert [e.label for e in mac] == ["MacBook Pro Microphone", "Sound from: BlackHole 2ch"]
    assert mac[1].monitor_of == "BlackHole 2ch"
    assert meeting_sound_guide(mac, platform="darwin") is None


@pytest.mark.audio
@pytest.mark.parametrize("sink", ["Sandboxed Speakers"], indirect=True)
def test_listing_needs_no_pactl_program(sink: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Inside a Flatpak sandbox there is no pactl: the sound server is asked through its protocol."""
    monkeypatch.setenv("PATH", "")
    inputs, outputs = list_sound_devices("input"), list_sound_devices("output")
    assert find_sound_device("Sandboxed", "input", inputs).label == "Sound from: Sandboxed Speakers"
    assert find_sound_device("Sandboxed", "output", outputs).system_name == sink


@pytest.mark.audio
def test_each_device_has_the_rate_the_sound_server_runs_it_at(pulse: PulseBed) -> None:
    """The rate a capture or playback opens at, so that the server does not resample: the server's
    own, for every sink and source, monitors as well (a 32 kHz sink among the 48 kHz ones)."""
    module = int(pulse.pactl("load-module", "module-null-sink", "sink_name=t_slow", "rate=32000").strip())
    try:
        served = {}
        for kind in ("sinks", "sources"):
            for line in pulse.pactl("list", "short", kind).splitlines():
                name, spec = line.split("\t")[1], line.split("\t")[3]
                served[name] = int(spec.split()[-1].removesuffix("Hz"))
        assert served["t_slow"] == served["t_slow.monitor"] == 32_000
        listed = {e.system_name: e.samplerate for e in list_sound_devices("input") + list_sound_devices("output")
                  if e.system_name in served}
        assert listed == served
    finally:
        pulse.remove_module(module)


@pytest.mark.audio
def test_no_sound_server_is_said_in_a_sentence(pulse: PulseBed, monkeypatch: pytest.MonkeyPatch,
                                               tmp_path: Path) -> None:
    monkeypatch.setenv("PULSE_SERVER", f"unix:{tmp_path}/gone")
    with pytest.raises(PulseUnavailable, match=r"^No PulseAudio or PipeWire sound server answered; start one"):
        pulse_sound_devices("output")
    # The app then falls back to PortAudio's own list (the ALSA devices), which is never empty here.
    assert all(e.backend == "portaudio" for e in list_sound_devices("output"))
