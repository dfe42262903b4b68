"""Cost: the price table, the estimate, the per-day ledger on disk, and the spending cap."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.fakes.translation_server import FakeTranslationServer
from tests.realtime.conftest import WAIT, Recorder
from translator_gui.realtime.engine import Problem, ProblemKind, SessionState, Status, TokenUsage, Usage
from translator_gui.realtime.factory import make_session
from translator_gui.realtime.languages import Mode
from translator_gui.realtime.options import SessionOptions
from translator_gui.realtime.pricing import (
    PRICES,
    CostMeter,
    SpendingGuard,
    UsageLedger,
    estimate_cost,
    price_of,
)


def test_price_table() -> None:
    assert PRICES["gpt-realtime-translate"].per_minute == 0.034
    assert PRICES["gpt-realtime-whisper"].per_minute == 0.017
    assert PRICES["gpt-live-transcribe"].per_minute == 0.017
    assert (PRICES["gpt-realtime-2"].audio_in_per_million, PRICES["gpt-realtime-2"].audio_out_per_million) == (32, 64)
    mini = PRICES["gpt-realtime-2.1-mini"]
    assert (mini.audio_in_per_million, mini.audio_out_per_million) == (10, 20)
    assert price_of("gpt-realtime-2-2026-05-01") == PRICES["gpt-realtime-2"]
    assert price_of("gpt-unknown") is None


def test_estimates() -> None:
    assert estimate_cost("gpt-realtime-translate", 3600) == pytest.approx(60 * 0.034)  # an hour: $2.04
    assert estimate_cost("gpt-realtime-whisper", 60) == pytest.approx(0.017)
    # reported usage wins: 1M audio tokens in, 0.5M out
    assert estimate_cost("gpt-realtime-2", 1, TokenUsage(audio_in=1_000_000, audio_out=500_000)) == pytest.approx(64)
    # without usage: 10 tokens/s in, 20 tokens/s out → one hour ≈ 36k in + 72k out
    assert estimate_cost("gpt-realtime-2", 3600) == pytest.approx((36_000 * 32 + 72_000 * 64) / 1e6)
    assert estimate_cost("gpt-realtime-2.1-mini", 3600) == pytest.approx((36_000 * 10 + 72_000 * 20) / 1e6)
    assert estimate_cost("nope", 60) is None


def test_meter_adds_token_usage_of_every_response() -> None:
    meter = CostMeter("gpt-realtime-2")
    meter.observe(Usage(30.0))
    meter.observe(TokenUsage(audio_in=300, audio_out=600))
    meter.observe(TokenUsage(audio_in=100, audio_out=200))
    assert meter.cost == pytest.approx((400 * 32 + 800 * 64) / 1e6)


def test_guard_warns_at_80_percent_and_stops_at_the_cap() -> None:
    events: list[object] = []
    stops: list[bool] = []
    guard = SpendingGuard(events.append, model="gpt-realtime-translate", cap=0.034)  # one minute
    guard.stop = lambda: stops.append(True)
    guard(Usage(47.0))
    assert [e for e in events if isinstance(e, Problem)] == []
    guard(Usage(49.0))  # 81 %
    [warning] = [e for e in events if isinstance(e, Problem)]
    assert warning.kind is ProblemKind.SPENDING and not warning.fatal
    assert "$0.03" in warning.message
    guard(Usage(55.0))
    assert len([e for e in events if isinstance(e, Problem)]) == 1  # warned once
    guard(Usage(60.0))
    problems = [e for e in events if isinstance(e, Problem)]
    assert problems[-1].fatal and problems[-1].kind is ProblemKind.SPENDING
    assert stops == [True]
    guard(Usage(61.0))
    assert stops == [True] and len([e for e in events if isinstance(e, Problem)]) == 2
    with pytest.raises(ValueError, match="positive"):
        SpendingGuard(events.append, model="x", cap=0)


@pytest.mark.asyncio
async def test_a_session_stops_at_its_spending_cap(fake: FakeTranslationServer, recorder: Recorder) -> None:
    cap = 0.034 * 3.5 / 60  # three and a half seconds of translation
    options = SessionOptions(api_key="sk-test", base_url=fake.base_url, connect_timeout=WAIT)
    engine = make_session(Mode.TRANSLATE, "es", recorder, options, spending_cap=cap)
    await engine.start()
    for _ in range(30):  # 6 s of audio in 200 ms appends; warned at 3 s, stopped at 4 s
        await engine.send_audio(bytes(9_600))
    await recorder.wait_for_state(SessionState.CLOSED)
    kinds = [(p.kind, p.fatal) for p in recorder.problems]
    assert kinds == [(ProblemKind.SPENDING, False), (ProblemKind.SPENDING, True)]
    assert recorder.events[-1] == Status(SessionState.CLOSED)
    assert fake.state.input_ms <= 4_000 + 200  # not a second more than the cap allows


def test_ledger_keeps_today_across_restarts(tmp_path: Path) -> None:
    path = tmp_path / "data" / "usage.json"
    day = dt.date(2026, 11, 24)
    ledger = UsageLedger(path, today=lambda: day)
    ledger.add("gpt-realtime-translate", 90)
    ledger.add("gpt-realtime-2", 60, cost=0.5)
    again = UsageLedger(path, today=lambda: day)  # "after a restart"
    assert again.today().minutes == pytest.approx(2.5)
    assert again.today().cost == pytest.approx(0.034 * 1.5 + 0.5)
    tomorrow = UsageLedger(path, today=lambda: day + dt.timedelta(days=1))
    assert tomorrow.today().minutes == 0
    assert tomorrow.day(day).minutes == pytest.approx(2.5)


def test_damaged_ledger_is_set_aside(tmp_path: Path) -> None:
    path = tmp_path / "usage.json"
    path.write_text("{not json", encoding="utf-8")
    ledger = UsageLedger(path)
    assert ledger.today().minutes == 0
    assert path.with_suffix(".damaged").exists()
    ledger.add("gpt-realtime-whisper", 60)
    assert UsageLedger(path).today().cost == pytest.approx(0.017)
