"""The caption bar says what is happening, in the bar itself: before Start, while listening, while
reconnecting, and why it stopped — and it keeps the last line until new speech replaces it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.fakes.translation_server import FakeServerThread
from tests.testbed import PulseBed
from tests.ui.conftest import MakeApp
from translator_gui.app import App
from translator_gui.meeting.options import LaunchOptions
from translator_gui.settings import Settings
from translator_gui.transcript.segment import Segment
from translator_gui.ui.caption_feed import PRESS_START
from translator_gui.ui.captions.bar import CaptionOverlay

pytestmark = [pytest.mark.audio]


@pytest.fixture
def server() -> Iterator[FakeServerThread]:
    with FakeServerThread() as fake:
        yield fake


@pytest.fixture
def app(server: FakeServerThread, make_app: MakeApp, pulse: PulseBed, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> App:
    """The app against the fake service, listening to the micfeed sink's sound, not started."""
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test")
    monkeypatch.setenv("OPENAI_BASE_URL", server.base_url)
    return make_app(LaunchOptions(target="de", input_device="micfeed.monitor", transcript_dir=tmp_path))


def test_the_bar_says_what_is_happening(server: FakeServerThread, app: App, qtbot: QtBot) -> None:
    bar = app.overlay
    assert bar.status_text() == PRESS_START and bar.shown_lines() == []

    app.meeting.spawn(app.meeting.start())
    qtbot.wait_until(lambda: bar.status_text() == "Listening to “Sound from: Null Output (micfeed)”…"
                     and server.check(lambda s: len(s.appends) > 0), timeout=20_000)

    server.say("Hello everyone. ", "Hallo zusammen. ")
    qtbot.wait_until(lambda: bar.shown_lines() == ["Hallo zusammen."], timeout=10_000)
    assert bar.status_text() == "", "while captions show and all is well, the bar says nothing else"

    server.drop("close1006")
    qtbot.wait_until(lambda: bar.status_text().startswith("Reconnecting"), timeout=10_000)
    assert bar.shown_lines() == ["Hallo zusammen."], "the last line stays while the connection is back"
    qtbot.wait_until(lambda: bar.status_text() == "" and server.check(lambda s: s.handshake_attempts == 2),
                     timeout=20_000)

    app.meeting.spawn(app.meeting.stop())
    qtbot.wait_until(lambda: not app.meeting.running, timeout=15_000)
    # The last line stays, and the bar says it is the last: no one should read it as a quiet meeting.
    assert bar.status_text() == "Stopped. Press Start in Translator (Ctrl+Enter) to go on."
    assert bar.shown_lines() == ["Hallo zusammen."]


def test_the_bar_says_why_the_session_stopped_by_itself(app: App, qtbot: QtBot) -> None:
    app.settings.spending_cap = 0.01  # about 18 s of translation
    app.meeting.spawn(app.meeting.start())
    qtbot.wait_until(lambda: app.meeting.running, timeout=20_000)
    # The cap is checked against the minutes the service reports; the fake reports them as they go.
    qtbot.wait_until(lambda: app.overlay.status_text().startswith("Stopped: "), timeout=40_000)
    assert "spending cap" in app.overlay.status_text().lower()
    assert not app.meeting.running


def test_the_last_line_stays_until_new_speech_replaces_it(qtbot: QtBot, tmp_path: Path) -> None:
    now = [0.0]
    bar = CaptionOverlay(Settings(tmp_path / "settings.ini"), clock=lambda: now[0])
    qtbot.addWidget(bar)
    bar.add_segment(Segment(0.0, 1.0, "Hello everyone.", "Hallo zusammen.", "de"))
    now[0] = 3600.0
    bar.show_live("", "")  # a refresh an hour later, with nothing new said
    assert bar.shown_lines() == ["Hallo zusammen."]
    bar.add_segment(Segment(3600.0, 3601.0, "Next.", "Weiter.", "de"))
    assert bar.shown_lines()[-1] == "Weiter."


def test_a_keep_time_clears_the_bar_after_it(qtbot: QtBot, tmp_path: Path) -> None:
    settings = Settings(tmp_path / "settings.ini")
    settings.overlay_keep_seconds = 2
    now = [0.0]
    bar = CaptionOverlay(settings, clock=lambda: now[0])
    qtbot.addWidget(bar)
    bar.add_segment(Segment(0.0, 1.0, "Hello everyone.", "Hallo zusammen.", "de"))
    now[0] = 1.5
    bar.show_live("", "")
    assert bar.shown_lines() == ["Hallo zusammen."]
    now[0] = 2.5
    bar.show_live("", "")
    assert bar.shown_lines() == []
