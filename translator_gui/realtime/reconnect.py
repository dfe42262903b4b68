"""When and how often a dropped realtime session is reconnected.

Exponential backoff with *full* jitter: attempt ``n`` (1, 2, …) waits ``uniform(0, min(cap, base * 2**n))``
seconds, so many clients that lost the same server do not come back in lock step. The random source
and the sleep are injectable so tests run fast and deterministically.
"""

from __future__ import annotations

import asyncio
import enum
import random
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

from websockets.exceptions import InvalidStatus

from translator_gui.realtime.engine import Problem, ProblemKind

RATE_LIMITED_RETRY = "OpenAI is limiting connections; retrying in {seconds} s"


def _uniform(low: float, high: float) -> float:
    return random.uniform(low, high)  # jitter, not cryptography


@dataclass(frozen=True)
class ReconnectPolicy:
    """How a live session that lost its connection comes back.

    ``max_attempts`` bounds the attempts after one loss (network trouble, server errors);
    ``max_rate_limited`` bounds how many of them may be refused with HTTP 429 before giving up.
    """

    base: float = 0.5
    cap: float = 30.0
    max_attempts: int = 10
    max_rate_limited: int = 6
    uniform: Callable[[float, float], float] = field(default=_uniform, compare=False)
    sleep: Callable[[float], Awaitable[None]] = field(default=asyncio.sleep, compare=False)

    def __post_init__(self) -> None:
        if self.base < 0 or self.cap < 0 or self.max_attempts < 1 or self.max_rate_limited < 0:
            raise ValueError("ReconnectPolicy needs base >= 0, cap >= 0, max_attempts >= 1, max_rate_limited >= 0")

    def ceiling(self, attempt: int) -> float:
        """The longest wait before attempt ``attempt`` (1-based)."""
        try:
            return min(self.cap, self.base * 2.0**attempt)
        except OverflowError:
            return self.cap

    def delay(self, attempt: int) -> float:
        """The wait before attempt ``attempt`` (1-based): full jitter, ``uniform(0, ceiling)``."""
        return max(0.0, self.uniform(0.0, self.ceiling(attempt)))


class Retry(enum.Enum):
    """What to do after a reconnect attempt failed."""

    AGAIN = "again"  # network trouble, a server hiccup: back off and try again
    RATE_LIMITED = "rate_limited"  # HTTP 429 or a session limit: back off (counted separately), say so
    GIVE_UP = "give_up"  # the key, the account or the model will not work: stop for good


_FOR_GOOD = frozenset({ProblemKind.AUTH, ProblemKind.PERMISSION, ProblemKind.QUOTA, ProblemKind.ENDPOINT})
_LIMIT_WORDS = ("rate limit", "rate_limit", "too many", "concurrent", "session limit", "sessions limit")


def classify(exc: BaseException, problem: Problem) -> Retry:
    """Whether a failed reconnect attempt (``exc``, described as ``problem``) is worth repeating."""
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
