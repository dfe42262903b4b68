"""Live captions: the translation large, the source-language transcript smaller beneath it,
and the completed lines of the session above them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from translator_gui.side import Side
from translator_gui.transcript.segment import Segment, speaker_label
from translator_gui.ui.captions.fonts import caption_alignment, font_for_text, live_translation_font, speaker_font
from translator_gui.ui.history.lines import clock_text
from translator_gui.ui.history.view import HistoryView
from translator_gui.ui.word_breaks import with_break_hints

HISTORY_LIMIT = 2000  # lines kept on screen; the journal on disk keeps everything


class LiveLine(QWidget):
    """One speaker's line still being spoken: the translation large, the source smaller beneath,
    and who is speaking ahead of them when both directions run."""

    def __init__(self, speaker: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.speaker = speaker
        self.who = QLabel(speaker_label(speaker), self)
        self.who.setObjectName(f"{speaker}Who")
        self.who.setFont(speaker_font(self.font()))
        self.who.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.who.hide()

        self.translation = self._text_label(f"{speaker}LiveTranslation" if speaker != Side.THEM else "liveTranslation",
                                            self.tr("Live translation ({speaker})").format(
                                                speaker=speaker_label(speaker)))
        self._base_font = QFont(self.font())
        self._big_font = live_translation_font(self._base_font)
        self.translation.setFont(self._big_font)

        self.source = self._text_label(f"{speaker}LiveSource" if speaker != Side.THEM else "liveSource",
                                       self.tr("Live source transcript ({speaker})").format(
                                           speaker=speaker_label(speaker)))
        # Smaller and in italics, but in the text colour: a grey would fall below AA contrast.
        self.source.setStyleSheet("font-style: italic;")

        texts = QVBoxLayout()
        texts.setContentsMargins(0, 0, 0, 0)
        texts.addWidget(self.translation)
        texts.addWidget(self.source)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.who)
        layout.addLayout(texts, stretch=1)

    def _text_label(self, name: str, accessible_name: str) -> QLabel:
        """A wrapped, selectable plain-text label."""
        label = QLabel(self)
        label.setObjectName(name)
        label.setAccessibleName(accessible_name)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def set_base_font(self, font: QFont) -> None:
        """The text size the person chose: the translation is drawn larger than it, the source at it."""
        self._base_font = QFont(font)
        self._big_font = live_translation_font(font)
        self.who.setFont(speaker_font(font))
        self.show_text(self.translation.text(), self.source.text())

    def base_font(self) -> QFont:
        return QFont(self._base_font)

    def show_text(self, translation: str, source: str) -> None:
        for label, text, base in ((self.translation, translation, self._big_font),
                                  (self.source, source, self._base_font)):
            label.setFont(font_for_text(base, text))
            label.setText(with_break_hints(text))  # Thai, Lao, Khmer, Burmese wrap between words
            label.setAlignment(caption_alignment(text, Qt.AlignmentFlag.AlignVCenter))


class CaptionPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Timestamps, translation and source side by side (or interleaved), search, copy, and
        # auto-scroll that pauses while the person reads back.
        self.history = HistoryView(self, limit=HISTORY_LIMIT)
        self.history.setObjectName("captionHistory")
        self.live = {Side.THEM: LiveLine(Side.THEM, self), Side.ME: LiveLine(Side.ME, self)}
        self.translation = self.live[Side.THEM].translation  # the meeting's words: the line most people read
        self.source = self.live[Side.THEM].source

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.history, stretch=1)
        for line in self.live.values():
            layout.addWidget(line)
        self.set_speakers({Side.THEM})

    def set_speakers(self, speakers: set[str]) -> None:
        """Show a live line for each running direction, labelled Them/Me when there are two."""
        shown = speakers or {Side.THEM}
        for speaker, line in self.live.items():
            line.setVisible(speaker in shown)
            line.who.setVisible(len(shown) > 1)

    def set_text_size(self, points: int) -> None:
        """Captions — live lines and history — at ``points`` (the live translation larger still)."""
        font = QFont(self.font())
        font.setPointSize(points)
        for line in self.live.values():
            line.set_base_font(font)
        self.history.set_text_font(font)

    def text_size(self) -> int:
        return self.live[Side.THEM].base_font().pointSize()

    def show_live(self, translation: str, source: str, speaker: str = Side.THEM) -> None:
        self.live[Side(speaker) if speaker else Side.THEM].show_text(translation, source)

    def add_segment(self, segment: Segment) -> None:
        self.history.add_segment(segment)

    def history_texts(self) -> list[str]:
        """Each line as ``h:mm:ss  translation`` (and the source on an indented second line)."""
        texts = []
        for segment in self.history.segments():
            text = segment.translation or segment.source
            if segment.translation and segment.source:
                text = f"{segment.translation}\n    {segment.source}"
            texts.append(f"{clock_text(segment.start)}  {text}")
        return texts

    def clear(self) -> None:
        self.history.clear()
        for line in self.live.values():
            line.show_text("", "")
