"""The transcript on disk: one JSON line per caption line, fsync'd as it is written.

A failing disk must never stop the captions.  ``Journal.append`` never raises ``OSError``: a line
that cannot be written waits in a bounded in-memory backlog (oldest dropped and counted when
full) and is retried, in order, on the next append.  A batch that fails half-way is truncated
back to the last complete line, so retrying never duplicates or tears a line.

``append`` blocks for a write and an fsync; it is not thread-safe (use it from one thread).

Crash recovery: before the first line is written, a sidecar ``<journal>.inprogress`` is created
next to the journal, holding the writer's process id and (Linux) its start time, so that a reused
pid is told apart; ``close()`` removes it.  A journal whose sidecar is still there while its
writer is gone was interrupted (a crash, a kill, a power cut): ``find_interrupted_sessions``
lists them so the app can offer the transcript at the next start, and ``mark_recovered`` clears
the mark once the person was told.
"""

from __future__ import annotations

import contextlib
import errno
import json
import logging
import os
import stat
from collections import deque
from datetime import datetime
from pathlib import Path

import platformdirs

from translator_gui.transcript.segment import Segment

log = logging.getLogger(__name__)

APP_DIR_NAME = "translator-gui"
DEFAULT_MAX_BACKLOG = 10_000
IN_PROGRESS_SUFFIX = ".inprogress"

_REASONS: dict[int, str] = {
    errno.ENOSPC: "the disk is full",
    errno.EDQUOT: "the disk quota is used up",
    errno.EACCES: "permission was denied",
    errno.EPERM: "permission was denied",
    errno.EROFS: "the disk is read-only",
    errno.ENOTDIR: "a file is in the way of the folder",
    errno.EEXIST: "a file is in the way of the folder",
    errno.ENOENT: "the folder is not available",
    errno.EIO: "the disk reported an error",
}


def default_transcript_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_DIR_NAME, appauthor=False)) / "transcripts"


def journal_name(session_start: datetime) -> str:
    return f"{session_start:%Y-%m-%dT%H-%M-%S}.jsonl"


def failure_message(directory: Path, error: OSError) -> str:
    """One sentence (and the next step) for a person whose transcript cannot be saved."""
    reason = _REASONS.get(error.errno or 0) or (error.strerror or str(error) or "an unknown error").lower()
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        step = "free some space and the missed lines will be saved then."
    else:
        step = "the missed lines will be saved as soon as the folder can be written again."
    return f"Can't save the transcript to {directory}: {reason}. Captions continue; {step}"


def in_progress_marker(journal_path: Path) -> Path:
    """The sidecar that marks ``journal_path`` as still being written."""
    return journal_path.with_name(journal_path.name + IN_PROGRESS_SUFFIX)


def encode_line(segment: Segment) -> bytes:
    return (json.dumps(segment.to_json(), ensure_ascii=False) + "\n").encode("utf-8")


