"""Turn raw server messages into app events: one ``Decoder`` per connection, one handler table per endpoint.

Dispatch is on the ``type`` string only. Unknown types, malformed JSON and missing or mistyped
fields are logged at debug level and skipped: a newer or misbehaving server never crashes a session.
The SDK's event classes are not used here on purpose: ``recv()`` builds them without validation, so
they prove nothing, and they must not leak past ``realtime/`` anyway.

``SESSION_HANDLERS`` are the events every endpoint shares; ``TRANSLATION_HANDLERS`` is the table of
``/v1/realtime/translations``; the ``/v1/realtime`` modes build theirs in ``modes/``. A decoder belongs
to one connection: what it remembers (e.g. that this session was asked to finish) never leaks into
the next session.
"""

from __future__ import annotations

import base64
import binascii
import json
import logging
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from translator_gui.i18n import translate
from translator_gui.realtime.engine import LineEnd, SourceText, TargetAudio, TargetText, TokenUsage

log = logging.getLogger(__name__)

DEFAULT_SAMPLE_RATE = 24_000
DEFAULT_CHANNELS = 1

MIN_SAMPLE_RATE = 8_000
MAX_SAMPLE_RATE = 192_000
MAX_CHANNELS = 8
MAX_TEXT_CHARS = 16 * 1024
"""The most text one transcript delta may carry; the rest is cut off. The service sends a few words;
16 K characters is minutes of speech, and an oversized delta of that length holds the GUI thread
20–25 ms while it is broken into caption lines (64 K held it 55–120 ms, a visible freeze)."""
MAX_MESSAGE_BYTES = 16 * 1024 * 1024
"""The largest server message read at all (also the websocket's ``max_size``): one append may carry
15 MiB of audio, and no server event of these endpoints is anywhere near that."""


# Numbers are written as in English ("1,000,000"), as everywhere below the UI, which alone knows the locale.
def odd_audio(detail: str) -> str:
    """The sentence for speech the app cannot play; ``detail`` says how it is odd."""
    return translate("Session", "The translation service sent speech in a format the app cannot play "
                     "({detail}); that part of the speech is skipped.").format(detail=detail)


def odd_sample_rate(rate: int) -> str:
    return odd_audio(translate("Session", "{rate} samples per second").format(rate=f"{rate:,}"))


def odd_channels(channels: int) -> str:
    return odd_audio(translate("Session", "{channels} channels").format(channels=channels))


def huge_text(size: int, limit: int = MAX_TEXT_CHARS) -> str:
    return translate("Session", "The translation service sent an oversized caption ({size} characters); "
                     "it was cut to {limit} characters.").format(size=f"{size:,}", limit=f"{limit:,}")


def huge_message(size: int) -> str:
    return translate("Session", "The translation service sent an oversized message ({size} bytes); "
                     "it was skipped.").format(size=f"{size:,}")


_SURROGATES = re.compile("[\ud800-\udfff]")
_HIGH_SURROGATE_AT_END = re.compile("[\ud800-\udbff]\\Z")


@dataclass(frozen=True, slots=True)
class SessionStarted:
    """``session.created``: the server is ready for ``session.update``."""

    session_id: str | None
    expires_at: int | None = None  # Unix seconds, when the service will end the session


@dataclass(frozen=True, slots=True)
class SessionConfigured:
    """``session.updated``: the server accepted a configuration."""

    language: str | None
    expires_at: int | None = None  # Unix seconds, when the service will end the session


@dataclass(frozen=True, slots=True)
class SessionEnded:
    """``session.closed``: nothing more will arrive."""


@dataclass(frozen=True, slots=True)
class Misbehaved:
    """The server sent something outside the bounds the app accepts: one sentence for a person."""

    message: str


@dataclass(frozen=True, slots=True)
class Committed:
    """``input_audio_buffer.committed`` that completes the session's last commit: what it asked for
    at the end (an answer, a transcript) can now be requested or awaited."""

    item_id: str


@dataclass(frozen=True, slots=True)
class ServiceNotice:
    """The service could not do one part of its work (a transcription failed, an answer was cut
    short): one sentence for a person; the session goes on."""

    message: str


