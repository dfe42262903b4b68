"""Short sessions are not handed over in a storm: the margin scales with the session's length, the
lifetime is read on the server's clock (``expires_at`` against the moment ``session.created``
arrived), and each session works for at least half its life. A service that ends a session itself
(``session_expired``) is answered by reconnecting, not by a failure."""

from __future__ import annotations

import asyncio
import itertools
import json
import time
from collections.abc import AsyncIterator

import pytest
import pytest_asyncio

from tests.fakes.translation_server import FakeTranslationServer
from tests.realtime.conftest import FAST_RECONNECT, WAIT, Recorder, make_session
from translator_gui.realtime.engine import SessionState
from translator_gui.realtime.incoming import TRANSLATION_HANDLERS, Decoder, SessionConfigured, SessionStarted
from translator_gui.realtime.rollover import rollover_delay

LIFETIME = 6.0  # seconds a fake session lives (expires_at is whole seconds, rounded down)


@pytest_asyncio.fixture
async def short() -> AsyncIterator[FakeTranslationServer]:
    async with FakeTranslationServer(session_lifetime=LIFETIME) as server:
        yield server


@pytest.mark.parametrize(
    ("lifetime", "expected"),
    [
        (3600.0, 3540.0),  # an hour: a minute before the end, as before
        (600.0, 540.0),
        (300.0, 270.0),  # a tenth of the lifetime
        (30.0, 25.0),  # at least 5 s before the end
        (8.0, 4.0),  # never before half the lifetime
        (1.0, 0.5),
    ],
)
def test_the_hand_over_scales_with_the_session(lifetime: float, expected: float) -> None:
    assert rollover_delay(lifetime, elapsed=0.0, margin=60.0, max_session_seconds=None) == pytest.approx(expected)


def test_time_spent_opening_counts_and_an_expiry_in_the_past_plans_nothing() -> None:
    assert rollover_delay(30.0, elapsed=2.0, margin=60.0, max_session_seconds=None) == pytest.approx(23.0)
    assert rollover_delay(30.0, elapsed=0.0, margin=60.0, max_session_seconds=10.0) == 10.0
    # a clock ahead of the server's by more than the lifetime: nothing to plan by
    assert rollover_delay(-5.0, elapsed=0.0, margin=60.0, max_session_seconds=None) is None
    assert rollover_delay(None, elapsed=0.0, margin=60.0, max_session_seconds=None) is None


def handover_times(fake: FakeTranslationServer) -> list[float]:
    """Seconds between the opening of one session and the next."""
    opened = [h.time for h in fake.state.handshakes if h.status == 101]
    return [b - a for a, b in itertools.pairwise(opened)]


@pytest.mark.asyncio
async def test_a_session_under_a_minute_works_half_its_life(short: FakeTranslationServer, recorder: Recorder) -> None:
    """A 6 s session with the default 60 s margin (was: a new session every ~0.5 s)."""
    engine = make_session(short, recorder, reconnect=FAST_RECONNECT)
    await engine.start()
    try:
        await asyncio.sleep(2.0)  # a stretch of time in which no hand-over may happen
        assert short.state.connections_opened == 1, handover_times(short)
        assert await short.wait_for(lambda s: s.connections_opened >= 2, LIFETIME + WAIT)
        [first] = handover_times(short)
        print(f"\n{LIFETIME:.0f} s sessions: handed over after {first:.2f} s")
        assert LIFETIME / 2 - 1.0 <= first < LIFETIME  # expires_at is rounded down to whole seconds
        assert short.state.expired == 0 and engine.reconnects == 0
        assert recorder.problems == []
    finally:
        await engine.stop(grace=1.0)


@pytest.mark.asyncio
async def test_a_clock_ahead_of_the_server_does_not_cause_a_storm(
    short: FakeTranslationServer, recorder: Recorder
) -> None:
    """This computer's clock 3 s ahead: the session seems to have 3 s left; it still works 1.5 s."""
    engine = make_session(short, recorder, reconnect=FAST_RECONNECT, wall_clock=lambda: time.time() + 3.0)
    await engine.start()
    try:
        assert await short.wait_for(lambda s: s.connections_opened >= 3, LIFETIME + WAIT)
        gaps = handover_times(short)
        print(f"\nclock 3 s ahead of 6 s sessions: hand-overs after {[round(g, 2) for g in gaps]} s")
        assert all(g >= 1.0 for g in gaps), gaps
        assert short.state.expired == 0 and recorder.problems == []
    finally:
        await engine.stop(grace=1.0)


@pytest.mark.asyncio
async def test_an_expired_session_is_replaced_by_reconnecting(recorder: Recorder) -> None:
    """The clock is so far ahead that every session seems already over: nothing is planned, the service
    ends the session with ``session_expired``, and the app reconnects without showing a failure."""
    async with FakeTranslationServer(session_lifetime=1.5) as fake:
        engine = make_session(fake, recorder, reconnect=FAST_RECONNECT, wall_clock=lambda: time.time() + 60.0)
        await engine.start()
        try:
            await recorder.wait_for(lambda r: r.states.count(SessionState.LIVE) == 2)
            assert fake.state.expired >= 1
            assert engine.rollovers == 0 and engine.reconnects >= 1
            assert recorder.problems == []
        finally:
            await engine.stop(grace=1.0)


def test_expires_at_is_read_from_session_created_and_session_updated() -> None:
    decoder = Decoder(TRANSLATION_HANDLERS)
    created = decoder.decode(json.dumps({"type": "session.created", "session": {"id": "s", "expires_at": 1_800}}))
    session = {"expires_at": 1_900, "audio": {"output": {"language": "es"}}}
    updated = decoder.decode(json.dumps({"type": "session.updated", "session": session}))
    assert created == [SessionStarted("s", 1_800)]
    assert updated == [SessionConfigured("es", 1_900)]


@pytest.mark.asyncio
async def test_a_clock_behind_the_server_costs_one_expiry_not_one_an_hour(recorder: Recorder) -> None:
    """This computer's clock 10 s behind: ``expires_at`` promises 13 s of a 3 s session. The first
    session is ended by the service (and replaced by reconnecting); the app then knows how long a
    session lives and hands the next ones over in time."""
    async with FakeTranslationServer(session_lifetime=3.0) as fake:
        engine = make_session(fake, recorder, reconnect=FAST_RECONNECT, wall_clock=lambda: time.time() - 10.0)
        await engine.start()
        try:
            assert await fake.wait_for(lambda s: s.connections_opened >= 5, 5 * 3.0 + WAIT)
            gaps = handover_times(fake)
            print(f"\nclock 10 s behind 3 s sessions: new sessions after {[round(g, 2) for g in gaps]} s")
            assert fake.state.expired == 1  # the first one only
            assert engine.reconnects == 1 and engine.rollovers >= 2
            assert recorder.problems == []
        finally:
            await engine.stop(grace=1.0)
