"""The transcript on disk: one JSON line per caption line, written and fsync'd by a writer thread.

A failing disk must never stop the captions, and a slow one must never stall the thread that
runs them (the GUI thread also runs the audio pump).  ``Journal.append`` only queues the line and
wakes the journal's writer thread, which writes every queued line in order and fsyncs, so a
completed line reaches the operating system moments after it is appended.  ``append`` never
raises ``OSError``: lines that cannot be written stay in a bounded backlog (oldest dropped and
counted when full) and are retried, in order, when the next line arrives and at ``close()``.  A
batch that fails half-way is truncated back to the last complete line, so retrying never
duplicates or tears a line.

A storage failure is reported once per run of failures, as a sentence for a person, by the first
``append``, ``flush`` or ``close`` call after the writer met it — usually the *next* call after the
line that failed, not the same one.  ``flush()`` waits until every line appended so far is written
(or back in the backlog); ``close()`` drains, joins the writer and closes the file.  Use a journal
from one thread.

Crash recovery: before the first line is written, a sidecar ``<journal>.inprogress`` is created
next to the journal, holding the writer's process id and (Linux) its start time, so that a reused
pid is told apart; ``close()`` removes it.  A journal whose sidecar is still there while its
writer is gone was interrupted (a crash, a kill, a power cut): ``find_interrupted_sessions``
lists them so the app can offer the transcript at the next start, and ``mark_recovered`` clears
the mark once the person was told.  At interpreter exit, journals still open are flushed (not
closed: a run that ended without closing its journal was interrupted).

Text still being spoken: ``checkpoint`` queues the open line as a checkpoint (written and fsync'd
like any line), and ``read_journal`` returns it, minus the lines finished after it, as a line
marked ``unfinished`` (see :mod:`translator_gui.transcript.checkpoints`).  A crash loses only what
arrived after the last checkpoint.
"""

from __future__ import annotations

import atexit
import contextlib
import errno
import json
import logging
import os
import stat
import threading
from collections import deque
from datetime import datetime
from pathlib import Path

from translator_gui.i18n import translate
from translator_gui.transcript import checkpoints
from translator_gui.transcript.segment import Segment

log = logging.getLogger(__name__)

DEFAULT_MAX_BACKLOG = 10_000
IN_PROGRESS_SUFFIX = ".inprogress"
NAME_FORMAT = "%Y-%m-%dT%H-%M-%S"  # the session's start, local time: 2026-11-24T09-12-00.jsonl
SUFFIX = ".jsonl"
AT_EXIT_FLUSH_SECONDS = 5.0


def _reasons() -> dict[int, str]:
    """Why a folder cannot be written, in words, by ``errno`` (in the language the app speaks)."""
    return {
        errno.ENOSPC: translate("Transcript", "the disk is full"),
        errno.EDQUOT: translate("Transcript", "the disk quota is used up"),
        errno.EACCES: translate("Transcript", "permission was denied"),
        errno.EPERM: translate("Transcript", "permission was denied"),
        errno.EROFS: translate("Transcript", "the disk is read-only"),
        errno.ENOTDIR: translate("Transcript", "a file is in the way of the folder"),
        errno.EEXIST: translate("Transcript", "a file is in the way of the folder"),
        errno.ENOENT: translate("Transcript", "the folder is not available"),
        errno.EIO: translate("Transcript", "the disk reported an error"),
    }


def journal_name(session_start: datetime) -> str:
    return f"{session_start:{NAME_FORMAT}}{SUFFIX}"


def session_start_of(path: Path) -> datetime | None:
    """When the session of journal ``path`` started, from its name; None for another name."""
    try:
        return datetime.strptime(path.stem, NAME_FORMAT)
    except ValueError:
        return None


def failure_message(directory: Path, error: OSError) -> str:
    """One sentence (and the next step) for a person whose transcript cannot be saved."""
    reason = (_reasons().get(error.errno or 0) or (error.strerror or str(error)).lower()
              or translate("Transcript", "an unknown error"))
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        sentence = translate("Transcript", "Can't save the transcript to {directory}: {reason}. Captions continue; "
                             "free some space and the missed lines will be saved then.")
    else:
        sentence = translate("Transcript", "Can't save the transcript to {directory}: {reason}. Captions continue; "
                             "the missed lines will be saved as soon as the folder can be written again.")
    return sentence.format(directory=directory, reason=reason)


