"""The fake server itself, driven through the real openai SDK over loopback websockets."""

from __future__ import annotations

import asyncio
import base64
import json
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import pydantic
import pytest
from openai import AsyncOpenAI
from openai.resources.realtime.translations.translations import AsyncTranslationsConnection
from openai.types.realtime import RealtimeTranslationServerEvent
from websockets.exceptions import ConnectionClosedError, InvalidStatus

from tests.fakes.translation_script import Delivery, text_fragments, tone
from tests.fakes.translation_server import FakeServerThread, FakeTranslationServer
from tests.realtime.conftest import WAIT

SERVER_EVENTS: pydantic.TypeAdapter[Any] = pydantic.TypeAdapter(RealtimeTranslationServerEvent)


@asynccontextmanager
async def sdk_connection(base_url: str, api_key: str = "sk-test") -> AsyncIterator[AsyncTranslationsConnection]:
    client = AsyncOpenAI(api_key=api_key, base_url=base_url, max_retries=0)
    try:
        async with client.realtime.translations.connect(model="gpt-realtime-translate") as connection:
            yield connection
    finally:
        await client.close()


async def next_event(connection: AsyncTranslationsConnection) -> dict[str, Any]:
    async with asyncio.timeout(WAIT):
        data: dict[str, Any] = json.loads(await connection.recv_bytes())
    SERVER_EVENTS.validate_python(data)
    return data


async def events_until(connection: AsyncTranslationsConnection, event_type: str) -> list[dict[str, Any]]:
    seen: list[dict[str, Any]] = []
    while not seen or seen[-1]["type"] != event_type:
        seen.append(await next_event(connection))
    return seen


@pytest.mark.asyncio
async def test_handshake_sends_session_created_and_records_headers(fake: FakeTranslationServer) -> None:
    async with sdk_connection(fake.base_url) as connection:
        created = await next_event(connection)
    assert created["type"] == "session.created"
    assert created["session"]["type"] == "translation"
    assert created["session"]["model"] == "gpt-realtime-translate"
    assert created["session"]["id"].startswith("sess_")
    [handshake] = fake.state.handshakes
    assert handshake.status == 101
    assert handshake.path == "/v1/realtime/translations"
    assert handshake.model == "gpt-realtime-translate"
    assert handshake.authorization == "Bearer sk-test"


@pytest.mark.asyncio
async def test_wrong_key_gets_401_with_an_openai_error_body(fake: FakeTranslationServer) -> None:
    with pytest.raises(InvalidStatus) as caught:
        async with sdk_connection(fake.base_url, api_key="sk-wrong-key-123"):
            pass
    response = caught.value.response
    assert response.status_code == 401
    assert response.headers["Content-Type"] == "application/json"
    error = json.loads(response.body or b"")["error"]
    assert error["code"] == "invalid_api_key"
    assert error["type"] == "invalid_request_error"
    assert "sk-wrong-key-123" not in error["message"]
    assert [h.status for h in fake.state.handshakes] == [401]
    assert fake.state.connections_opened == 0


@pytest.mark.asyncio
async def test_forced_rejection_counts_down_then_accepts(fake: FakeTranslationServer) -> None:
    fake.reject_handshakes(429, code="rate_limit_exceeded", times=1)
    with pytest.raises(InvalidStatus) as caught:
        async with sdk_connection(fake.base_url):
            pass
    assert caught.value.response.status_code == 429
    async with sdk_connection(fake.base_url) as connection:
        assert (await next_event(connection))["type"] == "session.created"
    assert [h.status for h in fake.state.handshakes] == [429, 101]


UPDATE = '{"type": "session.update", "session": {"audio": {"output": %s}}}'
APPEND = '{"type": "session.input_audio_buffer.append", "audio": "%s"}'


@pytest.mark.asyncio
@pytest.mark.parametrize(
    ("message", "param", "code"),
    [
        ("{not json", None, "invalid_json"),
        ('{"type": "session.nonsense"}', None, "invalid_value"),
        (UPDATE % '{"language": 5}', None, "invalid_value"),
        (UPDATE % '{"langauge": "es"}', "session.audio.output.langauge", "unknown_parameter"),
        (UPDATE % '{"language": "xx"}', "session.audio.output.language", "invalid_value"),
        (APPEND % "%%%not-base64", "audio", "invalid_value"),
        (APPEND % "AAAA", "audio", "invalid_value"),  # 3 bytes: not whole 16-bit samples
    ],
)
async def test_invalid_client_message_gets_error_and_session_stays_open(
    fake: FakeTranslationServer, message: str, param: str | None, code: str
) -> None:
    async with sdk_connection(fake.base_url) as connection:
        await next_event(connection)  # session.created
        await connection.send_raw(message)
        error = await next_event(connection)
        assert error["type"] == "error"
        assert error["error"]["type"] == "invalid_request_error"
        assert error["error"]["code"] == code
        assert error["error"]["message"]
        if param is not None:
            assert error["error"]["param"] == param
        # still open and still answering
        await connection.session.update(session={"audio": {"output": {"language": "de"}}})
        updated = await next_event(connection)
    assert updated["type"] == "session.updated"
    assert updated["session"]["audio"]["output"]["language"] == "de"
    assert [r.valid for r in fake.state.received] == [False, True]
    assert fake.state.audio == b""


