"""Readable caption lines, after BBC and Netflix timed-text practice.

* At most ``max_lines`` lines (2) on screen; a line holds at most ``max_chars`` (42) narrow
  characters or ``max_wide_chars`` (16) full-width (CJK) characters, mixed proportionally.
  Combining marks take no room.
* Lines break between words (or between CJK characters, which need no spaces).  Thai, Lao, Khmer
  and Burmese write no spaces between words: a run of them breaks where the injected ``breaker``
  (a dictionary-based word breaker, see :class:`WordBreaker`) says a word ends, and without one
  between syllable clusters.  No line ever starts with a combining mark.  A line closes
  early after a sentence end or a clause mark (``, ; : — 、 ，``) once it is reasonably full, and
  an article, preposition or conjunction near the end of a full line moves to the next line
  rather than ending it.  Closing punctuation (``、。」`` …) never starts a line: it may hang one
  character past the limit instead (as in Japanese typesetting), and an opening bracket never
  ends one.  A word longer than a whole line is cut.
* While text streams, **shown lines never change**: a word is placed only once it is complete
  (whitespace or a CJK character follows it), a placed word never moves, and old lines leave
  only by scrolling off the top.  In Thai, Lao, Khmer and Burmese a word is placed once
  ``GROWING_HOLD`` more characters follow it (or the line ends), since a breaker that sees only
  part of a word may cut it anywhere.  A line scrolls off only after it has been on screen for
  ``min_display`` seconds (1 s); later lines wait meanwhile.  After ``clear_after`` seconds
  without new text, the caption clears and the next text starts on a fresh screen.

Pure logic with an injected clock (``now``, seconds) and word breaker; no Qt.
"""

from __future__ import annotations

import functools
import itertools
import math
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from translator_gui.transcript.word_runs import cluster_breaks, is_mark, needs_dictionary

KEEP_SCROLLED = 200  # lines kept after they scrolled off (memory stays bounded in a long talk)
# Characters at the end of a growing run of Thai, Lao, Khmer or Burmese that wait to be placed: the
# words there are not settled yet (longer than most words of these languages).
GROWING_HOLD = 10
CLAUSE_MARKS = frozenset(",;:—–、，；：،؛")
SENTENCE_MARKS = frozenset(".!?…。！？؟")
# Never at the start of a line (kinsoku): closing punctuation and small marks.
NO_LINE_START = frozenset("、。，．！？：；）」』】〕〉》〙〗］｝”’»›)]},.!?:;…ー々ゝゞ・")
# Never at the end of a line: opening brackets.
NO_LINE_END = frozenset("（「『【〔〈《〘〖［｛“‘«‹([{")
# Short words that should not end a full line (they belong with the word after them).
_FUNCTION_WORDS = """
    a an the of to in on at for with by from into onto about as and or but nor so if than
    my your his her its our their this that these those
    el la los las un una unos unas de del al en con por para y o e u que se
    le les une des du au aux et ou pour par avec dans sur sans chez
    der die das den dem des ein eine einen einem einer und oder mit von zu zum zur im auf für bei aus
    il lo gli di da su tra fra
    os as um uma do da dos das em no na nos nas com
    في من إلى على عن و مع
"""
FUNCTION_WORDS = frozenset(_FUNCTION_WORDS.split())


class WordBreaker(Protocol):
    """Where a line may break inside ``text``, a run without whitespace: the indices (0 < i <
    len(text), ascending) at which a new word starts."""

    def __call__(self, text: str) -> Sequence[int]: ...


def is_rtl(text: str) -> bool:
    """True when the first strongly directional character is right-to-left (Arabic, Hebrew…)."""
    for char in text:
        direction = unicodedata.bidirectional(char)
        if direction in ("R", "AL"):
            return True
        if direction == "L":
            return False
    return False


def is_wide(char: str) -> bool:
    return unicodedata.east_asian_width(char) in ("W", "F")


_NONE, _NARROW, _WIDE = 0, 1, 2


