"""Both directions at once, end to end: the meeting's sound translated into my language on my
headphones, my microphone translated into theirs on a virtual microphone — two realtime sessions
side by side, one transcript with Them and Me lines, each direction switched on and off alone."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from pytestqt.qtbot import QtBot

from tests.fakes.translation_server import FakeServerThread, tone
from tests.testbed import PulseBed
from tests.ui.conftest import MakeApp
from tests.ui.test_end_to_end import _sox, best_correlation, tone_level_db
from translator_gui.app import App
from translator_gui.meeting.engines import EngineRequest
from translator_gui.meeting.options import LaunchOptions
from translator_gui.realtime.engine import Engine, EventSink
from translator_gui.side import Side

pytestmark = [pytest.mark.audio]

THEIR_WORDS = ("And so, my fellow Americans, ask not what your country can do for you. ",
               "Und so, liebe Mitbürger, fragt nicht, was euer Land für euch tun kann. ")  # one caption long
MY_WORDS = ("Ich frage, was wir gemeinsam tun können. ", "I ask what we can do together. ")
THEIR_TONE_HZ, MY_TONE_HZ = 660.0, 880.0


@pytest.fixture(scope="module")
def voices(tmp_path_factory: pytest.TempPathFactory, jfk_flac: Path) -> dict[str, tuple[Path, np.ndarray]]:
    """Two different voices: the speech clip for them, the same clip reversed and 4 semitones higher
    for me, each as a device plays it and as the 24 kHz mono reference. (Reversed alone, the two
    still lined up to a correlation of 0.27–0.30 at some lag, against the 0.3 the cross-talk check
    allows; reversed and higher, 0.03–0.09.)"""
    folder = tmp_path_factory.mktemp("voices")
    out: dict[str, tuple[Path, np.ndarray]] = {}
    for name, effects in ((Side.THEM, []), (Side.ME, ["reverse", "pitch", "400"])):
        wav, ref = folder / f"{name}.wav", folder / f"{name}.raw"
        _sox(jfk_flac, "-r", "48000", "-c", "2", "-b", "16", wav, *effects)
        _sox(jfk_flac, "-r", "24000", "-c", "1", "-b", "16", "-e", "signed-integer", "-t", "raw", ref, *effects)
        out[name] = wav, np.frombuffer(ref.read_bytes(), dtype="<i2").astype(np.float64)
    return out


@pytest.fixture
def servers() -> Iterator[dict[str, FakeServerThread]]:
    with FakeServerThread() as them, FakeServerThread() as me:
        yield {Side.THEM: them, Side.ME: me}


@pytest.fixture
def meeting_sinks(pulse: PulseBed) -> Iterator[None]:
    """The meeting app's output and my headphones, as null sinks."""
    modules = [pulse.add_sink("meeting", "Meeting App"), pulse.add_sink("headphones", "Headphones")]
    yield
    for module in modules:
        pulse.remove_module(module)


OPTIONS = LaunchOptions(
    target="de", input_device="Sound from: Meeting App", output_device="Headphones",
    me_target="en", me_input_device="micfeed.monitor", me_output_device="virtualmic",
    directions=(Side.THEM, Side.ME),
)


def _route_to(app: App, servers: dict[str, FakeServerThread]) -> None:
    """Each direction talks to its own fake service (the real app sends both to one endpoint)."""
    def factory(request: EngineRequest, emit: EventSink) -> Engine:
        routed = replace(request, base_url=servers[request.side].base_url)
        return app.meeting.make_engine_for(routed, emit)

    app.meeting.engine_factory = factory


def _live(app: App, servers: dict[str, FakeServerThread], name: str) -> bool:
    row = app.window.them if name == Side.THEM else app.window.me
    return row.state.text().startswith("Live") and servers[name].check(lambda s: len(s.appends) > 0)


