"""Finishing a /v1/realtime session with server VAD: the server commits turns on its own
(``speech_stopped``, then ``committed``), also just as the app commits at Stop. Only the confirmation
of the app's own commit finishes the session; the last answer is asked for only once no answer is
under way (the service refuses a second one), and never when the last turn is being answered already."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator

import pytest
import pytest_asyncio

from tests.fakes.realtime_server import FakeRealtimeServer
from tests.fakes.translation_server import tone
from tests.realtime.conftest import FAST_RECONNECT, WAIT, Recorder
from translator_gui.realtime.engine import LineEnd, SessionState, Status, TargetText, TokenUsage
from translator_gui.realtime.incoming import Committed, SessionEnded
from translator_gui.realtime.modes.interpret import InterpretDecoder, InterpretSession
from translator_gui.realtime.modes.transcribe import TranscribeSession
from translator_gui.realtime.options import SessionOptions

SPEECH = tone(1.0).astype("<i2").tobytes()
TURN = bytes(9_600)  # 200 ms
ANSWER_SECONDS = 0.3


@pytest_asyncio.fixture
async def slow() -> AsyncIterator[FakeRealtimeServer]:
    """A conversation service whose answers take a while (at most one at a time)."""
    async with FakeRealtimeServer(answer_seconds=ANSWER_SECONDS) as server:
        yield server


def options(server: FakeRealtimeServer, model: str | None = None) -> SessionOptions:
    return SessionOptions(api_key="sk-test", base_url=server.base_url, model=model, connect_timeout=WAIT,
                          reconnect=FAST_RECONNECT)  # fmt: skip


def answers(recorder: Recorder) -> list[TokenUsage]:
    return [u for u in recorder.of(TokenUsage) if not u.transcription_seconds]


def errors(server: FakeRealtimeServer) -> list[str | None]:
    return [e["error"]["code"] for e in server.state.sent_of("error")]


@pytest.mark.asyncio
async def test_captions_wait_for_their_own_commit_when_vad_commits_at_stop(
    realtime: FakeRealtimeServer, recorder: Recorder
) -> None:
    """gpt-transcribe with server VAD: the server's commit of the first part is not the app's; the
    rest of the speech, committed by the app, is transcribed before the session ends."""
    engine = TranscribeSession("en", recorder, options(realtime, "gpt-transcribe"))
    await engine.start()
    realtime.say("First part.", heard_by_vad=False)
    realtime.say("And the rest.", heard_by_vad=False)
    realtime.turn_ends_at_commit(leave_ms=300)
    await engine.send_audio(SPEECH)
    await engine.stop(grace=WAIT)
    committed = realtime.state.sent_of("input_audio_buffer.committed")
    assert len(committed) == 2 and len(realtime.state.sent_of("input_audio_buffer.speech_stopped")) == 1
    assert recorder.text(TargetText) == "First part. And the rest."
    assert len(recorder.of(LineEnd)) == 2
    assert errors(realtime) == [] and recorder.problems == []
    assert recorder.events[-1] == Status(SessionState.CLOSED)


@pytest.mark.asyncio
async def test_captions_end_after_the_vad_turn_when_nothing_is_left_to_commit(
    realtime: FakeRealtimeServer, recorder: Recorder
) -> None:
    """The server's VAD took the whole buffer: the app's commit is refused as empty (as the service
    does), which is nobody's problem; the VAD turn's transcript still arrives."""
    engine = TranscribeSession("en", recorder, options(realtime, "gpt-transcribe"))
    await engine.start()
    realtime.say("All of it.", heard_by_vad=False)
    realtime.turn_ends_at_commit(leave_ms=0)
    await engine.send_audio(SPEECH)
    await engine.stop(grace=WAIT)
    assert errors(realtime) == ["input_audio_buffer_commit_empty"]
    assert "buffer only has 0.00ms of audio" in realtime.state.sent_of("error")[0]["error"]["message"]
    assert recorder.text(TargetText) == "All of it."
    assert recorder.problems == [] and recorder.events[-1] == Status(SessionState.CLOSED)


@pytest.mark.asyncio
async def test_interpret_asks_for_the_last_answer_after_the_vad_turns_answer(
    slow: FakeRealtimeServer, recorder: Recorder
) -> None:
    """The server's VAD ends a turn as Stop commits the rest: its answer is under way, so the last
    answer is asked for once that one is done, and both are heard."""
    engine = InterpretSession("tr", recorder, options(slow))
    await engine.start()
    slow.say("Good morning.", "Günaydın.", tone(0.2), heard_by_vad=False)
    slow.say("See you.", "Görüşürüz.", heard_by_vad=False)
    slow.turn_ends_at_commit(leave_ms=300)
    await engine.send_audio(SPEECH)
    await engine.stop(grace=WAIT)
    assert errors(slow) == [], slow.state.sent_of("error")
    assert len(slow.state.received_of("response.create")) == 1
    assert recorder.text(TargetText) == "Günaydın. Görüşürüz."
    assert len(answers(recorder)) == 2
    assert slow.state.spurious_responses == 0 and recorder.problems == []
    assert recorder.events[-1] == Status(SessionState.CLOSED)


@pytest.mark.asyncio
async def test_interpret_waits_for_the_vad_turns_answer_when_nothing_is_left(
    slow: FakeRealtimeServer, recorder: Recorder
) -> None:
    """The server's VAD took the whole buffer at Stop: the app's commit is refused as empty; the
    turn is being answered already, so no answer is asked for, and that answer is waited for."""
    engine = InterpretSession("tr", recorder, options(slow))
    await engine.start()
    slow.say("Good morning.", "Günaydın.", tone(0.2), heard_by_vad=False)
    slow.turn_ends_at_commit(leave_ms=0)
    await engine.send_audio(SPEECH)
    await engine.stop(grace=WAIT)
    assert errors(slow) == ["input_audio_buffer_commit_empty"]
    assert slow.state.received_of("response.create") == []
    assert recorder.text(TargetText) == "Günaydın." and len(answers(recorder)) == 1
    assert recorder.problems == [] and recorder.events[-1] == Status(SessionState.CLOSED)


@pytest.mark.asyncio
async def test_stop_during_an_answer_asks_for_the_last_one_after_it(
    slow: FakeRealtimeServer, recorder: Recorder
) -> None:
    """Stop while a turn's answer is still being spoken, with more speech after it: the service
    refuses a second answer while one is active, so the last one is asked for when that one is done."""
    engine = InterpretSession("tr", recorder, options(slow))
    await engine.start()
    slow.say("Good morning.", "Günaydın.", tone(0.2))
    slow.say("See you.", "Görüşürüz.", heard_by_vad=False)
    await engine.send_audio(TURN)  # a turn the server ends and answers (slowly)
    assert await slow.wait_for(lambda s: bool(s.sent_of("response.created")), WAIT)
    await engine.send_audio(TURN)  # the speaker goes on; no pause yet
    await engine.stop(grace=WAIT)
    assert errors(slow) == [], slow.state.sent_of("error")
    assert len(slow.state.received_of("response.create")) == 1
    assert recorder.text(TargetText) == "Günaydın. Görüşürüz."
    assert recorder.problems == [] and recorder.events[-1] == Status(SessionState.CLOSED)


@pytest.mark.asyncio
async def test_the_fake_refuses_an_answer_while_one_is_active(slow: FakeRealtimeServer, recorder: Recorder) -> None:
    """As the service does: one active answer per conversation; the refusal has the service's shape."""
    engine = InterpretSession("tr", recorder, options(slow))
    await engine.start()
    try:
        slow.say("Good morning.", "Günaydın.", tone(0.2))
        await engine.send_audio(TURN)
        assert await slow.wait_for(lambda s: bool(s.sent_of("response.created")), WAIT)
        link = engine._link
        assert link is not None
        await link.respond()
        assert await slow.wait_for(lambda s: bool(s.sent_of("error")), WAIT)
        [error] = slow.state.sent_of("error")
        assert error["error"]["type"] == "invalid_request_error"
        assert error["error"]["code"] == "conversation_already_has_active_response"
        assert error["error"]["message"].startswith("Conversation already has an active response in progress: resp_")
        assert await slow.wait_for(lambda s: len(s.sent_of("response.done")) == 1, WAIT)
        assert len(slow.state.sent_of("response.created")) == 1  # the refused one never started
    finally:
        await engine.stop(grace=1.0)


