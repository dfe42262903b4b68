"""Which endpoints may receive the API key."""

from __future__ import annotations

import pytest

from translator_gui.realtime.endpoint import (
    InsecureEndpointError,
    check_endpoint,
    describe_endpoint,
    resolve_base_url,
)


def test_configured_url_wins_then_the_environment_then_the_sdk_default() -> None:
    env = {"OPENAI_BASE_URL": "https://proxy.example/v1"}
    assert resolve_base_url("https://mine.example/v1", env) == "https://mine.example/v1"
    assert resolve_base_url(None, env) == "https://proxy.example/v1"
    assert resolve_base_url("  ", env) == "https://proxy.example/v1"
    assert resolve_base_url(None, {}) is None
    assert resolve_base_url(None, {"OPENAI_BASE_URL": ""}) is None


@pytest.mark.parametrize(
    "url",
    [
        None,
        "https://api.openai.com/v1",
        "wss://gateway.example:8443/v1",
        "http://127.0.0.1:4000/v1",
        "http://127.8.9.10/v1",
        "ws://localhost:4000",
        "HTTP://LOCALHOST/v1",
        "http://[::1]:4000/v1",
    ],
)
def test_accepted_endpoints(url: str | None) -> None:
    check_endpoint(url)


@pytest.mark.parametrize(
    "url",
    [
        "http://api.openai.com/v1",
        "ws://192.168.1.20:4000/v1",
        "http://localhost.evil.example/v1",
        "http://[::ffff:10.0.0.1]/v1",
        "ftp://127.0.0.1/v1",
        "file:///etc/passwd",
        "api.openai.com/v1",
        "https:///v1",
        "https://user:secret@proxy.example/v1",
        "https://proxy.example:notaport/v1",
        "https://user:secret@proxy.example:notaport/v1",
        "ftp://user:secret@proxy.example/v1",
    ],
)
def test_refused_endpoints_raise_one_sentence(url: str) -> None:
    with pytest.raises(InsecureEndpointError) as caught:
        check_endpoint(url)
    message = str(caught.value)
    assert isinstance(caught.value, ValueError)
    assert message.endswith(".") and "\n" not in message
    assert "secret" not in message


def test_describe_endpoint_shows_the_host_only() -> None:
    assert describe_endpoint(None) == "api.openai.com"
    assert describe_endpoint("https://api.openai.com/v1?x=1") == "api.openai.com"
    assert describe_endpoint("http://127.0.0.1:4000/v1") == "127.0.0.1:4000"
    assert describe_endpoint("http://[::1]:4000/v1") == "[::1]:4000"
    assert describe_endpoint("https://user:pw@proxy.example/v1") == "proxy.example"
    assert describe_endpoint("nonsense") == "the configured endpoint"