def in_progress_marker(journal_path: Path) -> Path:
    """The sidecar that marks ``journal_path`` as still being written."""
    return journal_path.with_name(journal_path.name + IN_PROGRESS_SUFFIX)


def encode_line(segment: Segment, *, checkpoint: bool = False) -> bytes:
    """One journal line, always valid UTF-8: a lone surrogate (half of a character a server split) is
    written as U+FFFD instead of failing the line.  ``checkpoint``: the line still being spoken."""
    record = checkpoints.to_json(segment) if checkpoint else segment.to_json()
    text = json.dumps(record, ensure_ascii=False) + "\n"
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:
        log.info("A transcript line held a lone surrogate; saved with U+FFFD in its place")
        return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace").encode("utf-8")


class Journal:
    """Append-only transcript file ``directory / "<session start>.jsonl"``, written by its own thread.

    At most ``max_backlog`` lines wait to be written, besides the batch being written: when full,
    the oldest waiting line is dropped and counted in ``dropped``.
    """

    def __init__(
        self, directory: Path, session_start: datetime, *, max_backlog: int = DEFAULT_MAX_BACKLOG
    ) -> None:
        if max_backlog < 1:
            raise ValueError("max_backlog must be at least 1")
        self.directory = directory
        self.path = directory / journal_name(session_start)
        self._max_backlog = max_backlog
        self._cond = threading.Condition()
        # Shared with the writer thread, under _cond:
        self._pending: deque[bytes] = deque()  # lines not yet on disk, oldest first
        self._in_flight = 0  # how many of the first pending lines the writer is writing now
        self._new = False  # a line arrived since the writer last took the pending lines
        self._closing = False
        self._unreported: str | None = None  # a failure message nobody was given yet
        self._failing = False
        self._writer: threading.Thread | None = None
        self.dropped = 0  # lines lost because the backlog was full
        self._appended = 0  # lines appended, ever
        self._last_failure: str | None = None
        # The writer thread's own (and the caller's once close() has joined it):
        self._fd: int | None = None
        self._size = 0  # bytes of complete lines in the file
        self._torn_tail = False
        self._marked = False

    @property
    def backlog(self) -> int:
        """Lines not yet written (queued, being written, or waiting for the disk to recover)."""
        with self._cond:
            return len(self._pending)

    @property
    def failing(self) -> bool:
        return self._failing

    @property
    def saved(self) -> bool:
        """Every line appended so far is in the file: False while lines wait to be written or after
        the disk refused them (then ``failure`` says why), True for a journal nobody appended to."""
        with self._cond:
            pending = len(self._pending)
        return pending == 0 and not self._failing and self.dropped == 0 and (not self._appended or self.path.exists())

    @property
    def failure(self) -> str | None:
        """The sentence for the last failure to write (kept after it was reported), or None."""
        return self._last_failure

    def append(self, segment: Segment) -> str | None:
        """Queue one line for the writer; returns a failure message not reported yet, else None."""
        return self._queue(encode_line(segment))

    def checkpoint(self, segment: Segment) -> None:
        """Queue a checkpoint of the line still being spoken (see the module docstring).  A failure
        to write it is left for the next ``append``, ``flush`` or ``close`` to report."""
        self._queue(encode_line(segment, checkpoint=True), report=False)

    def _queue(self, line: bytes, *, report: bool = True) -> str | None:
        with self._cond:
            self._appended += 1
            if len(self._pending) - self._in_flight >= self._max_backlog:
                del self._pending[self._in_flight]  # the oldest line the writer is not writing
                self.dropped += 1
            self._pending.append(line)
            self._new = True
            self._start_writer()
            self._cond.notify_all()
            return self._take_message() if report else None

    def flush(self, timeout: float | None = None) -> str | None:
        """Wait until every line appended so far is written, or back in the backlog after a failure
        (at most ``timeout`` seconds); returns a failure message not reported yet, else None."""
        with self._cond:
            self._cond.wait_for(self._idle, timeout)
            return self._take_message()

    def close(self) -> str | None:
        """Write what is queued (retrying the backlog once more), stop the writer, close the file and
        clear the in-progress mark; returns a failure message not reported yet.  Idempotent; a
        later ``append`` opens the file again."""
        with self._cond:
            if not self._pending and self._writer is None and self._fd is None and not self._marked:
                return self._take_message()
            self._closing = True
            writer = self._start_writer()
            self._cond.notify_all()
        writer.join()
        with self._cond:
            self._writer = None
            self._closing = False
            _open_journals.discard(self)
            return self._take_message()

    # -- called under _cond ---------------------------------------------------------------------

    def _idle(self) -> bool:
        return self._writer is None or not (self._new or self._in_flight)

    def _take_message(self) -> str | None:
        message, self._unreported = self._unreported, None
        return message

    def _start_writer(self) -> threading.Thread:
        if self._writer is None or not self._writer.is_alive():
            self._writer = threading.Thread(target=self._run, name=f"journal {self.path.name}", daemon=True)
            self._writer.start()
            _open_journals.add(self)
        return self._writer

    # -- the writer thread ---------------------------------------------------------------------

    def _run(self) -> None:
        try:
            while self._write_next():
                pass
        finally:
            with self._cond:  # even after a bug: flush() must not wait for a dead thread
                self._in_flight = 0
                self._new = False
                self._cond.notify_all()

    def _write_next(self) -> bool:
        """Write the pending lines once; False when the journal is closing and the file is closed."""
        with self._cond:
            self._cond.wait_for(lambda: self._new or self._closing)
            closing = self._closing
            self._new = False
            batch = list(self._pending)
            self._in_flight = len(batch)
        error = self._write(batch) if batch else None
        with self._cond:
            self._in_flight = 0
            if error is None:
                for _ in batch:
                    self._pending.popleft()
                if self._failing:
                    log.info("transcript %s writable again", self.path)
                self._failing = False
            else:
                while len(self._pending) > self._max_backlog:
                    self._pending.popleft()
                    self.dropped += 1
                if not self._failing:
                    self._failing = True
                    log.warning("cannot write the transcript %s: %s", self.path, error)
                    self._unreported = self._last_failure = failure_message(self.directory, error)
            self._cond.notify_all()
        if not closing:
            return True
        if error is not None:
            log.warning("transcript %s: %d lines could not be saved: %s", self.path, len(self._pending), error)
        self._close_fd()
        if self._marked:
            try:
                in_progress_marker(self.path).unlink(missing_ok=True)
                self._marked = False
            except OSError as exc:
                log.warning("transcript %s: cannot mark it complete: %s", self.path, exc)
        return False

    def _write(self, lines: list[bytes]) -> OSError | None:
        try:
            fd = self._open()
            data = b"".join(lines)
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
        except OSError as exc:
            self._close_fd()
            return exc
        self._size += len(data)
        self._torn_tail = False
        return None

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

    def _close_fd(self) -> None:
        if self._fd is not None:
            fd, self._fd = self._fd, None
            with contextlib.suppress(OSError):
                os.close(fd)


_open_journals: set[Journal] = set()  # journals whose writer thread runs (guarded by the GIL)


@atexit.register
def _flush_open_journals() -> None:
    """Let the daemon writer threads finish what was appended before the interpreter stops them."""
    for journal in list(_open_journals):
        journal.flush(AT_EXIT_FLUSH_SECONDS)


def read_journal(path: Path) -> list[Segment]:
    """All segments in a journal file, and what its checkpoints hold that was never finished (last,
    marked ``unfinished``); a torn or malformed line (a crash mid-write) is skipped."""
    records: list[tuple[Segment, bool]] = []
    with path.open("rb") as fh:
        for number, raw in enumerate(fh, start=1):
            try:
                record = json.loads(raw.decode("utf-8"))
                if not isinstance(record, dict):
                    raise ValueError("not a JSON object")
                open_line = checkpoints.from_json(record)
                if open_line is not None:
                    records.append((open_line, True))
                else:
                    records.append((Segment.from_json(record), False))
            except (UnicodeDecodeError, ValueError, TypeError):
                log.warning("%s: skipping unreadable line %d", path, number)
    return checkpoints.resolve(records)


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
        markers = sorted(directory.glob("*" + SUFFIX + IN_PROGRESS_SUFFIX))
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
