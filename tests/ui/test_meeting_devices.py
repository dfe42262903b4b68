"""Devices as a meeting user meets them: monitors by name, hot-plug, no feedback loops."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.audio.signals import sine, write_wav
from tests.audio.test_app_capture import play_as
from tests.testbed import PulseBed
from tests.ui.conftest import MakeApp
from translator_gui.audio import app_capture
from translator_gui.audio import pulse as pulse_protocol
from translator_gui.meeting.options import LaunchOptions


def _labels(app_picker: object) -> list[str]:
    return [app_picker.itemText(i) for i in range(app_picker.count())]  # type: ignore[attr-defined]


def test_a_headset_plugged_in_while_running_appears_without_restart(
    make_app: MakeApp, pulse: PulseBed, qtbot: QtBot
) -> None:
    app = make_app(show=False)
    assert not any("Hotplug Headset" in label for label in _labels(app.window.them.output_device))
    module = pulse.add_sink("hotplug", "Hotplug Headset")
    try:
        qtbot.wait_until(lambda: "Hotplug Headset" in _labels(app.window.them.output_device), timeout=10_000)
        assert "Sound from: Hotplug Headset" in _labels(app.window.them.input_device)
    finally:
        pulse.remove_module(module)
    qtbot.wait_until(lambda: "Hotplug Headset" not in _labels(app.window.them.output_device), timeout=10_000)


def test_translating_into_the_device_being_listened_to_is_refused_with_the_fix(
    make_app: MakeApp, pulse: PulseBed, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test")
    module = pulse.add_sink("meetingout", "Meeting Output")
    try:
        # Part of the name is enough, as on the command line.
        app = make_app(LaunchOptions(input_device="Sound from: Meeting", output_device="Meeting Output"))
        app.meeting.spawn(app.meeting.start())
        qtbot.wait_until(lambda: "Meeting Output" in app.window.status(), timeout=5_000)
        assert not app.meeting.running
        status = app.window.status()
        assert "the device Translator is listening to" in status
        assert "play the translation to headphones or another output" in status  # the fix
    finally:
        pulse.remove_module(module)


def test_a_first_run_listens_to_the_meeting_sound_with_captions_only(
    make_app: MakeApp, pulse: PulseBed
) -> None:
    """Nothing chosen yet: *Them → me* hears what the default output plays (not the microphone),
    and plays no speech there, where it would be heard again."""
    app = make_app(show=False)
    default_output = pulse.pactl("get-default-sink").strip()
    assert app.window.them.input_device.currentText().startswith("Sound from: ")
    chosen = app.window.them.input_device.device_name()
    assert chosen == f"pulse:source:{default_output}.monitor"
    assert not app.window.them.output_device.plays()
    assert app.window.me.input_device.device_name() is None  # my microphone: the system default


def test_choosing_another_input_on_a_first_run_keeps_captions_only(
    make_app: MakeApp, pulse: PulseBed, qtbot: QtBot
) -> None:
    """The first run showed *No speech — captions only*; picking another input, and the devices
    listed again afterwards, must not turn it into speech on the speakers."""
    app = make_app(show=False)
    picker = app.window.them.input_device
    assert not app.window.them.output_device.plays()
    other = next(i for i in range(picker.count()) if picker.itemData(i) not in (None, picker.device_name()))
    picker.setCurrentIndex(other)  # as a person picks it
    app.meeting.devices.list()  # a device change lists them again
    qtbot.wait_until(lambda: picker.currentIndex() == other)
    assert not app.window.them.output_device.plays()


def test_an_app_that_starts_playing_later_is_listed_when_the_list_opens(
    make_app: MakeApp, pulse: PulseBed, qtbot: QtBot, tmp_path: Path
) -> None:
    """Stream events do not list devices again (a notification sound would cost a listing), so an
    app that begins to play after launch is listed when the person opens the list, and by
    Settings → Refresh devices."""
    app = make_app(show=False)
    picker = app.window.them.input_device
    wav = tmp_path / "call.wav"
    write_wav(wav, sine(440, 48_000, 20.0, 0.2), 48_000, channels=2)
    player = play_as(pulse, "Late Meeting", wav)
    try:
        with pulse_protocol.connected("test") as connection:
            qtbot.wait_until(lambda: any(app_capture.app_name(s) == "Late Meeting"
                                         for s in connection.sink_input_list()), timeout=5_000)
        assert "Sound from: Late Meeting" not in _labels(picker)
        picker.showPopup()
        assert "Sound from: Late Meeting" in _labels(picker)
        picker.hidePopup()
    finally:
        player.kill()
        player.wait(timeout=5)
    app.window.refresh_devices_action.trigger()
    assert "Sound from: Late Meeting" not in _labels(picker)
