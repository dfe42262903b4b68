from __future__ import annotations

import contextlib
import errno
import json
import os
import subprocess
import threading
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from translator_gui.paths import default_transcript_dir, transcript_dir
from translator_gui.transcript.journal import Journal, failure_message, read_journal, session_start_of
from translator_gui.transcript.segment import Segment
from translator_gui.ui.i18n import Installed, install_translations

START = datetime(2026, 11, 24, 10, 15, 3)


def segment(i: int, text: str = "") -> Segment:
    return Segment(float(i), float(i) + 0.5, f"source {i}", text or f"línea {i} — 日本語", "es")


def test_file_name_and_default_folder(tmp_path: Path) -> None:
    assert Journal(tmp_path, START).path == tmp_path / "2026-11-24T10-15-03.jsonl"
    assert session_start_of(tmp_path / "2026-11-24T10-15-03.jsonl") == START
    assert session_start_of(tmp_path / "notes.jsonl") is None
    # conftest points XDG_DATA_HOME at a private home
    assert default_transcript_dir() == Path(os.environ["XDG_DATA_HOME"]) / "translator-gui" / "transcripts"
    # the command line's folder wins over the saved one, which wins over the default
    assert transcript_dir(tmp_path / "cli", tmp_path / "saved") == tmp_path / "cli"
    assert transcript_dir(None, tmp_path / "saved") == tmp_path / "saved"
    assert transcript_dir(None, None) == default_transcript_dir()


def test_lines_are_on_disk_while_the_journal_is_open(tmp_path: Path) -> None:
    folder = tmp_path / "new" / "transcripts"
    journal = Journal(folder, START)
    assert not folder.exists()  # created on the first write, not before
    lines = [segment(1), segment(2)]
    for line in lines:
        assert journal.append(line) is None
    assert journal.flush() is None
    raw = journal.path.read_bytes()  # a second, independent open
    assert "日本語".encode() in raw  # UTF-8, not \u escapes
    assert [json.loads(x) for x in raw.decode().splitlines()] == [s.to_json() for s in lines]
    assert read_journal(journal.path) == lines
    journal.close()
    journal.close()
    assert read_journal(journal.path) == lines


def test_torn_last_line_is_skipped_and_a_later_journal_continues_cleanly(tmp_path: Path) -> None:
    journal = Journal(tmp_path, START)
    journal.append(segment(1))
    journal.close()
    with journal.path.open("ab") as fh:
        fh.write(b'{"start": 2.0, "end": 2.5, "sour')  # a crash mid-line
    assert read_journal(journal.path) == [segment(1)]
    again = Journal(tmp_path, START)  # same second: same file
    again.append(segment(3))
    again.close()
    assert read_journal(journal.path) == [segment(1), segment(3)]


def test_folder_blocked_by_a_file_reports_once_and_loses_nothing(tmp_path: Path) -> None:
    blocker = tmp_path / "blocker"
    blocker.write_text("not a folder")
    folder = blocker / "transcripts"
    journal = Journal(folder, START)
    assert journal.append(segment(1)) is None  # the writer thread meets the failure…
    message = journal.flush()  # …and the next call reports it
    assert message is not None
    assert message.startswith(f"Can't save the transcript to {folder}: ")
    assert "Captions continue" in message
    assert journal.failing
    assert [journal.append(segment(i)) for i in (2, 3)] == [None, None]  # reported once
    assert journal.flush() is None
    assert journal.backlog == 3
    blocker.unlink()
    assert journal.append(segment(4)) is None
    assert journal.flush() is None
    assert not journal.failing and journal.backlog == 0
    assert read_journal(journal.path) == [segment(i) for i in (1, 2, 3, 4)]
    # a new run of failures is reported again
    journal.close()
    journal.path.unlink()
    folder.rmdir()
    blocker.rmdir()
    blocker.write_text("in the way again")
    journal.append(segment(5))
    assert journal.flush() is not None
    assert journal.append(segment(6)) is None
    assert journal.close() is None


def test_backlog_is_bounded_and_counts_what_it_drops(tmp_path: Path) -> None:
    blocker = tmp_path / "blocker"
    blocker.write_text("")
    journal = Journal(blocker / "t", START, max_backlog=3)
    for i in range(5):
        journal.append(segment(i))
    journal.flush()
    assert (journal.backlog, journal.dropped) == (3, 2)
    blocker.unlink()
    journal.append(segment(5))
    journal.close()
    assert read_journal(journal.path) == [segment(i) for i in (3, 4, 5)]


def test_write_error_enospc_via_dev_full(tmp_path: Path) -> None:
    """A journal file that is really /dev/full: every write fails with ENOSPC, no mocks."""
    journal = Journal(tmp_path, START)
    journal.path.symlink_to("/dev/full")
    journal.append(segment(1))
    message = journal.flush()
    assert message is not None and "the disk is full" in message
    assert journal.append(segment(2)) is None
    assert journal.flush() is None
    journal.path.unlink()
    assert journal.append(segment(3)) is None
    journal.close()
    assert read_journal(journal.path) == [segment(1), segment(2), segment(3)]


