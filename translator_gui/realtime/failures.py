"""Every way a realtime session can fail, as one plain sentence a person can act on.

Details (exception types, status codes, server messages) go to the log at debug level; the API key
never appears in either, and neither does a response body.
"""

from __future__ import annotations

import json
import socket
import ssl
from typing import Any

from websockets.exceptions import ConnectionClosed, InvalidHandshake, InvalidStatus, InvalidURI

from translator_gui.realtime.engine import Problem, ProblemKind
from translator_gui.realtime.incoming import ServerError
from translator_gui.redaction import redact

AUTH_REJECTED = "OpenAI rejected the API key. Check it under Settings → API key."
NO_API_KEY = "No OpenAI API key is set. Add one under Settings → API key."
NO_CREDIT = "Your OpenAI account has no credit left. Add credit in the OpenAI billing settings, then start again."
INTERNAL_FAULT = (
    "Something went wrong inside the app ({what}). The session was stopped and the transcript is saved; "
    "switch it on again to continue (details are in the log)."
)
MAX_SERVER_MESSAGE = 200
"""The most characters of a server's own error message that reach the status line."""
RATE_LIMITED = "OpenAI is limiting how often this API key may connect. Wait a minute, then start again."

_FATAL_ERROR_CODES: dict[str, tuple[ProblemKind, str]] = {
    "invalid_api_key": (ProblemKind.AUTH, AUTH_REJECTED),
    "insufficient_quota": (ProblemKind.QUOTA, NO_CREDIT),
    "session_expired": (
        ProblemKind.SERVER,
        "The translation session reached its time limit. Start again to continue.",
    ),
}


def _error_code(body: bytes) -> str | None:
    """``error.code`` from an OpenAI-shaped JSON error body, if there is one."""
    try:
        data: Any = json.loads(body)
    except (ValueError, RecursionError):
        return None
    error = data.get("error") if isinstance(data, dict) else None
    code = error.get("code") if isinstance(error, dict) else None
    return code if isinstance(code, str) else None


def _status_problem(status: int, body: bytes, host: str, model: str) -> Problem:
    code = _error_code(body)
    if code in _FATAL_ERROR_CODES:
        kind, message = _FATAL_ERROR_CODES[code]
        return Problem(kind, message, fatal=True)
    if status == 401:
        return Problem(ProblemKind.AUTH, AUTH_REJECTED, fatal=True)
    if status == 403:
        return Problem(
            ProblemKind.PERMISSION,
            f"This API key may not use {model}; check the project's model access on platform.openai.com.",
            fatal=True,
        )
    if status == 404:
        return Problem(
            ProblemKind.PERMISSION,
            f"{host} does not offer {model} to this API key; check the endpoint and the key in Settings.",
            fatal=True,
        )
    if status == 429:
        return Problem(ProblemKind.RATE_LIMIT, RATE_LIMITED, fatal=True)
    if status >= 500:
        return Problem(
            ProblemKind.SERVER,
            f"The translation service at {host} is having trouble (HTTP {status}); try again in a moment.",
            fatal=True,
        )
    return Problem(ProblemKind.PROTOCOL, f"{host} refused the connection (HTTP {status}).", fatal=True)


def _network_reason(exc: OSError, timeout: float) -> str:
    if isinstance(exc, TimeoutError):
        return f"no answer within {timeout:g} seconds"
    if isinstance(exc, socket.gaierror):
        return "its name could not be found (check the address and your internet connection)"
    if isinstance(exc, ConnectionRefusedError):
        return "the connection was refused"
    if isinstance(exc, ssl.SSLCertVerificationError):
        return "its security certificate could not be verified"
    if isinstance(exc, ssl.SSLError):
        return "a secure connection could not be set up"
    if isinstance(exc, ConnectionError):
        return "the connection was interrupted"
    return exc.strerror.lower() if exc.strerror else "a network error occurred"


