"""Whose words: the two directions of a meeting."""

from __future__ import annotations

import enum


class Side(enum.StrEnum):
    """*Them → me* (the meeting's sound, in my language) or *Me → them* (my voice, in theirs).

    A ``StrEnum``: its value is what the transcript journal and the settings file store."""

    THEM = "them"
    ME = "me"

    @property
    def label(self) -> str:
        """How the transcript names the speaker: "Them" or "Me"."""
        return self.value.capitalize()

    @property
    def heading(self) -> str:
        """The direction's name on screen."""
        return "Them → me" if self is Side.THEM else "Me → them"
