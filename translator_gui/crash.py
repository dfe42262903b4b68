"""Crash hooks: whatever goes wrong leaves a readable report in the log folder, and the person is told
in one sentence where it is.

- ``install`` (at start, as soon as the log folder is known, before Qt): ``faulthandler`` writes a
  fatal error (a segfault in a C library, an abort) to this process's own
  ``fatal-error-<pid>-<random>.log``; ``sys.excepthook`` and ``threading.excepthook`` write a report for
  an exception nobody caught, and the app keeps running; ``loop_exception_handler`` does the same for
  the asyncio loop.
- ``collect_fatal_errors`` (once this launch knows it is the one that shows a window): the fatal-error
  logs of runs that have ended — a crash even inside ``QApplication()`` — become ``crash-…-fatal.txt``
  reports, which the window points to; an empty one is removed.  The log of a Translator still
  running is never touched: on Linux and macOS it holds a lock on its file until it ends (however it
  ends), on Windows the file cannot be renamed or removed while it is open.  So a second launch, which
  hands over to the running one and exits, leaves the running one's log alone.
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
import time
import traceback
from collections.abc import Callable, Iterator
from pathlib import Path
from types import TracebackType
from typing import IO, Any

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]

log = logging.getLogger(__name__)

REPORT_PREFIX = "crash-"
FATAL_LOG_PREFIX = "fatal-error-"
FATAL_LOG_SUFFIX = ".log"
FATAL_LOG_NAME = "fatal-error.log"
"""The one fatal-error log of earlier versions (every launch shared it); still collected."""
_PENDING_SUFFIX = ".new"  # a fatal-error log not yet locked by its process: never collected
_PENDING_STALE_SECONDS = 60.0
"""A ``.new`` log lives for microseconds (made, locked, renamed); one this old belongs to a start
that died in between, and is empty: removed."""
MAX_REPORTS_PER_RUN = 20  # a loop that fails every frame must not fill the disk

Notifier = Callable[[str], None]

_lock = threading.Lock()
_notifier: Notifier | None = None
_log_dir: Path | None = None
_fatal_file: IO[str] | None = None
_fatal_path: Path | None = None
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


def fatal_logs(folder: Path) -> list[Path]:
    """The fatal-error logs in ``folder``: every process's own, and an earlier version's shared one."""
    try:
        found = [*folder.glob(f"{FATAL_LOG_PREFIX}*{FATAL_LOG_SUFFIX}"), folder / FATAL_LOG_NAME]
        return sorted(path for path in found if path.is_file())
    except OSError:
        return []


def _pid_of(path: Path) -> int | None:
    name = path.name.removeprefix(FATAL_LOG_PREFIX)
    digits = name.split("-", 1)[0]
    return int(digits) if path.name.startswith(FATAL_LOG_PREFIX) and digits.isdigit() else None


def _running(pid: int | None) -> bool:
    """Whether process ``pid`` exists (POSIX; only where the file system has no locks)."""
    if pid is None:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # PermissionError: it exists, as another user's
        return True
    return True


@contextlib.contextmanager
def _ended(path: Path) -> Iterator[bool]:
    """Whether the process that wrote ``path`` has ended; it stays claimed by this one inside."""
    if fcntl is None:
        # Windows: a file another process has open can be neither renamed nor removed, so trying is
        # the test (the caller treats a PermissionError as "still running").
        yield True
        return
    try:
        held = path.open("rb")
    except OSError:
        yield False
        return
    with held:
        try:
            fcntl.flock(held.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:  # its process holds the lock: it is still running
            yield False
            return
        except OSError:  # a file system without locks (some network shares): by the process id
            yield not _running(_pid_of(path))
            return
        yield True


def _kept_name(folder: Path, fatal: Path) -> Path:
    stamp = datetime.datetime.fromtimestamp(fatal.stat().st_mtime).strftime("%Y-%m-%dT%H-%M-%S")
    pid = _pid_of(fatal)
    base = f"{REPORT_PREFIX}{stamp}{'' if pid is None else f'-{pid}'}"
    kept = folder / f"{base}-fatal.txt"
    number = 1
    while kept.exists():
        number += 1
        kept = folder / f"{base}-{number}-fatal.txt"
    return kept


def _collect(fatal: Path) -> Path | None:
    """``fatal`` kept as a report when its process has ended and wrote something; removed when empty."""
    with _ended(fatal) as ended:
        if not ended:
            return None
        try:
            if fatal.stat().st_size == 0:
                fatal.unlink()
                return None
            kept = _kept_name(fatal.parent, fatal)
            fatal.replace(kept)
            return kept
        except PermissionError:  # Windows: still open in the process writing it
            return None
        except OSError:  # e.g. another launch collected it a moment ago
            return None


def collect_fatal_errors(folder: Path | None = None) -> list[Path]:
    """The fatal errors of earlier runs that have ended, each kept as a ``crash-…-fatal.txt`` report
    (oldest first); their empty logs are removed.  Called by the launch that shows the window — the
    one that tells the person — never for a log whose process still runs, nor for this process's own."""
    folder = folder or log_dir()
    _remove_stale_pending(folder)
    kept = [report for fatal in fatal_logs(folder) if fatal != _fatal_path and (report := _collect(fatal)) is not None]
    kept.sort(key=lambda path: path.stat().st_mtime if path.exists() else 0.0)
    for path in kept:
        log.warning("An earlier run ended with a fatal error; report kept at %s", path)
    return kept


