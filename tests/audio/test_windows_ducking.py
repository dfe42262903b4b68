"""Windows: the meeting lowered through each app's audio session volume on the output listened to,
with pycaw faked at its boundary (``AudioUtilities.GetAllDevices()``, each device's
``AudioSessionManager`` and its session enumerator, ``AudioSession`` with its ``SimpleAudioVolume``,
and comtypes' ``CoInitialize``): who is lowered, putting back at the
phrase's end and at Stop, a slider the person moved meanwhile, an app that restarted, and putting
back after a crash at the next start. Windows itself is not here; neither is macOS, where the
setting says it is not available."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import types
from collections.abc import Iterable, Iterator
from pathlib import Path

import numpy as np
import pytest

from translator_gui.audio import ducking, windows_ducking
from translator_gui.audio.ducking import HOLD_SECONDS, Ducking, unavailable_reason
from translator_gui.audio.sources import SoundDevice

REALTEK = "Speakers (Realtek(R) Audio)"
HEADSET = "Headset Earphone (USB Audio Device)"
SPEAKERS_ID = "{0.0.0.00000000}.{realtek}"
HEADSET_ID = "{0.0.0.00000000}.{headset}"
ACTIVE = 1  # DEVICE_STATE_ACTIVE
SOUND_FROM_SPEAKERS = SoundDevice("input", f"wasapi:{REALTEK}", f"Sound from: {REALTEK}", f"{REALTEK} [Loopback]",
                                  "wasapi", monitor_of=REALTEK, samplerate=48_000, channels=2)


class Volume:
    """ISimpleAudioVolume: a float32 level, as Windows keeps it."""

    def __init__(self, windows: FakeWindows, level: float) -> None:
        self._windows = windows
        self.level = float(np.float32(level))

    def GetMasterVolume(self) -> float:
        self._windows.called()
        return self.level

    def SetMasterVolume(self, level: float, context: object) -> None:
        self._windows.called()
        assert context is None and 0.0 <= level <= 1.0
        self.level = float(np.float32(level))


class Process:
    def __init__(self, name: str) -> None:
        self._name = name

    def name(self) -> str:
        return self._name


SESSION_CONTROL_2 = object()  # pycaw's IAudioSessionControl2 interface


class Session:
    """An IAudioSessionControl, and (faked as one) the pycaw ``AudioSession`` made of it."""

    def __init__(self, windows: FakeWindows, app: str, pid: int, level: float = 1.0, state: int = 1) -> None:
        self.ProcessId = pid
        self.Identifier = f"{{session}}|\\Device\\{app}%b{{00000000}}"  # the app on this output
        self.State = state
        self.DisplayName = "@%SystemRoot%\\System32\\AudioSrv.Dll,-202" if pid == 0 else ""
        self.Process = None if pid == 0 else Process(app)
        self.SimpleAudioVolume = Volume(windows, level)
        self.app = app

    def QueryInterface(self, interface: object) -> Session:
        assert interface is SESSION_CONTROL_2
        return self


class Enumerator:
    def __init__(self, windows: FakeWindows, sessions: list[Session]) -> None:
        self._windows = windows
        self._sessions = sessions

    def GetCount(self) -> int:
        self._windows.called()
        return len(self._sessions)

    def GetSession(self, i: int) -> Session:
        return self._sessions[i]


class Device:
    def __init__(self, windows: FakeWindows, endpoint: str, name: str, flow: int = 0) -> None:
        self._windows = windows
        self.id = endpoint
        self.FriendlyName = name
        self.flow = flow
        self.sessions: list[Session] = []

    @property
    def AudioSessionManager(self) -> Device:
        return self

    def GetSessionEnumerator(self) -> Enumerator:
        return Enumerator(self._windows, list(self.sessions))


class FakeWindows:
    """The audio service as pycaw shows it, with the threads that called it and their COM state."""

    def __init__(self) -> None:
        self.speakers = Device(self, SPEAKERS_ID, REALTEK)
        self.headset = Device(self, HEADSET_ID, HEADSET)
        self.microphone = Device(self, "{0.0.1.00000000}.{mic}", REALTEK, flow=1)  # a namesake input
        self.devices = [self.speakers, self.headset, self.microphone]
        self.com_on: dict[int, int] = {}
        self.callers: set[int] = set()
        self.hold = threading.Event()
        self.hold.set()

    def called(self) -> None:
        caller = threading.get_ident()
        assert self.com_on.get(caller, 0) > 0, "Windows' audio objects are called with COM on"
        self.callers.add(caller)
        self.hold.wait(10)

    def GetAllDevices(self, data_flow: int, device_state: int) -> list[Device]:
        self.called()
        assert device_state == ACTIVE
        return [d for d in self.devices if d.flow == data_flow]

    def CoInitialize(self) -> None:
        self.com_on[threading.get_ident()] = self.com_on.get(threading.get_ident(), 0) + 1

    def CoUninitialize(self) -> None:
        self.com_on[threading.get_ident()] -= 1

    def session(self, app: str, pid: int, level: float = 1.0, device: Device | None = None) -> Session:
        session = Session(self, app, pid, level)
        (device or self.speakers).sessions.append(session)
        return session

    def restart(self, old: Session, pid: int) -> Session:
        """The app quit and started again: a new session, at the volume Windows kept for it."""
        self.speakers.sessions.remove(old)
        new = Session(self, old.app, pid, old.SimpleAudioVolume.level)
        self.speakers.sessions.append(new)
        return new


@pytest.fixture
def windows(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeWindows]:
    fake = FakeWindows()
    caw = types.ModuleType("pycaw.pycaw")
    caw.AudioUtilities = fake  # type: ignore[attr-defined]
    caw.EDataFlow = types.SimpleNamespace(eRender=types.SimpleNamespace(value=0))  # type: ignore[attr-defined]
    caw.DEVICE_STATE = types.SimpleNamespace(ACTIVE=types.SimpleNamespace(value=ACTIVE))  # type: ignore[attr-defined]
    caw.IAudioSessionControl2 = SESSION_CONTROL_2  # type: ignore[attr-defined]
    caw.AudioSession = lambda control: control  # type: ignore[attr-defined]
    package = types.ModuleType("pycaw")
    package.pycaw = caw  # type: ignore[attr-defined]
    comtypes = types.SimpleNamespace(CoInitialize=fake.CoInitialize, CoUninitialize=fake.CoUninitialize)
    monkeypatch.setitem(sys.modules, "pycaw", package)
    monkeypatch.setitem(sys.modules, "pycaw.pycaw", caw)
    monkeypatch.setitem(sys.modules, "comtypes", comtypes)
    yield fake
    fake.hold.set()


def levels(*sessions: Session) -> list[float]:
    return [round(s.SimpleAudioVolume.level, 4) for s in sessions]


def test_every_app_on_the_output_is_lowered_during_a_phrase_and_put_back_after(windows: FakeWindows,
                                                                               tmp_path: Path) -> None:
    teams = windows.session("ms-teams.exe", 4100)
    spotify = windows.session("Spotify.exe", 4200, level=0.5)
    own = windows.session("translator-gui.exe", os.getpid())
    system_sounds = windows.session("System Sounds", 0)
    on_headset = windows.session("chrome.exe", 4300, device=windows.headset)
    state = tmp_path / "ducking.json"
    duck = Ducking(SOUND_FROM_SPEAKERS, -20.0, state, platform="win32")
    duck.update(True, 0.0)
    assert duck.settle()
    assert levels(teams, spotify) == [0.1, 0.05], "−20 dB of each app's own level"
    assert levels(own, system_sounds, on_headset) == [1.0, 1.0, 1.0], "not Translator, not Windows, not elsewhere"
    saved = json.loads(state.read_text(encoding="utf-8"))
    assert saved["system"] == "windows" and saved["owner"] == os.getpid()
    assert [(e["app"], e["volume"]) for e in saved["sessions"]] == [("ms-teams.exe", 1.0), ("Spotify.exe", 0.5)]
    duck.update(False, 1.0)  # a pause between words: still lowered
    duck.update(False, 1.0 + HOLD_SECONDS / 2)
    assert duck.settle() and levels(teams) == [0.1] and duck.ducked
    duck.update(False, 1.0 + HOLD_SECONDS + 0.01)
    assert duck.settle()
    assert levels(teams, spotify) == [1.0, 0.5] and not state.exists() and duck.error is None
    assert threading.get_ident() not in windows.callers, "the caller's thread never waits for Windows"


def test_the_caller_is_not_held_while_windows_does_not_answer(windows: FakeWindows, tmp_path: Path) -> None:
    teams = windows.session("ms-teams.exe", 4100)
    duck = Ducking(SOUND_FROM_SPEAKERS, -10.0, tmp_path / "ducking.json", platform="win32")
    windows.hold.clear()  # the audio service is stuck
    duck.update(True, 0.0)
    duck.update(True, 0.05)
    assert not duck.settle(0.2) and duck.ducked, "asked for, still being done"
    windows.hold.set()
    assert duck.settle()
    assert levels(teams) == [round(10 ** (-10 / 20), 4)]
    duck.restore()  # Stop
    assert duck.settle() and levels(teams) == [1.0]


def test_a_slider_the_person_moved_meanwhile_stays_where_they_put_it(windows: FakeWindows, tmp_path: Path) -> None:
    teams = windows.session("ms-teams.exe", 4100)
    spotify = windows.session("Spotify.exe", 4200)
    duck = Ducking(SOUND_FROM_SPEAKERS, -20.0, tmp_path / "ducking.json", platform="win32")
    duck.update(True, 0.0)
    assert duck.settle()
    spotify.SimpleAudioVolume.level = 0.3  # the person, in the Volume Mixer
    duck.restore()
    assert duck.settle() and levels(teams, spotify) == [1.0, 0.3]


def test_an_app_that_restarted_while_lowered_is_put_back(windows: FakeWindows, tmp_path: Path) -> None:
    teams = windows.session("ms-teams.exe", 4100)
    duck = Ducking(SOUND_FROM_SPEAKERS, -20.0, tmp_path / "ducking.json", platform="win32")
    duck.update(True, 0.0)
    assert duck.settle()
    again = windows.restart(teams, 5100)
    assert levels(again) == [0.1], "Windows kept the lowered volume for the app"
    duck.restore()
    assert duck.settle() and levels(again) == [1.0]


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait(timeout=10)
    return child.pid


def _as_if_crashed(state: Path) -> dict[str, object]:
    """The run that wrote ``state`` is gone without putting anything back; the record, as saved."""
    saved: dict[str, object] = {**json.loads(state.read_text(encoding="utf-8")), "owner": _dead_pid()}
    state.write_text(json.dumps(saved), encoding="utf-8")
    return saved


def test_a_crashed_run_s_lowering_is_put_back_at_the_next_start_even_for_an_app_run_later(
    windows: FakeWindows, tmp_path: Path
) -> None:
    teams = windows.session("ms-teams.exe", 4100)
    zoom = windows.session("Zoom.exe", 4400, level=0.8)
    state = tmp_path / "ducking.json"
    duck = Ducking(SOUND_FROM_SPEAKERS, -20.0, state, platform="win32")
    duck.update(True, 0.0)
    assert duck.settle() and levels(teams, zoom) == [0.1, 0.08]
    assert ducking.restore_left_behind(state) == 0, "a running Translator puts them back itself"
    # The run crashes with the meeting lowered; Zoom is quit before the next start.
    _as_if_crashed(state)
    windows.speakers.sessions.remove(zoom)
    assert ducking.restore_left_behind(state) == 1
    assert levels(teams) == [1.0]
    assert [e["app"] for e in json.loads(state.read_text(encoding="utf-8"))["sessions"]] == ["Zoom.exe"], \
        "kept for when Zoom runs again"
    # A later start, with Zoom running again at the volume Windows kept for it.
    zoom_again = Session(windows, "Zoom.exe", 6400, zoom.SimpleAudioVolume.level)
    windows.speakers.sessions.append(zoom_again)
    assert ducking.restore_left_behind(state) == 1
    assert levels(zoom_again) == [0.8] and not state.exists()
    assert threading.get_ident() not in windows.callers, "the start's own thread never waits for Windows"


def test_nothing_is_lowered_for_a_microphone_or_an_output_windows_does_not_list(windows: FakeWindows,
                                                                                tmp_path: Path) -> None:
    teams = windows.session("ms-teams.exe", 4100)
    state = tmp_path / "ducking.json"
    microphone = SoundDevice("input", "portaudio:Microphone", "Microphone", "Microphone", "portaudio")
    gone = SoundDevice("input", "wasapi:USB Speaker", "Sound from: USB Speaker", "USB Speaker [Loopback]", "wasapi",
                       monitor_of="USB Speaker")
    for source in (microphone, gone):
        duck = Ducking(source, -20.0, state, platform="win32")
        duck.update(True, 0.0)
        assert duck.settle() and not duck.ducked
    assert levels(teams) == [1.0] and not state.exists()


def test_macos_says_the_setting_is_not_available_and_lowers_nothing(tmp_path: Path) -> None:
    reason = unavailable_reason("darwin")
    assert reason is not None and "not available on macOS" in reason
    assert unavailable_reason("linux") is None
    system = SoundDevice("input", "macos:system", "Sound from: the whole system", "system", "macos-system")
    duck = Ducking(system, -20.0, tmp_path / "ducking.json", platform="darwin")
    duck.update(True, 0.0)
    assert duck.settle() and not duck.ducked and duck.error == reason
    assert not (tmp_path / "ducking.json").exists()


def test_windows_without_pycaw_says_so(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(windows_ducking, "_library", lambda: None)
    assert "pycaw" in (unavailable_reason("win32") or "")


def test_windows_with_pycaw_can_lower(windows: FakeWindows) -> None:
    assert unavailable_reason("win32") is None
    assert windows_ducking.to_level(0.5, -20.0) == pytest.approx(0.05)
    assert windows_ducking.to_level(1.0, 0.0) == 1.0


def test_a_state_file_from_before_windows_had_ducking_is_linux_s_and_an_unreadable_one_goes(tmp_path: Path) -> None:
    state = tmp_path / "ducking.json"
    state.write_text(json.dumps({"owner": 7, "streams": [{"index": 3, "app": "Firefox", "volumes": [1.0, 1.0]}]}),
                     encoding="utf-8")
    record = ducking._read(state)
    assert record is not None and record.owner == 7 and record.sessions == []
    assert [(e.index, e.app, e.volumes) for e in record.streams] == [(3, "Firefox", (1.0, 1.0))]
    state.write_text('{"system": "windows", "sessions": [{"app": "Teams"}]}', encoding="utf-8")
    assert ducking.restore_left_behind(state) == 0 and not state.exists()


def test_two_sessions_of_one_app_are_each_put_back_to_their_own_level(windows: FakeWindows, tmp_path: Path) -> None:
    call = windows.session("chrome.exe", 4500, level=0.9)
    ring = windows.session("chrome.exe", 4500, level=0.4)  # the same app on this output: one identifier
    duck = Ducking(SOUND_FROM_SPEAKERS, -20.0, tmp_path / "ducking.json", platform="win32")
    duck.update(True, 0.0)
    assert duck.settle() and levels(call, ring) == [0.09, 0.04]
    windows.speakers.sessions.reverse()  # listed in another order when put back
    duck.restore()
    assert duck.settle() and levels(call, ring) == [0.9, 0.4]


def test_the_start_after_a_crash_on_windows_puts_the_meeting_back(
    windows: FakeWindows, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """What the app runs at start (``recover_left_behind``) restores a crashed run's lowering on
    Windows too, and a Windows error there is logged, never raised."""
    from translator_gui.meeting import routes

    teams = windows.session("ms-teams.exe", 4100)
    state = tmp_path / "ducking.json"
    duck = Ducking(SOUND_FROM_SPEAKERS, -20.0, state, platform="win32")
    duck.update(True, 0.0)
    assert duck.settle() and levels(teams) == [0.1]
    saved = _as_if_crashed(state)  # the run crashed with the meeting lowered
    monkeypatch.setattr(sys, "platform", "win32")
    routes.recover_left_behind(state)
    assert levels(teams) == [1.0] and not state.exists()

    state.write_text(json.dumps(saved), encoding="utf-8")

    def refused(_state: Path) -> int:
        raise OSError("Windows refused")

    monkeypatch.setattr(ducking, "restore_left_behind", refused)
    routes.recover_left_behind(state)  # logged, not raised
    assert "Could not put back the volumes a previous run had lowered" in caplog.text


def test_a_restart_while_the_old_put_back_is_slow_leaves_the_meeting_at_its_level(
    windows: FakeWindows, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The direction restarts (another language) while the sound system is slow: the old ducking's
    put-back is made before the new one lowers, so the new one never takes the lowered level for the
    meeting's own and the meeting ends up where the person had it."""
    teams = windows.session("ms-teams.exe", 4100)
    state = tmp_path / "ducking.json"
    first = Ducking(SOUND_FROM_SPEAKERS, -20.0, state, platform="win32")
    first.update(True, 0.0)
    assert first.settle() and levels(teams) == [0.1]
    gate = threading.Event()
    put_back = windows_ducking.put_back

    def slow(lowered: Iterable[windows_ducking.LoweredSession]) -> tuple[int, list[windows_ducking.LoweredSession]]:
        gate.wait(10)
        return put_back(lowered)

    monkeypatch.setattr(windows_ducking, "put_back", slow)
    first.restore()  # the old session ends: its put-back waits for the slow sound system
    second = Ducking(SOUND_FROM_SPEAKERS, -20.0, state, platform="win32")
    second.update(True, 10.0)  # the new session's first phrase
    gate.set()
    assert first.settle(5) and second.settle(5)
    assert levels(teams) == [0.1], "lowered from where the person had it"
    second.restore()
    assert second.settle(5) and levels(teams) == [1.0] and not state.exists()