@functools.lru_cache(maxsize=4096)
def _char_kind(char: str) -> int:
    """How much room a character takes: none (a non-spacing mark, a zero-width or bidi control),
    a narrow or a wide cell."""
    if unicodedata.category(char) in ("Mn", "Me") or char in "\u200b\u200c\u200d\u200e\u200f":
        return _NONE
    return _WIDE if is_wide(char) else _NARROW


@dataclass(frozen=True, slots=True)
class LayoutLimits:
    max_chars: int = 42
    max_wide_chars: int = 16
    max_lines: int = 2
    min_display: float = 1.0
    clear_after: float = 4.0

    def __post_init__(self) -> None:
        if self.max_chars < 4 or self.max_wide_chars < 2:
            raise ValueError("a line must hold at least 4 narrow or 2 wide characters")
        if self.max_lines < 1:
            raise ValueError("max_lines must be at least 1")
        if self.min_display < 0 or self.clear_after < self.min_display:
            raise ValueError("need 0 <= min_display <= clear_after")

    @property
    def capacity(self) -> int:
        """A full line, in width units (one narrow char = max_wide_chars units)."""
        return self.max_chars * self.max_wide_chars

    def width(self, text: str) -> int:
        """The room ``text`` takes in width units (see ``capacity``)."""
        kinds = list(map(_char_kind, text))
        return kinds.count(_NARROW) * self.max_wide_chars + kinds.count(_WIDE) * self.max_chars

    def room(self, text: str, units: int) -> int:
        """The length of the longest head of ``text`` that takes at most ``units``."""
        cells = (0, self.max_wide_chars, self.max_chars)
        total = 0
        for index, kind in enumerate(map(_char_kind, text)):
            total += cells[kind]
            if total > units:
                return index
        return len(text)

    def fits(self, text: str) -> bool:
        return self.width(text) <= self.capacity


def _core_word(word: str) -> str:
    return word.strip("\"'“”‘’«»()[]¿¡,.;:!?").lower()


def _tokens(text: str, final: bool, breaker: WordBreaker | None = None) -> tuple[list[tuple[bool, str]], int]:
    """Split ``text`` into complete tokens ``(space_before, token)``; returns them and the length consumed.

    A token is a run of narrow non-space characters (with its combining marks), one word of such a
    run in a script written without spaces (Thai, Lao, Khmer, Burmese), or one wide character (with
    its combining marks).  A narrow run — or its last word — at the very end is complete only when
    ``final``.
    """
    tokens: list[tuple[bool, str]] = []
    n = len(text)
    i = 0
    consumed = 0
    space = False
    while i < n:
        char = text[i]
        if char.isspace():
            space = True
            i += 1
            consumed = i
            continue
        j = i + 1
        if not is_wide(char):
            while j < n and not text[j].isspace() and (not is_wide(text[j]) or is_mark(text[j])):
                j += 1
        while j < n and is_mark(text[j]):
            j += 1
        growing = j == n and not final and not is_wide(char)
        run = text[i:j]
        if not is_wide(char) and needs_dictionary(run):
            words = _words(run, breaker)
            if growing:
                words = _settled(words, len(run) - GROWING_HOLD)
            for k, word in enumerate(words):
                tokens.append((space and k == 0, word))
                consumed = i + len(word)
                i = consumed
            if growing:
                break
            space = False
            continue
        if growing:
            break  # the word may still grow
        tokens.append((space, run))
        space = False
        i = j
        consumed = j
    return tokens, consumed


def _settled(words: list[str], limit: int) -> list[str]:
    """The leading ``words`` that end at or before ``limit``: a word near the end of text still
    being spoken may grow, and a breaker that sees only part of it may cut it anywhere."""
    kept: list[str] = []
    total = 0
    for word in words:
        total += len(word)
        if total > limit:
            break
        kept.append(word)
    return kept


def _words(run: str, breaker: WordBreaker | None) -> list[str]:
    """``run`` cut into words by ``breaker`` (else between clusters); never before a combining mark."""
    breaks = breaker(run) if breaker is not None else cluster_breaks(run)
    cuts = [b for b in breaks if 0 < b < len(run) and not is_mark(run[b])]
    bounds = [0, *sorted(set(cuts)), len(run)]
    return [run[a:b] for a, b in itertools.pairwise(bounds) if b > a]


