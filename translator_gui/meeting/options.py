"""What the command line asked of a meeting."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from translator_gui.side import Side


@dataclass(frozen=True)
class LaunchOptions:
    """What the command line asked for; ``None`` means "use the saved setting".

    ``target``/``input_device``/``output_device`` are *Them → me*'s; the ``me_`` ones are
    *Me → them*'s; ``directions`` switches directions on (the others off) for this run."""

    target: str | None = None
    input_device: str | None = None
    output_device: str | None = None
    transcript_dir: Path | None = None
    start: bool = False
    me_target: str | None = None
    me_input_device: str | None = None
    me_output_device: str | None = None
    directions: tuple[Side, ...] | None = None

    def target_for(self, side: Side) -> str | None:
        return self.target if side is Side.THEM else self.me_target

    def input_for(self, side: Side) -> str | None:
        return self.input_device if side is Side.THEM else self.me_input_device

    def output_for(self, side: Side) -> str | None:
        return self.output_device if side is Side.THEM else self.me_output_device

    def without_input(self, side: Side) -> LaunchOptions:
        return replace(self, input_device=None) if side is Side.THEM else replace(self, me_input_device=None)

    def without_output(self, side: Side) -> LaunchOptions:
        return replace(self, output_device=None) if side is Side.THEM else replace(self, me_output_device=None)
