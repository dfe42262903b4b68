"""Opening one connection of a session: connect, wait for ``session.created``, send the configuration,
wait for ``session.updated``.

A connection counts as open only once the server confirmed the configuration (target language,
transcription), not merely when the socket opens: a session that cannot work as asked fails with a
clear sentence instead of producing captions in the wrong language. The cost is one round trip.

Each connection gets its own ``Decoder``: what one session's decoder remembers (e.g. that it was
asked to finish) never changes how the next session's events read.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass

from openai import OpenAIError
from websockets.exceptions import ConnectionClosed

from translator_gui.realtime import failures
from translator_gui.realtime.connection import CommittingLink, SessionLink
from translator_gui.realtime.engine import EventSink, Problem, SourceText, TargetAudio, TargetText, TokenUsage
from translator_gui.realtime.incoming import (
    Decoder,
    Incoming,
    ServerError,
    SessionConfigured,
    SessionEnded,
    SessionStarted,
)
from translator_gui.realtime.reconnect import AttemptFailed

log = logging.getLogger(__name__)

SEND_ERRORS = (ConnectionClosed, OSError, OpenAIError)
"""What sending on a connection that died raises."""


class Connection:
    """One open link and the decoder of what arrives on it."""

    def __init__(self, link: SessionLink, decoder: Decoder) -> None:
        self.link = link
        self._decoder = decoder

    async def receive(self) -> list[Incoming]:
        """The app events in the next message; raises ``ConnectionClosed`` at the end."""
        return self._decoder.decode(await self.link.recv())

    async def append(self, pcm16: bytes) -> None:
        await self.link.append(pcm16)

    async def update(self, session: Mapping[str, object]) -> None:
        await self.link.update(session)

    async def request_close(self) -> None:
        """Ask the session to finish; from now on this connection's events are read as its last ones."""
        self._decoder.closing = True
        if isinstance(self.link, CommittingLink):
            self._decoder.commits_awaited += 1  # finishing commits what is left
        await self.link.request_close()

    async def commit(self) -> None:
        """Commit the input buffer (a ``/v1/realtime`` link only)."""
        if not isinstance(self.link, CommittingLink):
            raise TypeError("this kind of session has no input buffer to commit")
        self._decoder.commits_awaited += 1
        await self.link.commit()

    async def respond(self) -> None:
        """Ask for an answer (a ``/v1/realtime`` conversation only)."""
        if not isinstance(self.link, CommittingLink):
            raise TypeError("this kind of session gives no answers")
        await self.link.respond()

    async def close(self) -> None:
        await self.link.close()


@dataclass(frozen=True)
class Opened:
    connection: Connection
    configured: str
    """The target language sent in the configuration (the session's may have changed since)."""
    expires_at: int | None
    """When the service will end this session (Unix seconds, the server's clock), if it said."""
    received_at: float = 0.0
    """When ``session.created`` arrived (``time.monotonic()``)."""
    lifetime: float | None = None
    """Seconds the session had left when ``session.created`` arrived: ``expires_at`` against the
    local time of receipt (None: the server did not say)."""


class _SetupFailed(Exception):
    def __init__(self, problem: Problem) -> None:
        super().__init__(problem.message)
        self.problem = problem


class Opener:
    """Opens and configures the connections of one session, with that session kind's link,
    decoder and configuration, for the target language current at the time."""

    def __init__(
        self,
        *,
        open_link: Callable[[], Awaitable[SessionLink]],
        decoder: Callable[[], Decoder],
        session_config: Callable[[str], Mapping[str, object]],
        target: Callable[[], str],
        emit: EventSink,
        host: str,
        model: str,
        timeout: float,
        wall_clock: Callable[[], float] = time.time,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._open_link = open_link
        self._decoder = decoder
        self._session_config = session_config
        self._target = target
        self._emit = emit
        self._host = host
        self._model = model
        self._timeout = timeout
        self._wall_clock = wall_clock
        self._clock = clock

    async def open(self) -> Opened:
        """A configured connection within ``timeout``; raises ``AttemptFailed`` (nothing left open) if not."""
        connection: Connection | None = None
        try:
            async with asyncio.timeout(self._timeout):
                connection = Connection(await self._open_link(), self._decoder())
                started = await self._read_until(connection, SessionStarted)
                received_wall, received_at = self._wall_clock(), self._clock()
                configured = self._target()
                await connection.update(self._session_config(configured))
                confirmed = await self._read_until(connection, SessionConfigured)
        except BaseException as exc:
            if connection is not None:
                await connection.close()
            if not isinstance(exc, Exception):
                raise
            raise AttemptFailed(self._problem(exc, connected=connection is not None), exc) from exc
        expires_at = started.expires_at if isinstance(started, SessionStarted) else None
        if expires_at is None and isinstance(confirmed, SessionConfigured):
            expires_at = confirmed.expires_at  # said only with the configuration
        lifetime = None if expires_at is None else expires_at - received_wall
        return Opened(connection, configured, expires_at, received_at, lifetime)

    def _problem(self, exc: Exception, *, connected: bool) -> Problem:
        if isinstance(exc, _SetupFailed):
            return exc.problem
        if isinstance(exc, TimeoutError) and connected:
            return failures.setup_timeout(host=self._host, timeout=self._timeout)
        if not isinstance(exc, TimeoutError):
            log.debug("Opening the session failed: %s", type(exc).__name__, exc_info=True)
        return failures.connect_failure(exc, host=self._host, model=self._model, timeout=self._timeout)

    async def _read_until(
        self, connection: Connection, wanted: type[SessionStarted] | type[SessionConfigured]
    ) -> SessionStarted | SessionConfigured:
        """Read during setup until ``wanted`` arrives; an error or an early end fails the setup."""
        while True:
            for item in await connection.receive():
                if isinstance(item, wanted):
                    return item
                if isinstance(item, ServerError):
                    raise _SetupFailed(failures.server_error(item, during_setup=True))
                if isinstance(item, SessionEnded):
                    raise _SetupFailed(failures.session_ended_early(host=self._host))
                if isinstance(item, SourceText | TargetText | TargetAudio | TokenUsage):
                    self._emit(item)
