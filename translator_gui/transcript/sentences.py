"""Where a sentence ends in streamed, still-growing text.

Rules (a boundary is returned only once it is *confirmed* by the text that follows it):

* A terminator run is a maximal run of ``. ! ? … ‼ ⁇ ⁈ ⁉ ．`` (weak) and ``。 ！ ？ ｡ ؟ । ۔ ॥``
  (strong) characters, plus any closing quotes/brackets right after it (``"`` ``”`` ``)`` ``」`` …).
  The sentence ends after the closers.
* Strong terminators (CJK full-width, Arabic, Devanagari) are unambiguous: the sentence ends as
  soon as any character other than a closer follows (no space needed, as in Chinese/Japanese).
* Weak terminators need whitespace after the run and then a next sentence that does not start
  with a lowercase letter.  So ``3.5``, ``e.g.`` mid-word and ``Yahoo!com`` never end a sentence,
  and neither do ``e.g. the`` or ``wait... what``.  A single ``.`` after an abbreviation
  (``Mr.``, ``Dr.``, ``z.B.``, ``U.S.``) or an initial (``J. F. Kennedy``) does not end a
  sentence either.
* Ordinals: a number of up to three digits followed by ``.`` is an ordinal only in a language that
  writes ordinals so (German, the Nordic, West and South Slavic, Baltic and Finno-Ugric languages,
  Turkish; see :mod:`~translator_gui.transcript.ordinals`) and only before what can follow an
  ordinal there: a month name (``am 3. Oktober``) or, in German, a capitalised noun after a word
  that introduces one (``der 2. Weltkrieg``, ``im 3. Stock``) — not a word that starts a sentence
  (``am 3. Das passt``).  Elsewhere ``Frase número 1. Frase número 2.`` is two sentences.  Text in
  an unknown language (``language=None``) treats a number as an ordinal only before a month name.
* A run at the very end of the text so far is *pending*: it is not a boundary yet, because the
  next fragment may continue it (``3.`` → ``3.5``, ``。`` → ``。」``).  The caller's idle timeout
  covers a sentence that really ended there.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from translator_gui.transcript.ordinals import can_follow_ordinal, has_ordinals
from translator_gui.transcript.word_runs import cluster_breaks, is_mark

WEAK_TERMINATORS = frozenset(".!?…‼⁇⁈⁉．")
STRONG_TERMINATORS = frozenset("。！？｡؟।۔॥")
TERMINATORS = WEAK_TERMINATORS | STRONG_TERMINATORS
CLOSERS = frozenset("\"'”’»›)]}」』）］】〕〉》〗〙〛＂＇")
_OPENERS = "\"'“‘«‹([{¿¡「『（"
# Soft break points for a forced cut in text without spaces (CJK commas, colons…).
_SOFT_BREAKS = frozenset("，、；：,;:")
CLAUSE_MARKS = frozenset(",;:，、；：،؛")
_WIDE_CLAUSE_MARKS = frozenset("，、；：")  # no space follows them
_DASHES = frozenset("—–-")
# Words that start a clause: a long stretch is cut before one of them when no mark is near.
_CONJUNCTIONS = """
    and or but nor so because although though while whereas which who where when unless
    y e o u ni pero sino porque aunque mientras cuando donde que
    et ou mais donc car parce puis quand lorsque où qui
    und oder aber denn sondern weil obwohl während wenn als dass
    ma però perché mentre quando dove
    mas porém então enquanto
    и или но а что потому когда где
"""
CONJUNCTIONS = frozenset(_CONJUNCTIONS.split())
_LONGEST_CONJUNCTION = max(map(len, CONJUNCTIONS))

# A '.' after one of these (compared case-insensitively, without the dot) is not a sentence end.
ABBREVIATIONS = frozenset(
    {
        "mr", "mrs", "ms", "dr", "prof", "sr", "sra", "srta", "jr", "st", "vs", "mt",
        "mme", "mlle", "hr", "fr", "nr", "vgl", "bzw", "ca", "sig", "dott", "ing", "approx",
    }
)
_DOTTED = re.compile(r"(?:\w\.)+\w")  # e.g, i.e, z.B, U.S
_TERMINATOR_RE = re.compile("[" + re.escape("".join(sorted(TERMINATORS))) + "]")


def _word_before(text: str, end: int) -> tuple[int, str]:
    """(start, word) of the whitespace-delimited word ending at ``end``."""
    begin = end
    while begin > 0 and not text[begin - 1].isspace():
        begin -= 1
    return begin, text[begin:end]


def _word_at(text: str, start: int) -> str:
    end = start
    while end < len(text) and not text[end].isspace():
        end += 1
    return text[start:end]


def _ordinal_undecided(text: str, dot: int, after: int, language: str | None) -> bool:
    """True when the word after a number's '.' is still growing and may make it an ordinal."""
    if language is not None and not has_ordinals(language):
        return False
    token = _word_before(text, dot)[1].lstrip(_OPENERS)
    return token.isdigit() and len(token) <= 3 and after + len(_word_at(text, after)) == len(text)


def _is_non_final_period(text: str, dot: int, after: int, language: str | None) -> bool:
    """True when the single '.' at ``dot`` most likely does not end a sentence; the next word
    starts at ``after``."""
    begin, token = _word_before(text, dot)
    token = token.lstrip(_OPENERS)
    if not token:
        return False
    if token.lower() in ABBREVIATIONS or _DOTTED.fullmatch(token):
        return True
    if len(token) == 1 and token.isalpha() and token.isupper():
        return True  # an initial
    if token.isdigit() and len(token) <= 3:
        previous = _word_before(text, len(text[:begin].rstrip()))[1]
        return can_follow_ordinal(language, previous.lstrip(_OPENERS), _word_at(text, after))
    return False