def test_a_crashed_run_s_record_survives_this_run_s_own_lowering(windows: FakeWindows, tmp_path: Path) -> None:
    """The start put Teams back but not Zoom (not running); this run then lowers Teams during a
    phrase: its record keeps Zoom, and the start after this run puts Zoom back once it runs."""
    teams = windows.session("ms-teams.exe", 4100)
    zoom = windows.session("Zoom.exe", 4400, level=0.8)
    state = tmp_path / "ducking.json"
    crashed = Ducking(SOUND_FROM_SPEAKERS, -20.0, state, platform="win32")
    crashed.update(True, 0.0)
    assert crashed.settle() and levels(teams, zoom) == [0.1, 0.08]
    _as_if_crashed(state)  # Zoom is quit before the next start
    windows.speakers.sessions.remove(zoom)
    assert ducking.restore_left_behind(state) == 1 and levels(teams) == [1.0]
    this_run = Ducking(SOUND_FROM_SPEAKERS, -20.0, state, platform="win32")
    this_run.update(True, 10.0)
    assert this_run.settle() and levels(teams) == [0.1]
    this_run.restore()
    assert this_run.settle() and levels(teams) == [1.0]
    _as_if_crashed(state)  # this run ends too; Zoom runs again, at the level Windows kept for it
    zoom_again = Session(windows, "Zoom.exe", 6400, zoom.SimpleAudioVolume.level)
    windows.speakers.sessions.append(zoom_again)
    assert ducking.restore_left_behind(state) == 1
    assert levels(zoom_again) == [0.8] and not state.exists()
