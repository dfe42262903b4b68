"""A misbehaving server can neither freeze nor exhaust the app: sample-rate lies, huge text deltas,
huge messages and ``error`` storms each keep the event loop's worst stall under 100 ms, the direction
stays live, the person is told once in a sentence, and the captions after it arrive intact.

The real Pipeline, TranslateSession and Journal against the fake server; translated speech goes to
the app's real speech queue (resampler and jitter buffer), only without a sound device.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path

import pytest

from tests.fakes.file_source import spanish_sessions
from tests.fakes.translation_server import FakeServerThread, FakeTranslationServer
from tests.meeting.test_pipeline_faults import Events, SilenceSource, journal_lines
from translator_gui.audio.adaptive import SpeechQueue
from translator_gui.audio.jitter import JitterBuffer
from translator_gui.meeting.pipeline import Pipeline
from translator_gui.realtime.engine import ProblemKind, SessionState
from translator_gui.transcript.journal import Journal
from translator_gui.transcript.segment import Segment
from translator_gui.transcript.segmenter import CaptionSegmenter

WAIT = 15.0
STALL_LIMIT = 0.100


class QueueSink:
    """``pipeline.AudioSink`` on the app's SpeechQueue at 48 kHz (a common output device rate)."""

    def __init__(self) -> None:
        self.jitter = JitterBuffer(48_000, prefill_ms=100, capacity_s=10)
        self.queue = SpeechQueue(self.jitter)
        self.pushed = 0

    @property
    def underruns(self) -> int:
        return 0

    def start(self) -> None:
        pass

    def stop(self) -> None:
        pass

    def close(self) -> None:
        pass

    def push_pcm16(self, pcm16: bytes, sample_rate: int = 24_000, channels: int = 1) -> None:
        self.pushed += len(pcm16)
        self.queue.push_pcm16(pcm16, sample_rate, channels)

    def mark_end(self) -> None:
        pass


class StallMeter:
    """A 5 ms heartbeat on the event loop. ``worst`` is the most CPU time the loop's thread spent
    between two beats beyond the tick: the app's own stall. ``worst_late`` is how late a beat came
    by the clock, which on a shared machine also counts the time the thread was not running at all
    (another process, or the fake's thread holding the interpreter), so it is printed, not judged."""

    def __init__(self, tick: float = 0.005) -> None:
        self._tick = tick
        self.worst = 0.0
        self.worst_late = 0.0
        self._task: asyncio.Task[None] | None = None

    async def _beat(self) -> None:
        last, last_cpu = time.perf_counter(), time.thread_time()
        while True:
            await asyncio.sleep(self._tick)
            now, cpu = time.perf_counter(), time.thread_time()
            self.worst_late = max(self.worst_late, now - last - self._tick)
            self.worst = max(self.worst, min(cpu - last_cpu, now - last) - self._tick)
            last, last_cpu = now, cpu

    def start(self) -> None:
        self.worst = self.worst_late = 0.0
        self._task = asyncio.create_task(self._beat())

    async def stop(self) -> float:
        assert self._task is not None
        self._task.cancel()
        await asyncio.gather(self._task, return_exceptions=True)
        return self.worst


@pytest.fixture
def fake() -> Iterator[FakeServerThread]:
    """On its own thread: the fake's own work (validating thousands of events, building a huge
    message) is not the app's stall, as with a real server on another machine."""
    with FakeServerThread() as server:
        yield server


async def run_misbehaviour(
    fake: FakeServerThread,
    tmp_path: Path,
    misbehave: Callable[[FakeTranslationServer], None],
    *,
    reconnects: bool = False,
) -> tuple[Events, float, Pipeline, QueueSink]:
    """Live, then ``misbehave``, then a normal caption: the events, the worst stall meanwhile, the pipeline."""
    events, source, sink = Events(), SilenceSource(), QueueSink()

    pipeline = Pipeline(
        source=source,
        engine_factory=spanish_sessions(fake.base_url, connect_timeout=WAIT),
        sink=sink,
        segmenter=CaptionSegmenter("es"),
        journal=Journal(tmp_path / "transcripts", datetime.now().astimezone()),
        listener=events,
    )
    await pipeline.start()
    assert pipeline.engine.state is SessionState.LIVE
    meter = StallMeter()
    meter.start()
    await fake.run(misbehave)
    if reconnects:  # the connection is refused for it: the caption goes to the next one
        await events.wait_for(lambda e: e.states.count(SessionState.LIVE) == 2, WAIT)
    await fake.run(lambda server: server.say("After it. ", "Después. "))
    await events.wait_for(
        lambda e: any(isinstance(x, Segment) and x.translation.endswith("Después.") for x in e.all), WAIT
    )
    worst = await meter.stop()
    print(f"\nthe loop's beat came at most {meter.worst_late * 1000:.1f} ms late by the clock")
    await pipeline.stop()
    return events, worst, pipeline, sink


def error_storm(server: FakeTranslationServer, count: int) -> None:
    for n in range(count):
        server.emit_error(f"Something odd ({n % 7}).")


SCENARIOS: dict[str, Callable[[FakeTranslationServer], None]] = {
    "sample_rate 1": lambda f: f.lie_about_audio(sample_rate=1),
    "sample_rate 10^9": lambda f: f.lie_about_audio(sample_rate=10**9),
    "channels 2^31": lambda f: f.lie_about_audio(channels=2**31),
    "1 MB transcript delta": lambda f: f.say_huge(1_000_000),
    "20 MiB message": lambda f: f.send_huge_message(20 * 1024 * 1024),
    "error storm": lambda f: error_storm(f, 2_000),
    "1 MB error message": lambda f: f.emit_error("x " * 500_000),
}


@pytest.mark.asyncio
async def test_the_stall_meter_counts_the_loop_computing_and_prints_the_loop_waiting() -> None:
    meter = StallMeter()
    meter.start()
    await asyncio.sleep(0.02)
    started = time.thread_time()
    while time.thread_time() - started < 0.15:  # the loop's thread busy for 150 ms
        pass
    await asyncio.sleep(0.02)
    assert await meter.stop() >= 0.14
    meter.start()
    await asyncio.sleep(0.02)
    threading.Event().wait(0.15)  # the loop's thread blocked, not computing: late by the clock only
    await asyncio.sleep(0.02)
    assert await meter.stop() < 0.14 and meter.worst_late >= 0.14


@pytest.mark.asyncio
@pytest.mark.parametrize("name", list(SCENARIOS))
async def test_a_misbehaving_server_neither_freezes_nor_stops_the_direction(
    fake: FakeServerThread, tmp_path: Path, name: str
) -> None:
    events, worst, pipeline, sink = await run_misbehaviour(fake, tmp_path, SCENARIOS[name], reconnects="MiB" in name)
    print(f"\n{name}: worst event-loop stall {worst * 1000:.1f} ms of its thread's CPU; "
          f"problems shown {len(events.problems)}")
    assert worst < STALL_LIMIT
    assert [p for p in events.problems if p.fatal] == []
    assert len(events.problems) <= 3  # told, not flooded
    assert all(len(p.message) <= 400 for p in events.problems)
    lines = journal_lines(pipeline.journal.path)
    assert str(lines[-1]["translation"]).endswith("Después.")
    if name.startswith(("sample_rate", "channels")):
        assert sink.pushed == 0
        [problem] = events.problems
        assert problem.kind is ProblemKind.PROTOCOL and "cannot play" in problem.message
