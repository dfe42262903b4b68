"""The languages ``gpt-realtime-translate`` can speak, by their own names."""

from __future__ import annotations

from dataclasses import dataclass

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

_BY_CODE = {lang.code: lang for lang in TRANSLATE_TARGETS}


def language(code: str) -> Language:
    """The target language with this code; ``ValueError`` (never ``KeyError``) for any other code."""
    found = _BY_CODE.get(code.strip().lower())
    if found is None:
        codes = ", ".join(lang.code for lang in TRANSLATE_TARGETS)
        raise ValueError(f"{code!r} is not a language Translator can translate into; use one of: {codes}.")
    return found
