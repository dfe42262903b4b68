"""What a launch does not load before its window is on screen: the realtime stack (the openai SDK,
websockets) and ``importlib.metadata`` (the version) come after the first paint, on the loop."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

LATER = ("openai", "websockets", "importlib.metadata", "pydantic")

SCRIPT = f"""
import sys, tempfile
from pathlib import Path
from PySide6.QtWidgets import QApplication
qapp = QApplication(sys.argv[:1])
from translator_gui.app import App
from translator_gui.meeting.options import LaunchOptions
from translator_gui.settings import Settings
home = Path(tempfile.mkdtemp())
app = App(qapp, LaunchOptions(transcript_dir=home / "t"), Settings(home / "s.ini"))
app.window.show()
app.window.repaint()
print(" ".join(m for m in {LATER!r} if m in sys.modules) or "none")
"""


def test_the_window_is_painted_before_the_realtime_stack_and_the_version_are_loaded(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        env[var] = str(tmp_path / var.lower())
    done = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, env=env, timeout=60,
                          cwd=ROOT)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split()[-1:] == ["none"], f"loaded before the window: {done.stdout.strip()}"
