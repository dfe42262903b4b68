"""Where a caption line may break in Thai, Lao, Khmer and Burmese, which put no spaces between words.

Breaking them needs a dictionary.  ICU has one for each (through ``icu4py``, which bundles ICU).
Qt's own ``QTextBoundaryFinder`` does not use ICU: it breaks Thai only where the system has
libthai, and Lao, Khmer and Burmese not at all (it even offers breaks before Burmese vowel signs),
so it is only the fallback.  :func:`caption_breaker` picks the best one available; the caption
layout (``translator_gui.transcript.layout``) takes it as its ``WordBreaker`` and never breaks
before a combining mark whatever a breaker says.  Text that Qt wraps itself (a word-wrapped
label) gets a zero-width space at each word break instead: :func:`with_break_hints`.
"""

from __future__ import annotations

import functools
import itertools
import logging
import re
from collections.abc import Sequence

from PySide6.QtCore import QTextBoundaryFinder

from translator_gui.transcript.layout import WordBreaker
from translator_gui.transcript.word_runs import is_mark, needs_dictionary

log = logging.getLogger(__name__)

ZWSP = "\u200b"  # a break opportunity that Qt's line breaking honours, drawn as nothing
_RUN = re.compile(r"\S+")
_CACHE = 512  # runs remembered: live captions ask again for the same words at screen rate


def _code_point_indices(text: str, utf16: Sequence[int]) -> list[int]:
    """``utf16`` offsets into ``text`` (as ICU and Qt count) as indices of Python characters."""
    out: list[int] = []
    wanted = iter(utf16)
    target = next(wanted, None)
    units = 0
    for index, char in enumerate(text):
        while target is not None and target <= units:
            if target == units:
                out.append(index)
            target = next(wanted, None)
        units += 2 if ord(char) > 0xFFFF else 1
    while target is not None:
        if target == units:
            out.append(len(text))
        target = next(wanted, None)
    return out


@functools.lru_cache(maxsize=_CACHE)
def qt_breaks(text: str) -> tuple[int, ...]:
    """Line-break opportunities inside ``text`` by Qt's ``QTextBoundaryFinder``."""
    finder = QTextBoundaryFinder(QTextBoundaryFinder.BoundaryType.Line, text)
    offsets: list[int] = []
    position = finder.toNextBoundary()
    while position != -1:
        offsets.append(position)
        position = finder.toNextBoundary()
    return tuple(i for i in _code_point_indices(text, offsets) if 0 < i < len(text))


@functools.lru_cache(maxsize=_CACHE)
def icu_breaks(text: str) -> tuple[int, ...]:
    """Line-break opportunities inside ``text`` by ICU's dictionary-based line breaker.

    Raises ``ImportError`` when icu4py is not installed.
    """
    from icu4py.breakers import LineBreaker

    breaks: list[int] = []
    position = 0
    for piece in LineBreaker(text, "root"):  # the pieces, not segments(): those count UTF-16 units
        position += len(piece)
        if position < len(text):
            breaks.append(position)
    return tuple(breaks)


def caption_breaker() -> WordBreaker:
    """The breaker for captions: ICU's when icu4py is installed, else Qt's. ICU (several MB of
    libraries and data) is loaded on the first run of text that needs a dictionary, not before:
    most meetings never show one."""
    return dictionary_breaks


def dictionary_breaks(text: str) -> Sequence[int]:
    """Line-break opportunities inside ``text`` by the best breaker available."""
    return _best_breaker()(text)


@functools.cache
def _best_breaker() -> WordBreaker:
    """Chosen once: live captions ask at every update."""
    try:
        icu_breaks("ทดสอบ")
    except ImportError:
        log.info("icu4py is not installed: Thai, Lao, Khmer and Burmese captions break where Qt can")
        return qt_breaks
    return icu_breaks


def with_break_hints(text: str, breaker: WordBreaker | None = None) -> str:
    """``text`` with a zero-width space at each word break of its Thai, Lao, Khmer and Burmese runs,
    for a label that Qt wraps (any earlier hints are replaced, so this may be applied again)."""
    text = text.replace(ZWSP, "")
    if not needs_dictionary(text):
        return text
    breaks = breaker or caption_breaker()

    def hinted(match: re.Match[str]) -> str:
        run = match.group()
        if not needs_dictionary(run):
            return run
        cuts = [0, *(b for b in breaks(run) if 0 < b < len(run) and not is_mark(run[b])), len(run)]
        return ZWSP.join(run[a:b] for a, b in itertools.pairwise(cuts))

    return _RUN.sub(hinted, text)