def _remove_stale_pending(folder: Path) -> None:
    """Remove the ``.new`` logs of starts that died before naming theirs (never a recent one: its
    start may be renaming it right now)."""
    try:
        pending = list(folder.glob(f"{FATAL_LOG_PREFIX}*{_PENDING_SUFFIX}"))
    except OSError:
        return
    for path in pending:
        with contextlib.suppress(OSError):
            status = path.stat()
            if time.time() - status.st_mtime >= _PENDING_STALE_SECONDS and status.st_size == 0:
                path.unlink()


def _open_fatal_log(folder: Path) -> tuple[IO[str], Path]:
    """This process's own fatal-error log: a new file (nothing else's is opened, let alone emptied),
    locked before it gets the name a later start looks for, so it is never taken for a finished run's."""
    prefix = f"{FATAL_LOG_PREFIX}{os.getpid()}-"
    if fcntl is None:
        fd, name = tempfile.mkstemp(prefix=prefix, suffix=FATAL_LOG_SUFFIX, dir=folder, text=True)
        return os.fdopen(fd, "w", encoding="utf-8"), Path(name)
    fd, name = tempfile.mkstemp(prefix=prefix, suffix=_PENDING_SUFFIX, dir=folder, text=True)
    file = os.fdopen(fd, "w", encoding="utf-8")
    pending = Path(name)
    try:
        with contextlib.suppress(OSError):  # a file system without locks: the process id tells
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        final = pending.with_suffix(FATAL_LOG_SUFFIX)
        pending.replace(final)
    except OSError:
        file.close()
        with contextlib.suppress(OSError):
            pending.unlink()
        raise
    return file, final


def fatal_log() -> Path | None:
    """Where this process writes a fatal error (None before ``install`` or when it could not)."""
    return _fatal_path


def install(folder: Path | None = None) -> None:
    """Install every hook and open this process's fatal-error log; touches no other process's file
    (``collect_fatal_errors`` reads those of runs that have ended)."""
    global _log_dir, _fatal_file, _fatal_path, _saved_hooks, _reports_written
    _close_fatal_log()
    _log_dir = folder or log_dir()
    _reports_written = 0
    if _saved_hooks is None:
        _saved_hooks = (sys.excepthook, threading.excepthook)
    sys.excepthook = excepthook
    threading.excepthook = thread_excepthook
    try:
        _log_dir.mkdir(parents=True, exist_ok=True)
        _fatal_file, _fatal_path = _open_fatal_log(_log_dir)
        faulthandler.enable(_fatal_file, all_threads=True)
    except OSError as exc:
        log.warning("cannot write a fatal-error log in %s: %s", _log_dir, exc)


def _close_fatal_log() -> None:
    """Stop writing this process's fatal-error log; removed when nothing was written to it."""
    global _fatal_file, _fatal_path
    file, path = _fatal_file, _fatal_path
    _fatal_file = _fatal_path = None
    if file is None or path is None:
        return
    faulthandler.disable()
    try:
        empty = os.fstat(file.fileno()).st_size == 0
    except OSError:
        empty = False
    if fcntl is not None and empty:
        with contextlib.suppress(OSError):
            path.unlink()  # while still locked: no other launch is collecting it meanwhile
    file.close()
    if fcntl is None and empty:
        with contextlib.suppress(OSError):
            path.unlink()  # Windows: an open file cannot be removed


def uninstall() -> None:
    """At a clean exit: put the hooks found by ``install`` back; an empty fatal-error log is removed."""
    global _notifier, _saved_hooks, _log_dir
    _notifier = None
    _log_dir = None
    if _saved_hooks is not None:
        sys.excepthook, threading.excepthook = _saved_hooks
        _saved_hooks = None
    _close_fatal_log()


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
