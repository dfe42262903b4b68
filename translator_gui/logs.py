"""Logging to a rotating file, with API keys and other secrets masked before anything is written.

``RedactingFilter`` runs on every handler ``setup_logging`` installs.  It rewrites the record in
place: the message with its args merged, the formatted exception and the stack text are all
redacted, so no formatter downstream can bring a secret back.
"""

from __future__ import annotations

import logging
import logging.handlers
import re
import sys
import threading
from pathlib import Path

import platformdirs

from translator_gui.secrets import mask

APP_DIR_NAME = "translator-gui"
LOG_FILE_NAME = "translator.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 3
REDACTED = "[redacted]"
MIN_SECRET_LENGTH = 4  # shorter registered values would mask ordinary words
FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"

_KEY_RE = re.compile(r"(?<![A-Za-z0-9])sk-[A-Za-z0-9_\-]{6,}")
_BEARER_RE = re.compile(r"(?i)\b(bearer\s+)[^\s\"',;]+")
_ASSIGNED_KEY_RE = re.compile(r"(?i)(api[_-]?key[\"']?\s*[:=]\s*[\"']?)[^\s\"',;]+")

_secrets: frozenset[str] = frozenset()
_secrets_lock = threading.Lock()
_installed: list[logging.Handler] = []
_setup_lock = threading.Lock()


def default_log_dir() -> Path:
    return Path(platformdirs.user_log_dir(APP_DIR_NAME, appauthor=False))


def register_secret(value: str) -> None:
    """Mask ``value`` wherever it would appear in a log line from now on."""
    global _secrets
    value = value.strip()
    if len(value) < MIN_SECRET_LENGTH:
        return
    with _secrets_lock:
        _secrets = _secrets | {value}


def _mask_key(match: re.Match[str]) -> str:
    return mask(match.group(0))


def redact(text: str) -> str:
    """``text`` with registered secrets, ``sk-…`` keys and bearer tokens masked."""
    for secret in sorted(_secrets, key=len, reverse=True):
        text = text.replace(secret, REDACTED)
    text = _BEARER_RE.sub(lambda m: m.group(1) + REDACTED, text)
    text = _ASSIGNED_KEY_RE.sub(lambda m: m.group(1) + REDACTED, text)
    return _KEY_RE.sub(_mask_key, text)


class RedactingFilter(logging.Filter):
    """Masks secrets in a record's message, args, exception text and stack text."""

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


def _install(handler: logging.Handler, level: int) -> None:
    handler.setLevel(level)
    handler.setFormatter(logging.Formatter(FORMAT))
    handler.addFilter(RedactingFilter())
    logging.getLogger().addHandler(handler)
    _installed.append(handler)


def _remove_installed() -> None:
    root = logging.getLogger()
    for handler in _installed:
        root.removeHandler(handler)
        handler.close()
    _installed.clear()


def reset_logging() -> None:
    """Remove and close the handlers ``setup_logging`` installed (at exit, or in tests)."""
    with _setup_lock:
        _remove_installed()


def setup_logging(log_dir: Path | None = None, *, level: int = logging.INFO, console: bool = False) -> Path:
    """Log to ``<log_dir>/translator.log`` (rotated at 1 MB, 3 old files kept); returns its path.

    Calling again replaces the handlers installed before, so nothing is logged twice.  If the
    folder cannot be written, logging goes to stderr instead and the intended path is returned.
    """
    path = (log_dir if log_dir is not None else default_log_dir()) / LOG_FILE_NAME
    root = logging.getLogger()
    with _setup_lock:
        _remove_installed()
        root.setLevel(level)
        file_error: OSError | None = None
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            _install(logging.handlers.RotatingFileHandler(
                path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8"), level)
        except OSError as exc:
            file_error = exc
        if console or file_error is not None:
            _install(logging.StreamHandler(sys.stderr), level)
    if file_error is not None:
        logging.getLogger(__name__).warning("cannot write the log file %s: %s", path, file_error)
    return path
