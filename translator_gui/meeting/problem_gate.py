"""How often the same problem may reach a person."""

from __future__ import annotations

import collections
import logging

log = logging.getLogger(__name__)


class ProblemGate:
    """Repeated problems reach a person once in a while, not thousands of times (an ``error`` storm
    would rewrite the status line and rotate the whole log away): the same sentence at most once per
    ``repeat_seconds``, and at most ``burst`` different ones per ``burst_seconds``. What is held
    back is counted, and logged in one line when the next one is let through."""

    def __init__(self, *, repeat_seconds: float = 30.0, burst: int = 3, burst_seconds: float = 10.0) -> None:
        self._repeat = repeat_seconds
        self._burst = burst
        self._burst_seconds = burst_seconds
        self._last_said: dict[str, float] = {}
        self._recent: collections.deque[float] = collections.deque()
        self.held_back = 0

    def admit(self, message: str, now: float) -> bool:
        last = self._last_said.get(message)
        while self._recent and now - self._recent[0] > self._burst_seconds:
            self._recent.popleft()
        if (last is not None and now - last < self._repeat) or len(self._recent) >= self._burst:
            self.held_back += 1
            return False
        if self.held_back:
            log.info("%d repeated problems were not shown", self.held_back)
            self.held_back = 0
        if len(self._last_said) > 1000:
            self._last_said.clear()
        self._last_said[message] = now
        self._recent.append(now)
        return True
