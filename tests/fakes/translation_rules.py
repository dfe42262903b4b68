"""How the real ``/v1/realtime/translations`` judges a handshake and a client message.

The SDK's own pydantic types are the grammar; on top of them, the documented rules: strict base64
audio of whole 16-bit samples, no unknown parameters (the real API answers ``unknown_parameter``;
the SDK models would silently keep extras), and an output language the model can speak.
"""

from __future__ import annotations

import base64
import binascii
import copy
import json
import secrets
import time
from dataclasses import dataclass
from typing import Any

import pydantic
from openai.types.realtime import RealtimeTranslationClientEvent, RealtimeTranslationServerEvent

PATH = "/v1/realtime/translations"
OUTPUT_LANGUAGES = frozenset({"es", "pt", "fr", "ja", "ru", "zh", "de", "ko", "hi", "id", "vi", "it", "en"})

CLIENT_EVENTS: pydantic.TypeAdapter[Any] = pydantic.TypeAdapter(RealtimeTranslationClientEvent)
SERVER_EVENTS: pydantic.TypeAdapter[Any] = pydantic.TypeAdapter(RealtimeTranslationServerEvent)


def openai_error(
    message: str,
    *,
    error_type: str = "invalid_request_error",
    code: str | None = None,
    param: str | None = None,
) -> dict[str, Any]:
    """An HTTP error body shaped like OpenAI's: ``{"error": {"message", "type", "param", "code"}}``."""
    return {"error": {"message": message, "type": error_type, "param": param, "code": code}}


def server_event_problem(event: dict[str, Any]) -> str | None:
    """Why ``event`` is not something the real server could send, or None if it is valid."""
    try:
        SERVER_EVENTS.validate_python(event)
    except pydantic.ValidationError as exc:
        first = exc.errors()[0]
        return f"{event.get('type')!r}: {first['msg']} at {'.'.join(map(str, first['loc']))}"
    return None


# -- handshake ---------------------------------------------------------------------------------


def _mask(key: str) -> str:
    return f"{key[:3]}***{key[-4:]}" if len(key) > 10 else "***"


@dataclass(frozen=True)
class HandshakeRules:
    api_keys: frozenset[str]
    models: frozenset[str] | None = None  # None: any model id

    def judge(
        self, path: str, query: dict[str, list[str]], headers: dict[str, str]
    ) -> tuple[int, dict[str, Any]] | None:
        """``(status, body)`` to refuse the upgrade, or None to accept it."""
        if path != PATH:
            return 404, openai_error(f"Invalid URL (GET {path})")
        auth = headers.get("authorization", "")
        if not auth:
            return 401, openai_error(
                "You didn't provide an API key. You need to provide your API key in an Authorization "
                "header using Bearer auth (i.e. Authorization: Bearer YOUR_KEY)."
            )
        scheme, _, key = auth.partition(" ")
        if scheme.lower() != "bearer" or key not in self.api_keys:
            return 401, openai_error(
                f"Incorrect API key provided: {_mask(key)}. You can find your API key at "
                "https://platform.openai.com/account/api-keys.",
                code="invalid_api_key",
            )
        model = (query.get("model") or [""])[0]
        if not model:
            return 400, openai_error(
                "Missing required parameter: 'model'.", code="missing_required_parameter", param="model"
            )
        if self.models is not None and model not in self.models:
            return 404, openai_error(
                f"The model `{model}` does not exist or you do not have access to it.", code="model_not_found"
            )
        return None


# -- sessions ----------------------------------------------------------------------------------


def new_session(model: str, lifetime: float = 3600) -> dict[str, Any]:
    """A complete ``RealtimeTranslationSession`` as the server reports it in ``session.created``."""
    return {
        "id": f"sess_{secrets.token_hex(8)}",
        "type": "translation",
        "model": model,
        # ``RealtimeTranslationSession.expires_at: int`` (required): the end of the session on the
        # server's clock, in whole seconds; rounded down, never later than the real end
        "expires_at": int(time.time() + lifetime),
        "audio": {
            "input": {"transcription": None, "noise_reduction": None},
            "output": {"language": None},
        },
    }


