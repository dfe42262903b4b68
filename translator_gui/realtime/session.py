"""The life of one realtime session, whatever its kind; ``modes/`` says only what differs per kind.

Lifecycle (every transition is emitted as a ``Status``)::

    IDLE ─start()─▶ CONNECTING ─session.updated─▶ LIVE ─stop()─▶ CLOSING ─▶ CLOSED
                         └──────── failure: fatal Problem ───────┴──────────▶ CLOSED
                                                   LIVE ─connection lost─▶ RECONNECTING ─▶ LIVE
                                                   (backoff with full jitter; auth/quota: fatal Problem)

LIVE is announced when the server confirmed the configuration (see ``opening.py``).

Reconnects (the loop and its policy: ``reconnect.py``): a connection that ends while LIVE without our
asking (any close code, a TCP reset, an end of session we did not request) starts RECONNECTING. The
new connection gets the current configuration (the target language chosen meanwhile included) before
the session is LIVE again. The session keeps no audio of its own beyond appends that failed: the
caller (the pipeline) holds captured audio while the state is not LIVE and sends it afterwards.

Roll-over (``rollover.py``): before the service ends a session, the next one takes over; the state
stays LIVE throughout.

Stopping while the service is behind (a slow link or an overloaded service): the session keeps
finishing for as long as the service evidently makes progress through what it was sent (pongs to
the pings that go on while CLOSING, anything it sends), at most ``FINISH_CAP_SECONDS``, and says how
much audio is left, counting down (``ProblemKind.FINISHING``). It gives up after ``grace`` seconds
without progress, stretched for a service that reads slower than speech (it reads in bursts);
``hurry()`` (a second Stop, Quit) ends it sooner. What was not translated is said. A service that
keeps up stops as quickly as ever.

What is left here is one piece on purpose: the state, the live connection and its receiver change
together, in transitions (go live, lose the connection, switch, fail, stop) that must not await
between checking and changing them, or an append is lost or sent twice. Opening a connection
(``opening.py``), the reconnect loop, its policy and the unsent audio (``reconnect.py``) and the
hand-over (``rollover.py``) stand alone and are passed only what they need.
"""

from __future__ import annotations

import abc
import asyncio
import collections
import contextlib
import dataclasses
import functools
import logging
import math
import os
import time
from collections.abc import Callable, Mapping
from typing import Any, ClassVar

from websockets.exceptions import ConnectionClosed

from translator_gui.i18n import translate
from translator_gui.pcm import BYTES_PER_SECOND
from translator_gui.realtime import failures
from translator_gui.realtime.connection import PatientLink, PingingLink, SessionLink
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
    LineEnd,
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
    Committed,
    Decoder,
    Incoming,
    Misbehaved,
    ServerError,
    ServiceNotice,
    SessionConfigured,
    SessionEnded,
    SessionStarted,
)
from translator_gui.realtime.opening import SEND_ERRORS, Connection, Opened, Opener
from translator_gui.realtime.options import SessionOptions
from translator_gui.realtime.reconnect import (
    RATE_LIMITED_RETRY,
    AttemptFailed,
    FailureHistory,
    InFlight,
    ReconnectPolicy,
    Retry,
    UnsentAudio,
    reconnect,
)
from translator_gui.realtime.rollover import Handover
from translator_gui.realtime.usage import UsageMeter

log = logging.getLogger(__name__)

SEND_STALL_SECONDS = 2.0
"""An append that cannot be handed to the socket for this long means a stalled link: reconnect."""
RECEIVE_SLICE = 0.005
"""The longest the receiver works through queued messages before letting the event loop run."""
RESEND_WITHIN_SECONDS = 5.0
"""Audio kept from a lost connection is re-sent when the next one is live within this long; after a
longer outage it is dropped (and said) so the captions resume live."""
LAG_TICK_SECONDS = 1.0
"""How often the live connection is pinged to learn how much of the audio the service has read."""
BEHIND_TELL_SECONDS = 2.0
"""Audio the service has not read yet, beyond which the person is told how far behind it is."""
BEHIND_EVERY_SECONDS = 3.0
"""How often a growing (or shrinking) lag is said again."""
CAUGHT_UP_SECONDS = 1.0
"""Below this the audio has caught up (said once, after it was said to be behind)."""
FINISH_CAP_SECONDS = 120.0
"""After Stop, the longest the service is given to work through what it was sent, however well it goes."""
FINISH_TELL_SECONDS = 1.0
"""After Stop, a wait from which on the person is told that the session is finishing, with how much
audio is left, counting down (a service that finishes sooner is never said to be finishing)."""
FINISH_SLOWEST_PACE = 0.1
"""The slowest reading pace (times real time) by which the wait for a quiet service is stretched."""
PACE_WINDOW_SECONDS = 30.0
"""The service's reading pace is measured over this long before its last sign of reading."""
KEEPING_UP_PACE = 0.9
"""A service reading at least this fast (times real time) keeps up: it is waited for ``grace`` only."""
FINISH_PATIENCE = 2.0
"""While finishing, a quiet service is waited for this many times as long as ``grace`` seconds of audio
take at its pace: it reads in bursts, and works through what it holds in between without a sign."""


