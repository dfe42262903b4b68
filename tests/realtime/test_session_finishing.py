"""Finishing after Stop, at the session: a stop can be hurried (a second Stop, Quit), a healthy
service's last words are kept even when hurried a little, the link's own keep-alive stands aside
while the session watches the progress, and a wait that takes a while is said, counting down."""

from __future__ import annotations

import asyncio
import time

import pytest

from tests.fakes.translation_server import FakeTranslationServer
from tests.realtime.conftest import WAIT, Recorder
from translator_gui.realtime.engine import ProblemKind, SessionState, TargetText
from translator_gui.realtime.modes.translate import TranslateSession


def finishing(recorder: Recorder) -> list[str]:
    return [p.message for p in recorder.problems if p.kind is ProblemKind.FINISHING]


@pytest.mark.asyncio
async def test_hurried_a_little_a_healthy_service_still_gives_its_last_words(
    fake: FakeTranslationServer, live: TranslateSession, recorder: Recorder
) -> None:
    fake.say("Thank you all", "Gracias a todos", hold_until_close=True)
    await live.send_audio(bytes(9_600))
    live.hurry(0.5)  # Quit: a moment for the last words
    started = time.monotonic()
    await live.stop(grace=WAIT)
    assert time.monotonic() - started < 0.5
    assert recorder.text(TargetText) == "Gracias a todos"
    assert finishing(recorder) == []
    assert live.state is SessionState.CLOSED


@pytest.mark.asyncio
async def test_a_stop_that_waits_is_said_and_ends_at_once_when_hurried(
    fake: FakeTranslationServer, live: TranslateSession, recorder: Recorder
) -> None:
    fake.set_answer_close(False)  # the service never finishes by itself
    stopping = asyncio.ensure_future(live.stop(grace=WAIT * 4))
    await recorder.wait_for(lambda r: bool(finishing(r)), WAIT)
    assert "Stop again to end now" in finishing(recorder)[0]
    assert not stopping.done()
    hurried = time.monotonic()
    live.hurry()  # Stop again
    await asyncio.wait_for(stopping, WAIT)
    assert time.monotonic() - hurried < 0.5
    assert recorder.states[-2:] == [SessionState.CLOSING, SessionState.CLOSED]


@pytest.mark.asyncio
async def test_while_finishing_the_link_keeps_no_keepalive_of_its_own(
    fake: FakeTranslationServer, live: TranslateSession, recorder: Recorder
) -> None:
    fake.set_answer_close(False)
    link = live._link
    assert link is not None
    ws = link.link._connection._connection  # type: ignore[attr-defined]
    assert ws.keepalive_task is not None and not ws.keepalive_task.done()
    stopping = asyncio.ensure_future(live.stop(grace=WAIT * 4))
    await recorder.wait_for(lambda r: bool(finishing(r)), WAIT)
    assert ws.keepalive_task.done()  # a late pong is no dead link now: the session judges the progress
    live.hurry()
    await asyncio.wait_for(stopping, WAIT)
