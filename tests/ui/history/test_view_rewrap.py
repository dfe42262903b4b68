"""A narrower window wraps the history's lines again: rows grow, nothing is cut off with "…"."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from translator_gui.transcript.segment import Segment
from translator_gui.ui.history.view import TRANSLATION, HistoryView

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
