"""Devices appearing and disappearing, and streams whose device goes away mid-stream."""

from __future__ import annotations

import queue
import threading
import wave
from pathlib import Path
from typing import Any

import pytest

from tests.audio.pumping import Drain, pump_until
from tests.testbed import PulseBed
from translator_gui.audio.devices import Kind
from translator_gui.audio.sources import (
    SoundDevice,
    find_sound_device,
    list_sound_devices,
    open_capture,
    open_playback,
)
from translator_gui.audio.watcher import (
    DeviceChanges,
    DeviceWatcher,
    StreamGuard,
    diff_sound_devices,
    is_device_event,
)

A = SoundDevice("input", "k:a", "Mic A", "a", "pulse", is_default=True)
B = SoundDevice("input", "k:b", "Mic B", "b", "pulse")
OUT = SoundDevice("output", "k:o", "Speakers", "o", "pulse", is_default=True)


def test_diff_reports_added_removed_and_a_new_default() -> None:
    changes = diff_sound_devices([A, OUT], [B, OUT])
    assert changes.added == (B,) and changes.removed == (A,)
    assert changes.default_changed == ("input",)
    assert changes.inputs == (B,) and changes.outputs == (OUT,)
    assert not diff_sound_devices([A, B, OUT], [B, A, OUT])


def test_poll_calls_back_only_on_a_change() -> None:
    listing = {"input": [A], "output": [OUT]}
    seen: list[DeviceChanges] = []
    watcher = DeviceWatcher(seen.append, lister=lambda kind: list(listing[kind]))
    assert not watcher.poll() and seen == []
    listing["input"] = [A, B]
    assert watcher.poll().added == (B,)
    assert len(seen) == 1 and watcher.known == [A, B, OUT]


def test_guard_says_when_the_device_goes_and_comes_back() -> None:
    guard = StreamGuard(B)
    assert guard.update(diff_sound_devices([A, OUT], [A, B, OUT])) is None  # not lost yet: nothing to say
    lost = guard.update(diff_sound_devices([A, B, OUT], [A, OUT]))
    assert lost is not None and lost.what == "lost" and lost.fallback == A
    assert lost.sentence == ("“Mic B” went away (unplugged or closed); Translator is now listening to "
                             "“Mic A” — choose another input or plug it back in.")
    back = guard.update(diff_sound_devices([A, OUT], [A, B, OUT]))
    assert back is not None and back.what == "back"
    assert back.sentence == "“Mic B” is back; choose it to use it again."
    pa_out = SoundDevice("output", "portaudio:USB", "USB", "USB", "portaudio")
    gone = StreamGuard(pa_out).update(diff_sound_devices([pa_out, OUT], [OUT]))
    assert gone is not None and gone.fallback is None
    assert "translated speech stopped" in gone.sentence


def test_an_app_captured_alone_that_pauses_is_not_a_lost_device() -> None:
    app = SoundDevice("input", "pulse:app:Zoom", "Sound from: Zoom", "translator_app_zoom_1.monitor", "pulse",
                      app="Zoom")
    guard = StreamGuard(app)
    lost = guard.update(diff_sound_devices([A, app, OUT], [A, OUT]))
    assert lost is not None and lost.fallback is None, "nothing moved: no loop check, no new input"
    assert lost.sentence == ("“Sound from: Zoom” stopped playing; Translator goes on listening and hears it again "
                             "when it plays.")
    back = guard.update(diff_sound_devices([A, OUT], [A, app, OUT]))
    assert back is not None and back.sentence == "“Sound from: Zoom” plays again." and not guard.lost


def _collect(changes: queue.Queue[DeviceChanges], what: str, *labels: str) -> DeviceChanges:
    """Take changes from the watcher until all ``labels`` were ``added`` / ``removed``; merged."""
    merged: list[SoundDevice] = []
    while not set(labels) <= {e.label for e in merged}:
        change = changes.get(timeout=5)
        merged += getattr(change, what)
        latest = change
    fields: dict[str, Any] = {what: tuple(merged), "inputs": latest.inputs, "outputs": latest.outputs}
    return DeviceChanges(**fields)


