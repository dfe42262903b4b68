"""Scripts written without spaces between words (Thai, Lao, Khmer, Burmese), and where such text
may break when no dictionary-based word breaker is at hand: between clusters, never inside one."""

from __future__ import annotations

import unicodedata

# Thai, Lao, Myanmar (and its extensions A and B), Khmer (and its symbols).
_DICTIONARY_RANGES = (
    (0x0E00, 0x0EFF), (0x1000, 0x109F), (0xAA60, 0xAA7F), (0xA9E0, 0xA9FF), (0x1780, 0x17FF), (0x19E0, 0x19FF),
)
# Vowels written before the consonant they follow in speech: a line never ends on one.
_LEADING_VOWELS = frozenset("เแโใไເແໂໃໄ")
# Signs that join the next consonant to this one (Khmer coeng, Myanmar virama): never a break after.
_JOINERS = frozenset("\u17d2\u1039\u200d")
# Marks of repetition and abbreviation that belong to the word before them.
_TRAILING = frozenset("ๆໆฯ\u200c\u200d")


def is_mark(char: str) -> bool:
    """A combining mark (a Thai vowel sign, an accent, a virama …): it never starts a line."""
    return unicodedata.category(char).startswith("M")


def _dictionary_char(char: str) -> bool:
    code = ord(char)
    return any(low <= code <= high for low, high in _DICTIONARY_RANGES)


def needs_dictionary(run: str) -> bool:
    """True when ``run`` holds a script whose words are not separated by spaces."""
    return any(_dictionary_char(char) for char in run)


def cluster_breaks(run: str) -> list[int]:
    """Indices in ``run`` between two clusters of a space-less script (where nothing better knows
    the words): never before a combining mark or a trailing sign, never after a leading vowel or a
    joining sign."""
    breaks: list[int] = []
    for i in range(1, len(run)):
        before, char = run[i - 1], run[i]
        if is_mark(char) or char in _TRAILING or before in _LEADING_VOWELS or before in _JOINERS:
            continue
        if _dictionary_char(char) or _dictionary_char(before):
            breaks.append(i)
    return breaks
