"""Linux: while a translated phrase plays, the meeting's sound is lowered by the chosen amount —
read back through the sound server's protocol — and put back when the phrase ends, when stopping,
and at the next start after a crash. The sound server is spoken to on the ducking's own thread
(``settle`` waits for it), so a server that stops answering holds nothing else."""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from tests.audio.pumping import pump_until
from tests.audio.signals import sine, write_wav
from tests.audio.test_app_capture import MEETING, MUSIC, play_as
from tests.audio.test_virtual_mic import ROOT
from tests.testbed import PulseBed
from translator_gui.audio import app_capture, ducking
from translator_gui.audio import pulse as pulse_protocol
from translator_gui.audio.ducking import HOLD_SECONDS, Ducking, volume_db
from translator_gui.audio.resample import to_pcm16
from translator_gui.audio.sources import SoundDevice, find_sound_device, open_playback

pytestmark = pytest.mark.audio


def levels() -> dict[str, float]:
    """Each stream's volume in dB, by app (a loopback by its media name), read from the server."""
    with pulse_protocol.connected("test") as connection:
        return {str(s.proplist.get("application.name") or s.proplist.get("media.name")):
                round(volume_db(float(np.mean(s.volume.values))), 2) for s in connection.sink_input_list()}


@pytest.fixture(scope="module")
def long_sound(tmp_path_factory: pytest.TempPathFactory) -> Path:
    wav = tmp_path_factory.mktemp("ducking") / "long.wav"
    write_wav(wav, sine(440, 48_000, 20.0, 0.2), 48_000, channels=2)
    return wav


@pytest.fixture
def apps(pulse: PulseBed, long_sound: Path) -> Iterator[None]:
    players = [play_as(pulse, MEETING, long_sound), play_as(pulse, MUSIC, long_sound)]
    try:
        pump_until(lambda: MEETING in levels() and MUSIC in levels(), 5.0, "both apps to play")
        yield
    finally:
        for player in players:
            player.kill()
            player.wait(timeout=5)


SPEAKER_SOUND = SoundDevice("input", "pulse:source:speaker.monitor", "Sound from: speaker", "speaker.monitor",
                            "pulse", monitor_of="speaker")


def test_an_output_s_apps_are_lowered_during_a_phrase_and_put_back_after(apps: None, tmp_path: Path) -> None:
    state = tmp_path / "ducking.json"
    duck = Ducking(SPEAKER_SOUND, -10.0, state)
    own = open_playback(find_sound_device("speaker", "output"))  # Translator's own stream on that output
    try:
        own.start()
        before = levels()
        assert before[MEETING] == before[MUSIC] == 0.0
        duck.update(True, 0.0)
        duck.settle()
        during = levels()
        print(f"ducked by −10 dB: read back {during[MEETING]:+.2f} dB / {during[MUSIC]:+.2f} dB")
        assert during[MEETING] == pytest.approx(-10.0, abs=0.1) and during[MUSIC] == pytest.approx(-10.0, abs=0.1)
        assert [v for k, v in during.items() if k not in (MEETING, MUSIC, "pacat")] == [0.0], "not our own"
        assert state.exists(), "the volumes to put back are on disk while lowered"
        duck.update(True, 1.0)
        duck.settle()
        duck.update(False, 1.1)  # a pause between words: still lowered
        duck.settle()
        assert levels()[MEETING] == pytest.approx(-10.0, abs=0.1)
        duck.update(False, 1.1 + HOLD_SECONDS / 2)
        duck.settle()
        assert levels()[MEETING] == pytest.approx(-10.0, abs=0.1)
        duck.update(False, 1.1 + HOLD_SECONDS + 0.01)
        duck.settle()
        assert levels()[MEETING] == 0.0 and levels()[MUSIC] == 0.0
        assert not state.exists() and duck.error is None
    finally:
        own.close()
        duck.restore()
        duck.settle()


def test_an_app_captured_alone_is_lowered_where_the_person_hears_it_not_where_it_is_captured(
    apps: None, tmp_path: Path
) -> None:
    diverted = app_capture.start(MEETING)
    try:
        source = SoundDevice("input", f"pulse:app:{MEETING}", f"Sound from: {MEETING}", diverted.monitor, "pulse",
                             app=MEETING)
        duck = Ducking(source, -20.0, tmp_path / "ducking.json")
        duck.update(True, 0.0)
        duck.settle()
        during = levels()
        loopback = f"{MEETING} (through Translator)"
        print(f"ducked by −20 dB: the loopback reads back {during[loopback]:+.2f} dB")
        assert during[loopback] == pytest.approx(-20.0, abs=0.1)
        assert during[MEETING] == 0.0, "the capture keeps its level"
        assert during[MUSIC] == 0.0, "another app is not the meeting"
        duck.restore()  # stopping puts it back
        duck.settle()
        assert levels()[loopback] == 0.0
    finally:
        app_capture.stop(diverted)


