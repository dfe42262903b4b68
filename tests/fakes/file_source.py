"""A file-driven ``pipeline.AudioSource`` and checks of what reached the fake server, for pipeline tests."""

from __future__ import annotations

import asyncio
import subprocess
import time
import wave
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from translator_gui.audio.capture import CaptureChunk
from translator_gui.meeting.pipeline import AudioSink, Pipeline, PipelineEvent
from translator_gui.realtime.engine import EventSink
from translator_gui.realtime.modes.translate import TranslateSession
from translator_gui.realtime.options import SessionOptions
from translator_gui.realtime.reconnect import ReconnectPolicy
from translator_gui.transcript.journal import Journal
from translator_gui.transcript.segmenter import CaptionSegmenter

RATE = 24_000
BYTES_PER_MS = RATE * 2 // 1000


def make_speech_wav(flac: Path, wav: Path) -> Path:
    """``flac`` converted to the service format (24 kHz mono PCM16) as a WAV file."""
    subprocess.run(
        ["sox", str(flac), "-r", str(RATE), "-c", "1", "-b", "16", "-e", "signed-integer", str(wav)],
        check=True,
        capture_output=True,
    )
    return wav


class RealTimeSource:
    """What a ``pipeline.AudioSource`` that delivers 24 kHz audio as the clock runs shares: it starts
    its clock at ``start()``, never overflows, and remembers being stopped and closed."""

    def __init__(self) -> None:
        self._t0: float | None = None
        self.stopped = False
        self.closed = False

    @property
    def overflows(self) -> int:
        return 0

    def start(self) -> None:
        self._t0 = time.monotonic()

    def stop(self) -> None:
        self.stopped = True

    def close(self) -> None:
        self.closed = True


class FileSource(RealTimeSource):
    """``pipeline.AudioSource`` playing 24 kHz mono PCM16 from a WAV file in real time.

    Each read returns the samples whose time has come since the previous read, so the pump's calls
    pace it; ``finished`` is set once the last sample has been handed out.
    """

    def __init__(self, path: Path) -> None:
        super().__init__()
        with wave.open(str(path), "rb") as wav:
            assert (wav.getframerate(), wav.getnchannels(), wav.getsampwidth()) == (RATE, 1, 2)
            self.pcm16 = wav.readframes(wav.getnframes())
        self._position = 0  # bytes handed out
        self.finished = asyncio.Event()

    def read_pcm16_24k(self) -> CaptureChunk | None:
        if self._t0 is None or self.stopped:
            return None
        now = time.monotonic()
        due = min(len(self.pcm16), int((now - self._t0) * RATE) * 2)
        if due <= self._position:
            return None
        start, self._position = self._position, due
        if self._position == len(self.pcm16):
            self.finished.set()
        first = self._t0 + start / 2 / RATE
        last = self._t0 + (due / 2 - 1) / RATE
        return CaptureChunk(self.pcm16[start:due], first, last)


def in_order_coverage(produced: bytes, received: bytes, piece_ms: int = 20) -> float:
    """The share of ``produced`` (in ``piece_ms`` pieces) found byte-exact in ``received``, each
    piece after the previous one found: lost audio lowers it, reordered or repeated audio too."""
    size = piece_ms * BYTES_PER_MS
    pieces = [produced[i : i + size] for i in range(0, len(produced), size)]
    found, position = 0, 0
    for piece in pieces:
        at = received.find(piece, position)
        if at >= 0:
            found += len(piece)
            position = at + len(piece)
    return found / len(produced)


def spanish_sessions(
    base_url: str, *, connect_timeout: float = 10.0, **engine_options: Any
) -> Callable[[EventSink], TranslateSession]:
    """A pipeline's engine factory: Spanish TranslateSessions on ``base_url``, with a fast reconnect."""

    def make(emit: EventSink) -> TranslateSession:
        options = SessionOptions(api_key="sk-test", base_url=base_url, connect_timeout=connect_timeout,
                                 reconnect=ReconnectPolicy(base=0.05, cap=0.2))
        return TranslateSession("es", emit, options, **engine_options)

    return make


def speech_pipeline(
    source: FileSource,
    base_url: str,
    transcripts: Path,
    listener: Callable[[PipelineEvent], None],
    *,
    sink: AudioSink | None = None,
    **engine_options: Any,
) -> tuple[Pipeline, list[TranslateSession]]:
    """The real Pipeline on ``source``, a real Journal in ``transcripts`` and a Spanish
    TranslateSession on ``base_url`` with a fast reconnect policy; also the engines it built.
    ``sink`` plays the translated speech (none: captions only)."""
    engines: list[TranslateSession] = []
    make = spanish_sessions(base_url, **engine_options)

    def engine_factory(emit: EventSink) -> TranslateSession:
        engine = make(emit)
        engines.append(engine)
        return engine

    pipeline = Pipeline(
        source=source,
        engine_factory=engine_factory,
        sink=sink,
        segmenter=CaptionSegmenter("es"),
        journal=Journal(transcripts, datetime.now().astimezone()),
        listener=listener,
    )
    return pipeline, engines
