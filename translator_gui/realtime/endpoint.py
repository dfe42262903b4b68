"""Which endpoint the realtime session talks to, and whether it is safe to send an API key there."""

from __future__ import annotations

import ipaddress
from collections.abc import Mapping
from urllib.parse import SplitResult, urlsplit

DEFAULT_BASE_URL = "https://api.openai.com/v1"
"""What the openai SDK uses when neither a base URL nor ``OPENAI_BASE_URL`` is given."""

_SECURE = frozenset({"https", "wss"})
_PLAIN = frozenset({"http", "ws"})


class InsecureEndpointError(ValueError):
    """The endpoint URL would expose the API key (or is not a URL the app can use)."""


def resolve_base_url(configured: str | None, environ: Mapping[str, str]) -> str | None:
    """The base URL to use: the configured one, else ``OPENAI_BASE_URL``, else ``None`` (SDK default).

    Blank values count as unset (the SDK would otherwise take an empty ``OPENAI_BASE_URL`` literally).
    """
    for candidate in (configured, environ.get("OPENAI_BASE_URL")):
        if candidate is not None and candidate.strip():
            return candidate.strip()
    return None


def _split(url: str) -> SplitResult:
    try:
        parts = urlsplit(url.strip())
        parts.port  # noqa: B018 - raises ValueError for a malformed port
    except ValueError as exc:
        raise InsecureEndpointError("The endpoint is not a valid URL.") from exc
    return parts


def _is_loopback(host: str) -> bool:
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_endpoint(url: str | None) -> None:
    """Raise ``InsecureEndpointError`` unless the API key may be sent to ``url``.

    Accepted: ``https``/``wss`` anywhere; ``http``/``ws`` only to this computer (127.0.0.0/8, ::1,
    localhost). ``None`` means the SDK default, which is https.
    """
    if url is None:
        return
    parts = _split(url)
    scheme = parts.scheme.lower()
    host = parts.hostname or ""
    if scheme not in _SECURE | _PLAIN:
        raise InsecureEndpointError("The endpoint must start with https:// (or http:// for a server on this computer).")
    if not host:
        raise InsecureEndpointError("The endpoint URL has no host name.")
    if parts.username is not None or parts.password is not None:
        raise InsecureEndpointError("The endpoint URL must not contain a user name or password.")
    if scheme in _PLAIN and not _is_loopback(host):
        raise InsecureEndpointError(
            f"The endpoint {host} uses unencrypted {scheme}://, which would expose your API key; use https:// instead."
        )


def is_plain(url: str | None) -> bool:
    """Whether the connection to ``url`` would be unencrypted (``http``/``ws``; ``None`` is the https default)."""
    if url is None:
        return False
    try:
        return urlsplit(url.strip()).scheme.lower() in _PLAIN
    except ValueError:
        return False


def describe_endpoint(url: str | None) -> str:
    """The host (with its port when one is given) for status text, e.g. ``"api.openai.com"``."""
    if url is None:
        url = DEFAULT_BASE_URL
    try:
        parts = urlsplit(url.strip())
        host = parts.hostname or ""
        port = parts.port
    except ValueError:
        return "the configured endpoint"
    if not host:
        return "the configured endpoint"
    shown = f"[{host}]" if ":" in host else host
    return f"{shown}:{port}" if port is not None else shown
