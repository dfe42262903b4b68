"""Every failure becomes one fatal (or, for server errors, non-fatal) Problem in plain words."""

from __future__ import annotations

import asyncio
import socket
from collections.abc import Iterator
from typing import Any

import pytest

from tests.fakes.translation_server import FakeTranslationServer
from tests.realtime.conftest import Recorder, make_session
from translator_gui.realtime.engine import Problem, ProblemKind, SessionState, Status, TargetText


def assert_failed(recorder: Recorder, kind: ProblemKind) -> Problem:
    """Exactly one fatal problem of ``kind``, then CLOSED, and never LIVE; returns the problem."""
    [problem] = recorder.problems
    assert problem.kind is kind, problem
    assert problem.fatal
    assert recorder.events[-1] == Status(SessionState.CLOSED)
    assert recorder.events.index(problem) < len(recorder.events) - 1
    assert SessionState.LIVE not in recorder.states
    assert_plain_sentence(problem.message)
    return problem


def assert_plain_sentence(message: str) -> None:
    assert message.endswith(".")
    assert "\n" not in message
    assert "Traceback" not in message
    assert "Error(" not in message and "Exception" not in message


@pytest.mark.asyncio
async def test_rejected_key_is_fatal_auth_after_one_handshake(fake: FakeTranslationServer, recorder: Recorder) -> None:
    engine = make_session(fake, recorder, api_key="sk-not-the-right-one")
    await engine.start()  # must not raise
    problem = assert_failed(recorder, ProblemKind.AUTH)
    assert "API key" in problem.message
    assert engine.state is SessionState.CLOSED
    assert fake.state.handshake_attempts == 1
    assert [h.status for h in fake.state.handshakes] == [401]
    await engine.stop()  # safe after a failed start, and silent
    assert recorder.events[-1] == Status(SessionState.CLOSED)
    assert recorder.states.count(SessionState.CLOSED) == 1


@pytest.mark.asyncio
@pytest.mark.parametrize(
    ("status", "code", "kind"),
    [
        (429, "rate_limit_exceeded", ProblemKind.RATE_LIMIT),
        (429, "insufficient_quota", ProblemKind.QUOTA),
        (403, None, ProblemKind.PERMISSION),
        (404, "model_not_found", ProblemKind.PERMISSION),
        (503, None, ProblemKind.SERVER),
    ],
)
async def test_refused_handshake_maps_to_a_problem_kind(
    fake: FakeTranslationServer, recorder: Recorder, status: int, code: str | None, kind: ProblemKind
) -> None:
    fake.reject_handshakes(status, code=code)
    engine = make_session(fake, recorder, reconnect=None)  # no retries (rate limits: see test_translate_reconnect)
    await engine.start()
    assert_failed(recorder, kind)
    assert fake.state.handshake_attempts == 1


@pytest.fixture
def closed_port() -> Iterator[int]:
    """A loopback port that refuses connections (bound, never listening, so nobody else gets it)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        yield sock.getsockname()[1]


@pytest.mark.asyncio
async def test_closed_port_is_a_network_problem(recorder: Recorder, closed_port: int) -> None:
    async with FakeTranslationServer() as fake:  # running, but not where the engine looks
        engine = make_session(fake, recorder, base_url=f"http://127.0.0.1:{closed_port}/v1")
        await engine.start()
    problem = assert_failed(recorder, ProblemKind.NETWORK)
    assert problem.message == f"Can't reach 127.0.0.1:{closed_port}: the connection was refused."
    assert fake.state.handshake_attempts == 0


class ConnectSpy:
    """Counts the event loop's outgoing connections and name lookups."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.calls: list[str] = []
        loop = asyncio.get_running_loop()
        for name in ("create_connection", "getaddrinfo", "sock_connect"):
            original = getattr(loop, name)
            monkeypatch.setattr(loop, name, self._wrap(name, original))

    def _wrap(self, name: str, original: Any) -> Any:
        async def spy(*args: Any, **kwargs: Any) -> Any:
            self.calls.append(name)
            return await original(*args, **kwargs)

        return spy


@pytest.mark.asyncio
@pytest.mark.parametrize(
    "url",
    [
        "http://example.com/v1",
        "ws://10.0.0.5:8000/v1",
        "ftp://127.0.0.1/v1",
        "https://user:pw@example.com/v1",
    ],
)
async def test_insecure_endpoint_fails_without_touching_the_network(
    fake: FakeTranslationServer, recorder: Recorder, monkeypatch: pytest.MonkeyPatch, url: str
) -> None:
    spy = ConnectSpy(monkeypatch)
    engine = make_session(fake, recorder, base_url=url)
    await engine.start()
    assert_failed(recorder, ProblemKind.ENDPOINT)
    assert SessionState.CONNECTING not in recorder.states
    assert spy.calls == []
    # the spy does see a real attempt: the same engine setup against the (loopback, http) fake
    allowed = make_session(fake, Recorder())
    await allowed.start()
    await allowed.stop()
    assert "create_connection" in spy.calls
    assert fake.state.handshake_attempts == 1


