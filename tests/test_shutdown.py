"""SIGINT/SIGTERM end a live session the orderly way: the service is told, the trailing
translation is kept, the transcript is on disk, and the app exits with status 0."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from tests.fakes.translation_server import FakeServerThread
from tests.testbed import KeyringBed, PulseBed

pytestmark = [pytest.mark.audio, pytest.mark.keyring]

KEY = "sk-test-shutdown-0123456789abcdef"


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
def test_signal_closes_session_saves_transcript_and_exits_zero(
    sig: signal.Signals, pulse: PulseBed, secret_service: KeyringBed, tmp_path: Path
) -> None:
    transcripts = tmp_path / "transcripts"
    with FakeServerThread(api_keys=[KEY]) as server:
        env = {**os.environ, "OPENAI_API_KEY": KEY, "OPENAI_BASE_URL": server.base_url,
               "QT_QPA_PLATFORM": "offscreen"}
        proc = subprocess.Popen(
            [sys.executable, "-m", "translator_gui", "--start", "--target", "es",
             "--transcript-dir", str(transcripts)],
            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )
        try:
            assert server.wait_until(lambda s: s.input_ms >= 400, timeout=30), "the app never streamed audio"
            # Said while live, but only delivered after session.close: the trailing translation.
            server.say("Hasta luego.", "See you later.", hold_until_close=True)
            proc.send_signal(sig)
            _, err = proc.communicate(timeout=30)
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.communicate()
        state = server.snapshot()

    assert proc.returncode == 0, err
    assert "Traceback" not in err
    assert state.received_of("session.close"), "the session was not closed gracefully"
    files = list(transcripts.glob("*.jsonl"))
    assert len(files) == 1
    segments = [json.loads(line) for line in files[0].read_text(encoding="utf-8").splitlines()]
    assert [s["translation"] for s in segments] == ["See you later."]
    assert segments[0]["language"] == "es"

    # The key never reaches a log, the settings or a transcript.
    state_home = Path(os.environ["XDG_STATE_HOME"])
    config_home = Path(os.environ["XDG_CONFIG_HOME"])
    written = [p for root in (state_home, config_home, transcripts) for p in root.rglob("*") if p.is_file()]
    assert any(p.name == "translator.log" for p in written)
    for path in written:
        assert KEY not in path.read_text(encoding="utf-8", errors="replace"), path
