"""Every way a realtime session can fail, as one plain sentence a person can act on.

Details (exception types, status codes, server messages) go to the log at debug level; the API key
never appears in either, and neither does a response body.

Each sentence is in the app's language when it is made.  The fixed ones other modules show
(``failures.NO_API_KEY``, ``failures.INTERNAL_FAULT``…) are looked up when they are read, so that a
language installed after this module was imported applies to them too.
"""

from __future__ import annotations

import json
import socket
import ssl
from typing import TYPE_CHECKING, Any

from translator_gui.i18n import translate
from translator_gui.realtime.engine import Problem, ProblemKind
from translator_gui.realtime.incoming import ServerError
from translator_gui.redaction import redact

if TYPE_CHECKING:  # imported where a failure is described: websockets costs ≈ 60 ms before the window
    from websockets.exceptions import ConnectionClosed

MAX_SERVER_MESSAGE = 200
"""The most characters of a server's own error message that reach the status line."""

AUTH_REJECTED: str
"""OpenAI rejected the API key (read from the module: in the app's language at that moment)."""
NO_API_KEY: str
NO_CREDIT: str
INTERNAL_FAULT: str
"""A template with ``{what}``: the part of the app that failed."""
RATE_LIMITED: str


def _sentences() -> dict[str, str]:
    return {
        "AUTH_REJECTED": translate("Session", "OpenAI rejected the API key. Check it under Settings → API key."),
        "NO_API_KEY": translate("Session", "No OpenAI API key is set. Add one under Settings → API key."),
        "NO_CREDIT": translate("Session", "Your OpenAI account has no credit left. Add credit in the OpenAI billing "
                               "settings, then start again."),
        "INTERNAL_FAULT": translate("Session", "Something went wrong inside the app ({what}). The session was stopped "
                                    "and the transcript is saved; switch it on again to continue (details are in "
                                    "the log)."),
        "RATE_LIMITED": translate("Session", "OpenAI is limiting how often this API key may connect. Wait a minute, "
                                  "then start again."),
    }


def __getattr__(name: str) -> str:
    """``failures.NO_API_KEY`` and the other fixed sentences, in the app's language when read."""
    try:
        return _sentences()[name]
    except KeyError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None


def _fatal_error(code: str | None) -> tuple[ProblemKind, str] | None:
    """The kind and sentence of an error ``code`` that ends the session, if it is one."""
    if code == "invalid_api_key":
        return ProblemKind.AUTH, _sentences()["AUTH_REJECTED"]
    if code == "insufficient_quota":
        return ProblemKind.QUOTA, _sentences()["NO_CREDIT"]
    if code == "session_expired":
        return ProblemKind.SERVER, translate("Session", "The translation session reached its time limit. Start "
                                             "again to continue.")
    return None


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
    if (fatal := _fatal_error(_error_code(body))) is not None:
        kind, message = fatal
        return Problem(kind, message, fatal=True)
    if status == 401:
        return Problem(ProblemKind.AUTH, _sentences()["AUTH_REJECTED"], fatal=True)
    if status == 403:
        return Problem(
            ProblemKind.PERMISSION,
            translate("Session", "This API key may not use {model}; check the project's model access on "
                      "platform.openai.com.").format(model=model),
            fatal=True,
        )
    if status == 404:
        return Problem(
            ProblemKind.PERMISSION,
            translate("Session", "{host} does not offer {model} to this API key; check the endpoint and the key in "
                      "Settings.").format(host=host, model=model),
            fatal=True,
        )
    if status == 429:
        return Problem(ProblemKind.RATE_LIMIT, _sentences()["RATE_LIMITED"], fatal=True)
    if status >= 500:
        return Problem(
            ProblemKind.SERVER,
            translate("Session", "The translation service at {host} is having trouble (HTTP {status}); try again in "
                      "a moment.").format(host=host, status=status),
            fatal=True,
        )
    return Problem(ProblemKind.PROTOCOL, translate("Session", "{host} refused the connection (HTTP {status}).").format(
        host=host, status=status), fatal=True)


def _network_reason(exc: OSError, timeout: float) -> str:
    if isinstance(exc, TimeoutError):
        return translate("Session", "no answer within {seconds} seconds").format(seconds=f"{timeout:g}")
    if isinstance(exc, socket.gaierror):
        return translate("Session", "its name could not be found (check the address and your internet connection)")
    if isinstance(exc, ConnectionRefusedError):
        return translate("Session", "the connection was refused")
    if isinstance(exc, ssl.SSLCertVerificationError):
        return translate("Session", "its security certificate could not be verified")
    if isinstance(exc, ssl.SSLError):
        return translate("Session", "a secure connection could not be set up")
    if isinstance(exc, ConnectionError):
        return translate("Session", "the connection was interrupted")
    return exc.strerror.lower() if exc.strerror else translate("Session", "a network error occurred")


