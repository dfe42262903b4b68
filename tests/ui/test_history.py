"""The caption history and past sessions, offscreen."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest
import srt
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics, QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QTableWidgetItem
from pytestqt.qtbot import QtBot

from translator_gui.captions.export import ExportFormat, Variant
from translator_gui.captions.journal import Journal, find_interrupted_sessions, in_progress_marker
from translator_gui.captions.segment import Segment
from translator_gui.ui.caption_overlay import missing_glyphs
from translator_gui.ui.caption_panel import CaptionPanel
from translator_gui.ui.history_view import HistoryView, PastSessions


def seg(i: int, translation: str | None = None, source: str | None = None) -> Segment:
    return Segment(float(i * 2), i * 2 + 1.5, source if source is not None else f"source line {i}",
                   translation if translation is not None else f"translation line {i}", "es")


@pytest.fixture
def view(qtbot: QtBot) -> HistoryView:
    widget = HistoryView()
    qtbot.addWidget(widget)
    widget.resize(600, 300)
    widget.show()
    qtbot.wait_exposed(widget)
    return widget


def cell(view: HistoryView, row: int, column: int) -> QTableWidgetItem:
    item = view.table.item(row, column)
    assert item is not None
    return item


def test_side_by_side_and_interleaved(view: HistoryView) -> None:
    view.add_segment(seg(1))
    view.add_segment(seg(2, "مرحبا بكم", "Welcome"))
    assert [cell(view, 0, c).text() for c in range(3)] == ["0:00:02", "translation line 1", "source line 1"]
    assert not view.table.isColumnHidden(2)
    view.set_interleaved(True)
    assert view.table.isColumnHidden(2)
    assert cell(view, 0, 1).text() == "translation line 1\nsource line 1"
    view.set_interleaved(False)
    assert cell(view, 0, 1).text() == "translation line 1"
    assert cell(view, 1, 1).textAlignment() & Qt.AlignmentFlag.AlignRight.value  # RTL text aligned right
    assert not cell(view, 0, 1).textAlignment() & Qt.AlignmentFlag.AlignRight.value


def test_follows_new_lines_pauses_while_reading_back_and_resumes(view: HistoryView, qtbot: QtBot) -> None:
    for i in range(80):
        view.add_segment(seg(i))
    bar = view.table.verticalScrollBar()
    qtbot.wait_until(lambda: bar.maximum() > 0 and bar.value() == bar.maximum())
    assert view.following and view.jump_button.isHidden()

    bar.setValue(0)  # the person scrolls up to read
    assert not view.following and not view.jump_button.isHidden()
    view.add_segment(seg(80))
    qtbot.wait_until(lambda: bar.maximum() > 0)
    assert bar.value() == 0  # not yanked back down

    view.jump_button.click()
    assert view.following
    view.add_segment(seg(81))
    qtbot.wait_until(lambda: bar.value() == bar.maximum())
    bar.setValue(bar.maximum() // 2)
    assert not view.following
    bar.setValue(bar.maximum())  # scrolling back down resumes too
    assert view.following


def test_search_hides_lines_that_do_not_match(view: HistoryView) -> None:
    view.add_segment(seg(1, "El presupuesto", "The budget"))
    view.add_segment(seg(2, "Contratación", "Hiring"))
    view.add_segment(seg(3, "预算很紧", "The BUDGET is tight"))
    view.search.setText("budget")
    assert [s.start for s in view.visible_segments()] == [2.0, 6.0]  # source text matches too
    view.search.setText("预算")
    assert [s.translation for s in view.visible_segments()] == ["预算很紧"]
    view.search.clear()
    assert len(view.visible_segments()) == 3


def test_copy(view: HistoryView) -> None:
    view.add_segment(seg(1, "Hola", "Hello"))
    view.add_segment(seg(2, "Adiós", "Bye"))
    view.table.selectRow(1)
    assert view.copy_selection() == "[0:00:04] Adiós\n    Bye"
    assert QGuiApplication.clipboard().text() == "[0:00:04] Adiós\n    Bye"
    view.table.clearSelection()
    assert view.copy_selection().splitlines()[0] == "[0:00:02] Hola"  # nothing selected: all shown lines


def write_session(folder: Path, start: datetime, segments: list[Segment], close: bool = True) -> Path:
    journal = Journal(folder, start)
    for s in segments:
        assert journal.append(s) is None
    if close:
        journal.close()
    return journal.path


def test_past_sessions_open_search_export_delete(qtbot: QtBot, tmp_path: Path) -> None:
    older = write_session(tmp_path, datetime(2026, 11, 20, 9, 0, 0), [seg(1, "Buenos días", "Good morning")])
    newer = write_session(tmp_path, datetime(2026, 11, 23, 14, 30, 0),
                          [seg(1, "Presupuesto", "Budget"), seg(2, "Gracias", "Thanks")])
    # a session whose writer died (a real process, killed): reported as interrupted
    writer = subprocess.Popen(
        [sys.executable, "-c",
         "import sys\n"
         "from datetime import datetime\nfrom pathlib import Path\n"
         "from translator_gui.captions.journal import Journal\nfrom translator_gui.captions.segment import Segment\n"
         "j = Journal(Path(sys.argv[1]), datetime(2026, 11, 24, 8, 0, 0))\n"
         "j.append(Segment(0.0, 1.0, 'cut', 'cortado', 'es'))\nprint('ready', flush=True)\nsys.stdin.read()\n",
         str(tmp_path)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])},
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


def test_main_window_live_captions_align_rtl_right(qtbot: QtBot) -> None:
    panel = CaptionPanel()
    qtbot.addWidget(panel)
    panel.show_live("مرحبا بكم في الاجتماع", "Welcome to the meeting")
    assert panel.translation.alignment() & Qt.AlignmentFlag.AlignRight
    assert panel.source.alignment() & Qt.AlignmentFlag.AlignLeft
    panel.show_live("Bienvenue", "שלום")
    assert panel.translation.alignment() & Qt.AlignmentFlag.AlignLeft
    assert panel.source.alignment() & Qt.AlignmentFlag.AlignRight


def test_history_rows_fit_cjk_lines(view: HistoryView) -> None:
    view.set_interleaved(True)
    view.add_segment(Segment(1.0, 2.0, "The budget, and hiring.", "今天我们讨论预算，以及招聘计划。", "zh"))
    item = cell(view, 0, 1)
    assert missing_glyphs(item.font(), item.text().replace("\n", "")) == []
    assert view.table.rowHeight(0) >= 2 * QFontMetrics(item.font()).lineSpacing()  # both lines, none clipped


def test_the_main_window_panel_keeps_its_history_texts(qtbot: QtBot) -> None:
    panel = CaptionPanel()
    qtbot.addWidget(panel)
    panel.add_segment(Segment(61.0, 62.0, "Hello", "Hola", "es"))
    panel.add_segment(Segment(63.0, 64.0, "Ja", "", "es"))
    assert panel.history_texts() == ["0:01:01  Hola\n    Hello", "0:01:03  Ja"]
    assert isinstance(panel.history, HistoryView)
    panel.clear()
    assert panel.history_texts() == []
