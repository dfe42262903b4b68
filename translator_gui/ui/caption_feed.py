"""Where captions are shown: the main window's live lines and history, and the caption bar.

The bar follows the meeting (*Them → me*); with only *Me → them* running it shows my own captions.
In *Stable captions* mode only completed lines are shown, for people who find moving text hard to read.
"""

from __future__ import annotations

from collections.abc import Set

from translator_gui.settings import Settings
from translator_gui.side import Side
from translator_gui.transcript.segment import Segment
from translator_gui.ui.captions.bar import CaptionOverlay
from translator_gui.ui.captions.live_panel import CaptionPanel


class CaptionFeed:
    def __init__(self, panel: CaptionPanel, bar: CaptionOverlay, settings: Settings) -> None:
        self.panel = panel
        self.bar = bar
        self.settings = settings
        self.bar_side = Side.THEM

    def new_meeting(self) -> None:
        self.panel.clear()
        self.bar.clear()

    def running(self, sides: Set[Side]) -> None:
        """The directions that run now."""
        self.panel.set_speakers(set(sides))
        if self.bar_side != (side := Side.THEM if Side.THEM in sides or not sides else Side.ME):
            self.bar_side = side
            self.bar.clear()

    def set_stable(self, on: bool) -> None:
        self.settings.stable_captions = on
        for side in Side:
            self.panel.show_live("", "", side)
        self.bar.clear()

    def live(self, translation: str, source: str, side: Side) -> None:
        """Words as they are spoken — unless the person asked for completed lines only."""
        if self.settings.stable_captions:
            return
        self.panel.show_live(translation, source, side)
        if side is self.bar_side:
            self.bar.show_live(translation, source)

    def completed(self, segment: Segment) -> None:
        self.panel.add_segment(segment)
        on_bar = segment.speaker in ("", self.bar_side)
        if self.settings.stable_captions:
            self.panel.show_live(segment.translation, segment.source, Side(segment.speaker or Side.THEM))
            if on_bar:
                self.bar.clear()
                self.bar.show_live(segment.translation, segment.source)
        if on_bar:
            self.bar.add_segment(segment)  # complete: every word may show, not only finished ones
