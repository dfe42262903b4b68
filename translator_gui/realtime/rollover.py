"""Handing a live session over to the next one before the service ends it.

Sessions are time-limited (``expires_at`` in ``session.created``; ``max_session_seconds`` caps it
further). The session's lifetime is read on the server's clock: ``expires_at`` against the moment
``session.created`` arrived (``opening.Opened.lifetime``), then counted on this computer's monotonic
clock, so a wall clock that is off or changes does not move the hand-over. Some time before the end
(``rollover_margin``: a share of the lifetime, at most ``margin``) the next session is opened and
configured while the first keeps working; then appends switch to it between two calls of send_audio() (no gap, no
overlap), the old session is asked to finish and its trailing output is handed on until it has. The
new session's output is held back until then, so caption text from the two sessions never
interleaves. The session's state stays LIVE throughout.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Awaitable, Callable

from translator_gui.realtime.engine import EngineEvent, EventSink, Problem
from translator_gui.realtime.opening import SEND_ERRORS, Connection, Opened
from translator_gui.realtime.reconnect import AttemptFailed, Retry

log = logging.getLogger(__name__)

MIN_SESSION_SECONDS = 0.5
"""A session is rolled over no sooner than this after it started, whatever its limits say."""
MARGIN_SHARE = 0.1
"""The hand-over starts this share of the session's lifetime before its end ..."""
MIN_MARGIN = 5.0
"""... but no later than this many seconds before it (opening and configuring the next one takes
a round trip or three), ..."""
MIN_LIFETIME_SHARE = 0.5
"""... and never before this share of its lifetime has passed: however short the sessions (a
short-lived key, a proxy, a clock ahead of the server's), each one works for at least half its life,
instead of handing over to the next every fraction of a second."""
ROLLOVER_RETRY_SECONDS = 2.0
"""Wait between attempts to open the next session while the current one still works."""


def rollover_margin(lifetime: float, margin: float) -> float:
    """How long before its end a session of ``lifetime`` seconds is handed over (``margin``: at most)."""
    return min(margin, max(MIN_MARGIN, lifetime * MARGIN_SHARE))


def rollover_delay(
    lifetime: float | None, *, elapsed: float, margin: float, max_session_seconds: float | None
) -> float | None:
    """Seconds from now until a session should be handed over (None: never).

    ``lifetime``: seconds the session had left when ``session.created`` arrived (``expires_at`` on the
    server's clock against the local time of receipt), ``elapsed`` seconds ago. A lifetime that is
    not positive says only that this computer's clock is ahead of the server's: there is nothing to
    plan by, and the service's own ``session_expired`` is answered by reconnecting.
    ``max_session_seconds`` counts from now."""
    delays: list[float] = []
    if lifetime is not None and lifetime > 0:
        handover_at = max(lifetime - rollover_margin(lifetime, margin), lifetime * MIN_LIFETIME_SHARE)
        delays.append(handover_at - elapsed)
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


