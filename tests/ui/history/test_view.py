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
from PySide6.QtWidgets import QApplication, QMessageBox, QTableWidgetItem, QTableWidgetSelectionRange
from pytestqt.qtbot import QtBot

from translator_gui.transcript.export import ExportFormat, Variant
from translator_gui.transcript.journal import Journal, find_interrupted_sessions, in_progress_marker
from translator_gui.transcript.segment import Segment
from translator_gui.ui.captions.fonts import missing_glyphs
from translator_gui.ui.captions.live_panel import CaptionPanel
from translator_gui.ui.history.view import (
    SOURCE,
    TIME,
    TRANSLATION,
    WHO,
    HistoryView,
    PastSessions,
    segment_text,
)


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
         "from translator_gui.transcript.journal import Journal\n"
         "from translator_gui.transcript.segment import Segment\n"
         "j = Journal(Path(sys.argv[1]), datetime(2026, 11, 24, 8, 0, 0))\n"
         "j.append(Segment(0.0, 1.0, 'cut', 'cortado', 'es'))\nprint('ready', flush=True)\nsys.stdin.read()\n",
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


# -- two directions: who spoke ------------------------------------------------------------------


def said(i: int, speaker: str, translation: str, source: str) -> Segment:
    return Segment(float(i * 2), i * 2 + 1.5, source, translation, "es" if speaker == "them" else "en", speaker)


TWO_WAY = [
    said(1, "them", "Buenos días", "Good morning"),
    said(2, "me", "Hello, thanks", "Hola, gracias"),
    said(3, "them", "The meeting starts", "La reunión empieza"),
    said(4, "me", "The budget is ready", "El presupuesto está listo"),
]


def test_who_column_only_when_both_directions_ran(view: HistoryView) -> None:
    view.add_segment(seg(1))
    assert not view.shows_speakers and view.table.isColumnHidden(WHO)
    view.set_segments(TWO_WAY)
    assert view.shows_speakers and not view.table.isColumnHidden(WHO)
    header = view.table.horizontalHeader()
    assert header.visualIndex(WHO) == 1  # Time, Who, Translation, Source
    header_item = view.table.horizontalHeaderItem(WHO)
    assert header_item is not None and header_item.text() == "Who"
    assert [cell(view, r, WHO).text() for r in range(4)] == ["Them", "Me", "Them", "Me"]
    assert [cell(view, 3, c).text() for c in (TIME, TRANSLATION, SOURCE)] == ["0:00:08", "The budget is ready",
                                                                               "El presupuesto está listo"]
    assert [cell(view, r, WHO).font().bold() for r in range(4)] == [False, True, False, True]  # not colour alone
    assert cell(view, 1, WHO).toolTip() == "Your microphone"
    assert cell(view, 0, WHO).data(Qt.ItemDataRole.AccessibleDescriptionRole) == "The meeting's sound"
    assert view.table.accessibleName() == "Caption history"
    view.set_interleaved(True)  # the column stays with the source under the translation
    assert view.shows_speakers and cell(view, 1, TRANSLATION).text() == "Hello, thanks\nHola, gracias"
    view.set_segments([seg(1), seg(2)])  # a single-direction session: no column
    assert not view.shows_speakers
    view.clear()
    view.add_segment(said(1, "me", "Hi", "Hola"))  # the first line with a speaker brings it back
    assert view.shows_speakers and cell(view, 0, WHO).text() == "Me"


def test_search_finds_a_speakers_lines_by_the_label(view: HistoryView) -> None:
    view.set_segments(TWO_WAY)

    def shown() -> list[str]:
        return [s.translation for s in view.visible_segments()]

    view.search.setText("Them")
    assert shown() == ["Buenos días", "The meeting starts"]
    view.search.setText("th")  # the start of their label, or words holding it
    assert shown() == ["Buenos días", "Hello, thanks", "The meeting starts", "The budget is ready"]
    view.search.setText("ME")  # my lines, not theirs for "them" holding "me"; and words holding it
    assert shown() == ["Hello, thanks", "The meeting starts", "The budget is ready"]
    view.search.setText("me: budget")  # as a line is copied
    assert shown() == ["The budget is ready"]
    view.search.setText("Them: reunión")
    assert shown() == ["The meeting starts"]
    view.search.setText("presupuesto")  # text search as before
    assert shown() == ["The budget is ready"]
    view.search.clear()
    assert len(shown()) == 4


def test_search_in_a_single_direction_session_has_no_labels(view: HistoryView) -> None:
    view.set_segments([seg(1, "Hola", "Hello"), seg(2, "Adiós", "Bye")])
    view.search.setText("them")
    assert view.visible_segments() == []
    view.search.setText("me")
    assert view.visible_segments() == []


def test_copy_says_who_spoke(view: HistoryView) -> None:
    view.set_segments(TWO_WAY)
    view.table.setRangeSelected(QTableWidgetSelectionRange(0, 0, 1, 1), True)  # part of the first two lines
    expected = "[0:00:02] Them: Buenos días\n    Good morning\n[0:00:04] Me: Hello, thanks\n    Hola, gracias"
    assert view.copy_selection() == expected
    assert QGuiApplication.clipboard().text() == expected
    assert segment_text(TWO_WAY[3], interleaved=False) == "[0:00:08] Me: The budget is ready"
    assert segment_text(seg(1, "Hola", "Hello")) == "[0:00:02] Hola\n    Hello"  # no speaker, no label


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
