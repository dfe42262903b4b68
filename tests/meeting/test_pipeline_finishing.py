"""Stop while the translation is behind: the session keeps finishing for as long as the service makes
progress through what it was sent, and says so with a countdown; a service that stops making progress
is given up after a while, a second Stop ends at once, and what was not translated is told. A service
that keeps up stops as quickly as ever.

Real Pipeline, TranslateSession and Journal against the fake server, which reads the input slower
than real time (``read_slowly``); the source plays unique audio in real time, so what reached the
server can be matched piece by piece (``in_order_coverage``).
"""

from __future__ import annotations

import asyncio
import re
import time
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from tests.fakes.file_source import FileSource, in_order_coverage, spanish_sessions
from tests.fakes.translation_server import FakeServerThread
from tests.meeting.test_pipeline_faults import Events
from tests.meeting.test_pipeline_stalls import noise_wav
from translator_gui.meeting.pipeline import Pipeline
from translator_gui.realtime.engine import ProblemKind, SessionState
from translator_gui.realtime.session import RealtimeSession
from translator_gui.transcript.journal import Journal
from translator_gui.transcript.segmenter import CaptionSegmenter

WAIT = 20.0
GRACE = 5.0  # the pipeline's own
HALF_SPEED = 0.5


@pytest.fixture
def fake() -> Iterator[FakeServerThread]:
    with FakeServerThread() as server:
        yield server


@pytest.fixture
def translating() -> Iterator[FakeServerThread]:
    """A service that says what it has translated as it goes (a caption per frame, with ``elapsed_ms``)."""
    with FakeServerThread(echo_ms=200) as server:
        yield server


def finishing(events: Events) -> list[str]:
    return [p.message for p in events.problems if p.kind is ProblemKind.FINISHING]


def untranslated(events: Events) -> list[str]:
    return [p.message for p in events.problems if re.search(r"not (have been )?translated", p.message)]


def counted(messages: list[str]) -> list[int]:
    return [int(found.group(1)) for m in messages if (found := re.search(r"(\d+) s of audio", m))]


def pipeline_on(fake: FakeServerThread, source: FileSource, tmp_path: Path, events: Events) -> Pipeline:
    return Pipeline(
        source=source,
        engine_factory=spanish_sessions(fake.base_url),
        sink=None,
        segmenter=CaptionSegmenter("es"),
        journal=Journal(tmp_path / "transcripts", datetime.now().astimezone()),
        listener=events,
        stop_grace=GRACE,
    )


async def speak(
    fake: FakeServerThread, tmp_path: Path, seconds: float, speed: float | None
) -> tuple[Pipeline, FileSource, Events]:
    source = FileSource(noise_wav(tmp_path / "noise.wav", seconds))
    events = Events()
    fake.read_slowly(speed)
    pipeline = pipeline_on(fake, source, tmp_path, events)
    await pipeline.start()
    async with asyncio.timeout(seconds + WAIT):
        await source.finished.wait()
    return pipeline, source, events


def lost_seconds(fake: FakeServerThread, source: FileSource) -> float:
    produced = source.pcm16
    return (1 - in_order_coverage(produced, bytes(fake.snapshot().audio))) * len(produced) / 48_000


@pytest.mark.asyncio
async def test_a_half_speed_service_gets_everything_through_after_stop_and_counts_down(
    translating: FakeServerThread, tmp_path: Path
) -> None:
    fake = translating
    pipeline, source, events = await speak(fake, tmp_path, 8.0, HALF_SPEED)
    started = time.monotonic()
    await asyncio.wait_for(pipeline.stop(), 120)
    took = time.monotonic() - started
    lost = lost_seconds(fake, source)
    said = finishing(events)
    print(f"\nhalf-speed service: Stop took {took:.1f} s; speech lost {lost:.2f} s; finishing said: {said}")
    assert lost <= 0.5
    assert said, "the person is told that the translation is still finishing"
    assert all("Stop again" in m for m in said)
    seconds = counted(said)
    assert len(set(seconds)) >= 2 and seconds == sorted(seconds, reverse=True), "the seconds count down"
    assert untranslated(events) == []