class LineBuilder:
    """Places complete tokens onto lines; placed text never moves."""

    def __init__(self, limits: LayoutLimits) -> None:
        self.limits = limits
        self.lines: list[str] = []
        self.closed = True  # the last line takes no more tokens

    def new_line(self) -> None:
        self.closed = True

    def place(self, space_before: bool, token: str) -> None:
        lim = self.limits
        if self.closed or not self.lines:
            self._start(token)
            return
        line = self.lines[-1]
        candidate = line + (" " if space_before else "") + token
        if lim.fits(candidate):
            room = lim.capacity - lim.width(candidate)
            fill = lim.width(line) / lim.capacity
            narrow = lim.max_wide_chars
            if (_core_word(token) in FUNCTION_WORDS and fill >= 0.5 and room < 12 * narrow) or (
                token in NO_LINE_END and room < 2 * lim.max_chars
            ):
                self._start(token)
                return
            self.lines[-1] = candidate
        elif token[0] in NO_LINE_START and not space_before and lim.width(token) <= lim.max_chars:
            self.lines[-1] = candidate  # hanging punctuation
            self.closed = True
            return
        else:
            self._start(token)
            return
        self._maybe_close(token)

    def _start(self, token: str) -> None:
        lim = self.limits
        while not lim.fits(token):  # a "word" longer than a line (a URL, a run of digits)
            cut = len(token)
            while cut > 1 and not lim.fits(token[:cut]):
                cut -= 1
            while cut > 1 and is_mark(token[cut]):
                cut -= 1
            self.lines.append(token[:cut])
            token = token[cut:]
        self.lines.append(token)
        self.closed = False
        self._maybe_close(token)

    def _maybe_close(self, token: str) -> None:
        lim = self.limits
        fill = lim.width(self.lines[-1]) / lim.capacity
        last = token.rstrip("\"'”’»)]}」』）")[-1:] or token[-1]
        if (last in SENTENCE_MARKS and fill >= 0.34) or (last in CLAUSE_MARKS and fill >= 0.6):
            self.closed = True


def wrap(text: str, limits: LayoutLimits | None = None, breaker: WordBreaker | None = None) -> list[str]:
    """Break finished text into caption lines (any number of them) by the rules above."""
    builder = LineBuilder(limits or LayoutLimits())
    tokens, _ = _tokens(text, final=True, breaker=breaker)
    for space, token in tokens:
        builder.place(space, token)
    return builder.lines


def chunk_lines(lines: list[str], per_caption: int) -> list[list[str]]:
    """Group lines into captions of at most ``per_caption`` lines."""
    return [lines[i : i + per_caption] for i in range(0, len(lines), per_caption)]


