"""A connection lost while LIVE comes back: RECONNECTING with backoff, the configuration restored."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from tests.fakes.translation_server import FakeTranslationServer
from tests.realtime.conftest import FAST_RECONNECT, WAIT, Recorder, make_session
from translator_gui.realtime.engine import ProblemKind, SessionState, Status, TargetText
from translator_gui.realtime.modes.translate import TranslateSession
from translator_gui.realtime.reconnect import ReconnectPolicy, Retry, classify


def lives(recorder: Recorder) -> int:
    return recorder.states.count(SessionState.LIVE)


async def start(fake: FakeTranslationServer, recorder: Recorder, **options: Any) -> TranslateSession:
    options.setdefault("reconnect", FAST_RECONNECT)
    engine = make_session(fake, recorder, **options)
    await engine.start()
    assert engine.state is SessionState.LIVE, recorder.events
    return engine


@pytest.mark.asyncio
@pytest.mark.parametrize("how", ["close1006", "reset", "close1011", "close1000", "session.closed"])
async def test_lost_connection_reconnects_with_the_same_configuration(
    fake: FakeTranslationServer, recorder: Recorder, how: str
) -> None:
    engine = await start(fake, recorder, target_language="ja")
    try:
        fake.say("Before", "Antes")
        if how in ("close1006", "reset"):
            fake.drop(how)  # type: ignore[arg-type]
        elif how == "session.closed":
            fake.emit_event({"type": "session.closed"})  # the server ended the session unasked
        else:
            fake.close_connection(int(how[5:]), "going")
        fake.say("After", "Después")
        await recorder.wait_for(lambda r: lives(r) == 2 and r.text(TargetText) == "AntesDespués")
        assert recorder.states == [
            SessionState.CONNECTING,
            SessionState.LIVE,
            SessionState.RECONNECTING,
            SessionState.LIVE,
        ]
        assert Status(SessionState.RECONNECTING, "Reconnecting (attempt 1)…") in recorder.events
        assert recorder.problems == []
        assert fake.state.connections_opened == 2
        # the second session got the whole configuration again
        assert fake.state.session_updates[0] == fake.state.session_updates[1]
        assert [r.connection for r in fake.state.received_of("session.update")] == [1, 2]
        await engine.send_audio(b"\x01\x02" * 480)
        assert await fake.wait_for(lambda s: bool(s.appends) and s.appends[-1].connection == 2, WAIT)
        assert engine.reconnects == 1
    finally:
        await engine.stop(grace=1.0)
    assert recorder.events[-1] == Status(SessionState.CLOSED)


@pytest.mark.asyncio
async def test_target_changed_while_reconnecting_is_used_by_the_new_session(
    fake: FakeTranslationServer, recorder: Recorder
) -> None:
    gate = asyncio.Event()

    async def wait_for_gate(delay: float) -> None:
        await gate.wait()

    engine = await start(fake, recorder, reconnect=ReconnectPolicy(sleep=wait_for_gate))
    try:
        fake.drop("reset")
        await recorder.wait_for_state(SessionState.RECONNECTING)
        await engine.send_audio(bytes(960))  # not LIVE: dropped (the pipeline keeps it)
        await engine.set_target_language("fr")
        gate.set()
        await recorder.wait_for(lambda r: lives(r) == 2)
        assert fake.state.session is not None
        assert fake.state.session["audio"]["output"]["language"] == "fr"
        assert fake.state.session["audio"]["input"]["transcription"] == {"model": "gpt-realtime-whisper"}
        assert [r.connection for r in fake.state.received_of("session.input_audio_buffer.append")] == []
    finally:
        await engine.stop(grace=1.0)


@pytest.mark.asyncio
@pytest.mark.parametrize(
    ("status", "code", "kind"),
    [
        (401, "invalid_api_key", ProblemKind.AUTH),
        (403, None, ProblemKind.PERMISSION),
        (429, "insufficient_quota", ProblemKind.QUOTA),
    ],
)
async def test_key_or_account_refused_on_reconnect_is_final(
    fake: FakeTranslationServer, recorder: Recorder, status: int, code: str | None, kind: ProblemKind
) -> None:
    engine = await start(fake, recorder)
    fake.reject_handshakes(status, code=code)
    fake.drop("close1006")
    await recorder.wait_for_state(SessionState.CLOSED)
    [problem] = recorder.problems
    assert problem.kind is kind and problem.fatal
    assert fake.state.handshake_attempts == 2  # no second try with a key that was refused
    assert recorder.states == [
        SessionState.CONNECTING,
        SessionState.LIVE,
        SessionState.RECONNECTING,
        SessionState.CLOSED,
    ]
    await engine.stop()
    assert engine.state is SessionState.CLOSED


@pytest.mark.asyncio
async def test_rate_limit_on_reconnect_backs_off_and_says_so(fake: FakeTranslationServer, recorder: Recorder) -> None:
    delays: list[float] = []

    async def no_wait(delay: float) -> None:
        delays.append(delay)

    policy = ReconnectPolicy(base=1.0, uniform=lambda low, high: high * 0.75, sleep=no_wait)
    engine = await start(fake, recorder, reconnect=policy)
    try:
        fake.reject_handshakes(429, code="rate_limit_exceeded", message="Too many concurrent sessions.", times=2)
        fake.drop("reset")
        await recorder.wait_for(lambda r: lives(r) == 2)
        details = [e.detail for e in recorder.of(Status) if e.state is SessionState.RECONNECTING]
        # attempt 1 waits 0.75 * 2 s; the two refusals announce the next waits: 0.75 * 4 s and 0.75 * 8 s
        assert details == [
            "Reconnecting (attempt 1)…",
            "OpenAI is limiting connections; retrying in 3 s",
            "OpenAI is limiting connections; retrying in 6 s",
        ]
        assert delays == [1.5, 3.0, 6.0]
        assert recorder.problems == []
        assert [h.status for h in fake.state.handshakes] == [101, 429, 429, 101]
    finally:
        await engine.stop(grace=1.0)


@pytest.mark.asyncio
async def test_rate_limit_that_never_ends_is_final_after_bounded_attempts(
    fake: FakeTranslationServer, recorder: Recorder
) -> None:
    policy = ReconnectPolicy(base=0.001, cap=0.002, max_rate_limited_reconnecting=3)
    await start(fake, recorder, reconnect=policy)
    fake.reject_handshakes(429, code="rate_limit_exceeded")
    fake.drop("close1006")
    await recorder.wait_for_state(SessionState.CLOSED)
    [problem] = recorder.problems
    assert problem.kind is ProblemKind.RATE_LIMIT and problem.fatal
    assert fake.state.handshake_attempts == 1 + 4


@pytest.mark.asyncio
async def test_backoff_is_exponential_with_full_jitter_capped_and_bounded(
    fake: FakeTranslationServer, recorder: Recorder
) -> None:
    ceilings: list[float] = []

    def uniform(low: float, high: float) -> float:
        assert low == 0.0
        ceilings.append(high)
        return high / 2

    async def no_wait(delay: float) -> None:
        pass

    policy = ReconnectPolicy(base=0.5, cap=30.0, max_attempts=8, uniform=uniform, sleep=no_wait)
    await start(fake, recorder, reconnect=policy)
    fake.reject_handshakes(503)  # the service is down: worth retrying, but not for ever
    fake.drop("close1006")
    await recorder.wait_for_state(SessionState.CLOSED)
    assert ceilings == [1.0, 2.0, 4.0, 8.0, 16.0, 30.0, 30.0, 30.0]
    details = [e.detail for e in recorder.of(Status) if e.state is SessionState.RECONNECTING]
    assert details == [f"Reconnecting (attempt {n})…" for n in range(1, 9)]
    [problem] = recorder.problems
    assert problem.kind is ProblemKind.NETWORK and problem.fatal
    assert "8 attempts" in problem.message
    assert fake.state.handshake_attempts == 1 + 8


@pytest.mark.asyncio
async def test_stop_while_reconnecting_ends_promptly(fake: FakeTranslationServer, recorder: Recorder) -> None:
    never = asyncio.Event()

    async def wait_for_ever(delay: float) -> None:
        await never.wait()

    engine = await start(fake, recorder, reconnect=ReconnectPolicy(sleep=wait_for_ever))
    fake.drop("reset")
    await recorder.wait_for_state(SessionState.RECONNECTING)
    async with asyncio.timeout(WAIT):
        await engine.stop(grace=WAIT)
    assert recorder.states[-2:] == [SessionState.CLOSING, SessionState.CLOSED]
    assert recorder.problems == []
    assert engine.state is SessionState.CLOSED
    assert fake.state.connections_opened == 1


@pytest.mark.asyncio
async def test_expired_session_is_replaced_or_final_without_reconnects(fake: FakeTranslationServer) -> None:
    kept, ended = Recorder(), Recorder()
    engine = await start(fake, kept)
    fake.emit_error("Your session hit the maximum duration.", code="session_expired")
    await kept.wait_for(lambda r: lives(r) == 2)
    assert kept.problems == []
    await engine.stop(grace=1.0)

    final = await start(fake, ended, reconnect=None)
    fake.emit_error("Your session hit the maximum duration.", code="session_expired")
    await ended.wait_for_state(SessionState.CLOSED)
    [problem] = ended.problems
    assert problem.fatal and "time limit" in problem.message
    await final.stop()


@pytest.mark.asyncio
async def test_rate_limit_at_start_backs_off_then_goes_live(fake: FakeTranslationServer, recorder: Recorder) -> None:
    delays: list[float] = []

    async def no_wait(delay: float) -> None:
        delays.append(delay)

    fake.reject_handshakes(429, code="rate_limit_exceeded", times=2)
    engine = make_session(fake, recorder, reconnect=ReconnectPolicy(base=1.0, uniform=lambda lo, hi: hi / 2,
                                                                   sleep=no_wait))  # fmt: skip
    await engine.start()
    try:
        assert engine.state is SessionState.LIVE
        assert [e.detail for e in recorder.of(Status) if e.state is SessionState.CONNECTING][1:] == [
            "OpenAI is limiting connections; retrying in 1 s",
            "OpenAI is limiting connections; retrying in 2 s",
        ]
        assert delays == [1.0, 2.0]
        assert recorder.problems == []
        assert [h.status for h in fake.state.handshakes] == [429, 429, 101]
    finally:
        await engine.stop(grace=1.0)


@pytest.mark.asyncio
async def test_rate_limit_at_start_is_final_after_bounded_attempts(
    fake: FakeTranslationServer, recorder: Recorder
) -> None:
    fake.reject_handshakes(429, code="rate_limit_exceeded")
    engine = make_session(fake, recorder, reconnect=ReconnectPolicy(base=0.001, cap=0.002, max_rate_limited=2))
    await engine.start()
    [problem] = recorder.problems
    assert problem.kind is ProblemKind.RATE_LIMIT and problem.fatal
    assert fake.state.handshake_attempts == 3
    assert SessionState.LIVE not in recorder.states


def test_classification_of_failures() -> None:
    from websockets.datastructures import Headers
    from websockets.exceptions import InvalidStatus
    from websockets.http11 import Response

    from translator_gui.realtime import failures

    def refused(status: int, body: bytes = b"") -> InvalidStatus:
        return InvalidStatus(Response(status, "x", Headers(), body))

    def verdict(exc: BaseException) -> Retry:
        return classify(exc, failures.connect_failure(exc, host="h", model="m", timeout=1))

    assert verdict(refused(401)) is Retry.GIVE_UP
    assert verdict(refused(403)) is Retry.GIVE_UP
    assert verdict(refused(429, b'{"error": {"code": "insufficient_quota"}}')) is Retry.GIVE_UP
    assert verdict(refused(429, b'{"error": {"code": "rate_limit_exceeded"}}')) is Retry.RATE_LIMITED
    assert verdict(refused(503)) is Retry.AGAIN
    assert verdict(ConnectionResetError()) is Retry.AGAIN
    assert verdict(TimeoutError()) is Retry.AGAIN
    with pytest.raises(ValueError, match="max_attempts"):
        ReconnectPolicy(max_attempts=0)


@pytest.mark.asyncio
async def test_an_append_that_failed_is_sent_on_the_new_connection(
    fake: FakeTranslationServer, recorder: Recorder
) -> None:
    engine = await start(fake, recorder)
    try:
        link = engine._link
        assert link is not None
        real_append = link.append

        async def broken(pcm16: bytes) -> None:
            fake.drop("reset")  # the server side goes away too
            raise ConnectionResetError("connection reset by peer")

        link.append = broken  # type: ignore[method-assign]
        await engine.send_audio(b"\x07\x00" * 480)  # fails: kept for the next connection
        assert engine.state is SessionState.RECONNECTING
        link.append = real_append  # type: ignore[method-assign]
        await recorder.wait_for(lambda r: lives(r) == 2)
        assert await fake.wait_for(lambda s: len(s.appends) >= 1, WAIT)
        assert [(a.connection, a.byte_count) for a in fake.state.appends] == [(2, 960)]
        assert bytes(fake.state.audio) == b"\x07\x00" * 480
    finally:
        await engine.stop(grace=1.0)
