"""One realtime websocket (``/v1/realtime/translations`` or ``/v1/realtime``), opened and used through
the openai SDK: timeouts, typed sends, raw receives, a bounded close, logging without secrets.

The SDK's own reconnect is deliberately off (no ``on_reconnecting``): it re-sends neither the session
configuration nor the audio whose append failed. Reconnecting and rolling over to a new session are
done by the session (``session.RealtimeSession``), which opens a new link for each.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import logging
from collections.abc import Awaitable, Mapping
from typing import Any, Protocol, cast, runtime_checkable

from openai import AsyncOpenAI, omit
from openai.resources.realtime.realtime import AsyncRealtimeConnection
from openai.resources.realtime.translations.translations import AsyncTranslationsConnection
from openai.types.realtime.realtime_translation_session_update_request_param import (
    RealtimeTranslationSessionUpdateRequestParam,
)
from openai.types.realtime.session_update_event_param import Session as SessionUpdateSession
from openai.types.websocket_connection_options import WebSocketConnectionOptions

from translator_gui.realtime.endpoint import is_plain
from translator_gui.realtime.incoming import MAX_MESSAGE_BYTES
from translator_gui.redaction import redacting_logger

log = logging.getLogger(__name__)

WIRE_LOGGER_NAME = "translator_gui.realtime.wire"
"""Where the websockets library logs handshakes and frames (at debug level), secrets redacted."""

PING_INTERVAL = 1.0
PING_TIMEOUT = 2.5
CLOSE_TIMEOUT = 2.0
"""Seconds to wait for the server to answer our close frame before dropping the TCP connection."""

COMPRESSION = None
"""No per-message deflate, as the SDK has it when messages are unbounded (bounding ``max_size``
turns that default off, so it is said here). Deflating every 200 ms append and inflating every
delta took ≈ 7 % of the event loop's time for a 28 % smaller uplink (≈ 370 instead of 512
kbit/s), which a computer in a video call has to spare."""


class SessionLink(Protocol):
    """What an engine needs from one open realtime websocket, whatever the session kind."""

    async def recv(self) -> bytes: ...
    async def update(self, session: Mapping[str, object]) -> None: ...
    async def append(self, pcm16: bytes) -> None: ...
    async def request_close(self) -> None: ...
    async def close(self) -> None: ...


@runtime_checkable
class PingingLink(SessionLink, Protocol):
    """A link that can say how far the service has read: a websocket delivers in order, so the pong
    to a ping means everything sent before the ping has been read."""

    async def ping(self) -> Awaitable[float]: ...


@runtime_checkable
class PatientLink(SessionLink, Protocol):
    """A link whose own keep-alive can be switched off: after Stop, a slow service working through a
    backlog answers pings late without being gone (the session then judges it by its progress); and
    one that can be dropped at once when the session gives up on it (a close frame would only wait
    behind what the service never read)."""

    def relax_keepalive(self) -> None: ...
    def abort(self) -> None: ...


@runtime_checkable
class CommittingLink(SessionLink, Protocol):
    """A ``/v1/realtime`` link: its input buffer is committed by the client, answers are asked for,
    and finishing (``request_close``) commits what is left."""

    async def commit(self) -> None: ...
    async def respond(self) -> None: ...


def _append_event(pcm16: bytes, event_type: str = "session.input_audio_buffer.append") -> str:
    audio = base64.b64encode(pcm16).decode("ascii")
    return f'{{"type":"{event_type}","audio":"{audio}"}}'


def _abort(ws: Any) -> None:
    """Drop the TCP connection of ``ws``, a websockets connection, without a closing handshake."""
    with contextlib.suppress(Exception):
        ws.transport.abort()


def _relax_keepalive(ws: Any) -> None:
    """Stop the websocket's keep-alive pings (and their timeout) on ``ws``, a websockets connection."""
    task = getattr(ws, "keepalive_task", None)
    if task is not None and not task.done():
        task.cancel()


async def _close(ws: Any, connection: Any, client: AsyncOpenAI) -> None:
    """Close ``connection`` (the SDK's, over the websockets connection ``ws``) within ``CLOSE_TIMEOUT``
    and a little: a peer that stopped reading keeps the close frame from being written at all, and
    then the TCP connection is dropped. Then the SDK client. Never raises."""
    try:
        async with asyncio.timeout(CLOSE_TIMEOUT + 0.5):
            await connection.close()
    except TimeoutError:
        log.debug("The websocket did not close within %.1f s; dropping it", CLOSE_TIMEOUT + 0.5)
        _abort(ws)
    except Exception as exc:  # closing an already broken connection
        log.debug("Closing the websocket failed: %s", type(exc).__name__)
    with contextlib.suppress(Exception):
        await client.close()


def _client(api_key: str, base_url: str, organization: str | None, project: str | None) -> AsyncOpenAI:
    return AsyncOpenAI(
        api_key=api_key,
        base_url=base_url,
        organization=organization or None,
        project=project or None,
        max_retries=0,
    )


def _ws_options(open_timeout: float, base_url: str) -> WebSocketConnectionOptions:
    # The SDK forwards these to websockets.asyncio.client.connect although its TypedDict does not
    # list them; the logger matters most (see RedactingFilter).
    options: dict[str, Any] = {
        "open_timeout": open_timeout,
        "close_timeout": CLOSE_TIMEOUT,
        "logger": redacting_logger(WIRE_LOGGER_NAME),
        "max_size": MAX_MESSAGE_BYTES,
        "compression": COMPRESSION,
        # A link that stopped carrying (half-open, or a service that stopped reading) is noticed
        # within PING_INTERVAL + PING_TIMEOUT seconds even when nothing is being sent.
        "ping_interval": PING_INTERVAL,
        "ping_timeout": PING_TIMEOUT,
    }
    if is_plain(base_url):
        # websockets honours http(s)_proxy/all_proxy by default: a plain connection through a proxy
        # would show the proxy the ``Authorization: Bearer`` header. Plain text is allowed only to
        # this computer (endpoint.check_endpoint), so it goes there directly, never through a proxy.
        options["proxy"] = None
    return cast(WebSocketConnectionOptions, options)


