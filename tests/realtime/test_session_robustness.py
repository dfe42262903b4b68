"""Whatever the server sends between valid events, captions keep arriving intact."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.fakes.translation_server import FakeTranslationServer, tone
from tests.realtime.conftest import Recorder, make_session
from translator_gui.realtime.engine import SessionState, SourceText, TargetText
from translator_gui.realtime.modes.translate import TranslateSession

GARBAGE = [
    "",
    "not json at all",
    "{truncated",
    "[1, 2, 3]",
    "null",
    '"a string"',
    '{"no_type": true}',
    '{"type": 42}',
    '{"type": "session.future_event", "payload": {"x": 1}}',
    '{"type": "response.output_audio.delta", "delta": "AAAA"}',
    '{"type": "session.output_transcript.delta"}',
    '{"type": "session.output_transcript.delta", "delta": 42}',
    '{"type": "session.input_transcript.delta", "delta": null, "elapsed_ms": "soon"}',
    '{"type": "session.output_audio.delta", "delta": "!!not base64!!"}',
    '{"type": "session.output_audio.delta", "delta": "AA=="}',
    '{"type": "session.output_audio.delta", "delta": "AAAA", "format": "opus"}',
    '{"type": "session.output_audio.delta"}',
    '{"type": "session.updated", "session": "nonsense"}',
    '{"type": "session.created"}',
    "\u0000\ufffd\U0001f600",
]


@pytest.mark.asyncio
async def test_unknown_and_garbage_messages_are_ignored(
    fake: FakeTranslationServer, live: TranslateSession, recorder: Recorder
) -> None:
    fake.say("First", "Primero")
    for text in GARBAGE:
        fake.emit_raw(text)
    fake.say(" and second", " y segundo", tone(0.2))
    await recorder.wait_for(lambda r: r.text(TargetText) == "Primero y segundo" and len(r.audio()) == 9_600)
    assert recorder.text(SourceText) == "First and second"
    assert recorder.problems == []
    assert live.state is SessionState.LIVE
    assert fake.state.raw_sent == GARBAGE


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=10),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=8,
)
unknown_events = st.builds(
    lambda kind, body: json.dumps({**body, "type": kind}),
    st.text(min_size=1, max_size=30).filter(lambda t: not t.startswith(("session.", "error"))),
    st.dictionaries(st.text(max_size=8), json_values, max_size=4),
)
noise = st.lists(st.text(max_size=40) | unknown_events, max_size=4)
utterance = st.tuples(st.text(min_size=1, max_size=40), st.text(min_size=1, max_size=40), noise)


@pytest.mark.asyncio
@settings(max_examples=20, database=None, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(script=st.lists(utterance, min_size=1, max_size=4))
async def test_captions_survive_any_noise_between_events(script: list[tuple[str, str, list[str]]]) -> None:
    recorder = Recorder()
    async with FakeTranslationServer() as fake:
        engine = make_session(fake, recorder)
        await engine.start()
        for source, translation, garbage in script:
            for text in garbage:
                fake.emit_raw(text)
            fake.say(source, translation)
        expected_source = "".join(s for s, _, _ in script)
        expected_target = "".join(t for _, t, _ in script)
        await recorder.wait_for(lambda r: len(r.text(TargetText)) >= len(expected_target))
        await engine.stop(grace=1.0)
    assert recorder.text(SourceText) == expected_source
    assert recorder.text(TargetText) == expected_target
    assert recorder.problems == []
