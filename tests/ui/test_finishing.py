"""Stop while the translation is behind, as a person sees it: the window and the caption bar say that
the last audio is still being translated and how much, the Start/Stop button becomes *Stop now*, and
pressing it (or quitting) ends at once."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.fakes.translation_server import FakeServerThread
from tests.testbed import PulseBed
from tests.ui.conftest import MakeApp
from translator_gui.app import App

SCREENSHOTS = Path(os.environ.get("TRANSLATOR_SCREENSHOTS", "/tmp"))


@pytest.fixture
def slow_service(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeServerThread]:
    """The app's endpoint: a fake service that reads at a quarter of real time."""
    with FakeServerThread() as server:
        monkeypatch.setenv("OPENAI_API_KEY", "sk-test")
        monkeypatch.setenv("OPENAI_BASE_URL", server.base_url)
        server.read_slowly(0.25)
        yield server


def _behind_and_stopped(app: App, server: FakeServerThread, qtbot: QtBot) -> None:
    """Start against the slow service; Stop once the audio is said to be behind."""
    app.window.start_button.click()
    qtbot.wait_until(lambda: server.check(lambda s: len(s.appends) > 0), timeout=20_000)
    qtbot.wait_until(lambda: " s behind" in app.window.status(), timeout=30_000)
    app.window.start_button.click()  # Stop
    qtbot.wait_until(lambda: "Finishing:" in app.window.status(), timeout=10_000)


def test_stop_while_behind_says_it_is_finishing_and_the_button_ends_now(
    make_app: MakeApp, qtbot: QtBot, pulse: PulseBed, slow_service: FakeServerThread
) -> None:
    app = make_app()
    app.overlay.show()
    _behind_and_stopped(app, slow_service, qtbot)
    window = app.window
    assert "Stop again to end now" in window.status()
    assert window.start_button.text() == "Stop now"
    assert window.session_action.text() == "Stop now"
    assert "Finishing:" in app.overlay.status_text()  # the bar says it too
    assert app.meeting.running  # still finishing
    window.grab().save(str(SCREENSHOTS / "finishing-window.png"))
    app.overlay.grab().save(str(SCREENSHOTS / "finishing-caption-bar.png"))
    pressed = time.monotonic()
    window.start_button.click()  # Stop now
    qtbot.wait_until(lambda: not app.meeting.running, timeout=5_000)
    assert time.monotonic() - pressed < 2.0
    assert window.start_button.text() == "Start"
    assert "Finishing:" not in app.overlay.status_text()
    qtbot.wait_until(lambda: "Stopped" in window.status(), timeout=5_000)
    assert "not have been translated" in window.status(), "what was not translated stays in sight"


def test_quit_while_finishing_ends_promptly(
    make_app: MakeApp, qtbot: QtBot, pulse: PulseBed, slow_service: FakeServerThread
) -> None:
    app = make_app()
    _behind_and_stopped(app, slow_service, qtbot)
    quitting = time.monotonic()
    app.window.close()  # File → Quit
    qtbot.wait_until(lambda: app.finished, timeout=5_000)
    assert time.monotonic() - quitting < 2.0


@pytest.mark.parametrize("way", ["window", "tray"])
def test_quit_while_behind_does_not_wait_for_the_backlog(
    make_app: MakeApp, qtbot: QtBot, pulse: PulseBed, slow_service: FakeServerThread, way: str
) -> None:
    """File → Quit (the window), or the tray's Quit (App.quit, as a second launch or the session's
    end also use), without pressing Stop first."""
    app = make_app()
    app.window.start_button.click()
    qtbot.wait_until(lambda: " s behind" in app.window.status(), timeout=30_000)
    quitting = time.monotonic()
    if way == "window":
        app.window.close()
    else:
        app.quit()
    qtbot.wait_until(lambda: app.finished, timeout=10_000)
    assert time.monotonic() - quitting < 2.5
