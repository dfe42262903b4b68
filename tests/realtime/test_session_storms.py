"""A server that closes every session right after setting it up does not get a reconnect storm, and
an outage of any length is ridden out: the session keeps trying, saying so, and never ends itself.

The backoff's waits run on a virtual clock (real elapsed time plus the waits skipped), so a minute
of reconnecting takes a fraction of a second and the count per minute stays honest.
"""

from __future__ import annotations

import asyncio
import random
import time

import pytest

from tests.fakes.translation_server import FakeTranslationServer
from tests.realtime.conftest import Recorder, make_session
from translator_gui.realtime.engine import SessionState, Status
from translator_gui.realtime.reconnect import ReconnectPolicy


class VirtualClock:
    """Real time plus every wait ``sleep`` skipped; at ``limit`` seconds the waits stop for good."""

    def __init__(self, limit: float) -> None:
        self._real0 = time.monotonic()
        self._skipped = 0.0
        self.limit = limit
        self.reached = asyncio.Event()

    def now(self) -> float:
        return time.monotonic() - self._real0 + self._skipped

    async def sleep(self, delay: float) -> None:
        if self.now() + delay >= self.limit:
            self.reached.set()
            await asyncio.Event().wait()  # the measured stretch is over: wait until stopped
        self._skipped += delay
        await asyncio.sleep(0)


@pytest.mark.asyncio
@pytest.mark.parametrize("seed", range(5))
async def test_close_after_setup_gets_at_most_15_attempts_a_minute(
    fake: FakeTranslationServer, recorder: Recorder, seed: int
) -> None:
    clock = VirtualClock(limit=60.0)
    rng = random.Random(seed)
    policy = ReconnectPolicy(uniform=rng.uniform, sleep=clock.sleep, clock=clock.now)  # the app's own shape
    fake.set_close_after_setup(1008, "Policy violation")
    engine = make_session(fake, recorder, reconnect=policy)
    await engine.start()
    try:
        async with asyncio.timeout(30):
            await clock.reached.wait()
        attempts = fake.state.handshake_attempts
        print(f"\nclose-after-setup, seed {seed}: {attempts} connection attempts in the first minute")
        assert attempts <= 15
        assert engine.state is SessionState.RECONNECTING  # still trying, never ended by itself
        assert [p for p in recorder.problems if p.fatal] == []
    finally:
        await engine.stop(grace=0.5)


@pytest.mark.asyncio
async def test_a_long_outage_is_ridden_out_and_said(fake: FakeTranslationServer, recorder: Recorder) -> None:
    """Down for 20 virtual minutes (old default: gave up after 10 attempts, ~90 s): still trying, then live."""
    clock = VirtualClock(limit=float("inf"))
    policy = ReconnectPolicy(uniform=random.Random(1).uniform, sleep=clock.sleep, clock=clock.now)
    engine = make_session(fake, recorder, reconnect=policy)
    await engine.start()
    try:
        fake.reject_handshakes(503)
        fake.drop("close1006")
        # ≈ 160 real (refused) handshakes at the 15 s cap: more than the default wait on a busy machine
        await recorder.wait_for(lambda r: clock.now() > 20 * 60, timeout=60)
        fake.accept_handshakes()
        await recorder.wait_for(lambda r: r.states.count(SessionState.LIVE) == 2, timeout=30)
        details = [e.detail for e in recorder.of(Status) if e.state is SessionState.RECONNECTING]
        assert len(details) > 10
        assert any("offline for" in d and "min" in d for d in details), details[-3:]
        assert recorder.problems == []
    finally:
        await engine.stop(grace=0.5)