def merge_session(into: dict[str, Any], update: dict[str, Any]) -> None:
    """Apply a ``session.update``: nested objects merge, anything else (null included) replaces."""
    for key, value in update.items():
        if isinstance(value, dict) and isinstance(into.get(key), dict):
            merge_session(into[key], value)
        else:
            into[key] = copy.deepcopy(value)


# -- client messages ---------------------------------------------------------------------------


class ClientMistake(Exception):
    """A client message the real server would answer with an ``error`` event."""

    def __init__(
        self,
        message: str,
        *,
        param: str | None = None,
        code: str | None = "invalid_value",
        event_id: str | None = None,
    ) -> None:
        super().__init__(message)
        self.message, self.param, self.code, self.event_id = message, param, code, event_id

    def error_event(self, event_id: str) -> dict[str, Any]:
        error = {
            "type": "invalid_request_error",
            "code": self.code,
            "message": self.message,
            "param": self.param,
            "event_id": self.event_id,
        }
        return {"type": "error", "event_id": event_id, "error": error}


def _unknown_params(value: object, path: str = "") -> list[str]:
    """Dotted paths of the fields an SDK model kept as extras."""
    found: list[str] = []
    if isinstance(value, pydantic.BaseModel):
        found += [f"{path}.{key}" if path else key for key in value.model_extra or {}]
        for name in type(value).model_fields:
            found += _unknown_params(getattr(value, name), f"{path}.{name}" if path else name)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += _unknown_params(item, f"{path}[{index}]")
    return found


def _parse(message: str | bytes) -> dict[str, Any]:
    if not isinstance(message, str):
        raise ClientMistake("Binary messages are not supported; send JSON text.", code="invalid_message")
    try:
        data = json.loads(message)
    except ValueError as exc:
        raise ClientMistake("We could not parse the JSON body of your request.", code="invalid_json") from exc
    if not isinstance(data, dict):
        raise ClientMistake("Client events must be JSON objects.", code="invalid_type")
    return data


def _check_types(data: dict[str, Any], event_id: str | None) -> None:
    try:
        event = CLIENT_EVENTS.validate_python(data)
    except pydantic.ValidationError as exc:
        first = exc.errors()[0]
        loc = [str(part) for part in first["loc"]]
        if loc and loc[0] == data.get("type"):  # the union member's tag
            loc = loc[1:]
        param = ".".join(loc) or None
        raise ClientMistake(
            f"Invalid client event: {first['msg']} (at {param or 'the event'}).",
            param=param,
            event_id=event_id,
        ) from exc
    unknown = _unknown_params(event)
    if unknown:
        raise ClientMistake(
            f"Unknown parameter: '{unknown[0]}'.",
            param=unknown[0],
            code="unknown_parameter",
            event_id=event_id,
        )


def decode_audio(data: dict[str, Any], event_id: str | None = None) -> bytes:
    """The PCM16 bytes of a valid ``session.input_audio_buffer.append``."""
    try:
        audio = base64.b64decode(data["audio"], validate=True)
    except (binascii.Error, ValueError) as exc:
        raise ClientMistake(
            "Invalid 'audio': expected base64-encoded audio.", param="audio", event_id=event_id
        ) from exc
    if len(audio) % 2:
        raise ClientMistake(
            "Invalid 'audio': expected 16-bit PCM samples (an even number of bytes).",
            param="audio",
            event_id=event_id,
        )
    return audio


def _check_language(data: dict[str, Any], event_id: str | None) -> None:
    language = ((data["session"].get("audio") or {}).get("output") or {}).get("language")
    if language is not None and language not in OUTPUT_LANGUAGES:
        raise ClientMistake(
            f"Invalid 'session.audio.output.language': {language!r} is not a supported language.",
            param="session.audio.output.language",
            event_id=event_id,
        )


def check_client_message(message: str | bytes) -> dict[str, Any]:
    """The client event as a dict if the real server would accept it; raises ``ClientMistake``."""
    data = _parse(message)
    raw_id = data.get("event_id")
    event_id = raw_id if isinstance(raw_id, str) else None
    _check_types(data, event_id)
    if data["type"] == "session.input_audio_buffer.append":
        decode_audio(data, event_id)
    elif data["type"] == "session.update":
        _check_language(data, event_id)
    return data