@pytest.mark.asyncio
async def test_openai_base_url_is_honoured_when_none_is_configured(
    fake: FakeTranslationServer, recorder: Recorder, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OPENAI_BASE_URL", fake.base_url)
    engine = make_session(fake, recorder, base_url=None)
    await engine.start()
    await engine.stop()
    assert SessionState.LIVE in recorder.states
    assert fake.state.handshake_attempts == 1


@pytest.mark.asyncio
async def test_server_error_event_is_shown_and_the_session_stays_live(
    fake: FakeTranslationServer, live: object, recorder: Recorder
) -> None:
    fake.emit_error("Audio was not understood.", code="audio_unintelligible", param="audio")
    fake.say("Still here", "Sigo aquí")
    await recorder.wait_for(lambda r: r.text(TargetText) == "Sigo aquí")
    [problem] = recorder.problems
    assert problem.kind is ProblemKind.SERVER
    assert not problem.fatal
    assert "Audio was not understood" in problem.message
    assert recorder.states[-1] is SessionState.LIVE


@pytest.mark.asyncio
@pytest.mark.parametrize(
    ("code", "kind"),
    [
        ("invalid_api_key", ProblemKind.AUTH),
        ("insufficient_quota", ProblemKind.QUOTA),
    ],
)
async def test_fatal_error_codes_end_the_session(
    fake: FakeTranslationServer, live: object, recorder: Recorder, code: str, kind: ProblemKind
) -> None:
    fake.emit_error("You cannot continue.", code=code)
    await recorder.wait_for_state(SessionState.CLOSED)
    assert_failed_after_live(recorder, kind)


def assert_failed_after_live(recorder: Recorder, kind: ProblemKind) -> None:
    [problem] = recorder.problems
    assert problem.kind is kind and problem.fatal
    assert recorder.states == [SessionState.CONNECTING, SessionState.LIVE, SessionState.CLOSED]
    assert recorder.events[-1] == Status(SessionState.CLOSED)
    assert_plain_sentence(problem.message)


@pytest.mark.asyncio
async def test_error_during_setup_is_fatal(fake: FakeTranslationServer, recorder: Recorder) -> None:
    fake.emit_error("Transcription model 'x' is not available.", param="session.audio.input.transcription.model")
    engine = make_session(fake, recorder)
    await engine.start()
    problem = assert_failed(recorder, ProblemKind.SERVER)
    assert "session settings" in problem.message
    assert "not available" in problem.message


@pytest.mark.asyncio
async def test_server_that_never_starts_the_session_times_out(fake: FakeTranslationServer, recorder: Recorder) -> None:
    fake.set_greet(False)
    engine = make_session(fake, recorder, connect_timeout=0.3)
    await engine.start()
    problem = assert_failed(recorder, ProblemKind.SERVER)
    assert "0.3 seconds" in problem.message
    assert fake.state.handshake_attempts == 1
    assert await fake.wait_for(lambda s: s.connections_ended == 1, 5)  # the engine hung up


@pytest.mark.asyncio
@pytest.mark.parametrize("kind", ["close1006", "reset"])
async def test_dropped_connection_without_reconnects_is_a_network_problem(
    fake: FakeTranslationServer, recorder: Recorder, kind: str
) -> None:
    engine = make_session(fake, recorder, reconnect=None)
    await engine.start()
    fake.say("Before", "Antes")
    fake.drop(kind)  # type: ignore[arg-type]
    await recorder.wait_for_state(SessionState.CLOSED)
    assert recorder.text(TargetText) == "Antes"
    assert_failed_after_live(recorder, ProblemKind.NETWORK)


@pytest.mark.asyncio
async def test_server_closing_without_session_closed_is_reported_without_reconnects(
    fake: FakeTranslationServer, recorder: Recorder
) -> None:
    engine = make_session(fake, recorder, reconnect=None)
    await engine.start()
    fake.close_connection(1011, "internal error")
    await recorder.wait_for_state(SessionState.CLOSED)
    assert_failed_after_live(recorder, ProblemKind.SERVER)
    assert "1011" in recorder.problems[0].message


@pytest.mark.asyncio
async def test_sending_into_a_dead_connection_is_reported_once(fake: FakeTranslationServer, recorder: Recorder) -> None:
    engine = make_session(fake, recorder, reconnect=None)
    await engine.start()
    fake.drop("reset")
    # keep sending while the connection dies underneath: whichever side notices first reports it
    for _ in range(200):
        await engine.send_audio(bytes(960))
        if engine.state is not SessionState.LIVE:
            break
    await recorder.wait_for_state(SessionState.CLOSED)
    for _ in range(5):
        await engine.send_audio(bytes(960))
        await engine.set_target_language("it")
    await engine.stop()
    assert_failed_after_live(recorder, ProblemKind.NETWORK)
