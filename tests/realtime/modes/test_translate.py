"""TranslateSession against the fake server: configuration, audio in, captions and speech out."""

from __future__ import annotations

import random

import pytest

from tests.fakes.translation_server import Delivery, FakeTranslationServer, tone
from tests.realtime.conftest import WAIT, Recorder, make_session
from translator_gui.realtime.engine import (
    Problem,
    SessionState,
    SourceText,
    Status,
    TargetAudio,
    TargetText,
    Usage,
)
from translator_gui.realtime.modes.translate import TranslateSession


@pytest.mark.asyncio
async def test_start_configures_language_and_transcription(fake: FakeTranslationServer, recorder: Recorder) -> None:
    engine = make_session(fake, recorder, target_language="ja")
    await engine.start()
    try:
        assert engine.state is SessionState.LIVE
        assert recorder.states == [SessionState.CONNECTING, SessionState.LIVE]
        assert fake.state.session_updates == [
            {
                "audio": {
                    "output": {"language": "ja"},
                    "input": {"transcription": {"model": "gpt-realtime-whisper"}},
                }
            }
        ]
        assert all(r.valid for r in fake.state.received)
        assert fake.state.errors_sent == []
        # LIVE was announced only after the server confirmed the configuration
        assert fake.state.sent_of("session.updated")
        assert fake.state.session is not None
        assert fake.state.session["audio"]["output"]["language"] == "ja"
        [handshake] = fake.state.handshakes
        assert handshake.model == "gpt-realtime-translate"
        assert handshake.authorization == "Bearer sk-test"
    finally:
        await engine.stop()


@pytest.mark.asyncio
async def test_no_transcription_model_means_no_source_transcription(
    fake: FakeTranslationServer, recorder: Recorder
) -> None:
    engine = make_session(fake, recorder, transcription_model=None)
    await engine.start()
    await engine.stop()
    assert fake.state.session_updates == [{"audio": {"output": {"language": "es"}}}]


@pytest.mark.asyncio
async def test_audio_arrives_byte_exact_in_order_with_usage(
    fake: FakeTranslationServer, live: TranslateSession, recorder: Recorder
) -> None:
    rng = random.Random(7)
    chunks = [rng.randbytes(2 * rng.randint(1, 6_000)) for _ in range(40)]
    chunks.append(bytes(9_600))
    for chunk in chunks:
        await live.send_audio(chunk)
    sent = b"".join(chunks)
    assert await fake.wait_for(lambda s: len(s.audio) >= len(sent), WAIT)
    assert bytes(fake.state.audio) == sent
    assert [a.byte_count for a in fake.state.appends] == [len(c) for c in chunks]
    seconds = len(sent) / 48_000
    usage = [u.audio_seconds for u in recorder.of(Usage)]
    assert len(usage) == int(seconds)  # about once per second of audio
    assert usage == sorted(usage)
    assert all(0 < b - a <= 1.3 for a, b in zip([0.0, *usage], usage, strict=False))


@pytest.mark.asyncio
async def test_audio_is_dropped_unless_live(fake: FakeTranslationServer, recorder: Recorder) -> None:
    engine = make_session(fake, recorder)
    await engine.send_audio(bytes(960))  # before start
    await engine.start()
    await engine.send_audio(b"\x01\x00" * 10)
    await engine.stop()
    await engine.send_audio(bytes(960))  # after stop
    assert bytes(fake.state.audio) == b"\x01\x00" * 10
    with pytest.raises(ValueError, match="whole samples"):
        await engine.send_audio(b"\x00\x00\x00")


