"""One way to build a session: the kind follows the mode, or the language when no mode is chosen."""

from __future__ import annotations

import pytest

from translator_gui.realtime.factory import make_session
from translator_gui.realtime.languages import Mode
from translator_gui.realtime.modes.interpret import InterpretSession
from translator_gui.realtime.modes.transcribe import TranscribeSession
from translator_gui.realtime.modes.translate import TranslateSession
from translator_gui.realtime.options import SessionOptions
from translator_gui.realtime.session import RealtimeSession


def test_factory_picks_the_engine_for_the_mode_and_language() -> None:
    def build(mode: Mode | None, language: str) -> RealtimeSession:
        options = SessionOptions(api_key="sk-test", base_url="http://127.0.0.1:9/v1")
        return make_session(mode, language, lambda event: None, options)

    assert type(build(Mode.TRANSLATE, "es")) is TranslateSession
    assert type(build(None, "de")) is TranslateSession
    assert isinstance(build(None, "ar"), InterpretSession)
    assert isinstance(build(Mode.INTERPRET, "es"), InterpretSession)
    assert isinstance(build(Mode.CAPTIONS, "en"), TranscribeSession)
    with pytest.raises(ValueError, match="not a language"):
        build(Mode.TRANSLATE, "ar")
