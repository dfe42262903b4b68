"""Roll-over at the engine level: the next session is configured like the current one, the state
stays LIVE, and a key refused while rolling over ends the session with a clear problem."""

from __future__ import annotations

import pytest

from tests.fakes.translation_server import FakeTranslationServer
from tests.realtime.conftest import WAIT, Recorder, make_session
from translator_gui.realtime.engine import ProblemKind, SessionState, TargetText


@pytest.mark.asyncio
async def test_rollover_keeps_the_current_language_and_stays_live(
    fake: FakeTranslationServer, recorder: Recorder
) -> None:
    engine = make_session(fake, recorder, max_session_seconds=0.5)
    await engine.start()
    await engine.set_target_language("fr")
    fake.say("Old", "Vieux", hold_until_close=True)  # the first session's trailing words
    await engine.send_audio(bytes(960))
    assert await fake.wait_for(lambda s: s.connections_opened >= 2 and len(s.received_of("session.close")) >= 1, WAIT)
    fake.say("New", "Nouveau")  # the newest session speaks
    await recorder.wait_for(lambda r: r.text(TargetText) == "VieuxNouveau")
    assert fake.state.sessions[1]["audio"]["output"]["language"] == "fr"
    assert fake.state.sessions[1]["audio"]["input"]["transcription"] == {"model": "gpt-realtime-whisper"}
    assert recorder.states == [SessionState.CONNECTING, SessionState.LIVE]
    assert engine.rollovers >= 1 and engine.reconnects == 0
    await engine.send_audio(b"\x05\x00" * 100)
    assert await fake.wait_for(lambda s: s.appends[-1].connection >= 2, WAIT)
    await engine.stop(grace=WAIT)
    assert recorder.problems == []
    assert recorder.states[-1] is SessionState.CLOSED


@pytest.mark.asyncio
async def test_key_refused_while_rolling_over_is_final(fake: FakeTranslationServer, recorder: Recorder) -> None:
    engine = make_session(fake, recorder, max_session_seconds=0.5)
    await engine.start()
    fake.reject_handshakes(401, code="invalid_api_key")
    await recorder.wait_for_state(SessionState.CLOSED)
    [problem] = recorder.problems
    assert problem.kind is ProblemKind.AUTH and problem.fatal
    await engine.stop()
