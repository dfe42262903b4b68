"""What every system-wide hotkey backend shares: the key combination it is asked for and how it says no."""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol


@dataclass(frozen=True)
class Chord:
    """One key combination, in Qt's terms (``key`` is a ``Qt.Key`` value), plus how the user spells it."""

    key: int
    ctrl: bool = False
    alt: bool = False
    shift: bool = False
    meta: bool = False
    text: str = ""


def modifier_mask(chord: Chord, *, ctrl: int, alt: int, shift: int, meta: int) -> int:
    """The chord's modifiers as one platform's bit mask, given that platform's bit for each."""
    mask = 0
    for held, bit in ((chord.ctrl, ctrl), (chord.alt, alt), (chord.shift, shift), (chord.meta, meta)):
        if held:
            mask |= bit
    return mask


class Reason(enum.Enum):
    TAKEN = "taken"  # another application already holds this combination
    NO_KEY = "no-key"  # the keyboard layout has no key for it
    NO_DISPLAY = "no-display"  # the display server could not be reached
    FAILED = "failed"  # anything else; ``detail`` says what


@dataclass(frozen=True)
class Refusal:
    reason: Reason
    detail: str = ""


class Backend(Protocol):
    def start(self, chord: Chord, on_press: Callable[[], None]) -> Refusal | None:
        """Take the combination system-wide; ``on_press`` is then called (from any thread) once per press.

        Returns None when the combination is held, or why it is not (nothing is left running then).
        """
        ...

    def stop(self) -> None:
        """Give the combination back and end whatever ``start`` left running; safe to call twice."""
        ...