def connect_failure(exc: BaseException, *, host: str, model: str, timeout: float) -> Problem:
    """The problem to show when opening a session failed with ``exc``."""
    from websockets.exceptions import ConnectionClosed, InvalidHandshake, InvalidStatus, InvalidURI

    if isinstance(exc, InvalidStatus):
        return _status_problem(exc.response.status_code, exc.response.body or b"", host, model)
    if isinstance(exc, ConnectionClosed):
        return connection_lost(exc, host=host)
    if isinstance(exc, OSError):
        reason = _network_reason(exc, timeout)
        return Problem(ProblemKind.NETWORK, translate("Session", "Can't reach {host}: {reason}.").format(
            host=host, reason=reason), fatal=True)
    if isinstance(exc, InvalidURI):
        invalid = translate("Session", "The endpoint address for {host} is not valid.")
        return Problem(ProblemKind.ENDPOINT, invalid.format(host=host), fatal=True)
    if isinstance(exc, InvalidHandshake):
        return Problem(
            ProblemKind.PROTOCOL,
            translate("Session", "{host} did not answer like an OpenAI realtime endpoint; check the endpoint in "
                      "Settings.").format(host=host),
            fatal=True,
        )
    return Problem(
        ProblemKind.PROTOCOL,
        translate("Session", "Could not start translation with {host} ({error}).").format(
            host=host, error=type(exc).__name__),
        fatal=True,
    )


def setup_timeout(*, host: str, timeout: float) -> Problem:
    """The server took the connection but never confirmed the session."""
    return Problem(
        ProblemKind.SERVER,
        translate("Session", "{host} accepted the connection but did not start a translation session within "
                  "{seconds} seconds.").format(host=host, seconds=f"{timeout:g}"),
        fatal=True,
    )


def connection_lost(exc: ConnectionClosed | None, *, host: str) -> Problem:
    """The websocket ended while the session was live."""
    if exc is not None and exc.rcvd is not None and exc.rcvd.code not in (1001, 1006):
        return Problem(
            ProblemKind.SERVER,
            translate("Session", "The translation service at {host} ended the session (code {code}).").format(
                host=host, code=exc.rcvd.code),
            fatal=True,
        )
    return Problem(ProblemKind.NETWORK, translate("Session", "The connection to {host} was lost.").format(host=host),
                   fatal=True)


def audio_lost(*, seconds: float) -> Problem:
    """Audio that could not be delivered to the service (a stalled or slow link) and was dropped."""
    return Problem(
        ProblemKind.NETWORK,
        translate("Session", "About {seconds} s of audio could not reach the translation service (a slow or "
                  "stalled connection); that stretch is missing from the translation.").format(
            seconds=max(1, round(seconds))),
    )


def audio_unfinished(*, seconds: float) -> Problem:
    """The session ended before the service worked through the audio sent to it (a slow link): said
    as the end of its finishing."""
    return Problem(
        ProblemKind.FINISHING,
        translate("Session", "The translation service had not caught up when the session ended: up to {seconds} s "
                  "of the last audio may not have been translated (a slow connection).").format(
            seconds=max(1, round(seconds))),
    )


def gave_up_reconnecting(*, host: str, attempts: int) -> Problem:
    """Every reconnect attempt after a lost connection failed."""
    return Problem(
        ProblemKind.NETWORK,
        translate("Session", "The connection to {host} was lost and {attempts} attempts to reconnect failed; "
                  "check your internet connection, then start again.").format(host=host, attempts=attempts),
        fatal=True,
    )


def session_ended_early(*, host: str) -> Problem:
    return Problem(ProblemKind.SERVER, translate("Session", "The translation service at {host} ended the "
                                                 "session.").format(host=host), fatal=True)


def _shortened(text: str, limit: int = MAX_SERVER_MESSAGE) -> str:
    """``text`` on one line and at most ``limit`` characters (a server may send a megabyte)."""
    text = " ".join(text[: limit * 4].split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def server_error(error: ServerError, *, during_setup: bool) -> Problem:
    """An ``error`` event: most are worth showing and leave the session open.

    Key, credit and expiry errors are fatal. During setup any error is fatal: the only thing sent
    so far is the session configuration, so the session would not translate as asked.
    """
    if (fatal := _fatal_error(error.code)) is not None:
        kind, message = fatal
        return Problem(kind, message, fatal=True)
    if error.error_type == "authentication_error":
        return Problem(ProblemKind.AUTH, _sentences()["AUTH_REJECTED"], fatal=True)
    detail = redact(_shortened(error.message.strip()).rstrip("."))
    if during_setup:
        return Problem(
            ProblemKind.SERVER,
            translate("Session", "The translation service did not accept the session settings: {detail}.").format(
                detail=detail),
            fatal=True,
        )
    return Problem(ProblemKind.SERVER, translate("Session", "The translation service reported a problem: "
                                                 "{detail}.").format(detail=detail), fatal=False)
