"""When and how often a dropped realtime session is reconnected, and the loop that does it.

Exponential backoff with *full* jitter: attempt ``n`` (1, 2, …) waits ``uniform(0, min(cap, base * 2**n))``
seconds, so many clients that lost the same server do not come back in lock step. The random source
and the sleep are injectable so tests run fast and deterministically.
"""

from __future__ import annotations

import asyncio
import collections
import enum
import logging
import math
import random
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import TypeVar

from translator_gui.pcm import BYTES_PER_SECOND
from translator_gui.realtime import failures
from translator_gui.realtime.engine import Problem, ProblemKind

log = logging.getLogger(__name__)
T = TypeVar("T")

RATE_LIMITED_RETRY = "OpenAI is limiting connections; retrying in {seconds} s"
MAX_UNSENT_BYTES = 10 * BYTES_PER_SECOND
"""Audio whose append failed when the connection died, kept for the next connection (10 s at most)."""


def _uniform(low: float, high: float) -> float:
    return random.uniform(low, high)  # jitter, not cryptography


@dataclass(frozen=True)
class ReconnectPolicy:
    """How a live session that lost its connection comes back.

    A meeting app keeps trying for as long as the person keeps the direction on: by default nothing
    bounds the attempts after a loss (``max_attempts``) nor the refusals with HTTP 429 while
    reconnecting (``max_rate_limited_reconnecting``); the waits grow to ``cap`` and every one is
    announced. ``max_rate_limited`` bounds the refusals at the start (someone just pressed Start).

    The backoff counts the failures (connections lost, attempts failed) of the last ``window``
    seconds, not since the last success: a server that closes every session right after setting it
    up is not reconnected to ever faster. A connection that stayed up ``stable_after`` seconds
    clears the count. ``clock`` measures both.
    """

    base: float = 0.5
    cap: float = 15.0  # captions back at most 15 s (7.5 s on average) after the network; ≤ 15 attempts a minute
    max_attempts: int | None = None
    max_rate_limited: int = 6
    max_rate_limited_reconnecting: int | None = None
    window: float = 600.0
    stable_after: float = 60.0
    uniform: Callable[[float, float], float] = field(default=_uniform, compare=False)
    sleep: Callable[[float], Awaitable[None]] = field(default=asyncio.sleep, compare=False)
    clock: Callable[[], float] = field(default=time.monotonic, compare=False)

    def __post_init__(self) -> None:
        if (
            self.base < 0
            or self.cap < 0
            or (self.max_attempts is not None and self.max_attempts < 1)
            or self.max_rate_limited < 0
            or (self.max_rate_limited_reconnecting is not None and self.max_rate_limited_reconnecting < 0)
            or self.window < 0
            or self.stable_after < 0
        ):
            raise ValueError(
                "ReconnectPolicy needs base >= 0, cap >= 0, max_attempts >= 1, max_rate_limited >= 0, "
                "window >= 0 and stable_after >= 0"
            )

    def ceiling(self, attempt: int) -> float:
        """The longest wait before attempt ``attempt`` (1-based)."""
        try:
            return min(self.cap, self.base * 2.0**attempt)
        except OverflowError:
            return self.cap

    def delay(self, attempt: int) -> float:
        """The wait before attempt ``attempt`` (1-based): full jitter, ``uniform(0, ceiling)``."""
        return max(0.0, self.uniform(0.0, self.ceiling(attempt)))


class FailureHistory:
    """When connections were lost or attempts failed, over ``policy.window`` seconds: the backoff's count."""

    def __init__(self, policy: ReconnectPolicy) -> None:
        self._policy = policy
        self._times: collections.deque[float] = collections.deque()

    def add(self) -> None:
        self._times.append(self._policy.clock())

    def clear(self) -> None:
        self._times.clear()

    def count(self) -> int:
        """Failures within the window (at least 1 once one was added)."""
        horizon = self._policy.clock() - self._policy.window
        while len(self._times) > 1 and self._times[0] < horizon:
            self._times.popleft()
        return len(self._times)


class Retry(enum.Enum):
    """What to do after a reconnect attempt failed."""

    AGAIN = "again"  # network trouble, a server hiccup: back off and try again
    RATE_LIMITED = "rate_limited"  # HTTP 429 or a session limit: back off (counted separately), say so
    GIVE_UP = "give_up"  # the key, the account or the model will not work: stop for good


