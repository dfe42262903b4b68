"""A misbehaving server or a bug in the app never leaves a session silently dead or the app frozen."""

from __future__ import annotations

import asyncio
import base64
import json
import time
from collections.abc import Awaitable

import pytest

from tests.fakes.translation_server import FakeTranslationServer
from tests.realtime.conftest import Recorder
from translator_gui.realtime.engine import ProblemKind, SessionState, SourceText, TargetAudio, TargetText
from translator_gui.realtime.incoming import (
    MAX_MESSAGE_BYTES,
    MAX_TEXT_CHARS,
    TRANSLATION_HANDLERS,
    Decoder,
    Misbehaved,
)
from translator_gui.realtime.modes.translate import TranslateSession


def delta(text: str, kind: str = "session.output_transcript.delta") -> str:
    return json.dumps({"type": kind, "delta": text, "elapsed_ms": 0})


def test_surrogate_halves_split_across_deltas_are_joined_per_stream() -> None:
    decoder = Decoder(TRANSLATION_HANDLERS)
    out = [
        *decoder.decode(delta("Hola \ud83d")),
        *decoder.decode(delta("Hi \ud83d", "session.input_transcript.delta")),
        *decoder.decode(delta("\ude00 amigo")),
        *decoder.decode(delta("\ude00 friend", "session.input_transcript.delta")),
        *decoder.decode(delta("lone \udc00 half")),
    ]
    target = "".join(e.delta for e in out if isinstance(e, TargetText))
    source = "".join(e.delta for e in out if isinstance(e, SourceText))
    assert target == "Hola 😀 amigolone \ufffd half"
    assert source == "Hi 😀 friend"
    for text in (target, source):
        text.encode("utf-8")  # never a lone surrogate past the decoder


@pytest.mark.parametrize(
    ("rate", "channels"), [(1, 1), (7_999, 1), (192_001, 1), (10**9, 1), (24_000, 9), (24_000, 2**31)]
)
def test_audio_outside_the_bounds_is_skipped_and_said_once(rate: int, channels: int) -> None:
    decoder = Decoder(TRANSLATION_HANDLERS)
    event = json.dumps(
        {
            "type": "session.output_audio.delta",
            "delta": base64.b64encode(bytes(4800 * min(channels, 16))).decode(),
            "sample_rate": rate,
            "channels": channels,
        }
    )
    first, second = decoder.decode(event), decoder.decode(event)
    assert len(first) == 1 and isinstance(first[0], Misbehaved) and "cannot play" in first[0].message
    assert second == []


@pytest.mark.parametrize(("rate", "channels"), [(8_000, 1), (192_000, 8), (48_000, 2)])
def test_audio_within_the_bounds_is_played(rate: int, channels: int) -> None:
    decoder = Decoder(TRANSLATION_HANDLERS)
    event = json.dumps(
        {
            "type": "session.output_audio.delta",
            "delta": base64.b64encode(bytes(480 * channels)).decode(),
            "sample_rate": rate,
            "channels": channels,
        }
    )
    [audio] = decoder.decode(event)
    assert isinstance(audio, TargetAudio) and (audio.sample_rate, audio.channels) == (rate, channels)


def test_a_huge_text_delta_is_cut_and_said_once() -> None:
    decoder = Decoder(TRANSLATION_HANDLERS)
    notice, text = decoder.decode(delta("x" * 1_000_000))
    assert isinstance(notice, Misbehaved) and "1,000,000" in notice.message
    assert isinstance(text, TargetText) and len(text.delta) == MAX_TEXT_CHARS
    [again] = decoder.decode(delta("y" * 1_000_000))
    assert isinstance(again, TargetText)


def test_a_message_over_the_limit_is_not_parsed() -> None:
    decoder = Decoder(TRANSLATION_HANDLERS)
    [notice] = decoder.decode(delta("x" * MAX_MESSAGE_BYTES))
    assert isinstance(notice, Misbehaved)


async def worst_stall(work: Awaitable[None], tick: float = 0.005) -> float:
    """The longest the event loop went without running a ``tick``-second heartbeat while ``work`` ran."""
    worst = 0.0
    done = False

    async def heartbeat() -> None:
        nonlocal worst
        last = time.perf_counter()
        while not done:
            await asyncio.sleep(tick)
            now = time.perf_counter()
            worst = max(worst, now - last - tick)
            last = now

    beat = asyncio.create_task(heartbeat())
    try:
        await work
    finally:
        done = True
        await beat
    return worst


@pytest.mark.asyncio
async def test_a_bug_in_the_receiver_is_logged_told_and_ends_the_session(
    fake: FakeTranslationServer,
    live: TranslateSession,
    recorder: Recorder,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    async def broken(*_: object) -> bool:
        raise KeyError("a bug in dispatching")

    monkeypatch.setattr(live, "_dispatch", broken)
    fake.say("Hello", "Hola")
    await recorder.wait_for_state(SessionState.CLOSED)
    [problem] = recorder.problems
    assert problem.kind is ProblemKind.INTERNAL and problem.fatal
    assert "a bug in dispatching" in caplog.text and "Traceback" in caplog.text
    assert live.state is SessionState.CLOSED
