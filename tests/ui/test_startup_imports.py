"""What a launch does not load before its window is on screen: the realtime stack (the openai SDK,
websockets), the audio core (numpy) and ``importlib.metadata`` (the version) come after the first
paint, on the loop."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.bench.cold_start import CHILD, EXIT, ROOT

LATER = ("openai", "websockets", "importlib.metadata", "pydantic", "numpy")

# The cold-start benchmark's launch (imports, App, the window shown and painted once), then a look;
# then what the app loads once its window is up, and another look.
LOOK = f'print(" ".join(m for m in {LATER!r} if m in sys.modules) or "none")\n'
SCRIPT = CHILD + LOOK + "loop.run_until_complete(app.meeting.load_sessions())\n" + LOOK + EXIT


def test_the_window_is_painted_before_the_realtime_stack_the_audio_core_and_the_version_are_loaded(
    tmp_path: Path,
) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        env[var] = str(tmp_path / var.lower())
    done = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, env=env, timeout=60,
                          cwd=ROOT)
    assert done.returncode == 0, done.stderr
    before, after = done.stdout.splitlines()[-2:]  # after the benchmark's own line (the time it painted)
    assert before == "none", f"loaded before the window: {before}"
    # ... and loaded ahead of the first Start, once the window is up
    assert {"openai", "websockets", "numpy"} <= set(after.split()), after
