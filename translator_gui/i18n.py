"""Translated words for the layers without Qt (the meeting, its notices and states).

A sentence a person reads is written ``translate("Context", "Words with {name}").format(name=…)``:
the same call the translation tools find in the sources (``pyside6-lupdate`` reads ``translate(``
calls), looked up when the sentence is made, not at import.  Until the app installs its translator
(``ui/i18n.py`` at start-up) every sentence is the English one.
"""

from __future__ import annotations

from collections.abc import Callable

Translate = Callable[[str, str], str]
"""(context, English text) → the text in the person's language."""


def _english(_context: str, text: str) -> str:
    return text


_translate: Translate = _english


def install(function: Translate | None) -> None:
    """Translate from now on with ``function`` (None: English again)."""
    global _translate
    _translate = function or _english


def translate(context: str, text: str) -> str:
    """``text`` in the language the app speaks; placeholders such as ``{name}`` are kept as they are."""
    return _translate(context, text)
