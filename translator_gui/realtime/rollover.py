"""When a session is handed over to the next one, and the new session's output held back meanwhile.

Sessions are time-limited (``expires_at`` in ``session.created``; ``max_session_seconds`` caps it
further). ``margin`` seconds before the end, the session (``session.RealtimeSession``) opens and
configures the next one while the first keeps working, switches appends to it between two calls of
send_audio(), and retires the old one. Until the old session has finished, the new one's output is
held back, so caption text from the two sessions never interleaves.
"""

from __future__ import annotations

from translator_gui.realtime.engine import EngineEvent, EventSink

MIN_SESSION_SECONDS = 0.5
"""A session is rolled over no sooner than this after it started, whatever its expiry says."""
ROLLOVER_RETRY_SECONDS = 2.0
"""Wait between attempts to open the next session while the current one still works."""


def rollover_delay(
    expires_at: int | None, *, now: float, margin: float, max_session_seconds: float | None
) -> float | None:
    """Seconds from ``now`` until a session that expires at ``expires_at`` should be handed over
    (None: never)."""
    delays: list[float] = []
    if expires_at is not None:
        delays.append(expires_at - now - margin)
    if max_session_seconds is not None:
        delays.append(max_session_seconds)
    if not delays:
        return None
    return max(MIN_SESSION_SECONDS, min(delays))


class HeldOutput:
    """The newest session's output, held while older sessions finish, then handed on in order."""

    def __init__(self, emit: EventSink) -> None:
        self._emit = emit
        self._held: list[EngineEvent] = []
        self._holds = 0  # old sessions still finishing

    @property
    def holding(self) -> bool:
        return self._holds > 0

    def hold(self) -> None:
        """One more old session is finishing."""
        self._holds += 1

    def keep(self, event: EngineEvent) -> None:
        self._held.append(event)

    def release(self) -> None:
        """One old session has finished; once none is left, hand on what was held."""
        self._holds = max(0, self._holds - 1)
        if self._holds == 0:
            held, self._held = self._held, []
            for event in held:
                self._emit(event)

    def flush(self) -> None:
        """Hand on everything held now (ending abruptly: never lose words)."""
        if self._held:
            self._holds = 1
            self.release()
