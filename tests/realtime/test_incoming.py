"""What the decoder tells a person about a server that misbehaves, in the person's language."""

from __future__ import annotations

import base64
import json

from translator_gui.realtime.engine import TargetText
from translator_gui.realtime.incoming import (
    MAX_MESSAGE_BYTES,
    MAX_TEXT_CHARS,
    TRANSLATION_HANDLERS,
    Decoder,
    Misbehaved,
    ServerError,
)
from translator_gui.ui.i18n import Installed, install_translations


def _audio(**fields: object) -> str:
    return json.dumps({"type": "session.output_audio.delta", "delta": base64.b64encode(b"\0\0").decode(), **fields})


def _notices(raw: str) -> list[str]:
    return [item.message for item in Decoder(TRANSLATION_HANDLERS).decode(raw) if isinstance(item, Misbehaved)]


def test_the_sentences_in_english() -> None:
    assert _notices(_audio(sample_rate=400_000)) == [
        "The translation service sent speech in a format the app cannot play (400,000 samples per second); "
        "that part of the speech is skipped."
    ]
    assert _notices(_audio(channels=12)) == [
        "The translation service sent speech in a format the app cannot play (12 channels); "
        "that part of the speech is skipped."
    ]
    huge = json.dumps({"type": "session.output_transcript.delta", "delta": "a" * (MAX_TEXT_CHARS + 1)})
    items = Decoder(TRANSLATION_HANDLERS).decode(huge)
    assert items[0] == Misbehaved(f"The translation service sent an oversized caption ({MAX_TEXT_CHARS + 1:,} "
                                  f"characters); it was cut to {MAX_TEXT_CHARS:,} characters.")
    assert items[1] == TargetText("a" * MAX_TEXT_CHARS, None)
    assert _notices("x" * (MAX_MESSAGE_BYTES + 1)) == [
        f"The translation service sent an oversized message ({MAX_MESSAGE_BYTES + 1:,} bytes); it was skipped."
    ]
    assert Decoder(TRANSLATION_HANDLERS).decode('{"type": "error", "error": {}}') == [ServerError("no details given")]


def test_the_sentences_follow_the_language_installed_when_they_are_made(speaking: list[Installed]) -> None:
    speaking.append(install_translations("de"))
    assert _notices(_audio(sample_rate=400_000)) == [
        "Der Übersetzungsdienst hat Sprache in einem Format gesendet, das die App nicht abspielen kann "
        "(400,000 Abtastwerte pro Sekunde); dieser Teil der Sprache wird übersprungen."
    ]
    assert "(12 Kanäle)" in _notices(_audio(channels=12))[0]
    huge = json.dumps({"type": "session.input_transcript.delta", "delta": "a" * (MAX_TEXT_CHARS + 1)})
    assert _notices(huge) == [
        f"Der Übersetzungsdienst hat einen übergroßen Untertitel gesendet ({MAX_TEXT_CHARS + 1:,} Zeichen); "
        f"er wurde auf {MAX_TEXT_CHARS:,} Zeichen gekürzt."
    ]
    assert _notices("x" * (MAX_MESSAGE_BYTES + 1)) == [
        f"Der Übersetzungsdienst hat eine übergroße Nachricht gesendet ({MAX_MESSAGE_BYTES + 1:,} Byte); "
        "sie wurde übersprungen."
    ]
    assert Decoder(TRANSLATION_HANDLERS).decode('{"type": "error", "error": {}}') == [ServerError("keine Angaben")]
    speaking.pop().remove()
    assert "cannot play (12 channels)" in _notices(_audio(channels=12))[0]
