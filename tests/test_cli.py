from __future__ import annotations

import os
import subprocess
import sys

from translator_gui import __version__


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    return subprocess.run(
        [sys.executable, "-m", "translator_gui", *args], capture_output=True, text=True, timeout=60, env=env
    )


def test_version_prints_and_needs_no_screen() -> None:
    result = _run("--version")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"Translator {__version__}"


def test_unknown_target_language_is_a_sentence_not_a_traceback() -> None:
    result = _run("--target", "xx")
    assert result.returncode == 2
    assert "not a language Translator can produce" in result.stderr
    assert "Traceback" not in result.stderr
    assert "es" in result.stderr