class RealtimeSession(abc.ABC):
    """An ``Engine``: one realtime session that reconnects and rolls over by itself.

    Single use: start() once, stop() any time. Subclasses (``modes/``) say what differs: the link,
    the configuration, the language update, the decoder and the languages they can produce.
    ``rollover_margin`` and ``retire_grace`` tune the roll-over (see ``Handover``); ``wall_clock`` is the
    local time that ``expires_at`` is read against (see ``Opener``).
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
        self._policy: ReconnectPolicy | None = options.reconnect
        self._state = SessionState.IDLE
        self._link: Connection | None = None  # the live connection
        self._opening: asyncio.Task[None] | None = None
        self._receiver: asyncio.Task[None] | None = None
        self._stopping: asyncio.Task[None] | None = None
        self._finished = asyncio.Event()
        self._meter = UsageMeter()
        self._reconnecting: asyncio.Task[None] | None = None
        self._old_receivers: set[asyncio.Task[None]] = set()  # draining connections that ended
        self._unsent = UnsentAudio()
        self._in_flight = InFlight()  # appended on the live connection, not yet evidently consumed
        self._told_lost = 0  # bytes of dropped audio the person was told about
        self._told_behind: int | None = None  # the lag last said (seconds), while it is behind
        self._told_behind_at = 0.0
        self._lag_watch: asyncio.Task[None] | None = None
        self._heard = 0  # items received on the live connection: a sign of progress while finishing
        self._read_total = 0  # bytes pongs showed read, over every connection: the service's pace
        self._reads: collections.deque[tuple[float, int]] = collections.deque()  # (when, _read_total), recent
        self._reading_since: float | None = None  # when the session first went live (monotonic)
        self._hurry_at: float | None = None  # finish by then at the latest (monotonic; see hurry())
        self._hurried = asyncio.Event()
        self.unfinished: Problem | None = None  # what was said not to be translated at the end
        self._lost_at: float | None = None  # when the live connection was last lost (monotonic)
        self._finished_by_server = False  # the live connection's session.closed arrived
        self._failures = FailureHistory(self._policy) if self._policy is not None else None
        self._live_since: float | None = None  # when the live connection went live (policy clock)
        self.reconnects = 0  # connections re-established after a loss
        self._halted = False  # stop_soon() was called: no more audio
        self._failing: set[asyncio.Task[None]] = set()  # ending the session after a task died
        self._refusal: Problem | None = None  # why start() must not connect at all
        self._opener = Opener(
            open_link=self._open_link,
            decoder=self._decoder,
            session_config=self._session_config,
            target=lambda: self._target,
            emit=self._emit,
            host=self._host,
            model=self._model,
            timeout=options.connect_timeout,
            wall_clock=wall_clock,
        )
        self._handover = Handover(
            is_live_on=lambda link: self._state is SessionState.LIVE and link is self._link,
            open_successor=self._open_successor,
            switch_to=self._switch_to,
            fail=self._fail,
            emit=self._emit,
            margin=rollover_margin,
            max_session_seconds=options.max_session_seconds,
            retire_grace=retire_grace,
        )

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

    async def _appended(self, link: Connection, pcm16: bytes) -> None:
        """``pcm16`` was appended on ``link`` (e.g. to commit the buffer at a pause)."""
        return

    async def _last_commit_confirmed(self, link: Connection) -> None:
        """The commit that finishes ``link``'s session was confirmed (e.g. to ask for the last answer)."""
        return

    # -- Engine protocol -----------------------------------------------------------------------

    @property
    def state(self) -> SessionState:
        return self._state

    @property
    def rollovers(self) -> int:
        """Sessions handed over to a successor before they expired."""
        return self._handover.rollovers

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
        if self._refusal is not None:
            await self._fail(self._refusal)
            return
        self._set_state(SessionState.CONNECTING, self._host)
        opening = self._supervised(asyncio.create_task(self._open(), name="realtime-open"))
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
            async with asyncio.timeout(SEND_STALL_SECONDS):
                await link.append(pcm16)
        except TimeoutError:
            # The send buffer is full and did not drain: the service stopped reading (a half-open
            # link) or reads far slower than real time. Keep the audio, take a new connection.
            self._unsent.keep(pcm16)
            log.info("Sending to %s stalled for %.1f s", self._host, SEND_STALL_SECONDS)
            await self._send_failed(link, TimeoutError())
            return
        except SEND_ERRORS as exc:
            self._unsent.keep(pcm16)
            await self._send_failed(link, exc)
            return
        if link is self._link:
            self._in_flight.sent(pcm16)
        self._count(len(pcm16))
        await self._appended(link, pcm16)

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

    def hurry(self, seconds: float = 0.0) -> None:
        """Finish within ``seconds`` from now at the latest (0: at once), however much the service still
        has to work through: a second Stop, or Quit. What it has not done by then is abandoned, and said.
        Takes effect on a stop() under way and on the next one."""
        at = time.monotonic() + max(0.0, seconds)
        if self._hurry_at is None or at < self._hurry_at:
            self._hurry_at = at
        self._hurried.set()

    def refuse_start(self, problem: Problem) -> None:
        """start() is to fail with ``problem`` instead of connecting (e.g. a spending cap it cannot keep)."""
        self._refusal = problem

    def stop_soon(self, grace: float = 5.0) -> None:
        """From synchronous code (an event sink): accept no more audio from now on, and stop() in the
        background. Needs a running event loop."""
        self._halted = True
        if self._stopping is None:
            self._stopping = asyncio.get_running_loop().create_task(self._stop(grace), name="realtime-stop")

    # -- opening -------------------------------------------------------------------------------

    async def _open(self) -> None:
        """Connect and configure; a handshake refused for rate limiting is retried with backoff
        (bounded by the reconnect policy, said in the CONNECTING status), anything else fails."""
        limited = 0
        while True:
            try:
                opened = await self._opener.open()
            except AttemptFailed as failed:
                policy = self._policy
                if (
                    policy is None
                    or not failed.refused
                    or failed.verdict is not Retry.RATE_LIMITED
                    or limited >= policy.max_rate_limited
                ):
                    await self._fail(failed.problem)
                    return
                limited += 1
                delay = policy.delay(limited)
                log.info("Handshake rate-limited by %s; retrying in %.1f s", self._host, delay)
                self._set_state(SessionState.CONNECTING, RATE_LIMITED_RETRY.format(seconds=max(1, math.ceil(delay))))
                await policy.sleep(delay)
                continue
            break
        link = self._link = opened.connection
        self._set_state(SessionState.LIVE, self._host)
        log.info("%s live: host=%s target=%s", type(self).__name__, self._host, opened.configured)
        self._go_live(opened)
        if self._target != opened.configured:  # changed while connecting
            await self._send_language(link, self._target)

    def _go_live(self, opened: Opened) -> None:
        """``opened`` is the live connection from now on: receive from it, plan its roll-over."""
        self._live_since = self._policy.clock() if self._policy is not None else None
        if self._reading_since is None:
            self._reading_since = time.monotonic()
        receiver = asyncio.create_task(self._receive(opened.connection), name="realtime-receive")
        self._receiver = self._supervised(receiver)
        self._watch_lag(opened.connection)
        self._handover.plan(opened)

    # -- live ----------------------------------------------------------------------------------

    async def _receive(self, link: Connection) -> None:
        """Dispatch server events until the session ends or the connection does.

        ``receive()`` returns at once while messages are queued, so a burst (thousands of events)
        would be handled without letting anything else run: the loop yields after each
        ``RECEIVE_SLICE`` seconds of work."""
        busy_since = time.perf_counter()
        while True:
            if time.perf_counter() - busy_since > RECEIVE_SLICE:
                await asyncio.sleep(0)  # let the GUI and the audio pump run between queued messages
                busy_since = time.perf_counter()
            try:
                items = await link.receive()
            except ConnectionClosed as exc:
                await self._connection_ended(link, exc)
                return
            except Exception as exc:
                log.debug("Receiving failed: %s", type(exc).__name__, exc_info=True)
                await self._connection_ended(link, None)
                return
            if link is self._link:
                self._heard += 1
            for item in items:
                if await self._dispatch(link, item):
                    return

    async def _dispatch(self, link: Connection, item: Incoming) -> bool:
        """Hand ``item`` on; True when nothing more will arrive."""
        match item:
            case SourceText() | TargetText() | TargetAudio():
                if item.elapsed_ms is not None and link is self._link:
                    self._in_flight.consumed(item.elapsed_ms)
                if self._handover.held.holding and link is self._link:
                    self._handover.held.keep(item)  # an old session is still finishing: its words come first
                else:
                    self._emit(item)
            case LineEnd():
                if self._handover.held.holding and link is self._link:
                    self._handover.held.keep(item)
                else:
                    self._emit(item)
            case TokenUsage():
                self._emit(item)
            case Committed():
                await self._last_commit_confirmed(link)
            case ServiceNotice(message=message):
                log.info("The service could not do part of its work: %s", message)
                self._emit(Problem(ProblemKind.SERVER, message))
            case Misbehaved(message=message):
                if link is self._link:
                    self._emit(Problem(ProblemKind.PROTOCOL, message))
            case ServerError():
                log.info("Server error: type=%s code=%s param=%s", item.error_type, item.code, item.param)
                if link is not self._link:
                    return False  # a session being retired or replaced: nothing the person can act on
                if item.code == "session_expired" and self._state is SessionState.LIVE and self._policy:
                    self._handover.expired(link)
                    await self._lost(link, failures.session_ended_early(host=self._host))
                    return True
                problem = failures.server_error(item, during_setup=False)
                if problem.fatal:
                    await self._fail(problem)
                    return True
                self._emit(problem)
            case SessionEnded():
                if link is self._link:
                    self._finished_by_server = True
                if self._state is SessionState.LIVE and link is self._link:
                    log.info("%s ended the session without being asked to", self._host)
                    await self._lost(link, failures.session_ended_early(host=self._host))
                return True
            case SessionConfigured(language=lang):
                log.debug("Session configuration confirmed: target=%s", lang)
            case SessionStarted():
                log.debug("Ignoring a repeated session.created")
        return False

    async def _connection_ended(self, link: Connection, exc: ConnectionClosed | None) -> None:
        if self._state is SessionState.LIVE and link is self._link:
            log.info("Connection to %s lost: %s", self._host, exc)
            await self._lost(link, failures.connection_lost(exc, host=self._host))
        else:
            log.debug("Connection to %s ended while %s", self._host, self._state.value)

    async def _send_language(self, link: Connection, code: str) -> None:
        try:
            await link.update(self._language_update(code))
        except SEND_ERRORS as exc:
            await self._send_failed(link, exc)

    async def _send_failed(self, link: Connection, exc: BaseException) -> None:
        if self._state is SessionState.LIVE and link is self._link:
            log.info("Sending to %s failed: %s", self._host, type(exc).__name__)
            await self._lost(
                link, failures.connection_lost(exc if isinstance(exc, ConnectionClosed) else None, host=self._host)
            )

    def _resent(self, pcm16: bytes) -> None:
        """A kept chunk went out on the connection being resumed: in flight there, and counted."""
        self._in_flight.sent(pcm16)
        self._count(len(pcm16))

    def _tell_lost(self) -> None:
        """Say once per stretch how much audio could not be kept for the next connection."""
        lost = self._unsent.dropped_bytes - self._told_lost
        if lost >= BYTES_PER_SECOND // 2:
            self._told_lost = self._unsent.dropped_bytes
            log.info("%.1f s of audio dropped while the connection was down", lost / BYTES_PER_SECOND)
            self._emit(dataclasses.replace(failures.audio_lost(seconds=lost / BYTES_PER_SECOND), sparing=True))

    def _count(self, byte_count: int) -> None:
        usage = self._meter.add(byte_count)
        if usage is not None:
            self._emit(usage)

    async def _catch_up(self, opened: Opened) -> str:
        """Switch a connection just opened to the target chosen while it was being configured; the
        target it has now. Raises ``SEND_ERRORS`` if the connection died."""
        if self._target == opened.configured:
            return opened.configured
        target = self._target
        await opened.connection.update(self._language_update(target))
        return target

    # -- how far behind ------------------------------------------------------------------------

    def _watch_lag(self, link: Connection) -> None:
        if self._lag_watch is not None:
            self._lag_watch.cancel()  # it watched the previous connection
        self._lag_watch = self._supervised(asyncio.create_task(self._follow_lag(link), name="realtime-lag"))

    async def _follow_lag(self, link: Connection) -> None:
        """While ``link`` is the live connection (and while it finishes after Stop): ping it every
        second, noting how much had been sent by then (a pong says the service has read that much),
        and while live say how far behind the audio is."""
        pinging = link.link
        if not isinstance(pinging, PingingLink):
            return  # no way to know what it has read
        while link is self._link and self._state in (SessionState.LIVE, SessionState.CLOSING):
            try:
                await self._mark_read(pinging)
            except (*SEND_ERRORS, RuntimeError):  # closing: the receiver tells what happened
                return
            if self._state is SessionState.LIVE:
                self._tell_behind()
            await asyncio.sleep(LAG_TICK_SECONDS)  # a cadence: the service tells nothing by itself

    async def _mark_read(self, pinging: PingingLink) -> None:
        """Ping now, noting how much had been sent by then: its pong says the service has read that much.
        Raises what sending raises."""
        generation, mark = self._in_flight.generation, self._in_flight.sent_bytes
        pong = asyncio.ensure_future(await pinging.ping())
        pong.add_done_callback(functools.partial(self._pong, generation=generation, mark=mark))

    def _pong(self, done: asyncio.Future[float], *, generation: int, mark: int) -> None:
        if done.cancelled() or done.exception() is not None:
            return  # the connection ended first
        if generation != self._in_flight.generation:
            return
        before = self._read_bytes()
        self._in_flight.read(mark)
        if self._read_bytes() > before:
            self._read_total += self._read_bytes() - before
            now = time.monotonic()
            self._reads.append((now, self._read_total))
            while len(self._reads) > 2 and now - self._reads[1][0] >= PACE_WINDOW_SECONDS:
                self._reads.popleft()

    def reading_pace(self) -> float:
        """How fast the service evidently read the audio (times real time) over ``PACE_WINDOW_SECONDS``
        up to its last sign of reading, that last burst left out (it is read at once, after a long wait);
        1 until known (for the first few seconds); at least ``FINISH_SLOWEST_PACE``."""
        if self._reading_since is None or not self._reads:
            return 1.0
        last, total = self._reads[-1]
        if len(self._reads) > 1:
            total = self._reads[-2][1]
        start = max(self._reading_since, last - PACE_WINDOW_SECONDS)
        before = 0
        for when, read in self._reads:
            if when > start:
                break
            start, before = when, read
        if last - start < PACE_WINDOW_SECONDS / 6:
            return 1.0  # too short a time to tell
        pace = (total - before) / BYTES_PER_SECOND / (last - start)
        return min(1.0, max(FINISH_SLOWEST_PACE, pace))

    def behind_seconds(self) -> float:
        """Audio not evidently read by the service yet: sent into the live connection, or kept for the next."""
        return (self._in_flight.unread_bytes + len(self._unsent)) / BYTES_PER_SECOND

    def _tell_behind(self) -> None:
        """Say how far behind the audio is while it is more than a couple of seconds (again as it
        changes, every few seconds at most), and once when it has caught up."""
        behind = self.behind_seconds()
        now = time.monotonic()
        if behind >= BEHIND_TELL_SECONDS:
            seconds = round(behind)
            if self._told_behind is None or (
                seconds != self._told_behind and now - self._told_behind_at >= BEHIND_EVERY_SECONDS
            ):
                self._told_behind, self._told_behind_at = seconds, now
                log.info("Audio %.1f s behind at %s", behind, self._host)
                sentence = (translate("Session", "Audio is {seconds} s behind: the connection or the translation "
                                      "service is slower than speech. Nothing is dropped yet; captions come late.")
                            if self._unsent.dropped_bytes == 0 else
                            translate("Session", "Audio is {seconds} s behind: the connection or the translation "
                                      "service is slower than speech; captions come late."))
                self._emit(Problem(ProblemKind.NETWORK, sentence.format(seconds=seconds), sparing=True))
        elif self._told_behind is not None and behind < CAUGHT_UP_SECONDS:
            self._told_behind = None
            log.info("Audio caught up at %s", self._host)
            self._emit(Problem(ProblemKind.NETWORK, translate(
                "Session", "The audio has caught up; captions are live again."), sparing=True))

    # -- reconnecting --------------------------------------------------------------------------

    async def _lost(self, link: Connection, problem: Problem) -> None:
        """The live connection ``link`` ended without our asking: reconnect, or fail with ``problem``."""
        policy = self._policy
        if policy is None:
            await self._fail(problem)
            return
        self._state = SessionState.RECONNECTING  # from now on send_audio() drops: the caller keeps the audio
        self._unsent.count_dropped(self._in_flight.forgotten_bytes)  # sent long ago, never confirmed, not kept
        self._in_flight.forgotten_bytes = 0
        self._unsent.keep_first(self._in_flight.take())  # what the lost service never evidently consumed
        self._lost_at = time.monotonic()
        self._tell_lost()
        if self._failures is not None:
            if self._live_since is not None and policy.clock() - self._live_since >= policy.stable_after:
                self._failures.clear()  # it had been working: a fresh start for the backoff
            self._failures.add()
        self._live_since = None
        self._handover.cancel()
        receiver = self._receiver
        if receiver is not None and not receiver.done():
            self._old_receivers.add(receiver)  # let it hand on what the old connection already delivered
            receiver.add_done_callback(self._old_receivers.discard)
        self._receiver = None
        self._reconnecting = self._supervised(
            asyncio.create_task(self._reconnect(link, policy), name="realtime-reconnect")
        )

    async def _reconnect(self, old: Connection, policy: ReconnectPolicy) -> None:
        with contextlib.suppress(Exception):
            await old.close()  # bounded; the receiver of ``old`` then ends by itself
        await reconnect(
            policy,
            host=self._host,
            reopen=self._opener.open,
            resume=self._resume,
            announce=lambda detail: self._set_state(SessionState.RECONNECTING, detail),
            fail=self._fail,
            history=self._failures,
        )

    async def _resume(self, opened: Opened) -> bool:
        """Make ``opened`` the live connection: re-send the failed appends, then LIVE. False if it died."""
        link = opened.connection
        if self._lost_at is not None and time.monotonic() - self._lost_at > RESEND_WITHIN_SECONDS:
            # A long outage: what was kept from before it would only put the captions further behind
            # (the caller skips what it held meanwhile too); it is dropped, and said.
            self._unsent.drop_all()
            self._tell_lost()
        pinging = link.link if isinstance(link.link, PingingLink) else None
        marked = self._in_flight.sent_bytes

        async def resend(pcm16: bytes) -> None:
            # A ping every second of audio re-sent: a slow service's progress through it shows.
            nonlocal marked
            if pinging is not None and self._in_flight.sent_bytes - marked >= BYTES_PER_SECOND:
                marked = self._in_flight.sent_bytes
                with contextlib.suppress(RuntimeError):
                    await self._mark_read(pinging)
            await link.append(pcm16)

        try:
            async with asyncio.timeout(SEND_STALL_SECONDS * 2):
                await self._unsent.send(resend, self._resent)
            configured = await self._catch_up(opened)  # the target may have changed while reconnecting
        except (*SEND_ERRORS, TimeoutError):
            self._unsent.keep_first(self._in_flight.take())
            await link.close()
            return False
        self._link = link
        self.reconnects += 1
        self._reconnecting = None
        self._set_state(SessionState.LIVE, self._host)
        log.info("%s live again: host=%s target=%s", type(self).__name__, self._host, configured)
        self._go_live(opened)
        if self._target != configured:  # changed while the state event was being handled
            await self._send_language(link, self._target)
        return True

    # -- rolling over (the hand-over itself: rollover.py) --------------------------------------

    async def _open_successor(self) -> Opened:
        """The next session, configured like the live one."""
        opened = await self._opener.open()
        try:
            await self._catch_up(opened)
        except BaseException:
            await opened.connection.close()  # never leave the unused session open
            raise
        return opened

    def _switch_to(self, new: Connection) -> asyncio.Task[None] | None:
        """Appends go to ``new`` from now on and its events are received; the old receiver."""
        self._in_flight.take()  # the old session is asked to finish what it has: nothing to re-send
        old_receiver = self._receiver
        self._link = new
        self._receiver = self._supervised(asyncio.create_task(self._receive(new), name="realtime-receive"))
        self._watch_lag(new)
        return old_receiver

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
            planned = self._handover.cancel()
            if planned is not None:
                await asyncio.wait({planned})
            await self._handover.finish_retiring(grace)  # a session being handed over: its words come first
            if not await self._drain(grace) and self._link is not None and isinstance(self._link.link, PatientLink):
                self._link.link.abort()  # given up: a close frame would only wait behind the unread audio
        if previous in (SessionState.LIVE, SessionState.RECONNECTING):
            # What the service had not evidently consumed by now is abandoned: say so.
            pending = (len(self._in_flight) + len(self._unsent)) / BYTES_PER_SECOND
            if pending >= 0.5:
                log.info("%.1f s of audio not consumed by %s at the end", pending, self._host)
                # Said as part of finishing: never held back as one problem too many after a slow spell.
                self.unfinished = failures.audio_unfinished(seconds=pending)
                self._emit(self.unfinished)
        await self._teardown()
        self._finish()

    async def _drain(self, grace: float) -> bool:
        """Ask the session to finish and keep dispatching trailing output until it has: for as long as
        the service evidently works through what it was sent (see ``_finishing``). False when it was
        given up before it finished."""
        link, receiver = self._link, self._receiver
        if link is None or receiver is None:
            return True
        if isinstance(link.link, PatientLink):
            link.link.relax_keepalive()  # a late pong is no dead link now: progress is watched instead
        asking = asyncio.ensure_future(link.request_close())
        try:
            finished = await self._finishing(receiver, asking, grace)
        finally:
            if not asking.done():
                asking.cancel()
            with contextlib.suppress(asyncio.CancelledError, *SEND_ERRORS, TimeoutError):
                await asking
        if finished and self._finished_by_server:
            self._in_flight.take()  # the service finished the session: it consumed everything
        return finished

    async def _finishing(self, receiver: asyncio.Task[None], asking: asyncio.Future[None], grace: float) -> bool:
        """Wait for ``receiver`` to end (the session finished) while the service makes progress: a pong
        says it read more, it sends something, or the request to finish went out. Gives up when there
        was no progress for ``grace`` seconds — for a service slower than speech, for twice as long as
        ``grace`` seconds of audio take at the pace it has been reading (a slow one reads in bursts, and
        works through what it holds between them without a sign) —, after
        ``FINISH_CAP_SECONDS`` in all, or when hurried. After a second the person is told how much
        audio is left, counting down. True when the session finished."""
        started = last_progress = time.monotonic()
        progress = self._progress_mark(asking)
        told = ""
        hurried = asyncio.ensure_future(self._hurried.wait())
        ended_by_service = False
        try:
            while True:
                now = time.monotonic()
                if asking.done() and not ended_by_service and (asking.cancelled() or asking.exception() is not None):
                    if isinstance(asking.exception() if not asking.cancelled() else None, ConnectionClosed):
                        # The service had ended the session itself (it expired, say): what it sent
                        # before is still queued here, so the receiver reads it to the end.
                        log.info("%s had already ended the session; reading what it sent", self._host)
                        ended_by_service = True
                    else:
                        log.info("Could not ask %s to close the session: %s", self._host,
                                 "cancelled" if asking.cancelled() else type(asking.exception()).__name__)
                        return False
                quiet = self.finish_patience(grace)
                deadline = min(last_progress + quiet, started + FINISH_CAP_SECONDS)
                if self._hurry_at is not None:
                    deadline = min(deadline, self._hurry_at)
                if now >= deadline:
                    why = "as asked" if self._hurry_at is not None and now >= self._hurry_at else "without progress"
                    log.info("The session at %s did not finish (%.1f s unread after %.1f s, ended %s, waited up to "
                             "%.1f s without progress); closing anyway", self._host, self.behind_seconds(),
                             now - started, why, quiet)
                    return False
                if now - started >= FINISH_TELL_SECONDS:
                    told = self._tell_finishing(told)
                waiting: set[asyncio.Future[Any]] = {receiver, hurried}
                if not asking.done():
                    waiting.add(asking)
                done, _ = await asyncio.wait(
                    waiting, timeout=min(LAG_TICK_SECONDS, deadline - now), return_when=asyncio.FIRST_COMPLETED
                )
                if receiver in done:
                    return True
                if hurried in done:
                    self._hurried.clear()
                    hurried = asyncio.ensure_future(self._hurried.wait())
                mark = self._progress_mark(asking)
                if mark != progress:
                    log.debug("Finishing at %s: read %s, unconsumed %s, heard %s, asked to close %s", self._host, *mark)
                    progress, last_progress = mark, time.monotonic()
        finally:
            hurried.cancel()

    def finish_patience(self, grace: float) -> float:
        """After Stop, how long the service may show no progress before it is given up: ``grace``, or for
        a service slower than speech, ``FINISH_PATIENCE`` times as long as ``grace`` seconds of audio
        take at its pace."""
        pace = self.reading_pace()
        return grace if pace >= KEEPING_UP_PACE else min(FINISH_PATIENCE * grace / pace, FINISH_CAP_SECONDS)

    def _read_bytes(self) -> int:
        """Of the audio sent on the live connection, how much the service has evidently read."""
        return self._in_flight.sent_bytes - self._in_flight.unread_bytes

    def _progress_mark(self, asking: asyncio.Future[None]) -> tuple[int, int, int, bool]:
        """What changes while the service works through what it was sent (see ``_finishing``)."""
        return self._read_bytes(), len(self._in_flight), self._heard, asking.done()

    def _still_to_translate(self) -> float:
        """Seconds of audio the service has still to work through, as far as it is known: what it has not
        said it processed, when it says so (``elapsed_ms``), else what it has not even read."""
        if self._in_flight.answered:
            return (len(self._in_flight) + len(self._unsent)) / BYTES_PER_SECOND
        return self.behind_seconds()

    def _tell_finishing(self, told: str) -> str:
        """Say that the session is finishing and how much audio the service has still to work through
        (when it changed since ``told``, the sentence last said); the sentence."""
        seconds = round(self._still_to_translate())
        if seconds >= 1:
            sentence = translate("Session", "Finishing: {seconds} s of audio still being translated… "
                                 "Stop again to end now.").format(seconds=seconds)
        else:
            sentence = translate("Session", "Finishing: the last words are being translated… Stop again to end now.")
        if sentence != told:
            log.info("Finishing at %s: %.1f s of audio to translate, %.1f s unread", self._host,
                     self._still_to_translate(), self.behind_seconds())
            self._emit(Problem(ProblemKind.FINISHING, sentence))
        return sentence

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
        lag_watch, self._lag_watch = self._lag_watch, None
        tasks = [self._receiver, reconnecting, lag_watch, *self._handover.tasks(), *self._old_receivers]
        self._receiver = None
        for task in tasks:
            if task is not None and task is not current and not task.done():
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await task
        link, self._link = self._link, None
        if link is not None:
            await link.close()
        self._handover.held.flush()  # never lose words, even when ending abruptly

    def _finish(self) -> None:
        self._state = SessionState.CLOSED
        self._emit(Status(SessionState.CLOSED))
        self._finished.set()

    # -- supervision ---------------------------------------------------------------------------

    def _supervised(self, task: asyncio.Task[None]) -> asyncio.Task[None]:
        """``task`` watched: if it dies of an unexpected exception (a bug), the traceback is logged, the
        person told in one sentence and the session ends cleanly, instead of going silent while LIVE."""
        task.add_done_callback(self._task_done)
        return task

    def _task_done(self, task: asyncio.Task[None]) -> None:
        if task.cancelled():
            return
        exc = task.exception()
        if exc is None:
            return
        log.error("The task %s of %s failed", task.get_name(), type(self).__name__, exc_info=exc)
        problem = Problem(ProblemKind.INTERNAL, failures.INTERNAL_FAULT.format(what=task.get_name()), fatal=True)
        if self._state is SessionState.CLOSED:
            self._emit(problem)
            return
        failing = asyncio.get_running_loop().create_task(self._fail(problem), name="realtime-fail")
        self._failing.add(failing)
        failing.add_done_callback(self._failing.discard)

    # -- events --------------------------------------------------------------------------------

    def _set_state(self, state: SessionState, detail: str = "") -> None:
        self._state = state
        self._emit(Status(state, detail))

    def _emit(self, event: EngineEvent) -> None:
        try:
            self._sink(event)
        except Exception:
            log.exception("The event sink failed on %s", type(event).__name__)