@contextlib.contextmanager
def tiny_tmpfs(where: Path, size: str) -> Iterator[Path]:
    where.mkdir()
    try:
        subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs", str(where)],
                       check=True, capture_output=True, timeout=10)
    except (OSError, subprocess.SubprocessError) as exc:
        pytest.skip(f"cannot mount a small tmpfs here ({exc}); ENOSPC is covered via /dev/full")
    try:
        yield where
    finally:
        if subprocess.run(["umount", str(where)], check=False, timeout=10).returncode:
            subprocess.run(["umount", "--lazy", str(where)], check=True, timeout=10)  # still busy


def fill(filler: Path) -> None:
    with filler.open("wb", buffering=0) as fh:
        try:
            while True:
                fh.write(b"\0" * 1024)
        except OSError as exc:
            assert exc.errno == errno.ENOSPC


def test_a_really_full_disk(tmp_path: Path) -> None:
    with tiny_tmpfs(tmp_path / "disk", "16k") as disk:
        journal = Journal(disk / "transcripts", START)
        assert journal.append(segment(1)) is None
        assert journal.flush() is None
        fill(disk / "filler")
        size = journal.path.stat().st_size
        # too big for the rest of its page: written in part, then ENOSPC
        big = segment(2, "x" * 9000)
        journal.append(big)
        message = journal.flush()
        assert message is not None and "the disk is full" in message
        assert journal.path.stat().st_size == size  # the torn part was truncated away
        assert read_journal(journal.path) == [segment(1)]
        assert journal.append(segment(3)) is None
        assert journal.flush() is None
        (disk / "filler").unlink()
        assert journal.append(segment(4)) is None
        journal.close()
        assert read_journal(journal.path) == [segment(1), big, segment(3), segment(4)]


def writer_threads(journal: Journal) -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == f"journal {journal.path.name}"]


def test_one_writer_thread_keeps_the_order_and_close_drains_and_joins_it(tmp_path: Path) -> None:
    journal = Journal(tmp_path, START)
    assert writer_threads(journal) == []  # started by the first line, not before
    lines = [segment(i) for i in range(2000)]
    for line in lines:
        assert journal.append(line) is None
    [writer] = writer_threads(journal)
    assert writer is not threading.current_thread()
    assert journal.close() is None  # everything queued is written before it returns
    assert not writer.is_alive() and writer_threads(journal) == []
    assert journal.backlog == 0
    assert read_journal(journal.path) == lines
    assert journal.flush() is None  # nothing to wait for once closed
    journal.append(segment(2000))  # a closed journal opens again
    journal.close()
    assert read_journal(journal.path) == [*lines, segment(2000)]


def test_a_failure_met_after_the_last_line_is_reported_by_close(tmp_path: Path) -> None:
    blocker = tmp_path / "blocker"
    blocker.write_text("")
    journal = Journal(blocker / "t", START)
    assert journal.append(segment(1)) is None
    message = journal.close()
    assert message is not None and "file is in the way" in message
    assert journal.close() is None  # reported once


def test_a_journal_that_could_not_be_written_says_it_is_not_saved(tmp_path: Path) -> None:
    blocker = tmp_path / "transcripts"
    blocker.write_text("a file where the folder should be", encoding="utf-8")
    journal = Journal(blocker / "sub", datetime(2026, 11, 24, 9, 0, 0))
    assert journal.saved  # nothing appended yet: nothing to lose
    journal.append(Segment(0.0, 1.0, "Hello", "Hola", "es"))
    message = journal.close()
    assert not journal.saved
    assert message is not None and "a file is in the way" in message
    assert journal.failure == message  # still there after it was reported, for the "Stopped" notice


def test_a_written_journal_is_saved(tmp_path: Path) -> None:
    journal = Journal(tmp_path, datetime(2026, 11, 24, 9, 0, 0))
    journal.append(Segment(0.0, 1.0, "Hello", "Hola", "es"))
    assert journal.close() is None
    assert journal.saved and journal.failure is None



def test_the_failure_is_said_in_the_language_installed_when_it_happens(tmp_path: Path,
                                                                      speaking: list[Installed]) -> None:
    full = OSError(errno.ENOSPC, "No space left on device")
    odd = OSError(errno.ENAMETOOLONG, "File name too long")
    assert failure_message(tmp_path, full) == (
        f"Can't save the transcript to {tmp_path}: the disk is full. Captions continue; "
        "free some space and the missed lines will be saved then."
    )
    speaking.append(install_translations("de"))
    assert failure_message(tmp_path, full) == (
        f"Das Transkript kann nicht in {tmp_path} gespeichert werden: der Datenträger ist voll. Die Untertitel "
        "laufen weiter; schaffen Sie Platz, dann werden die fehlenden Zeilen gespeichert."
    )
    assert failure_message(tmp_path, odd) == (
        f"Das Transkript kann nicht in {tmp_path} gespeichert werden: file name too long. Die Untertitel laufen "
        "weiter; die fehlenden Zeilen werden gespeichert, sobald in den Ordner wieder geschrieben werden kann."
    )
    assert "ein unbekannter Fehler" in failure_message(tmp_path, OSError())
    speaking.pop().remove()
    assert "permission was denied" in failure_message(tmp_path, OSError(errno.EACCES, "Permission denied"))