class CaptionLayout:
    """The lines to show for growing live text; see the module docstring for the guarantees.

    ``update(text, now)`` with the open caption's text (it only grows at its end);
    ``consume(text, now)`` when a finished caption line (a segment) leaves the live text;
    ``lines(now)`` what to show; ``next_change(now)`` when ``lines`` may change with no new text.
    """

    def __init__(self, limits: LayoutLimits | None = None, breaker: WordBreaker | None = None) -> None:
        self.limits = limits or LayoutLimits()
        self._breaker = breaker
        self._builder = LineBuilder(self.limits)
        self._shown_at: list[float | None] = []
        self._top = 0
        self._src = ""  # live text accounted for
        self._done = 0  # how much of _src is placed
        self._boundary = False  # a finished line was consumed: the next token follows a break
        self._last_text_at: float | None = None

    @property
    def all_lines(self) -> list[str]:
        """The lines since the last clear, scrolled off or not (at most KEEP_SCROLLED gone ones)."""
        return list(self._builder.lines)

    def update(self, text: str, now: float) -> list[str]:
        self._expire(now)
        if not text.startswith(self._src):
            self._finish_pending()
            self._builder.new_line()
            self._src, self._done = "", 0
        if text != self._src:
            self._last_text_at = now
        self._src = text
        self._place(final=False)
        return self.lines(now)

    def consume(self, text: str, now: float) -> list[str]:
        """A finished line ``text`` left the front of the live text (the rest stays live)."""
        self._expire(now)
        text = text.strip()
        if not text:
            return self.lines(now)
        if text.startswith(self._src):
            self._src = text
            self._place(final=True)
            self._src, self._done = "", 0
            self._boundary = True
        elif self._src.startswith(text):
            if self._done < len(text):
                self._place_range(self._done, len(text), final=True)
                self._done = len(text)
            rest = self._src[len(text) :]
            cut = len(text) + len(rest) - len(rest.lstrip())
            if self._done <= cut:
                self._boundary = True
            self._src = self._src[cut:]
            self._done = max(0, self._done - cut)
        else:  # text that was never live (e.g. coalesced away): a line of its own
            self._finish_pending()
            self._builder.new_line()
            self._src, self._done = text, 0
            self._place(final=True)
            self._src, self._done = "", 0
            self._builder.new_line()
        self._last_text_at = now
        return self.lines(now)

    def lines(self, now: float) -> list[str]:
        self._expire(now)
        lim = self.limits
        all_lines = self._builder.lines
        while len(self._shown_at) < len(all_lines):
            self._shown_at.append(None)
        # Scroll: the top line leaves once newer lines wait and it was on screen long enough.
        while len(all_lines) - self._top > lim.max_lines:
            shown = self._shown_at[self._top]
            if shown is None or now - shown < lim.min_display:
                break  # never shown yet, or not long enough: later lines wait
            self._top += 1
        if self._top > KEEP_SCROLLED:  # bounded: forget lines long gone from the screen
            excess = self._top - KEEP_SCROLLED
            del all_lines[:excess]
            del self._shown_at[:excess]
            self._top -= excess
        visible = all_lines[self._top : self._top + lim.max_lines]
        for i in range(self._top, self._top + len(visible)):
            if self._shown_at[i] is None:
                self._shown_at[i] = now
        return list(visible)

    def next_change(self, now: float) -> float | None:
        """The time at which ``lines`` changes without new text (a scroll or a clear), if any."""
        lim = self.limits
        times: list[float] = []
        if len(self._builder.lines) - self._top > lim.max_lines:
            shown = self._shown_at[self._top] if self._top < len(self._shown_at) else None
            times.append(now if shown is None else shown + lim.min_display)
        if self._builder.lines and self._last_text_at is not None and math.isfinite(lim.clear_after):
            times.append(max(self._clear_time(), now))
        return min(times) if times else None

    def clear(self) -> None:
        self._builder = LineBuilder(self.limits)
        self._shown_at = []
        self._top = 0
        self._src, self._done = "", 0
        self._boundary = False
        self._last_text_at = None

    # -- internals -------------------------------------------------------------------------

    def _clear_time(self) -> float:
        assert self._last_text_at is not None
        shown = [t for t in self._shown_at[self._top :] if t is not None]
        last_shown = max(shown) if shown else self._last_text_at
        return max(self._last_text_at, last_shown) + self.limits.clear_after

    def _expire(self, now: float) -> None:
        if not self._builder.lines or self._last_text_at is None:
            return
        waiting = len(self._builder.lines) - self._top > self.limits.max_lines
        if not waiting and now >= self._clear_time():
            src, done = self._src, self._done
            self.clear()
            # Text still open (an unfinished word) stays accounted for: it is placed when it grows.
            self._src, self._done = src, done

    def _place(self, *, final: bool) -> None:
        self._place_range(self._done, len(self._src), final=final)

    def _place_range(self, begin: int, end: int, *, final: bool) -> None:
        tokens, consumed = _tokens(self._src[begin:end], final, self._breaker)
        if begin > 0 and tokens and not tokens[0][0] and self._src[begin - 1].isspace():
            tokens[0] = (True, tokens[0][1])
        if tokens and self._boundary:
            self._boundary = False
            lines = self._builder.lines
            tail = lines[-1][-1:] if lines else ""
            wide = is_wide(tokens[0][1][0]) or (tail != "" and is_wide(tail))
            tokens[0] = (not wide, tokens[0][1])
        for space, token in tokens:
            self._builder.place(space, token)
        self._done = begin + consumed

    def _finish_pending(self) -> None:
        if self._done < len(self._src):
            self._place(final=True)
