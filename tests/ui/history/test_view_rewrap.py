"""The history's lines as they are read: wrapped again when the window gets narrower (rows grow,
nothing is cut off with "…"), and each in the direction of its own script."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from translator_gui.transcript.segment import Segment
from translator_gui.ui.history.view import SOURCE, TRANSLATION, HistoryView

LONG = "Guten Morgen zusammen, und danke, dass ihr heute dabei seid und euch die Zeit nehmt."


def test_rows_grow_when_the_columns_get_narrower(qtbot: QtBot) -> None:
    view = HistoryView()
    qtbot.addWidget(view)
    view.resize(1400, 400)
    view.show()
    view.add_segment(Segment(0.0, 2.0, "Good morning everyone, and thank you for coming today.", LONG, "de"))
    qtbot.wait_until(lambda: view.table.columnWidth(TRANSLATION) > 500)
    wide = view.table.rowHeight(0)
    view.resize(500, 400)
    qtbot.wait_until(lambda: view.table.columnWidth(TRANSLATION) < 250)
    qtbot.wait_until(lambda: view.table.rowHeight(0) >= 2 * wide)


def test_each_line_reads_in_the_direction_of_its_script(qtbot: QtBot) -> None:
    """English in a mirrored (Arabic) window keeps its full stop at the end; Arabic reads from the right."""
    from PySide6.QtWidgets import QStyleOptionViewItem

    view = HistoryView()
    qtbot.addWidget(view)
    view.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    view.add_segment(Segment(0.0, 2.0, "صباح الخير جميعًا.", "Good morning everyone.", "en"))
    delegate = view.table.itemDelegate()
    directions = {}
    for column in (TRANSLATION, SOURCE):
        option = QStyleOptionViewItem()
        option.initFrom(view.table)
        delegate.initStyleOption(option, view.table.model().index(0, column))  # type: ignore[attr-defined]
        directions[column] = option.direction
    assert directions == {TRANSLATION: Qt.LayoutDirection.LeftToRight, SOURCE: Qt.LayoutDirection.RightToLeft}
