"""The main window's live captions: right-to-left lines aligned right, and the history kept."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from translator_gui.transcript.segment import Segment
from translator_gui.ui.captions.live_panel import CaptionPanel
from translator_gui.ui.history.view import HistoryView


def test_main_window_live_captions_align_rtl_right(qtbot: QtBot) -> None:
    panel = CaptionPanel()
    qtbot.addWidget(panel)
    panel.show_live("مرحبا بكم في الاجتماع", "Welcome to the meeting")
    assert panel.translation.alignment() & Qt.AlignmentFlag.AlignRight
    assert panel.source.alignment() & Qt.AlignmentFlag.AlignLeft
    panel.show_live("Bienvenue", "שלום")
    assert panel.translation.alignment() & Qt.AlignmentFlag.AlignLeft
    assert panel.source.alignment() & Qt.AlignmentFlag.AlignRight


def test_the_main_window_panel_keeps_its_history_texts(qtbot: QtBot) -> None:
    panel = CaptionPanel()
    qtbot.addWidget(panel)
    panel.add_segment(Segment(61.0, 62.0, "Hello", "Hola", "es"))
    panel.add_segment(Segment(63.0, 64.0, "Ja", "", "es"))
    assert panel.history_texts() == ["0:01:01  Hola\n    Hello", "0:01:03  Ja"]
    assert isinstance(panel.history, HistoryView)
    panel.clear()
    assert panel.history_texts() == []
