"""Captions against the fake /v1/realtime: a transcription session, its configuration and mapping."""

from __future__ import annotations

import pytest

from tests.fakes.realtime_server import FakeRealtimeServer
from tests.fakes.translation_server import tone
from tests.realtime.conftest import FAST_RECONNECT, WAIT, Recorder
from translator_gui.realtime.engine import LineEnd, SessionState, SourceText, Status, TargetText
from translator_gui.realtime.factory import make_session
from translator_gui.realtime.languages import Mode
from translator_gui.realtime.modes.transcribe import TranscribeSession
from translator_gui.realtime.options import SessionOptions

SPOKEN = tone(0.4).astype("<i2").tobytes() + bytes(48_000)  # a short phrase, then a second of quiet


@pytest.mark.asyncio
async def test_captions_session_is_a_transcription_session(realtime: FakeRealtimeServer, recorder: Recorder) -> None:
    options = SessionOptions(api_key="sk-test", base_url=realtime.base_url, connect_timeout=WAIT,
                             reconnect=FAST_RECONNECT)  # fmt: skip
    engine = make_session(Mode.CAPTIONS, "en", recorder, options)
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
    await engine.send_audio(SPOKEN)  # speech, then a pause: the app commits, the item is transcribed
    await recorder.wait_for(lambda r: r.text(TargetText).endswith("for you."))
    await engine.send_audio(SPOKEN)
    await recorder.wait_for(lambda r: r.text(TargetText).endswith("can do."))
    assert len(realtime.state.received_of("input_audio_buffer.commit")) == 2
    assert len(recorder.of(LineEnd)) == 2  # each completed item ends a line
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
    options = SessionOptions(api_key="sk-test", base_url=realtime.base_url, model="gpt-transcribe",
                             connect_timeout=WAIT)  # fmt: skip
    engine = TranscribeSession("fr", recorder, options)
    await engine.start()
    await engine.stop(grace=1.0)
    [update] = realtime.state.session_updates
    assert update["audio"]["input"]["transcription"] == {"model": "gpt-transcribe", "language": "fr"}
    assert update["audio"]["input"]["turn_detection"]["type"] == "server_vad"
    assert realtime.state.invalid == []
    # stopping with an empty buffer ends at once (the error it causes is not a person's problem)
    assert realtime.state.sent_of("error")[0]["error"]["code"] == "input_audio_buffer_commit_empty"
    assert recorder.events[-1] == Status(SessionState.CLOSED)
    assert recorder.problems == []
