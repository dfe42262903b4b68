"""Asks for the OpenAI API key: masked, pasteable, with a link to where keys are made.

Shown with ``open()`` (never ``exec()``: a nested event loop would stall the asyncio tasks that
carry live audio); the key arrives through the ``key_entered`` signal.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from translator_gui.secrets import looks_like_api_key, normalize_key

KEYS_URL = "https://platform.openai.com/api-keys"


class KeyDialog(QDialog):
    key_entered = Signal(str)

    def __init__(self, parent: QWidget | None = None, *, reason: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("OpenAI API key"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumWidth(440)  # room for the sentences in every language, in two or three lines

        intro = QLabel(
            (f"{reason}\n\n" if reason else "")
            + self.tr("Translator needs an OpenAI API key. It is stored in your system keyring, never in a file."),
            self,
        )
        intro.setWordWrap(True)
        words = html.escape(self.tr("Create or copy a key on the OpenAI website"))
        link = QLabel(f'<a href="{KEYS_URL}">{words}</a>', self)
        link.setOpenExternalLinks(True)
        link.setWordWrap(True)  # a long translation wraps instead of running past the edge
        link.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)

        self.field = QLineEdit(self)
        self.field.setObjectName("apiKeyField")
        self.field.setAccessibleName(self.tr("API key"))
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setPlaceholderText("sk-…")
        self.field.textChanged.connect(self._validate)

        self.show_key = QCheckBox(self.tr("Show key"), self)
        self.show_key.toggled.connect(
            lambda on: self.field.setEchoMode(QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password)
        )

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(link)
        layout.addWidget(self.field)
        layout.addWidget(self.show_key)
        layout.addWidget(self.buttons)
        self._validate(self.field.text())
        self.setTabOrder(self.field, self.show_key)
        self.setTabOrder(self.show_key, link)
        self.field.setFocus()  # the first thing to do is paste: Ctrl+V works at once

    def _validate(self, text: str) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(looks_like_api_key(text))

    def accept(self) -> None:
        key = normalize_key(self.field.text())
        if not looks_like_api_key(key):
            return
        self.field.clear()  # don't keep the key in a widget longer than needed
        self.key_entered.emit(key)  # before ``finished``: whoever waits for the key hears of it first
        super().accept()
