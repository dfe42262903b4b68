"""What a session costs: one price table, an estimator, a per-day ledger on disk, a spending cap.

Minute-priced models (translate, transcription) cost ``rate × audio minutes sent``. Token-priced
conversation models (Interpret) are priced from the usage every ``response.done`` reports
(``TokenUsage``): uncached and cached input, audio and text, and output, each at its own rate, plus
the input transcription (its reported seconds at the transcription model's per-minute rate). Each
answer re-reads the conversation so far, most of it from the cache; summing every answer's input at
the uncached rate made the estimate for 6-second turns over an hour about 50 times the bill.

Before any usage arrives the estimate follows OpenAI's rule of thumb for realtime audio: speech in
≈ 10 tokens a second, speech out ≈ 20 tokens a second, an interpreter speaking about as long as it
listens.

Prices: OpenAI's model pages, as of ``PRICE_TABLE_DATE``; ``PRICES`` is the one place to update them.
A rate that is not known is None, never a guess. A token whose own rate is unknown is priced at a
known rate that is certainly no lower (a cached token at the uncached rate of its kind; a text token
at the audio rate of its direction), and the estimate is then an upper bound (``Estimate.upper_bound``).
A model without any price here (for now ``gpt-realtime-2.1`` and ``gpt-transcribe``, whose prices are
not known to the app) has an unknown cost: it is shown as such, and a session with a spending cap
refuses to start rather than counting $0.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import inspect
import json
import logging
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from translator_gui.i18n import money, translate
from translator_gui.paths import usage_ledger_file
from translator_gui.realtime.engine import EngineEvent, EventSink, Problem, ProblemKind, TokenUsage, Usage

log = logging.getLogger(__name__)

AUDIO_IN_TOKENS_PER_SECOND = 10.0
AUDIO_OUT_TOKENS_PER_SECOND = 20.0
KEEP_DAYS = 400
PRICE_TABLE_DATE = "November 2026"
"""When the prices below were read from OpenAI's model pages."""


@dataclass(frozen=True, slots=True)
class Price:
    """Either ``per_minute`` (USD per audio minute) or USD per 1M tokens of each kind (None: not known)."""

    per_minute: float | None = None
    audio_in_per_million: float | None = None
    audio_out_per_million: float | None = None
    cached_audio_in_per_million: float | None = None
    text_in_per_million: float | None = None
    text_out_per_million: float | None = None
    cached_text_in_per_million: float | None = None

    @property
    def token_priced(self) -> bool:
        return self.per_minute is None


PRICES: dict[str, Price] = {
    "gpt-realtime-translate": Price(per_minute=0.034),
    "gpt-realtime-whisper": Price(per_minute=0.017),
    "gpt-live-transcribe": Price(per_minute=0.017),
    # Only the audio rates of the conversation models are known; cached and text rates are not.
    "gpt-realtime-2": Price(audio_in_per_million=32.0, audio_out_per_million=64.0),
    "gpt-realtime-2.1-mini": Price(audio_in_per_million=10.0, audio_out_per_million=20.0),
}
UNPRICED_MODELS = ("gpt-realtime-2.1", "gpt-transcribe")
"""Models the app offers whose prices it does not know: their cost is unknown."""


def price_of(model: str) -> Price | None:
    """The price of ``model`` (dated snapshots such as ``gpt-realtime-2-2026-01-01`` match their base);
    None when it is not known."""
    if model in PRICES:
        return PRICES[model]
    for name in sorted(PRICES, key=len, reverse=True):
        if model.startswith(name + "-"):
            return PRICES[name]
    return None


@dataclass(frozen=True, slots=True)
class Estimate:
    """A cost in USD: ``dollars`` None when it is not known; ``upper_bound`` when some tokens were priced
    at a rate certainly no lower than their own, unknown one."""

    dollars: float | None
    upper_bound: bool = False

    @property
    def known(self) -> bool:
        return self.dollars is not None


UNKNOWN = Estimate(None)


def _rate(own: float | None, fallback: float | None) -> tuple[float | None, bool]:
    """A rate, and whether it is the (no lower) ``fallback`` standing in for an unknown ``own`` one."""
    return (own, False) if own is not None else (fallback, True)