class TranslationLink:
    """An open translation websocket: typed sends, raw receives, a bounded close."""

    def __init__(self, client: AsyncOpenAI, connection: AsyncTranslationsConnection) -> None:
        self._client = client
        self._connection = connection

    @classmethod
    async def open(
        cls,
        *,
        api_key: str,
        base_url: str,
        model: str,
        open_timeout: float,
        organization: str | None = None,
        project: str | None = None,
    ) -> TranslationLink:
        """Connect (no retries). Raises what the SDK raises: ``websockets.exceptions.InvalidStatus``
        for a rejected handshake, ``OSError``/``TimeoutError`` for network trouble."""
        client = _client(api_key, base_url, organization, project)
        options = _ws_options(open_timeout, base_url)
        manager = client.realtime.translations.connect(model=model, websocket_connection_options=options)
        try:
            connection = await manager.enter()
        except BaseException:
            await client.close()
            raise
        return cls(client, connection)

    async def recv(self) -> bytes:
        """The next raw message; raises ``websockets.exceptions.ConnectionClosed`` at the end."""
        return await self._connection.recv_bytes()

    async def update(self, session: Mapping[str, object]) -> None:
        await self._connection.session.update(session=cast(RealtimeTranslationSessionUpdateRequestParam, session))

    async def append(self, pcm16: bytes) -> None:
        # The hot path: the event's JSON is written directly (its shape is fixed and validated by the
        # fake server's tests against the SDK's own types) instead of through the SDK's generic
        # TypedDict transform, which dominated the CPU cost of sending audio.
        await self._connection.send_raw(_append_event(pcm16))

    async def ping(self) -> Awaitable[float]:
        """Send a ping now; what it returns is done when the pong is back (see ``PingingLink``)."""
        return await self._connection._connection.ping()  # the websocket's own: the SDK has no ping

    async def request_close(self) -> None:
        """Ask the server to finish: it flushes pending audio, sends the rest, then ``session.closed``."""
        await self._connection.session.close()

    def relax_keepalive(self) -> None:
        """No more keep-alive pings of the websocket's own (see ``PatientLink``)."""
        _relax_keepalive(self._connection._connection)

    def abort(self) -> None:
        """Drop the connection now (see ``PatientLink``); ``close()`` still closes the client."""
        _abort(self._connection._connection)

    async def close(self) -> None:
        """Close the websocket (bounded by ``CLOSE_TIMEOUT``) and the SDK client. Never raises."""
        await _close(self._connection._connection, self._connection, self._client)


class RealtimeLink:
    """An open ``/v1/realtime`` websocket (conversation or transcription session), same interface.

    ``request_close`` commits the input audio buffer: these sessions have no ``session.close``, so the
    engine finishes by committing what was said and waiting for its transcript or answer (asked for
    with ``respond`` once the commit is confirmed: a refused or empty commit asks for nothing).
    """

    def __init__(self, client: AsyncOpenAI, connection: AsyncRealtimeConnection) -> None:
        self._client = client
        self._connection = connection

    @classmethod
    async def open(
        cls,
        *,
        api_key: str,
        base_url: str,
        model: str | None,
        open_timeout: float,
        transcription: bool = False,
        organization: str | None = None,
        project: str | None = None,
    ) -> RealtimeLink:
        """Connect a conversation session (``model``) or a transcription session (``transcription``:
        ``?intent=transcription``; the transcription model is chosen in ``session.update``)."""
        client = _client(api_key, base_url, organization, project)
        options = _ws_options(open_timeout, base_url)
        if transcription:
            intent = {"intent": "transcription"}
            manager = client.realtime.connect(extra_query=intent, websocket_connection_options=options)
        else:
            manager = client.realtime.connect(model=model or omit, websocket_connection_options=options)
        try:
            connection = await manager.enter()
        except BaseException:
            await client.close()
            raise
        return cls(client, connection)

    async def recv(self) -> bytes:
        return await self._connection.recv_bytes()

    async def update(self, session: Mapping[str, object]) -> None:
        await self._connection.session.update(session=cast(SessionUpdateSession, session))

    async def append(self, pcm16: bytes) -> None:
        await self._connection.send_raw(_append_event(pcm16, "input_audio_buffer.append"))

    async def ping(self) -> Awaitable[float]:
        """Send a ping now; what it returns is done when the pong is back (see ``PingingLink``)."""
        return await self._connection._connection.ping()  # the websocket's own: the SDK has no ping

    async def request_close(self) -> None:
        """Commit the rest of the buffer (the engine then waits for what it asked of that commit)."""
        await self.commit()

    async def commit(self) -> None:
        """Commit the input buffer: it becomes one item (transcribed, and for a conversation answerable)."""
        await self._connection.input_audio_buffer.commit()

    async def respond(self) -> None:
        """Ask the model for an answer to the conversation so far."""
        await self._connection.response.create()

    def relax_keepalive(self) -> None:
        """No more keep-alive pings of the websocket's own (see ``PatientLink``)."""
        _relax_keepalive(self._connection._connection)

    def abort(self) -> None:
        """Drop the connection now (see ``PatientLink``); ``close()`` still closes the client."""
        _abort(self._connection._connection)

    async def close(self) -> None:
        await _close(self._connection._connection, self._connection, self._client)