@pytest.mark.asyncio
async def test_scripted_output_arrives_in_order_and_concatenates_exactly(
    fake: FakeTranslationServer, live: TranslateSession, recorder: Recorder
) -> None:
    speech = [tone(0.5, 300), tone(0.3, 500)]
    fake.say("Good morning,  everyone. ", "Buenos días a todos. ", speech[0], delivery=Delivery(burst=3))
    fake.say(
        "日本語も大丈夫です",
        "También el japonés.",
        speech[1],
        delivery=Delivery(delay=0.002, jitter=0.002, seed=3),
    )
    expected_audio = b"".join(s.astype("<i2").tobytes() for s in speech)
    await recorder.wait_for(lambda r: len(r.audio()) >= len(expected_audio) and r.text(TargetText).endswith("."))
    assert recorder.text(SourceText) == "Good morning,  everyone. 日本語も大丈夫です"
    assert recorder.text(TargetText) == "Buenos días a todos. También el japonés."
    assert recorder.audio() == expected_audio
    assert {(a.sample_rate, a.channels) for a in recorder.of(TargetAudio)} == {(24_000, 1)}
    # the app sees exactly the server's order
    outputs = [e for e in recorder.events if isinstance(e, SourceText | TargetText | TargetAudio)]
    sent = [e for e in fake.state.sent if e["type"].startswith("session.") and e["type"].endswith(".delta")]
    kinds = {SourceText: "session.input_transcript.delta", TargetText: "session.output_transcript.delta",
             TargetAudio: "session.output_audio.delta"}  # fmt: skip
    assert [kinds[type(e)] for e in outputs] == [e["type"] for e in sent]
    assert [e.elapsed_ms for e in outputs] == [e["elapsed_ms"] for e in sent]
    assert recorder.problems == []


@pytest.mark.asyncio
async def test_output_waits_for_enough_input_audio(
    fake: FakeTranslationServer, live: TranslateSession, recorder: Recorder
) -> None:
    fake.say("Hello", "Hola", after_input_ms=600)
    for _ in range(4):
        await live.send_audio(bytes(9_600))  # 200 ms each
    await recorder.wait_for(lambda r: r.text(TargetText) == "Hola")
    assert all((e.elapsed_ms or 0) >= 600 for e in recorder.of(TargetText))


@pytest.mark.asyncio
async def test_target_change_while_live_updates_the_same_session(
    fake: FakeTranslationServer, live: TranslateSession, recorder: Recorder
) -> None:
    await live.set_target_language("fr")
    assert await fake.wait_for(lambda s: len(s.sent_of("session.updated")) == 2, WAIT)
    assert fake.state.session_updates[-1] == {"audio": {"output": {"language": "fr"}}}
    assert fake.state.session is not None
    assert fake.state.session["audio"]["output"]["language"] == "fr"
    assert fake.state.session["audio"]["input"]["transcription"] == {"model": "gpt-realtime-whisper"}
    assert fake.state.handshake_attempts == 1
    assert fake.state.errors_sent == []
    assert live.state is SessionState.LIVE
    with pytest.raises(ValueError, match="not a language"):
        await live.set_target_language("tlh")


@pytest.mark.asyncio
async def test_target_chosen_before_start_is_used(fake: FakeTranslationServer, recorder: Recorder) -> None:
    engine = make_session(fake, recorder, target_language="es")
    await engine.set_target_language("de")
    await engine.start()
    await engine.stop()
    assert fake.state.session_updates[0]["audio"]["output"] == {"language": "de"}
    assert len(fake.state.session_updates) == 1


@pytest.mark.asyncio
async def test_a_failing_event_sink_does_not_stop_the_session(fake: FakeTranslationServer) -> None:
    recorder = Recorder()

    def sink(event: object) -> None:
        recorder(event)  # type: ignore[arg-type]
        if isinstance(event, TargetText) and event.delta == "Uno":
            raise RuntimeError("a bug in the UI")

    engine = make_session(fake, recorder, emit=sink)
    await engine.start()
    fake.say("One two", "Uno dos")
    await recorder.wait_for(lambda r: r.text(TargetText) == "Uno dos")
    assert engine.state is SessionState.LIVE
    await engine.stop()
    assert recorder.of(Status)[-1] == Status(SessionState.CLOSED)
    assert recorder.of(Problem) == []