@pytest.mark.asyncio
async def test_a_service_that_stops_reading_while_finishing_is_given_up_and_the_loss_told(
    fake: FakeServerThread, tmp_path: Path
) -> None:
    pipeline, _, events = await speak(fake, tmp_path, 6.0, HALF_SPEED)
    stopping = asyncio.ensure_future(pipeline.stop())
    await events.wait_for(lambda e: bool(finishing(e)), WAIT)
    fake.stop_reading()  # no more progress from here: no pong, nothing read, nothing said
    stalled = time.monotonic()
    await asyncio.wait_for(stopping, 120)
    after = time.monotonic() - stalled
    engine = pipeline.engine
    assert isinstance(engine, RealtimeSession)
    patience = engine.finish_patience(GRACE)  # grace, stretched by how slowly the service read
    print(
        f"\nstopped reading while finishing: Stop ended {after:.1f} s later (no progress allowed for "
        f"{patience:.1f} s); told: {untranslated(events)}"
    )
    assert after <= patience + 1.5  # a tick late at most, and dropped without a closing handshake
    assert untranslated(events), "what was not translated is told"


@pytest.mark.asyncio
async def test_stop_again_while_finishing_ends_at_once_and_tells_the_loss(
    fake: FakeServerThread, tmp_path: Path
) -> None:
    pipeline, _, events = await speak(fake, tmp_path, 6.0, 0.25)
    stopping = asyncio.ensure_future(pipeline.stop())
    await events.wait_for(lambda e: bool(finishing(e)), WAIT)
    again = time.monotonic()
    await asyncio.wait_for(pipeline.stop(), WAIT)  # Stop pressed a second time
    assert stopping.done()
    took = time.monotonic() - again
    print(f"\nStop again: ended {took:.1f} s later; told: {untranslated(events)}")
    assert took <= 0.5  # at once: dropped without waiting for a closing handshake behind the unread audio
    assert untranslated(events), "what was not translated is told"


@pytest.mark.asyncio
async def test_a_service_that_keeps_up_stops_as_quickly_as_before(fake: FakeServerThread, tmp_path: Path) -> None:
    pipeline, source, events = await speak(fake, tmp_path, 4.0, None)
    started = time.monotonic()
    await asyncio.wait_for(pipeline.stop(), WAIT)
    took = time.monotonic() - started
    print(f"\nservice that keeps up: Stop took {took:.2f} s")
    assert took < 0.5
    assert finishing(events) == []
    assert untranslated(events) == []
    assert lost_seconds(fake, source) <= 0.2


@pytest.mark.asyncio
async def test_stop_while_reconnecting_waits_for_the_connection_and_sends_what_was_held(
    fake: FakeServerThread, tmp_path: Path
) -> None:
    source = FileSource(noise_wav(tmp_path / "noise.wav", 5.0))
    events = Events()
    pipeline = pipeline_on(fake, source, tmp_path, events)
    await pipeline.start()
    await events.wait_for(lambda e: SessionState.LIVE in e.states, WAIT)
    async with asyncio.timeout(WAIT):
        await source.finished.wait()
    fake.reject_handshakes(503, times=4)  # the connection comes back after a few attempts
    fake.drop()
    await events.wait_for(lambda e: SessionState.RECONNECTING in e.states, WAIT)
    started = time.monotonic()
    await asyncio.wait_for(pipeline.stop(), WAIT)  # Stop while reconnecting
    took = time.monotonic() - started
    lost = lost_seconds(fake, source)
    print(f"\nStop while reconnecting: took {took:.1f} s; speech lost {lost:.2f} s; told: {untranslated(events)}")
    assert fake.snapshot().connections_opened == 2
    assert lost <= 0.5
    assert untranslated(events) == []
