"""A fake ``/v1/realtime`` server on loopback: transcription sessions (``?intent=transcription``) and
conversation sessions (``?model=...``), for the Captions and Interpret engines.

Like the translation fake, it only accepts what the real service accepts: every client message is
validated with the SDK's ``RealtimeClientEvent`` (plus: no unknown parameters, and a ``session.update``
of the session's own type), and every event it emits is validated with ``RealtimeServerEvent`` first
(an invalid one is a bug in the test: recorded, and raised when the server stops).

How the real service behaves, and the evidence (SDK docstrings in ``openai/types/realtime/``, and
OpenAI's realtime guides):

* ``turn_detection`` must be ``null`` for ``gpt-realtime-whisper`` ("For `gpt-realtime-whisper`
  transcription sessions, turn detection must be set to `null`; VAD is not supported",
  ``realtime_transcription_session_audio_input_param.py``) and for ``gpt-live-transcribe`` (the
  realtime transcription guide configures it with ``"turn_detection": null`` and "a final transcript
  when your application commits each audio turn"). A ``session.update`` asking for VAD with them is
  refused with an error and not applied. A transcription session starts with server VAD, as the
  service's default, so a client that does not say ``null`` is refused too.
* Nothing is transcribed before a commit: an item exists only once the buffer was committed (by the
  client, or by the server in VAD mode: ``input_audio_buffer.committed`` "Returned when an input audio
  buffer is committed, either by the client or automatically in server VAD mode"); its deltas and its
  ``completed`` follow. A commit of less than 100 ms of audio is refused
  (``input_audio_buffer_commit_empty``).
* ``session.created`` carries ``expires_at`` (``RealtimeSessionCreateResponse.expires_at``:
  "Expiration timestamp for the session, in seconds since epoch"); at the end of its lifetime the
  session is ended with a ``session_expired`` error.
* Every ``response.done`` reports usage as ``RealtimeResponseUsage``: each response re-reads the whole
  conversation (instructions, every turn and every answer so far), so input tokens grow turn after
  turn; the part read again from the previous response's prefix is reported as cached ("Cached tokens
  are tokens from previous turns in the conversation that are included as context for the current
  response ... input tokens will include cached and uncached tokens",
  ``realtime_response_usage_input_token_details.py``). ``truncation`` with ``retention_ratio`` drops
  the oldest items down to the retained share once the conversation after the instructions exceeds
  ``token_limits.post_instructions`` (``realtime_truncation_retention_ratio_param.py``), which busts
  the cache after the instructions. Audio is counted at 10 tokens a second in and 20 out, text at four
  characters a token.
* A ``response.create`` is answered whatever is in the conversation (and billed): one asked for with
  no new user turn since the last answer is counted in ``spurious_responses``.

Scripted speech (``say``) is due once ``after_input_ms`` of audio arrived on the newest connection. In
a session with server VAD the server commits when a say is due (speech started, stopped, committed),
transcribes it and, in a conversation, answers it (``create_response`` is on by default; with
``interrupt_response`` on, also the default, an answer is cancelled after its first words when the
next say is due already: the speaker went on talking); a turn needs
at least 100 ms of uncommitted audio to be detected. Without turn detection a due say waits for the
client's commit. ``fail`` makes the transcription fail;
``status``/``reason`` make the answer end other than ``completed``.

Answers take time when ``answer_seconds`` is set (each one then runs on its own while the server
goes on reading): a conversation has at most one active answer, so a ``response.create`` while one
is under way is refused as the service refuses it (``conversation_already_has_active_response``, and
no ``response.done`` follows), and a turn the server's VAD ends then gets no answer of its own when
``interrupt_response`` is off (the SDK's ``create_response`` docstring: "If `interrupt_response` is
set to `false` this may fail to create a response if the model is already responding").
``turn_ends_at_commit`` makes the server's VAD end a turn just as the client commits: the server's own
``speech_stopped``/``committed`` (and, in a conversation, its answer) come first, and the client's
commit gets what audio is left.
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
import time
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
    spurious_responses: int = 0  # answers asked for with no new user turn since the last one
    expired: int = 0  # sessions ended because they reached their lifetime

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
    fail: str | None = None  # the transcription fails with this message
    status: str = "completed"  # how the answer ends
    reason: str | None = None
    heard_by_vad: bool = True  # False: the server's VAD does not end this turn; a client commit does


AUDIO_IN_TOKENS_PER_MS = 0.01  # 10 tokens a second of input audio
AUDIO_OUT_SAMPLES_PER_TOKEN = 1_200  # 20 tokens a second of output audio at 24 kHz
CHARS_PER_TOKEN = 4
DEFAULT_CONTEXT = 28_224  # "A 32k context model with 4,096 max output tokens can only include 28,224 tokens"
CLIENT_COMMIT_MODELS = ("gpt-realtime-whisper", "gpt-live-transcribe")
DEFAULT_VAD = {"type": "server_vad", "threshold": 0.5, "prefix_padding_ms": 300, "silence_duration_ms": 200}


@dataclass
class _Item:
    """One item of a conversation, by its token counts."""

    audio: int
    text: int

    @property
    def tokens(self) -> int:
        return self.audio + self.text


class Conversation:
    """A conversation session's items by their tokens, and the usage each answer reports: it reads the
    instructions and every item so far (truncated as ``session["truncation"]`` says), the previous
    answer's prompt from the cache as far as it is still a prefix."""

    def __init__(self, session: dict[str, Any]) -> None:
        self.session = session  # the live configuration (instructions and truncation may change)
        self.items: list[_Item] = []
        self._previous_prompt = 0
        self._busted = False

    def user_turn(self, audio_ms: float) -> None:
        self.items.append(_Item(audio=round(audio_ms * AUDIO_IN_TOKENS_PER_MS), text=0))

    def answer(self, text: str, audio: bytes) -> dict[str, Any]:
        """The usage of an answer of ``text`` spoken as ``audio``, which then joins the conversation."""
        audio_in, text_in, cached_audio, cached_text = self._prompt()
        audio_out = len(audio) // 2 // AUDIO_OUT_SAMPLES_PER_TOKEN
        text_out = len(text) // CHARS_PER_TOKEN
        self.items.append(_Item(audio=audio_out, text=text_out))
        return {"total_tokens": audio_in + text_in + audio_out + text_out, "input_tokens": audio_in + text_in,
                "output_tokens": audio_out + text_out,
                "input_token_details": {"audio_tokens": audio_in, "text_tokens": text_in,
                                        "cached_tokens": cached_audio + cached_text,
                                        "cached_tokens_details": {"audio_tokens": cached_audio,
                                                                  "text_tokens": cached_text}},
                "output_token_details": {"audio_tokens": audio_out, "text_tokens": text_out}}  # fmt: skip

    def _prompt(self) -> tuple[int, int, int, int]:
        """(audio, text, cached audio, cached text) tokens the next answer reads, after truncation."""
        truncation = self.session.get("truncation")
        limit, keep = DEFAULT_CONTEXT, 1.0
        if isinstance(truncation, dict) and truncation.get("type") == "retention_ratio":
            limit = (truncation.get("token_limits") or {}).get("post_instructions", DEFAULT_CONTEXT)
            keep = float(truncation["retention_ratio"])
        if sum(i.tokens for i in self.items) > limit:
            while self.items and sum(i.tokens for i in self.items) > keep * limit:
                self.items.pop(0)  # the oldest first
            self._busted = True
        instructions = len(self.session.get("instructions") or "") // CHARS_PER_TOKEN
        audio = sum(i.audio for i in self.items)
        text = instructions + sum(i.text for i in self.items)
        # The cache holds the previous prompt; what of it is still this prompt's prefix is read from it.
        cached = instructions if self._busted else min(self._previous_prompt, audio + text)
        self._busted = False
        self._previous_prompt = audio + text
        cached_text = min(cached, instructions)
        return audio, text, cached - cached_text, cached_text


