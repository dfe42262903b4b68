"""Me → them into "Translator microphone": made by Start, carrying the translated speech as a
microphone the meeting app lists, removed by Stop, and removed at the next start after a crash."""

from __future__ import annotations

import asyncio
import subprocess
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from tests.audio.pumping import pump_until
from tests.audio.test_virtual_mic import _ours, best_correlation, killed_maker, loudness
from tests.fakes.translation_server import FakeServerThread
from tests.meeting.test_meeting import OPTIONS, WAIT, Seen, meeting_for, servers
from tests.testbed import PulseBed
from translator_gui.audio import pulse as pulse_protocol
from translator_gui.audio.playback import Playback
from translator_gui.audio.virtual_mic import DESCRIPTION, FEED_SINK, SOURCE
from translator_gui.meeting.engines import EngineRequest
from translator_gui.meeting.events import DevicesListed, DirectionRunning
from translator_gui.meeting.meeting import Meeting
from translator_gui.side import Side

pytestmark = [pytest.mark.audio, pytest.mark.asyncio]
__all__ = ["meeting_for", "servers"]  # fixtures

ME_ONLY = replace(OPTIONS, directions=(Side.ME,), me_output_device=DESCRIPTION)
MakeMeeting = Callable[..., tuple[Meeting, Seen, list[EngineRequest]]]


@pytest.fixture
def translation(tmp_path: Path, jfk_flac: Path) -> bytes:
    """Four seconds of speech as the service sends translated audio: 24 kHz mono PCM16."""
    raw = tmp_path / "said.raw"
    subprocess.run(["sox", str(jfk_flac), "-r", "24000", "-c", "1", "-b", "16", "-e", "signed-integer", "-t", "raw",
                    str(raw), "trim", "0", "4"], check=True, capture_output=True)
    return raw.read_bytes()


async def test_start_makes_it_the_translation_is_heard_on_it_and_stop_removes_it(
    meeting_for: MakeMeeting, servers: dict[Side, FakeServerThread], pulse: PulseBed, tmp_path: Path,
    translation: bytes,
) -> None:
    meeting, seen, _ = meeting_for(ME_ONLY)
    meeting.devices.list()
    listed = seen.of(DevicesListed)[-1]
    assert isinstance(listed, DevicesListed) and DESCRIPTION in [o.label for o in listed.outputs]
    assert _ours() == ([], [])
    await meeting.start()
    await seen.until(lambda: meeting.directions[Side.ME].running)
    assert _ours() == ([FEED_SINK], [SOURCE])
    route = meeting.directions[Side.ME].route
    assert route is not None and route.sink is not None and route.sink.is_virtual_mic
    pipeline = meeting.directions[Side.ME].pipeline
    assert pipeline is not None and isinstance(pipeline._sink, Playback)
    assert pipeline._sink.blocksize == pipeline._sink.samplerate // 50, "paced for a call: 20 ms blocks"
    recording = tmp_path / "meeting-app-mic.raw"
    recorder = pulse.record(SOURCE, recording)  # what the meeting app hears from its microphone
    try:
        assert await servers[Side.ME].wait_for(lambda s: len(s.appends) > 0, WAIT)
        servers[Side.ME].say("Ich beginne. ", "I will begin. ", translation, after_input_ms=1000)
        seconds = len(translation) / 2 / 24_000

        def heard() -> bool:
            size = recording.stat().st_size / 4 / 24_000
            if size < seconds + 1.5:
                return False
            x = np.frombuffer(recording.read_bytes(), dtype="<f4")
            return bool(np.abs(x).max() > 0.05) and float(np.abs(x[-12_000:]).max()) < 0.01

        await asyncio.to_thread(pump_until, heard, WAIT, "the translation on the virtual microphone")
    finally:
        recorder.terminate()
        recorder.wait(timeout=5)
    await meeting.stop()
    assert _ours() == ([], []), "Stop removes the virtual microphone"
    received = np.frombuffer(recording.read_bytes(), dtype="<f4").astype(np.float64)
    reference = np.frombuffer(translation, dtype="<i2").astype(np.float64)
    waveform = best_correlation(received, reference)
    correlation = best_correlation(loudness(received), loudness(reference))
    print(f"translated speech on “{DESCRIPTION}”: loudness correlation {correlation:.3f}, "
          f"waveform {waveform:.3f} (the player bends its rate)")
    assert correlation >= 0.9


async def test_quit_removes_it(meeting_for: MakeMeeting, servers: dict[Side, FakeServerThread]) -> None:
    meeting, seen, _ = meeting_for(ME_ONLY)
    await meeting.start()
    await seen.until(lambda: meeting.directions[Side.ME].running)
    assert _ours() == ([FEED_SINK], [SOURCE])
    await meeting.shutdown()
    assert _ours() == ([], [])
    assert [e.running for e in seen.of(DirectionRunning) if isinstance(e, DirectionRunning)] == [True, False]


async def test_the_next_start_removes_what_a_killed_run_left(meeting_for: MakeMeeting, pulse: PulseBed) -> None:
    await asyncio.to_thread(killed_maker, pulse)
    assert _ours() == ([FEED_SINK], [SOURCE])
    meeting, seen, _ = meeting_for(ME_ONLY)
    meeting.devices.list()  # what the app does first
    assert _ours() == ([], [])
    listed = seen.of(DevicesListed)[-1]
    assert isinstance(listed, DevicesListed)
    assert SOURCE not in [i.system_name for i in listed.inputs], "listed after the clean-up"


def _modules() -> tuple[int, ...]:
    with pulse_protocol.connected("test") as connection:
        return tuple(int(s.owner_module) for s in connection.source_list() if str(s.name) == SOURCE)


async def test_a_restart_within_the_meeting_keeps_it(meeting_for: MakeMeeting,
                                                     servers: dict[Side, FakeServerThread]) -> None:
    """A new session kind restarts Me → them; the meeting app must not see its microphone vanish."""
    meeting, seen, _ = meeting_for(ME_ONLY)
    await meeting.start()
    await seen.until(lambda: meeting.directions[Side.ME].running)
    before = _modules()
    assert len(before) == 1
    first = meeting.directions[Side.ME].pipeline
    await meeting._restart(meeting.directions[Side.ME])
    await seen.until(lambda: meeting.directions[Side.ME].pipeline not in (None, first))
    assert _modules() == before, "the same virtual microphone, never gone"
    assert meeting.directions[Side.ME].kept == []
    await meeting.stop()
    assert _ours() == ([], [])