_FOR_GOOD = frozenset({ProblemKind.AUTH, ProblemKind.PERMISSION, ProblemKind.QUOTA, ProblemKind.ENDPOINT})
_LIMIT_WORDS = ("rate limit", "rate_limit", "too many", "concurrent", "session limit", "sessions limit")


def classify(exc: BaseException, problem: Problem) -> Retry:
    """Whether a failed reconnect attempt (``exc``, described as ``problem``) is worth repeating."""
    from websockets.exceptions import InvalidStatus  # here: websockets costs ≈ 60 ms before the window

    if problem.kind in _FOR_GOOD:
        return Retry.GIVE_UP
    if isinstance(exc, InvalidStatus) and exc.response.status_code == 429:
        return Retry.RATE_LIMITED
    if problem.kind is ProblemKind.RATE_LIMIT:
        return Retry.RATE_LIMITED
    text = f"{problem.message} {exc}".lower()
    if any(word in text for word in _LIMIT_WORDS):
        return Retry.RATE_LIMITED
    return Retry.AGAIN


class UnsentAudio:
    """Audio for the next connection: appends that failed, and appends the lost connection's service
    never evidently consumed. Bounded: the oldest is dropped and counted in ``dropped_bytes``."""

    def __init__(self, max_bytes: int = MAX_UNSENT_BYTES) -> None:
        self._chunks: collections.deque[bytes] = collections.deque()
        self._bytes = 0
        self._max_bytes = max_bytes
        self.dropped_bytes = 0

    def __len__(self) -> int:
        return self._bytes

    def keep(self, pcm16: bytes) -> None:
        self._chunks.append(pcm16)
        self._bytes += len(pcm16)
        self._bound()

    def keep_first(self, chunks: list[bytes]) -> None:
        """``chunks`` (older than anything kept) go before what is kept."""
        self._chunks.extendleft(reversed(chunks))
        self._bytes += sum(map(len, chunks))
        self._bound()

    def count_dropped(self, byte_count: int) -> None:
        """Audio lost elsewhere (no longer kept for re-sending), told with the rest."""
        self.dropped_bytes += byte_count

    def drop_all(self) -> None:
        self.dropped_bytes += self._bytes
        self._chunks.clear()
        self._bytes = 0

    def _bound(self) -> None:
        while self._bytes > self._max_bytes:
            old = self._chunks.popleft()
            self._bytes -= len(old)
            self.dropped_bytes += len(old)

    async def send(self, append: Callable[[bytes], Awaitable[None]], sent: Callable[[bytes], None]) -> None:
        """``append`` each chunk in order (one that raises stays kept), then ``sent`` it."""
        while self._chunks:
            chunk = self._chunks[0]
            await append(chunk)
            self._chunks.popleft()
            self._bytes -= len(chunk)
            sent(chunk)


class InFlight:
    """Appends sent on one connection that its service has not evidently consumed yet.

    The service says how far into the input it is with ``elapsed_ms`` on what it sends back
    (transcript and audio deltas); what lies beyond it may still sit in socket buffers or in a
    service that stopped reading, and goes to the next connection if this one is lost.
    Bounded like ``UnsentAudio`` (oldest forgotten first).
    """

    def __init__(self, max_bytes: int = MAX_UNSENT_BYTES) -> None:
        self._chunks: collections.deque[tuple[int, bytes]] = collections.deque()  # (end in bytes, chunk)
        self._sent = 0  # bytes appended on this connection
        self._read = 0  # of those, bytes the service evidently has (read off the link, or consumed)
        self._bytes = 0
        self._max_bytes = max_bytes
        self.generation = 0
        """Counts ``take()``: a mark of ``sent_bytes`` is about this connection only while it stays the same."""
        self.forgotten_bytes = 0
        """Not even read, yet no longer kept for the next connection (the bound): lost if this one is."""
        self.answered = False
        """The service said how far it has processed this connection's input (``consumed``)."""

    def __len__(self) -> int:
        return self._bytes

    @property
    def sent_bytes(self) -> int:
        """Bytes appended on this connection so far."""
        return self._sent

    @property
    def unread_bytes(self) -> int:
        """Bytes appended on this connection that the service has not evidently read yet: how far
        behind the link or the service is (audio waiting in send buffers, or in a slow reader)."""
        return self._sent - self._read

    def sent(self, pcm16: bytes) -> None:
        self._sent += len(pcm16)
        self._chunks.append((self._sent, pcm16))
        self._bytes += len(pcm16)
        while self._bytes > self._max_bytes:
            end, old = self._chunks.popleft()
            self._bytes -= len(old)
            self.forgotten_bytes += min(len(old), max(0, end - self._read))  # what it had read is no loss

    def read(self, upto: int) -> None:
        """The service has read the first ``upto`` bytes of this connection (a pong came back after
        them). Read is not consumed: they are still kept in case the connection is lost."""
        self._read = max(self._read, min(upto, self._sent))

    def consumed(self, elapsed_ms: int) -> None:
        """The service has processed the first ``elapsed_ms`` of this connection's input."""
        done = elapsed_ms * BYTES_PER_SECOND // 1000
        self.answered = True
        self.read(done)
        while self._chunks and self._chunks[0][0] <= done:
            self._bytes -= len(self._chunks.popleft()[1])

    def take(self) -> list[bytes]:
        """What was not consumed, oldest first; the count starts again (a new connection, a new session)."""
        chunks = [chunk for _, chunk in self._chunks]
        self._chunks.clear()
        self._sent = self._read = self._bytes = 0
        self.answered = False
        self.generation += 1
        return chunks


