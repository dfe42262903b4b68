"""A fake ``/v1/realtime`` server on loopback: transcription sessions (``?intent=transcription``) and
conversation sessions (``?model=...``), for the Captions and Interpret engines.

Like the translation fake, it only accepts what the real service accepts: every client message is
validated with the SDK's ``RealtimeClientEvent`` (plus: no unknown parameters, and a ``session.update``
of the session's own type), and every event it emits is validated with ``RealtimeServerEvent`` first
(an invalid one is a bug in the test: recorded, and raised when the server stops).

Scripted speech (``say``) plays once ``after_input_ms`` of audio arrived on the newest connection:
a transcription session answers with transcription deltas and ``completed``; a conversation session
with the input transcription, then an audio response (transcript deltas, audio deltas, ``response.done``
with usage).
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import copy
import itertools
import json
import logging
import secrets
import threading
from collections import deque
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from types import TracebackType
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pydantic
from openai.types.realtime import RealtimeClientEvent, RealtimeServerEvent
from websockets.asyncio.server import Server, ServerConnection, serve
from websockets.exceptions import ConnectionClosed
from websockets.http11 import Request, Response

from tests.fakes.translation_rules import _unknown_params, openai_error
from tests.fakes.translation_script import audio_chunks, pcm16_bytes, text_fragments

PATH = "/v1/realtime"
INPUT_BYTES_PER_MS = 48
CLIENT_EVENTS: pydantic.TypeAdapter[Any] = pydantic.TypeAdapter(RealtimeClientEvent)
SERVER_EVENTS: pydantic.TypeAdapter[Any] = pydantic.TypeAdapter(RealtimeServerEvent)

_ws_log = logging.getLogger("tests.fakes.realtime_server.ws")
_ws_log.setLevel(logging.INFO)  # websockets logs request headers (the API key) at debug level


@dataclass
class RealtimeState:
    """Everything recorded so far; mutated only by the server, under its lock."""

    handshakes: list[tuple[str, dict[str, list[str]], int]] = field(default_factory=list)  # path, query, status
    received: list[dict[str, Any]] = field(default_factory=list)  # valid client events
    invalid: list[str] = field(default_factory=list)  # raw invalid client messages
    audio: bytearray = field(default_factory=bytearray)
    session_updates: list[dict[str, Any]] = field(default_factory=list)
    sessions: list[dict[str, Any]] = field(default_factory=list)  # merged configuration per connection
    sent: list[dict[str, Any]] = field(default_factory=list)
    connections_opened: int = 0
    bugs: list[str] = field(default_factory=list)

    def received_of(self, event_type: str) -> list[dict[str, Any]]:
        return [e for e in self.received if e["type"] == event_type]

    def sent_of(self, event_type: str) -> list[dict[str, Any]]:
        return [e for e in self.sent if e["type"] == event_type]


@dataclass
class _Say:
    source: str
    translation: str
    audio: bytes
    after_input_ms: float


@dataclass
class _Conn:
    index: int
    ws: ServerConnection
    kind: str  # "transcription" | "realtime"
    session: dict[str, Any]
    input_bytes: int = 0
    uncommitted: int = 0
    items: itertools.count[int] = field(default_factory=lambda: itertools.count(1))


def server_event_problem(event: dict[str, Any]) -> str | None:
    try:
        SERVER_EVENTS.validate_python(event)
    except pydantic.ValidationError as exc:
        return f"{event.get('type')!r}: {exc.errors()[0]['msg']}"
    return None


def _merge(into: dict[str, Any], update: dict[str, Any]) -> None:
    for key, value in update.items():
        if isinstance(value, dict) and isinstance(into.get(key), dict):
            _merge(into[key], value)
        else:
            into[key] = copy.deepcopy(value)


class FakeRealtimeServer:
    """The fake ``/v1/realtime`` on the current event loop."""

    def __init__(self, *, api_keys: Collection[str] = ("sk-test",), host: str = "127.0.0.1") -> None:
        self.api_keys = frozenset(api_keys)
        self.host = host
        self.state = RealtimeState()
        self.lock = threading.Condition()
        self._script: deque[_Say] = deque()
        self._active: _Conn | None = None
        self._server: Server | None = None
        self._changed: asyncio.Event | None = None
        self._ids = itertools.count(1)
        self._port = 0

    async def __aenter__(self) -> FakeRealtimeServer:
        self._changed = asyncio.Event()
        self._server = await serve(
            self._handle, self.host, 0, process_request=self._process_request, max_size=32 * 1024 * 1024,
            logger=_ws_log,
        )  # fmt: skip
        self._port = next(iter(self._server.sockets)).getsockname()[1]
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self._server is not None:
            self._server.close()
            await self._server.wait_closed()
        if self.state.bugs and exc is None:
            raise AssertionError("the fake server was asked to emit invalid events: " + "; ".join(self.state.bugs))

    @property
    def base_url(self) -> str:
        return f"http://{self.host}:{self._port}/v1"

    # -- scripting -----------------------------------------------------------------------------

    def say(self, source: str, translation: str = "", audio: Any = None, *, after_input_ms: float = 0.0) -> None:
        self._script.append(_Say(source, translation, pcm16_bytes(audio), after_input_ms))
        self._notify()

    def drop(self) -> None:
        """Close the newest connection's TCP stream without a close frame (a network drop)."""
        if self._active is not None:
            self._active.ws.transport.close()

    async def wait_for(self, predicate: Callable[[RealtimeState], bool], timeout: float) -> bool:  # noqa: ASYNC109
        assert self._changed is not None
        try:
            async with asyncio.timeout(timeout):
                while not predicate(self.state):
                    self._changed.clear()
                    await self._changed.wait()
        except TimeoutError:
            return predicate(self.state)
        return True

    # -- internals -----------------------------------------------------------------------------

    def _notify(self) -> None:
        with self.lock:
            self.lock.notify_all()
        if self._changed is not None:
            self._changed.set()

    def _id(self, prefix: str = "event") -> str:
        return f"{prefix}_fake{next(self._ids):06d}"

    def _refuse(self, path: str, query: dict[str, list[str]], headers: dict[str, str]) -> tuple[int, Any] | None:
        if path != PATH:
            return 404, openai_error(f"Invalid URL (GET {path})")
        scheme, _, key = headers.get("authorization", "").partition(" ")
        if scheme.lower() != "bearer" or key not in self.api_keys:
            return 401, openai_error("Incorrect API key provided.", code="invalid_api_key")
        intent = (query.get("intent") or [""])[0]
        if intent != "transcription" and not (query.get("model") or [""])[0]:
            return 400, openai_error("Missing required parameter: 'model'.", code="missing_required_parameter")
        return None

    def _process_request(self, connection: ServerConnection, request: Request) -> Response | None:
        parts = urlsplit(request.path)
        query = parse_qs(parts.query, keep_blank_values=True)
        headers = {name.lower(): value for name, value in request.headers.raw_items()}
        refusal = self._refuse(parts.path, query, headers)
        with self.lock:
            self.state.handshakes.append((parts.path, query, refusal[0] if refusal else 101))
        self._notify()
        if refusal is None:
            return None
        return connection.respond(refusal[0], json.dumps(refusal[1]) + "\n")

    async def _handle(self, ws: ServerConnection) -> None:
        assert ws.request is not None
        query = parse_qs(urlsplit(ws.request.path).query)
        transcription = (query.get("intent") or [""])[0] == "transcription"
        kind = "transcription" if transcription else "realtime"
        session: dict[str, Any] = {"type": kind, "id": f"sess_{secrets.token_hex(6)}"}
        if not transcription:
            session.update(model=query["model"][0], output_modalities=["audio"])
        with self.lock:
            self.state.connections_opened += 1
            conn = _Conn(self.state.connections_opened, ws, kind, session)
            self.state.sessions.append(session)
            self._active = conn
        self._notify()
        script = asyncio.create_task(self._play(conn))
        try:
            await self._send(conn, {"type": "session.created", "session": copy.deepcopy(session)})
            async for message in ws:
                await self._on_message(conn, message)
        except ConnectionClosed:
            pass
        finally:
            script.cancel()
            with contextlib.suppress(asyncio.CancelledError, ConnectionClosed):
                await script

    async def _send(self, conn: _Conn, event: dict[str, Any]) -> None:
        event = {"event_id": self._id(), **event}
        problem = server_event_problem(event)
        if problem is not None:
            with self.lock:
                self.state.bugs.append(problem)
            raise AssertionError(f"the fake server would emit an invalid event: {problem}")
        await conn.ws.send(json.dumps(event))
        with self.lock:
            self.state.sent.append(event)
        self._notify()

    async def _error(self, conn: _Conn, message: str, code: str, param: str | None = None) -> None:
        error = {"type": "invalid_request_error", "code": code, "message": message, "param": param, "event_id": None}
        await self._send(conn, {"type": "error", "error": error})

    async def _on_message(self, conn: _Conn, message: str | bytes) -> None:
        try:
            data = json.loads(message)
            event = CLIENT_EVENTS.validate_python(data)
        except (ValueError, pydantic.ValidationError) as exc:
            with self.lock:
                self.state.invalid.append(str(message)[:500])
            await self._error(conn, f"Invalid client event: {str(exc)[:200]}", "invalid_value")
            return
        unknown = _unknown_params(event)
        if unknown:
            with self.lock:
                self.state.invalid.append(str(message)[:500])
            await self._error(conn, f"Unknown parameter: '{unknown[0]}'.", "unknown_parameter", unknown[0])
            return
        kind = data["type"]
        if kind == "session.update" and data["session"].get("type") != conn.kind:
            with self.lock:
                self.state.invalid.append(str(message)[:500])
            await self._error(conn, f"This is a {conn.kind} session.", "invalid_value", "session.type")
            return
        with self.lock:
            self.state.received.append(data)
            if kind == "input_audio_buffer.append":
                audio = base64.b64decode(data["audio"], validate=True)
                self.state.audio += audio
                conn.input_bytes += len(audio)
                conn.uncommitted += len(audio)
            elif kind == "session.update":
                self.state.session_updates.append(copy.deepcopy(data["session"]))
                _merge(conn.session, data["session"])
        self._notify()
        if kind == "session.update":
            await self._send(conn, {"type": "session.updated", "session": copy.deepcopy(conn.session)})
        elif kind == "input_audio_buffer.commit":
            await self._commit(conn)
        elif kind == "response.create":
            await self._respond(conn, "")

    async def _commit(self, conn: _Conn) -> None:
        if conn.uncommitted < 100 * INPUT_BYTES_PER_MS:
            await self._error(conn, "Error committing input audio buffer: buffer too small.",
                              "input_audio_buffer_commit_empty")  # fmt: skip
            return
        conn.uncommitted = 0
        item = f"item_{conn.index}_{next(conn.items)}"
        await self._send(conn, {"type": "input_audio_buffer.committed", "item_id": item, "previous_item_id": None})
        if conn.kind == "transcription":
            await self._transcribe(conn, item, "")

    async def _transcribe(self, conn: _Conn, item: str, text: str) -> None:
        for fragment in text_fragments(text) if text else []:
            await self._send(conn, {"type": "conversation.item.input_audio_transcription.delta", "item_id": item,
                                    "content_index": 0, "delta": fragment})  # fmt: skip
        await self._send(conn, {"type": "conversation.item.input_audio_transcription.completed", "item_id": item,
                                "content_index": 0, "transcript": text,
                                "usage": {"type": "duration", "seconds": 1.0}})  # fmt: skip

    async def _respond(self, conn: _Conn, text: str, audio: bytes = b"") -> None:
        response, item = self._id("resp"), self._id("item")
        where = {"response_id": response, "item_id": item, "output_index": 0, "content_index": 0}
        for fragment in text_fragments(text) if text else []:
            await self._send(conn, {"type": "response.output_audio_transcript.delta", **where, "delta": fragment})
        for chunk in audio_chunks(audio):
            delta = base64.b64encode(chunk).decode("ascii")
            await self._send(conn, {"type": "response.output_audio.delta", **where, "delta": delta})
        audio_out = len(audio) // 2 // 480  # about 50 audio tokens per second of speech
        usage = {"total_tokens": 50 + audio_out, "input_tokens": 50, "output_tokens": audio_out,
                 "input_token_details": {"audio_tokens": 40, "text_tokens": 10},
                 "output_token_details": {"audio_tokens": audio_out, "text_tokens": 0}}  # fmt: skip
        await self._send(conn, {"type": "response.done", "response": {
            "id": response, "object": "realtime.response", "status": "completed", "usage": usage}})  # fmt: skip

    async def _play(self, conn: _Conn) -> None:
        assert self._changed is not None
        while True:
            while not (self._active is conn and self._script
                       and conn.input_bytes >= self._script[0].after_input_ms * INPUT_BYTES_PER_MS):  # fmt: skip
                self._changed.clear()
                await self._changed.wait()
            say = self._script.popleft()
            item = f"item_{conn.index}_{next(conn.items)}"
            await self._transcribe(conn, item, say.source)
            if conn.kind == "realtime":
                await self._respond(conn, say.translation, say.audio)