def _end_after_run(text: str, first: int, language: str | None) -> tuple[int | None, int]:
    """Examine the terminator run starting at ``first``.

    Returns (boundary, resume): ``boundary`` is the index just past the sentence when the run
    ends one, else None; ``resume`` is where scanning continues (``len(text)`` when pending).
    """
    n = len(text)
    j = first
    strong = False
    while j < n and text[j] in TERMINATORS:
        strong = strong or text[j] in STRONG_TERMINATORS
        j += 1
    k = j
    while k < n and text[k] in CLOSERS:
        k += 1
    if k == n:
        return None, n  # pending: the next fragment decides
    if strong:
        return k, k
    if not text[k].isspace():
        return None, k  # "3.5", "e.g", "Yahoo!com"
    m = k
    while m < n and text[m].isspace():
        m += 1
    if m == n:
        return None, n  # pending: whitespace so far, the next word decides
    if text[m].islower():
        return None, m
    if j - first == 1 and text[first] == ".":
        if _ordinal_undecided(text, first, m, language):
            return None, n  # pending: "am 3. Okt" may still become "am 3. Oktober"
        if _is_non_final_period(text, first, m, language):
            return None, m
    return k, k


def _confirmed_ends(text: str, start: int, language: str | None) -> Iterator[int]:
    """The confirmed sentence boundaries at or after ``start``, in order, found as they are asked for."""
    pos = start
    while (found := _TERMINATOR_RE.search(text, pos)) is not None:
        boundary, pos = _end_after_run(text, found.start(), language)
        if boundary is not None:
            yield boundary


def sentence_ends(text: str, start: int = 0, language: str | None = None) -> list[int]:
    """All confirmed sentence boundaries in ``text`` (indices just past each sentence), for text in
    ``language`` (a language code such as ``de`` or ``pt-BR``; None when it is not known)."""
    return list(_confirmed_ends(text, start, language))


def first_sentence_end(text: str, start: int = 0, language: str | None = None) -> int | None:
    """The first confirmed sentence boundary at or after ``start``, or None."""
    return next(_confirmed_ends(text, start, language), None)


def last_sentence_end(text: str, language: str | None = None) -> int | None:
    """The last confirmed sentence boundary in ``text``, or None."""
    ends = sentence_ends(text, language=language)
    return ends[-1] if ends else None


def _room(text: str, limit: int, width: Callable[[str], int]) -> int:
    """The longest head of ``text`` whose ``width`` is at most ``limit`` (at least one character)."""
    if width is len:
        return max(1, min(limit, len(text)))
    low, high = 1, len(text)  # width only grows with the head
    while low < high:
        mid = (low + high + 1) // 2
        if width(text[:mid]) <= limit:
            low = mid
        else:
            high = mid - 1
    return low


def _clause_cuts(text: str, room: int) -> Iterator[int]:
    """Cuts after a clause mark (``,`` ``;`` ``:`` a dash, ``、`` ``，`` …) within ``room``, last first."""
    for cut in range(min(room, len(text) - 1), 0, -1):
        char = text[cut - 1]
        nxt = text[cut] if cut < len(text) else " "
        mark = char in CLAUSE_MARKS and (nxt.isspace() or char in _WIDE_CLAUSE_MARKS)
        dash = char in _DASHES and nxt.isspace() and cut >= 2 and text[cut - 2].isspace()
        if mark or dash:
            yield cut


def _conjunction_cuts(text: str, room: int) -> Iterator[int]:
    """Cuts before a conjunction (``and``, ``pero``, ``weil`` …) within ``room``, last first."""
    for cut in range(min(room, len(text) - 1), 0, -1):
        if text[cut].isspace() and not text[cut - 1].isspace():
            word = text[cut + 1 : cut + 1 + _LONGEST_CONJUNCTION + 1].split(maxsplit=1)
            if word and word[0].lower().strip(",") in CONJUNCTIONS:
                yield cut


def break_point(
    text: str, limit: int, language: str | None = None, *, width: Callable[[str], int] = len,
    room: int | None = None,
) -> int:
    """Where to force-cut ``text`` so the head takes at most ``limit`` (``limit`` >= 1), as measured
    by ``width`` (characters by default; a caption layout's width units for a caption).

    Prefers the last confirmed sentence end; then the last clause boundary that leaves the head at
    least a third full: after a comma, semicolon, colon or dash, else before a conjunction; then the
    last whitespace (a word boundary), then the last soft break (``，`` ``、`` …), then between
    clusters of a script written without spaces (Thai …), and only then at the limit itself (never
    between a character and its combining marks).  The head is
    ``text[:result]``, never empty.  ``room``, when the caller knows it: the length of the longest
    head that fits.
    """
    if room is None:
        if width(text) <= limit:
            return len(text)
        room = _room(text, limit, width)
    elif room >= len(text):
        return len(text)
    room = max(room, 1)
    ends = [end for end in sentence_ends(text, language=language) if end <= room]
    if ends:
        return ends[-1]
    enough = limit / 3
    for cuts in (_clause_cuts(text, room), _conjunction_cuts(text, room)):
        for cut in cuts:
            if width(text[:cut].rstrip()) < enough:
                break
            return cut
    for cut in range(room, 0, -1):
        if cut < len(text) and text[cut].isspace() and not text[:cut].isspace():
            return cut
    for cut in range(room, 0, -1):
        if text[cut - 1] in _SOFT_BREAKS:
            return cut
    clusters = [cut for cut in cluster_breaks(text[: room + 1]) if cut <= room]
    if clusters:
        return clusters[-1]
    cut = room
    while cut > 1 and is_mark(text[cut]):
        cut -= 1
    return cut
