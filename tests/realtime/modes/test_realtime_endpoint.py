"""What Captions and Interpret share on /v1/realtime: finishing one session never ends the next."""

from __future__ import annotations

import time

import pytest

from tests.fakes.realtime_server import FakeRealtimeServer
from tests.fakes.translation_server import tone
from tests.realtime.conftest import FAST_RECONNECT, WAIT, Recorder
from translator_gui.realtime.engine import SessionState, TargetText
from translator_gui.realtime.modes.interpret import InterpretSession
from translator_gui.realtime.modes.realtime_endpoint import RealtimeEndpointSession
from translator_gui.realtime.modes.transcribe import TranscribeSession
from translator_gui.realtime.options import SessionOptions

SPOKEN = tone(0.4).astype("<i2").tobytes() + bytes(48_000)  # a short phrase, then a second of quiet


@pytest.mark.asyncio
@pytest.mark.parametrize("kind", [TranscribeSession, InterpretSession])
async def test_the_new_session_goes_on_after_a_roll_over(
    realtime: FakeRealtimeServer, recorder: Recorder, kind: type[RealtimeEndpointSession]
) -> None:
    """The old session is asked to finish; the new one's next ``completed`` / ``response.done`` is
    an ordinary turn, not the end of the session."""
    options = SessionOptions(api_key="sk-test", base_url=realtime.base_url, connect_timeout=WAIT,
                             reconnect=FAST_RECONNECT, max_session_seconds=0.5)  # fmt: skip
    engine = kind("en", recorder, options)
    await engine.start()
    try:
        # the first session was handed over and asked to finish (its buffer committed)
        assert await realtime.wait_for(lambda s: bool(s.received_of("input_audio_buffer.commit")), WAIT)
        realtime.say("Good morning.", "Good morning.")
        await engine.send_audio(SPOKEN)
        await recorder.wait_for(lambda r: r.text(TargetText).endswith("morning."))
        realtime.say("Thank you.", "Thank you.")
        await engine.send_audio(SPOKEN)
        await recorder.wait_for(lambda r: r.text(TargetText).endswith("Thank you."))
        assert engine.rollovers >= 1
        assert SessionState.RECONNECTING not in recorder.states and engine.reconnects == 0
        assert recorder.problems == []
    finally:
        await engine.stop(grace=1.0)


@pytest.mark.asyncio
@pytest.mark.parametrize("kind", [TranscribeSession, InterpretSession])
async def test_a_session_the_service_ends_as_expired_is_replaced(
    recorder: Recorder, kind: type[RealtimeEndpointSession]
) -> None:
    """This computer's clock is so far ahead that the session seems over already: no roll-over is
    planned, the service ends it with ``session_expired``, and the app reconnects without a failure."""
    async with FakeRealtimeServer(session_lifetime=1.0) as realtime:
        options = SessionOptions(api_key="sk-test", base_url=realtime.base_url, connect_timeout=WAIT,
                                 reconnect=FAST_RECONNECT)  # fmt: skip
        engine = kind("en", recorder, options, wall_clock=lambda: time.time() + 600.0)
        await engine.start()
        try:
            await recorder.wait_for(lambda r: r.states.count(SessionState.LIVE) == 2)
            assert realtime.state.expired >= 1 and engine.rollovers == 0
            assert recorder.problems == []
        finally:
            await engine.stop(grace=1.0)
