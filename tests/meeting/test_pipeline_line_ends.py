"""Captions: a transcription the service completed ends its line at once, not after the idle wait."""

from __future__ import annotations

import asyncio
from datetime import datetime
from pathlib import Path

import pytest

from tests.fakes.file_source import RealTimeSource
from translator_gui.audio.capture import CaptureChunk
from translator_gui.meeting.pipeline import Pipeline, PipelineEvent
from translator_gui.realtime.engine import EventSink, LineEnd, SessionState, Status, TargetText
from translator_gui.transcript.journal import Journal
from translator_gui.transcript.segment import Segment
from translator_gui.transcript.segmenter import CaptionSegmenter


class SilentSource(RealTimeSource):
    def read_pcm16_24k(self) -> CaptureChunk | None:
        return None


class CaptionsEngine:
    """Says what a Captions session says: live, a transcript without a sentence end, then the line end."""

    def __init__(self, emit: EventSink, line_end: bool) -> None:
        self._emit = emit
        self._line_end = line_end
        self.state = SessionState.IDLE

    async def start(self) -> None:
        self.state = SessionState.LIVE
        self._emit(Status(SessionState.LIVE))
        self._emit(TargetText("so that is where we are with the budget"))
        if self._line_end:
            self._emit(LineEnd())

    async def send_audio(self, pcm16: bytes) -> None:
        pass

    async def set_target_language(self, code: str) -> None:
        pass

    async def stop(self, grace: float = 5.0) -> None:
        self.state = SessionState.CLOSED


@pytest.mark.asyncio
@pytest.mark.parametrize("line_end", [True, False])
async def test_a_completed_transcription_ends_the_line(tmp_path: Path, line_end: bool) -> None:
    segments: list[Segment] = []
    arrived = asyncio.Event()

    def listener(event: PipelineEvent) -> None:
        if isinstance(event, Segment):
            segments.append(event)
            arrived.set()

    pipeline = Pipeline(
        source=SilentSource(),
        engine_factory=lambda emit: CaptionsEngine(emit, line_end),
        sink=None,
        segmenter=CaptionSegmenter("en", idle_seconds=30.0),
        journal=Journal(tmp_path, datetime.now().astimezone()),
        listener=listener,
    )
    await pipeline.start()
    try:
        if line_end:
            await asyncio.wait_for(arrived.wait(), timeout=5)
            assert [s.translation for s in segments] == ["so that is where we are with the budget"]
        else:
            with pytest.raises(TimeoutError):
                await asyncio.wait_for(arrived.wait(), timeout=0.5)  # it waits for more words
    finally:
        await pipeline.stop()
