"""Past sessions: the transcripts in a folder, newest first (interrupted ones marked); open one
into a :class:`~translator_gui.ui.history.view.HistoryView`, filter the list by text, export
(SRT, WebVTT, text, JSON) and delete."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from translator_gui.transcript.export import ExportFormat, Variant, write_export
from translator_gui.transcript.journal import (
    find_interrupted_sessions,
    in_progress_marker,
    read_journal,
    session_start_of,
)
from translator_gui.transcript.segment import Segment
from translator_gui.ui.history.lines import matches
from translator_gui.ui.history.view import HistoryView, search_field

log = logging.getLogger(__name__)


def export_target(name: Path, chosen: ExportFormat) -> tuple[Path, ExportFormat]:
    """Where to write and in which format: a typed extension (``x.vtt``) wins over the chosen filter;
    a name without one gets the filter's."""
    typed = next((fmt for fmt in ExportFormat if name.suffix.lower() == fmt.suffix), None)
    if typed is not None:
        return name, typed
    return name.with_name(name.name + chosen.suffix), chosen


def session_title(path: Path) -> str:
    start = session_start_of(path)
    return path.stem if start is None else f"{start:%Y-%m-%d %H:%M:%S}"


class PastSessions(QWidget):
    """The transcripts in ``directory``: open, search, export, delete."""

    notice = Signal(str)  # one sentence for the status line: what went wrong, or where an export went

    def __init__(self, directory: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.directory = directory
        self._current: Path | None = None
        self.search = search_field(self, "sessionSearch", self.tr("Find sessions containing…"),
                                   self.tr("Find sessions by text"))
        self.search.textChanged.connect(self.refresh)
        self.sessions = QListWidget(self)
        self.sessions.setObjectName("pastSessions")
        self.sessions.setAccessibleName(self.tr("Past sessions"))
        self.sessions.currentItemChanged.connect(self._chosen)
        self.history = HistoryView(self)
        self.delete_button = QPushButton(self.tr("Delete…"), self)
        self.delete_button.clicked.connect(self._delete_current)
        self.export_button = QPushButton(self.tr("Export…"), self)
        self.export_button.clicked.connect(self._export_current)
        self.variant_box = QComboBox(self)
        self.variant_box.setAccessibleName(self.tr("What to export"))
        for label, variant in ((self.tr("Translation"), Variant.TRANSLATION), (self.tr("Source"), Variant.SOURCE),
                               (self.tr("Both languages"), Variant.BILINGUAL)):
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
            label = self.tr("{session} — {count} lines").format(session=session_title(path), count=len(segments))
            if path in interrupted:
                label += " " + self.tr("(interrupted)")
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
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Delete transcript"),
                          self.tr("Delete the transcript of {session}? This cannot be undone.").format(
                              session=session_title(path)),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)

        def done(result: int) -> None:
            box.deleteLater()
            if result == QMessageBox.StandardButton.Yes:
                try:
                    self.delete(path)
                except OSError as exc:
                    log.warning("cannot delete transcript %s: %s", path, exc)
                    reason = exc.strerror or exc
                    self.notice.emit(self.tr("Can't delete {path}: {reason}.").format(path=path, reason=reason))

        box.finished.connect(done)
        box.open()  # never exec(): qasync cannot nest event loops

    def _export_current(self) -> None:
        path = self._current
        if path is None:
            return
        variant = Variant(self.variant_box.currentData())
        documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        folder = Path(documents) if documents and Path(documents).is_dir() else self.directory
        dialog = QFileDialog(self, self.tr("Export transcript"), str(folder / path.with_suffix("").name))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        filters = {
            self.tr("Subtitles (*.srt)"): ExportFormat.SRT,
            self.tr("Web captions (*.vtt)"): ExportFormat.VTT,
            self.tr("Plain text (*.txt)"): ExportFormat.TEXT,
            self.tr("JSON (*.json)"): ExportFormat.JSON,
        }
        dialog.setNameFilters(list(filters))

        def chosen(name: str) -> None:
            target, fmt = export_target(Path(name), filters.get(dialog.selectedNameFilter(), ExportFormat.SRT))
            try:
                self.export(path, target, fmt, variant)
            except OSError as exc:
                reason = exc.strerror or exc
                self.notice.emit(self.tr("Can't export to {path}: {reason}.").format(path=target, reason=reason))
            else:
                exported = self.tr("Exported {session} to {path}.")
                self.notice.emit(exported.format(session=session_title(path), path=target))

        dialog.fileSelected.connect(chosen)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
