"""The growing text of one stream (translation or source) inside the open caption line."""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Fragment:
    """A piece of streamed text with the time it arrived and its position in the audio."""

    text: str
    now: float
    elapsed_ms: int | None


class FragmentBuffer:
    """Append-only fragments; the text never starts with whitespace.

    Size is bounded by the caller (the segmenter force-closes a line at its length limit).
    """

    def __init__(self) -> None:
        self._fragments: deque[Fragment] = deque()
        self._text = ""

    @property
    def text(self) -> str:
        return self._text

    @property
    def first_now(self) -> float | None:
        return self._fragments[0].now if self._fragments else None

    def append(self, delta: str, now: float, elapsed_ms: int | None) -> bool:
        """Add a fragment; leading whitespace of a new line is dropped. True if text was added."""
        if not self._text:
            delta = delta.lstrip()
        if not delta:
            return False
        self._fragments.append(Fragment(delta, now, elapsed_ms))
        self._text += delta
        return True

    def has_elapsed(self) -> bool:
        return any(f.elapsed_ms is not None for f in self._fragments)

    def length_until(self, elapsed_ms: int) -> int:
        """Length of the leading fragments at or before ``elapsed_ms`` (or without a position)."""
        total = 0
        for fragment in self._fragments:
            if fragment.elapsed_ms is not None and fragment.elapsed_ms > elapsed_ms:
                break
            total += len(fragment.text)
        return total

    def take(self, count: int) -> list[Fragment]:
        """Remove and return the first ``count`` characters as fragments (split if needed).

        Whitespace at the start of what remains is dropped: it begins the next line.
        """
        head = self._pop(count)
        rest = self._text
        self._pop(len(rest) - len(rest.lstrip()))
        return head

    def take_all(self) -> list[Fragment]:
        head = list(self._fragments)
        self._fragments.clear()
        self._text = ""
        return head

    def _pop(self, count: int) -> list[Fragment]:
        count = min(count, len(self._text))
        self._text = self._text[count:]
        head: list[Fragment] = []
        while count > 0:
            first = self._fragments.popleft()
            if len(first.text) > count:
                head.append(Fragment(first.text[:count], first.now, first.elapsed_ms))
                self._fragments.appendleft(Fragment(first.text[count:], first.now, first.elapsed_ms))
                break
            head.append(first)
            count -= len(first.text)
        return head
