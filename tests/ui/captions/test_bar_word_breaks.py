"""The caption bar breaks Thai between words (the breaker itself: tests/ui/test_word_breaks.py)."""

from __future__ import annotations

import unicodedata

import pytest

from tests.ui.captions.conftest import MakeOverlay
from tests.ui.test_word_breaks import SENTENCES, WORDS, cuts, inside_words


@pytest.mark.parametrize("language", list(SENTENCES))
def test_the_caption_bar_breaks_between_words(make_overlay: MakeOverlay, language: str) -> None:
    overlay = make_overlay()
    text = SENTENCES[language]
    overlay.show_live(text + " ", "")
    shown = overlay.shown_lines()
    assert len(shown) == 2
    assert "".join(shown) == text
    assert not cuts(shown) & inside_words(text, WORDS[language]), shown
    assert not any(unicodedata.category(line[0]).startswith("M") for line in shown), shown
