"""Captions with gpt-realtime-whisper and gpt-live-transcribe: no server turn detection (the service
refuses it), so the app commits the buffer itself, at pauses and at least every 20 s of speech; each
completed item ends a line, and a failed transcription is said while the captions go on."""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np
import pytest

from tests.fakes.realtime_server import FakeRealtimeServer
from tests.fakes.translation_server import tone
from tests.realtime.conftest import FAST_RECONNECT, WAIT, Recorder
from translator_gui.realtime.engine import LineEnd, ProblemKind, SessionState, TargetText
from translator_gui.realtime.modes import pauses
from translator_gui.realtime.modes.pauses import PauseCommitter
from translator_gui.realtime.modes.realtime_endpoint import SERVER_VAD
from translator_gui.realtime.modes.transcribe import TranscribeSession
from translator_gui.realtime.options import SessionOptions

QUIET = bytes(48_000)  # a second of silence


def spoken(seconds: float = 0.4) -> bytes:
    return tone(seconds).astype("<i2").tobytes()


def at_dbfs(level: float, seconds: float) -> bytes:
    """A tone whose RMS level is ``level`` dBFS."""
    amplitude = 10 ** (level / 20) * np.sqrt(2)
    return tone(seconds, amplitude=amplitude).astype("<i2").tobytes()


def options(realtime: FakeRealtimeServer, model: str) -> SessionOptions:
    return SessionOptions(api_key="sk-test", base_url=realtime.base_url, model=model, connect_timeout=WAIT,
                          reconnect=FAST_RECONNECT)  # fmt: skip


def feed(committer: PauseCommitter, pcm16: bytes, chunk: int = 960) -> list[float]:
    """Seconds into ``pcm16`` at which the committer said to commit."""
    out = []
    for offset in range(0, len(pcm16), chunk):
        if committer.feed(pcm16[offset : offset + chunk]):
            out.append((offset + chunk) / 48_000)
    return out


def test_a_pause_after_speech_commits() -> None:
    committer = PauseCommitter()
    times = feed(committer, spoken(1.0) + QUIET)
    assert len(times) == 1
    assert 1.0 + pauses.PAUSE_SECONDS - 0.05 <= times[0] <= 1.0 + pauses.PAUSE_SECONDS + 0.05


def test_short_gaps_and_levels_between_the_thresholds_do_not_end_speech() -> None:
    committer = PauseCommitter()
    gap = bytes(int(48_000 * 0.4))  # shorter than a pause
    between = at_dbfs((pauses.SPEECH_DBFS + pauses.QUIET_DBFS) / 2, 1.0)  # the hysteresis band
    assert feed(committer, spoken(1.0) + gap + spoken(1.0) + between) == []
    assert len(feed(committer, QUIET)) == 1


def test_long_speech_is_committed_at_least_every_20_s() -> None:
    committer = PauseCommitter()
    times = feed(committer, spoken(45.0), chunk=9_600)
    assert len(times) == 2
    assert times[0] == pytest.approx(pauses.MAX_SPEECH_SECONDS + 0.06, abs=0.3)  # speech is heard after 60 ms


def test_quiet_alone_is_committed_in_bounded_pieces() -> None:
    """Speech too soft for the detector still reaches the service, in items of at most 30 s."""
    committer = PauseCommitter()
    times = feed(committer, at_dbfs(-60.0, 65.0), chunk=9_600)
    assert times == pytest.approx([30.0, 60.0], abs=0.25)


@pytest.mark.asyncio
@pytest.mark.parametrize("model", ["gpt-realtime-whisper", "gpt-live-transcribe"])
async def test_models_without_vad_get_none_and_commits_from_the_app(
    realtime: FakeRealtimeServer, recorder: Recorder, model: str
) -> None:
    engine = TranscribeSession("en", recorder, options(realtime, model))
    await engine.start()
    assert engine.state is SessionState.LIVE, recorder.problems
    try:
        [update] = realtime.state.session_updates
        assert update["audio"]["input"]["turn_detection"] is None
        realtime.say("First line.")
        realtime.say("Second line.", after_input_ms=1_000)
        await engine.send_audio(spoken() + QUIET)
        # The line's words come in deltas; its end with the completed transcription after them.
        await recorder.wait_for(lambda r: r.text(TargetText) == "First line." and len(r.of(LineEnd)) >= 1)
        assert len(recorder.of(LineEnd)) == 1
        await engine.send_audio(spoken() + QUIET)
        await recorder.wait_for(lambda r: r.text(TargetText) == "First line. Second line.")
        assert len(realtime.state.received_of("input_audio_buffer.commit")) == 2
        assert realtime.state.invalid == [] and recorder.problems == []
    finally:
        await engine.stop(grace=WAIT)


@pytest.mark.asyncio
async def test_a_meeting_without_pauses_is_not_one_item(realtime: FakeRealtimeServer, recorder: Recorder) -> None:
    """45 s of speech without a pause: committed every 20 s, not only at Stop."""
    engine = TranscribeSession("en", recorder, options(realtime, "gpt-realtime-whisper"))
    await engine.start()
    try:
        speech = spoken(45.0)
        for offset in range(0, len(speech), 9_600):
            await engine.send_audio(speech[offset : offset + 9_600])
        assert await realtime.wait_for(lambda s: len(s.sent_of("input_audio_buffer.committed")) == 2, WAIT)
    finally:
        await engine.stop(grace=WAIT)
    assert len(realtime.state.received_of("input_audio_buffer.commit")) == 3  # and the rest at Stop
    assert realtime.state.sent_of("error") == []


@pytest.mark.asyncio
async def test_a_failed_transcription_is_said_and_the_captions_go_on(
    realtime: FakeRealtimeServer, recorder: Recorder
) -> None:
    engine = TranscribeSession("en", recorder, options(realtime, "gpt-realtime-whisper"))
    await engine.start()
    try:
        realtime.say("lost", fail="Audio could not be decoded.")
        realtime.say("Still here.", after_input_ms=1_000)
        await engine.send_audio(spoken() + QUIET)
        await recorder.wait_for(lambda r: bool(r.problems))
        [problem] = recorder.problems
        assert problem.kind is ProblemKind.SERVER and not problem.fatal
        assert "could not be transcribed" in problem.message and "Audio could not be decoded" in problem.message
        await engine.send_audio(spoken() + QUIET)
        await recorder.wait_for(lambda r: r.text(TargetText) == "Still here.")
        assert engine.state is SessionState.LIVE
    finally:
        await engine.stop(grace=WAIT)


class _VadForWhisper(TranscribeSession):
    """What the app used to send for every model but gpt-realtime-whisper."""

    def _session_config(self, target: str) -> Mapping[str, object]:
        config = dict(super()._session_config(target))
        config["audio"] = {"input": {**config["audio"]["input"], "turn_detection": SERVER_VAD}}  # type: ignore[index]
        return config


@pytest.mark.asyncio
@pytest.mark.parametrize("model", ["gpt-realtime-whisper", "gpt-live-transcribe"])
async def test_the_fake_refuses_server_vad_where_the_service_does(
    realtime: FakeRealtimeServer, recorder: Recorder, model: str
) -> None:
    engine = _VadForWhisper("en", recorder, options(realtime, model))
    await engine.start()
    assert engine.state is SessionState.CLOSED
    [problem] = recorder.problems
    assert problem.fatal and "turn_detection" in problem.message
    [error] = realtime.state.sent_of("error")
    assert error["error"]["param"] == "session.audio.input.turn_detection"
