"""Live captions: the translation large, the source-language transcript smaller beneath it,
and the completed lines of the session above them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from translator_gui.captions.segment import Segment

HISTORY_LIMIT = 500  # lines kept on screen; the journal on disk keeps everything


def _clock(seconds: float) -> str:
    whole = int(seconds)
    return f"{whole // 3600:d}:{whole // 60 % 60:02d}:{whole % 60:02d}"


class CaptionPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.history = QListWidget(self)
        self.history.setObjectName("captionHistory")
        self.history.setAccessibleName("Caption history")
        self.history.setWordWrap(True)
        self.history.setUniformItemSizes(False)

        self.translation = QLabel(self)
        self.translation.setObjectName("liveTranslation")
        self.translation.setAccessibleName("Live translation")
        self.translation.setWordWrap(True)
        self.translation.setTextFormat(Qt.TextFormat.PlainText)
        self.translation.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        big = QFont(self.font())
        big.setPointSizeF(big.pointSizeF() * 1.8)
        self.translation.setFont(big)

        self.source = QLabel(self)
        self.source.setObjectName("liveSource")
        self.source.setAccessibleName("Live source transcript")
        self.source.setWordWrap(True)
        self.source.setTextFormat(Qt.TextFormat.PlainText)
        self.source.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.source.setStyleSheet("color: palette(placeholder-text);")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.history, stretch=1)
        layout.addWidget(self.translation)
        layout.addWidget(self.source)

    def show_live(self, translation: str, source: str) -> None:
        self.translation.setText(translation)
        self.source.setText(source)

    def add_segment(self, segment: Segment) -> None:
        text = segment.translation or segment.source
        if segment.translation and segment.source:
            text = f"{segment.translation}\n    {segment.source}"
        item = QListWidgetItem(f"{_clock(segment.start)}  {text}")
        item.setData(Qt.ItemDataRole.UserRole, segment)
        at_bottom = self._at_bottom()
        self.history.addItem(item)
        while self.history.count() > HISTORY_LIMIT:
            self.history.takeItem(0)
        if at_bottom:
            self.history.scrollToBottom()

    def history_texts(self) -> list[str]:
        return [self.history.item(i).text() for i in range(self.history.count())]

    def clear(self) -> None:
        self.history.clear()
        self.show_live("", "")

    def _at_bottom(self) -> bool:
        bar = self.history.verticalScrollBar()
        return bar.value() >= bar.maximum() - 2
