"""Crash hooks: whatever goes wrong leaves a readable report in the log folder, and the person is told
in one sentence where it is.

- ``install`` (at start, once the log folder is known): ``faulthandler`` writes a fatal error (a
  segfault in a C library, an abort) to ``fatal-error.log``; ``sys.excepthook`` and
  ``threading.excepthook`` write a report for an exception nobody caught, and the app keeps running;
  ``loop_exception_handler`` does the same for the asyncio loop.
- ``startup_failure``: an import error (a module a frozen build left out) or another failure before
  logging exists; it writes the report and says so on stderr or, with no console, in a native dialog.

No Qt and nothing that may be missing from a broken build: only the standard library, ``paths`` and
``redaction`` (both import-light) — and those lazily, so this module itself always imports.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime
import faulthandler
import logging
import os
import platform
import subprocess
import sys
import tempfile
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import IO, Any

log = logging.getLogger(__name__)

REPORT_PREFIX = "crash-"
FATAL_LOG_NAME = "fatal-error.log"
MAX_REPORTS_PER_RUN = 20  # a loop that fails every frame must not fill the disk

Notifier = Callable[[str], None]

_lock = threading.Lock()
_notifier: Notifier | None = None
_log_dir: Path | None = None
_fatal_file: IO[str] | None = None
_reports_written = 0
_saved_hooks: tuple[Any, Any] | None = None


def log_dir() -> Path:
    """The app's log folder, or the temp folder when even that cannot be found."""
    if _log_dir is not None:
        return _log_dir
    try:
        from translator_gui import paths

        return paths.log_dir()
    except Exception:  # platformdirs missing from a broken build
        return Path(tempfile.gettempdir())


def _version() -> str:
    try:
        from translator_gui import __version__

        return __version__
    except Exception:
        return "unknown version"


def _redact(text: str) -> str:
    try:
        from translator_gui.redaction import redact

        return redact(text)
    except Exception:
        return text


def format_report(where: str, exc: BaseException | None, detail: str = "") -> str:
    """The report's text: what happened, then the versions, then the traceback."""
    lines = [
        f"Translator {_version()} — {where}",
        f"time: {datetime.datetime.now().astimezone().isoformat(timespec='seconds')}",
        f"python: {sys.version.split()[0]} ({sys.executable})",
        f"platform: {platform.platform()}",
        f"frozen: {bool(getattr(sys, 'frozen', False))}",
        f"thread: {threading.current_thread().name}",
    ]
    if detail:
        lines.append(f"detail: {detail}")
    lines.append("")
    if exc is not None:
        lines.extend(traceback.format_exception(type(exc), exc, exc.__traceback__))
    return _redact("\n".join(line.rstrip("\n") for line in lines) + "\n")


def write_report(where: str, exc: BaseException | None, detail: str = "", folder: Path | None = None) -> Path | None:
    """Write ``crash-<time>-<pid>.txt``; returns its path (None once this run wrote too many)."""
    global _reports_written
    with _lock:
        if _reports_written >= MAX_REPORTS_PER_RUN:
            return None
        _reports_written += 1
        number = _reports_written
    text = format_report(where, exc, detail)
    stamp = datetime.datetime.now().strftime("%Y-%m-%dT%H-%M-%S")
    name = f"{REPORT_PREFIX}{stamp}-{os.getpid()}-{number}.txt"
    for target in (folder or log_dir(), Path(tempfile.gettempdir())):
        try:
            target.mkdir(parents=True, exist_ok=True)
            path = target / name
            path.write_text(text, encoding="utf-8")
            return path
        except OSError:
            continue
    return None


def sentence(report: Path | None) -> str:
    """The one sentence the person reads."""
    if report is None:
        return "Translator hit an unexpected error; details are in its log."
    return f"Translator hit an unexpected error; a report was saved to {report}."


def set_notifier(notifier: Notifier | None) -> None:
    """Who tells the person (the app shows it on its status line); called from any thread."""
    global _notifier
    _notifier = notifier


def _notify(text: str) -> None:
    notifier = _notifier
    if notifier is not None:
        try:
            notifier(text)
            return
        except Exception:
            log.exception("cannot show the crash notice")
    with contextlib.suppress(Exception):
        if sys.stderr is not None:
            print(text, file=sys.stderr)


def report(where: str, exc: BaseException | None, detail: str = "") -> Path | None:
    """Write a report, log it, tell the person; never raises."""
    try:
        path = write_report(where, exc, detail)
        log.error("%s%s; report %s", where, f" ({detail})" if detail else "", path,
                  exc_info=(type(exc), exc, exc.__traceback__) if exc is not None else None)
        _notify(sentence(path))
        return path
    except Exception:  # a crash hook that crashes hides the first error
        with contextlib.suppress(Exception):
            traceback.print_exc()
        return None


