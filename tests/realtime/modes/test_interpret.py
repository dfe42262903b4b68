"""Interpret against the fake /v1/realtime: a conversation session told to interpret, its mapping."""

from __future__ import annotations

import pytest

from tests.fakes.realtime_server import FakeRealtimeServer
from tests.fakes.translation_server import tone
from tests.realtime.conftest import FAST_RECONNECT, WAIT, Recorder
from translator_gui.realtime.engine import SessionState, SourceText, TargetAudio, TargetText, TokenUsage
from translator_gui.realtime.factory import make_session
from translator_gui.realtime.modes.interpret import InterpretSession, instructions
from translator_gui.realtime.options import SessionOptions


def answers(recorder: Recorder) -> list[TokenUsage]:
    """The usage of each answer (the input transcription reports its own)."""
    return [u for u in recorder.of(TokenUsage) if not u.transcription_seconds]


@pytest.mark.asyncio
async def test_interpret_session_speaks_the_target_language(realtime: FakeRealtimeServer, recorder: Recorder) -> None:
    options = SessionOptions(api_key="sk-test", base_url=realtime.base_url, connect_timeout=WAIT,
                             reconnect=FAST_RECONNECT)  # fmt: skip
    engine = make_session(None, "tr", recorder, options)
    assert isinstance(engine, InterpretSession)
    await engine.start()
    assert engine.state is SessionState.LIVE, recorder.events
    [(path, query, _)] = realtime.state.handshakes
    assert (path, query) == ("/v1/realtime", {"model": ["gpt-realtime-2"]})
    [update] = realtime.state.session_updates
    assert update["type"] == "realtime"
    assert update["output_modalities"] == ["audio"]
    assert update["instructions"] == instructions("Turkish")
    assert update["audio"]["input"]["turn_detection"]["type"] == "server_vad"
    assert update["audio"]["input"]["turn_detection"]["interrupt_response"] is False
    assert update["truncation"]["type"] == "retention_ratio"
    assert update["audio"]["input"]["format"] == {"type": "audio/pcm", "rate": 24_000}
    assert update["audio"]["output"]["format"] == {"type": "audio/pcm", "rate": 24_000}

    speech = tone(0.4)
    realtime.say("Good morning everyone.", "Herkese günaydın.", speech)
    realtime.say("Thank you.", "Teşekkürler.", after_input_ms=400)
    await engine.send_audio(bytes(9_600))  # 200 ms: a turn, answered
    await recorder.wait_for(lambda r: r.text(TargetText).endswith("günaydın."))
    await engine.send_audio(bytes(9_600))  # another turn
    await recorder.wait_for(lambda r: r.text(TargetText).endswith("Teşekkürler."))
    assert recorder.text(SourceText) == "Good morning everyone. Thank you."
    assert recorder.text(TargetText) == "Herkese günaydın. Teşekkürler."
    assert recorder.audio() == speech.astype("<i2").tobytes()
    assert {(a.sample_rate, a.channels) for a in recorder.of(TargetAudio)} == {(24_000, 1)}
    # the usage as the server reported it, cached tokens included
    reported = [e["response"]["usage"] for e in realtime.state.sent_of("response.done")]
    assert [(u.audio_in, u.text_in, u.cached_audio_in, u.cached_text_in, u.audio_out, u.text_out)
            for u in answers(recorder)] == [
        (r["input_token_details"]["audio_tokens"], r["input_token_details"]["text_tokens"],
         r["input_token_details"]["cached_tokens_details"]["audio_tokens"],
         r["input_token_details"]["cached_tokens_details"]["text_tokens"],
         r["output_token_details"]["audio_tokens"], r["output_token_details"]["text_tokens"]) for r in reported
    ]  # fmt: skip
    assert answers(recorder)[0].audio_out == 8  # 0.4 s of speech at 20 tokens a second
    assert answers(recorder)[1].cached_text_in > 0  # the instructions, read again

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
    options = SessionOptions(api_key="sk-test", base_url=realtime.base_url, connect_timeout=WAIT,
                             reconnect=FAST_RECONNECT)  # fmt: skip
    engine = InterpretSession("nl", recorder, options)
    await engine.start()
    await engine.set_target_language("sv")
    assert await realtime.wait_for(lambda s: len(s.session_updates) == 2, WAIT)
    realtime.drop()
    await recorder.wait_for(lambda r: r.states.count(SessionState.LIVE) == 2)
    assert realtime.state.connections_opened == 2
    assert realtime.state.session_updates[-1]["instructions"] == instructions("Swedish")
    await engine.stop(grace=1.0)
    assert recorder.problems == []
