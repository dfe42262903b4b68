"""The API key never reaches a log record, whatever the SDK and websockets log at debug level."""

from __future__ import annotations

import logging

import pytest

from tests.fakes.translation_server import FakeTranslationServer
from tests.realtime.conftest import FAST_RECONNECT, Recorder, make_session
from translator_gui.realtime.connection import WIRE_LOGGER_NAME
from translator_gui.realtime.engine import ProblemKind, SessionState, TargetText

KEY = "sk-proj-Secret1234567890abcdef"
WRONG_KEY = "sk-proj-Wrong0987654321fedcba"


def record_text(record: logging.LogRecord) -> str:
    text = record.getMessage()
    if record.exc_info:
        text += logging.Formatter().formatException(record.exc_info)
    return text + (record.exc_text or "") + (record.stack_info or "")


@pytest.mark.asyncio
async def test_api_key_never_appears_in_logs(caplog: pytest.LogCaptureFixture) -> None:
    for name in (None, "openai", "websockets", "translator_gui", "httpx", "httpx2"):
        caplog.set_level(logging.DEBUG, logger=name)
    async with FakeTranslationServer(api_keys=[KEY]) as fake:
        recorder = Recorder()
        engine = make_session(fake, recorder, api_key=KEY, reconnect=FAST_RECONNECT)
        await engine.start()
        fake.emit_error(f"Something about key {KEY}.")  # even a server echoing the key
        fake.say("Hello", "Hola")
        await recorder.wait_for(lambda r: r.text(TargetText) == "Hola")
        await engine.send_audio(bytes(9_600))
        fake.drop("close1006")  # the reconnect handshake is logged too
        await recorder.wait_for(lambda r: r.states.count(SessionState.LIVE) == 2)
        await engine.stop()

        rejected = Recorder()
        failing = make_session(fake, rejected, api_key=WRONG_KEY)
        await failing.start()
        assert rejected.problems[0].kind is ProblemKind.AUTH

    for problem in recorder.problems + rejected.problems:
        assert KEY not in problem.message and WRONG_KEY not in problem.message
    texts = [record_text(r) for r in caplog.records]
    leaks = [t for t in texts if KEY in t or WRONG_KEY in t or KEY[8:] in t]
    assert leaks == []
    # the handshake headers were logged (so this test can see a leak), with the credential redacted
    wire = [r.getMessage() for r in caplog.records if r.name == WIRE_LOGGER_NAME]
    assert any(m.startswith("> Authorization: <redacted>") for m in wire), wire[:20]
    assert any(r.name.startswith("openai") for r in caplog.records)
