"""The life of one realtime session, whatever its kind; ``modes/`` says only what differs per kind.

Lifecycle (every transition is emitted as a ``Status``)::

    IDLE ─start()─▶ CONNECTING ─session.updated─▶ LIVE ─stop()─▶ CLOSING ─▶ CLOSED
                         └──────── failure: fatal Problem ───────┴──────────▶ CLOSED
                                                   LIVE ─connection lost─▶ RECONNECTING ─▶ LIVE
                                                   (backoff with full jitter; auth/quota: fatal Problem)

LIVE is announced when ``session.updated`` confirms the configuration (target language and source
transcription), not merely when the socket opens: a session that cannot work as asked fails during
start() with a clear sentence instead of producing captions in the wrong language. The cost is one
round trip at start.

Reconnects: a connection that ends while LIVE without our asking (any close code, a TCP reset, an end
of session we did not request) starts RECONNECTING with a ``ReconnectPolicy``. The new connection gets
the current configuration (the target language chosen meanwhile included) before the session is LIVE
again. The session keeps no audio of its own beyond appends that failed: the caller (the pipeline)
holds captured audio while the state is not LIVE and sends it afterwards.

Roll-over (see ``rollover.py``): before the service ends a session, the next one is opened and
configured while the first keeps working, appends switch to it, the old one is asked to finish and
its trailing output is handed on; the new session's output is held back until then. The state stays
LIVE throughout.

Every connection has its own ``Decoder``: asking a retiring session to finish never changes how the
next session's events read.

Why one class of this size: opening, reconnecting, rolling over and stopping are one state machine
over the same few fields (the live connection, its receiver, the state); each transition checks and
switches them with no await in between, so that no append is lost or sent twice. The pieces that
stand alone live beside it: the roll-over timing and held output (``rollover.py``), the retry policy
(``reconnect.py``), the sentences for failures (``failures.py``).
"""

from __future__ import annotations

import abc
import asyncio
import collections
import contextlib
import logging
import math
import os
import time
from collections.abc import Callable, Mapping
from typing import ClassVar

from openai import OpenAIError
from websockets.exceptions import ConnectionClosed, InvalidStatus

from translator_gui.pcm import BYTES_PER_SECOND
from translator_gui.realtime import failures
from translator_gui.realtime.connection import SessionLink
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
    TokenUsage,
)
from translator_gui.realtime.incoming import (
    Decoder,
    Incoming,
    ServerError,
    SessionConfigured,
    SessionEnded,
    SessionStarted,
)
from translator_gui.realtime.options import SessionOptions
from translator_gui.realtime.reconnect import RATE_LIMITED_RETRY, ReconnectPolicy, Retry, classify
from translator_gui.realtime.rollover import ROLLOVER_RETRY_SECONDS, HeldOutput, rollover_delay
from translator_gui.realtime.usage import UsageMeter

log = logging.getLogger(__name__)

_SEND_ERRORS = (ConnectionClosed, OSError, OpenAIError)
MAX_UNSENT_BYTES = 10 * BYTES_PER_SECOND
"""Audio whose append failed when the connection died, kept for the next connection (10 s at most)."""


class _SetupFailed(Exception):
    def __init__(self, problem: Problem) -> None:
        super().__init__(problem.message)
        self.problem = problem


class _ReopenFailed(Exception):
    """Opening a replacement connection failed: the sentence for it and whether to try again."""

    def __init__(self, problem: Problem, verdict: Retry, cause: BaseException) -> None:
        super().__init__(problem.message)
        self.problem = problem
        self.verdict = verdict
        self.cause = type(cause).__name__


class _Connection:
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
        self._decoder.closing = True
        await self.link.request_close()

    async def close(self) -> None:
        await self.link.close()


