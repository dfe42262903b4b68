"""Offers the transcript of a session that was cut short (a crash, a kill, a power cut).

At the next start the app asks, in plain words, whether to open or export what was saved:
*Open transcript*, *Export…* or *Not now*.  The dialog is non-modal and shown with ``show()``
(never ``exec()``: a nested event loop would stall the asyncio tasks that carry live audio; and
``open()`` would make it window-modal, blocking the main window until answered).

Every way of answering — any button, Esc, or closing the dialog — ends with ``finished(choice)``
(a ``RecoveryChoice``); closing the dialog counts as *Not now*.  Quitting Translator while the
question is still open is not an answer: the dialog is hidden without ``finished``, so the next
start asks again.

Several interrupted sessions: the count is mentioned and the most recent one with saved lines is
offered.  What was still being said when the session was cut short (its last checkpoint) counts as
saved, and the message says it is marked unfinished.  Sessions with nothing saved at all are
reported honestly, with only a button to dismiss the notice.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import IntEnum
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDateTime, QEvent, QLocale, QObject, Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from translator_gui.transcript.journal import read_journal, session_start_of

log = logging.getLogger(__name__)


class RecoveryChoice(IntEnum):
    """The answer, as the dialog's result code (``NOT_NOW`` is ``QDialog.Rejected``)."""

    NOT_NOW = 0
    OPEN = 1
    EXPORT = 2


def session_start(path: Path) -> datetime | None:
    """When the session of journal ``path`` started, from its name (``2026-11-24T09-12-00.jsonl``)."""
    return session_start_of(path)


def when_text(start: datetime, now: datetime) -> str:
    """``Tue 24 Nov, 09:12`` — with the year when it is not this year's; the day and month names and
    their order as the app's language writes them (the pattern is Qt's date format, translated)."""
    if start.year != now.year:
        pattern = QCoreApplication.translate("RecoveryPrompt", "ddd d MMM yyyy, HH:mm")
    else:
        pattern = QCoreApplication.translate("RecoveryPrompt", "ddd d MMM, HH:mm")
    moment = QDateTime(start.year, start.month, start.day, start.hour, start.minute, start.second)
    return QLocale().toString(moment, pattern)


def count_lines(path: Path) -> tuple[int, bool]:
    """(finished caption lines, whether an unfinished one follows) saved in journal ``path``; an
    unreadable journal counts as empty."""
    try:
        segments = read_journal(path)
    except OSError as exc:
        log.warning("cannot read interrupted transcript %s: %s", path, exc)
        return 0, False
    unfinished = sum(segment.unfinished for segment in segments)
    return len(segments) - unfinished, unfinished > 0


