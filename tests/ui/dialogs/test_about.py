"""The About box: version, MIT licence, the Qt/LGPL notice, the open-source notices, the log folder."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from pytestqt.qtbot import QtBot

from translator_gui import __version__, paths
from translator_gui.realtime.languages import ALL_TARGETS
from translator_gui.ui.dialogs.about import AboutDialog
from translator_gui.ui.main_window import MainWindow


def test_about_shows_version_licence_qt_notice_and_notices(qtbot: QtBot) -> None:
    window = MainWindow(ALL_TARGETS)
    qtbot.addWidget(window)
    about_action = next(a for a in window.findChildren(type(window.session_action)) if "About" in a.text())
    about_action.trigger()
    dialog = window.about_dialog
    assert isinstance(dialog, AboutDialog)
    qtbot.waitUntil(dialog.isVisible, timeout=5000)
    summary = dialog.summary.text()
    assert f"Translator {__version__}" in summary
    assert "MIT licence" in summary
    assert "GNU Lesser General Public License version 3" in summary and "PySide6" in summary
    notices = dialog.notices.toPlainText()
    for name in ("PySide6_Essentials", "qasync", "numpy", "openai", "keyring", "sounddevice", "soxr"):
        assert f"- {name} " in notices, name
    dialog.reject()


def test_open_log_folder_opens_the_log_folder(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[QUrl] = []

    def open_url(url: QUrl) -> bool:
        opened.append(url)
        return True

    # A file manager cannot be started on the test bed: record what the desktop was asked to open.
    monkeypatch.setattr(QDesktopServices, "openUrl", open_url)
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    dialog.open_log_button.click()
    assert [Path(url.toLocalFile()) for url in opened] == [paths.log_dir()]
    assert paths.log_dir().is_dir()