def _journal(folder: Path) -> list[dict[str, object]]:
    paths = sorted(folder.glob("*.jsonl"))
    assert len(paths) == 1, f"one transcript for the meeting, not {paths}"
    return [json.loads(line) for line in paths[0].read_text(encoding="utf-8").splitlines()]


# The servers and sinks are asked for before the app, so that the app is closed before they go.


def test_both_directions_side_by_side(
    servers: dict[str, FakeServerThread], meeting_sinks: None, make_app: MakeApp, pulse: PulseBed,
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    voices: dict[str, tuple[Path, np.ndarray]],
) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test")
    transcripts = tmp_path / "transcripts"
    app = make_app(replace(OPTIONS, transcript_dir=transcripts))
    _route_to(app, servers)
    app.meeting.spawn(app.meeting.start())
    # First audio from a fresh PulseAudio daemon can take a couple of seconds.
    qtbot.wait_until(lambda: _live(app, servers, Side.THEM) and _live(app, servers, Side.ME), timeout=20_000)
    assert servers[Side.THEM].snapshot().session_updates[0]["audio"]["output"]["language"] == "de"
    assert servers[Side.ME].snapshot().session_updates[0]["audio"]["output"]["language"] == "en"
    assert app.window.captions.live[Side.ME].who.isVisibleTo(app.window)  # two directions: lines say whose

    recordings = {Side.THEM: tmp_path / "headphones.raw", Side.ME: tmp_path / "virtualmic.raw"}
    recorders = [pulse.record("headphones.monitor", recordings[Side.THEM]),
                 pulse.record("virtualmic.monitor", recordings[Side.ME])]
    start = {name: len(server.snapshot().audio) for name, server in servers.items()}
    players = [pulse.play("meeting", voices[Side.THEM][0]), pulse.play("micfeed", voices[Side.ME][0])]
    servers[Side.THEM].say(*THEIR_WORDS, tone(1.0, THEIR_TONE_HZ), after_input_ms=3000)
    servers[Side.ME].say(*MY_WORDS, tone(1.0, MY_TONE_HZ), after_input_ms=3000)
    qtbot.wait_until(lambda: all(p.poll() is not None for p in players), timeout=30_000)
    assert [p.returncode for p in players] == [0, 0]

    # Captions: both lines on screen, labelled, and in one transcript on disk.
    qtbot.wait_until(lambda: len(app.window.captions.history.segments()) == 2, timeout=10_000)
    on_screen = {s.speaker: s.translation for s in app.window.captions.history.segments()}
    assert on_screen == {Side.THEM: THEIR_WORDS[1].strip(), Side.ME: MY_WORDS[1].strip()}
    lines = {line["speaker"]: line for line in _journal(transcripts)}
    assert lines[Side.THEM]["language"] == "de" and lines[Side.THEM]["translation"] == THEIR_WORDS[1].strip()
    assert lines[Side.ME]["language"] == "en" and lines[Side.ME]["source"] == MY_WORDS[0].strip()

    # Each session heard its own source and nothing of the other.
    for name, other in ((Side.THEM, Side.ME), (Side.ME, Side.THEM)):
        received = np.frombuffer(bytes(servers[name].snapshot().audio[start[name]:]), dtype="<i2").astype(np.float64)
        assert best_correlation(received, voices[name][1]) > 0.9, name
        assert abs(best_correlation(received, voices[other][1])) < 0.3, name

    # Each translation was played where it belongs: mine into the virtual microphone, theirs on my headphones.
    app.meeting.spawn(app.meeting.stop())
    qtbot.wait_until(lambda: not app.meeting.running, timeout=15_000)
    for recorder in recorders:
        recorder.terminate()
        recorder.wait(timeout=5)
    heard = {name: np.frombuffer(path.read_bytes(), dtype="<f4").astype(np.float64)
             for name, path in recordings.items()}
    assert tone_level_db(heard[Side.THEM], 24_000, THEIR_TONE_HZ) > -3
    assert tone_level_db(heard[Side.THEM], 24_000, MY_TONE_HZ) < -30
    assert tone_level_db(heard[Side.ME], 24_000, MY_TONE_HZ) > -3
    assert tone_level_db(heard[Side.ME], 24_000, THEIR_TONE_HZ) < -30
    assert app.window.status().startswith("Stopped. Transcript saved to")


