"""What was still being said when Translator was killed is offered too, marked unfinished."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from datetime import datetime
from pathlib import Path

from pytestqt.qtbot import QtBot

from translator_gui.transcript.journal import find_interrupted_sessions
from translator_gui.ui.history.recovery_prompt import RecoveryOffer, RecoveryPrompt

ROOT = Path(__file__).resolve().parents[3]
NOW = datetime(2026, 11, 24, 12, 0, 0)

# Finished lines, then a speaker who keeps talking for 3 s; killed before the line ends.
WRITER = """
import sys
from datetime import datetime
from pathlib import Path
from translator_gui.transcript.journal import Journal
from translator_gui.transcript.segmenter import CaptionSegmenter
journal = Journal(Path(sys.argv[1]), datetime(2026, 11, 24, 9, 12, 5))
segmenter = CaptionSegmenter("en", checkpoint=journal.checkpoint)
finished = int(sys.argv[2])
words = [f"Line {i}." for i in range(finished)] + ["And", "then", "we", "went", "on", "and", "on"]
for i, word in enumerate(words):
    for segment in segmenter.add_translation((" " if i else "") + word, i * 0.5):
        journal.append(segment)
journal.flush()
print("ready", flush=True)
sys.stdin.read()
"""


def crash_while_speaking(folder: Path, finished: int) -> Path:
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(folder), str(finished)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env={**os.environ, "PYTHONPATH": str(ROOT)},
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
    [path] = find_interrupted_sessions(folder)
    return path


def test_the_line_still_being_spoken_is_offered_as_unfinished(qtbot: QtBot, tmp_path: Path) -> None:
    crashed = crash_while_speaking(tmp_path, finished=3)
    offer = RecoveryOffer.build([crashed])
    assert (offer.offered, offer.lines, offer.unfinished) == (crashed, 3, True)
    prompt = RecoveryPrompt(offer, now=NOW)
    qtbot.addWidget(prompt)
    assert prompt.message.text().endswith(
        "All 3 caption lines finished before then are saved; what was still being said is saved too, "
        "marked unfinished.")
    assert prompt.open_button.isVisibleTo(prompt)
    assert offer.status_text() == (
        "Translator closed unexpectedly last time; 3 caption lines were saved (and an unfinished one).")


def test_a_session_killed_before_any_line_ended_still_offers_what_was_said(qtbot: QtBot, tmp_path: Path) -> None:
    crashed = crash_while_speaking(tmp_path, finished=0)
    offer = RecoveryOffer.build([crashed])
    assert (offer.offered, offer.lines, offer.unfinished) == (crashed, 0, True)
    prompt = RecoveryPrompt(offer, now=NOW)
    qtbot.addWidget(prompt)
    assert prompt.message.text().endswith(
        "No caption line had been finished, but what was still being said is saved too, marked unfinished.")
    assert [b.text() for b in (prompt.open_button, prompt.export_button, prompt.dismiss_button)] == [
        "Open transcript", "Export…", "Not now"]
