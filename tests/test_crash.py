"""Crash hooks: every kind of unexpected failure leaves a readable report in the log folder, with no
key in it, and the person is told in one sentence where it is."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from translator_gui import __version__, crash

KEY = "sk-test-crash-0123456789abcdef"


@pytest.fixture
def hooks(tmp_path: Path) -> Iterator[list[str]]:
    """The hooks installed into ``tmp_path``; yields what the person was told."""
    told: list[str] = []
    saved = (sys.excepthook, threading.excepthook)
    crash.install(tmp_path)
    crash.set_notifier(told.append)
    try:
        yield told
    finally:
        crash.uninstall()
        assert (sys.excepthook, threading.excepthook) == saved
    assert crash.fatal_logs(tmp_path) == [], "an empty fatal-error log is removed at exit"


def _reports(folder: Path) -> list[Path]:
    return sorted(folder.glob(f"{crash.REPORT_PREFIX}*.txt"))


def _boom() -> None:
    raise RuntimeError(f"the device said no (key {KEY})")


def test_an_uncaught_exception_is_reported_without_the_key(hooks: list[str], tmp_path: Path) -> None:
    try:
        _boom()
    except RuntimeError as exc:
        sys.excepthook(type(exc), exc, exc.__traceback__)
    [report] = _reports(tmp_path)
    text = report.read_text(encoding="utf-8")
    assert text.startswith(f"Translator {__version__} — uncaught exception")
    assert "RuntimeError: the device said no" in text
    assert "in _boom" in text  # the traceback
    assert KEY not in text
    assert hooks == [f"Translator hit an unexpected error; a report was saved to {report}."]


def test_an_exception_in_a_thread_is_reported(hooks: list[str], tmp_path: Path) -> None:
    thread = threading.Thread(target=_boom, name="device-follower")
    thread.start()
    thread.join(timeout=10)
    [report] = _reports(tmp_path)
    assert "detail: thread device-follower" in report.read_text(encoding="utf-8")
    assert len(hooks) == 1


def test_an_exception_in_an_event_loop_callback_is_reported(hooks: list[str], tmp_path: Path) -> None:
    loop = asyncio.new_event_loop()
    loop.set_exception_handler(crash.loop_exception_handler)
    try:
        loop.call_soon(_boom)
        loop.run_until_complete(asyncio.sleep(0))  # one turn of the loop runs the callback
    finally:
        loop.close()
    [report] = _reports(tmp_path)
    text = report.read_text(encoding="utf-8")
    assert "uncaught exception in the event loop" in text
    assert "RuntimeError: the device said no" in text
    assert len(hooks) == 1


def test_a_loop_message_without_an_exception_is_only_logged(hooks: list[str], tmp_path: Path,
                                                            caplog: pytest.LogCaptureFixture) -> None:
    loop = asyncio.new_event_loop()
    try:
        crash.loop_exception_handler(loop, {"message": "odd but harmless"})
    finally:
        loop.close()
    assert _reports(tmp_path) == []
    assert hooks == []
    assert "odd but harmless" in caplog.text


def test_keyboard_interrupt_is_left_to_python(hooks: list[str], tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    sys.excepthook(KeyboardInterrupt, KeyboardInterrupt(), None)
    assert _reports(tmp_path) == []
    assert "KeyboardInterrupt" in capsys.readouterr().err


CRASHER = (
    "import faulthandler, sys; from pathlib import Path; from translator_gui import crash; "
    "crash.install(Path(sys.argv[1])); faulthandler._sigsegv()"
)


def test_a_fatal_error_goes_to_the_log_folder_and_is_reported_at_the_next_start(tmp_path: Path) -> None:
    result = subprocess.run([sys.executable, "-c", CRASHER, str(tmp_path)], capture_output=True, text=True,
                            timeout=60)
    assert result.returncode != 0
    [fatal] = crash.fatal_logs(tmp_path)
    assert fatal.name.startswith(crash.FATAL_LOG_PREFIX)  # its own file, named by its process id
    text = fatal.read_text(encoding="utf-8")
    assert "Fatal Python error: Segmentation fault" in text
    assert "<string>" in text  # the Python stack of the crash

    crash.install(tmp_path)  # the next start keeps it as a report
    try:
        [previous] = crash.collect_fatal_errors(tmp_path)
        assert previous.name.startswith(crash.REPORT_PREFIX) and previous.name.endswith("-fatal.txt")
        assert previous.read_text(encoding="utf-8") == text
        assert crash.fatal_logs(tmp_path) == [crash.fatal_log()], "only this run's own log is left"
        assert crash.collect_fatal_errors(tmp_path) == [], "a report is kept once"
    finally:
        crash.uninstall()
    assert crash.fatal_logs(tmp_path) == []


def test_the_fatal_error_log_of_a_translator_still_running_is_left_alone(tmp_path: Path) -> None:
    """A second launch collects nothing of the running one's: not even an empty log is removed, and a
    fatal error written to it later is still found after that one ended."""
    running_then_crashing = (
        "import faulthandler, sys; from pathlib import Path; from translator_gui import crash; "
        "crash.install(Path(sys.argv[1])); print(crash.fatal_log(), flush=True); sys.stdin.readline(); "
        "faulthandler._sigsegv()"
    )
    running = subprocess.Popen([sys.executable, "-c", running_then_crashing, str(tmp_path)], text=True,
                               stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        assert running.stdout is not None and running.stdin is not None
        its_log = Path(running.stdout.readline().strip())
        assert its_log.parent == tmp_path and its_log.name.startswith(f"fatal-error-{running.pid}-")

        crash.install(tmp_path)  # a second launch, as far as the crash hooks go
        try:
            assert crash.collect_fatal_errors(tmp_path) == []
        finally:
            crash.uninstall()
        assert crash.fatal_logs(tmp_path) == [its_log], "the running one's log is where it writes"

        running.stdin.write("crash now\n")
        running.stdin.flush()
        assert running.wait(timeout=30) != 0
    finally:
        if running.poll() is None:
            running.kill()
        running.communicate()
    assert "Segmentation fault" in its_log.read_text(encoding="utf-8")
    [report] = crash.collect_fatal_errors(tmp_path)
    assert f"-{running.pid}-fatal.txt" in report.name
    assert "Segmentation fault" in report.read_text(encoding="utf-8")


def test_an_empty_log_of_a_run_that_ended_is_removed_and_an_old_shared_one_still_reported(tmp_path: Path) -> None:
    killed = subprocess.Popen([sys.executable, "-c", "import sys; from pathlib import Path; "
                               "from translator_gui import crash; crash.install(Path(sys.argv[1])); "
                               "print(crash.fatal_log(), flush=True); sys.stdin.readline()", str(tmp_path)],
                              text=True, stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    assert killed.stdout is not None
    its_log = Path(killed.stdout.readline().strip())
    killed.kill()  # ended without a word: nothing to report
    killed.communicate()
    assert its_log.exists()
    (tmp_path / crash.FATAL_LOG_NAME).write_text("Fatal Python error: Aborted\n", encoding="utf-8")

    [report] = crash.collect_fatal_errors(tmp_path)
    assert report.read_text(encoding="utf-8") == "Fatal Python error: Aborted\n"
    assert crash.fatal_logs(tmp_path) == []


def test_a_missing_module_at_start_is_reported_before_logging_exists(tmp_path: Path) -> None:
    # What a frozen build that left a module out does: the import of the app fails.
    starter = (
        "import sys; sys.modules['qasync'] = None; "
        "from translator_gui.__main__ import main; sys.exit(main([]))"
    )
    env = {**os.environ, "XDG_STATE_HOME": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", starter], capture_output=True, text=True, env=env, timeout=60)
    assert result.returncode == 1
    log_dir = tmp_path / "translator-gui" / "log"
    [report] = _reports(log_dir)
    assert not (log_dir / "translator.log").exists(), "this happens before logging is set up"
    text = report.read_text(encoding="utf-8")
    assert "could not start" in text
    assert "ModuleNotFoundError" in text and "qasync" in text
    assert result.stderr.strip() == (
        f"Translator could not start (ModuleNotFoundError: import of qasync halted; None in sys.modules); "
        f"a report was saved to {report}."
    )


def test_reports_stop_after_a_limit(hooks: list[str], tmp_path: Path) -> None:
    for _ in range(crash.MAX_REPORTS_PER_RUN + 5):
        crash.report("uncaught exception", RuntimeError("again"))
    assert len(_reports(tmp_path)) == crash.MAX_REPORTS_PER_RUN
    assert hooks[-1] == "Translator hit an unexpected error; details are in its log."


APP_WITH_FAULTS = """
import asyncio, sys
from PySide6.QtCore import QTimer
from translator_gui import app as app_module
from translator_gui.__main__ import main

