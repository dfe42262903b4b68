"""Interrupted sessions: a journal is marked in progress until it is closed."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import datetime
from pathlib import Path

from translator_gui.transcript.journal import (
    Journal,
    find_interrupted_sessions,
    in_progress_marker,
    mark_recovered,
    read_journal,
)
from translator_gui.transcript.segment import Segment

START = datetime(2026, 11, 24, 10, 15, 3)
LINE = Segment(1.0, 2.0, "hello", "hola", "es")

WRITER = """
import sys
from datetime import datetime
from pathlib import Path
from translator_gui.transcript.journal import Journal
from translator_gui.transcript.segment import Segment
journal = Journal(Path(sys.argv[1]), datetime(2026, 11, 24, 9, 0, 0))
for i in range(3):
    assert journal.append(Segment(float(i), i + 0.5, f"src {i}", f"línea {i}", "es")) is None
assert journal.flush() is None  # on disk: what a crash from now on leaves behind
if sys.argv[2] == "close":
    journal.close()
else:
    import os
    os._exit(1)  # no close, no cleanup: as if the process died
"""


def test_marker_exists_only_while_the_journal_is_open(tmp_path: Path) -> None:
    journal = Journal(tmp_path, START)
    marker = in_progress_marker(journal.path)
    assert not marker.exists()  # nothing written yet: nothing to recover
    journal.append(LINE)
    journal.flush()
    assert marker.read_text().split()[0] == str(os.getpid())
    assert find_interrupted_sessions(tmp_path) == []  # our own, live session
    journal.close()
    assert not marker.exists()
    journal.close()  # idempotent
    assert sorted(p.name for p in tmp_path.iterdir()) == [journal.path.name]


def test_a_writer_that_died_leaves_an_interrupted_session(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    died = subprocess.run([sys.executable, "-c", WRITER, str(tmp_path / "a"), "die"], env=env, check=False)
    assert died.returncode == 1
    closed = subprocess.run([sys.executable, "-c", WRITER, str(tmp_path / "b"), "close"], env=env, check=False)
    assert closed.returncode == 0
    interrupted = find_interrupted_sessions(tmp_path / "a")
    assert [p.name for p in interrupted] == ["2026-11-24T09-00-00.jsonl"]
    assert [s.translation for s in read_journal(interrupted[0])] == ["línea 0", "línea 1", "línea 2"]
    assert find_interrupted_sessions(tmp_path / "b") == []
    mark_recovered(interrupted[0])
    assert find_interrupted_sessions(tmp_path / "a") == []
    assert read_journal(interrupted[0])  # the transcript itself stays


def test_stray_markers_and_missing_folders_are_ignored(tmp_path: Path) -> None:
    assert find_interrupted_sessions(tmp_path / "nowhere") == []
    (tmp_path / "2026-01-01T00-00-00.jsonl.inprogress").write_text("999999999\n")  # no journal
    (tmp_path / "2026-01-02T00-00-00.jsonl").write_text("")
    (tmp_path / "2026-01-02T00-00-00.jsonl.inprogress").write_text("garbage")
    assert [p.name for p in find_interrupted_sessions(tmp_path)] == ["2026-01-02T00-00-00.jsonl"]


def test_an_unwritable_folder_is_still_reported_once(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("in the way")
    journal = Journal(blocker / "transcripts", START)
    journal.append(LINE)
    first = journal.flush()
    assert first is not None and "file is in the way" in first
    assert journal.append(LINE) is None  # once per run of failures
    assert journal.flush() is None
    assert journal.backlog == 2
    journal.close()


def test_a_reused_process_id_does_not_hide_an_interrupted_session(tmp_path: Path) -> None:
    journal = Journal(tmp_path, START)
    journal.append(LINE)
    journal.flush()
    marker = in_progress_marker(journal.path)
    pid, started = marker.read_text().split()
    assert started.isdigit()  # Linux: the writer's start time is recorded
    # The same pid, but a process that started at another time: not the writer.
    marker.write_text(f"{pid}\n{int(started) + 12345}\n")
    assert find_interrupted_sessions(tmp_path) == [journal.path]
    marker.write_text(f"{pid}\n{started}\n")
    assert find_interrupted_sessions(tmp_path) == []
    journal.close()
