"""Translated speech that runs out mid-phrase is logged with the time in the session (which phrase,
for support) and the wait the queue had then; a phrase that simply ended is not."""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path

import numpy as np
import pytest

from tests.meeting.test_pipeline_line_ends import CaptionsEngine, SilentSource
from tests.meeting.test_pipeline_misbehaving import QueueSink
from translator_gui.audio.adaptive import SpeechQueue
from translator_gui.audio.jitter import JitterBuffer
from translator_gui.audio.resample import to_pcm16
from translator_gui.meeting.pipeline import Pipeline
from translator_gui.realtime.engine import EventSink, SessionState, Status, TargetAudio
from translator_gui.transcript.journal import Journal
from translator_gui.transcript.segmenter import CaptionSegmenter

RATE = 48_000


class SpeakingEngine(CaptionsEngine):
    """Live at once, silent; the test makes it speak (``emit``)."""

    def __init__(self, emit: EventSink) -> None:
        super().__init__(emit, line_end=False)
        self.emit = emit

    async def start(self) -> None:
        self.state = SessionState.LIVE
        self.emit(Status(SessionState.LIVE))


class PlayedSink(QueueSink):
    """The app's queue, played by the test (``play``) instead of a sound card's callback."""

    def __init__(self) -> None:
        super().__init__()
        self.jitter = JitterBuffer(RATE, prefill_ms=0)
        self.queue = SpeechQueue(self.jitter)

    @property
    def underruns(self) -> int:
        return self.queue.underruns

    def wait_summary(self) -> str:
        return f"speech waits {self.queue.wait_ms:.0f} ms"

    def play(self, seconds: float) -> None:
        self.jitter.read_into(np.zeros(round(seconds * RATE), np.float32))

    def mark_end(self) -> None:
        self.queue.mark_end()


@pytest.mark.asyncio
async def test_speech_running_out_mid_phrase_is_logged_once_with_when(tmp_path: Path,
                                                                   caplog: pytest.LogCaptureFixture) -> None:
    engines: list[SpeakingEngine] = []

    def engine(emit: EventSink) -> SpeakingEngine:
        engines.append(SpeakingEngine(emit))
        return engines[-1]

    sink = PlayedSink()
    pipeline = Pipeline(
        source=SilentSource(),
        engine_factory=engine,
        sink=sink,
        segmenter=CaptionSegmenter("es", idle_seconds=30.0),
        journal=Journal(tmp_path, datetime.now().astimezone()),
        listener=lambda event: None,
    )
    delta = to_pcm16(0.3 * np.sin(2 * np.pi * 440 * np.arange(2400) / 24_000))  # 100 ms
    await pipeline.start()
    try:
        speak = engines[0].emit
        with caplog.at_level(logging.INFO, logger="translator_gui.meeting.pipeline"):
            speak(TargetAudio(delta))
            sink.play(0.05)  # the wait, then the start of the delta
            sink.play(0.2)  # past its end: the next delta is late
            speak(TargetAudio(delta))
            speak(TargetAudio(delta))  # the same dry-out is not logged twice
        dry = [r.getMessage() for r in caplog.records if "ran out mid-phrase" in r.getMessage()]
        assert len(dry) == 1
        assert dry[0].startswith("Them → me: translated speech ran out mid-phrase before ")
        assert "s into the session (speech waits " in dry[0]
        caplog.clear()
        with caplog.at_level(logging.INFO, logger="translator_gui.meeting.pipeline"):
            sink.mark_end()  # the phrase ended
            sink.play(1.0)  # and played out to its end: not an underrun
            speak(TargetAudio(delta))  # the next phrase
        assert not [r for r in caplog.records if "ran out" in r.getMessage()]
        assert sink.underruns == 1
    finally:
        await pipeline.stop()


@pytest.mark.asyncio
async def test_a_phrase_cut_short_by_stop_is_not_counted_as_running_out(tmp_path: Path) -> None:
    engines: list[SpeakingEngine] = []

    def engine(emit: EventSink) -> SpeakingEngine:
        engines.append(SpeakingEngine(emit))
        return engines[-1]

    sink = PlayedSink()
    pipeline = Pipeline(source=SilentSource(), engine_factory=engine, sink=sink,
                        segmenter=CaptionSegmenter("es", idle_seconds=30.0),
                        journal=Journal(tmp_path, datetime.now().astimezone()), listener=lambda event: None)
    delta = to_pcm16(0.3 * np.sin(2 * np.pi * 440 * np.arange(2400) / 24_000))  # 100 ms
    await pipeline.start()
    engines[0].emit(TargetAudio(delta))
    sink.play(0.05)
    await pipeline.stop()  # mid-phrase: no more of it will come
    engines[0].emit(TargetAudio(delta))  # what the service still sends is not played
    sink.play(0.5)
    assert sink.jitter.prefilling  # it ran dry, where the speech ended: not an underrun
    assert sink.underruns == 0
    assert sink.jitter.frames_played < 0.25 * RATE
