"""Long meetings: sessions that expire every ~3 s are handed over without a gap in the audio and
without losing or repeating a word — through the real Pipeline, with real speech from a file.

The fake server runs in echo mode: it answers every 500 ms of input on a connection with one caption
``b<connection>x<n>.`` and, on ``session.close``, one more for the rest. So the captions are tied to
the audio: if any audio were sent to no session, or a session's trailing output were cut off, or two
sessions' words interleaved, the journal would show it.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import re
import time
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
import pytest_asyncio

from tests.fakes.file_source import FileSource, make_speech_wav, speech_pipeline
from tests.fakes.translation_server import FakeState, FakeTranslationServer
from translator_gui.meeting.pipeline import PipelineEvent
from translator_gui.realtime.engine import Problem, SessionState, Status

WAIT = 10.0
LIFETIME = 3.0  # seconds a fake session lives
MARGIN = 1.5  # the engine hands over this long before expires_at (slack for a busy machine)


@pytest.fixture(scope="module")
def speech_wav(tmp_path_factory: pytest.TempPathFactory, jfk_flac: Path) -> Path:
    return make_speech_wav(jfk_flac, tmp_path_factory.mktemp("speech") / "jfk-24k-mono.wav")


@pytest_asyncio.fixture
async def fake() -> AsyncIterator[FakeTranslationServer]:
    async with FakeTranslationServer(session_lifetime=LIFETIME, echo_ms=500) as server:
        yield server


def per_connection_audio(state: FakeState) -> dict[int, bytes]:
    """What each connection received, in its own order."""
    streams: dict[int, bytearray] = {}
    offset = 0
    for append in state.appends:
        streams.setdefault(append.connection, bytearray()).extend(state.audio[offset : offset + append.byte_count])
        offset += append.byte_count
    return {index: bytes(audio) for index, audio in streams.items()}


@pytest.mark.asyncio
async def test_sessions_roll_over_without_gaps_or_lost_words(
    fake: FakeTranslationServer, speech_wav: Path, tmp_path: Path
) -> None:
    source = FileSource(speech_wav)
    seconds = len(source.pcm16) / 48_000
    events: list[PipelineEvent] = []
    pipeline, engines = speech_pipeline(
        source, fake.base_url, tmp_path / "transcripts", events.append, rollover_margin=MARGIN
    )
    journal = pipeline.journal
    started = time.monotonic()
    await pipeline.start()
    async with asyncio.timeout(seconds + WAIT):
        await source.finished.wait()
    await pipeline.stop()
    took = time.monotonic() - started
    [engine] = engines
    state = fake.state
    print(f"\n{seconds:.1f} s of speech in {took:.1f} s over {state.connections_opened} sessions; "
          f"roll-overs {engine.rollovers}, expired {state.expired}")  # fmt: skip

    # several hand-overs, each before the session ran out; never a reconnect. A successor may be
    # given up once (it failed to open in time on a busy machine, or was still opening at Stop): it
    # carries no audio and is no hand-over.
    streams = per_connection_audio(state)
    used = sorted(streams)
    assert len(used) >= 5 and state.connections_opened - len(used) <= 1
    assert engine.rollovers == len(used) - 1
    assert state.expired == 0
    assert engine.reconnects == 0
    assert [e.state for e in events if isinstance(e, Status)] == [
        SessionState.CONNECTING,
        SessionState.LIVE,
        SessionState.CLOSING,
        SessionState.CLOSED,
    ]
    assert [e for e in events if isinstance(e, Problem)] == []
    assert all(r.valid for r in state.received) and state.errors_sent == []
    # every session got the full configuration and was closed by us, in order
    assert [c for r in state.received_of("session.update") if (c := r.connection) in streams] == used
    assert [c for r in state.received_of("session.close") if (c := r.connection) in streams] == used

    # the audio: each sample went to exactly one session, in order, with no gap at a hand-over
    assert b"".join(streams[i] for i in used) == source.pcm16

    # the words: each session answered all of its audio (its trailing output included) ...
    for index, audio in streams.items():
        ranges = [(start, end) for conn, start, end in state.echoed if conn == index]
        assert ranges[0][0] == 0 and ranges[-1][1] == len(audio)
        assert all(a[1] == b[0] for a, b in itertools.pairwise(ranges))
    expected = [f"b{conn}x{n}." for conn in sorted(streams)
                for n in range(1, 1 + sum(1 for c, _, _ in state.echoed if c == conn))]  # fmt: skip
    # ... and the journal has every caption exactly once, in order: no interleaving at a hand-over
    lines = [json.loads(line) for line in journal.path.read_text(encoding="utf-8").splitlines()]
    written = re.findall(r"b\d+x\d+\.", " ".join(line["translation"] for line in lines))
    assert written == expected