@dataclass(frozen=True, slots=True)
class ServerError:
    """An ``error`` event (most leave the session open)."""

    message: str
    code: str | None = None
    error_type: str | None = None
    param: str | None = None


Incoming = (
    SourceText
    | TargetText
    | TargetAudio
    | TokenUsage
    | LineEnd
    | Committed
    | ServiceNotice
    | SessionStarted
    | SessionConfigured
    | SessionEnded
    | ServerError
    | Misbehaved
)
Handler = Callable[[Mapping[str, Any]], Incoming | list[Incoming]]
"""Makes the app events of one server event; the field readers here raise ``_Skip`` for one it cannot use."""


class _Skip(Exception):
    """A known event type whose fields we cannot use."""


class _OutOfBounds(_Skip):
    """A known event whose values are outside what the app accepts: the person is told (once)."""

    def __init__(self, sentence: str) -> None:
        super().__init__(sentence)
        self.sentence = sentence


def _text(data: Mapping[str, Any], key: str) -> str:
    value = data.get(key)
    if not isinstance(value, str):
        raise _Skip(f"{key!r} is not a string")
    return value


def optional_text(data: Mapping[str, Any], key: str) -> str | None:
    value = data.get(key)
    return value if isinstance(value, str) else None


def optional_int(data: Mapping[str, Any], key: str) -> int | None:
    value = data.get(key)
    if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
        return value
    return None


def _positive_int(data: Mapping[str, Any], key: str, default: int) -> int:
    value = optional_int(data, key)
    return value if value else default


def mapping(data: Mapping[str, Any], key: str) -> Mapping[str, Any]:
    """``data[key]`` if it is an object, else an empty one."""
    return _mapping(data, key)


def _mapping(data: Mapping[str, Any], key: str) -> Mapping[str, Any]:
    value = data.get(key)
    return value if isinstance(value, dict) else {}


def _source_text(data: Mapping[str, Any]) -> Incoming:
    return SourceText(_text(data, "delta"), optional_int(data, "elapsed_ms"))


def _target_text(data: Mapping[str, Any]) -> Incoming:
    return TargetText(_text(data, "delta"), optional_int(data, "elapsed_ms"))


def target_audio(data: Mapping[str, Any]) -> Incoming:
    """A ``*.output_audio.delta`` as ``TargetAudio`` (24 kHz mono unless the event says otherwise)."""
    fmt = data.get("format")
    if fmt is not None and fmt != "pcm16":
        raise _Skip(f"audio format {fmt!r} is not pcm16")
    try:
        pcm16 = base64.b64decode(_text(data, "delta"), validate=True)
    except (binascii.Error, ValueError) as exc:
        raise _Skip("audio delta is not valid base64") from exc
    channels = _positive_int(data, "channels", DEFAULT_CHANNELS)
    rate = _positive_int(data, "sample_rate", DEFAULT_SAMPLE_RATE)
    if not MIN_SAMPLE_RATE <= rate <= MAX_SAMPLE_RATE:
        raise _OutOfBounds(odd_sample_rate(rate))
    if channels > MAX_CHANNELS:
        raise _OutOfBounds(odd_channels(channels))
    if len(pcm16) % (2 * channels):
        raise _Skip(f"audio delta of {len(pcm16)} bytes is not whole PCM16 frames")
    return TargetAudio(
        pcm16=pcm16,
        sample_rate=rate,
        channels=channels,
        elapsed_ms=optional_int(data, "elapsed_ms"),
    )


def server_error(data: Mapping[str, Any]) -> ServerError:
    error = _mapping(data, "error")
    return ServerError(
        message=optional_text(error, "message") or translate("Session", "no details given"),
        code=optional_text(error, "code"),
        error_type=optional_text(error, "type"),
        param=optional_text(error, "param"),
    )


def _created(data: Mapping[str, Any]) -> Incoming:
    session = _mapping(data, "session")
    return SessionStarted(optional_text(session, "id"), optional_int(session, "expires_at"))


