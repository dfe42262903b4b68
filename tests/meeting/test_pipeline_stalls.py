"""A link that stops carrying, or a service that reads slower than speech, does not swallow the
speech without a word: the stall is noticed within seconds (websocket ping/pong with a timeout, a
send that cannot drain), every append the lost service did not evidently consume (``elapsed_ms``)
goes to the next connection, and what had to be dropped is told.

Real Pipeline, TranslateSession and Journal against the fake server; the source plays unique audio
in real time, so what reached the server can be matched piece by piece (``in_order_coverage``).
"""

from __future__ import annotations

import asyncio
import re
import time
import wave
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from tests.fakes.file_source import RATE, FileSource, in_order_coverage, speech_pipeline
from tests.fakes.translation_server import FakeServerThread
from tests.meeting.test_pipeline_faults import Events
from translator_gui.realtime.connection import CLOSE_TIMEOUT, PING_INTERVAL, PING_TIMEOUT
from translator_gui.realtime.engine import ProblemKind, SessionState, Status

WAIT = 20.0


def noise_wav(path: Path, seconds: float, seed: int = 3) -> Path:
    samples = np.random.default_rng(seed).integers(-3000, 3000, int(seconds * RATE), dtype=np.int16)
    with wave.open(str(path), "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(RATE)
        wav.writeframes(samples.astype("<i2").tobytes())
    return path


@pytest.fixture
def fake() -> Iterator[FakeServerThread]:
    with FakeServerThread() as server:
        yield server


@pytest.mark.asyncio
async def test_a_half_open_link_is_noticed_within_seconds_and_its_unconsumed_audio_resent(
    fake: FakeServerThread, tmp_path: Path
) -> None:
    source = FileSource(noise_wav(tmp_path / "noise.wav", 14.0))
    events = Events()
    fake.say("Heard. ", "Oído. ", after_input_ms=1_000)  # confirms the first second (elapsed_ms)
    pipeline, _ = speech_pipeline(source, fake.base_url, tmp_path / "transcripts", events)
    await pipeline.start()
    assert await fake.wait_for(lambda s: s.input_ms >= 3_000, WAIT)
    fake.stop_reading()  # half-open from here: no FIN, no pong, nothing read
    stalled = time.monotonic()
    await events.wait_for(lambda e: SessionState.RECONNECTING in e.states, WAIT)
    noticed = time.monotonic() - stalled
    await events.wait_for(lambda e: e.states.count(SessionState.LIVE) == 2, WAIT)
    async with asyncio.timeout(WAIT):
        await source.finished.wait()
    produced = source.pcm16
    assert await fake.wait_for(lambda s: len(s.audio) >= len(produced) * 0.95, WAIT)
    await pipeline.stop()

    received = bytes(fake.snapshot().audio)
    # the second connection alone, from its first append: what survived the stall
    second = received[sum(a.byte_count for a in fake.snapshot().appends if a.connection == 1) :]
    lost = (1 - in_order_coverage(produced, received)) * len(produced) / (2 * RATE)
    print(
        f"\nhalf-open link: noticed after {noticed:.1f} s; speech lost {lost:.2f} s of {len(produced) / 2 / RATE:.0f} s"
    )
    assert noticed <= PING_INTERVAL + PING_TIMEOUT + CLOSE_TIMEOUT + 0.5
    assert lost <= 0.5
    assert in_order_coverage(produced[3 * 2 * RATE :], second) >= 0.99  # resent from where it stalled
    reconnecting = [e for e in events.all if isinstance(e, Status) and e.state is SessionState.RECONNECTING]
    assert reconnecting, "the person sees that the link is being re-made"


@pytest.mark.asyncio
@pytest.mark.parametrize("recovers", [True, False], ids=["recovers before Stop", "slow to the end"])
async def test_a_quarter_speed_service_is_noticed_and_what_is_lost_is_told(
    fake: FakeServerThread, tmp_path: Path, recovers: bool
) -> None:
    seconds = 16.0
    source = FileSource(noise_wav(tmp_path / "noise.wav", seconds))
    events = Events()
    fake.read_slowly(0.25)
    pipeline, _ = speech_pipeline(source, fake.base_url, tmp_path / "transcripts", events)
    await pipeline.start()
    async with asyncio.timeout(seconds + WAIT):
        await source.finished.wait()
    behind = [p.message for p in events.problems if " s behind" in p.message]
    assert behind, "while the service is slow, the person is told how far behind the audio is"
    if recovers:
        fake.read_slowly(None)  # the service recovers before Stop: what is still kept gets through
        await events.wait_for(lambda e: any("caught up" in p.message for p in e.problems), WAIT)
        await asyncio.wait_for(pipeline.stop(), WAIT)
    else:
        # Stop while far behind: it keeps finishing, and says so (all of it takes most of a minute:
        # tests/bench/slow_service_stop.py); Stop again ends it, and what was not translated is told.
        stopping = asyncio.ensure_future(pipeline.stop())
        await events.wait_for(lambda e: any(p.kind is ProblemKind.FINISHING for p in e.problems), WAIT)
        assert not stopping.done()
        await asyncio.wait_for(pipeline.stop(), WAIT)
        assert stopping.done()
    produced = source.pcm16
    received = bytes(fake.snapshot().audio)
    lost = (1 - in_order_coverage(produced, received)) * seconds
    told = [p for p in events.problems if re.search(r"could not reach|not (have been )?translated", p.message)]
    print(
        f"\nquarter-speed service: speech lost {lost:.1f} s of {seconds:.0f} s; told: {bool(told)}; "
        f"connections {fake.snapshot().connections_opened}; said while slow: {behind}"
    )
    print(pipeline.summary())
    assert lost <= 0.5 or told, "audio went missing without a word"
    assert fake.snapshot().connections_opened >= 2  # the stalled link was noticed and replaced


@pytest.mark.asyncio
async def test_a_service_that_keeps_up_but_says_nothing_is_never_said_to_be_behind(
    fake: FakeServerThread, tmp_path: Path
) -> None:
    """No answers for seconds (silence, or a listener waiting for the sentence to end) is not a lag:
    the pongs say the service has read the audio."""
    source = FileSource(noise_wav(tmp_path / "noise.wav", 6.0))
    events = Events()
    pipeline, _ = speech_pipeline(source, fake.base_url, tmp_path / "transcripts", events)
    await pipeline.start()
    async with asyncio.timeout(WAIT):
        await source.finished.wait()
    await asyncio.wait_for(pipeline.stop(), WAIT)
    assert fake.snapshot().connections_opened == 1
    assert [p.message for p in events.problems if "behind" in p.message] == []