def connect_failure(exc: BaseException, *, host: str, model: str, timeout: float) -> Problem:
    """The problem to show when opening a session failed with ``exc``."""
    if isinstance(exc, InvalidStatus):
        return _status_problem(exc.response.status_code, exc.response.body or b"", host, model)
    if isinstance(exc, ConnectionClosed):
        return connection_lost(exc, host=host)
    if isinstance(exc, OSError):
        reason = _network_reason(exc, timeout)
        return Problem(ProblemKind.NETWORK, f"Can't reach {host}: {reason}.", fatal=True)
    if isinstance(exc, InvalidURI):
        return Problem(ProblemKind.ENDPOINT, f"The endpoint address for {host} is not valid.", fatal=True)
    if isinstance(exc, InvalidHandshake):
        return Problem(
            ProblemKind.PROTOCOL,
            f"{host} did not answer like an OpenAI realtime endpoint; check the endpoint in Settings.",
            fatal=True,
        )
    return Problem(
        ProblemKind.PROTOCOL,
        f"Could not start translation with {host} ({type(exc).__name__}).",
        fatal=True,
    )


def setup_timeout(*, host: str, timeout: float) -> Problem:
    """The server took the connection but never confirmed the session."""
    return Problem(
        ProblemKind.SERVER,
        f"{host} accepted the connection but did not start a translation session within {timeout:g} seconds.",
        fatal=True,
    )


def connection_lost(exc: ConnectionClosed | None, *, host: str) -> Problem:
    """The websocket ended while the session was live."""
    if exc is not None and exc.rcvd is not None and exc.rcvd.code not in (1001, 1006):
        return Problem(
            ProblemKind.SERVER,
            f"The translation service at {host} ended the session (code {exc.rcvd.code}).",
            fatal=True,
        )
    return Problem(ProblemKind.NETWORK, f"The connection to {host} was lost.", fatal=True)


def audio_lost(*, seconds: float) -> Problem:
    """Audio that could not be delivered to the service (a stalled or slow link) and was dropped."""
    return Problem(
        ProblemKind.NETWORK,
        f"About {max(1, round(seconds))} s of audio could not reach the translation service (a slow or "
        "stalled connection); that stretch is missing from the translation.",
    )


def audio_unfinished(*, seconds: float) -> Problem:
    """The session ended before the service worked through the audio sent to it (a slow link)."""
    return Problem(
        ProblemKind.NETWORK,
        f"The translation service had not caught up when the session ended: about {max(1, round(seconds))} s "
        "of the last audio (or more) was not translated (a slow connection).",
    )


def gave_up_reconnecting(*, host: str, attempts: int) -> Problem:
    """Every reconnect attempt after a lost connection failed."""
    return Problem(
        ProblemKind.NETWORK,
        f"The connection to {host} was lost and {attempts} attempts to reconnect failed; "
        "check your internet connection, then start again.",
        fatal=True,
    )


def session_ended_early(*, host: str) -> Problem:
    return Problem(ProblemKind.SERVER, f"The translation service at {host} ended the session.", fatal=True)


def _shortened(text: str, limit: int = MAX_SERVER_MESSAGE) -> str:
    """``text`` on one line and at most ``limit`` characters (a server may send a megabyte)."""
    text = " ".join(text[: limit * 4].split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def server_error(error: ServerError, *, during_setup: bool) -> Problem:
    """An ``error`` event: most are worth showing and leave the session open.

    Key, credit and expiry errors are fatal. During setup any error is fatal: the only thing sent
    so far is the session configuration, so the session would not translate as asked.
    """
    if error.code in _FATAL_ERROR_CODES:
        kind, message = _FATAL_ERROR_CODES[error.code]
        return Problem(kind, message, fatal=True)
    if error.error_type == "authentication_error":
        return Problem(ProblemKind.AUTH, AUTH_REJECTED, fatal=True)
    detail = redact(_shortened(error.message.strip()).rstrip("."))
    if during_setup:
        return Problem(
            ProblemKind.SERVER,
            f"The translation service did not accept the session settings: {detail}.",
            fatal=True,
        )
    return Problem(ProblemKind.SERVER, f"The translation service reported a problem: {detail}.", fatal=False)
