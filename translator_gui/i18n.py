"""Translated words for the layers without Qt (the meeting, its notices and states).

A sentence a person reads is written ``translate("Context", "Words with {name}").format(name=…)``:
the same call the translation tools find in the sources (``pyside6-lupdate`` reads ``translate(``
calls), looked up when the sentence is made, not at import.  Until the app installs its translator
(``ui/i18n.py`` at start-up) every sentence is the English one. Money is written the same way:
``money(2.5)`` is "$2.50" until then, and as the person's locale writes it afterwards ("2,50 $").
"""

from __future__ import annotations

from collections.abc import Callable

Translate = Callable[[str, str], str]
"""(context, English text) → the text in the person's language."""

Money = Callable[[float], str]
"""US dollars → the amount as the person's locale writes money."""


def _english(_context: str, text: str) -> str:
    return text


def _dollars(amount: float) -> str:
    return f"${amount:,.2f}"


_translate: Translate = _english
_money: Money = _dollars


def install(function: Translate | None, money: Money | None = None) -> None:
    """Translate from now on with ``function``, and write money with ``money`` (None: English again)."""
    global _translate, _money
    _translate = function or _english
    _money = money or _dollars


def translate(context: str, text: str) -> str:
    """``text`` in the language the app speaks; placeholders such as ``{name}`` are kept as they are."""
    return _translate(context, text)


def money(amount: float) -> str:
    """``amount`` US dollars as the person's locale writes money ("$2.50", "2,50 $")."""
    return _money(amount)