def _token_cost(price: Price, tokens: TokenUsage) -> Estimate:
    audio_in, audio_out = price.audio_in_per_million, price.audio_out_per_million
    cached_audio, cached_audio_bound = _rate(price.cached_audio_in_per_million, audio_in)
    text_in, text_in_bound = _rate(price.text_in_per_million, audio_in)
    cached_text, cached_text_bound = _rate(price.cached_text_in_per_million, text_in)
    text_out, text_out_bound = _rate(price.text_out_per_million, audio_out)
    rows = [
        (tokens.audio_in - tokens.cached_audio_in, audio_in, False),
        (tokens.cached_audio_in, cached_audio, cached_audio_bound),
        (tokens.text_in - tokens.cached_text_in, text_in, text_in_bound),
        (tokens.cached_text_in, cached_text, cached_text_bound),
        (tokens.audio_out, audio_out, False),
        (tokens.text_out, text_out, text_out_bound),
    ]
    dollars, bound = 0.0, False
    for count, rate, stands_in in rows:
        if count <= 0:
            continue
        if rate is None:
            return UNKNOWN
        dollars += count * rate / 1e6
        bound = bound or stands_in
    return Estimate(dollars, bound)


def estimate(
    model: str, audio_seconds: float, tokens: TokenUsage | None = None, *, transcription_model: str | None = None
) -> Estimate:
    """What ``audio_seconds`` of audio sent to ``model`` cost (``tokens``: the usage reported so far;
    ``transcription_model``: the input transcription a conversation session runs besides)."""
    price = price_of(model)
    if price is None:
        return UNKNOWN
    if price.per_minute is not None:
        return Estimate(price.per_minute * audio_seconds / 60.0)
    if tokens is not None:
        cost = _token_cost(price, tokens)
    else:
        audio_in = audio_seconds * AUDIO_IN_TOKENS_PER_SECOND
        audio_out = audio_seconds * AUDIO_OUT_TOKENS_PER_SECOND
        rates = (price.audio_in_per_million, price.audio_out_per_million)
        if rates[0] is None or rates[1] is None:
            return UNKNOWN
        cost = Estimate((audio_in * rates[0] + audio_out * rates[1]) / 1e6)
    if transcription_model is None or cost.dollars is None:
        return cost
    transcription = price_of(transcription_model)
    if transcription is None or transcription.per_minute is None:
        return UNKNOWN
    reported = tokens.transcription_seconds if tokens is not None else 0.0
    seconds = reported if reported > 0 else audio_seconds  # it transcribes everything sent
    return Estimate(cost.dollars + transcription.per_minute * seconds / 60.0, cost.upper_bound)


def estimate_cost(model: str, audio_seconds: float, tokens: TokenUsage | None = None) -> float | None:
    """USD for ``audio_seconds`` of audio sent to ``model``; ``None`` when the cost is not known."""
    return estimate(model, audio_seconds, tokens).dollars


class CostMeter:
    """Follows one session's ``Usage`` and ``TokenUsage`` events and keeps its estimated cost."""

    def __init__(self, model: str, *, transcription_model: str | None = None) -> None:
        self.model = model
        self.transcription_model = transcription_model
        self.audio_seconds = 0.0
        self._tokens: TokenUsage | None = None

    def observe(self, event: EngineEvent) -> bool:
        """Take ``event`` into account; True when the estimate changed."""
        if isinstance(event, Usage):
            self.audio_seconds = max(self.audio_seconds, event.audio_seconds)
            return True
        if isinstance(event, TokenUsage):
            self._tokens = (self._tokens or TokenUsage()) + event
            return True
        return False

    @property
    def known(self) -> bool:
        """The model's price is known (before any usage arrives)."""
        return estimate(self.model, 0.0, transcription_model=self.transcription_model).known

    @property
    def estimate(self) -> Estimate:
        # until the first answer reports its usage, the rule of thumb
        tokens = self._tokens if self._has_response_tokens() else None
        return estimate(self.model, self.audio_seconds, tokens, transcription_model=self.transcription_model)

    @property
    def cost(self) -> float | None:
        """USD so far; None when the cost is not known."""
        return self.estimate.dollars

    def _has_response_tokens(self) -> bool:
        t = self._tokens
        return t is not None and t.audio_in + t.text_in + t.audio_out + t.text_out > 0


def cap_refusal(model: str, cap: float) -> Problem:
    """Why a session whose cost is not known does not start under a spending cap of ``cap``."""
    return Problem(
        ProblemKind.SPENDING,
        translate(
            "Costs",
            "The app does not know what {model} costs, so it cannot keep to the spending cap of "
            "{cap}; the session was not started. Choose another model, or remove the cap in Settings → "
            "Spending cap.",
        ).format(model=model, cap=money(cap)),
        fatal=True,
    )


