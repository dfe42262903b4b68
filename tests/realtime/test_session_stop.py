"""Stopping: trailing output is kept, the wait is bounded, and stop() is always safe."""

from __future__ import annotations

import asyncio
import time

import pytest

from tests.fakes.translation_server import Delivery, FakeTranslationServer, tone
from tests.realtime.conftest import WAIT, Recorder, make_session
from translator_gui.realtime.engine import SessionState, Status, TargetAudio, TargetText
from translator_gui.realtime.modes.translate import TranslateSession


@pytest.mark.asyncio
async def test_stop_keeps_the_trailing_translation(
    fake: FakeTranslationServer, live: TranslateSession, recorder: Recorder
) -> None:
    fake.say("Thank you all", "Gracias a todos", tone(0.4), hold_until_close=True, delivery=Delivery(delay=0.01))
    await live.send_audio(bytes(9_600))
    started = time.monotonic()
    await live.stop(grace=WAIT)
    took = time.monotonic() - started
    assert recorder.text(TargetText) == "Gracias a todos"
    assert len(recorder.audio()) == 0.4 * 48_000
    closing = recorder.events.index(Status(SessionState.CLOSING))
    closed = recorder.events.index(Status(SessionState.CLOSED))
    trailing = [i for i, e in enumerate(recorder.events) if isinstance(e, TargetText | TargetAudio)]
    assert closing < min(trailing) and max(trailing) < closed
    assert recorder.states == [
        SessionState.CONNECTING,
        SessionState.LIVE,
        SessionState.CLOSING,
        SessionState.CLOSED,
    ]
    assert fake.state.received_of("session.close")
    assert fake.state.sent[-1]["type"] == "session.closed"
    assert took < WAIT / 2  # returned on session.closed, not at the end of the grace period
    assert live.state is SessionState.CLOSED
    assert recorder.problems == []


@pytest.mark.asyncio
async def test_stop_is_bounded_when_the_server_never_answers(
    fake: FakeTranslationServer, live: TranslateSession, recorder: Recorder
) -> None:
    fake.set_answer_close(False)
    grace = 0.4
    started = time.monotonic()
    await live.stop(grace=grace)
    took = time.monotonic() - started
    assert grace <= took < grace + 1.5
    assert fake.state.received_of("session.close")
    assert not fake.state.sent_of("session.closed")
    assert recorder.states[-2:] == [SessionState.CLOSING, SessionState.CLOSED]
    assert recorder.problems == []
    assert await fake.wait_for(lambda s: s.connections_ended == 1, WAIT)


@pytest.mark.asyncio
async def test_stop_is_idempotent(fake: FakeTranslationServer, live: TranslateSession, recorder: Recorder) -> None:
    await asyncio.gather(live.stop(), live.stop(), live.stop())
    await live.stop()
    assert recorder.states.count(SessionState.CLOSING) == 1
    assert recorder.states.count(SessionState.CLOSED) == 1
    assert len(fake.state.received_of("session.close")) == 1


@pytest.mark.asyncio
async def test_stop_before_start_is_safe_and_final(fake: FakeTranslationServer, recorder: Recorder) -> None:
    engine = make_session(fake, recorder)
    await engine.stop()
    await engine.stop()
    assert engine.state is SessionState.CLOSED
    assert recorder.events == [Status(SessionState.CLOSED)]
    with pytest.raises(RuntimeError):
        await engine.start()
    assert fake.state.handshake_attempts == 0


@pytest.mark.asyncio
async def test_stop_while_connecting_cancels_the_attempt(fake: FakeTranslationServer, recorder: Recorder) -> None:
    fake.set_greet(False)  # the session never starts by itself
    engine = make_session(fake, recorder, connect_timeout=WAIT)
    starting = asyncio.create_task(engine.start())
    assert await fake.wait_for(lambda s: s.connections_opened == 1, WAIT)
    started = time.monotonic()
    await engine.stop()
    await asyncio.wait_for(starting, WAIT)  # start() returns quietly
    assert time.monotonic() - started < 2.0
    assert recorder.states == [SessionState.CONNECTING, SessionState.CLOSING, SessionState.CLOSED]
    assert recorder.problems == []
    assert await fake.wait_for(lambda s: s.connections_ended == 1, WAIT)
