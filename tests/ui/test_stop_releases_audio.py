"""A Stop lets go of a session's audio machinery: a meeting of many Starts and Stops (a language
switched back and forth, a headset plugged in) must not keep each session's resamplers and
buffers for the rest of the day."""

from __future__ import annotations

import asyncio
import gc
from pathlib import Path

import pytest
import soxr
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.fakes.translation_server import FakeServerThread, tone
from tests.testbed import KeyringBed, PulseBed
from translator_gui.app import App
from translator_gui.meeting.options import LaunchOptions
from translator_gui.settings import Settings


def _resamplers() -> int:
    gc.collect()
    return sum(isinstance(o, soxr.ResampleStream) for o in gc.get_objects())


@pytest.mark.audio
def test_each_stop_frees_the_sessions_resamplers(
    qtbot: QtBot, qloop: asyncio.AbstractEventLoop, pulse: PulseBed, secret_service: KeyringBed,
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    with FakeServerThread() as server:
        monkeypatch.setenv("OPENAI_API_KEY", "sk-test")
        monkeypatch.setenv("OPENAI_BASE_URL", server.base_url)
        qapp = QApplication.instance()
        assert isinstance(qapp, QApplication)
        options = LaunchOptions(target="de", input_device="micfeed.monitor", output_device="speaker",
                                transcript_dir=tmp_path / "transcripts")
        app = App(qapp, options, settings=Settings(tmp_path / "settings.ini"))
        app.show()
        try:
            qtbot.wait_until(lambda: app.meeting.devices.listed, timeout=15_000)
            before = _resamplers()
            live = []
            for round_ in range(2):
                app.meeting.spawn(app.meeting.start(interactive=False))
                qtbot.wait_until(lambda: app.window.status().startswith("Live"), timeout=20_000)
                # Speech played, so that the speaker's resampler is made too.
                server.say("Hello there. ", f"Hallo {round_}. ", tone(0.5, 440), after_input_ms=400)
                qtbot.wait_until(lambda r=round_: any(f"Hallo {r}" in t  # type: ignore[misc]
                                                      for t in app.window.captions.history_texts()),
                                 timeout=20_000)
                qtbot.wait_until(lambda: _resamplers() - before == 2, timeout=5_000)  # the microphone's, the speaker's
                live.append(_resamplers() - before)
                app.meeting.spawn(app.meeting.stop())
                qtbot.wait_until(lambda: not app.meeting.running, timeout=15_000)
                qtbot.wait_until(lambda: _resamplers() == before, timeout=5_000)
            assert live == [2, 2]
        finally:
            app.quit()
            qtbot.wait_until(lambda: app.finished, timeout=15_000)
