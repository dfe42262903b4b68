"""Translate mode: one ``gpt-realtime-translate`` session, speech in, translated captions and speech out.

Lifecycle (every transition is emitted as a ``Status``)::

    IDLE ─start()─▶ CONNECTING ─session.updated─▶ LIVE ─stop()─▶ CLOSING ─▶ CLOSED
                         └──────── failure: fatal Problem ───────┴──────────▶ CLOSED

LIVE is announced when ``session.updated`` confirms the configuration (target language and source
transcription), not merely when the socket opens: a session that cannot translate as asked fails
during start() with a clear sentence instead of producing captions in the wrong language. The cost
is one round trip at start.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os

from openai import OpenAIError
from openai.types.realtime.realtime_translation_session_update_request_param import (
    Audio,
    RealtimeTranslationSessionUpdateRequestParam,
)
from websockets.exceptions import ConnectionClosed

from translator_gui.realtime import failures
from translator_gui.realtime.connection import TranslationLink
from translator_gui.realtime.endpoint import (
    DEFAULT_BASE_URL,
    InsecureEndpointError,
    check_endpoint,
    describe_endpoint,
    resolve_base_url,
)
from translator_gui.realtime.engine import (
    EngineEvent,
    EventSink,
    Problem,
    ProblemKind,
    SessionState,
    SourceText,
    Status,
    TargetAudio,
    TargetText,
)
from translator_gui.realtime.incoming import (
    Incoming,
    ServerError,
    SessionConfigured,
    SessionEnded,
    SessionStarted,
    decode,
)
from translator_gui.realtime.languages import language
from translator_gui.realtime.usage import UsageMeter

log = logging.getLogger(__name__)

_SEND_ERRORS = (ConnectionClosed, OSError, OpenAIError)


class _SetupFailed(Exception):
    def __init__(self, problem: Problem) -> None:
        super().__init__(problem.message)
        self.problem = problem


class TranslationEngine:
    """The ``Engine`` for ``/v1/realtime/translations``. Single use: start() once, stop() any time."""

    def __init__(
        self,
        *,
        api_key: str,
        target_language: str,
        emit: EventSink,
        base_url: str | None = None,
        transcription_model: str | None = "gpt-realtime-whisper",
        model: str = "gpt-realtime-translate",
        connect_timeout: float = 10.0,
    ) -> None:
        self._api_key = api_key
        self._target = language(target_language).code
        self._sink = emit
        self._base_url = resolve_base_url(base_url, os.environ) or DEFAULT_BASE_URL
        self._host = describe_endpoint(self._base_url)
        self._transcription_model = transcription_model
        self._model = model
        self._connect_timeout = connect_timeout
        self._state = SessionState.IDLE
        self._link: TranslationLink | None = None
        self._opening: asyncio.Task[None] | None = None
        self._receiver: asyncio.Task[None] | None = None
        self._stopping: asyncio.Task[None] | None = None
        self._finished = asyncio.Event()
        self._meter = UsageMeter()

    # -- Engine protocol -----------------------------------------------------------------------

    @property
    def state(self) -> SessionState:
        return self._state

    async def start(self) -> None:
        """Connect and configure. Never raises for a failure: it becomes a fatal Problem, then CLOSED.

        Raises ``RuntimeError`` only when called twice (a programming error).
        """
        if self._state is not SessionState.IDLE:
            raise RuntimeError("A TranslationEngine can be started only once.")
        try:
            check_endpoint(self._base_url)
        except InsecureEndpointError as exc:
            await self._fail(Problem(ProblemKind.ENDPOINT, str(exc), fatal=True))
            return
        if not self._api_key.strip():
            await self._fail(Problem(ProblemKind.AUTH, failures.NO_API_KEY, fatal=True))
            return
        self._set_state(SessionState.CONNECTING, self._host)
        opening = asyncio.create_task(self._open(), name="translation-open")
        self._opening = opening
        try:
            await asyncio.wait({opening})
        except asyncio.CancelledError:  # our caller gave up: leave nothing behind
            opening.cancel()
            await asyncio.wait({opening})
            if self.state is SessionState.CONNECTING:
                await self._teardown()
                self._finish()
            raise
        finally:
            self._opening = None

    async def send_audio(self, pcm16: bytes) -> None:
        """Append 24 kHz mono PCM16; dropped unless LIVE. A dead connection is reported once."""
        if len(pcm16) % 2:
            raise ValueError(f"PCM16 audio must be whole samples; got {len(pcm16)} bytes.")
        link = self._link
        if self._state is not SessionState.LIVE or link is None or not pcm16:
            return
        try:
            await link.append(pcm16)
        except _SEND_ERRORS as exc:
            await self._send_failed(exc)
            return
        usage = self._meter.add(len(pcm16))
        if usage is not None:
            self._emit(usage)

    async def set_target_language(self, code: str) -> None:
        """Remember the language; when LIVE, switch the running session (no reconnect).

        Raises ``ValueError`` for a code that is not in ``TRANSLATE_TARGETS``.
        """
        self._target = language(code).code
        link = self._link
        if self._state is SessionState.LIVE and link is not None:
            await self._send_language(link, self._target)

    async def stop(self, grace: float = 5.0) -> None:
        """Finish: ask the server to close, keep its trailing output for up to ``grace`` seconds,
        then close. Idempotent, safe before start() or after a failure; never raises."""
        if self._stopping is None:
            self._stopping = asyncio.create_task(self._stop(grace), name="translation-stop")
        await asyncio.shield(self._stopping)

    # -- opening -------------------------------------------------------------------------------

    def _session_config(self, target: str) -> RealtimeTranslationSessionUpdateRequestParam:
        audio: Audio = {"output": {"language": target}}
        if self._transcription_model:
            audio["input"] = {"transcription": {"model": self._transcription_model}}
        return {"audio": audio}

    async def _open(self) -> None:
        problem: Problem | None = None
        configured = self._target  # the language sent in the setup update
        try:
            async with asyncio.timeout(self._connect_timeout):
                self._link = await TranslationLink.open(
                    api_key=self._api_key,
                    base_url=self._base_url,
                    model=self._model,
                    open_timeout=self._connect_timeout,
                )
                await self._read_until(SessionStarted)
                configured = self._target
                await self._link.update(self._session_config(configured))
                await self._read_until(SessionConfigured)
        except asyncio.CancelledError:
            await self._teardown()
            raise
        except _SetupFailed as exc:
            problem = exc.problem
        except TimeoutError as exc:
            problem = (
                failures.setup_timeout(host=self._host, timeout=self._connect_timeout)
                if self._link is not None
                else failures.connect_failure(exc, host=self._host, model=self._model, timeout=self._connect_timeout)
            )
        except Exception as exc:
            log.debug("Opening the translation session failed: %s", type(exc).__name__, exc_info=True)
            problem = failures.connect_failure(exc, host=self._host, model=self._model, timeout=self._connect_timeout)
        if problem is not None:
            await self._fail(problem)
            return
        link = self._link
        assert link is not None
        self._set_state(SessionState.LIVE, self._host)
        log.info("Translation session live: host=%s target=%s", self._host, configured)
        self._receiver = asyncio.create_task(self._receive(link), name="translation-receive")
        if self._target != configured:  # changed while connecting
            await self._send_language(link, self._target)

    async def _read_until(self, wanted: type[SessionStarted] | type[SessionConfigured]) -> None:
        """Read during setup until ``wanted`` arrives; an error or an early end fails the setup."""
        assert self._link is not None
        while True:
            item = decode(await self._link.recv())
            if isinstance(item, wanted):
                return
            if isinstance(item, ServerError):
                raise _SetupFailed(failures.server_error(item, during_setup=True))
            if isinstance(item, SessionEnded):
                raise _SetupFailed(failures.session_ended_early(host=self._host))
            if isinstance(item, SourceText | TargetText | TargetAudio):
                self._emit(item)

    # -- live ----------------------------------------------------------------------------------

    async def _receive(self, link: TranslationLink) -> None:
        """Dispatch server events until ``session.closed`` or the end of the connection."""
        while True:
            try:
                raw = await link.recv()
            except ConnectionClosed as exc:
                await self._connection_ended(exc)
                return
            except Exception as exc:
                log.debug("Receiving failed: %s", type(exc).__name__, exc_info=True)
                await self._connection_ended(None)
                return
            item = decode(raw)
            if item is not None and await self._dispatch(item):
                return

    async def _dispatch(self, item: Incoming) -> bool:
        """Hand ``item`` on; True when nothing more will arrive."""
        match item:
            case SourceText() | TargetText() | TargetAudio():
                self._emit(item)
            case ServerError():
                log.info("Server error: type=%s code=%s param=%s", item.error_type, item.code, item.param)
                problem = failures.server_error(item, during_setup=False)
                if problem.fatal:
                    await self._fail(problem)
                    return True
                self._emit(problem)
            case SessionEnded():
                if self._state is SessionState.LIVE:
                    await self._fail(failures.session_ended_early(host=self._host))
                return True
            case SessionConfigured(language=lang):
                log.debug("Session configuration confirmed: target=%s", lang)
            case SessionStarted():
                log.debug("Ignoring a repeated session.created")
        return False

    async def _connection_ended(self, exc: ConnectionClosed | None) -> None:
        if self._state is SessionState.LIVE:
            log.info("Connection to %s lost: %s", self._host, exc)
            await self._fail(failures.connection_lost(exc, host=self._host))
        else:
            log.debug("Connection to %s ended while %s", self._host, self._state.value)

    async def _send_language(self, link: TranslationLink, code: str) -> None:
        try:
            await link.update({"audio": {"output": {"language": code}}})
        except _SEND_ERRORS as exc:
            await self._send_failed(exc)

    async def _send_failed(self, exc: BaseException) -> None:
        if self._state is SessionState.LIVE:
            log.info("Sending to %s failed: %s", self._host, type(exc).__name__)
            await self._fail(
                failures.connection_lost(exc if isinstance(exc, ConnectionClosed) else None, host=self._host)
            )

    # -- ending --------------------------------------------------------------------------------

    async def _stop(self, grace: float) -> None:
        previous = self._state
        if previous is SessionState.CLOSED:
            await self._finished.wait()
            return
        if previous is SessionState.IDLE:
            self._finish()
            return
        self._set_state(SessionState.CLOSING)
        if previous is SessionState.CONNECTING and self._opening is not None:
            self._opening.cancel()
            await asyncio.wait({self._opening})
        elif previous is SessionState.LIVE:
            await self._drain(grace)
        await self._teardown()
        self._finish()

    async def _drain(self, grace: float) -> None:
        """Send ``session.close`` and keep dispatching trailing output until ``session.closed``."""
        link, receiver = self._link, self._receiver
        if link is None or receiver is None:
            return
        try:
            await link.request_close()
        except _SEND_ERRORS as exc:
            log.info("Could not ask %s to close the session: %s", self._host, type(exc).__name__)
            return
        done, _ = await asyncio.wait({receiver}, timeout=grace)
        if not done:
            log.info("No session.closed from %s within %.1f s; closing anyway", self._host, grace)

    async def _fail(self, problem: Problem) -> None:
        """Report a fatal ``problem`` once, then close everything and end in CLOSED."""
        if self._state is SessionState.CLOSING:
            self._emit(problem)  # stop() is already ending the session
            return
        if self._state is SessionState.CLOSED:
            return
        self._state = SessionState.CLOSED  # from here on nothing is sent and nothing else is reported
        log.info("Translation session failed (%s): %s", problem.kind.value, problem.message)
        self._emit(problem)
        await self._teardown()
        self._finish()

    async def _teardown(self) -> None:
        receiver, self._receiver = self._receiver, None
        if receiver is not None and receiver is not asyncio.current_task():
            receiver.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await receiver
        link, self._link = self._link, None
        if link is not None:
            await link.close()

    def _finish(self) -> None:
        self._state = SessionState.CLOSED
        self._emit(Status(SessionState.CLOSED))
        self._finished.set()

    # -- events --------------------------------------------------------------------------------

    def _set_state(self, state: SessionState, detail: str = "") -> None:
        self._state = state
        self._emit(Status(state, detail))

    def _emit(self, event: EngineEvent) -> None:
        try:
            self._sink(event)
        except Exception:
            log.exception("The event sink failed on %s", type(event).__name__)