shown = app_module.App.show

def show_then_fail(self):
    shown(self)
    def slot_fails():
        raise RuntimeError("a slot failed")
    def callback_fails():
        raise ValueError("a loop callback failed")
    def report_and_quit():
        print("STATUS:", self.window.status(), flush=True)
        self.quit()
    def on_the_loop():
        loop = asyncio.get_event_loop()
        loop.call_soon(callback_fails)  # the loop's exception handler
        # After the handler queued its status line, so after that too:
        loop.call_soon(lambda: loop.call_soon(report_and_quit))
    QTimer.singleShot(0, slot_fails)  # sys.excepthook
    QTimer.singleShot(0, on_the_loop)

app_module.App.show = show_then_fail
sys.exit(main([]))
"""


def test_the_running_app_reports_a_failing_slot_and_loop_callback_and_keeps_running(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "OPENAI_API_KEY": KEY,
           **{var: str(tmp_path / var.lower()) for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME")}}
    result = subprocess.run([sys.executable, "-c", APP_WITH_FAULTS], capture_output=True, text=True, env=env,
                            timeout=60)
    assert result.returncode == 0, result.stderr  # the app kept running and quit the orderly way
    log_dir = tmp_path / "xdg_state_home" / "translator-gui" / "log"
    reports = _reports(log_dir)
    texts = [p.read_text(encoding="utf-8") for p in reports]
    assert len(reports) == 2, texts
    assert any(t.startswith(f"Translator {__version__} — uncaught exception\n") and "RuntimeError: a slot failed" in t
               for t in texts)
    assert any("uncaught exception in the event loop" in t and "ValueError: a loop callback failed" in t
               for t in texts)
    # The person reads where the latest report is, on the status line.
    [latest] = [p for p in reports if p.name.endswith("-2.txt")]
    assert f"STATUS: Translator hit an unexpected error; a report was saved to {latest}." in result.stdout
    assert crash.fatal_logs(log_dir) == []


CRASH_IN_QAPPLICATION = """
import faulthandler, sys
from translator_gui import app as app_module
from translator_gui.__main__ import main

