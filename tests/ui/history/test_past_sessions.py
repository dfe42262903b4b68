"""Past sessions, offscreen: open, search, export, delete (after asking), interrupted ones marked,
and who spoke in a two-way session."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import srt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from tests.ui.history.samples import TWO_WAY, cell, seg, write_session
from translator_gui.transcript.export import ExportFormat, Variant
from translator_gui.transcript.journal import find_interrupted_sessions, in_progress_marker
from translator_gui.ui.history.past_sessions import PastSessions, export_target
from translator_gui.ui.history.view import WHO


def test_past_sessions_open_search_export_delete(qtbot: QtBot, tmp_path: Path) -> None:
    older = write_session(tmp_path, datetime(2026, 11, 20, 9, 0, 0), [seg(1, "Buenos días", "Good morning")])
    newer = write_session(tmp_path, datetime(2026, 11, 23, 14, 30, 0),
                          [seg(1, "Presupuesto", "Budget"), seg(2, "Gracias", "Thanks")])
    # a session whose writer died (a real process, killed): reported as interrupted
    writer = subprocess.Popen(
        [sys.executable, "-c",
         "import sys\n"
         "from datetime import datetime\nfrom pathlib import Path\n"
         "from translator_gui.transcript.journal import Journal\n"
         "from translator_gui.transcript.segment import Segment\n"
         "j = Journal(Path(sys.argv[1]), datetime(2026, 11, 24, 8, 0, 0))\n"
         "j.append(Segment(0.0, 1.0, 'cut', 'cortado', 'es'))\nj.flush()\n"
         "print('ready', flush=True)\nsys.stdin.read()\n",
         str(tmp_path)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[3])},
    )
    assert writer.stdout is not None and writer.stdout.readline().strip() == "ready"
    writer.send_signal(signal.SIGKILL)
    writer.wait(timeout=10)
    crashed = tmp_path / "2026-11-24T08-00-00.jsonl"
    assert find_interrupted_sessions(tmp_path) == [crashed]

    past = PastSessions(tmp_path)
    qtbot.addWidget(past)
    assert past.titles() == [
        "2026-11-24 08:00:00 — 1 lines (interrupted)",
        "2026-11-23 14:30:00 — 2 lines",
        "2026-11-20 09:00:00 — 1 lines",
    ]
    past.sessions.setCurrentRow(1)
    assert past.current() == newer
    assert [s.translation for s in past.history.segments()] == ["Presupuesto", "Gracias"]

    past.search.setText("good MORNING")
    assert past.titles() == ["2026-11-20 09:00:00 — 1 lines"]
    past.search.clear()

    out = tmp_path / "out.srt"
    past.export(newer, out, ExportFormat.SRT, Variant.BILINGUAL)
    cues = list(srt.parse(out.read_text(encoding="utf-8")))
    assert [c.content for c in cues] == ["Presupuesto\nBudget", "Gracias\nThanks"]

    past.delete(crashed)
    assert not crashed.exists() and not in_progress_marker(crashed).exists()
    past.delete(older)
    assert not older.exists()
    assert past.titles() == ["2026-11-23 14:30:00 — 2 lines"]
    assert past.current() == newer


def test_delete_asks_first(qtbot: QtBot, tmp_path: Path) -> None:
    path = write_session(tmp_path, datetime(2026, 11, 23, 14, 30, 0), [seg(1)])
    past = PastSessions(tmp_path)
    qtbot.addWidget(past)
    past.sessions.setCurrentRow(0)
    past.delete_button.click()
    box = past.findChild(QMessageBox)
    assert box is not None and path.exists()
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert path.exists()
    past.delete_button.click()
    boxes = [b for b in past.findChildren(QMessageBox) if b.isVisible()]
    assert len(boxes) == 1
    boxes[0].button(QMessageBox.StandardButton.Yes).click()
    assert not path.exists()
    assert isinstance(QApplication.instance(), QApplication)


def test_past_two_way_session_shows_who_spoke(qtbot: QtBot, tmp_path: Path) -> None:
    single = write_session(tmp_path, datetime(2026, 11, 20, 9, 0, 0), [seg(1, "Buenos días", "Good morning")])
    both = write_session(tmp_path, datetime(2026, 11, 23, 14, 30, 0), TWO_WAY)
    past = PastSessions(tmp_path)
    qtbot.addWidget(past)
    past.open(both)
    assert past.history.segments() == TWO_WAY  # the speakers come back from the journal
    assert past.history.shows_speakers
    assert [cell(past.history, r, WHO).text() for r in range(4)] == ["Them", "Me", "Them", "Me"]
    past.search.setText("me")  # sessions with my lines (or words holding "me")
    assert past.titles() == ["2026-11-23 14:30:00 — 4 lines"]
    assert [s.translation for s in past.history.visible_segments()] == [
        "Hello, thanks", "The meeting starts", "The budget is ready"]
    past.search.clear()
    out = tmp_path / "out.srt"
    past.export(both, out, ExportFormat.SRT, Variant.TRANSLATION)
    assert [c.content for c in srt.parse(out.read_text(encoding="utf-8"))] == [
        "Them: Buenos días", "Me: Hello, thanks", "Them: The meeting starts", "Me: The budget is ready"]
    past.open(single)
    assert not past.history.shows_speakers


def test_export_takes_the_format_from_a_typed_extension() -> None:
    assert export_target(Path("/x/notes.vtt"), ExportFormat.SRT) == (Path("/x/notes.vtt"), ExportFormat.VTT)
    assert export_target(Path("/x/NOTES.JSON"), ExportFormat.TEXT) == (Path("/x/NOTES.JSON"), ExportFormat.JSON)
    assert export_target(Path("/x/notes"), ExportFormat.SRT) == (Path("/x/notes.srt"), ExportFormat.SRT)
    assert export_target(Path("/x/notes.v2"), ExportFormat.TEXT) == (Path("/x/notes.v2.txt"), ExportFormat.TEXT)


def test_export_dialog_writes_what_was_typed_and_says_where(qtbot: QtBot, tmp_path: Path) -> None:
    said_by_them = [replace(seg(1, "Presupuesto", "Budget"), speaker="them")]
    session = write_session(tmp_path, datetime(2026, 11, 23, 14, 30, 0), said_by_them)
    past = PastSessions(tmp_path)
    qtbot.addWidget(past)
    notices: list[str] = []
    past.notice.connect(notices.append)
    past.sessions.setCurrentRow(0)
    assert past.current() == session
    past.export_button.click()
    dialog = past.findChild(QFileDialog)
    assert dialog is not None
    assert Path(dialog.directory().absolutePath()).is_dir()  # Documents, or the transcripts folder
    out = tmp_path / "exports" / "budget.vtt"  # typed with the SRT filter chosen
    out.parent.mkdir()
    dialog.fileSelected.emit(str(out))
    text = out.read_text(encoding="utf-8")
    assert text.startswith("WEBVTT") and "Presupuesto" in text
    assert "<v Them>" not in text, "only one side spoke: no speaker labels"
    assert notices == [f"Exported 2026-11-23 14:30:00 to {out}."]
    dialog.reject()
