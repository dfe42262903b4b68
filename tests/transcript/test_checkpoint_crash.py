"""A process killed while a person keeps talking: the next start recovers all but the last 2 s."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

from translator_gui.transcript.journal import find_interrupted_sessions, read_journal

STEP = 0.25  # seconds of session time between two deltas from the service
# Run-on speech: fourteen sentences the service delivers without a sentence end the segmenter can
# confirm (the speaker never pauses, and each sentence runs into the next with a conjunction).
SENTENCES = [
    f"y entonces el equipo número {i} presentó los resultados del trimestre"
    for i in range(1, 15)
]
WORDS = " ".join(SENTENCES).split()

WRITER = """
import json, sys
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from translator_gui.transcript.journal import Journal
from translator_gui.transcript.segmenter import CaptionSegmenter

words, step = json.loads(sys.argv[2]), float(sys.argv[3])
journal = Journal(Path(sys.argv[1]), datetime(2026, 11, 24, 9, 0, 0))
segmenter = CaptionSegmenter(
    "es", checkpoint=lambda open_line: journal.checkpoint(replace(open_line, speaker="them")))
for i, word in enumerate(words):
    for segment in segmenter.add_translation((" " if i else "") + word, i * step):
        journal.append(replace(segment, speaker="them"))
assert journal.flush() is None  # what was handed to the journal is on disk
print("delivered", flush=True)
sys.stdin.read()  # still talking when the kill comes
"""


def test_sigkill_while_speaking_loses_at_most_the_last_two_seconds(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    proc = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(tmp_path), json.dumps(WORDS), str(STEP)],
        env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )
    try:
        assert proc.stdout is not None
        assert proc.stdout.readline() == "delivered\n"
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == -signal.SIGKILL

    [interrupted] = find_interrupted_sessions(tmp_path)
    segments = read_journal(interrupted)
    recovered = " ".join(s.translation for s in segments).split()
    assert recovered == WORDS[: len(recovered)]  # in order, nothing twice
    lost = len(WORDS) - len(recovered)
    assert lost * STEP <= 2.0, f"lost {lost} words ({lost * STEP} s of speech)"
    assert segments[-1].unfinished and segments[-1].speaker == "them"
    assert not any(s.unfinished for s in segments[:-1])
    assert all(len(s.translation) <= 84 for s in segments)
