"""After an outage the captions resume live, not as far behind as the outage was long; the person is
told, and the transcript says what the gap holds.

The outage is real (the fake refuses every handshake for ``OUTAGE`` seconds); how far behind live a
service that works at speech pace would be is modelled from the fake's append log
(``tests/fakes/paced_service.py``). ``tests/bench/outage_bench.py`` runs the 60 s case.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.fakes.file_source import FileSource, speech_pipeline
from tests.fakes.paced_service import counter_wav, lag_at
from tests.fakes.translation_server import FakeServerThread
from tests.meeting.test_pipeline_faults import Events
from translator_gui.meeting.pipeline import RESUME_BACKLOG_SECONDS
from translator_gui.realtime.engine import ProblemKind, SessionState

OUTAGE = 8.0
AFTER = 4.0
WAIT = 20.0


@pytest.fixture
def fake() -> Iterator[FakeServerThread]:
    with FakeServerThread() as server:
        yield server


async def run_outage(
    fake: FakeServerThread, tmp_path: Path, *, before: float, outage: float, after: float
) -> tuple[float, Events, Path, float]:
    """Live for ``before`` s, down for ``outage`` s, then ``after`` s more: the lag behind live
    ``after`` s after the connection was back, the events, the journal, and how long it was down."""
    source = FileSource(counter_wav(tmp_path / "counter.wav", before + outage + after + 10))
    events = Events()
    pipeline, _ = speech_pipeline(source, fake.base_url, tmp_path / "transcripts", events)
    await pipeline.start()
    assert await fake.wait_for(lambda s: s.input_ms >= before * 1000, WAIT + before)
    fake.reject_handshakes(503)
    fake.drop("close1006")
    down = time.monotonic()
    await events.wait_for(lambda e: SessionState.RECONNECTING in e.states, WAIT)
    await asyncio.sleep(outage)  # the outage itself: a stretch of real time, not a wait for a condition
    fake.accept_handshakes()
    await events.wait_for(lambda e: e.states.count(SessionState.LIVE) == 2, WAIT)
    back = time.monotonic()
    await asyncio.sleep(after)  # live for a while: the lag is measured then
    lag = lag_at(fake.snapshot(), source._t0 or 0.0, back + after)
    await pipeline.stop()
    return lag, events, pipeline.journal.path, back - down


@pytest.mark.asyncio
async def test_after_an_outage_the_captions_resume_live_and_the_gap_is_noted(
    fake: FakeServerThread, tmp_path: Path
) -> None:
    lag, events, journal, down = await run_outage(fake, tmp_path, before=2.0, outage=OUTAGE, after=AFTER)
    print(f"\n{down:.1f} s outage: {lag:.1f} s behind live {AFTER:.0f} s after the connection was back")
    assert lag <= RESUME_BACKLOG_SECONDS + 2.0  # what is re-sent, plus what was in flight at the drop
    [told] = [p for p in events.problems if "Back online" in p.message]
    assert told.kind is ProblemKind.NETWORK and not told.fatal
    gaps = [json.loads(line) for line in journal.read_text(encoding="utf-8").splitlines()]
    [gap] = [g for g in gaps if "not translated" in g["translation"]]
    assert gap["end"] - gap["start"] >= OUTAGE - RESUME_BACKLOG_SECONDS - 1.0
    assert gap["start"] >= 1.5  # when the connection went, in session time
