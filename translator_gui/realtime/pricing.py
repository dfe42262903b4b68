"""What a session costs: one price table, an estimator, a per-day ledger on disk, a spending cap.

Minute-priced models (translate, transcription) cost ``rate × audio minutes sent``. Token-priced
conversation models cost ``tokens × rate / 1M``, with the tokens from ``response.done`` usage when the
server reports it (``TokenUsage`` events). Without usage the estimate follows OpenAI's published
rule of thumb for realtime audio: speech in ≈ 1 token per 100 ms (10 tokens/s), speech out ≈ 1 token
per 50 ms (20 tokens/s), and an interpreter speaks about as long as it listens — so each second of
audio sent counts 10 input and 20 output audio tokens. Text tokens are ignored (a few per turn).

Prices: OpenAI's model pages (checked 2026). They change; ``PRICES`` is the one place to update them.
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

from translator_gui.paths import usage_ledger_file
from translator_gui.realtime.engine import EngineEvent, EventSink, Problem, ProblemKind, TokenUsage, Usage

log = logging.getLogger(__name__)

AUDIO_IN_TOKENS_PER_SECOND = 10.0
AUDIO_OUT_TOKENS_PER_SECOND = 20.0
KEEP_DAYS = 400


@dataclass(frozen=True, slots=True)
class Price:
    """Either ``per_minute`` (USD per audio minute) or per-1M-token audio rates."""

    per_minute: float | None = None
    audio_in_per_million: float | None = None
    audio_out_per_million: float | None = None

    @property
    def token_priced(self) -> bool:
        return self.per_minute is None


PRICES: dict[str, Price] = {
    "gpt-realtime-translate": Price(per_minute=0.034),
    "gpt-realtime-whisper": Price(per_minute=0.017),
    "gpt-live-transcribe": Price(per_minute=0.017),
    "gpt-realtime-2": Price(audio_in_per_million=32.0, audio_out_per_million=64.0),
    "gpt-realtime-2.1-mini": Price(audio_in_per_million=10.0, audio_out_per_million=20.0),
}


def price_of(model: str) -> Price | None:
    """The price of ``model`` (dated snapshots such as ``gpt-realtime-2-2026-01-01`` match their base)."""
    if model in PRICES:
        return PRICES[model]
    for name in sorted(PRICES, key=len, reverse=True):
        if model.startswith(name + "-"):
            return PRICES[name]
    return None


def estimate_cost(model: str, audio_seconds: float, tokens: TokenUsage | None = None) -> float | None:
    """USD for ``audio_seconds`` of audio sent to ``model`` (``tokens``: reported usage, if any);
    ``None`` for a model that is not in the table."""
    price = price_of(model)
    if price is None:
        return None
    if price.per_minute is not None:
        return price.per_minute * audio_seconds / 60.0
    if tokens is not None:
        audio_in, audio_out = float(tokens.audio_in), float(tokens.audio_out)
    else:
        audio_in = audio_seconds * AUDIO_IN_TOKENS_PER_SECOND
        audio_out = audio_seconds * AUDIO_OUT_TOKENS_PER_SECOND
    return (audio_in * (price.audio_in_per_million or 0.0) + audio_out * (price.audio_out_per_million or 0.0)) / 1e6


class CostMeter:
    """Follows one session's ``Usage`` and ``TokenUsage`` events and keeps its estimated cost."""

    def __init__(self, model: str) -> None:
        self.model = model
        self.audio_seconds = 0.0
        self._tokens: TokenUsage | None = None

    def observe(self, event: EngineEvent) -> bool:
        """Take ``event`` into account; True when the estimate changed."""
        if isinstance(event, Usage):
            self.audio_seconds = max(self.audio_seconds, event.audio_seconds)
            return True
        if isinstance(event, TokenUsage):
            t = self._tokens or TokenUsage()
            self._tokens = TokenUsage(
                t.audio_in + event.audio_in, t.text_in + event.text_in,
                t.audio_out + event.audio_out, t.text_out + event.text_out,
            )  # fmt: skip
            return True
        return False

    @property
    def cost(self) -> float:
        return estimate_cost(self.model, self.audio_seconds, self._tokens) or 0.0


def _dollars(amount: float) -> str:
    return f"${amount:,.2f}"


class SpendingGuard:
    """An ``EventSink`` in front of another: passes every event on, and watches the cost.

    At 80 % of ``cap`` (USD) it adds a warning ``Problem``; at 100 % a fatal one, and calls ``stop``
    (e.g. ``engine.stop``, attached after the engine exists) so the session ends.
    """

    WARN_AT = 0.8

    def __init__(self, emit: EventSink, *, model: str, cap: float) -> None:
        if cap <= 0:
            raise ValueError("the spending cap must be positive")
        self._emit = emit
        self.meter = CostMeter(model)
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
        if cost >= self.cap:
            self._reached = True
            self._emit(Problem(
                ProblemKind.SPENDING,
                f"This session reached its spending cap of {_dollars(self.cap)} (about {_dollars(cost)}), "
                "so it was stopped. Raise the cap in Settings to continue.",
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
                f"This session has used about {_dollars(cost)} of its {_dollars(self.cap)} spending cap; "
                "it stops at the cap.",
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
        """Count ``audio_seconds`` more for ``model`` today (``cost``: estimated if not given), and save
        (``save=False`` for the once-a-second updates of a live session: call :meth:`flush` later)."""
        if audio_seconds <= 0:
            return
        if cost is None:
            cost = estimate_cost(model, audio_seconds) or 0.0
        row = self._days.setdefault(self._today().isoformat(), {}).setdefault(model, {"minutes": 0.0, "cost": 0.0})
        row["minutes"] += audio_seconds / 60.0
        row["cost"] += cost
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