class RealtimeSession(abc.ABC):
    """An ``Engine``: one realtime session that reconnects and rolls over by itself.

    Single use: start() once, stop() any time. Subclasses (``modes/``) say what differs: the link,
    the configuration, the language update, the decoder and the languages they can produce.
    """

    DEFAULT_MODEL: ClassVar[str]
    """The model when ``SessionOptions.model`` is None."""

    def __init__(
        self,
        target_language: str,
        emit: EventSink,
        options: SessionOptions,
        *,
        rollover_margin: float = 60.0,
        retire_grace: float = 10.0,
        wall_clock: Callable[[], float] = time.time,
    ) -> None:
        self._options = options
        self._target = self._check_language(target_language)
        self._sink = emit
        self._base_url = resolve_base_url(options.base_url, os.environ) or DEFAULT_BASE_URL
        self._host = describe_endpoint(self._base_url)
        self._model = options.model or self.DEFAULT_MODEL
        self._connect_timeout = options.connect_timeout
        self._policy: ReconnectPolicy | None = options.reconnect
        self._state = SessionState.IDLE
        self._link: _Connection | None = None
        self._opening: asyncio.Task[None] | None = None
        self._receiver: asyncio.Task[None] | None = None
        self._stopping: asyncio.Task[None] | None = None
        self._finished = asyncio.Event()
        self._meter = UsageMeter()
        self._reconnecting: asyncio.Task[None] | None = None
        self._old_receivers: set[asyncio.Task[None]] = set()  # draining connections that ended
        self._unsent: collections.deque[bytes] = collections.deque()
        self._unsent_bytes = 0
        self.reconnects = 0  # connections re-established after a loss
        self._halted = False  # stop_soon() was called: no more audio
        self._rollover_margin = rollover_margin
        self._retire_grace = retire_grace
        self._wall_clock = wall_clock
        self._rollover: asyncio.Task[None] | None = None
        self._retiring: set[asyncio.Task[None]] = set()  # old sessions finishing after a roll-over
        self._held = HeldOutput(self._emit)  # the new session's output while an old one finishes
        self.rollovers = 0  # sessions handed over to a successor before they expired

    # -- what differs between session kinds (see modes/) ---------------------------------------

    @abc.abstractmethod
    def _check_language(self, code: str) -> str:
        """The normalised target code; ``ValueError`` for one this kind of session cannot produce."""

    @abc.abstractmethod
    def _session_config(self, target: str) -> Mapping[str, object]:
        """The ``session`` of the ``session.update`` that configures a new session."""

    @abc.abstractmethod
    def _language_update(self, target: str) -> Mapping[str, object]:
        """The ``session`` of the ``session.update`` that switches a running session to ``target``."""

    @abc.abstractmethod
    def _decoder(self) -> Decoder:
        """A new decoder, for one new connection."""

    @abc.abstractmethod
    async def _open_link(self) -> SessionLink:
        """Connect to this kind's endpoint."""

    # -- Engine protocol -----------------------------------------------------------------------

    @property
    def state(self) -> SessionState:
        return self._state

    async def start(self) -> None:
        """Connect and configure. Never raises for a failure: it becomes a fatal Problem, then CLOSED.

        Raises ``RuntimeError`` only when called twice (a programming error).
        """
        if self._state is not SessionState.IDLE:
            raise RuntimeError(f"A {type(self).__name__} can be started only once.")
        try:
            check_endpoint(self._base_url)
        except InsecureEndpointError as exc:
            await self._fail(Problem(ProblemKind.ENDPOINT, str(exc), fatal=True))
            return
        if not self._options.api_key.strip():
            await self._fail(Problem(ProblemKind.AUTH, failures.NO_API_KEY, fatal=True))
            return
        self._set_state(SessionState.CONNECTING, self._host)
        opening = asyncio.create_task(self._open(), name="realtime-open")
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
        if self._state is not SessionState.LIVE or link is None or not pcm16 or self._halted:
            return
        try:
            await link.append(pcm16)
        except _SEND_ERRORS as exc:
            self._keep_unsent(pcm16)
            await self._send_failed(link, exc)
            return
        self._count(len(pcm16))

    async def set_target_language(self, code: str) -> None:
        """Remember the language; when LIVE, switch the running session (no reconnect).

        Raises ``ValueError`` for a code this kind of session cannot produce.
        """
        self._target = self._check_language(code)
        link = self._link
        if self._state is SessionState.LIVE and link is not None:
            await self._send_language(link, self._target)

    async def stop(self, grace: float = 5.0) -> None:
        """Finish: ask the server to close, keep its trailing output for up to ``grace`` seconds,
        then close. Idempotent, safe before start() or after a failure; never raises."""
        if self._stopping is None:
            self._stopping = asyncio.create_task(self._stop(grace), name="realtime-stop")
        await asyncio.shield(self._stopping)

    def stop_soon(self, grace: float = 5.0) -> None:
        """From synchronous code (an event sink): accept no more audio from now on, and stop() in the
        background. Needs a running event loop."""
        self._halted = True
        if self._stopping is None:
            self._stopping = asyncio.get_running_loop().create_task(self._stop(grace), name="realtime-stop")

    # -- opening -------------------------------------------------------------------------------

    async def _connect(self) -> _Connection:
        return _Connection(await self._open_link(), self._decoder())

    async def _configure(self, link: _Connection) -> tuple[str, int | None]:
        """Wait for ``session.created``, send the configuration, wait for ``session.updated``;
        returns the target language that was configured and the session's ``expires_at``."""
        started = await self._read_until(link, SessionStarted)
        configured = self._target
        await link.update(self._session_config(configured))
        await self._read_until(link, SessionConfigured)
        return configured, started.expires_at if isinstance(started, SessionStarted) else None

    async def _open(self) -> None:
        """Connect and configure; a handshake refused for rate limiting is retried with backoff
        (bounded by the reconnect policy, said in the CONNECTING status), anything else fails."""
        limited = 0
        while True:
            problem, refusal, opened = await self._open_once()
            if problem is None:
                break
            policy = self._policy
            if (
                policy is not None
                and refusal is not None
                and classify(refusal, problem) is Retry.RATE_LIMITED
                and limited < policy.max_rate_limited
            ):
                limited += 1
                delay = policy.delay(limited)
                log.info("Handshake rate-limited by %s; retrying in %.1f s", self._host, delay)
                self._set_state(SessionState.CONNECTING, RATE_LIMITED_RETRY.format(seconds=max(1, math.ceil(delay))))
                await policy.sleep(delay)
                continue
            await self._fail(problem)
            return
        configured, expires_at = opened
        link = self._link
        assert link is not None
        self._set_state(SessionState.LIVE, self._host)
        log.info("%s live: host=%s target=%s", type(self).__name__, self._host, configured)
        self._go_live(link, expires_at)
        if self._target != configured:  # changed while connecting
            await self._send_language(link, self._target)

    async def _open_once(self) -> tuple[Problem | None, InvalidStatus | None, tuple[str, int | None]]:
        """One attempt: (the problem or None, the refused handshake if that was it, (language, expiry))."""
        problem: Problem | None = None
        refusal: InvalidStatus | None = None
        configured = self._target  # the language sent in the setup update
        expires_at: int | None = None
        try:
            async with asyncio.timeout(self._connect_timeout):
                self._link = await self._connect()
                configured, expires_at = await self._configure(self._link)
        except asyncio.CancelledError:
            await self._teardown()
            raise
        except _SetupFailed as exc:
            problem = exc.problem
        except TimeoutError as exc:
            problem = (
                failures.setup_timeout(host=self._host, timeout=self._connect_timeout)
                if self._link is not None
                else self._connect_failure(exc)
            )
        except Exception as exc:
            log.debug("Opening the session failed: %s", type(exc).__name__, exc_info=True)
            problem = self._connect_failure(exc)
            refusal = exc if isinstance(exc, InvalidStatus) else None
        return problem, refusal, (configured, expires_at)

    def _connect_failure(self, exc: BaseException) -> Problem:
        return failures.connect_failure(exc, host=self._host, model=self._model, timeout=self._connect_timeout)

    async def _read_until(
        self, link: _Connection, wanted: type[SessionStarted] | type[SessionConfigured]
    ) -> SessionStarted | SessionConfigured:
        """Read during setup until ``wanted`` arrives; an error or an early end fails the setup."""
        while True:
            for item in await link.receive():
                if isinstance(item, wanted):
                    return item
                if isinstance(item, ServerError):
                    raise _SetupFailed(failures.server_error(item, during_setup=True))
                if isinstance(item, SessionEnded):
                    raise _SetupFailed(failures.session_ended_early(host=self._host))
                if isinstance(item, SourceText | TargetText | TargetAudio | TokenUsage):
                    self._emit(item)

    def _go_live(self, link: _Connection, expires_at: int | None) -> None:
        """``link`` is the live connection from now on: receive from it, plan its roll-over."""
        self._receiver = asyncio.create_task(self._receive(link), name="realtime-receive")
        self._plan_rollover(link, expires_at)

    # -- live ----------------------------------------------------------------------------------

    async def _receive(self, link: _Connection) -> None:
        """Dispatch server events until the session ends or the connection does."""
        while True:
            try:
                items = await link.receive()
            except ConnectionClosed as exc:
                await self._connection_ended(link, exc)
                return
            except Exception as exc:
                log.debug("Receiving failed: %s", type(exc).__name__, exc_info=True)
                await self._connection_ended(link, None)
                return
            for item in items:
                if await self._dispatch(link, item):
                    return

    async def _dispatch(self, link: _Connection, item: Incoming) -> bool:
        """Hand ``item`` on; True when nothing more will arrive."""
        match item:
            case SourceText() | TargetText() | TargetAudio():
                if self._held.holding and link is self._link:
                    self._held.keep(item)  # an old session is still finishing: its words come first
                else:
                    self._emit(item)
            case TokenUsage():
                self._emit(item)
            case ServerError():
                log.info("Server error: type=%s code=%s param=%s", item.error_type, item.code, item.param)
                if link is not self._link:
                    return False  # a session being retired or replaced: nothing the person can act on
                if item.code == "session_expired" and self._state is SessionState.LIVE and self._policy:
                    await self._lost(link, failures.session_ended_early(host=self._host))
                    return True
                problem = failures.server_error(item, during_setup=False)
                if problem.fatal:
                    await self._fail(problem)
                    return True
                self._emit(problem)
            case SessionEnded():
                if self._state is SessionState.LIVE and link is self._link:
                    log.info("%s ended the session without being asked to", self._host)
                    await self._lost(link, failures.session_ended_early(host=self._host))
                return True
            case SessionConfigured(language=lang):
                log.debug("Session configuration confirmed: target=%s", lang)
            case SessionStarted():
                log.debug("Ignoring a repeated session.created")
        return False

    async def _connection_ended(self, link: _Connection, exc: ConnectionClosed | None) -> None:
        if self._state is SessionState.LIVE and link is self._link:
            log.info("Connection to %s lost: %s", self._host, exc)
            await self._lost(link, failures.connection_lost(exc, host=self._host))
        else:
            log.debug("Connection to %s ended while %s", self._host, self._state.value)

    async def _send_language(self, link: _Connection, code: str) -> None:
        try:
            await link.update(self._language_update(code))
        except _SEND_ERRORS as exc:
            await self._send_failed(link, exc)

    async def _send_failed(self, link: _Connection, exc: BaseException) -> None:
        if self._state is SessionState.LIVE and link is self._link:
            log.info("Sending to %s failed: %s", self._host, type(exc).__name__)
            await self._lost(
                link, failures.connection_lost(exc if isinstance(exc, ConnectionClosed) else None, host=self._host)
            )

    def _keep_unsent(self, pcm16: bytes) -> None:
        """An append that failed: keep it (bounded, oldest dropped) for the next connection."""
        self._unsent.append(pcm16)
        self._unsent_bytes += len(pcm16)
        while self._unsent_bytes > MAX_UNSENT_BYTES:
            self._unsent_bytes -= len(self._unsent.popleft())

    def _count(self, byte_count: int) -> None:
        usage = self._meter.add(byte_count)
        if usage is not None:
            self._emit(usage)

    # -- reconnecting --------------------------------------------------------------------------

    async def _lost(self, link: _Connection, problem: Problem) -> None:
        """The live connection ``link`` ended without our asking: reconnect, or fail with ``problem``."""
        if self._policy is None:
            await self._fail(problem)
            return
        self._state = SessionState.RECONNECTING  # from now on send_audio() drops: the caller keeps the audio
        rollover, self._rollover = self._rollover, None
        if rollover is not None and rollover is not asyncio.current_task():
            rollover.cancel()
        receiver = self._receiver
        if receiver is not None and not receiver.done():
            self._old_receivers.add(receiver)  # let it hand on what the old connection already delivered
            receiver.add_done_callback(self._old_receivers.discard)
        self._receiver = None
        self._reconnecting = asyncio.create_task(self._reconnect(link, self._policy), name="realtime-reconnect")

    async def _reconnect(self, old: _Connection, policy: ReconnectPolicy) -> None:
        with contextlib.suppress(Exception):
            await old.close()  # bounded; the receiver of ``old`` then ends by itself
        attempt = 0
        rate_limited = 0
        detail: str | None = None
        next_delay: float | None = None  # already announced to the user
        while True:
            attempt += 1
            if attempt > policy.max_attempts:
                await self._fail(failures.gave_up_reconnecting(host=self._host, attempts=policy.max_attempts))
                return
            delay = policy.delay(attempt) if next_delay is None else next_delay
            next_delay = None
            if detail is None:
                detail = f"Reconnecting (attempt {attempt})…"
            self._set_state(SessionState.RECONNECTING, detail)
            detail = None
            await policy.sleep(delay)
            try:
                link, configured, expires_at = await self._reopen()
            except _ReopenFailed as failed:
                log.info("Reconnect attempt %d to %s failed (%s): %s", attempt, self._host, failed.verdict.value,
                         failed.cause)  # fmt: skip
                if failed.verdict is Retry.GIVE_UP:
                    await self._fail(failed.problem)
                    return
                if failed.verdict is Retry.RATE_LIMITED:
                    rate_limited += 1
                    if rate_limited > policy.max_rate_limited:
                        await self._fail(Problem(ProblemKind.RATE_LIMIT, failures.RATE_LIMITED, fatal=True))
                        return
                    # say how long the next wait is; the loop then waits exactly that long
                    next_delay = policy.delay(attempt + 1)
                    detail = RATE_LIMITED_RETRY.format(seconds=max(1, math.ceil(next_delay)))
                continue
            if await self._resume(link, configured, expires_at):
                return
            log.info("The new connection to %s failed while resuming", self._host)

    async def _reopen(self) -> tuple[_Connection, str, int | None]:
        """A new connection, configured; raises ``_ReopenFailed`` if there is none."""
        link: _Connection | None = None
        try:
            async with asyncio.timeout(self._connect_timeout):
                link = await self._connect()
                configured, expires_at = await self._configure(link)
        except BaseException as exc:
            if link is not None:
                await link.close()
            if not isinstance(exc, Exception):
                raise
            problem = self._reopen_problem(exc)
            raise _ReopenFailed(problem, classify(exc, problem), exc) from exc
        return link, configured, expires_at

    def _reopen_problem(self, exc: BaseException) -> Problem:
        if isinstance(exc, _SetupFailed):
            return exc.problem
        if isinstance(exc, TimeoutError):
            return failures.setup_timeout(host=self._host, timeout=self._connect_timeout)
        return self._connect_failure(exc)

    async def _resume(self, link: _Connection, configured: str, expires_at: int | None) -> bool:
        """Make ``link`` the live connection: re-send the failed appends, then LIVE. False if it died."""
        try:
            while self._unsent:
                chunk = self._unsent[0]
                await link.append(chunk)
                self._unsent.popleft()
                self._unsent_bytes -= len(chunk)
                self._count(len(chunk))
            if self._target != configured:  # changed while reconnecting
                await link.update(self._language_update(self._target))
                configured = self._target
        except _SEND_ERRORS:
            await link.close()
            return False
        self._link = link
        self.reconnects += 1
        self._reconnecting = None
        self._set_state(SessionState.LIVE, self._host)
        log.info("%s live again: host=%s target=%s", type(self).__name__, self._host, configured)
        self._go_live(link, expires_at)
        if self._target != configured:  # changed while the state event was being handled
            await self._send_language(link, self._target)
        return True

    # -- rolling over to a new session ---------------------------------------------------------

    def _plan_rollover(self, link: _Connection, expires_at: int | None) -> None:
        previous, self._rollover = self._rollover, None
        if previous is not None and previous is not asyncio.current_task():
            previous.cancel()
        delay = rollover_delay(
            expires_at,
            now=self._wall_clock(),
            margin=self._rollover_margin,
            max_session_seconds=self._options.max_session_seconds,
        )
        if delay is not None:
            log.debug("Next session roll-over in %.1f s", delay)
            self._rollover = asyncio.create_task(self._roll_over(link, delay), name="realtime-rollover")

    async def _roll_over(self, old: _Connection, delay: float) -> None:
        """After ``delay``, open and configure the next session, then hand over to it."""
        await asyncio.sleep(delay)  # a planned moment, not waiting for a condition
        while True:
            if self._state is not SessionState.LIVE or self._link is not old:
                return
            try:
                new, configured, expires_at = await self._reopen()
            except _ReopenFailed as failed:
                if failed.verdict is Retry.GIVE_UP:
                    await self._fail(failed.problem)
                    return
                log.info("Opening the next session failed (%s); the current one goes on", failed.cause)
                await asyncio.sleep(ROLLOVER_RETRY_SECONDS)  # back-off between attempts
                continue
            try:
                if self._target != configured:  # changed while opening
                    configured = self._target
                    await new.update(self._language_update(configured))
            except BaseException as exc:
                await new.close()  # never leave the unused session open
                if not isinstance(exc, _SEND_ERRORS):
                    raise
                log.info("The next session failed while being configured; the current one goes on")
                await asyncio.sleep(ROLLOVER_RETRY_SECONDS)
                continue
            break
        if self._state is not SessionState.LIVE or self._link is not old:
            await new.close()
            return
        # the switch: no await between these lines, so no append is lost or sent twice
        old_receiver = self._receiver
        self._link = new
        self._held.hold()
        self._receiver = asyncio.create_task(self._receive(new), name="realtime-receive")
        self.rollovers += 1
        retire = asyncio.create_task(self._retire(old, old_receiver), name="realtime-retire")
        self._retiring.add(retire)
        retire.add_done_callback(self._retiring.discard)
        self._rollover = None
        log.info("Handed over to a new session (roll-over %d), target=%s", self.rollovers, configured)
        self._plan_rollover(new, expires_at)

    async def _retire(self, old: _Connection, receiver: asyncio.Task[None] | None) -> None:
        """Ask the old session to finish and hand on its trailing output, then release the new one's."""
        try:
            try:
                await old.request_close()
            except _SEND_ERRORS as exc:
                log.info("Could not ask the old session to close: %s", type(exc).__name__)
            if receiver is not None:
                done, _ = await asyncio.wait({receiver}, timeout=self._retire_grace)
                if not done:
                    log.info("The old session did not finish within %.1f s", self._retire_grace)
                    receiver.cancel()
                    with contextlib.suppress(asyncio.CancelledError):
                        await receiver
        finally:
            await old.close()
            self._held.release()

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
        elif previous is SessionState.RECONNECTING and self._reconnecting is not None:
            self._reconnecting.cancel()
            await asyncio.wait({self._reconnecting})
        elif previous is SessionState.LIVE:
            if self._rollover is not None:
                self._rollover.cancel()
                await asyncio.wait({self._rollover})
            if self._retiring:  # let a session being handed over finish first: its words come first
                await asyncio.wait(set(self._retiring), timeout=grace)
            await self._drain(grace)
        await self._teardown()
        self._finish()

    async def _drain(self, grace: float) -> None:
        """Ask the session to finish and keep dispatching trailing output until it has."""
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
            log.info("The session at %s did not finish within %.1f s; closing anyway", self._host, grace)

    async def _fail(self, problem: Problem) -> None:
        """Report a fatal ``problem`` once, then close everything and end in CLOSED."""
        if self._state is SessionState.CLOSING:
            self._emit(problem)  # stop() is already ending the session
            return
        if self._state is SessionState.CLOSED:
            return
        self._state = SessionState.CLOSED  # from here on nothing is sent and nothing else is reported
        log.info("%s failed (%s): %s", type(self).__name__, problem.kind.value, problem.message)
        self._emit(problem)
        await self._teardown()
        self._finish()

    async def _teardown(self) -> None:
        current = asyncio.current_task()
        reconnecting, self._reconnecting = self._reconnecting, None
        rollover, self._rollover = self._rollover, None
        receivers = [self._receiver, reconnecting, rollover, *self._retiring, *self._old_receivers]
        self._receiver = None
        for task in receivers:
            if task is not None and task is not current and not task.done():
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await task
        link, self._link = self._link, None
        if link is not None:
            await link.close()
        self._held.flush()  # never lose words, even when ending abruptly

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
