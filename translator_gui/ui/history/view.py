"""The caption history: this session's lines, and past sessions from their journals.

``HistoryView`` shows timestamped lines with the translation and the source side by side or
interleaved (the source under each translation).  It follows new lines while the view is at the
bottom; scrolling up to read back pauses that, and *Jump to latest* (or scrolling back down)
resumes it.  A search box hides the lines that do not match; Ctrl+C copies the selected lines.

When both directions ran, a *Who* column (after the time) says whose words each line holds:
*Them* (the meeting's sound) or *Me* (the microphone), Me in bold; the label is the difference,
not a colour.  The column stays hidden while no line has a speaker (a single-direction session).
The search finds a speaker's lines by the label ("Them", "Me") and copied lines carry it
(``[0:00:04] Me: text``).

``PastSessions`` lists the transcripts in a folder (newest first, interrupted ones marked), opens
one into a ``HistoryView``, filters the list by text, exports (SRT, WebVTT, text, JSON) and
deletes.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QFont, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from translator_gui.side import Side
from translator_gui.transcript.export import ExportFormat, Variant, write_export
from translator_gui.transcript.journal import (
    find_interrupted_sessions,
    in_progress_marker,
    read_journal,
)
from translator_gui.transcript.layout import is_rtl
from translator_gui.transcript.segment import Segment, speaker_label
from translator_gui.ui.captions.fonts import font_for_text

log = logging.getLogger(__name__)

LIVE_LIMIT = 5000  # rows kept for the live session; the journal on disk keeps everything
TIME, TRANSLATION, SOURCE, WHO = range(4)  # WHO is shown second, after the time
SPEAKER_DESCRIPTIONS = {"Them": "The meeting's sound", "Me": "Your microphone"}


def clock_text(seconds: float) -> str:
    whole = int(max(seconds, 0.0))
    return f"{whole // 3600:d}:{whole // 60 % 60:02d}:{whole % 60:02d}"


def segment_text(segment: Segment, interleaved: bool = True) -> str:
    """A line as copied: ``[h:mm:ss] translation`` and, interleaved, the source indented below;
    with a speaker, ``[h:mm:ss] Them: translation``."""
    first = segment.translation or segment.source
    label = speaker_label(segment.speaker)
    text = f"[{clock_text(segment.start)}] {label + ': ' if label else ''}{first}"
    if interleaved and segment.translation and segment.source:
        text += f"\n    {segment.source}"
    return text


def matches(segment: Segment, needle: str) -> bool:
    """Whether a line matches a search for ``needle`` (casefolded, stripped; empty matches all).

    A line matches when its translation or source contains the needle, or its speaker's label
    starts with it ("Them" or "th" finds their lines, "Me" mine and not theirs, though "them"
    holds "me"), or the needle reads like a copied line, ``label: words`` ("me: hola").
    """
    if not needle:
        return True
    texts = (segment.translation.casefold(), segment.source.casefold())
    if any(needle in text for text in texts):
        return True
    label = speaker_label(segment.speaker).casefold()
    if not label:
        return False
    if label.startswith(needle):
        return True
    head, colon, words = needle.partition(":")
    return bool(colon) and head.strip() == label and any(words.strip() in text for text in texts)


class HistoryView(QWidget):
    following_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None, *, interleaved: bool = False, limit: int = LIVE_LIMIT) -> None:
        super().__init__(parent)
        self._segments: list[Segment] = []
        self._limit = limit
        self._following = True
        self._interleaved = interleaved

        self.search = QLineEdit(self)
        self.search.setObjectName("historySearch")
        self.search.setPlaceholderText("Search captions")
        self.search.setAccessibleName("Search captions")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._apply_filter)
        self.interleave_box = QCheckBox("Source under translation", self)
        self.interleave_box.setChecked(interleaved)
        self.interleave_box.toggled.connect(self.set_interleaved)
        self.jump_button = QPushButton("Jump to latest", self)
        self.jump_button.setObjectName("historyJump")
        self.jump_button.clicked.connect(self.scroll_to_latest)
        self.jump_button.hide()

        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("historyTable")
        self.table.setAccessibleName("Caption history")
        self.table.setHorizontalHeaderLabels(["Time", "Translation", "Source", "Who"])
        who_header = self.table.horizontalHeaderItem(WHO)
        if who_header is not None:
            who_header.setToolTip("Who spoke: Them (the meeting's sound) or Me (your microphone)")
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
        self.table.verticalScrollBar().valueChanged.connect(self._scrolled)
        self.table.verticalScrollBar().rangeChanged.connect(self._range_changed)

        self.copy_action = QAction("&Copy", self)
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
        if segment.speaker:
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
        self.table.setColumnHidden(WHO, not any(s.speaker for s in self._segments))
        for segment in self._segments:
            self._append_row(segment)
        self._following = True
        self.table.scrollToBottom()
        self._set_following(True)

    def segments(self) -> list[Segment]:
        return list(self._segments)

    @property
    def shows_speakers(self) -> bool:
        """Whether the Who column is shown (some line has a speaker)."""
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
            font = QFont(self.table.font())
            font.setBold(True)
            item.setFont(font)
        description = SPEAKER_DESCRIPTIONS.get(label, "")
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
        label = "Translation and source" if self._interleaved else "Translation"
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
        if following != self._following:
            self._following = following
            self.following_changed.emit(following)

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


def session_title(path: Path) -> str:
    try:
        start = datetime.strptime(path.stem, "%Y-%m-%dT%H-%M-%S")
    except ValueError:
        return path.stem
    return f"{start:%Y-%m-%d %H:%M:%S}"


class PastSessions(QWidget):
    """The transcripts in ``directory``: open, search, export, delete."""

    session_opened = Signal(object)  # Path
    problem = Signal(str)  # one sentence for the status line

    def __init__(self, directory: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.directory = directory
        self._current: Path | None = None
        self.search = QLineEdit(self)
        self.search.setObjectName("sessionSearch")
        self.search.setPlaceholderText("Find sessions containing…")
        self.search.setAccessibleName("Find sessions by text")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.refresh)
        self.sessions = QListWidget(self)
        self.sessions.setObjectName("pastSessions")
        self.sessions.setAccessibleName("Past sessions")
        self.sessions.currentItemChanged.connect(self._chosen)
        self.history = HistoryView(self)
        self.delete_button = QPushButton("Delete…", self)
        self.delete_button.clicked.connect(self._delete_current)
        self.export_button = QPushButton("Export…", self)
        self.export_button.clicked.connect(self._export_current)
        self.variant_box = QComboBox(self)
        self.variant_box.setAccessibleName("What to export")
        for label, variant in (("Translation", Variant.TRANSLATION), ("Source", Variant.SOURCE),
                               ("Both languages", Variant.BILINGUAL)):
            self.variant_box.addItem(label, variant.value)

        left = QWidget(self)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.search)
        column.addWidget(self.sessions, stretch=1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.variant_box)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.delete_button)
        column.addLayout(buttons)
        split = QSplitter(self)
        split.addWidget(left)
        split.addWidget(self.history)
        split.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(split)
        self.refresh()

    def journals(self) -> list[Path]:
        """Transcript files, newest first."""
        try:
            return sorted(self.directory.glob("*.jsonl"), reverse=True)
        except OSError:
            return []

    def refresh(self) -> None:
        needle = self.search.text().strip().casefold()
        interrupted = set(find_interrupted_sessions(self.directory))
        self.sessions.blockSignals(True)
        self.sessions.clear()
        for path in self.journals():
            segments = self._read(path)
            if needle and not any(matches(s, needle) for s in segments):
                continue
            label = f"{session_title(path)} — {len(segments)} lines"
            if path in interrupted:
                label += " (interrupted)"
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, path)
            self.sessions.addItem(item)
            if path == self._current:
                self.sessions.setCurrentItem(item)
        self.sessions.blockSignals(False)
        self.history.search.setText(self.search.text())

    def titles(self) -> list[str]:
        return [self.sessions.item(i).text() for i in range(self.sessions.count())]

    def open(self, path: Path) -> None:
        self._current = path
        self.history.set_segments(self._read(path))
        self.history.search.setText(self.search.text())
        self.session_opened.emit(path)

    def export(self, path: Path, destination: Path, fmt: ExportFormat, variant: Variant) -> None:
        """Write ``path``'s transcript to ``destination``; raises OSError."""
        write_export(destination, self._read(path), fmt, variant)

    def delete(self, path: Path) -> None:
        """Remove a transcript (and its interrupted mark); raises OSError."""
        path.unlink(missing_ok=True)
        in_progress_marker(path).unlink(missing_ok=True)
        if self._current == path:
            self._current = None
            self.history.clear()
        self.refresh()

    def _read(self, path: Path) -> list[Segment]:
        try:
            return read_journal(path)
        except OSError as exc:
            log.warning("cannot read transcript %s: %s", path, exc)
            return []

    def _chosen(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if item is not None:
            self.open(item.data(Qt.ItemDataRole.UserRole))

    def current(self) -> Path | None:
        return self._current

    def _delete_current(self) -> None:
        path = self._current
        if path is None:
            return
        box = QMessageBox(QMessageBox.Icon.Question, "Delete transcript",
                          f"Delete the transcript of {session_title(path)}? This cannot be undone.",
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)

        def done(result: int) -> None:
            box.deleteLater()
            if result == QMessageBox.StandardButton.Yes:
                try:
                    self.delete(path)
                except OSError as exc:
                    log.warning("cannot delete transcript %s: %s", path, exc)
                    self.problem.emit(f"Can't delete {path}: {exc.strerror or exc}.")

        box.finished.connect(done)
        box.open()  # never exec(): qasync cannot nest event loops

    def _export_current(self) -> None:
        path = self._current
        if path is None:
            return
        variant = Variant(self.variant_box.currentData())
        dialog = QFileDialog(self, "Export transcript", str(path.with_suffix("").name))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        filters = {
            "Subtitles (*.srt)": ExportFormat.SRT,
            "Web captions (*.vtt)": ExportFormat.VTT,
            "Plain text (*.txt)": ExportFormat.TEXT,
            "JSON (*.json)": ExportFormat.JSON,
        }
        dialog.setNameFilters(list(filters))

        def chosen(name: str) -> None:
            fmt = filters.get(dialog.selectedNameFilter(), ExportFormat.SRT)
            target = Path(name)
            if target.suffix.lower() != fmt.suffix:
                target = target.with_name(target.name + fmt.suffix)
            try:
                self.export(path, target, fmt, variant)
            except OSError as exc:
                self.problem.emit(f"Can't export to {target}: {exc.strerror or exc}.")

        dialog.fileSelected.connect(chosen)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
