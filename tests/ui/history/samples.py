"""Lines and sessions the history tests share."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtWidgets import QTableWidgetItem

from translator_gui.transcript.journal import Journal
from translator_gui.transcript.segment import Segment
from translator_gui.ui.history.view import HistoryView


def seg(i: int, translation: str | None = None, source: str | None = None) -> Segment:
    return Segment(float(i * 2), i * 2 + 1.5, source if source is not None else f"source line {i}",
                   translation if translation is not None else f"translation line {i}", "es")


def cell(view: HistoryView, row: int, column: int) -> QTableWidgetItem:
    item = view.table.item(row, column)
    assert item is not None
    return item


def write_session(folder: Path, start: datetime, segments: list[Segment], close: bool = True) -> Path:
    journal = Journal(folder, start)
    for s in segments:
        assert journal.append(s) is None
    if close:
        journal.close()
    return journal.path


def said(i: int, speaker: str, translation: str, source: str) -> Segment:
    return Segment(float(i * 2), i * 2 + 1.5, source, translation, "es" if speaker == "them" else "en", speaker)


TWO_WAY = [
    said(1, "them", "Buenos días", "Good morning"),
    said(2, "me", "Hello, thanks", "Hola, gracias"),
    said(3, "them", "The meeting starts", "La reunión empieza"),
    said(4, "me", "The budget is ready", "El presupuesto está listo"),
]
