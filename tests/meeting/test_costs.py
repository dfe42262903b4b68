"""The meeting's cost line: every session's estimate, today's total from the ledger, and what is not known."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from translator_gui.meeting.costs import MeetingCosts, session_meter
from translator_gui.realtime.engine import TokenUsage, Usage
from translator_gui.realtime.languages import Mode
from translator_gui.realtime.pricing import PRICE_TABLE_DATE, CostMeter, UsageLedger


def costs(tmp_path: Path) -> MeetingCosts:
    return MeetingCosts(UsageLedger(tmp_path / "usage.json", today=lambda: dt.date(2026, 12, 1)))


def test_interpret_is_priced_from_its_reported_usage_and_today_follows(tmp_path: Path) -> None:
    meeting = costs(tmp_path)
    meter = session_meter(Mode.INTERPRET)
    assert meter.transcription_model == "gpt-realtime-whisper"
    seconds = meeting.observe(meter, Usage(60.0), 0.0)
    seconds = meeting.observe(meter, TokenUsage(audio_in=1_000, cached_audio_in=0, audio_out=2_000), seconds)
    seconds = meeting.observe(meter, TokenUsage(transcription_seconds=60.0), seconds)
    summary = meeting.summary([meter])
    expected = (1_000 * 32 + 2_000 * 64) / 1e6 + 0.017
    assert summary.dollars == pytest.approx(expected)
    assert summary.today_dollars == pytest.approx(expected)  # the ledger got what the estimate grew by
    assert summary.dollars_known and not summary.upper_bound
    assert summary.prices_as_of == PRICE_TABLE_DATE


def test_a_session_of_unknown_cost_is_said(tmp_path: Path) -> None:
    meeting = costs(tmp_path)
    known, unknown = session_meter(Mode.TRANSLATE), CostMeter("gpt-realtime-2.1")
    meeting.observe(known, Usage(60.0), 0.0)
    meeting.observe(unknown, Usage(60.0), 0.0)
    meeting.observe(unknown, TokenUsage(audio_in=1_000, audio_out=1_000), 60.0)
    summary = meeting.summary([known, unknown])
    assert not summary.dollars_known
    assert summary.dollars == pytest.approx(0.034)  # the known part
    assert summary.minutes == pytest.approx(2.0)
