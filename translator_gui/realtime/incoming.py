"""Turn one raw server message into an app event, or ``None`` to skip it.

Dispatch is on the ``type`` string only. Unknown types, malformed JSON and missing or mistyped
fields are logged at debug level and skipped: a newer or misbehaving server never crashes a session.
The SDK's event classes are not used here on purpose: ``recv()`` builds them without validation, so
they prove nothing, and they must not leak past ``realtime/`` anyway.
"""

from __future__ import annotations

import base64
import binascii
import json
import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from translator_gui.realtime.engine import SourceText, TargetAudio, TargetText

log = logging.getLogger(__name__)

DEFAULT_SAMPLE_RATE = 24_000
DEFAULT_CHANNELS = 1


@dataclass(frozen=True, slots=True)
class SessionStarted:
    """``session.created``: the server is ready for ``session.update``."""

    session_id: str | None
    expires_at: int | None = None  # Unix seconds, when the service will end the session


@dataclass(frozen=True, slots=True)
class SessionConfigured:
    """``session.updated``: the server accepted a configuration."""

    language: str | None


@dataclass(frozen=True, slots=True)
class SessionEnded:
    """``session.closed``: nothing more will arrive."""


@dataclass(frozen=True, slots=True)
class ServerError:
    """An ``error`` event (most leave the session open)."""

    message: str
    code: str | None = None
    error_type: str | None = None
    param: str | None = None


Incoming = SourceText | TargetText | TargetAudio | SessionStarted | SessionConfigured | SessionEnded | ServerError


class _Skip(Exception):
    """A known event type whose fields we cannot use."""


def _text(data: Mapping[str, Any], key: str) -> str:
    value = data.get(key)
    if not isinstance(value, str):
        raise _Skip(f"{key!r} is not a string")
    return value


def _optional_text(data: Mapping[str, Any], key: str) -> str | None:
    value = data.get(key)
    return value if isinstance(value, str) else None


def _optional_int(data: Mapping[str, Any], key: str) -> int | None:
    value = data.get(key)
    if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
        return value
    return None


def _positive_int(data: Mapping[str, Any], key: str, default: int) -> int:
    value = _optional_int(data, key)
    return value if value else default


def _mapping(data: Mapping[str, Any], key: str) -> Mapping[str, Any]:
    value = data.get(key)
    return value if isinstance(value, dict) else {}


def _source_text(data: Mapping[str, Any]) -> Incoming:
    return SourceText(_text(data, "delta"), _optional_int(data, "elapsed_ms"))


def _target_text(data: Mapping[str, Any]) -> Incoming:
    return TargetText(_text(data, "delta"), _optional_int(data, "elapsed_ms"))


def _target_audio(data: Mapping[str, Any]) -> Incoming:
    fmt = data.get("format")
    if fmt is not None and fmt != "pcm16":
        raise _Skip(f"audio format {fmt!r} is not pcm16")
    try:
        pcm16 = base64.b64decode(_text(data, "delta"), validate=True)
    except (binascii.Error, ValueError) as exc:
        raise _Skip("audio delta is not valid base64") from exc
    channels = _positive_int(data, "channels", DEFAULT_CHANNELS)
    if len(pcm16) % (2 * channels):
        raise _Skip(f"audio delta of {len(pcm16)} bytes is not whole PCM16 frames")
    return TargetAudio(
        pcm16=pcm16,
        sample_rate=_positive_int(data, "sample_rate", DEFAULT_SAMPLE_RATE),
        channels=channels,
        elapsed_ms=_optional_int(data, "elapsed_ms"),
    )


def _error(data: Mapping[str, Any]) -> Incoming:
    error = _mapping(data, "error")
    return ServerError(
        message=_optional_text(error, "message") or "no details given",
        code=_optional_text(error, "code"),
        error_type=_optional_text(error, "type"),
        param=_optional_text(error, "param"),
    )


def _created(data: Mapping[str, Any]) -> Incoming:
    session = _mapping(data, "session")
    return SessionStarted(_optional_text(session, "id"), _optional_int(session, "expires_at"))


def _updated(data: Mapping[str, Any]) -> Incoming:
    output = _mapping(_mapping(_mapping(data, "session"), "audio"), "output")
    return SessionConfigured(_optional_text(output, "language"))


def _closed(data: Mapping[str, Any]) -> Incoming:
    return SessionEnded()


_HANDLERS: dict[str, Callable[[Mapping[str, Any]], Incoming]] = {
    "session.input_transcript.delta": _source_text,
    "session.output_transcript.delta": _target_text,
    "session.output_audio.delta": _target_audio,
    "error": _error,
    "session.created": _created,
    "session.updated": _updated,
    "session.closed": _closed,
}


def parse(raw: bytes | str) -> Mapping[str, Any] | None:
    """One server message as a JSON object with a string ``type``, or ``None`` (logged) if it is not."""
    try:
        data = json.loads(raw)
    except (ValueError, RecursionError):
        log.debug("Skipping a server message that is not JSON (%d bytes)", len(raw))
        return None
    if not isinstance(data, dict) or not isinstance(data.get("type"), str):
        log.debug("Skipping a server message that is not a typed JSON object")
        return None
    return data


def text_field(data: Mapping[str, Any], key: str) -> str | None:
    """``data[key]`` if it is a string."""
    return _optional_text(data, key)


def audio_delta(data: Mapping[str, Any]) -> TargetAudio | None:
    """A ``*.output_audio.delta`` as ``TargetAudio`` (24 kHz mono unless the event says otherwise)."""
    try:
        item = _target_audio(data)
    except _Skip as exc:
        log.debug("Skipping malformed audio delta: %s", exc)
        return None
    return item if isinstance(item, TargetAudio) else None


def session_event(data: Mapping[str, Any]) -> Incoming | None:
    """The events every session kind shares: ``session.created``/``updated``/``closed`` and ``error``."""
    handler = {
        "error": _error,
        "session.created": _created,
        "session.updated": _updated,
        "session.closed": _closed,
    }.get(data["type"])
    return handler(data) if handler is not None else None


def decode(raw: bytes | str) -> Incoming | None:
    """The app event for one server message, or ``None`` when it should be ignored."""
    try:
        data = json.loads(raw)
    except (ValueError, RecursionError):
        log.debug("Skipping a server message that is not JSON (%d bytes)", len(raw))
        return None
    if not isinstance(data, dict):
        log.debug("Skipping a server message that is not a JSON object")
        return None
    event_type = data.get("type")
    handler = _HANDLERS.get(event_type) if isinstance(event_type, str) else None
    if handler is None:
        log.debug("Ignoring server event of unknown type %.80r", event_type)
        return None
    try:
        return handler(data)
    except _Skip as exc:
        log.debug("Skipping malformed %s event: %s", event_type, exc)
        return None
