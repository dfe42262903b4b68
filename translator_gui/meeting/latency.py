"""How long captured audio waits before it is on its way to the service.

For every chunk sent, the pipeline records the age of its oldest and newest sample at the
moment of sending. The recorder is a fixed-size ring, so it costs the same after a minute or a
day of meeting.
"""

from __future__ import annotations

import numpy as np


class LatencyRecorder:
    def __init__(self, capacity: int = 16_384) -> None:
        self._ages = np.zeros(capacity, dtype=np.float64)
        self._count = 0

    def record(self, age_seconds: float) -> None:
        self._ages[self._count % len(self._ages)] = age_seconds
        self._count += 1

    @property
    def count(self) -> int:
        return self._count

    def percentile_ms(self, q: float) -> float:
        """The ``q``-th percentile (0–100) of the recorded ages, in milliseconds (nan if none)."""
        n = min(self._count, len(self._ages))
        if n == 0:
            return float("nan")
        return float(np.percentile(self._ages[:n], q) * 1000.0)

    def reset(self) -> None:
        self._count = 0
