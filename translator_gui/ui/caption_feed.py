"""Where captions are shown: the main window's live lines and history, and the caption bar.

The bar follows the meeting (*Them → me*); with only *Me → them* running it shows my own captions.
In *Stable captions* mode only completed lines are shown, for people who find moving text hard to read.
The bar also says what its direction is doing, since the main window is usually out of sight.
"""

from __future__ import annotations

from collections.abc import Set
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from translator_gui.meeting.events import DirectionRunning, DirectionState
from translator_gui.settings import CAPTION_TEXT_SIZE_DEFAULT, CAPTION_TEXT_SIZE_RANGE, Settings
from translator_gui.side import Side
from translator_gui.transcript.segment import Segment
from translator_gui.ui.captions.bar import CaptionOverlay
from translator_gui.ui.captions.live_panel import CaptionPanel
from translator_gui.ui.i18n import QT_TRANSLATE_NOOP

PRESS_START = QT_TRANSLATE_NOOP("CaptionFeed", "Press Start in Translator (Ctrl+Enter) to see captions here.")


@dataclass
class _Doing:
    """What one direction is doing, as the bar tells it."""

    running: bool = False
    listening_to: str = ""
    state: str = ""  # what to say beside the captions (empty while live)
    stopped_because: str = ""
    has_run: bool = False


class CaptionFeed:
    def __init__(self, panel: CaptionPanel, bar: CaptionOverlay, settings: Settings) -> None:
        self.panel = panel
        self.bar = bar
        self.settings = settings
        self.bar_side = Side.THEM
        self._doing = {side: _Doing() for side in Side}
        self._tell_bar()
        panel.set_text_size(settings.caption_text_size)

    def change_text_size(self, steps: int) -> None:
        """Bigger (``steps`` > 0) or smaller captions in the window, remembered; 0: the default."""
        low, high = CAPTION_TEXT_SIZE_RANGE
        size = CAPTION_TEXT_SIZE_DEFAULT if steps == 0 else self.settings.caption_text_size + 2 * steps
        self.settings.caption_text_size = min(max(size, low), high)
        self.panel.set_text_size(self.settings.caption_text_size)

    def new_meeting(self) -> None:
        self.panel.clear()
        self.bar.clear()

    def running(self, sides: Set[Side]) -> None:
        """The directions that run now."""
        self.panel.set_speakers(set(sides))
        if self.bar_side != (side := Side.THEM if Side.THEM in sides or not sides else Side.ME):
            self.bar_side = side
            self.bar.clear()
        self._tell_bar()

    def direction_running(self, event: DirectionRunning) -> None:
        doing = self._doing[event.side]
        doing.running = event.running
        doing.has_run = doing.has_run or event.running
        if event.running:
            doing.listening_to, doing.state, doing.stopped_because = event.listening_to, "", ""
        else:
            doing.state, doing.stopped_because = "", event.reason
        self._tell_bar()

    def direction_state(self, event: DirectionState) -> None:
        self._doing[event.side].state = "" if event.live else event.text
        self._tell_bar()

    def _tell_bar(self) -> None:
        doing = self._doing[self.bar_side]
        if doing.running:
            listening = QCoreApplication.translate("CaptionFeed", "Listening to “{device}”…")
            self.bar.set_placeholder(listening.format(device=doing.listening_to))
            self.bar.set_state(doing.state)
        else:
            self.bar.set_placeholder(QCoreApplication.translate("CaptionFeed", PRESS_START))
            if doing.stopped_because:
                stopped = QCoreApplication.translate("CaptionFeed", "Stopped: {why}")
                self.bar.set_state(stopped.format(why=doing.stopped_because))
            elif doing.has_run:  # stopped by the person: the last caption stays, and says it is the last
                self.bar.set_state(QCoreApplication.translate(
                    "CaptionFeed", "Stopped. Press Start in Translator (Ctrl+Enter) to go on."))
            else:
                self.bar.set_state("")

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
