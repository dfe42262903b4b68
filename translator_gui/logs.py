"""Logging to a rotating file, with API keys and other secrets masked before anything is written.

Every handler ``setup_logging`` installs carries the app's ``RedactingFilter`` (see ``redaction``).
"""

from __future__ import annotations

import logging
import logging.handlers
import sys
import threading
from pathlib import Path

from translator_gui import paths
from translator_gui.paths import LOG_FILE_NAME
from translator_gui.redaction import RedactingFilter

MAX_BYTES = 1_000_000
BACKUP_COUNT = 3
FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"

_installed: list[logging.Handler] = []
_setup_lock = threading.Lock()


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
    path = (log_dir if log_dir is not None else paths.log_dir()) / LOG_FILE_NAME
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