class Journal:
    """Append-only transcript file ``directory / "<session start>.jsonl"``."""

    def __init__(
        self, directory: Path, session_start: datetime, *, max_backlog: int = DEFAULT_MAX_BACKLOG
    ) -> None:
        if max_backlog < 1:
            raise ValueError("max_backlog must be at least 1")
        self.directory = directory
        self.path = directory / journal_name(session_start)
        self._backlog: deque[bytes] = deque()
        self._max_backlog = max_backlog
        self._fd: int | None = None
        self._size = 0  # bytes of complete lines in the file
        self._failing = False
        self._torn_tail = False
        self._marked = False
        self.dropped = 0  # lines lost because the backlog was full

    @property
    def backlog(self) -> int:
        """Lines waiting to be written."""
        return len(self._backlog)

    @property
    def failing(self) -> bool:
        return self._failing

    def append(self, segment: Segment) -> str | None:
        """Write one line; returns a message for a person on the first failure of a run, else None."""
        if len(self._backlog) >= self._max_backlog:
            self._backlog.popleft()
            self.dropped += 1
        self._backlog.append(encode_line(segment))
        try:
            self._write_backlog()
        except OSError as exc:
            self._close_fd()
            if self._failing:
                return None
            self._failing = True
            log.warning("cannot write the transcript %s: %s", self.path, exc)
            return failure_message(self.directory, exc)
        if self._failing:
            log.info("transcript %s writable again", self.path)
        self._failing = False
        return None

    def close(self) -> None:
        """Try once more to write the backlog, then close the file (idempotent)."""
        if self._backlog:
            try:
                self._write_backlog()
            except OSError as exc:
                log.warning("transcript %s: %d lines could not be saved: %s",
                            self.path, len(self._backlog), exc)
        self._close_fd()
        if self._marked:
            try:
                in_progress_marker(self.path).unlink(missing_ok=True)
                self._marked = False
            except OSError as exc:
                log.warning("transcript %s: cannot mark it complete: %s", self.path, exc)

    def _open(self) -> int:
        if self._fd is None:
            self.directory.mkdir(mode=0o700, parents=True, exist_ok=True)
            if not self._marked:
                self._mark_in_progress()
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_APPEND | os.O_CLOEXEC, 0o600)
            info = os.fstat(fd)
            self._size = info.st_size if stat.S_ISREG(info.st_mode) else 0
            self._fd = fd
            if self._size:
                try:
                    # An earlier run (same second) may have left a torn line: end it first.
                    self._torn_tail = os.pread(fd, 1, self._size - 1) != b"\n"
                except OSError:
                    self._close_fd()
                    raise
        return self._fd

    def _mark_in_progress(self) -> None:
        """Create the sidecar (fsync'd with its folder) before the journal gets its first line."""
        marker = in_progress_marker(self.path)
        fd = os.open(marker, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_CLOEXEC, 0o600)
        try:
            os.write(fd, f"{os.getpid()}\n{_process_start(os.getpid()) or ''}\n".encode())
            os.fsync(fd)
        finally:
            os.close(fd)
        with contextlib.suppress(OSError):
            dir_fd = os.open(self.directory, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)
            try:
                os.fsync(dir_fd)
            finally:
                os.close(dir_fd)
        self._marked = True

    def _write_backlog(self) -> None:
        fd = self._open()
        data = b"".join(self._backlog)
        if self._torn_tail:
            data = b"\n" + data
        try:
            view = memoryview(data)
            while view:
                written = os.write(fd, view)
                view = view[written:]
            os.fsync(fd)
        except OSError:
            # Drop what a partial write left behind so a retry neither tears nor repeats a line.
            with contextlib.suppress(OSError):
                os.ftruncate(fd, self._size)
            raise
        self._size += len(data)
        self._torn_tail = False
        self._backlog.clear()

    def _close_fd(self) -> None:
        if self._fd is not None:
            fd, self._fd = self._fd, None
            with contextlib.suppress(OSError):
                os.close(fd)


def read_journal(path: Path) -> list[Segment]:
    """All segments in a journal file; a torn or malformed line (a crash mid-write) is skipped."""
    segments: list[Segment] = []
    with path.open("rb") as fh:
        for number, raw in enumerate(fh, start=1):
            try:
                segments.append(Segment.from_json(json.loads(raw.decode("utf-8"))))
            except (UnicodeDecodeError, ValueError, TypeError):
                log.warning("%s: skipping unreadable line %d", path, number)
    return segments


def _process_start(pid: int) -> str | None:
    """When process ``pid`` started (clock ticks since boot, Linux), to tell a reused pid apart."""
    try:
        stat_line = Path(f"/proc/{pid}/stat").read_text(encoding="ascii", errors="replace")
    except OSError:
        return None
    fields = stat_line.rpartition(")")[2].split()
    return fields[19] if len(fields) > 19 else None  # field 22 of the whole line: starttime


def _writer_alive(pid: int, started: str | None) -> bool:
    if not _pid_alive(pid):
        return False
    if started is None:
        return True
    now = _process_start(pid)
    return now is None or now == started  # a different start time: the pid was reused


def _pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process
    except OSError:
        return False
    return True


def find_interrupted_sessions(directory: Path) -> list[Path]:
    """Journals in ``directory`` whose writer ended without closing them, oldest first.

    A journal still being written by a live process (this run, or another instance) is not
    listed; a marker without its journal (nothing was ever written) is ignored.
    """
    try:
        markers = sorted(directory.glob("*.jsonl" + IN_PROGRESS_SUFFIX))
    except OSError:
        return []
    found: list[Path] = []
    for marker in markers:
        journal = marker.with_name(marker.name[: -len(IN_PROGRESS_SUFFIX)])
        try:
            lines = marker.read_text(encoding="utf-8").split()
            if not journal.is_file():
                continue
        except OSError:
            continue
        pid = int(lines[0]) if lines and lines[0].isdigit() else 0
        started = lines[1] if len(lines) > 1 and lines[1].isdigit() else None
        if pid == os.getpid() and (started is None or started == _process_start(pid)):
            continue  # this very run
        if not _writer_alive(pid, started):
            found.append(journal)
    return found


def mark_recovered(journal_path: Path) -> None:
    """Clear the interrupted mark of ``journal_path`` (its lines stay as they are)."""
    in_progress_marker(journal_path).unlink(missing_ok=True)