def test_each_direction_switches_on_and_off_while_the_other_runs(
    servers: dict[str, FakeServerThread], meeting_sinks: None, make_app: MakeApp,
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test")
    app = make_app(replace(OPTIONS, transcript_dir=tmp_path / "transcripts"), show=False)
    _route_to(app, servers)
    app.meeting.spawn(app.meeting.start())
    qtbot.wait_until(lambda: _live(app, servers, Side.THEM) and _live(app, servers, Side.ME), timeout=20_000)

    # Me → them off: its session closes cleanly; Them → me goes on, on the same connection.
    app.window.me.switch.setChecked(False)
    qtbot.wait_until(lambda: not app.meeting.directions[Side.ME].running, timeout=15_000)
    assert servers[Side.ME].check(lambda s: len(s.received_of("session.close")) == 1 and s.connections_ended == 1)
    assert app.meeting.directions[Side.THEM].running and app.window.me.state.text() == "Off"
    appends = len(servers[Side.THEM].snapshot().appends)
    qtbot.wait_until(lambda: len(servers[Side.THEM].snapshot().appends) > appends + 10, timeout=5_000)
    assert not app.settings.direction(Side.ME).enabled  # remembered for the next Start

    # …and on again: a new session for me, the same one for them, the same transcript.
    app.window.me.switch.setChecked(True)
    qtbot.wait_until(
        lambda: _live(app, servers, Side.ME) and servers[Side.ME].check(lambda s: s.connections_opened == 2),
        timeout=20_000,
    )
    assert servers[Side.THEM].check(lambda s: s.connections_opened == 1 and s.connections_ended == 0)

    # Them → me off as well while Me → them runs; then Stop ends the meeting.
    app.window.them.switch.setChecked(False)
    qtbot.wait_until(lambda: not app.meeting.directions[Side.THEM].running, timeout=15_000)
    assert app.meeting.directions[Side.ME].running and app.window.running
    app.meeting.spawn(app.meeting.stop())
    qtbot.wait_until(lambda: not app.meeting.running, timeout=15_000)
    assert not app.window.running and app.window.start_button.text() == "Start"


def test_a_loop_across_the_two_directions_is_refused_with_the_fix(
    servers: dict[str, FakeServerThread], meeting_sinks: None, make_app: MakeApp,
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Listening to the virtual microphone that my own translated voice is played into would
    translate my translation back to me, forever."""
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test")
    options = replace(OPTIONS, input_device="virtualmic.monitor", transcript_dir=tmp_path / "transcripts")
    app = make_app(options, show=False)
    _route_to(app, servers)
    app.meeting.spawn(app.meeting.start())
    qtbot.wait_until(lambda: "the device Translator is listening to" in app.window.status(), timeout=5_000)
    assert "play the translation to headphones or another output" in app.window.status()
    assert not app.meeting.running
    # Nothing was opened: no session started on either side.
    assert all(server.check(lambda s: s.handshake_attempts == 0) for server in servers.values())

    # The same check while one direction already runs: switching the other on is refused.
    app.window.me.switch.setChecked(False)
    app.meeting.spawn(app.meeting.start())
    qtbot.wait_until(lambda: _live(app, servers, Side.THEM), timeout=20_000)
    app.window.me.switch.setChecked(True)
    qtbot.wait_until(lambda: "the device Translator is listening to" in app.window.status(), timeout=5_000)
    assert not app.meeting.directions[Side.ME].running and app.meeting.directions[Side.THEM].running
    assert servers[Side.ME].check(lambda s: s.handshake_attempts == 0)
