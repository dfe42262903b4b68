"""The caption history: this session's lines (or a past session's) in a table.

``HistoryView`` shows timestamped lines with the translation and the source side by side or
interleaved (the source under each translation).  It follows new lines while the view is at the
bottom; scrolling up to read back pauses that, and *Jump to latest* (or scrolling back down)
resumes it.  A search box hides the lines that do not match; Ctrl+C copies the selected lines.

When both directions ran, a *Who* column (after the time) says whose words each line holds:
*Them* (the meeting's sound) or *Me* (the microphone), Me in bold; the label is the difference,
not a colour.  The column stays hidden until lines of both sides are there (with one side, every
line would say the same).
The search finds a speaker's lines by the label ("Them", "Me") and copied lines carry it
(``[0:00:04] Me: text``).
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QAction, QFont, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from translator_gui.side import Side
from translator_gui.transcript.layout import is_rtl
from translator_gui.transcript.segment import Segment, speaker_label
from translator_gui.ui.captions.fonts import font_for_text, speaker_font
from translator_gui.ui.history.lines import SPEAKER_DESCRIPTIONS, clock_text, matches, segment_text
from translator_gui.ui.i18n import QT_TRANSLATE_NOOP

LIVE_LIMIT = 5000  # rows kept for the live session; the journal on disk keeps everything
TIME, TRANSLATION, SOURCE, WHO = range(4)  # WHO is shown second, after the time
QT_TRANSLATE_NOOP("HistoryView", "The meeting's sound")  # the SPEAKER_DESCRIPTIONS, translated when shown
QT_TRANSLATE_NOOP("HistoryView", "Your microphone")


def search_field(parent: QWidget, name: str, placeholder: str, accessible_name: str) -> QLineEdit:
    """A search box with a clear button."""
    field = QLineEdit(parent)
    field.setObjectName(name)
    field.setPlaceholderText(placeholder)
    field.setAccessibleName(accessible_name)
    field.setClearButtonEnabled(True)
    return field


class TextDirectionDelegate(QStyledItemDelegate):
    """Each line in the direction of its own script: English in an Arabic window ends with its full
    stop on the right, Arabic in an English window reads from the right (not the window's direction)."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        if option.text:
            rtl = is_rtl(option.text)
            option.direction = Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight


class HistoryView(QWidget):
    def __init__(self, parent: QWidget | None = None, *, interleaved: bool = False, limit: int = LIVE_LIMIT) -> None:
        super().__init__(parent)
        self._segments: list[Segment] = []
        self._limit = limit
        self._following = True
        self._interleaved = interleaved

        self.search = search_field(self, "historySearch", self.tr("Search captions"), self.tr("Search captions"))
        self.search.textChanged.connect(self._apply_filter)
        self.interleave_box = QCheckBox(self.tr("Source under translation"), self)
        self.interleave_box.setChecked(interleaved)
        self.interleave_box.toggled.connect(self.set_interleaved)
        self.jump_button = QPushButton(self.tr("Jump to latest"), self)
        self.jump_button.setObjectName("historyJump")
        self.jump_button.clicked.connect(self.scroll_to_latest)
        self.jump_button.hide()

        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("historyTable")
        self.table.setItemDelegate(TextDirectionDelegate(self.table))
        self.table.setAccessibleName(self.tr("Caption history"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Time"), self.tr("Translation"), self.tr("Source"), self.tr("Who")])
        who_header = self.table.horizontalHeaderItem(WHO)
        if who_header is not None:
            who_header.setToolTip(self.tr("Who spoke: Them (the meeting's sound) or Me (your microphone)"))
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(TIME, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TRANSLATION, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(SOURCE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(WHO, QHeaderView.ResizeMode.ResizeToContents)
        header.moveSection(header.visualIndex(WHO), 1)  # Time, Who, Translation, Source
        self.table.setColumnHidden(WHO, True)  # until a line has a speaker
        # A narrower column wraps its lines again: the rows grow to show them (once per burst of resizes).
        self._rewrap = QTimer(self)
        self._rewrap.setSingleShot(True)
        self._rewrap.setInterval(50)
        self._rewrap.timeout.connect(self.table.resizeRowsToContents)
        header.sectionResized.connect(lambda *_: self._rewrap.start())
        self.table.verticalScrollBar().valueChanged.connect(self._scrolled)
        self.table.verticalScrollBar().rangeChanged.connect(self._range_changed)

        self.copy_action = QAction(self.tr("&Copy"), self)
        self.copy_action.setShortcut(QKeySequence.StandardKey.Copy)
        self.copy_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.copy_action.triggered.connect(self.copy_selection)
        self.table.addAction(self.copy_action)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

        bar = QHBoxLayout()
        bar.addWidget(self.search, stretch=1)
        bar.addWidget(self.interleave_box)
        bar.addWidget(self.jump_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.table, stretch=1)
        self._apply_mode()

    # -- content ---------------------------------------------------------------------------

    def add_segment(self, segment: Segment) -> None:
        self._segments.append(segment)
        if self.table.isColumnHidden(WHO) and self._both_sides():
            self.table.setColumnHidden(WHO, False)
        self._append_row(segment)
        while self.table.rowCount() > self._limit:
            self.table.removeRow(0)
            self._segments.pop(0)
        if self._following:
            self.table.scrollToBottom()

    def set_segments(self, segments: Iterable[Segment]) -> None:
        self.table.setRowCount(0)
        self._segments = list(segments)
        self.table.setColumnHidden(WHO, not self._both_sides())
        for segment in self._segments:
            self._append_row(segment)
        self._following = True
        self.table.scrollToBottom()
        self._set_following(True)

    def segments(self) -> list[Segment]:
        return list(self._segments)

    def _both_sides(self) -> bool:
        return len({s.speaker for s in self._segments if s.speaker}) > 1

    @property
    def shows_speakers(self) -> bool:
        """Whether the Who column is shown (lines of both sides are there)."""
        return not self.table.isColumnHidden(WHO)

    def clear(self) -> None:
        self.set_segments([])

    def visible_segments(self) -> list[Segment]:
        return [s for row, s in enumerate(self._segments) if not self.table.isRowHidden(row)]

    def _append_row(self, segment: Segment) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        time_item = QTableWidgetItem(clock_text(segment.start))
        time_item.setData(Qt.ItemDataRole.UserRole, segment)
        self.table.setItem(row, TIME, time_item)
        self.table.setItem(row, WHO, self._who_cell(segment))
        cells = {
            TRANSLATION: QTableWidgetItem(self._translation_cell(segment)),
            SOURCE: QTableWidgetItem(segment.source),
        }
        for column, item in cells.items():
            # A font that has the glyphs, so the row is sized for them (no clipped CJK lines).
            font = font_for_text(self.table.font(), item.text())
            if font != self.table.font():
                item.setFont(font)
            if is_rtl(item.text()):
                item.setTextAlignment(
                    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter
                )
            self.table.setItem(row, column, item)
        self._filter_row(row)
        self.table.resizeRowToContents(row)

    def _who_cell(self, segment: Segment) -> QTableWidgetItem:
        label = speaker_label(segment.speaker)
        item = QTableWidgetItem(label)
        if segment.speaker == Side.ME:  # my lines stand out by weight too, not by colour
            item.setFont(speaker_font(self.table.font()))
        description = self.tr(SPEAKER_DESCRIPTIONS.get(label, ""))
        if description:
            item.setToolTip(description)
            item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, description)
        return item

    def _translation_cell(self, segment: Segment) -> str:
        first = segment.translation or segment.source
        if self._interleaved and segment.translation and segment.source:
            return f"{first}\n{segment.source}"
        return first

    # -- side by side or interleaved -------------------------------------------------------

    @property
    def interleaved(self) -> bool:
        return self._interleaved

    def set_text_font(self, font: QFont) -> None:
        """Lines in ``font`` (the person's text size); rows grow to fit."""
        self.table.setFont(font)
        self.set_segments(list(self._segments))  # cells carry fonts of their own (scripts, speakers)

    def set_interleaved(self, interleaved: bool) -> None:
        if interleaved == self._interleaved:
            return
        self._interleaved = interleaved
        self.interleave_box.setChecked(interleaved)
        for row, segment in enumerate(self._segments):
            item = self.table.item(row, TRANSLATION)
            if item is not None:
                item.setText(self._translation_cell(segment))
        self._apply_mode()
        self.table.resizeRowsToContents()

    def _apply_mode(self) -> None:
        self.table.setColumnHidden(SOURCE, self._interleaved)
        label = self.tr("Translation and source") if self._interleaved else self.tr("Translation")
        header = self.table.horizontalHeaderItem(TRANSLATION)
        if header is not None:
            header.setText(label)

    # -- following new lines ---------------------------------------------------------------

    @property
    def following(self) -> bool:
        return self._following

    def scroll_to_latest(self) -> None:
        self.table.scrollToBottom()
        self._set_following(True)

    def _at_bottom(self) -> bool:
        bar = self.table.verticalScrollBar()
        return bar.value() >= bar.maximum() - 2

    def _scrolled(self, _value: int) -> None:
        self._set_following(self._at_bottom())

    def _range_changed(self, _low: int, _high: int) -> None:
        if self._following:
            self.table.scrollToBottom()

    def _set_following(self, following: bool) -> None:
        self.jump_button.setVisible(not following)
        self._following = following

    # -- search and copy -------------------------------------------------------------------

    def _apply_filter(self) -> None:
        for row in range(self.table.rowCount()):
            self._filter_row(row)

    def _filter_row(self, row: int) -> None:
        needle = self.search.text().strip().casefold()
        self.table.setRowHidden(row, not matches(self._segments[row], needle))

    def selected_segments(self) -> list[Segment]:
        # Any selected cell counts for its line (a hidden column may be left out of the selection).
        rows = sorted({index.row() for index in self.table.selectionModel().selectedIndexes()})
        return [self._segments[row] for row in rows if not self.table.isRowHidden(row)]

    def copy_selection(self) -> str:
        """Copy the selected lines (all visible lines when none is selected); returns the text."""
        chosen = self.selected_segments() or self.visible_segments()
        text = "\n".join(segment_text(s, interleaved=True) for s in chosen)
        QGuiApplication.clipboard().setText(text)
        return text