class AttemptFailed(Exception):
    """An attempt to open a session failed: the sentence for it, and whether another attempt may work."""

    def __init__(self, problem: Problem, cause: BaseException) -> None:
        from websockets.exceptions import InvalidStatus

        super().__init__(problem.message)
        self.problem = problem
        self.verdict = classify(cause, problem)
        self.refused = isinstance(cause, InvalidStatus)  # the handshake was answered with an HTTP error
        self.cause = type(cause).__name__


def _offline(seconds: float) -> str:
    minutes, secs = divmod(int(seconds), 60)
    return f"{minutes} min {secs} s" if minutes else f"{secs} s"


async def reconnect(
    policy: ReconnectPolicy,
    *,
    host: str,
    reopen: Callable[[], Awaitable[T]],
    resume: Callable[[T], Awaitable[bool]],
    announce: Callable[[str], None],
    fail: Callable[[Problem], Awaitable[None]],
    history: FailureHistory | None = None,
) -> None:
    """Back off, ``reopen`` (raises ``AttemptFailed``), ``resume`` on what it opened (False: that
    connection died too), until one resumes or ``policy`` gives up (then ``fail``). Each wait is
    ``announce``d: the attempt (and, after a while, how long the connection has been gone), or how
    long a rate limit makes it. The backoff grows with the failures in ``history`` (the loss that
    started this loop already in it); each failed attempt is added."""
    if history is None:
        history = FailureHistory(policy)
        history.add()
    since = policy.clock()
    attempt = 0
    rate_limited = 0
    detail: str | None = None
    next_delay: float | None = None  # already announced to the user
    while True:
        attempt += 1
        if policy.max_attempts is not None and attempt > policy.max_attempts:
            await fail(failures.gave_up_reconnecting(host=host, attempts=policy.max_attempts))
            return
        delay = policy.delay(history.count()) if next_delay is None else next_delay
        next_delay = None
        offline = policy.clock() - since
        if detail is None and offline >= 30:
            detail = f"Reconnecting (attempt {attempt}, offline for {_offline(offline)}); audio is kept…"
        announce(detail or f"Reconnecting (attempt {attempt})…")
        detail = None
        await policy.sleep(delay)
        try:
            opened = await reopen()
        except AttemptFailed as failed:
            log.info("Reconnect attempt %d to %s failed (%s): %s", attempt, host, failed.verdict.value, failed.cause)
            if failed.verdict is Retry.GIVE_UP:
                await fail(failed.problem)
                return
            history.add()
            if failed.verdict is Retry.RATE_LIMITED:
                rate_limited += 1
                bound = policy.max_rate_limited_reconnecting
                if bound is not None and rate_limited > bound:
                    await fail(Problem(ProblemKind.RATE_LIMIT, failures.RATE_LIMITED, fatal=True))
                    return
                # say how long the next wait is; the loop then waits exactly that long
                next_delay = policy.delay(history.count())
                detail = RATE_LIMITED_RETRY.format(seconds=max(1, math.ceil(next_delay)))
            continue
        if await resume(opened):
            return
        history.add()
        log.info("The new connection to %s failed while resuming", host)
