"""Audio goes out uncompressed, as the SDK sends it: the session offers no per-message deflate
(compressing every append and inflating every delta cost more of the event loop than the smaller
uplink was worth)."""

from __future__ import annotations

import pytest

from tests.fakes.translation_server import FakeTranslationServer
from translator_gui.realtime.modes.translate import TranslateSession


@pytest.mark.asyncio
async def test_the_session_offers_no_compression(fake: FakeTranslationServer, live: TranslateSession) -> None:
    await live.send_audio(bytes(9_600))
    assert await fake.wait_for(lambda s: s.input_ms >= 200, 5.0)
    [handshake] = fake.state.handshakes
    assert "sec-websocket-extensions" not in handshake.headers
