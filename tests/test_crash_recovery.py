"""Nothing lost on a crash: a real app process is killed with SIGKILL mid-session; every caption
line it completed is in the transcript, and the session is reported as interrupted."""

from __future__ import annotations

import itertools
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.fakes.translation_server import FakeServerThread
from tests.testbed import KeyringBed, PulseBed
from translator_gui.transcript.journal import find_interrupted_sessions, in_progress_marker, read_journal

pytestmark = [pytest.mark.audio, pytest.mark.keyring]

KEY = "sk-test-crash-0123456789abcdef"


def journal_lines(folder: Path) -> int:
    files = list(folder.glob("*.jsonl"))
    return len(files[0].read_bytes().splitlines()) if files else 0


def test_sigkill_mid_session_keeps_completed_lines_and_reports_interrupted(
    qtbot: QtBot, pulse: PulseBed, secret_service: KeyringBed, tmp_path: Path
) -> None:
    transcripts = tmp_path / "transcripts"
    said = [("Uno.", "One."), ("Dos, por favor.", "Two, please."), ("Tres 三 ثلاثة.", "Drei 三 ثلاثة.")]
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
            for count, (source, translation) in enumerate(said, start=1):
                server.say(source, translation)
                # completed by the segmenter's idle timeout, journaled before it is shown
                qtbot.wait_until(lambda n=count: journal_lines(transcripts) >= n, timeout=15_000)  # type: ignore[misc]
            server.say("Vier", "Vier und", hold_until_close=True)  # never completed
            assert proc.poll() is None
            proc.send_signal(signal.SIGKILL)
            _, err = proc.communicate(timeout=30)
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.communicate()

    assert proc.returncode == -signal.SIGKILL
    interrupted = find_interrupted_sessions(transcripts)
    assert len(interrupted) == 1, err
    assert in_progress_marker(interrupted[0]).exists()
    segments = read_journal(interrupted[0])
    assert [(s.source, s.translation, s.language) for s in segments] == [(a, b, "de") for a, b in said]
    assert all(s.end >= s.start for s in segments)
    assert all(a.end <= b.start for a, b in itertools.pairwise(segments))
