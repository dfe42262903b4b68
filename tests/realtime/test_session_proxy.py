"""The API key never crosses a proxy in clear text: a plain (``http://``, this computer only)
connection goes straight to the endpoint even when proxy variables are set.

The proxy is a real one, in its own process on loopback (``tests/fakes/http_proxy.py``); it records
every request and whether any relayed byte contained the key.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from websockets.asyncio.client import connect

from tests.fakes.http_proxy import ProxyProcess
from tests.fakes.translation_server import FakeTranslationServer
from tests.realtime.conftest import Recorder, make_session
from translator_gui.realtime.engine import SessionState

PROXY_VARIABLES = (
    "http_proxy",
    "https_proxy",
    "all_proxy",
    "HTTP_PROXY",
    "HTTPS_PROXY",
    "ALL_PROXY",
    "ws_proxy",
    "wss_proxy",
)


@pytest.fixture
def proxy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[ProxyProcess]:
    with ProxyProcess(tmp_path / "proxy.jsonl") as running:
        monkeypatch.delenv("no_proxy", raising=False)
        monkeypatch.delenv("NO_PROXY", raising=False)
        for name in PROXY_VARIABLES:
            monkeypatch.setenv(name, running.url)
        yield running


@pytest.mark.asyncio
async def test_the_proxy_is_real_and_would_see_the_key_of_a_plain_connection(
    fake: FakeTranslationServer, proxy: ProxyProcess
) -> None:
    """The control: websockets on its own sends a plain connection through the proxy, header and all."""
    url = fake.base_url.replace("http://", "ws://") + "/realtime/translations?model=gpt-realtime-translate"
    async with connect(url, additional_headers={"Authorization": "Bearer sk-test"}) as ws:
        await ws.recv()  # session.created: the tunnel works
    [record] = proxy.records()
    assert str(record["request"]).startswith("CONNECT 127.0.0.1:")
    assert record["saw_secret"] is True


@pytest.mark.asyncio
async def test_a_plain_connection_never_goes_through_a_proxy(
    fake: FakeTranslationServer, recorder: Recorder, proxy: ProxyProcess
) -> None:
    engine = make_session(fake, recorder)
    await engine.start()
    try:
        assert engine.state is SessionState.LIVE, recorder.events
        await engine.send_audio(bytes(9_600))
        assert await fake.wait_for(lambda s: s.input_ms >= 200, 5.0)
    finally:
        await engine.stop(grace=1.0)
    assert proxy.records() == []  # not one request: the key stayed between this computer and itself
    assert fake.state.connections_opened == 1