@pytest.mark.asyncio
async def test_update_merges_and_appends_are_recorded_exactly(fake: FakeTranslationServer) -> None:
    chunks = [bytes(range(256)) * 3, b"\x01\x02" * 7, b"\xff\xfe" * 4800]
    async with sdk_connection(fake.base_url) as connection:
        await next_event(connection)
        await connection.session.update(
            session={
                "audio": {
                    "output": {"language": "ja"},
                    "input": {"transcription": {"model": "gpt-realtime-whisper"}},
                }
            }
        )
        await next_event(connection)
        await connection.session.update(session={"audio": {"input": {"noise_reduction": {"type": "near_field"}}}})
        updated = await next_event(connection)
        for chunk in chunks:
            await connection.session.input_audio_buffer.append(audio=base64.b64encode(chunk).decode())
        assert await fake.wait_for(lambda s: len(s.appends) == 3, WAIT)
    audio = updated["session"]["audio"]
    assert audio["output"]["language"] == "ja"
    assert audio["input"]["transcription"] == {"model": "gpt-realtime-whisper"}
    assert audio["input"]["noise_reduction"]["type"] == "near_field"
    assert fake.state.audio == b"".join(chunks)
    assert [a.byte_count for a in fake.state.appends] == [len(c) for c in chunks]
    times = [a.time for a in fake.state.appends]
    assert times == sorted(times)
    assert len(fake.state.session_updates) == 2


@pytest.mark.asyncio
async def test_every_emitted_event_parses_with_the_sdk(fake: FakeTranslationServer) -> None:
    fake.say("Good morning, everyone.", "Buenos días a todos.", tone(0.45), delivery=Delivery(burst=2, delay=0.001))
    fake.emit_error("Something odd happened.", code="server_hiccup", error_type="server_error")
    fake.say("Bye", "Adiós", tone(0.2), hold_until_close=True)
    async with sdk_connection(fake.base_url) as connection:
        received = await events_until(connection, "error")
        await connection.session.close()
        received += await events_until(connection, "session.closed")
    types = [e["type"] for e in received]
    assert types[0] == "session.created"
    assert types[-1] == "session.closed"
    assert "session.output_audio.delta" in types
    for event in fake.state.sent:  # what the server sent is exactly what the client parsed
        SERVER_EVENTS.validate_python(event)
    assert [e["event_id"] for e in fake.state.sent] == [e["event_id"] for e in received]
    audio = [e for e in received if e["type"] == "session.output_audio.delta"]
    assert {(e["sample_rate"], e["channels"], e["format"]) for e in audio} == {(24_000, 1, "pcm16")}
    assert len(base64.b64decode(audio[0]["delta"])) == 9_600  # 200 ms chunks
    deltas = "".join(e["delta"] for e in received if e["type"] == "session.output_transcript.delta")
    assert deltas == "Buenos días a todos.Adiós"


@pytest.mark.asyncio
async def test_utterance_waits_for_input_audio_and_stamps_elapsed_ms(fake: FakeTranslationServer) -> None:
    fake.say("Hello", "Hola", after_input_ms=400)
    async with sdk_connection(fake.base_url) as connection:
        await next_event(connection)
        for _ in range(3):  # 3 x 200 ms of silence; the utterance is due after the second
            await connection.session.input_audio_buffer.append(audio=base64.b64encode(bytes(9_600)).decode())
        deltas = [e for e in await events_until(connection, "session.output_transcript.delta")]
    source = [e for e in deltas if e["type"] == "session.input_transcript.delta"]
    assert source and all(e["elapsed_ms"] in (400, 600) for e in source)


@pytest.mark.asyncio
async def test_invalid_scripted_event_is_refused(fake: FakeTranslationServer) -> None:
    with pytest.raises(AssertionError):
        fake.emit_event({"type": "session.output_audio.delta"})  # no delta
    with pytest.raises(AssertionError):
        fake.emit_event({"type": "session.made_up"})


@pytest.mark.asyncio
async def test_server_that_ignores_close_keeps_the_session_open(fake: FakeTranslationServer) -> None:
    fake.set_answer_close(False)
    async with sdk_connection(fake.base_url) as connection:
        await next_event(connection)
        await connection.session.close()
        await connection.session.update(session={"audio": {"output": {"language": "it"}}})
        assert (await next_event(connection))["type"] == "session.updated"  # no session.closed before it
    assert fake.state.received_of("session.close")


@pytest.mark.asyncio
@pytest.mark.parametrize("kind", ["close1006", "reset"])
async def test_drop_ends_the_connection_without_a_close_frame(fake: FakeTranslationServer, kind: str) -> None:
    fake.drop(kind)  # type: ignore[arg-type]
    async with sdk_connection(fake.base_url) as connection:
        with pytest.raises(ConnectionClosedError) as caught:
            async with asyncio.timeout(WAIT):
                while True:
                    await connection.recv_bytes()
    assert caught.value.rcvd is None  # no close frame: code 1006


def test_text_fragments_never_add_spaces() -> None:
    for text in ["Hola mundo", "  leading and trailing  ", "日本語のテキストです", "a\nb\tc", ""]:
        fragments = text_fragments(text)
        assert "".join(fragments) == text
        assert all(fragments)


@pytest.mark.asyncio
async def test_threaded_server_is_scriptable_and_waitable_from_another_thread() -> None:
    with FakeServerThread() as server:
        server.say("One", "Uno")
        async with sdk_connection(server.base_url) as connection:
            await next_event(connection)
            deltas = await events_until(connection, "session.output_transcript.delta")
            await connection.session.input_audio_buffer.append(audio=base64.b64encode(bytes(4_800)).decode())
            assert await server.wait_for(lambda s: s.input_ms >= 100, WAIT)
            assert server.wait_until(lambda s: len(s.appends) == 1, WAIT)  # blocking variant
            assert not server.wait_until(lambda s: len(s.appends) == 2, 0.05)
        assert server.check(lambda s: s.handshake_attempts == 1)
        snapshot = server.snapshot()
    assert deltas[-1]["delta"] == "Uno"
    assert snapshot.audio == bytes(4_800)
    assert snapshot.sent_of("session.created")
