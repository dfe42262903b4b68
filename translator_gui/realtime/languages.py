"""The languages Translator can produce, by their own names, and which session mode produces each.

Translate (``gpt-realtime-translate``) speaks 13 languages; Interpret (a conversation model prompted
to interpret) reaches the others below; Captions transcribes in the language being spoken.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass


class Mode(enum.Enum):
    """The kind of realtime session."""

    TRANSLATE = "translate"  # /v1/realtime/translations: continuous speech-to-speech translation
    CAPTIONS = "captions"  # /v1/realtime?intent=transcription: same-language captions
    INTERPRET = "interpret"  # /v1/realtime with a conversation model told to interpret

SOURCE_AUTO = "Auto-detect"
"""Label for the spoken language: the translation model detects it by itself."""


@dataclass(frozen=True, slots=True)
class Language:
    code: str
    native_name: str
    english_name: str

    @property
    def label(self) -> str:
        """``"Español — Spanish"``; a name that is the same in English is shown once (``"English"``)."""
        if self.native_name == self.english_name:
            return self.native_name
        return f"{self.native_name} — {self.english_name}"


TRANSLATE_TARGETS: tuple[Language, ...] = (
    Language("es", "Español", "Spanish"),
    Language("pt", "Português", "Portuguese"),
    Language("fr", "Français", "French"),
    Language("ja", "日本語", "Japanese"),
    Language("ru", "Русский", "Russian"),
    Language("zh", "中文", "Chinese"),
    Language("de", "Deutsch", "German"),
    Language("ko", "한국어", "Korean"),
    Language("hi", "हिन्दी", "Hindi"),
    Language("id", "Bahasa Indonesia", "Indonesian"),
    Language("vi", "Tiếng Việt", "Vietnamese"),
    Language("it", "Italiano", "Italian"),
    Language("en", "English", "English"),
)
"""The 13 output languages of gpt-realtime-translate (its input language is detected automatically)."""

INTERPRET_EXTRA_TARGETS: tuple[Language, ...] = (
    Language("ar", "العربية", "Arabic"),
    Language("tr", "Türkçe", "Turkish"),
    Language("pl", "Polski", "Polish"),
    Language("nl", "Nederlands", "Dutch"),
    Language("sv", "Svenska", "Swedish"),
    Language("uk", "Українська", "Ukrainian"),
    Language("he", "עברית", "Hebrew"),
    Language("el", "Ελληνικά", "Greek"),
    Language("th", "ไทย", "Thai"),
    Language("cs", "Čeština", "Czech"),
    Language("da", "Dansk", "Danish"),
    Language("fi", "Suomi", "Finnish"),
    Language("no", "Norsk", "Norwegian"),
    Language("ro", "Română", "Romanian"),
    Language("hu", "Magyar", "Hungarian"),
    Language("bn", "বাংলা", "Bengali"),
    Language("fa", "فارسی", "Persian"),
    Language("ms", "Bahasa Melayu", "Malay"),
    Language("tl", "Tagalog", "Tagalog"),
    Language("ur", "اردو", "Urdu"),
)
"""Languages only Interpret mode produces (a conversation model speaks them; Translate does not)."""

ALL_TARGETS: tuple[Language, ...] = TRANSLATE_TARGETS + INTERPRET_EXTRA_TARGETS
"""Every language any mode can produce (Interpret can produce all of them)."""

_BY_CODE = {lang.code: lang for lang in TRANSLATE_TARGETS}
_ALL_BY_CODE = {lang.code: lang for lang in ALL_TARGETS}


def language(code: str) -> Language:
    """The target language with this code; ``ValueError`` (never ``KeyError``) for any other code."""
    found = _BY_CODE.get(code.strip().lower())
    if found is None:
        codes = ", ".join(lang.code for lang in TRANSLATE_TARGETS)
        raise ValueError(f"{code!r} is not a language Translator can translate into; use one of: {codes}.")
    return found


def any_language(code: str) -> Language:
    """The language with this code among ``ALL_TARGETS``; ``ValueError`` for any other code."""
    found = _ALL_BY_CODE.get(code.strip().lower())
    if found is None:
        raise ValueError(f"{code!r} is not a language Translator can produce.")
    return found


def language_named(text: str) -> Language | None:
    """The language a person means by ``text``: its code, its English name or its own name, in any
    case (``"es"``, ``"Spanish"``, ``"español"``); None when no language has that name."""
    wanted = text.strip().casefold()
    for lang in ALL_TARGETS:
        if wanted in (lang.code, lang.english_name.casefold(), lang.native_name.casefold()):
            return lang
    return None


def mode_for(code: str) -> Mode:
    """The mode that produces ``code``: Translate when it can (cheaper, continuous), else Interpret.

    Captions is never picked by language: it is chosen by the person (same-language captions).
    """
    lang = any_language(code)
    return Mode.TRANSLATE if lang.code in _BY_CODE else Mode.INTERPRET


def targets_for(mode: Mode) -> tuple[Language, ...]:
    """The languages a session of ``mode`` can be asked to produce."""
    return TRANSLATE_TARGETS if mode is Mode.TRANSLATE else ALL_TARGETS
