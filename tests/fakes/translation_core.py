"""``FakeTranslationServer``: the fake ``/v1/realtime/translations`` on the caller's event loop.

Import it from ``tests.fakes.translation_server`` (which also has the threaded variant).
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import copy
import itertools
import json
import logging
import socket
import struct
import threading
import time
from collections import deque
from collections.abc import Callable, Collection, Iterator
from dataclasses import dataclass
from types import TracebackType
from typing import Any, Literal
from urllib.parse import parse_qs, urlsplit

import numpy.typing as npt
from websockets.asyncio.server import Server, ServerConnection, serve
from websockets.exceptions import ConnectionClosed
from websockets.http11 import Request, Response

from tests.fakes.translation_rules import (
    PATH,
    ClientMistake,
    HandshakeRules,
    check_client_message,
    decode_audio,
    merge_session,
    new_session,
    openai_error,
    server_event_problem,
)
from tests.fakes.translation_script import (
    FRAME_MS,
    IMMEDIATE,
    OUTPUT_RATE,
    Close,
    Delivery,
    Drop,
    RawText,
    ScriptItem,
    ServerEvent,
    Utterance,
    audio_chunks,
    pcm16_bytes,
    tone,
)
from tests.fakes.translation_state import INPUT_BYTES_PER_MS, Append, FakeState, Handshake, Received

Predicate = Callable[[FakeState], bool]

_ws_log = logging.getLogger("tests.fakes.translation_server.ws")
_ws_log.setLevel(logging.INFO)  # websockets logs request headers (the API key) at debug level


@dataclass
class _Connection:
    index: int
    ws: ServerConnection
    session: dict[str, Any]
    input_bytes: int = 0
    closing: bool = False  # session.close received and being answered
    echoed_bytes: int = 0  # input already answered in echo mode
    echoes: int = 0
    deaf: bool = False  # half-open: sends nothing more (see stop_reading)
    paced_bytes: int = 0  # input already paced by read_slowly
    busy_until: float = 0.0  # (monotonic) when a slow reader has read what it has been given

    @property
    def input_ms(self) -> float:
        return self.input_bytes / INPUT_BYTES_PER_MS

    @property
    def elapsed_ms(self) -> int:
        return int(self.input_ms // FRAME_MS) * FRAME_MS


@dataclass
class _Rejection:
    status: int
    body: dict[str, Any]
    remaining: int | None


class FakeTranslationServer:
    """The fake server on the current event loop. Script and inspect it from that loop only.

    Every client message is validated like the real service does (see ``translation_rules``); an
    invalid one is answered with an ``error`` event and the session stays open. Every event it emits
    is validated with the SDK's ``RealtimeTranslationServerEvent`` first: an invalid one is a bug in
    the test, recorded in ``state.bugs`` and raised as ``AssertionError`` by ``stop()``.

    The script (``say``, ``emit_*``, ``drop``, ``close_connection``) plays in order on the newest
    connection; ``session.close`` flushes what is left of it, then ``session.closed``, then a normal
    close.
    """

    def __init__(
        self,
        *,
        api_keys: Collection[str] = ("sk-test",),
        models: Collection[str] | None = None,
        host: str = "127.0.0.1",
        session_lifetime: float = 3600.0,
        echo_ms: int | None = None,
        echo_speech: bool = False,
    ) -> None:
        self.rules = HandshakeRules(frozenset(api_keys), frozenset(models) if models is not None else None)
        self.host = host
        self.session_lifetime = session_lifetime
        self.echo_ms = echo_ms
        self.echo_speech = echo_speech  # echo mode also speaks: a tone as long as the input it answers
        self.state = FakeState()
        self.lock = threading.Condition()  # guards ``state``; notified on every change
        self.answer_close = True
        self.greet = True
        self.close_after_setup: tuple[int, str] | None = None  # see set_close_after_setup
        self.read_speed: float | None = None  # see read_slowly
        self._deaf: list[_Connection] = []  # made half-open by stop_reading
        self._script: deque[ScriptItem] = deque()
        self._rejection: _Rejection | None = None
        self._active: _Connection | None = None
        self._server: Server | None = None
        self._changed: asyncio.Event | None = None
        self._ids = itertools.count(1)
        self._port = 0

    # -- lifecycle -----------------------------------------------------------------------------

    async def start(self) -> FakeTranslationServer:
        self._changed = asyncio.Event()
        self._server = await serve(
            self._handle,
            self.host,
            0,
            process_request=self._process_request,
            max_size=32 * 1024 * 1024,
            logger=_ws_log,
        )
        self._port = next(iter(self._server.sockets)).getsockname()[1]
        return self

    async def stop(self) -> None:
        """Close every connection; raise ``AssertionError`` if the script emitted invalid events."""
        if self._server is not None:
            self.read_speed = None  # a slow reader finishes what it has at once
            for conn in self._deaf:  # a half-open peer never answers a close: cut it
                conn.ws.transport.abort()
            self._server.close()
            await self._server.wait_closed()
            self._server = None
        if self.state.bugs:
            raise AssertionError("the fake server was asked to emit invalid events: " + "; ".join(self.state.bugs))

    async def __aenter__(self) -> FakeTranslationServer:
        return await self.start()

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        try:
            await self.stop()
        except AssertionError:
            if exc is None:
                raise

    @property
    def port(self) -> int:
        return self._port

    @property
    def base_url(self) -> str:
        """What to give ``AsyncOpenAI(base_url=...)`` or the engine."""
        return f"http://{self.host}:{self._port}/v1"

    @property
    def url(self) -> str:
        """The websocket URL the SDK ends up connecting to (before its ``?model=`` query)."""
        return f"ws://{self.host}:{self._port}{PATH}"

    # -- scripting -----------------------------------------------------------------------------

    def say(
        self,
        source: str,
        translation: str,
        audio: npt.NDArray[Any] | bytes | None = None,
        *,
        after_input_ms: float = 0.0,
        hold_until_close: bool = False,
        delivery: Delivery = IMMEDIATE,
        audio_chunk_ms: int = FRAME_MS,
        split_surrogates: bool = False,
    ) -> Utterance:
        """Queue an utterance: source deltas, then translation deltas interleaved with audio chunks.

        Emitted once ``after_input_ms`` of input audio has arrived on the connection (0: at once),
        or only as trailing output after ``session.close`` when ``hold_until_close``. ``audio`` is
        int16 samples, floats in [-1, 1] or PCM16 bytes at 24 kHz mono; ``delivery`` paces it.
        ``split_surrogates`` cuts every emoji (any character beyond the BMP) between two deltas.
        """
        utterance = Utterance(
            source=source,
            translation=translation,
            audio=pcm16_bytes(audio),
            after_input_ms=after_input_ms,
            hold_until_close=hold_until_close,
            delivery=delivery,
            audio_chunk_ms=audio_chunk_ms,
            split_surrogates=split_surrogates,
        )
        self._enqueue(utterance)
        return utterance

    def emit_event(self, event: dict[str, Any]) -> None:
        """Queue one server event (``event_id`` filled in if missing); raises now if it is invalid."""
        event = {"event_id": self._event_id(), **event}
        problem = server_event_problem(event)
        if problem is not None:
            raise AssertionError(f"not a valid server event: {problem}")
        self._enqueue(ServerEvent(event))

    def emit_error(
        self,
        message: str,
        *,
        code: str | None = None,
        error_type: str = "invalid_request_error",
        param: str | None = None,
    ) -> None:
        """Queue an ``error`` event."""
        error = {"type": error_type, "code": code, "message": message, "param": param, "event_id": None}
        self.emit_event({"type": "error", "error": error})

    def lie_about_audio(self, *, sample_rate: int = 1, channels: int = 1, ms: int = FRAME_MS) -> None:
        """Queue a ``session.output_audio.delta`` of ``ms`` of 24 kHz audio labelled with another
        ``sample_rate``/``channels``. The SDK's ``RealtimeTranslationOutputAudioDeltaEvent`` types both
        as a bare ``Optional[int]`` ("Sample rate of the audio delta", "Number of audio channels"), so
        a lying server is still speaking valid events."""
        frames = OUTPUT_RATE * ms // 1000
        self.emit_event(
            {
                "type": "session.output_audio.delta",
                "delta": base64.b64encode(bytes(2 * frames * max(1, min(channels, 16)))).decode("ascii"),
                "sample_rate": sample_rate,
                "channels": channels,
                "format": "pcm16",
            }
        )

    def say_huge(self, chars: int, *, word: str = "palabra ") -> None:
        """Queue one ``session.output_transcript.delta`` of ``chars`` characters (``delta: str``
        has no length limit in the SDK's ``RealtimeTranslationOutputTranscriptDeltaEvent``)."""
        text = (word * (chars // len(word) + 1))[:chars]
        self._enqueue(ServerEvent({"event_id": self._event_id(), "type": "session.output_transcript.delta",
                                   "delta": text, "elapsed_ms": 0}))  # fmt: skip

    def send_huge_message(self, size: int) -> None:
        """Queue one valid transcript delta event of about ``size`` bytes on the wire (not validated
        again here: its shape is the one ``say_huge`` sends, only larger)."""
        head = '{"type":"session.output_transcript.delta","event_id":"huge","elapsed_ms":0,"delta":"'
        self.emit_raw(head + "x" * max(0, size - len(head) - 2) + '"}')

    def emit_raw(self, text: str) -> None:
        """Queue arbitrary text, sent as one text frame without validation (garbage, unknown types)."""
        self._enqueue(RawText(text))

    def drop(self, kind: Literal["close1006", "reset"] = "close1006", *, after_input_ms: float = 0.0) -> None:
        """Queue an abrupt end: ``close1006`` closes TCP without a close frame, ``reset`` sends RST;
        once ``after_input_ms`` of input audio arrived on the connection (0: at once)."""
        self._enqueue(Drop(kind, after_input_ms))

    def close_connection(self, code: int = 1000, reason: str = "") -> None:
        """Queue a normal websocket close, without ``session.closed``."""
        self._enqueue(Close(code, reason))

    def reject_handshakes(
        self,
        status: int,
        *,
        message: str | None = None,
        code: str | None = None,
        error_type: str = "invalid_request_error",
        times: int | None = None,
    ) -> None:
        """Refuse the next ``times`` handshakes (all, if None) with HTTP ``status`` and an OpenAI body."""
        body = openai_error(message or f"Refused with HTTP {status}.", error_type=error_type, code=code)
        self._rejection = _Rejection(status, body, times)

    def accept_handshakes(self) -> None:
        self._rejection = None

    def set_answer_close(self, answer: bool) -> None:
        """``False``: record ``session.close`` but never answer it (no trailing output, no close)."""
        self.answer_close = answer

    def set_close_after_setup(self, code: int | None = 1008, reason: str = "Policy violation") -> None:
        """Close every connection with ``code`` right after confirming its configuration
        (``session.updated``), as a service that accepts a session and then refuses it does (None: stop)."""
        self.close_after_setup = None if code is None else (code, reason)

    def stop_reading(self) -> None:
        """Make the newest connection half-open: the server reads nothing more (no pongs, no audio)
        and sends nothing, yet never closes — like a peer whose network vanished without a FIN."""
        conn = self._active
        if conn is not None:
            conn.deaf = True
            conn.ws.transport.pause_reading()
            self._deaf.append(conn)

    def read_slowly(self, speed: float | None) -> None:
        """Read input audio at ``speed`` times real time (0.25: a quarter — 200 ms of audio keeps it
        busy 800 ms, whether it arrives at the pace of speech or all at once; None: as fast as it comes),
        as an overloaded service or an uplink slower than the audio does. websockets then queues up
        to ``max_queue`` messages and stops reading the socket, so pongs wait too."""
        self.read_speed = speed

    def set_greet(self, greet: bool) -> None:
        """``False``: accept new connections but never send ``session.created`` (a stuck server)."""
        self.greet = greet

    async def wait_for(self, predicate: Predicate, timeout: float) -> bool:  # noqa: ASYNC109
        """Wait on this loop until ``predicate(state)`` holds (re-checked on every change);
        False if it still does not after ``timeout`` seconds."""
        assert self._changed is not None, "start the server first"
        try:
            async with asyncio.timeout(timeout):
                while not predicate(self.state):
                    self._changed.clear()
                    await self._changed.wait()
        except TimeoutError:
            return predicate(self.state)
        return True

    # -- internals -----------------------------------------------------------------------------

    @contextlib.contextmanager
    def _mutate(self) -> Iterator[FakeState]:
        with self.lock:
            yield self.state
            self.lock.notify_all()
        if self._changed is not None:
            self._changed.set()

    def _enqueue(self, item: ScriptItem) -> None:
        with self._mutate():
            self._script.append(item)

    def _event_id(self) -> str:
        return f"event_fake{next(self._ids):06d}"

    def _judge(
        self, path: str, query: dict[str, list[str]], headers: dict[str, str]
    ) -> tuple[int, dict[str, Any]] | None:
        rejection = self._rejection
        if rejection is None or path != PATH:
            return self.rules.judge(path, query, headers)
        if rejection.remaining is not None:
            rejection.remaining -= 1
            if rejection.remaining <= 0:
                self._rejection = None
        return rejection.status, rejection.body

    def _process_request(self, connection: ServerConnection, request: Request) -> Response | None:
        parts = urlsplit(request.path)
        query = parse_qs(parts.query, keep_blank_values=True)
        headers: dict[str, str] = {}
        for name, value in request.headers.raw_items():
            key = name.lower()
            headers[key] = f"{headers[key]}, {value}" if key in headers else value
        refusal = self._judge(parts.path, query, headers)
        with self._mutate() as state:
            status = refusal[0] if refusal else 101
            state.handshakes.append(Handshake(time.monotonic(), parts.path, query, headers, status))
        if refusal is None:
            return None
        response = connection.respond(refusal[0], json.dumps(refusal[1]) + "\n")
        del response.headers["Content-Type"]
        response.headers["Content-Type"] = "application/json"
        return response

    async def _handle(self, ws: ServerConnection) -> None:
        assert ws.request is not None
        model = (parse_qs(urlsplit(ws.request.path).query).get("model") or ["?"])[0]
        with self._mutate() as state:
            state.connections_opened += 1
            conn = _Connection(index=state.connections_opened, ws=ws, session=new_session(model, self.session_lifetime))
            state.sessions.append(conn.session)
            self._active = conn
        script: asyncio.Task[None] | None = None
        expiry = asyncio.create_task(self._expire(conn), name=f"fake-expiry-{conn.index}")
        try:
            if self.greet:
                await self._send(conn, {"type": "session.created", "session": self._copy(conn.session)})
            script = asyncio.create_task(self._play_script(conn), name=f"fake-script-{conn.index}")
            async for message in ws:
                await self._on_message(conn, message)
                if self.read_speed and conn.input_bytes > conn.paced_bytes:
                    # Reading ms of audio keeps the reader busy ms / speed; a reader that sat idle has
                    # no credit for it (it cannot read faster than its speed afterwards).
                    ms = (conn.input_bytes - conn.paced_bytes) / INPUT_BYTES_PER_MS
                    conn.paced_bytes = conn.input_bytes
                    now = time.monotonic()
                    conn.busy_until = max(conn.busy_until, now) + ms / 1000 / self.read_speed
                    await asyncio.sleep(conn.busy_until - now)  # pacing the reading
        except ConnectionClosed:
            pass
        finally:
            expiry.cancel()
            with contextlib.suppress(asyncio.CancelledError, ConnectionClosed):
                await expiry
            if script is not None:
                if conn.closing and not script.done():
                    await asyncio.wait({script}, timeout=5)  # it is finishing the session
                script.cancel()
                with contextlib.suppress(asyncio.CancelledError, ConnectionClosed, AssertionError):
                    await script
            with self._mutate() as state:
                state.connections_ended += 1
                if self._active is conn:
                    self._active = None

    def _copy(self, value: dict[str, Any]) -> dict[str, Any]:
        with self.lock:
            return copy.deepcopy(value)

    async def _send(self, conn: _Connection, event: dict[str, Any]) -> None:
        if conn.deaf:
            return
        event = {"event_id": self._event_id(), **event}
        problem = server_event_problem(event)
        if problem is not None:
            with self._mutate() as state:
                state.bugs.append(problem)
            raise AssertionError(f"the fake server would emit an invalid event: {problem}")
        await conn.ws.send(json.dumps(event))
        with self._mutate() as state:
            state.sent.append(event)

    async def _on_message(self, conn: _Connection, message: str | bytes) -> None:
        now = time.monotonic()
        raw = message if isinstance(message, str) else message.decode("utf-8", "replace")
        try:
            data = check_client_message(message)
        except ClientMistake as mistake:
            try:
                parsed = json.loads(raw)
            except ValueError:
                parsed = None
            with self._mutate() as state:
                event = parsed if isinstance(parsed, dict) else None
                state.received.append(Received(now, conn.index, raw, event, valid=False))
            await self._send(conn, mistake.error_event(self._event_id()))
            return
        self._apply(conn, data, raw, now)
        if data["type"] == "session.input_audio_buffer.append" and self.echo_ms:
            await self._echo(conn, final=False)
        if data["type"] == "session.update":
            await self._send(conn, {"type": "session.updated", "session": self._copy(conn.session)})
            if self.close_after_setup is not None:
                await conn.ws.close(*self.close_after_setup)

    def _apply(self, conn: _Connection, data: dict[str, Any], raw: str, now: float) -> None:
        kind = data["type"]
        with self._mutate() as state:
            state.received.append(Received(now, conn.index, raw, data, valid=True))
            if kind == "session.input_audio_buffer.append":
                audio = decode_audio(data)
                state.audio += audio
                state.appends.append(Append(now, conn.index, len(audio)))
                conn.input_bytes += len(audio)
            elif kind == "session.update":
                state.session_updates.append(copy.deepcopy(data["session"]))
                merge_session(conn.session, data["session"])
            elif kind == "session.close" and self.answer_close:
                conn.closing = True

    # -- internals: the script -----------------------------------------------------------------

    def _ready(self, item: ScriptItem, conn: _Connection) -> bool:
        if conn.closing:
            return True
        if isinstance(item, Utterance):
            return not item.hold_until_close and conn.input_ms >= item.after_input_ms
        if isinstance(item, Drop):
            return conn.input_ms >= item.after_input_ms
        return True

    async def _next_item(self, conn: _Connection) -> ScriptItem | None:
        """The next script item due on ``conn``; None once the session is closing and nothing is left."""
        assert self._changed is not None
        while True:
            if self._active is conn:
                if self._script and self._ready(self._script[0], conn):
                    with self._mutate():
                        return self._script.popleft()
                if not self._script and conn.closing:
                    return None
            elif conn.closing:  # an older session being closed: only held (trailing) words are for it
                head = self._script[0] if self._script else None
                if isinstance(head, Utterance) and head.hold_until_close:
                    with self._mutate():
                        return self._script.popleft()
                return None
            self._changed.clear()
            await self._changed.wait()

    async def _play_script(self, conn: _Connection) -> None:
        while True:
            item = await self._next_item(conn)
            if item is None:
                if self.echo_ms:
                    await self._echo(conn, final=True)  # session.close flushes pending audio
                await self._send(conn, {"type": "session.closed"})
                await conn.ws.close()
                return
            await self._perform(conn, item)
            ended = isinstance(item, ServerEvent) and item.event.get("type") == "session.closed"
            if ended or isinstance(item, Drop | Close):  # the rest of the script is for the next connection
                with self._mutate():
                    if self._active is conn:
                        self._active = None
                return

    async def _perform(self, conn: _Connection, item: ScriptItem) -> None:
        if isinstance(item, Utterance):
            await self._speak(conn, item)
        elif isinstance(item, RawText):
            await conn.ws.send(item.text)
            with self._mutate() as state:
                state.raw_sent.append(item.text)
        elif isinstance(item, ServerEvent):
            await self._send(conn, item.event)
        elif isinstance(item, Drop):
            transport = conn.ws.transport
            if item.kind == "reset":
                sock = transport.get_extra_info("socket")
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                transport.abort()
            else:
                transport.close()
        else:
            await conn.ws.close(item.code, item.reason)

    async def _expire(self, conn: _Connection) -> None:
        """End the session when it reaches its lifetime (unless it is already finishing)."""
        await asyncio.sleep(self.session_lifetime)  # the session's lifetime, not a wait for a condition
        if conn.closing:
            return
        with self._mutate() as state:
            state.expired += 1
        error = {"type": "invalid_request_error", "code": "session_expired", "event_id": None,
                 "message": "Your session hit the maximum duration.", "param": None}  # fmt: skip
        await self._send(conn, {"type": "error", "error": error})
        await conn.ws.close(1000, "session expired")

    async def _echo(self, conn: _Connection, *, final: bool) -> None:
        """Echo mode: one caption ``b<connection>x<n>. `` per ``echo_ms`` of input, and one for the
        rest when the session is closed: every piece of audio is answered exactly once."""
        assert self.echo_ms is not None
        block = self.echo_ms * INPUT_BYTES_PER_MS
        while conn.input_bytes - conn.echoed_bytes >= block or (final and conn.input_bytes > conn.echoed_bytes):
            start = conn.echoed_bytes
            end = min(conn.input_bytes, start + block)
            conn.echoed_bytes = end
            conn.echoes += 1
            text = f"b{conn.index}x{conn.echoes}. "
            with self._mutate() as state:
                state.echoed.append((conn.index, start, end))
            await self._send(
                conn, {"type": "session.output_transcript.delta", "delta": text, "elapsed_ms": conn.elapsed_ms}
            )
            if self.echo_speech:
                speech = pcm16_bytes(tone((end - start) / INPUT_BYTES_PER_MS / 1000, 440.0 + 110.0 * conn.index))
                for chunk in audio_chunks(speech):
                    await self._send(
                        conn,
                        {
                            "type": "session.output_audio.delta",
                            "delta": base64.b64encode(chunk).decode("ascii"),
                            "sample_rate": OUTPUT_RATE,
                            "channels": 1,
                            "format": "pcm16",
                            "elapsed_ms": conn.elapsed_ms,
                        },
                    )

    async def _speak(self, conn: _Connection, utterance: Utterance) -> None:
        pauses = utterance.delivery.pauses()
        for kind, payload in utterance.parts():
            pause = next(pauses)
            if pause:
                await asyncio.sleep(pause)  # pacing the output, not waiting for anything
            event: dict[str, Any] = {"elapsed_ms": conn.elapsed_ms}
            if kind == "source":
                event.update(type="session.input_transcript.delta", delta=payload)
            elif kind == "target":
                event.update(type="session.output_transcript.delta", delta=payload)
            else:
                assert isinstance(payload, bytes)
                event.update(
                    type="session.output_audio.delta",
                    delta=base64.b64encode(payload).decode("ascii"),
                    sample_rate=OUTPUT_RATE,
                    channels=1,
                    format="pcm16",
                )
            await self._send(conn, event)