DUCKER = """
import sys
from pathlib import Path
from translator_gui.audio.ducking import Ducking
from translator_gui.audio.sources import SoundDevice
source = SoundDevice("input", "k", "Sound from: speaker", "speaker.monitor", "pulse", monitor_of="speaker")
duck = Ducking(source, -20.0, Path(sys.argv[1]))
duck.update(True, 0.0)
duck.settle()
print("ducked", flush=True)
sys.stdin.read()
"""


@contextlib.contextmanager
def crashing_ducker(pulse: PulseBed, state: Path) -> Iterator[None]:
    """A Translator process that lowered the meeting by 20 dB, killed (SIGKILL: no clean-up) when the block ends."""
    ducker = subprocess.Popen([sys.executable, "-c", DUCKER, str(state)], env={**os.environ, **pulse.env},
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, cwd=ROOT)
    try:
        assert ducker.stdout is not None and ducker.stdout.readline() == "ducked\n"
        yield
    finally:
        os.kill(ducker.pid, signal.SIGKILL)
        ducker.wait(timeout=5)


def test_a_crashed_run_s_lowering_is_put_back_at_the_next_start(apps: None, pulse: PulseBed, tmp_path: Path) -> None:
    state = tmp_path / "ducking.json"
    with crashing_ducker(pulse, state):
        assert ducking.restore_left_behind(state) == 0, "a running Translator puts them back itself"
    after_crash = levels()
    assert after_crash[MEETING] == pytest.approx(-20.0, abs=0.1), "the server keeps the lowered volume"
    # what the next start does: the meeting, the music, and whatever else plays on that output here
    assert ducking.restore_left_behind(state) >= 2
    print(f"after SIGKILL: {after_crash[MEETING]:+.2f} dB; after the next start: {levels()[MEETING]:+.2f} dB")
    assert levels()[MEETING] == 0.0 and levels()[MUSIC] == 0.0 and not state.exists()


def test_a_crashed_run_s_lowering_that_the_start_could_not_put_back_is_put_back_by_the_next_ducking(
    apps: None, pulse: PulseBed, tmp_path: Path
) -> None:
    """The sound server did not answer at start (the record stays): the next phrase's ducking puts the
    crashed run's volumes back before it reads what to lower, so it neither lowers twice nor keeps the
    crashed run's level as the one to return to."""
    state = tmp_path / "ducking.json"
    with crashing_ducker(pulse, state):
        pass
    assert levels()[MEETING] == pytest.approx(-20.0, abs=0.1) and state.exists()
    duck = Ducking(SPEAKER_SOUND, -10.0, state)
    try:
        duck.update(True, 0.0)
        duck.settle()
        during = levels()
        assert during[MEETING] == pytest.approx(-10.0, abs=0.1), "lowered from the meeting's own level, once"
        assert during[MUSIC] == pytest.approx(-10.0, abs=0.1)
    finally:
        duck.restore()
        duck.settle()
    print(f"crashed run's −20 dB, then a −10 dB phrase: {during[MEETING]:+.2f} dB; "
          f"after it: {levels()[MEETING]:+.2f} dB")
    assert levels()[MEETING] == 0.0 and levels()[MUSIC] == 0.0, "back to the level before the crashed run"
    assert not state.exists() and duck.error is None


