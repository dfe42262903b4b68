"""Keep credentials out of logs and out of messages shown to people."""

from __future__ import annotations

import logging
import re

_SECRET_HEADER = re.compile(r"(?im)^([<>]\s*(?:authorization|proxy-authorization|api-key|openai-api-key)\s*:\s*).*$")
_BEARER = re.compile(r"(?i)\b(bearer\s+)[^\s,;\"']+")
_OPENAI_KEY = re.compile(r"\bsk-[A-Za-z0-9_\-]{3,}")


def redact(text: str) -> str:
    """``text`` with credentials (auth headers, bearer tokens, ``sk-`` keys) replaced."""
    text = _SECRET_HEADER.sub(r"\1<redacted>", text)
    text = _BEARER.sub(r"\1<redacted>", text)
    return _OPENAI_KEY.sub("sk-<redacted>", text)


class RedactingFilter(logging.Filter):
    """Rewrites records whose message carries a credential. websockets logs every handshake
    header at debug level, ``Authorization: Bearer sk-…`` included."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        clean = redact(message)
        if clean != message:
            record.msg = clean
            record.args = None
        return True


def redacting_logger(name: str) -> logging.Logger:
    """The logger ``name`` with a ``RedactingFilter`` (installed once)."""
    logger = logging.getLogger(name)
    if not any(isinstance(f, RedactingFilter) for f in logger.filters):
        logger.addFilter(RedactingFilter())
    return logger