class Handover:
    """Plans each connection's roll-over, opens its successor, retires it, and holds the successor's
    output meanwhile. What the session decides is passed in: whether ``connection`` is still its live
    one, how to open a successor, how to fail, and the switch itself (which returns the old
    connection's receiver)."""

    def __init__(
        self,
        *,
        is_live_on: Callable[[Connection], bool],
        open_successor: Callable[[], Awaitable[Opened]],
        switch_to: Callable[[Connection], asyncio.Task[None] | None],
        fail: Callable[[Problem], Awaitable[None]],
        emit: EventSink,
        margin: float = 60.0,
        max_session_seconds: float | None = None,
        retire_grace: float = 10.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._is_live_on = is_live_on
        self._open_successor = open_successor
        self._switch_to = switch_to
        self._fail = fail
        self._margin = margin
        self._max_session_seconds = max_session_seconds
        self._retire_grace = retire_grace
        self._clock = clock
        self._planned: asyncio.Task[None] | None = None
        self._live: Opened | None = None  # the connection planned for last
        self.learned_lifetime: float | None = None
        """How long a session actually lived when the service ended one itself (``session_expired``):
        a clock behind the server's makes ``expires_at`` promise more than that."""
        self._retiring: set[asyncio.Task[None]] = set()  # old sessions finishing
        self.held = HeldOutput(emit)
        self.rollovers = 0  # sessions handed over to a successor before they expired

    def plan(self, opened: Opened) -> None:
        """``opened`` went live: roll it over in time (instead of any earlier plan)."""
        self.cancel()
        self._live = opened
        connection = opened.connection
        lifetime, learned = opened.lifetime, self.learned_lifetime
        if learned is not None:
            lifetime = learned if lifetime is None or lifetime <= 0 else min(lifetime, learned)
        delay = rollover_delay(
            lifetime,
            elapsed=self._clock() - opened.received_at,
            margin=self._margin,
            max_session_seconds=self._max_session_seconds,
        )
        if opened.lifetime is not None and opened.lifetime <= 0:
            log.warning("The session expires %.0f s before it started by this computer's clock", -opened.lifetime)
        if delay is not None:
            log.debug("Next session roll-over in %.1f s", delay)
            self._planned = asyncio.create_task(self._roll_over(connection, delay), name="realtime-rollover")

    def expired(self, connection: Connection) -> None:
        """The service ended ``connection``'s session as expired: remember how long it really lived,
        so the next sessions are handed over before that."""
        live = self._live
        if live is None or live.connection is not connection:
            return
        self.learned_lifetime = self._clock() - live.received_at
        log.info("The session expired after %.1f s; later ones are handed over before that", self.learned_lifetime)

    def cancel(self) -> asyncio.Task[None] | None:
        """Give up the planned roll-over (unless it is the caller); the cancelled task, to await."""
        planned, self._planned = self._planned, None
        if planned is None or planned is asyncio.current_task():
            return None
        planned.cancel()
        return planned

    async def finish_retiring(self, grace: float) -> None:
        """Wait (at most ``grace`` seconds) for the sessions being retired: their words come first."""
        if self._retiring:
            await asyncio.wait(set(self._retiring), timeout=grace)

    def tasks(self) -> list[asyncio.Task[None]]:
        """Every task of the hand-over, the plan forgotten: for an abrupt end."""
        planned, self._planned = self._planned, None
        return [*([planned] if planned is not None else []), *self._retiring]

    async def _roll_over(self, old: Connection, delay: float) -> None:
        """After ``delay``, open and configure the next session, then hand over to it."""
        await asyncio.sleep(delay)  # a planned moment, not waiting for a condition
        while True:
            if not self._is_live_on(old):
                return
            try:
                opened = await self._open_successor()
            except AttemptFailed as failed:
                if failed.verdict is Retry.GIVE_UP:
                    await self._fail(failed.problem)
                    return
                log.info("Opening the next session failed (%s); the current one goes on", failed.cause)
            except SEND_ERRORS:
                log.info("The next session failed while being configured; the current one goes on")
            else:
                break
            await asyncio.sleep(ROLLOVER_RETRY_SECONDS)  # back-off between attempts
        new = opened.connection
        if not self._is_live_on(old):
            await new.close()
            return
        # the switch: no await from here on, so no append is lost or sent twice
        old_receiver = self._switch_to(new)
        self.held.hold()
        self.rollovers += 1
        retire = asyncio.create_task(self._retire(old, old_receiver), name="realtime-retire")
        self._retiring.add(retire)
        retire.add_done_callback(self._retiring.discard)
        self._planned = None
        log.info("Handed over to a new session (roll-over %d)", self.rollovers)
        self.plan(opened)

    async def _retire(self, old: Connection, receiver: asyncio.Task[None] | None) -> None:
        """Ask the old session to finish and hand on its trailing output, then release the new one's."""
        try:
            try:
                await old.request_close()
            except SEND_ERRORS as exc:
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
            self.held.release()
