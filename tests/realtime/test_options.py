"""What every session is given: the defaults the app relies on, and no key in its text."""

from __future__ import annotations

from translator_gui.realtime.options import SessionOptions
from translator_gui.realtime.reconnect import ReconnectPolicy


def test_options_default_to_reconnecting_with_source_captions_and_never_show_the_key() -> None:
    options = SessionOptions(api_key="sk-proj-Secret1234567890abcdef")
    assert options.model is None and options.transcription_model == "gpt-realtime-whisper"
    assert options.reconnect == ReconnectPolicy() and options.max_session_seconds is None
    assert "Secret" not in repr(options) and "Secret" not in str(options)