def event(kind: str, **fields: object) -> str:
    return json.dumps({"type": kind, "event_id": "event_1", **fields})


def response(kind: str, rid: str) -> str:
    return event(kind, response={"id": rid, "object": "realtime.response", "status": "in_progress"})


def test_a_refused_last_answer_is_asked_for_again_after_the_active_one() -> None:
    """An answer the app could not know of yet was under way when it asked: the service refuses;
    once that one is done, the last answer is asked for again, and its done ends the session."""
    decoder = InterpretDecoder()
    decoder.closing, decoder.commits_awaited = True, 1
    assert decoder.decode(event("input_audio_buffer.committed", item_id="item_2")) == [Committed("item_2")]
    refusal = {"type": "invalid_request_error", "code": "conversation_already_has_active_response",
               "message": "Conversation already has an active response in progress.", "param": None}  # fmt: skip
    assert decoder.decode(event("error", error=refusal)) == []
    assert decoder.decode(response("response.created", "resp_1")) == []
    done = decoder.decode(response("response.done", "resp_1"))
    assert Committed("item_2") in done and SessionEnded() not in done
    assert decoder.decode(response("response.created", "resp_2")) == []
    assert SessionEnded() in decoder.decode(response("response.done", "resp_2"))


def test_a_commit_after_speech_stopped_is_the_servers() -> None:
    decoder = InterpretDecoder()
    decoder.closing, decoder.commits_awaited = True, 1
    decoder.decode(event("input_audio_buffer.speech_stopped", audio_end_ms=900, item_id="item_1"))
    assert decoder.decode(event("input_audio_buffer.committed", item_id="item_1")) == []
    assert decoder.commits_awaited == 1  # the app's own commit is still to be confirmed
    # the app's commit is confirmed; the server answers its VAD turn first: the last answer waits
    assert decoder.decode(event("input_audio_buffer.committed", item_id="item_2")) == []
    assert decoder.decode(response("response.created", "resp_1")) == []
    assert decoder.decode(response("response.done", "resp_1")) == [Committed("item_2")]


def test_the_apps_commit_during_speech_is_the_apps() -> None:
    """A commit the app sends while the server hears speech takes the item ``speech_started`` named
    (no ``speech_stopped`` comes for it): it is the app's own."""
    decoder = InterpretDecoder()
    decoder.closing, decoder.commits_awaited = True, 1
    decoder.decode(event("input_audio_buffer.speech_started", audio_start_ms=100, item_id="item_1"))
    assert decoder.decode(event("input_audio_buffer.committed", item_id="item_1")) == [Committed("item_1")]
    assert decoder.commits_awaited == 0