@dataclass
class _Conn:
    index: int
    ws: ServerConnection
    kind: str  # "transcription" | "realtime"
    session: dict[str, Any]
    input_bytes: int = 0
    uncommitted: int = 0
    items: itertools.count[int] = field(default_factory=lambda: itertools.count(1))
    conversation: Conversation = field(init=False)
    unanswered: int = 0  # user turns committed since the last answer
    closing: bool = False
    active_response: str | None = None  # the answer under way (created, not yet done)
    committed_say: _Say | None = None  # the say of the client's last commit, for the answer it asks for
    tasks: set[asyncio.Task[None]] = field(default_factory=set)  # answers running on their own


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

    def __init__(
        self, *, api_keys: Collection[str] = ("sk-test",), host: str = "127.0.0.1", session_lifetime: float = 3600.0,
        answer_seconds: float = 0.0,
    ) -> None:  # fmt: skip
        self.api_keys = frozenset(api_keys)
        self.host = host
        self.session_lifetime = session_lifetime
        self.answer_seconds = answer_seconds
        self._vad_at_commit: float | None = None  # ms of audio the next client commit keeps (VAD took the rest)
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

    def say(
        self, source: str, translation: str = "", audio: Any = None, *, after_input_ms: float = 0.0,
        fail: str | None = None, status: str = "completed", reason: str | None = None, heard_by_vad: bool = True,
    ) -> None:  # fmt: skip
        self._script.append(
            _Say(source, translation, pcm16_bytes(audio), after_input_ms, fail, status, reason, heard_by_vad)
        )
        self._notify()

    def turn_ends_at_commit(self, leave_ms: float = 0.0) -> None:
        """At the next client commit the server's VAD ends a turn first, committing all but ``leave_ms``
        of the buffer itself (the next scripted say is that turn's); the client's commit gets the rest
        (under 100 ms: refused as empty)."""
        self._vad_at_commit = leave_ms

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
        session: dict[str, Any] = {
            "type": kind, "id": f"sess_{secrets.token_hex(6)}",
            "expires_at": int(time.time() + self.session_lifetime),  # rounded down: never later than the end
            "audio": {"input": {"turn_detection": dict(DEFAULT_VAD)}},
        }  # fmt: skip
        if not transcription:
            session.update(model=query["model"][0], output_modalities=["audio"])
        with self.lock:
            self.state.connections_opened += 1
            conn = _Conn(self.state.connections_opened, ws, kind, session)
            conn.conversation = Conversation(session)
            self.state.sessions.append(session)
            self._active = conn
        self._notify()
        script = asyncio.create_task(self._play(conn))
        expiry = asyncio.create_task(self._expire(conn))
        try:
            await self._send(conn, {"type": "session.created", "session": copy.deepcopy(session)})
            async for message in ws:
                await self._on_message(conn, message)
        except ConnectionClosed:
            pass
        finally:
            for task in (script, expiry, *conn.tasks):
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError, ConnectionClosed):
                    await task

    async def _expire(self, conn: _Conn) -> None:
        await asyncio.sleep(self.session_lifetime)  # the session's lifetime, not a wait for a condition
        with self.lock:
            self.state.expired += 1
        error = {"type": "invalid_request_error", "code": "session_expired", "event_id": None,
                 "message": "Your session hit the maximum duration.", "param": None}  # fmt: skip
        await self._send(conn, {"type": "error", "error": error})
        await conn.ws.close(1000, "session expired")

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
        if kind == "session.update" and (refusal := self._refuse_update(conn, data["session"])) is not None:
            with self.lock:
                self.state.invalid.append(str(message)[:500])
            await self._error(conn, refusal, "invalid_value", "session.audio.input.turn_detection")
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
            leave_ms, self._vad_at_commit = self._vad_at_commit, None
            if leave_ms is not None and self._turn_detection(conn) is not None:
                await self._commit(conn, self._script.popleft() if self._script else None, by_server=True,
                                   leave=int(leave_ms * INPUT_BYTES_PER_MS))  # fmt: skip
            await self._commit(conn)
        elif kind == "response.create":
            if conn.active_response is not None:
                await self._error(conn, f"Conversation already has an active response in progress: "
                                  f"{conn.active_response}. Wait until the response is finished before creating a "
                                  "new one.", "conversation_already_has_active_response")  # fmt: skip
                return
            say, conn.committed_say = conn.committed_say, None
            await self._answer(conn, say)

    # -- the service's rules -------------------------------------------------------------------

    def _turn_detection(self, conn: _Conn) -> Any:
        return conn.session.get("audio", {}).get("input", {}).get("turn_detection")

    def _refuse_update(self, conn: _Conn, update: dict[str, Any]) -> str | None:
        """Why the service refuses ``update`` (None: it accepts it)."""
        merged = copy.deepcopy(conn.session)
        _merge(merged, update)
        model = merged.get("audio", {}).get("input", {}).get("transcription", {}) or {}
        turns = merged.get("audio", {}).get("input", {}).get("turn_detection")
        if conn.kind == "transcription" and model.get("model") in CLIENT_COMMIT_MODELS and turns is not None:
            return f"Turn detection is not supported with {model['model']}; set turn_detection to null."
        return None

    def _is_due(self, conn: _Conn) -> bool:
        """The next scripted say is due on ``conn`` (enough audio arrived on the newest connection)."""
        return (self._active is conn and bool(self._script)
                and conn.input_bytes >= self._script[0].after_input_ms * INPUT_BYTES_PER_MS)  # fmt: skip

    def _due(self, conn: _Conn) -> _Say | None:
        return self._script.popleft() if self._is_due(conn) else None

    async def _commit(self, conn: _Conn, say: _Say | None = None, *, by_server: bool = False, leave: int = 0) -> None:
        """Commit the buffer (the client asked, or server VAD saw a turn end): one item, transcribed.
        A VAD commit can ``leave`` the last bytes of the buffer uncommitted."""
        if conn.uncommitted < 100 * INPUT_BYTES_PER_MS and not by_server:
            have = conn.uncommitted / INPUT_BYTES_PER_MS
            await self._error(conn, "Error committing input audio buffer: buffer too small. Expected at least "
                              f"100ms of audio, but buffer only has {have:.2f}ms of audio.",
                              "input_audio_buffer_commit_empty")  # fmt: skip
            return
        if say is None and not by_server:
            say = self._due(conn)
        if not by_server:
            conn.committed_say = say
        left = min(leave, conn.uncommitted)
        audio_ms = (conn.uncommitted - left) / INPUT_BYTES_PER_MS
        conn.uncommitted = left
        item = f"item_{conn.index}_{next(conn.items)}"
        if by_server:
            await self._send(conn, {"type": "input_audio_buffer.speech_started", "audio_start_ms": 0, "item_id": item})
            await self._send(conn, {"type": "input_audio_buffer.speech_stopped", "audio_end_ms": int(audio_ms),
                                    "item_id": item})  # fmt: skip
        await self._send(conn, {"type": "input_audio_buffer.committed", "item_id": item, "previous_item_id": None})
        conn.conversation.user_turn(audio_ms)
        conn.unanswered += 1
        await self._transcribe(conn, item, say, audio_ms)
        vad = self._turn_detection(conn) or {}
        if by_server and conn.kind == "realtime" and vad.get("create_response", True):
            # The speaker goes on (the next say is due already): with ``interrupt_response`` on (the
            # default), their new speech cancels the answer under way after its first words.
            interrupted = vad.get("interrupt_response", True) and self._is_due(conn)
            if conn.active_response is not None and not vad.get("interrupt_response", True):
                return  # the model is already responding: this turn gets no answer of its own
            await self._answer(conn, say, interrupted=bool(interrupted))

    async def _transcribe(self, conn: _Conn, item: str, say: _Say | None, audio_ms: float) -> None:
        if conn.kind == "realtime" and not conn.session.get("audio", {}).get("input", {}).get("transcription"):
            return  # no input transcription asked for
        text = say.source if say is not None else ""
        if say is not None and say.fail:
            error = {"type": "server_error", "code": "transcription_failed", "message": say.fail, "param": None}
            await self._send(conn, {"type": "conversation.item.input_audio_transcription.failed", "item_id": item,
                                    "content_index": 0, "error": error})  # fmt: skip
            return
        for fragment in text_fragments(text) if text else []:
            await self._send(conn, {"type": "conversation.item.input_audio_transcription.delta", "item_id": item,
                                    "content_index": 0, "delta": fragment})  # fmt: skip
        usage = {"type": "duration", "seconds": round(audio_ms / 1000, 3)}
        await self._send(conn, {"type": "conversation.item.input_audio_transcription.completed", "item_id": item,
                                "content_index": 0, "transcript": text, "usage": usage})  # fmt: skip

    async def _answer(self, conn: _Conn, say: _Say | None, *, interrupted: bool = False) -> None:
        """Answer now, or (``answer_seconds``) start an answer that runs on its own while the server reads on.
        It answers the turns committed until now, and is created (``response.created``) at once."""
        if conn.unanswered == 0:
            with self.lock:
                self.state.spurious_responses += 1
        conn.unanswered = 0
        if self.answer_seconds <= 0:
            await self._respond(conn, say, interrupted=interrupted)
            return
        response = conn.active_response = self._id("resp")  # active from now: a response.create is refused
        await self._send(conn, {"type": "response.created", "response": {
            "id": response, "object": "realtime.response", "status": "in_progress"}})  # fmt: skip
        task = asyncio.create_task(self._respond(conn, say, interrupted=interrupted, response=response))
        conn.tasks.add(task)
        task.add_done_callback(conn.tasks.discard)

    async def _respond(
        self, conn: _Conn, say: _Say | None, *, interrupted: bool = False, response: str | None = None
    ) -> None:
        try:
            await self._respond_now(conn, say, interrupted=interrupted, response=response)
        finally:
            conn.active_response = None

    async def _respond_now(
        self, conn: _Conn, say: _Say | None, *, interrupted: bool = False, response: str | None = None
    ) -> None:
        """The answer's events; ``response``: the id of one already created."""
        text, audio = (say.translation, say.audio) if say is not None else ("", b"")
        if interrupted:
            text, audio = text_fragments(text)[0] if text else "", b""
            say = _Say(say.source if say else "", text, b"", 0.0, status="cancelled", reason="turn_detected")
        created = response is not None
        response, item = response or self._id("resp"), self._id("item")
        conn.active_response = response
        if not created:
            await self._send(conn, {"type": "response.created", "response": {
                "id": response, "object": "realtime.response", "status": "in_progress"}})  # fmt: skip
        if self.answer_seconds > 0:
            await asyncio.sleep(self.answer_seconds)  # the model takes this long to answer
        where = {"response_id": response, "item_id": item, "output_index": 0, "content_index": 0}
        for fragment in text_fragments(text) if text else []:
            await self._send(conn, {"type": "response.output_audio_transcript.delta", **where, "delta": fragment})
        for chunk in audio_chunks(audio):
            delta = base64.b64encode(chunk).decode("ascii")
            await self._send(conn, {"type": "response.output_audio.delta", **where, "delta": delta})
        usage = conn.conversation.answer(text, audio)
        status = say.status if say is not None else "completed"
        done: dict[str, Any] = {"id": response, "object": "realtime.response", "status": status, "usage": usage}
        if status != "completed":
            done["status_details"] = {"type": status, "reason": say.reason if say is not None else None}
            if status == "failed":
                error = {"type": "insufficient_quota", "code": "insufficient_quota",
                         "message": "You exceeded your current quota."}  # fmt: skip
                done["status_details"] = {"type": "failed", "error": error}
        await self._send(conn, {"type": "response.done", "response": done})

    def _vad_turn_ends(self, conn: _Conn) -> bool:
        """Server VAD hears the end of the next scripted turn (one the speaker paused after) on ``conn``."""
        return (self._turn_detection(conn) is not None and self._is_due(conn) and self._script[0].heard_by_vad
                and conn.uncommitted >= 100 * INPUT_BYTES_PER_MS)  # a turn needs audio to detect  # fmt: skip

    async def _play(self, conn: _Conn) -> None:
        """Server VAD: a due say is a turn the server detects, commits, transcribes (and answers)."""
        assert self._changed is not None
        while True:
            while not self._vad_turn_ends(conn):
                self._changed.clear()
                await self._changed.wait()
            say = self._script.popleft()
            await self._commit(conn, say, by_server=True)
