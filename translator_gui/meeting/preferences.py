"""What the meeting reads and remembers of the person's choices (the app's settings file provides it)."""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from translator_gui.side import Side


class DirectionPreferences(Protocol):
    target_language: str
    enabled: bool
    input_device: str | None
    output_device: str | None


class MeetingPreferences(Protocol):
    session_mode: str | None
    """``"translate"``, ``"captions"`` or ``"interpret"``; None: chosen from the target language."""
    base_url: str | None
    organization: str | None
    project: str | None
    spending_cap: float | None
    transcript_dir: Path | None

    def direction(self, side: Side) -> DirectionPreferences: ...

    def sync(self) -> None: ...