@dataclass(frozen=True)
class RecoveryOffer:
    """What to tell: all interrupted journals (oldest first) and the one offered, if any has lines."""

    sessions: tuple[Path, ...]
    offered: Path | None
    lines: int  # finished caption lines saved in ``offered`` (0 when nothing is offered)
    unfinished: bool = False  # ``offered`` ends with what was still being said

    @classmethod
    def build(cls, sessions: Sequence[Path]) -> RecoveryOffer:
        if not sessions:
            raise ValueError("no interrupted session to offer")
        for path in reversed(sessions):
            lines, unfinished = count_lines(path)
            if lines or unfinished:
                return cls(tuple(sessions), path, lines, unfinished)
        return cls(tuple(sessions), None, 0)

    @property
    def shown(self) -> Path:
        """The session the message is about: the offered one, else the most recent."""
        return self.offered or self.sessions[-1]

    def message(self, now: datetime | None = None) -> str:
        start = session_start(self.shown)
        started = when_text(start, now or datetime.now()) if start else None
        if started:
            the_session = QCoreApplication.translate(
                "RecoveryPrompt", "the session that started {when}").format(when=started)
        else:
            the_session = QCoreApplication.translate(
                "RecoveryPrompt", "the session saved as {name}").format(name=self.shown.name)
        count = len(self.sessions)
        if self.offered is None:
            if count == 1:
                return QCoreApplication.translate(
                    "RecoveryPrompt", "Translator closed unexpectedly during {session}, before any caption line "
                    "had been completed, so there is nothing to recover.").format(session=the_session)
            return QCoreApplication.translate(
                "RecoveryPrompt", "Translator closed unexpectedly during {count} sessions, each before any caption "
                "line had been completed, so there is nothing to recover.").format(count=count)
        saved = self._saved()
        if count == 1:
            return QCoreApplication.translate(
                "RecoveryPrompt", "Translator closed unexpectedly during {session}. {saved}").format(
                session=the_session, saved=saved)
        others = count - 1
        if others == 1:
            listed = QCoreApplication.translate(
                "RecoveryPrompt", "The other one is listed under View → Past sessions.")
        else:
            listed = QCoreApplication.translate(
                "RecoveryPrompt", "The other {count} are listed under View → Past sessions.").format(count=others)
        return QCoreApplication.translate(
            "RecoveryPrompt", "Translator closed unexpectedly during {count} sessions. The most recent one with "
            "saved captions is {session}. {saved} {others}").format(
            count=count, session=the_session, saved=saved, others=listed)

    def _saved(self) -> str:
        if not self.lines:
            return QCoreApplication.translate(
                "RecoveryPrompt", "No caption line had been finished, but what was still being said is saved too, "
                "marked unfinished.")
        if self.lines == 1:
            if self.unfinished:
                return QCoreApplication.translate(
                    "RecoveryPrompt", "The one caption line finished before then is saved; what was still being "
                    "said is saved too, marked unfinished.")
            return QCoreApplication.translate(
                "RecoveryPrompt", "The one caption line finished before then is saved.")
        if self.unfinished:
            return QCoreApplication.translate(
                "RecoveryPrompt", "All {count} caption lines finished before then are saved; what was still being "
                "said is saved too, marked unfinished.").format(count=self.lines)
        return QCoreApplication.translate(
            "RecoveryPrompt", "All {count} caption lines finished before then are saved.").format(count=self.lines)

    def status_text(self) -> str:
        """A short sentence for the status line."""
        if self.offered is None:
            return QCoreApplication.translate(
                "RecoveryPrompt", "Translator closed unexpectedly last time, before any caption line had been "
                "completed.")
        if not self.lines:
            return QCoreApplication.translate(
                "RecoveryPrompt", "Translator closed unexpectedly last time; what was being said was saved, "
                "unfinished.")
        if self.lines == 1:
            if self.unfinished:
                return QCoreApplication.translate(
                    "RecoveryPrompt", "Translator closed unexpectedly last time; 1 caption line was saved (and an "
                    "unfinished one).")
            return QCoreApplication.translate(
                "RecoveryPrompt", "Translator closed unexpectedly last time; 1 caption line was saved.")
        if self.unfinished:
            return QCoreApplication.translate(
                "RecoveryPrompt", "Translator closed unexpectedly last time; {count} caption lines were saved (and "
                "an unfinished one).").format(count=self.lines)
        return QCoreApplication.translate(
            "RecoveryPrompt", "Translator closed unexpectedly last time; {count} caption lines were saved.").format(
            count=self.lines)


class RecoveryPrompt(QDialog):
    """Non-modal: *Open transcript*, *Export…*, *Not now*; the answer is ``finished(RecoveryChoice)``."""

    def __init__(self, offer: RecoveryOffer, parent: QWidget | None = None, *, now: datetime | None = None) -> None:
        super().__init__(parent)
        self.offer = offer
        self.setObjectName("recoveryPrompt")
        self.setWindowTitle(self.tr("Recover the last session"))
        self.setModal(False)

        self.message = QLabel(offer.message(now), self)
        self.message.setObjectName("recoveryMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.location = QLabel(self.tr("Saved in {folder}").format(folder=offer.shown.parent), self)
        self.location.setObjectName("recoveryLocation")
        self.location.setWordWrap(True)
        self.location.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.location.setVisible(offer.offered is not None)

        self.open_button = QPushButton(self.tr("Open transcript"), self)
        self.open_button.setObjectName("recoveryOpen")
        self.open_button.clicked.connect(lambda: self.done(RecoveryChoice.OPEN))
        self.export_button = QPushButton(self.tr("Export…"), self)
        self.export_button.setObjectName("recoveryExport")
        self.export_button.clicked.connect(lambda: self.done(RecoveryChoice.EXPORT))
        self.dismiss_button = QPushButton(self.tr("Not now") if offer.offered else self.tr("OK"), self)
        self.dismiss_button.setObjectName("recoveryDismiss")
        self.dismiss_button.clicked.connect(self.reject)
        for button in (self.open_button, self.export_button):
            button.setVisible(offer.offered is not None)
        default = self.open_button if offer.offered else self.dismiss_button
        default.setDefault(True)
        default.setAutoDefault(True)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        if offer.offered:
            buttons.addWidget(self.open_button)
            buttons.addWidget(self.export_button)
        buttons.addWidget(self.dismiss_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.location)
        layout.addLayout(buttons)
        self.setMinimumWidth(420)

        if parent is not None:
            parent.window().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Translator is quitting with the question still open: not an answer, ask again next time.
        if event.type() == QEvent.Type.Close and self.isVisible():
            self.hide()
        return super().eventFilter(watched, event)
