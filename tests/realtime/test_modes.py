"""Captions and Interpret against the fake /v1/realtime: the right call, configuration and mapping."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
import pytest_asyncio

from tests.fakes.realtime_server import FakeRealtimeServer
from tests.fakes.translation_server import tone
from tests.realtime.conftest import FAST_RECONNECT, WAIT, Recorder
from translator_gui.realtime.captions import CaptionsEngine
from translator_gui.realtime.engine import (
    SessionState,
    SourceText,
    Status,
    TargetAudio,
    TargetText,
    TokenUsage,
)
from translator_gui.realtime.factory import make_engine
from translator_gui.realtime.interpret import InterpretEngine, instructions
from translator_gui.realtime.languages import Mode
from translator_gui.realtime.translate import TranslationEngine


@pytest_asyncio.fixture
async def realtime() -> AsyncIterator[FakeRealtimeServer]:
    async with FakeRealtimeServer() as server:
        yield server


def test_factory_picks_the_engine_for_the_mode_and_language() -> None:
    def build(mode: Mode | None, language: str) -> TranslationEngine:
        return make_engine(mode, api_key="sk-test", target_language=language, emit=lambda event: None,
                           base_url="http://127.0.0.1:9/v1")  # fmt: skip

    assert type(build(Mode.TRANSLATE, "es")) is TranslationEngine
    assert type(build(None, "de")) is TranslationEngine
    assert isinstance(build(None, "ar"), InterpretEngine)
    assert isinstance(build(Mode.INTERPRET, "es"), InterpretEngine)
    assert isinstance(build(Mode.CAPTIONS, "en"), CaptionsEngine)
    with pytest.raises(ValueError, match="not a language"):
        build(Mode.TRANSLATE, "ar")


@pytest.mark.asyncio
async def test_captions_session_is_a_transcription_session(realtime: FakeRealtimeServer, recorder: Recorder) -> None:
    engine = make_engine(
        Mode.CAPTIONS, api_key="sk-test", target_language="en", emit=recorder, base_url=realtime.base_url,
        connect_timeout=WAIT, reconnect=FAST_RECONNECT,
    )  # fmt: skip
    await engine.start()
    assert engine.state is SessionState.LIVE, recorder.events
    [(path, query, status)] = realtime.state.handshakes
    assert (path, query, status) == ("/v1/realtime", {"intent": ["transcription"]}, 101)
    assert realtime.state.session_updates == [
        {
            "type": "transcription",
            "audio": {
                "input": {
                    "format": {"type": "audio/pcm", "rate": 24_000},
                    "transcription": {"model": "gpt-realtime-whisper", "language": "en"},
                    "turn_detection": None,  # gpt-realtime-whisper does not support VAD
                }
            },
        }
    ]
    realtime.say("Ask not what your country can do for you.")
    realtime.say("Ask what you can do.", after_input_ms=200)
    await engine.send_audio(bytes(9_600))
    await recorder.wait_for(lambda r: r.text(TargetText).endswith("can do."))
    # same-language captions: the transcript is the caption line; turns are joined by one space
    assert recorder.text(TargetText) == "Ask not what your country can do for you. Ask what you can do."
    assert recorder.of(SourceText) == []
    await engine.set_target_language("de")
    assert await realtime.wait_for(lambda s: len(s.session_updates) == 2, WAIT)
    assert realtime.state.session_updates[-1]["audio"]["input"]["transcription"]["language"] == "de"
    await engine.send_audio(bytes(9_600))
    await engine.stop(grace=WAIT)
    assert realtime.state.received_of("input_audio_buffer.commit")
    assert realtime.state.invalid == [] and realtime.state.sent_of("error") == []
    assert recorder.events[-1] == Status(SessionState.CLOSED)
    assert recorder.problems == []


@pytest.mark.asyncio
async def test_captions_model_is_selectable_and_uses_server_vad(
    realtime: FakeRealtimeServer, recorder: Recorder
) -> None:
    engine = CaptionsEngine(api_key="sk-test", language="fr", emit=recorder, base_url=realtime.base_url,
                            model="gpt-live-transcribe", connect_timeout=WAIT)  # fmt: skip
    await engine.start()
    await engine.stop(grace=1.0)
    [update] = realtime.state.session_updates
    assert update["audio"]["input"]["transcription"] == {"model": "gpt-live-transcribe", "language": "fr"}
    assert update["audio"]["input"]["turn_detection"]["type"] == "server_vad"
    assert realtime.state.invalid == []
    # stopping with an empty buffer ends at once (the error it causes is not a person's problem)
    assert realtime.state.sent_of("error")[0]["error"]["code"] == "input_audio_buffer_commit_empty"
    assert recorder.events[-1] == Status(SessionState.CLOSED)
    assert recorder.problems == []


@pytest.mark.asyncio
async def test_interpret_session_speaks_the_target_language(realtime: FakeRealtimeServer, recorder: Recorder) -> None:
    engine = make_engine(
        None, api_key="sk-test", target_language="tr", emit=recorder, base_url=realtime.base_url,
        connect_timeout=WAIT, reconnect=FAST_RECONNECT,
    )  # fmt: skip
    assert isinstance(engine, InterpretEngine)
    await engine.start()
    assert engine.state is SessionState.LIVE, recorder.events
    [(path, query, _)] = realtime.state.handshakes
    assert (path, query) == ("/v1/realtime", {"model": ["gpt-realtime-2"]})
    [update] = realtime.state.session_updates
    assert update["type"] == "realtime"
    assert update["output_modalities"] == ["audio"]
    assert update["instructions"] == instructions("Turkish")
    assert update["audio"]["input"]["turn_detection"]["type"] == "server_vad"
    assert update["audio"]["input"]["format"] == {"type": "audio/pcm", "rate": 24_000}
    assert update["audio"]["output"]["format"] == {"type": "audio/pcm", "rate": 24_000}

    speech = tone(0.4)
    realtime.say("Good morning everyone.", "Herkese günaydın.", speech)
    realtime.say("Thank you.", "Teşekkürler.", after_input_ms=200)
    await engine.send_audio(bytes(9_600))
    await recorder.wait_for(lambda r: r.text(TargetText).endswith("Teşekkürler."))
    assert recorder.text(SourceText) == "Good morning everyone. Thank you."
    assert recorder.text(TargetText) == "Herkese günaydın. Teşekkürler."
    assert recorder.audio() == speech.astype("<i2").tobytes()
    assert {(a.sample_rate, a.channels) for a in recorder.of(TargetAudio)} == {(24_000, 1)}
    assert [u.audio_in for u in recorder.of(TokenUsage)] == [40, 40]
    assert recorder.of(TokenUsage)[0].audio_out == 20  # 0.4 s of speech

    await engine.set_target_language("pl")  # mid-session: new instructions, same session
    assert await realtime.wait_for(lambda s: len(s.session_updates) == 2, WAIT)
    assert realtime.state.session_updates[-1] == {"type": "realtime", "instructions": instructions("Polish")}
    await engine.send_audio(bytes(9_600))
    await engine.stop(grace=WAIT)
    assert realtime.state.received_of("input_audio_buffer.commit")
    assert realtime.state.received_of("response.create")
    assert realtime.state.invalid == [] and realtime.state.sent_of("error") == []
    assert realtime.state.connections_opened == 1
    assert recorder.problems == []


@pytest.mark.asyncio
async def test_interpret_reconnects_with_the_current_instructions(
    realtime: FakeRealtimeServer, recorder: Recorder
) -> None:
    engine = InterpretEngine(api_key="sk-test", target_language="nl", emit=recorder, base_url=realtime.base_url,
                             connect_timeout=WAIT, reconnect=FAST_RECONNECT)  # fmt: skip
    await engine.start()
    await engine.set_target_language("sv")
    assert await realtime.wait_for(lambda s: len(s.session_updates) == 2, WAIT)
    realtime.drop()
    await recorder.wait_for(lambda r: r.states.count(SessionState.LIVE) == 2)
    assert realtime.state.connections_opened == 2
    assert realtime.state.session_updates[-1]["instructions"] == instructions("Swedish")
    await engine.stop(grace=1.0)
    assert recorder.problems == []