class CrashingApplication:
    @staticmethod
    def instance():
        return None

    def __init__(self, *args):
        faulthandler._sigsegv()  # a Qt platform plugin that crashes while loading

app_module.QApplication = CrashingApplication
sys.exit(main([]))
"""

APP_TELLING_ITS_STATUS = """
import sys
from PySide6.QtCore import QTimer
from translator_gui import app as app_module
from translator_gui.__main__ import main

shown = app_module.App.show

def show_then_tell(self):
    shown(self)
    def tell_and_quit():
        print("STATUS:", self.window.status(), flush=True)
        self.quit()
    QTimer.singleShot(0, tell_and_quit)  # after the notice of the last run's crash

app_module.App.show = show_then_tell
sys.exit(main([]))
"""


def test_a_crash_inside_qapplication_is_reported_by_the_next_start(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "OPENAI_API_KEY": KEY,
           **{var: str(tmp_path / var.lower()) for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME")}}
    crashed = subprocess.run([sys.executable, "-c", CRASH_IN_QAPPLICATION], capture_output=True, text=True, env=env,
                             timeout=60)
    assert crashed.returncode != 0
    log_dir = tmp_path / "xdg_state_home" / "translator-gui" / "log"
    [fatal] = crash.fatal_logs(log_dir)
    assert "Fatal Python error: Segmentation fault" in fatal.read_text(encoding="utf-8")
    assert "__init__" in fatal.read_text(encoding="utf-8")  # where it crashed

    started = subprocess.run([sys.executable, "-c", APP_TELLING_ITS_STATUS], capture_output=True, text=True,
                             env=env, timeout=60)
    assert started.returncode == 0, started.stderr
    [report] = sorted(log_dir.glob(f"{crash.REPORT_PREFIX}*-fatal.txt"))
    assert "Segmentation fault" in report.read_text(encoding="utf-8")
    assert f"STATUS: Translator crashed the last time it ran; a report was saved to {report}." in started.stdout
    assert crash.fatal_logs(log_dir) == []


def test_the_log_of_a_start_that_died_before_naming_it_is_removed_once_stale(tmp_path: Path) -> None:
    # A start makes "<prefix><pid>-….new", locks it and renames it; one that died in between left it.
    stale = tmp_path / f"{crash.FATAL_LOG_PREFIX}4242-abc.new"
    recent = tmp_path / f"{crash.FATAL_LOG_PREFIX}4343-def.new"  # perhaps being renamed right now
    stale.touch()
    recent.touch()
    an_hour_ago = stale.stat().st_mtime - 3600
    os.utime(stale, (an_hour_ago, an_hour_ago))
    assert crash.collect_fatal_errors(tmp_path) == []
    assert not stale.exists()
    assert recent.exists()
