"""Two launches as real processes: the second hands over to the first and exits 0; a socket left by a
killed instance is taken over by the next launch."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

KEY = "sk-test-single-instance-0123456789"


def _env(home: Path) -> dict[str, str]:
    env = {**os.environ, "OPENAI_API_KEY": KEY, "QT_QPA_PLATFORM": "offscreen"}
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        env[var] = str(home / var.lower())
    return env


def _log(home: Path) -> Path:
    return home / "xdg_state_home" / "translator-gui" / "log" / "translator.log"


def _launch(home: Path) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "translator_gui"], env=_env(home),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _wait_for_log(proc: subprocess.Popen[str], home: Path, text: str, count: int = 1, timeout: float = 30) -> None:
    """Until ``text`` is in the log ``count`` times; fails at once if ``proc`` exits."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        log = _log(home)
        if log.exists() and log.read_text(encoding="utf-8").count(text) >= count:
            return
        try:
            proc.wait(timeout=0.1)  # the wait between two looks, and a check that it still runs
        except subprocess.TimeoutExpired:
            continue
        _, err = proc.communicate()
        pytest.fail(f"the app exited ({proc.returncode}) before logging {text!r}: {err}")
    pytest.fail(f"{text!r} not logged within {timeout} s")


def _stop(proc: subprocess.Popen[str]) -> str:
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
    try:
        _, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    return err


def _second_launch(home: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "translator_gui"], env=_env(home),
                          capture_output=True, text=True, timeout=60)


def test_second_launch_brings_the_first_to_the_front_and_exits_zero(tmp_path: Path) -> None:
    first = _launch(tmp_path)
    try:
        _wait_for_log(first, tmp_path, "Single instance: listening on")
        second = _second_launch(tmp_path)
        assert second.returncode == 0, second.stderr
        assert "already running; its window was brought to the front" in second.stderr
        _wait_for_log(first, tmp_path, "Another launch handed over; bringing the window to the front")
        assert first.poll() is None, "the first instance must keep running"
    finally:
        err = _stop(first)
    assert first.returncode == 0, err
    assert "Traceback" not in err
    assert _log(tmp_path).read_text(encoding="utf-8").count("starting; log at") == 2


def test_a_socket_left_by_a_killed_instance_is_taken_over(tmp_path: Path) -> None:
    killed = _launch(tmp_path)
    try:
        _wait_for_log(killed, tmp_path, "Single instance: listening on")
    finally:
        killed.kill()
        killed.communicate()
    survivor = _launch(tmp_path)
    try:
        # Qt replaces a socket file nobody listens on.
        _wait_for_log(survivor, tmp_path, "Single instance: ", count=2)
        second = _second_launch(tmp_path)
        assert second.returncode == 0, second.stderr
        _wait_for_log(survivor, tmp_path, "Another launch handed over")
    finally:
        err = _stop(survivor)
    assert survivor.returncode == 0, err


def test_a_second_launch_hands_over_before_doing_the_first_ones_work(tmp_path: Path) -> None:
    """It neither installs a language for a window it never shows nor touches the first instance's
    fatal-error log (truncating and removing it would lose the report of the first one's crash)."""
    first = _launch(tmp_path)
    try:
        _wait_for_log(first, tmp_path, "Single instance: listening on")
        [fatal] = _log(tmp_path).parent.glob(f"fatal-error-{first.pid}-*.log")
        fatal.write_text("what the first instance wrote\n", encoding="utf-8")  # as faulthandler would
        second = _second_launch(tmp_path)
        assert second.returncode == 0, second.stderr
        assert fatal.read_text(encoding="utf-8") == "what the first instance wrote\n", \
            "the first instance's fatal-error log must stay where it writes, as it is"
        assert sorted(fatal.parent.glob("fatal-error*")) == [fatal], "the second one removed its own"
        assert not list(fatal.parent.glob("crash-*")), "and took nothing of the first one's for a crash"
        assert first.poll() is None
    finally:
        err = _stop(first)
    assert first.returncode == 0, err
    text = _log(tmp_path).read_text(encoding="utf-8")
    assert text.count("starting; log at") == 2
    assert text.count(" speaking ") == 1, "only the instance that shows a window installs its language"