def _updated(data: Mapping[str, Any]) -> Incoming:
    session = _mapping(data, "session")
    output = _mapping(_mapping(session, "audio"), "output")
    return SessionConfigured(optional_text(output, "language"), optional_int(session, "expires_at"))


def _closed(data: Mapping[str, Any]) -> Incoming:
    return SessionEnded()


SESSION_HANDLERS: Mapping[str, Handler] = {
    "error": server_error,
    "session.created": _created,
    "session.updated": _updated,
    "session.closed": _closed,
}
"""The events every session kind shares."""

TRANSLATION_HANDLERS: Mapping[str, Handler] = {
    **SESSION_HANDLERS,
    "session.input_transcript.delta": _source_text,
    "session.output_transcript.delta": _target_text,
    "session.output_audio.delta": target_audio,
}
"""The events of ``/v1/realtime/translations``."""


class Decoder:
    """The server messages of one connection → app events, by a table of handlers on ``type``."""

    def __init__(self, handlers: Mapping[str, Handler]) -> None:
        self._handlers = handlers
        self.closing = False
        """This connection's session was asked to finish (some endpoints' last events depend on it)."""
        self.commits_awaited = 0
        """Commits sent on this connection whose ``committed`` (or refusal) has not arrived yet."""
        self._held: dict[type, str] = {}  # per text stream: a high surrogate whose low half is still to come
        self._told: set[str] = set()  # what was already said about this connection's misbehaviour

    def decode(self, raw: bytes | str) -> list[Incoming]:
        """The app events in one server message (none for one to ignore)."""
        if len(raw) > MAX_MESSAGE_BYTES:
            log.info("Skipping a server message of %d bytes", len(raw))
            return self._tell("message", huge_message(len(raw)))
        items = self._decode(raw)
        if not any(isinstance(item, SourceText | TargetText) for item in items):
            return items
        out: list[Incoming] = []
        for item in items:
            if isinstance(item, SourceText | TargetText):
                text, notice = self._clean(type(item), item.delta)
                out.extend(notice)
                if not text:
                    continue
                if text is not item.delta:
                    item = type(item)(text, item.elapsed_ms)
            out.append(item)
        return out

    def _clean(self, stream: type, delta: str) -> tuple[str, list[Incoming]]:
        """``delta`` bounded, with surrogate halves split across deltas joined (UTF-16 minded servers
        and proxies cut an emoji into ``"\\ud83d"`` + ``"\\ude00"``) and any lone half replaced by U+FFFD."""
        notice: list[Incoming] = []
        if len(delta) > MAX_TEXT_CHARS:
            log.info("Cutting a transcript delta of %d characters", len(delta))
            notice = self._tell("text", huge_text(len(delta)))
            delta = delta[:MAX_TEXT_CHARS]
        held = self._held.pop(stream, "")
        if not held and _SURROGATES.search(delta) is None:
            return delta, notice
        text = held + delta
        if _HIGH_SURROGATE_AT_END.search(text) is not None:
            self._held[stream] = text[-1]
            text = text[:-1]
        # Through UTF-16, a pair of halves becomes the one character it stands for; a lone half becomes U+FFFD.
        return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace"), notice

    def _tell(self, what: str, sentence: str) -> list[Incoming]:
        if what in self._told:
            return []
        self._told.add(what)
        return [Misbehaved(sentence)]

    def _decode(self, raw: bytes | str) -> list[Incoming]:
        try:
            data = json.loads(raw)
        except (ValueError, RecursionError):
            log.debug("Skipping a server message that is not JSON (%d bytes)", len(raw))
            return []
        if not isinstance(data, dict):
            log.debug("Skipping a server message that is not a JSON object")
            return []
        event_type = data.get("type")
        handler = self._handlers.get(event_type) if isinstance(event_type, str) else None
        if handler is None:
            log.debug("Ignoring server event of unknown type %.80r", event_type)
            return []
        try:
            out = handler(data)
        except _OutOfBounds as exc:
            log.info("Skipping %s event: %s", event_type, exc)
            return self._tell(f"bounds {event_type}", exc.sentence)
        except _Skip as exc:
            log.debug("Skipping malformed %s event: %s", event_type, exc)
            return []
        return out if isinstance(out, list) else [out]