class SpendingGuard:
    """An ``EventSink`` in front of another: passes every event on, and watches the cost.

    At 80 % of ``cap`` (USD) it adds a warning ``Problem``; at 100 % a fatal one, and calls ``stop``
    (e.g. ``engine.stop``, attached after the engine exists) so the session ends.
    """

    WARN_AT = 0.8

    def __init__(self, emit: EventSink, *, model: str, cap: float, transcription_model: str | None = None) -> None:
        if cap <= 0:
            raise ValueError("the spending cap must be positive")
        self._emit = emit
        self.meter = CostMeter(model, transcription_model=transcription_model)
        self.cap = cap
        self.stop: Callable[[], object] | None = None  # may return an awaitable (then it is run as a task)
        self._stop_task: asyncio.Future[object] | None = None
        self._warned = False
        self._reached = False

    def __call__(self, event: EngineEvent) -> None:
        self._emit(event)
        if not self.meter.observe(event) or self._reached:
            return
        cost = self.meter.cost
        if cost is None:
            return  # not known: the session did not start (see ``cap_refusal``)
        if cost >= self.cap:
            self._reached = True
            self._emit(Problem(
                ProblemKind.SPENDING,
                translate("Costs", "This session reached its spending cap of {cap} (about {cost}), so it was "
                          "stopped. Raise the cap in Settings to continue.").format(
                    cap=money(self.cap), cost=money(cost)),
                fatal=True,
            ))  # fmt: skip
            if self.stop is not None:
                result = self.stop()
                if inspect.isawaitable(result):
                    self._stop_task = asyncio.ensure_future(result)  # keep a strong reference
        elif cost >= self.WARN_AT * self.cap and not self._warned:
            self._warned = True
            self._emit(Problem(
                ProblemKind.SPENDING,
                translate("Costs", "This session has used about {cost} of its {cap} spending cap; it stops at "
                          "the cap.").format(cost=money(cost), cap=money(self.cap)),
            ))  # fmt: skip


@dataclass(frozen=True, slots=True)
class DayUsage:
    minutes: float = 0.0
    cost: float = 0.0


class UsageLedger:
    """Audio minutes and estimated cost per day and model, in a small JSON file, so "today" survives
    restarts. Written atomically (temporary file + rename); a damaged file is set aside, not fatal."""

    VERSION = 1

    def __init__(self, path: Path | None = None, *, today: Callable[[], dt.date] = dt.date.today) -> None:
        self.path = path or usage_ledger_file()
        self._today = today
        self._days: dict[str, dict[str, dict[str, float]]] = self._load()

    def _load(self) -> dict[str, dict[str, dict[str, float]]]:
        try:
            data: Any = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except (OSError, ValueError) as exc:
            log.warning("usage ledger %s unreadable (%s); starting a new one", self.path, type(exc).__name__)
            with contextlib.suppress(OSError):
                self.path.replace(self.path.with_suffix(".damaged"))
            return {}
        days = data.get("days") if isinstance(data, dict) else None
        if not isinstance(days, dict):
            return {}
        clean: dict[str, dict[str, dict[str, float]]] = {}
        for day, models in days.items():
            if not isinstance(models, dict):
                continue
            for model, row in models.items():
                if isinstance(row, dict):
                    minutes, cost = row.get("minutes"), row.get("cost")
                    if isinstance(minutes, int | float) and isinstance(cost, int | float):
                        clean.setdefault(str(day), {})[str(model)] = {"minutes": float(minutes), "cost": float(cost)}
        return clean

    def add(self, model: str, audio_seconds: float, cost: float | None = None, *, save: bool = True) -> None:
        """Count ``audio_seconds`` more for ``model`` today (``cost``: estimated if not given; it may come
        without seconds, e.g. an answer's reported usage), and save
        (``save=False`` for the once-a-second updates of a live session: call :meth:`flush` later)."""
        if audio_seconds <= 0 and not cost:
            return
        if cost is None:
            cost = estimate_cost(model, audio_seconds) or 0.0
        row = self._days.setdefault(self._today().isoformat(), {}).setdefault(model, {"minutes": 0.0, "cost": 0.0})
        row["minutes"] += max(0.0, audio_seconds) / 60.0
        row["cost"] = max(0.0, row["cost"] + cost)  # a correction may be negative (usage replacing a guess)
        if save:
            self._save()

    def flush(self) -> None:
        """Write what was counted with ``save=False``."""
        self._save()

    def day(self, date: dt.date | None = None) -> DayUsage:
        rows = self._days.get((date or self._today()).isoformat(), {}).values()
        return DayUsage(sum(r["minutes"] for r in rows), sum(r["cost"] for r in rows))

    def today(self) -> DayUsage:
        return self.day()

    def _save(self) -> None:
        for old in sorted(self._days)[:-KEEP_DAYS]:
            del self._days[old]
        payload = json.dumps({"version": self.VERSION, "days": self._days}, indent=1, sort_keys=True)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=".usage-", suffix=".tmp")
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write(payload)
            Path(tmp).replace(self.path)
        except OSError as exc:
            log.warning("could not save the usage ledger %s: %s", self.path, exc)
