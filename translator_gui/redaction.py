"""Keep credentials out of logs and out of messages shown to people: the app's one redactor.

Pure Python (no Qt, no SDK), so every layer may use it.  ``redact`` masks, in this order:

* secrets registered at run time (``register_secret``: a proxy token, a key typed in) → ``[redacted]``;
* credential headers in websocket wire logs (``> Authorization: …``, ``api-key: …``) → ``<redacted>``,
  the whole value, scheme included;
* bearer tokens (``Bearer …``) and assignments (``api_key=…``, ``"api-key": "…"``) → ``[redacted]``;
* ``sk-…`` keys → ``sk-proj-…WXYZ`` (the prefix and last four characters, see ``mask``). Inside a
  file name or a hyphenated word (``/home/a/my-sk-meeting-notes/``) only what looks like a key is
  masked: a long run of letters and digits, with a digit or both cases, as every issued key has.

``RedactingFilter`` applies it to a whole log record: the message with its args merged, the
formatted exception and the stack text, so no formatter downstream can bring a secret back.
"""

from __future__ import annotations

import logging
import re
import threading

REDACTED = "[redacted]"
HEADER_REDACTED = "<redacted>"
MIN_SECRET_LENGTH = 4  # shorter registered values would mask ordinary words
# Invisible characters that ride along when a key is copied from a web page or a PDF.
_PASTE_JUNK = "\ufeff\u200b\u200c\u200d\u2060"
_KEY_PREFIXES = ("sk-proj-", "sk-svcacct-", "sk-admin-", "sk-")

_SECRET_HEADER_RE = re.compile(
    r"(?im)^([<>]\s*(?:authorization|proxy-authorization|api-key|openai-api-key)\s*:\s*).*$")
_BEARER_RE = re.compile(r"(?i)\b(bearer\s+)[^\s\"',;]+")
_ASSIGNED_KEY_RE = re.compile(r"(?i)(api[_-]?key[\"']?\s*[:=]\s*[\"']?)[^\s\"',;]+")
_KEY_RE = re.compile(r"(?<![A-Za-z0-9])sk-[A-Za-z0-9_\-]{6,}")  # "sk-short", "desk-lamp" stay
_IN_A_NAME = frozenset("-_./\\~")  # before "sk-" in a path or a hyphenated word: my-sk-notes, /sk-notes
_KEY_RUN_RE = re.compile(r"[A-Za-z0-9]{16,}")  # a key's random part; words in names are shorter

_secrets: frozenset[str] = frozenset()
_secrets_lock = threading.Lock()


def normalize_key(text: str) -> str:
    """A pasted key without surrounding whitespace, newlines or invisible characters."""
    return text.strip().strip(_PASTE_JUNK).strip()


def mask(key: str) -> str:
    """``sk-proj-…WXYZ``: the prefix and the last four characters of a long key, nothing else."""
    key = normalize_key(key)
    if not key:
        return ""
    prefix = next((p for p in _KEY_PREFIXES if key.startswith(p)), "")
    tail = key[-4:] if len(key) - len(prefix) >= 12 else ""
    return f"{prefix}…{tail}"


def register_secret(value: str) -> None:
    """Mask ``value`` wherever it would appear in a log line or a message from now on."""
    global _secrets
    value = value.strip()
    if len(value) < MIN_SECRET_LENGTH:
        return
    with _secrets_lock:
        _secrets = _secrets | {value}


def redact(text: str) -> str:
    """``text`` with registered secrets, credential headers, bearer tokens and ``sk-…`` keys masked."""
    for secret in sorted(_secrets, key=len, reverse=True):
        text = text.replace(secret, REDACTED)
    text = _SECRET_HEADER_RE.sub(lambda m: m.group(1) + HEADER_REDACTED, text)
    text = _BEARER_RE.sub(lambda m: m.group(1) + REDACTED, text)
    text = _ASSIGNED_KEY_RE.sub(lambda m: m.group(1) + REDACTED, text)
    return _KEY_RE.sub(_mask_key, text)


def _looks_random(run: str) -> bool:
    return any(c.isdigit() for c in run) or (any(c.isupper() for c in run) and any(c.islower() for c in run))


def _mask_key(match: re.Match[str]) -> str:
    """A ``sk-…`` match masked, unless it is part of a name and nothing in it looks like a key."""
    found = match.group(0)
    start = match.start()
    if start and match.string[start - 1] in _IN_A_NAME:
        body = found.removeprefix(next(p for p in _KEY_PREFIXES if found.startswith(p)))
        if not any(_looks_random(run) for run in _KEY_RUN_RE.findall(body)):
            return found
    return mask(found)


class RedactingFilter(logging.Filter):
    """Masks secrets in a record's message, args, exception text and stack text.

    Put it on a handler (``logs.setup_logging`` does) or on a logger (``redacting_logger``):
    websockets logs every handshake header at debug level, ``Authorization: Bearer sk-…`` included.
    """

    _exception_formatter = logging.Formatter()

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a bad format string: keep what can be shown, masked
            message = f"{record.msg!r} % {record.args!r}"
        record.msg = redact(message)
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = self._exception_formatter.formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True


def redacting_logger(name: str) -> logging.Logger:
    """The logger ``name`` with a ``RedactingFilter`` (installed once)."""
    logger = logging.getLogger(name)
    if not any(isinstance(f, RedactingFilter) for f in logger.filters):
        logger.addFilter(RedactingFilter())
    return logger
