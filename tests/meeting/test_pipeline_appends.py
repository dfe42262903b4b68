"""Audio goes to the service in whole 200 ms frames, each as soon as it is complete.

The real Pipeline and TranslateSession against the fake server on loopback; the source plays the
speech fixture in real time (paced by the pump's own reads), so the moment each frame is complete
is known exactly: when its last sample's time has come.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from pathlib import Path

import numpy as np
import pytest
import pytest_asyncio

from tests.fakes.file_source import RATE, FileSource, make_speech_wav, speech_pipeline
from tests.fakes.translation_server import FakeTranslationServer
from translator_gui.audio.capture import CaptureChunk
from translator_gui.meeting.backlog import AudioBacklog
from translator_gui.meeting.pipeline import FRAME_BYTES, PipelineEvent
from translator_gui.realtime.engine import SessionState, Status

WAIT = 10.0
FRAME_S = FRAME_BYTES / 2 / RATE


@pytest.fixture(scope="module")
def speech_wav(tmp_path_factory: pytest.TempPathFactory, jfk_flac: Path) -> Path:
    return make_speech_wav(jfk_flac, tmp_path_factory.mktemp("speech") / "jfk-24k-mono.wav")


@pytest_asyncio.fixture
async def fake() -> AsyncIterator[FakeTranslationServer]:
    async with FakeTranslationServer() as server:
        yield server


class CountingSource(FileSource):
    """The file source, counting how often the pump reads it."""

    reads = 0

    def read_pcm16_24k(self) -> CaptureChunk | None:
        self.reads += 1
        return super().read_pcm16_24k()


@pytest.mark.asyncio
async def test_every_append_is_one_whole_frame_sent_as_soon_as_it_is_complete(
    fake: FakeTranslationServer, speech_wav: Path, tmp_path: Path
) -> None:
    source = CountingSource(speech_wav)
    events: list[PipelineEvent] = []
    pipeline, _ = speech_pipeline(source, fake.base_url, tmp_path / "transcripts", events.append)
    await pipeline.start()
    reads_at_live = source.reads
    await asyncio.sleep(4.0)  # the length of the stretch measured, not a wait for an event
    reads = source.reads - reads_at_live
    live_appends = len(fake.state.appends)
    await pipeline.stop()

    state = fake.state
    sizes = [a.byte_count for a in state.appends]
    assert bytes(state.audio) == source.pcm16[: len(state.audio)], "in order, nothing lost"
    assert len(state.audio) == len(source.pcm16[: len(state.audio)])
    assert sizes[:-1] == [FRAME_BYTES] * (len(sizes) - 1), "whole frames; only the last one, at Stop, may be short"
    assert 0 < sizes[-1] <= FRAME_BYTES
    assert live_appends >= 4.0 / FRAME_S - 3
    # The pump wakes about once per frame, not once per capture block (20 ms).
    assert reads <= 4.0 / FRAME_S * 2 + 5, reads
    # A frame goes out as soon as its last sample has been captured: a plain 200 ms timer would
    # add up to a whole frame.
    waits_ms = np.array([pipeline.latency.percentile_ms(q) for q in (50, 90)])
    assert waits_ms[0] < 20 and waits_ms[1] < 60, waits_ms


class HeldSource(FileSource):
    """The file source, as if it had been listening for ``held`` seconds before the session started."""

    def __init__(self, path: Path, held: float) -> None:
        super().__init__(path)
        self._held = held

    def start(self) -> None:
        super().start()
        assert self._t0 is not None
        self._t0 -= self._held


@pytest.mark.asyncio
async def test_audio_held_while_connecting_goes_out_in_frames_the_moment_the_session_is_live(
    fake: FakeTranslationServer, speech_wav: Path, tmp_path: Path
) -> None:
    source = HeldSource(speech_wav, held=0.7)
    live_at: list[float] = []

    def listener(event: PipelineEvent) -> None:
        if isinstance(event, Status) and event.state is SessionState.LIVE:
            live_at.append(time.monotonic())

    pipeline, _ = speech_pipeline(source, fake.base_url, tmp_path / "transcripts", listener)
    await pipeline.start()
    assert await fake.wait_for(lambda s: len(s.audio) >= 3 * FRAME_BYTES, WAIT)
    await pipeline.stop()
    held = fake.state.appends[:3]
    assert [a.byte_count for a in held] == [FRAME_BYTES] * 3
    # Sent when the session went live, not at the pump's next idle wake-up (200 ms).
    assert held[0].time - live_at[0] < 0.05, held[0].time - live_at[0]
    assert held[2].time - held[0].time < 0.05, "the held frames went out together, not one per frame time"


def _chunk(samples: int, first: float) -> CaptureChunk:
    return CaptureChunk(bytes(2 * samples), first, first + (samples - 1) / RATE)


def test_a_frame_is_joined_from_the_chunks_it_spans_and_keeps_their_times() -> None:
    backlog = AudioBacklog()
    frame = FRAME_BYTES // 2
    for k in range(9):  # 9 × 20 ms: not a frame yet
        backlog.push(_chunk(480, k * 0.02))
    assert backlog.pop_frame(FRAME_BYTES) is None
    backlog.push(_chunk(480 + 100, 0.18))
    got = backlog.pop_frame(FRAME_BYTES)
    assert got is not None and len(got.pcm16) == FRAME_BYTES
    assert got.first_capture_time == 0.0
    assert got.last_capture_time == pytest.approx((frame - 1) / RATE, abs=1e-4)
    assert len(backlog) == 200
    assert backlog.pop_frame(FRAME_BYTES) is None
