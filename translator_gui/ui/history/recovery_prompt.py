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

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from translator_gui.transcript.journal import read_journal, session_start_of

log = logging.getLogger(__name__)

_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


class RecoveryChoice(IntEnum):
    """The answer, as the dialog's result code (``NOT_NOW`` is ``QDialog.Rejected``)."""

    NOT_NOW = 0
    OPEN = 1
    EXPORT = 2


def session_start(path: Path) -> datetime | None:
    """When the session of journal ``path`` started, from its name (``2026-11-24T09-12-00.jsonl``)."""
    return session_start_of(path)


def when_text(start: datetime, now: datetime) -> str:
    """``Tue 24 Nov, 09:12`` — with the year when it is not this year's."""
    year = f" {start.year}" if start.year != now.year else ""
    return f"{_DAYS[start.weekday()]} {start.day} {_MONTHS[start.month - 1]}{year}, {start:%H:%M}"


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
        the_session = f"the session that started {started}" if started else f"the session saved as {self.shown.name}"
        count = len(self.sessions)
        if self.offered is None:
            if count == 1:
                return (f"Translator closed unexpectedly during {the_session}, before any caption line "
                        "had been completed, so there is nothing to recover.")
            return (f"Translator closed unexpectedly during {count} sessions, each before any caption line "
                    "had been completed, so there is nothing to recover.")
        saved = self._saved()
        if count == 1:
            return f"Translator closed unexpectedly during {the_session}. {saved}"
        others = count - 1
        return (
            f"Translator closed unexpectedly during {count} sessions. The most recent one with saved "
            f"captions is {the_session}. {saved} "
            f"The other {'one is' if others == 1 else f'{others} are'} listed under View → Past sessions."
        )

    def _saved(self) -> str:
        still = "what was still being said is saved too, marked unfinished."
        if not self.lines:
            return f"No caption line had been finished, but {still}"
        if self.lines == 1:
            finished = "The one caption line finished before then is saved"
        else:
            finished = f"All {self.lines} caption lines finished before then are saved"
        return f"{finished}; {still}" if self.unfinished else f"{finished}."

    def status_text(self) -> str:
        """A short sentence for the status line."""
        if self.offered is None:
            return "Translator closed unexpectedly last time, before any caption line had been completed."
        if not self.lines:
            return "Translator closed unexpectedly last time; what was being said was saved, unfinished."
        noun = "caption line was" if self.lines == 1 else "caption lines were"
        also = " (and an unfinished one)" if self.unfinished else ""
        return f"Translator closed unexpectedly last time; {self.lines} {noun} saved{also}."


class RecoveryPrompt(QDialog):
    """Non-modal: *Open transcript*, *Export…*, *Not now*; the answer is ``finished(RecoveryChoice)``."""

    def __init__(self, offer: RecoveryOffer, parent: QWidget | None = None, *, now: datetime | None = None) -> None:
        super().__init__(parent)
        self.offer = offer
        self.setObjectName("recoveryPrompt")
        self.setWindowTitle("Recover the last session")
        self.setModal(False)

        self.message = QLabel(offer.message(now), self)
        self.message.setObjectName("recoveryMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.location = QLabel(f"Saved in {offer.shown.parent}", self)
        self.location.setObjectName("recoveryLocation")
        self.location.setWordWrap(True)
        self.location.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.location.setVisible(offer.offered is not None)

        self.open_button = QPushButton("Open transcript", self)
        self.open_button.setObjectName("recoveryOpen")
        self.open_button.clicked.connect(lambda: self.done(RecoveryChoice.OPEN))
        self.export_button = QPushButton("Export…", self)
        self.export_button.setObjectName("recoveryExport")
        self.export_button.clicked.connect(lambda: self.done(RecoveryChoice.EXPORT))
        self.dismiss_button = QPushButton("Not now" if offer.offered else "OK", self)
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
