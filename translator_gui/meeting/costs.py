"""What a meeting has cost: every session of both directions, and today's total from the ledger."""

from __future__ import annotations

from collections.abc import Iterable

from translator_gui.i18n import translate
from translator_gui.meeting.events import Cost
from translator_gui.realtime.engine import TokenUsage, Usage
from translator_gui.realtime.languages import Mode
from translator_gui.realtime.models import DEFAULT_MODELS, DEFAULT_TRANSCRIPTION_MODEL
from translator_gui.realtime.pricing import PRICE_TABLE_DATE, CostMeter, UsageLedger


def session_meter(mode: Mode) -> CostMeter:
    """The meter of a session of ``mode`` with the app's models (Interpret pays for its input
    transcription besides; in the other modes the model's own price covers it)."""
    transcription = DEFAULT_TRANSCRIPTION_MODEL if mode is Mode.INTERPRET else None
    return CostMeter(DEFAULT_MODELS[mode], transcription_model=transcription)


_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")


def month_text(month: int, year: int) -> str:
    """A month of a year in the app's language (``November 2026``)."""
    texts = (
        translate("Costs", "January {year}"), translate("Costs", "February {year}"),
        translate("Costs", "March {year}"), translate("Costs", "April {year}"),
        translate("Costs", "May {year}"), translate("Costs", "June {year}"),
        translate("Costs", "July {year}"), translate("Costs", "August {year}"),
        translate("Costs", "September {year}"), translate("Costs", "October {year}"),
        translate("Costs", "November {year}"), translate("Costs", "December {year}"),
    )
    return texts[month - 1].format(year=year)


def prices_date(english: str = PRICE_TABLE_DATE) -> str:
    """When the price table was read (``November 2026``), in the app's language; a date written
    another way is shown as it is."""
    month, _, year = english.partition(" ")
    if month not in _MONTHS or not year.isdigit():
        return english
    return month_text(_MONTHS.index(month) + 1, int(year))


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
        ledger has now (``ledger_seconds`` before). The ledger gets what the estimate grew by (a cost
        that is not known adds nothing) and is written to disk once a minute."""
        before = meter.cost
        meter.observe(event)
        after = meter.cost
        added = after - before if before is not None and after is not None else 0.0
        seconds = 0.0
        if isinstance(event, Usage):
            seconds = max(0.0, event.audio_seconds - ledger_seconds)
            ledger_seconds = max(ledger_seconds, event.audio_seconds)
        if seconds > 0 or added:
            self.ledger.add(meter.model, seconds, cost=added, save=isinstance(event, Usage)
                            and int(ledger_seconds) % 60 == 0)  # fmt: skip
        return ledger_seconds

    def summary(self, running: Iterable[CostMeter]) -> Cost:
        meters = [*self._ended, *running]
        estimates = [m.estimate for m in meters]
        today = self.ledger.today()
        return Cost(
            minutes=sum(m.audio_seconds for m in meters) / 60,
            dollars=sum(e.dollars for e in estimates if e.dollars is not None),
            today_minutes=today.minutes,
            today_dollars=today.cost,
            dollars_known=all(e.known for e in estimates),
            upper_bound=any(e.upper_bound for e in estimates),
            prices_as_of=prices_date(),
        )
