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
  (``Mr.``, ``Dr.``, ``z.B.``, ``U.S.``), an initial (``J. F. Kennedy``) or a one- or two-digit
  number (German ordinals: ``am 3. Oktober``) does not end a sentence either.
* A run at the very end of the text so far is *pending*: it is not a boundary yet, because the
  next fragment may continue it (``3.`` → ``3.5``, ``。`` → ``。」``).  The caller's idle timeout
  covers a sentence that really ended there.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

WEAK_TERMINATORS = frozenset(".!?…‼⁇⁈⁉．")
STRONG_TERMINATORS = frozenset("。！？｡؟।۔॥")
TERMINATORS = WEAK_TERMINATORS | STRONG_TERMINATORS
CLOSERS = frozenset("\"'”’»›)]}」』）］】〕〉》〗〙〛＂＇")
_OPENERS = "\"'“‘«‹([{¿¡「『（"
# Soft break points for a forced cut in text without spaces (CJK commas, colons…).
_SOFT_BREAKS = frozenset("，、；：,;:")

# A '.' after one of these (compared case-insensitively, without the dot) is not a sentence end.
ABBREVIATIONS = frozenset(
    {
        "mr", "mrs", "ms", "dr", "prof", "sr", "sra", "srta", "jr", "st", "vs", "mt",
        "mme", "mlle", "hr", "fr", "nr", "vgl", "bzw", "ca", "sig", "dott", "ing", "approx",
    }
)
_DOTTED = re.compile(r"(?:\w\.)+\w")  # e.g, i.e, z.B, U.S
_TERMINATOR_RE = re.compile("[" + re.escape("".join(sorted(TERMINATORS))) + "]")


def _is_non_final_period(text: str, dot: int) -> bool:
    """True when the single '.' at ``dot`` most likely does not end a sentence."""
    begin = dot
    while begin > 0 and not text[begin - 1].isspace():
        begin -= 1
    token = text[begin:dot].lstrip(_OPENERS)
    if not token:
        return False
    if token.lower() in ABBREVIATIONS or _DOTTED.fullmatch(token):
        return True
    if len(token) == 1 and token.isalpha() and token.isupper():
        return True  # an initial
    return token.isdigit() and len(token) <= 2  # an ordinal such as "3." in "am 3. Oktober"


def _end_after_run(text: str, first: int) -> tuple[int | None, int]:
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
    if j - first == 1 and text[first] == "." and _is_non_final_period(text, first):
        return None, m
    return k, k


def _confirmed_ends(text: str, start: int) -> Iterator[int]:
    """The confirmed sentence boundaries at or after ``start``, in order, found as they are asked for."""
    pos = start
    while (found := _TERMINATOR_RE.search(text, pos)) is not None:
        boundary, pos = _end_after_run(text, found.start())
        if boundary is not None:
            yield boundary


def sentence_ends(text: str, start: int = 0) -> list[int]:
    """All confirmed sentence boundaries in ``text`` (indices just past each sentence)."""
    return list(_confirmed_ends(text, start))


def first_sentence_end(text: str, start: int = 0) -> int | None:
    """The first confirmed sentence boundary at or after ``start``, or None."""
    return next(_confirmed_ends(text, start), None)


def last_sentence_end(text: str) -> int | None:
    """The last confirmed sentence boundary in ``text``, or None."""
    ends = sentence_ends(text)
    return ends[-1] if ends else None


def break_point(text: str, limit: int) -> int:
    """Where to force-cut ``text`` so the head is at most ``limit`` characters (``limit`` >= 1).

    Prefers the last confirmed sentence end, then the last whitespace (a word boundary), then
    the last soft break (``，`` ``、`` ``,`` …), and only then cuts at ``limit`` itself (never
    between a character and its combining marks).  The head is ``text[:result]``, never empty.
    """
    if len(text) <= limit:
        return len(text)
    ends = [end for end in sentence_ends(text) if end <= limit]
    if ends:
        return ends[-1]
    for cut in range(limit, 0, -1):
        if text[cut].isspace() and not text[:cut].isspace():
            return cut
    for cut in range(limit, 0, -1):
        if text[cut - 1] in _SOFT_BREAKS:
            return cut
    cut = limit
    while cut > 1 and unicodedata.combining(text[cut]):
        cut -= 1
    return cut
