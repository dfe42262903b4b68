"""One websocket to ``/v1/realtime/translations``, opened and used through the openai SDK.

This is where connection policy lives: timeouts, logging without secrets, and (later) reconnecting
and rolling over to a new session. The SDK's own reconnect is deliberately off (no
``on_reconnecting``): when it is added here, the session configuration must be re-sent and audio
that was not acknowledged replayed, which the SDK does not do.
"""

from __future__ import annotations

import base64
import contextlib
import logging
from typing import Any, cast

from openai import AsyncOpenAI
from openai.resources.realtime.translations.translations import AsyncTranslationsConnection
from openai.types.realtime.realtime_translation_session_update_request_param import (
    RealtimeTranslationSessionUpdateRequestParam,
)
from openai.types.websocket_connection_options import WebSocketConnectionOptions

from translator_gui.realtime.redaction import redacting_logger

log = logging.getLogger(__name__)

WIRE_LOGGER_NAME = "translator_gui.realtime.wire"
"""Where the websockets library logs handshakes and frames (at debug level), secrets redacted."""

CLOSE_TIMEOUT = 2.0
"""Seconds to wait for the server to answer our close frame before dropping the TCP connection."""


class TranslationLink:
    """An open translation websocket: typed sends, raw receives, a bounded close."""

    def __init__(self, client: AsyncOpenAI, connection: AsyncTranslationsConnection) -> None:
        self._client = client
        self._connection = connection

    @classmethod
    async def open(cls, *, api_key: str, base_url: str, model: str, open_timeout: float) -> TranslationLink:
        """Connect (no retries). Raises what the SDK raises: ``websockets.exceptions.InvalidStatus``
        for a rejected handshake, ``OSError``/``TimeoutError`` for network trouble."""
        client = AsyncOpenAI(api_key=api_key, base_url=base_url, max_retries=0)
        # The SDK forwards these to websockets.asyncio.client.connect although its TypedDict does not
        # list them; the logger matters most (see RedactingFilter).
        options: dict[str, Any] = {
            "open_timeout": open_timeout,
            "close_timeout": CLOSE_TIMEOUT,
            "logger": redacting_logger(WIRE_LOGGER_NAME),
        }
        manager = client.realtime.translations.connect(
            model=model, websocket_connection_options=cast(WebSocketConnectionOptions, options)
        )
        try:
            connection = await manager.enter()
        except BaseException:
            await client.close()
            raise
        return cls(client, connection)

    async def recv(self) -> bytes:
        """The next raw message; raises ``websockets.exceptions.ConnectionClosed`` at the end."""
        return await self._connection.recv_bytes()

    async def update(self, session: RealtimeTranslationSessionUpdateRequestParam) -> None:
        await self._connection.session.update(session=session)

    async def append(self, pcm16: bytes) -> None:
        audio = base64.b64encode(pcm16).decode("ascii")
        await self._connection.session.input_audio_buffer.append(audio=audio)

    async def request_close(self) -> None:
        """Ask the server to finish: it flushes pending audio, sends the rest, then ``session.closed``."""
        await self._connection.session.close()

    async def close(self) -> None:
        """Close the websocket (bounded by ``CLOSE_TIMEOUT``) and the SDK client. Never raises."""
        try:
            await self._connection.close()
        except Exception as exc:  # closing an already broken connection
            log.debug("Closing the websocket failed: %s", type(exc).__name__)
        with contextlib.suppress(Exception):
            await self._client.close()
