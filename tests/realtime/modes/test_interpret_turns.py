"""Interpret's turns as the service runs them: the last answer is asked for only once the last commit
was confirmed (never after an empty or refused one: that answer would be billed for nothing), new
speech does not cancel an answer under way, and an answer that did not complete is said."""

from __future__ import annotations

import pytest

from tests.fakes.realtime_server import FakeRealtimeServer
from tests.fakes.translation_server import tone
from tests.realtime.conftest import FAST_RECONNECT, WAIT, Recorder
from translator_gui.realtime.engine import ProblemKind, SessionState, Status, TargetText, TokenUsage
from translator_gui.realtime.modes.interpret import InterpretSession
from translator_gui.realtime.options import SessionOptions


def answers(recorder: Recorder) -> list[TokenUsage]:
    """The usage of each answer (the input transcription reports its own)."""
    return [u for u in recorder.of(TokenUsage) if not u.transcription_seconds]


TURN = bytes(9_600)  # 200 ms


def interpreter(realtime: FakeRealtimeServer, recorder: Recorder) -> InterpretSession:
    options = SessionOptions(api_key="sk-test", base_url=realtime.base_url, connect_timeout=WAIT,
                             reconnect=FAST_RECONNECT)  # fmt: skip
    return InterpretSession("tr", recorder, options)


@pytest.mark.asyncio
async def test_stop_with_nothing_new_asks_for_no_answer(realtime: FakeRealtimeServer, recorder: Recorder) -> None:
    engine = interpreter(realtime, recorder)
    await engine.start()
    realtime.say("Hello.", "Merhaba.", tone(0.2))
    await engine.send_audio(TURN)  # one turn, detected and answered by the server
    await recorder.wait_for(lambda r: len(answers(r)) == 1)
    await engine.stop(grace=WAIT)
    assert realtime.state.received_of("input_audio_buffer.commit")  # what was left: nothing
    assert realtime.state.received_of("response.create") == []
    assert realtime.state.spurious_responses == 0
    assert recorder.events[-1] == Status(SessionState.CLOSED) and recorder.problems == []


@pytest.mark.asyncio
async def test_stop_after_speech_asks_for_its_answer_once_committed(
    realtime: FakeRealtimeServer, recorder: Recorder
) -> None:
    engine = interpreter(realtime, recorder)
    await engine.start()
    await engine.send_audio(TURN)  # speech no turn was detected in yet
    await engine.stop(grace=WAIT)
    [committed] = realtime.state.sent_of("input_audio_buffer.committed")
    assert len(realtime.state.received_of("response.create")) == 1
    assert realtime.state.received.index(realtime.state.received_of("response.create")[0]) > (
        realtime.state.received.index(realtime.state.received_of("input_audio_buffer.commit")[0])
    )
    assert committed["item_id"]
    assert len(answers(recorder)) == 1  # its answer arrived before the session ended
    assert realtime.state.spurious_responses == 0 and recorder.problems == []


@pytest.mark.asyncio
async def test_new_speech_does_not_interrupt_an_answer(realtime: FakeRealtimeServer, recorder: Recorder) -> None:
    """The speaker goes straight on: each turn's interpretation is still spoken to the end."""
    engine = interpreter(realtime, recorder)
    await engine.start()
    try:
        [update] = realtime.state.session_updates
        assert update["audio"]["input"]["turn_detection"]["interrupt_response"] is False
        realtime.say("We will talk about the budget.", "Bütçeyi konuşacağız.", tone(0.2))
        realtime.say("And about next month.", "Ve gelecek ayı.", tone(0.2))
        await engine.send_audio(TURN)  # the first turn; the second is said straight after it
        await recorder.wait_for(lambda r: len(answers(r)) == 1)
        await engine.send_audio(TURN)
        await recorder.wait_for(lambda r: len(answers(r)) == 2)
        assert recorder.text(TargetText) == "Bütçeyi konuşacağız. Ve gelecek ayı."
        assert [e["response"]["status"] for e in realtime.state.sent_of("response.done")] == ["completed"] * 2
        assert recorder.problems == []
    finally:
        await engine.stop(grace=1.0)


@pytest.mark.asyncio
@pytest.mark.parametrize(
    ("reason", "words"),
    [("max_output_tokens", "cut short"), ("content_filter", "content filter")],
)
async def test_an_incomplete_answer_is_said(
    realtime: FakeRealtimeServer, recorder: Recorder, reason: str, words: str
) -> None:
    engine = interpreter(realtime, recorder)
    await engine.start()
    try:
        realtime.say("A long story.", "Uzun bir", status="incomplete", reason=reason)
        realtime.say("Next.", "Sonraki.", after_input_ms=400)
        await engine.send_audio(TURN)
        await recorder.wait_for(lambda r: bool(r.problems))
        [problem] = recorder.problems
        assert problem.kind is ProblemKind.SERVER and not problem.fatal and words in problem.message
        await engine.send_audio(TURN)
        await recorder.wait_for(lambda r: r.text(TargetText).endswith("Sonraki."))
        assert engine.state is SessionState.LIVE
    finally:
        await engine.stop(grace=1.0)


@pytest.mark.asyncio
async def test_an_answer_failed_for_lack_of_credit_ends_the_session(
    realtime: FakeRealtimeServer, recorder: Recorder
) -> None:
    engine = interpreter(realtime, recorder)
    await engine.start()
    realtime.say("Hello.", "", status="failed")
    await engine.send_audio(TURN)
    await recorder.wait_for_state(SessionState.CLOSED)
    [problem] = recorder.problems
    assert problem.kind is ProblemKind.QUOTA and problem.fatal
    await engine.stop()
