"""What a meeting has cost: every session of both directions, and today's total from the ledger."""

from __future__ import annotations

from collections.abc import Iterable

from translator_gui.meeting.events import Cost
from translator_gui.realtime.engine import TokenUsage, Usage
from translator_gui.realtime.pricing import CostMeter, UsageLedger


class MeetingCosts:
    """Sessions that ended earlier in this meeting are kept; running ones are asked each time."""

    def __init__(self, ledger: UsageLedger) -> None:
        self.ledger = ledger
        self._ended: list[CostMeter] = []

    def clear(self) -> None:
        """A new meeting begins."""
        self._ended = []

    def ended(self, meter: CostMeter) -> None:
        self._ended.append(meter)

    def observe(self, meter: CostMeter, event: Usage | TokenUsage, ledger_seconds: float) -> float:
        """Count ``event`` of the session ``meter`` follows; returns how many of its seconds the
        ledger has now (``ledger_seconds`` before). The ledger is written to disk once a minute."""
        meter.observe(event)
        if isinstance(event, Usage):
            seconds = max(0.0, event.audio_seconds - ledger_seconds)
            ledger_seconds = max(ledger_seconds, event.audio_seconds)
            self.ledger.add(meter.model, seconds, save=int(ledger_seconds) % 60 == 0)
        return ledger_seconds

    def summary(self, running: Iterable[CostMeter]) -> Cost:
        meters = [*self._ended, *running]
        today = self.ledger.today()
        return Cost(
            minutes=sum(m.audio_seconds for m in meters) / 60,
            dollars=sum(m.cost for m in meters),
            today_minutes=today.minutes,
            today_dollars=today.cost,
        )
