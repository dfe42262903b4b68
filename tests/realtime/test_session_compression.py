"""Audio goes out compressed, cheaply: the session offers per-message deflate with a small window
(the service decompresses with 4 KiB of memory, and zlib's fastest level is used to compress)."""

from __future__ import annotations

import pytest

from tests.fakes.translation_server import FakeTranslationServer
from translator_gui.realtime.modes.translate import TranslateSession


@pytest.mark.asyncio
async def test_the_session_offers_deflate_with_a_small_window(
    fake: FakeTranslationServer, live: TranslateSession
) -> None:
    await live.send_audio(bytes(9_600))
    assert await fake.wait_for(lambda s: s.input_ms >= 200, 5.0)
    [handshake] = fake.state.handshakes
    offer = [part.strip() for part in handshake.headers["sec-websocket-extensions"].split(";")]
    assert offer == ["permessage-deflate", "client_max_window_bits=12"]