@pytest.mark.audio
def test_a_sink_unplugged_mid_stream(pulse: PulseBed) -> None:
    changes: queue.Queue[DeviceChanges] = queue.Queue()
    watcher = DeviceWatcher(changes.put)
    assert watcher.start()
    module = None
    capture = playback = None
    try:
        module = pulse.add_sink("hotplug", "USB Headset")
        _collect(changes, "added", "USB Headset", "Sound from: USB Headset")
        source = find_sound_device("Sound from: USB Headset", "input")
        sink = find_sound_device("USB Headset", "output")
        capture, playback = open_capture(source), open_playback(sink)
        guards = [StreamGuard(source), StreamGuard(sink)]
        drain = Drain(capture)
        capture.start()
        playback.start()
        pump_until(lambda: bool(drain.chunks), 6.0, "the first captured audio", drain)

        pulse.remove_module(module)
        module = None
        gone = _collect(changes, "removed", "USB Headset", "Sound from: USB Headset")
        events = [g.update(gone) for g in guards]
        assert [e.what if e else None for e in events] == ["lost", "lost"]
        assert events[0] is not None and events[0].sentence == (
            "“Sound from: USB Headset” went away (unplugged or closed); Translator is now listening to "
            "“Sound from: Null Output (micfeed)” — choose another input or plug it back in.")
        assert events[1] is not None and "now plays on “Null Output (speaker)”" in events[1].sentence

        # PulseAudio moved both streams to its defaults: they keep running, nothing failed.
        before = len(drain.chunks)
        pump_until(lambda: len(drain.chunks) > before + 5, 3.0, "audio after the device went", drain)
        assert capture.active and playback.active
        assert capture.callback_error is None and playback.callback_error is None

        module = pulse.add_sink("hotplug", "USB Headset")
        back = _collect(changes, "added", "USB Headset")
        assert guards[1].update(back) is not None and guards[1].lost is False
    finally:
        watcher.stop()
        for stream in (capture, playback):
            if stream is not None:
                stream.close()
        if module is not None:
            pulse.remove_module(module)
    assert watcher.error is None


def test_only_device_and_default_events_are_device_events() -> None:
    assert is_device_event("sink", "new") and is_device_event("source", "remove")
    assert is_device_event("server", "change")  # a new default
    assert not is_device_event("sink", "change")  # its volume
    assert not is_device_event("sink_input", "new") and not is_device_event("source_output", "remove")


@pytest.mark.audio
def test_streams_starting_and_stopping_are_no_device_events(pulse: PulseBed, tmp_path: Path) -> None:
    """Every notification sound or browser tab starts a stream: that is no reason to list devices."""
    blip = tmp_path / "blip.wav"
    with wave.open(str(blip), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(48_000)
        out.writeframes(bytes(4_800))  # 50 ms of silence
    listings: list[Kind] = []

    def counting(kind: Kind) -> list[SoundDevice]:
        listings.append(kind)
        return list_sound_devices(kind)

    changes: queue.Queue[DeviceChanges] = queue.Queue()
    watcher = DeviceWatcher(changes.put, lister=counting)
    assert watcher.start()
    module = None
    try:
        at_start = len(listings)
        for _ in range(5):  # five short sounds, each a stream that starts and stops
            assert pulse.play("speaker", blip).wait(timeout=10) == 0
        module = pulse.add_sink("marker", "Marker Device")  # the server reports events in order
        _collect(changes, "added", "Marker Device")
        # Listings for the marker: one per event (a sink, its monitor), and what settles after it;
        # none for the ten stream events before them.
        first_for_marker = listings[at_start:]
        assert len(first_for_marker) <= 2 * 2, first_for_marker
    finally:
        watcher.stop()
        if module is not None:
            pulse.remove_module(module)
    assert watcher.error is None


@pytest.mark.audio
def test_the_watcher_says_when_the_sound_server_is_not_there(monkeypatch: pytest.MonkeyPatch,
                                                              tmp_path: Path) -> None:
    monkeypatch.setenv("PULSE_SERVER", f"unix:{tmp_path}/nothing-here")
    watcher = DeviceWatcher(lambda changes: None, lister=lambda kind: [])
    assert not watcher.start()
    assert watcher.error is not None and watcher.error.startswith("No PulseAudio or PipeWire sound server answered")
    watcher.stop()  # nothing to stop: no error


@pytest.mark.audio
def test_a_sound_server_that_goes_away_is_said_in_a_sentence(pulse: PulseBed, monkeypatch: pytest.MonkeyPatch) -> None:
    """A second, private server, stopped under the watcher (as when PipeWire restarts)."""
    other = PulseBed.start()
    try:
        for key, value in other.env.items():
            monkeypatch.setenv(key, value)
        lost = threading.Event()
        watcher = DeviceWatcher(lambda changes: None, on_lost=lost.set)
        assert watcher.start()
        other.stop()
        assert lost.wait(timeout=10), "told, so that devices are polled instead"
        assert watcher.error == "The sound server went away; devices are looked at again every few seconds."
        assert not watcher.start(), "nothing to follow until it is back"
        watcher.stop()
    finally:
        other.stop()