@pytest.mark.asyncio
async def test_the_player_s_phrase_ducks_the_meeting_and_its_end_restores_it(apps: None, tmp_path: Path,
                                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """Through the meeting's own follower: the player's queued speech is what "a phrase plays" means."""
    from translator_gui.meeting import devices as meeting_devices
    from translator_gui.meeting.direction import Direction, Route
    from translator_gui.side import Side

    monkeypatch.setattr(meeting_devices, "data_dir", lambda: tmp_path)

    class Prefs:
        target_language = "de"
        enabled = True
        input_device: str | None = None
        output_device: str | None = None

    d = Direction(Side.THEM, Prefs())
    d.route = Route(SPEAKER_SOUND, None)
    choices = meeting_devices.DeviceChoices({Side.THEM: d}, None, lambda e: None,  # type: ignore[arg-type]
                                            lambda d, s: None, lambda: True)
    choices.ducking_db = -20.0
    player = open_playback(find_sound_device("virtualmic", "output"), prefill_ms=40)
    try:
        player.start()
        choices.duck(d, player)
        assert len(d.undo) == 1
        loop = asyncio.get_running_loop()
        quiet = loop.time()
        await asyncio.to_thread(pump_until, lambda: loop.time() - quiet > 0.3, 1.0, "a few follower rounds")
        assert levels()[MEETING] == 0.0, "nothing plays: nothing lowered"
        player.push_pcm16(to_pcm16(sine(600, 24_000, 1.0, 0.3)))
        player.mark_end()
        started = loop.time()
        await asyncio.to_thread(pump_until, lambda: levels()[MEETING] < -19.9, 3.0, "the meeting lowered")
        ducked_after = loop.time() - started
        await asyncio.to_thread(pump_until, lambda: levels()[MEETING] == 0.0, 5.0, "the meeting back")
        back_after = loop.time() - started
        print(f"ducked {ducked_after * 1000:.0f} ms after the phrase was queued, back {back_after:.2f} s after")
        assert back_after > 1.0 + HOLD_SECONDS - 0.2, "not before the phrase ended"
        player.push_pcm16(to_pcm16(sine(600, 24_000, 2.0, 0.3)))
        await asyncio.to_thread(pump_until, lambda: levels()[MEETING] < -19.9, 3.0, "lowered again")
        choices.ducking_db = 0.0  # switched off mid-phrase: back at once
        await asyncio.to_thread(pump_until, lambda: levels()[MEETING] == 0.0, 1.0, "back when switched off")
        choices.ducking_db = -10.0
        player.push_pcm16(to_pcm16(sine(600, 24_000, 2.0, 0.3)))
        await asyncio.to_thread(pump_until, lambda: levels()[MEETING] < -9.9, 3.0, "lowered by the new amount")
        assert levels()[MEETING] == pytest.approx(-10.0, abs=0.1)
        d.undo_arrangements()  # what Stop does
        await asyncio.to_thread(pump_until, lambda: levels()[MEETING] == 0.0, 1.0, "the meeting back at Stop")
    finally:
        player.close()


def test_a_phrase_with_nothing_to_lower_asks_the_sound_server_once(pulse: PulseBed, tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """Listening to a microphone: no meeting stream to lower, and the ducking's 50 ms cadence must
    not open a connection to the sound server at every tick of the phrase."""
    opened: list[str] = []
    real = pulse_protocol.connected

    def counting(name: str):  # type: ignore[no-untyped-def]
        opened.append(name)
        return real(name)

    monkeypatch.setattr(pulse_protocol, "connected", counting)
    microphone = SoundDevice("input", "pulse:source:micfeed", "Headset microphone", "micfeed", "pulse")
    duck = Ducking(microphone, -20.0, tmp_path / "ducking.json")
    for tick in range(20):  # one second of a phrase, then a pause, then the next phrase
        duck.update(True, tick * 0.05)
        duck.settle()
    duck.update(False, 1.0)
    duck.settle()
    duck.update(True, 1.05)
    duck.settle()
    assert opened == ["ducking", "ducking"] and not duck.ducked


def test_a_sound_server_that_stops_answering_holds_no_caller(apps: None, pulse: PulseBed, tmp_path: Path) -> None:
    """pulsectl waits for the server's answer: a server stopped (SIGSTOP) held each call as long as it
    was stopped. The calls are the ducking's own thread's: the event loop goes on, and they are made,
    in order, once the server answers again."""
    duck = Ducking(SPEAKER_SOUND, -20.0, tmp_path / "ducking.json")
    os.kill(pulse.daemon_pid, signal.SIGSTOP)
    try:
        started = time.monotonic()
        for tick in range(10):
            duck.update(True, tick * 0.05)
        took = time.monotonic() - started
        assert not duck.settle(0.5), "the server does not answer"
        assert duck.ducked, "being lowered"
    finally:
        os.kill(pulse.daemon_pid, signal.SIGCONT)
    print(f"ten updates while the server was stopped took {took * 1000:.1f} ms")
    assert took < 0.1
    assert duck.settle()
    assert levels()[MEETING] == pytest.approx(-20.0, abs=0.1)
    duck.restore()
    assert duck.settle() and levels()[MEETING] == 0.0


QUITTER = """
import sys
from pathlib import Path
from translator_gui.audio.ducking import Ducking
from translator_gui.audio.sources import SoundDevice
source = SoundDevice("input", "k", "Sound from: speaker", "speaker.monitor", "pulse", monitor_of="speaker")
duck = Ducking(source, -20.0, Path(sys.argv[1]))
duck.update(True, 0.0)
duck.settle()
print("ducked", flush=True)
sys.stdin.readline()
duck.restore()  # Stop, then quit at once: the putting back is still under way on the ducking's thread
"""


def test_quitting_right_after_stop_still_puts_the_meeting_back(apps: None, pulse: PulseBed, tmp_path: Path) -> None:
    state = tmp_path / "ducking.json"
    quitter = subprocess.Popen([sys.executable, "-c", QUITTER, str(state)], env={**os.environ, **pulse.env},
                               stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, cwd=ROOT)
    assert quitter.stdout is not None and quitter.stdin is not None
    assert quitter.stdout.readline() == "ducked\n"
    assert levels()[MEETING] == pytest.approx(-20.0, abs=0.1)
    quitter.stdin.write("stop\n")
    quitter.stdin.flush()
    assert quitter.wait(timeout=10) == 0
    assert levels()[MEETING] == 0.0 and not state.exists(), "waited for at exit"
