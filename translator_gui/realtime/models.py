"""The model each kind of session uses unless told otherwise (no SDK here: the app reads these
before it loads the realtime stack)."""

from __future__ import annotations

from translator_gui.realtime.languages import Mode

DEFAULT_MODELS: dict[Mode, str] = {
    Mode.TRANSLATE: "gpt-realtime-translate",
    Mode.CAPTIONS: "gpt-realtime-whisper",
    Mode.INTERPRET: "gpt-realtime-2",
}

DEFAULT_TRANSCRIPTION_MODEL = "gpt-realtime-whisper"
"""What transcribes the source speech in Translate and Interpret unless told otherwise."""
