"""The transcript on disk: one JSON line per caption line, fsync'd as it is written.

A failing disk must never stop the captions.  ``Journal.append`` never raises ``OSError``: a line
that cannot be written waits in a bounded in-memory backlog (oldest dropped and counted when
full) and is retried, in order, on the next append.  A batch that fails half-way is truncated
back to the last complete line, so retrying never duplicates or tears a line.

``append`` blocks for a write and an fsync; it is not thread-safe (use it from one thread).
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

from translator_gui.captions.segment import Segment

log = logging.getLogger(__name__)

APP_DIR_NAME = "translator-gui"
DEFAULT_MAX_BACKLOG = 10_000

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

    def _open(self) -> int:
        if self._fd is None:
            self.directory.mkdir(mode=0o700, parents=True, exist_ok=True)
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
