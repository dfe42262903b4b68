"""No silent death: a bad string from the server or a fault inside the app never stops a direction
without a word, and the transcript is saved whatever happens.

The real Pipeline, TranslateSession and Journal against the fake server on loopback; the audio is
silence produced in real time (paced by the pump's own reads).
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import AsyncIterator, Callable
from datetime import datetime
from pathlib import Path

import pytest
import pytest_asyncio

from tests.fakes.file_source import RealTimeSource, spanish_sessions
from tests.fakes.translation_server import FakeTranslationServer
from translator_gui.audio.capture import CaptureChunk
from translator_gui.meeting.pipeline import Pipeline, PipelineEvent
from translator_gui.realtime.engine import Problem, ProblemKind, SessionState, Status
from translator_gui.transcript.journal import Journal, in_progress_marker
from translator_gui.transcript.segment import Segment
from translator_gui.transcript.segmenter import CaptionSegmenter

WAIT = 10.0
RATE = 24_000


class SilenceSource(RealTimeSource):
    """``pipeline.AudioSource``: silence (with a counter in it, so appends differ) in real time."""

    def __init__(self) -> None:
        super().__init__()
        self._samples = 0

    def read_pcm16_24k(self) -> CaptureChunk | None:
        if self._t0 is None or self.stopped:
            return None
        due = int((time.monotonic() - self._t0) * RATE)
        if due <= self._samples:
            return None
        first = self._t0 + self._samples / RATE
        count, self._samples = due - self._samples, due
        return CaptureChunk(bytes(2 * count), first, self._t0 + (due - 1) / RATE)


class Events:
    """The pipeline's listener: keeps every event; a test awaits a condition on them."""

    def __init__(self) -> None:
        self.all: list[PipelineEvent] = []
        self._changed = asyncio.Event()

    def __call__(self, event: PipelineEvent) -> None:
        self.all.append(event)
        self._changed.set()

    @property
    def problems(self) -> list[Problem]:
        return [e for e in self.all if isinstance(e, Problem)]

    @property
    def states(self) -> list[SessionState]:
        return [e.state for e in self.all if isinstance(e, Status)]

    async def wait_for(self, predicate: Callable[[Events], bool], timeout: float = WAIT) -> None:  # noqa: ASYNC109
        async with asyncio.timeout(timeout):
            while not predicate(self):
                self._changed.clear()
                await self._changed.wait()


@pytest_asyncio.fixture
async def fake() -> AsyncIterator[FakeTranslationServer]:
    async with FakeTranslationServer() as server:
        yield server


def make_pipeline(fake: FakeTranslationServer, journal: Journal, events: Events, source: SilenceSource) -> Pipeline:
    return Pipeline(
        source=source,
        engine_factory=spanish_sessions(fake.base_url, connect_timeout=WAIT),
        sink=None,
        segmenter=CaptionSegmenter("es"),
        journal=journal,
        listener=events,
    )


def journal_lines(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_bytes().decode("utf-8").splitlines()]


@pytest.mark.asyncio
async def test_an_emoji_split_across_deltas_is_joined_and_the_session_goes_on(
    fake: FakeTranslationServer, tmp_path: Path
) -> None:
    # The server cuts each emoji between its two UTF-16 halves: "\ud83d" ends a delta, "\ude00" starts the next.
    fake.say("Hello 😀 friend. ", "Hola 😀 amigo. ", after_input_ms=200, split_surrogates=True)
    fake.say("Bye 👋 now. ", "Adiós 👋 ya. ", after_input_ms=1_200, split_surrogates=True)
    fake.say("Last one. ", "La última. ", after_input_ms=2_400)
    halves = [e["delta"] for e in fake.state.sent_of("session.output_transcript.delta")]  # none yet
    assert halves == []
    events, source = Events(), SilenceSource()
    journal = Journal(tmp_path / "transcripts", datetime.now().astimezone())
    pipeline = make_pipeline(fake, journal, events, source)
    await pipeline.start()
    assert pipeline.engine.state is SessionState.LIVE
    # audio keeps flowing well after the split characters arrived
    assert await fake.wait_for(lambda s: s.input_ms >= 3_400, WAIT)
    sent = [e["delta"] for e in fake.state.sent_of("session.output_transcript.delta")]
    assert "\ud83d" in "".join(sent) and any(d.startswith("\ude00") for d in sent)  # the knob really split them
    await pipeline.stop()

    lines = journal_lines(journal.path)
    assert [line["translation"] for line in lines] == ["Hola 😀 amigo.", "Adiós 👋 ya.", "La última."]
    assert [line["source"] for line in lines] == ["Hello 😀 friend.", "Bye 👋 now.", "Last one."]
    assert events.problems == []
    assert not in_progress_marker(journal.path).exists()


class BrokenJournal(Journal):
    """A journal with a bug: its second line raises something no disk error handler expects."""

    def append(self, segment: Segment) -> str | None:
        if self.appended == 1:
            self.appended += 1
            raise RuntimeError("a bug in the journal")
        self.appended += 1
        return super().append(segment)

    appended = 0


@pytest.mark.asyncio
async def test_a_fault_inside_the_app_is_told_and_stops_the_direction_with_its_transcript_saved(
    fake: FakeTranslationServer, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    fake.say("One. ", "Uno. ", after_input_ms=200)
    fake.say("Two. ", "Dos. ", after_input_ms=400)
    fake.say("Three. ", "Tres. ", after_input_ms=600)
    events, source = Events(), SilenceSource()
    journal = BrokenJournal(tmp_path / "transcripts", datetime.now().astimezone())
    pipeline = make_pipeline(fake, journal, events, source)
    await pipeline.start()
    await events.wait_for(lambda e: SessionState.CLOSED in e.states)
    await asyncio.wait_for(asyncio.shield(pipeline.stop()), WAIT)  # already stopping: waits for the end

    [problem] = events.problems
    assert problem.kind is ProblemKind.INTERNAL and problem.fatal
    assert "transcript is saved" in problem.message
    assert "a bug in the journal" in caplog.text and "Traceback" in caplog.text
    assert source.closed
    lines = journal_lines(journal.path)
    assert lines and lines[0]["translation"] == "Uno."
    assert not in_progress_marker(journal.path).exists()  # closed: the next start says nothing was interrupted
