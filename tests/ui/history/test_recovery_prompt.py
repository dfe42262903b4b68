"""After Translator was killed mid-session, the next start offers the saved transcript.

The interrupted sessions are made the real way: a child process writes a journal and is killed
with SIGKILL, so its in-progress mark stays behind with a dead writer.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from tests.testbed import PulseBed
from tests.ui.conftest import MakeApp
from translator_gui.app import App
from translator_gui.meeting.options import LaunchOptions
from translator_gui.transcript.journal import Journal, find_interrupted_sessions, in_progress_marker, read_journal
from translator_gui.transcript.segment import Segment
from translator_gui.ui.history.recovery_prompt import RecoveryChoice, RecoveryOffer, RecoveryPrompt

ROOT = Path(__file__).resolve().parents[3]

WRITER = """
import os, sys
from datetime import datetime
from pathlib import Path
from translator_gui.transcript.journal import Journal
from translator_gui.transcript.segment import Segment
folder, start, lines = Path(sys.argv[1]), datetime.fromisoformat(sys.argv[2]), int(sys.argv[3])
journal = Journal(folder, start)
for i in range(lines):
    assert journal.append(Segment(i * 2.0, i * 2.0 + 1.5, f"fuente {i}", f"line {i}", "en")) is None
journal.flush()  # the lines are on disk, the writer thread idle
fd = journal._open()
os.write(fd, b'{"start": 99.0, "end": 99.5, "sour')  # killed in the middle of the next line
print("ready", flush=True)
sys.stdin.read()
"""


def crash_session(folder: Path, start: datetime, lines: int) -> Path:
    """A journal with ``lines`` complete lines whose writer was killed with SIGKILL mid-write."""
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(folder), start.isoformat(), str(lines)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    try:
        assert writer.stdout is not None and writer.stdout.readline().strip() == "ready"
        writer.send_signal(signal.SIGKILL)
        assert writer.wait(timeout=10) == -signal.SIGKILL
    finally:
        if writer.poll() is None:
            writer.kill()
            writer.wait()
        for stream in (writer.stdin, writer.stdout):
            if stream is not None:
                stream.close()
    path = folder / f"{start:%Y-%m-%dT%H-%M-%S}.jsonl"
    assert path in find_interrupted_sessions(folder)
    return path


def prompts(app: App) -> list[RecoveryPrompt]:
    return [p for p in app.window.findChildren(RecoveryPrompt) if p.isVisible()]


def the_prompt(app: App) -> RecoveryPrompt:
    shown = prompts(app)
    assert len(shown) == 1
    return shown[0]


@pytest.fixture
def transcripts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test-recovery")  # no key dialog in the way
    return tmp_path / "transcripts"


def start_app(make_app: MakeApp, transcripts: Path) -> App:
    return make_app(LaunchOptions(transcript_dir=transcripts))


def quit_app(app: App, qtbot: QtBot) -> None:
    app.quit()
    qtbot.wait_until(lambda: app.finished, timeout=15_000)


def test_the_next_start_offers_the_transcript_and_opens_it(
    make_app: MakeApp, qtbot: QtBot, pulse: PulseBed, transcripts: Path
) -> None:
    crashed = crash_session(transcripts, datetime(2026, 11, 24, 9, 12, 5), lines=37)
    app = start_app(make_app, transcripts)
    prompt = the_prompt(app)
    assert not prompt.isModal() and prompt.windowModality() == Qt.WindowModality.NonModal
    text = prompt.message.text()
    assert text.startswith("Translator closed unexpectedly during the session that started Tue 24 Nov")
    assert ", 09:12." in text
    assert text.endswith("All 37 caption lines finished before then are saved.")
    assert [b.text() for b in (prompt.open_button, prompt.export_button, prompt.dismiss_button)] == [
        "Open transcript", "Export…", "Not now"]
    assert in_progress_marker(crashed).exists()  # not answered yet
    assert "37 caption lines were saved" in app.window.status() or app.secrets.problem

    with qtbot.wait_signal(prompt.finished) as answered:
        prompt.open_button.click()
    assert answered.args == [RecoveryChoice.OPEN]
    assert not prompt.isVisible()
    assert not in_progress_marker(crashed).exists()
    assert find_interrupted_sessions(transcripts) == []
    assert [s.translation for s in read_journal(crashed)] == [f"line {i}" for i in range(37)]

    past = app._past
    assert past is not None and past.isVisible()
    assert past.current() == crashed
    current = past.sessions.currentItem()
    assert current is not None and current.data(Qt.ItemDataRole.UserRole) == crashed
    assert current.text().startswith("2026-11-24 09:12:05 — 37 lines")
    assert [s.translation for s in past.history.segments()] == [f"line {i}" for i in range(37)]
    quit_app(app, qtbot)

    again = start_app(make_app, transcripts)
    assert prompts(again) == []  # answered: not offered a second time
    assert "unexpectedly" not in again.window.status()


def test_export_opens_the_save_dialog_on_that_session(
    make_app: MakeApp, qtbot: QtBot, pulse: PulseBed, transcripts: Path, tmp_path: Path
) -> None:
    crashed = crash_session(transcripts, datetime(2026, 3, 2, 17, 45, 0), lines=2)
    app = start_app(make_app, transcripts)
    prompt = the_prompt(app)
    assert "All 2 caption lines finished before then are saved." in prompt.message.text()
    prompt.export_button.click()
    assert not in_progress_marker(crashed).exists()
    past = app._past
    assert past is not None and past.isVisible() and past.current() == crashed
    dialogs = [d for d in past.findChildren(QFileDialog) if d.isVisible()]
    assert len(dialogs) == 1
    dialog = dialogs[0]
    assert dialog.acceptMode() == QFileDialog.AcceptMode.AcceptSave
    out = tmp_path / "recovered.txt"
    dialog.selectNameFilter("Plain text (*.txt)")
    dialog.selectFile(str(out))
    dialog.accept()
    qtbot.wait_until(out.exists, timeout=5_000)
    assert "line 0" in out.read_text(encoding="utf-8") and "line 1" in out.read_text(encoding="utf-8")


@pytest.mark.parametrize("how", ["not-now", "close", "escape"])
def test_not_now_or_closing_the_prompt_is_an_answer(
    make_app: MakeApp, qtbot: QtBot, pulse: PulseBed, transcripts: Path, how: str
) -> None:
    older = crash_session(transcripts, datetime(2026, 11, 23, 8, 0, 0), lines=3)
    newer = crash_session(transcripts, datetime(2026, 11, 24, 9, 12, 0), lines=1)
    app = start_app(make_app, transcripts)
    prompt = the_prompt(app)
    text = prompt.message.text()
    assert text.startswith("Translator closed unexpectedly during 2 sessions.")
    assert "the session that started Tue 24 Nov" in text and "09:12" in text
    assert "The one caption line finished before then is saved." in text
    assert "The other one is listed under View → Past sessions." in text
    assert prompt.offer.offered == newer

    with qtbot.wait_signal(prompt.finished) as answered:
        if how == "not-now":
            prompt.dismiss_button.click()
        elif how == "close":
            prompt.close()
        else:
            QTest.keyClick(prompt, Qt.Key.Key_Escape)
    assert answered.args == [RecoveryChoice.NOT_NOW]
    assert not in_progress_marker(older).exists() and not in_progress_marker(newer).exists()
    assert app._past is None or not app._past.isVisible()  # nothing opened
    assert older.exists() and newer.exists()  # the transcripts stay
    quit_app(app, qtbot)

    assert prompts(start_app(make_app, transcripts)) == []


def test_quitting_without_answering_asks_again_next_time(
    make_app: MakeApp, qtbot: QtBot, pulse: PulseBed, transcripts: Path
) -> None:
    first = crash_session(transcripts, datetime(2026, 11, 24, 9, 12, 0), lines=4)
    app = start_app(make_app, transcripts)
    prompt = the_prompt(app)
    finished: list[int] = []
    prompt.finished.connect(finished.append)
    quit_app(app, qtbot)
    assert not prompt.isVisible() and finished == []  # quitting is not an answer
    assert in_progress_marker(first).exists()

    # Another crash before the question was answered: both are offered.
    second = crash_session(transcripts, datetime(2026, 11, 25, 14, 3, 0), lines=6)
    app = start_app(make_app, transcripts)
    prompt = the_prompt(app)
    assert prompt.offer.sessions == (first, second) and prompt.offer.offered == second
    assert prompt.message.text().startswith("Translator closed unexpectedly during 2 sessions.")
    assert "Wed 25 Nov" in prompt.message.text() and "All 6 caption lines" in prompt.message.text()
    prompt.open_button.click()
    assert find_interrupted_sessions(transcripts) == []


def test_a_session_cut_before_any_line_was_finished_is_reported_honestly(
    make_app: MakeApp, qtbot: QtBot, pulse: PulseBed, transcripts: Path
) -> None:
    empty = crash_session(transcripts, datetime(2026, 11, 24, 9, 12, 0), lines=0)
    assert read_journal(empty) == []  # only a torn line
    app = start_app(make_app, transcripts)
    prompt = the_prompt(app)
    assert prompt.message.text().endswith(
        "before any caption line had been completed, so there is nothing to recover.")
    assert not prompt.open_button.isVisible() and not prompt.export_button.isVisible()
    assert prompt.dismiss_button.text() == "OK"
    prompt.dismiss_button.click()
    assert find_interrupted_sessions(transcripts) == []


def test_no_prompt_when_nothing_was_interrupted(
    make_app: MakeApp, pulse: PulseBed, transcripts: Path
) -> None:
    journal = Journal(transcripts, datetime(2026, 11, 24, 9, 12, 0))
    journal.append(Segment(0.0, 1.0, "hola", "hello", "en"))
    journal.close()  # a session that ended properly
    app = start_app(make_app, transcripts)
    assert prompts(app) == []
    assert "unexpectedly" not in app.window.status()


def write(folder: Path, start: datetime, lines: int) -> Path:
    journal = Journal(folder, start)
    for i in range(lines):
        journal.append(Segment(float(i), i + 0.5, f"s{i}", f"t{i}", "en"))
    journal.close()
    if not lines:
        journal.path.write_bytes(b"")
    return journal.path


def test_the_message_in_plain_words(tmp_path: Path) -> None:
    now = datetime(2026, 12, 1, 12, 0, 0)
    one = write(tmp_path, datetime(2026, 11, 24, 9, 12, 0), 37)
    assert RecoveryOffer.build([one]).message(now) == (
        "Translator closed unexpectedly during the session that started Tue 24 Nov, 09:12. "
        "All 37 caption lines finished before then are saved.")
    assert RecoveryOffer.build([one]).status_text() == (
        "Translator closed unexpectedly last time; 37 caption lines were saved.")
    last_year = write(tmp_path, datetime(2025, 12, 31, 23, 5, 0), 1)
    assert RecoveryOffer.build([last_year]).message(now) == (
        "Translator closed unexpectedly during the session that started Wed 31 Dec 2025, 23:05. "
        "The one caption line finished before then is saved.")
    # The newest one has nothing: the most recent one with lines is offered, the count is told.
    empty = write(tmp_path, datetime(2026, 11, 30, 7, 0, 0), 0)
    offer = RecoveryOffer.build([last_year, one, empty])
    assert offer.offered == one and offer.lines == 37
    assert offer.message(now) == (
        "Translator closed unexpectedly during 3 sessions. The most recent one with saved captions is "
        "the session that started Tue 24 Nov, 09:12. All 37 caption lines finished before then are saved. "
        "The other 2 are listed under View → Past sessions.")
    nothing = RecoveryOffer.build([empty])
    assert nothing.offered is None and nothing.shown == empty
    assert nothing.message(now) == (
        "Translator closed unexpectedly during the session that started Mon 30 Nov, 07:00, before any "
        "caption line had been completed, so there is nothing to recover.")
    with pytest.raises(ValueError):
        RecoveryOffer.build([])
