"""About Translator: version, licence, the Qt/LGPL notice, the open-source notices, and the log folder."""

from __future__ import annotations

import html

import PySide6
from PySide6.QtCore import QUrl, qVersion
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from translator_gui import APP_NAME, __version__, paths
from translator_gui.notices import bundled_notices, qt_notice


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About {app}").format(app=APP_NAME))
        self.resize(640, 520)
        layout = QVBoxLayout(self)
        tagline = self.tr("Live translated captions and speech for meetings.")
        licence = self.tr("Copyright © 2026 Translator contributors. Released under the MIT licence.")
        self.summary = QLabel(
            f"<h2>{APP_NAME} {html.escape(__version__)}</h2>"
            f"<p>{html.escape(tagline)}</p>"
            f"<p>{html.escape(licence)}</p>"
            f"<p>{html.escape(qt_notice(qVersion(), PySide6.__version__))}</p>",
            self,
        )
        self.summary.setWordWrap(True)
        self.summary.setOpenExternalLinks(True)
        layout.addWidget(self.summary)
        layout.addWidget(QLabel(self.tr("Open-source notices of the components Translator is built from:"), self))
        self.notices = QPlainTextEdit(bundled_notices(), self)
        self.notices.setReadOnly(True)
        layout.addWidget(self.notices, 1)
        self.log_folder = paths.log_dir()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.open_log_button = QPushButton(self.tr("Open &log folder"), self)
        self.open_log_button.setToolTip(str(self.log_folder))
        self.open_log_button.clicked.connect(self.open_log_folder)
        buttons.addButton(self.open_log_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.finished.connect(self.deleteLater)

    def log_folder_url(self) -> QUrl:
        return QUrl.fromLocalFile(str(self.log_folder))

    def open_log_folder(self) -> bool:
        """Show the log folder in the file manager (it is created if nothing was logged yet)."""
        self.log_folder.mkdir(parents=True, exist_ok=True)
        return QDesktopServices.openUrl(self.log_folder_url())