def excepthook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    if exc.__traceback__ is None:
        exc = exc.with_traceback(tb)
    report("uncaught exception", exc)


def thread_excepthook(args: threading.ExceptHookArgs) -> None:
    if args.exc_type is SystemExit or args.exc_value is None:
        return
    name = args.thread.name if args.thread is not None else "?"
    report("uncaught exception in a thread", args.exc_value, f"thread {name}")


def loop_exception_handler(loop: asyncio.AbstractEventLoop, context: dict[str, Any]) -> None:
    """For ``loop.set_exception_handler``: an exception in a callback or a task nobody awaited."""
    exc = context.get("exception")
    message = str(context.get("message") or "")
    if not isinstance(exc, BaseException):
        log.error("asyncio: %s (%s)", message, {k: v for k, v in context.items() if k != "message"})
        return
    report("uncaught exception in the event loop", exc, message)


def _keep_last_fatal_error(folder: Path) -> Path | None:
    """A ``fatal-error.log`` left with text in it is a previous run's crash: keep it as a report."""
    fatal = folder / FATAL_LOG_NAME
    try:
        if fatal.stat().st_size == 0:
            return None
        stamp = datetime.datetime.fromtimestamp(fatal.stat().st_mtime).strftime("%Y-%m-%dT%H-%M-%S")
        kept = folder / f"{REPORT_PREFIX}{stamp}-fatal.txt"
        fatal.replace(kept)
        return kept
    except OSError:
        return None


def install(folder: Path | None = None) -> Path | None:
    """Install every hook; returns a previous run's fatal error report, if there was one."""
    global _log_dir, _fatal_file, _saved_hooks, _reports_written
    _log_dir = folder or log_dir()
    _reports_written = 0
    if _saved_hooks is None:
        _saved_hooks = (sys.excepthook, threading.excepthook)
    sys.excepthook = excepthook
    threading.excepthook = thread_excepthook
    previous = None
    try:
        _log_dir.mkdir(parents=True, exist_ok=True)
        previous = _keep_last_fatal_error(_log_dir)
        _fatal_file = (_log_dir / FATAL_LOG_NAME).open("w", encoding="utf-8")
        faulthandler.enable(_fatal_file, all_threads=True)
    except OSError as exc:
        log.warning("cannot write %s: %s", _log_dir / FATAL_LOG_NAME, exc)
    if previous is not None:
        log.warning("The last run ended with a fatal error; report kept at %s", previous)
    return previous


def uninstall() -> None:
    """At a clean exit: put the hooks found by ``install`` back; an empty fatal-error log is removed."""
    global _fatal_file, _notifier, _saved_hooks, _log_dir
    _notifier = None
    _log_dir = None
    if _saved_hooks is not None:
        sys.excepthook, threading.excepthook = _saved_hooks
        _saved_hooks = None
    if _fatal_file is not None:
        faulthandler.disable()
        path = Path(_fatal_file.name)
        _fatal_file.close()
        _fatal_file = None
        with contextlib.suppress(OSError):
            if path.stat().st_size == 0:
                path.unlink()


def startup_failure(exc: BaseException) -> int:
    """Before logging exists (e.g. a frozen build missing a module): a report, one sentence, exit 1."""
    path = write_report("could not start", exc)
    where = f"a report was saved to {path}" if path is not None else "no report could be written"
    text = f"Translator could not start ({type(exc).__name__}: {exc}); {where}."
    shown = False
    with contextlib.suppress(Exception):
        if sys.stderr is not None:
            print(text, file=sys.stderr)
            sys.stderr.flush()
            shown = sys.stderr.isatty() or not getattr(sys, "frozen", False)
    if not shown:
        _native_dialog(text)
    return 1


def _native_dialog(text: str) -> None:
    """A message box without Qt (Qt may be what is missing), where the platform has one."""
    with contextlib.suppress(Exception):
        if sys.platform == "win32":
            import ctypes

            ctypes.windll.user32.MessageBoxW(None, text, "Translator", 0x10)  # type: ignore[attr-defined]
        elif sys.platform == "darwin":
            script = f'display alert "Translator" message {_applescript_string(text)} as critical'
            subprocess.run(["osascript", "-e", script], timeout=300, check=False)
        else:
            for command in (["notify-send", "--app-name=Translator", "Translator could not start", text],
                            ["zenity", "--error", "--title=Translator", f"--text={text}"]):
                with contextlib.suppress(OSError):
                    subprocess.run(command, timeout=300, check=False,
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                    return


def _applescript_string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'
