"""Shared pieces for realtime tests: a clean environment, the fake server, an event recorder."""

from __future__ import annotations

import asyncio
import dataclasses
from collections.abc import AsyncIterator, Callable
from typing import Any, TypeVar

import pytest
import pytest_asyncio

from tests.fakes.translation_server import FakeTranslationServer
from translator_gui.realtime.engine import (
    EngineEvent,
    Problem,
    SessionState,
    SourceText,
    Status,
    TargetAudio,
    TargetText,
)
from translator_gui.realtime.modes.translate import TranslateSession
from translator_gui.realtime.options import SessionOptions
from translator_gui.realtime.reconnect import ReconnectPolicy

E = TypeVar("E")
WAIT = 5.0  # seconds; generous for a busy 2-core machine, never reached when things work
FAST_RECONNECT = ReconnectPolicy(base=0.01, cap=0.05)  # the real backoff shape, in milliseconds

_ENV = (
    "OPENAI_BASE_URL",
    "OPENAI_API_KEY",
    "OPENAI_CUSTOM_HEADERS",
    "OPENAI_ORG_ID",
    "OPENAI_PROJECT_ID",
    "OPENAI_LOG",
    "HTTP_PROXY",
    "HTTPS_PROXY",
    "ALL_PROXY",
    "WS_PROXY",
    "WSS_PROXY",
    "http_proxy",
    "https_proxy",
    "all_proxy",
    "ws_proxy",
    "wss_proxy",
)


@pytest.fixture(autouse=True)
def _clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """The SDK reads OPENAI_* variables and websockets honours proxy variables: neither may leak in."""
    for name in _ENV:
        monkeypatch.delenv(name, raising=False)


class Recorder:
    """An ``EventSink`` that keeps every engine event and lets a test await a condition on them."""

    def __init__(self) -> None:
        self.events: list[EngineEvent] = []
        self._changed = asyncio.Event()

    def __call__(self, event: EngineEvent) -> None:
        self.events.append(event)
        self._changed.set()

    def of(self, kind: type[E]) -> list[E]:
        return [e for e in self.events if isinstance(e, kind)]

    @property
    def states(self) -> list[SessionState]:
        return [e.state for e in self.of(Status)]

    @property
    def problems(self) -> list[Problem]:
        return self.of(Problem)

    def text(self, kind: type[SourceText] | type[TargetText]) -> str:
        return "".join(e.delta for e in self.of(kind))

    def audio(self) -> bytes:
        return b"".join(e.pcm16 for e in self.of(TargetAudio))

    async def wait_for(self, predicate: Callable[[Recorder], bool], timeout: float = WAIT) -> None:  # noqa: ASYNC109
        try:
            async with asyncio.timeout(timeout):
                while not predicate(self):
                    self._changed.clear()
                    await self._changed.wait()
        except TimeoutError:
            summary = "\n".join(repr(e)[:160] for e in self.events[-30:])
            raise AssertionError(f"condition not met within {timeout} s; last events:\n{summary}") from None

    async def wait_for_state(self, state: SessionState, timeout: float = WAIT) -> None:  # noqa: ASYNC109
        await self.wait_for(lambda r: state in r.states, timeout)


@pytest.fixture
def recorder() -> Recorder:
    return Recorder()


@pytest_asyncio.fixture
async def fake() -> AsyncIterator[FakeTranslationServer]:
    async with FakeTranslationServer() as server:
        yield server


def make_session(server: FakeTranslationServer, recorder: Recorder, **overrides: Any) -> TranslateSession:
    """A ``TranslateSession`` on ``server``; ``overrides`` are ``SessionOptions`` fields, the target
    language, the sink or the session's test hooks."""
    fields = {f.name for f in dataclasses.fields(SessionOptions)}
    options: dict[str, Any] = {"api_key": "sk-test", "base_url": server.base_url, "connect_timeout": WAIT}
    options.update({k: v for k, v in overrides.items() if k in fields})
    target = overrides.pop("target_language", "es")
    emit = overrides.pop("emit", recorder)
    hooks = {k: v for k, v in overrides.items() if k not in fields}
    return TranslateSession(target, emit, SessionOptions(**options), **hooks)


@pytest_asyncio.fixture
async def live(fake: FakeTranslationServer, recorder: Recorder) -> AsyncIterator[TranslateSession]:
    """An engine LIVE against ``fake``; stopped afterwards."""
    engine = make_session(fake, recorder)
    await engine.start()
    assert engine.state is SessionState.LIVE, recorder.events
    try:
        yield engine
    finally:
        await engine.stop(grace=1.0)
