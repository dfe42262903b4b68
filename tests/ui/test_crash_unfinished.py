"""A real app process killed with SIGKILL while the speaker keeps talking: the line still being
spoken was checkpointed to the journal, and reading it back gives it, marked unfinished."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.fakes.translation_script import Delivery
from tests.fakes.translation_server import FakeServerThread
from tests.testbed import KeyringBed, PulseBed
from translator_gui.transcript.journal import find_interrupted_sessions, read_journal

pytestmark = [pytest.mark.audio, pytest.mark.keyring]

KEY = "sk-test-crash-0123456789abcdef"
# One run-on line, well over two seconds long at the pace below, that never reaches a sentence end.
SOURCE = "and then the team showed us the numbers for the quarter and they were much better than we"
TRANSLATION = "und dann zeigte uns das Team die Zahlen für das Quartal und sie waren viel besser als wir"


def checkpointed_words(folder: Path) -> int:
    """Words of the translation in the journal's last checkpoint (0 before there is one)."""
    words = 0
    for path in folder.glob("*.jsonl"):
        for raw in path.read_bytes().splitlines():
            record = json.loads(raw)
            if "checkpoint" in record:
                words = len(record["checkpoint"]["translation"].split())
    return words


def test_sigkill_mid_line_recovers_the_line_as_unfinished(
    qtbot: QtBot, pulse: PulseBed, secret_service: KeyringBed, tmp_path: Path
) -> None:
    transcripts = tmp_path / "transcripts"
    with FakeServerThread(api_keys=[KEY]) as server:
        env = {**os.environ, "OPENAI_API_KEY": KEY, "OPENAI_BASE_URL": server.base_url,
               "QT_QPA_PLATFORM": "offscreen"}
        proc = subprocess.Popen(
            [sys.executable, "-m", "translator_gui", "--start", "--target", "de",
             "--transcript-dir", str(transcripts)],
            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
        )
        try:
            assert server.wait_until(lambda s: s.input_ms >= 200, timeout=30), "the app never streamed audio"
            server.say(SOURCE, TRANSLATION, delivery=Delivery(delay=0.15))
            qtbot.wait_until(lambda: checkpointed_words(transcripts) >= 4, timeout=30_000)
            assert proc.poll() is None
            proc.send_signal(signal.SIGKILL)
            _, err = proc.communicate(timeout=30)
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.communicate()

    assert proc.returncode == -signal.SIGKILL
    [interrupted] = find_interrupted_sessions(transcripts)
    segments = read_journal(interrupted)
    assert segments, err
    assert segments[-1].unfinished and segments[-1].speaker in ("", "them")
    assert not any(s.unfinished for s in segments[:-1])
    said = " ".join(s.translation for s in segments).split()
    assert len(said) >= 4 and said == TRANSLATION.split()[: len(said)]  # in order, nothing twice
    heard = " ".join(s.source for s in segments).split()
    assert heard == SOURCE.split()[: len(heard)]
    assert all(s.language == "de" for s in segments)
