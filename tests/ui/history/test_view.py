"""The caption history table, offscreen: side by side or interleaved, following new lines,
search, copy, CJK rows, and who spoke."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics, QGuiApplication
from PySide6.QtWidgets import QTableWidgetSelectionRange
from pytestqt.qtbot import QtBot

from tests.ui.history.samples import TWO_WAY, cell, said, seg
from translator_gui.transcript.segment import Segment
from translator_gui.ui.captions.fonts import missing_glyphs
from translator_gui.ui.history.view import SOURCE, TIME, TRANSLATION, WHO, HistoryView


@pytest.fixture
def view(qtbot: QtBot) -> HistoryView:
    widget = HistoryView()
    qtbot.addWidget(widget)
    widget.resize(600, 300)
    widget.show()
    qtbot.wait_exposed(widget)
    return widget


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


def test_history_rows_fit_cjk_lines(view: HistoryView) -> None:
    view.set_interleaved(True)
    view.add_segment(Segment(1.0, 2.0, "The budget, and hiring.", "今天我们讨论预算，以及招聘计划。", "zh"))
    item = cell(view, 0, 1)
    assert missing_glyphs(item.font(), item.text().replace("\n", "")) == []
    assert view.table.rowHeight(0) >= 2 * QFontMetrics(item.font()).lineSpacing()  # both lines, none clipped


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
    view.add_segment(said(1, "me", "Hi", "Hola"))  # one side alone: every line would say "Me"
    assert not view.shows_speakers
    view.add_segment(said(2, "them", "Hello", "Hallo"))  # the other side's first line brings it back
    assert view.shows_speakers and cell(view, 0, WHO).text() == "Me" and cell(view, 1, WHO).text() == "Them"


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
