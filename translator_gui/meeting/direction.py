"""One direction of a meeting, without its widgets: what it is set to use and, while it runs, its
pipeline, the devices it uses and what it has cost so far."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field

from translator_gui.audio.sources import SoundDevice
from translator_gui.audio.watcher import StreamGuard
from translator_gui.meeting.pipeline import Pipeline
from translator_gui.meeting.preferences import DirectionPreferences
from translator_gui.realtime.pricing import CostMeter
from translator_gui.side import Side

log = logging.getLogger(__name__)

CAPTIONS_ONLY = "captions-only"
"""An output choice: show captions, play no translated speech."""


@dataclass(frozen=True)
class Route:
    """The devices a direction captures from and plays into (``sink`` None: captions only)."""

    source: SoundDevice
    sink: SoundDevice | None


@dataclass
class Direction:
    side: Side
    settings: DirectionPreferences
    input_device: str | None = None
    """The input shown as chosen (a device key; None: the system default)."""
    output_device: str | None = None
    """The output shown as chosen (None: the system default; :data:`CAPTIONS_ONLY`: none)."""
    plays: bool = True
    """False when the person chose captions only for this direction."""
    pipeline: Pipeline | None = None
    route: Route | None = None
    guards: list[StreamGuard] = field(default_factory=list)
    cost: CostMeter | None = None
    ledger_seconds: float = 0.0
    problem_shown: bool = False
    stop_reason: str = ""
    """Why the direction stopped by itself, in words (empty: it was asked to)."""
    state_text: str = ""
    """The direction's state as last said (*Live — translating into …*)."""
    heard_words: bool = False
    """Captions came from this session: its input is the right one."""
    silence_hint: bool = False
    """The status line says the input is silent."""
    undo: list[Callable[[], None]] = field(default_factory=list)
    """What to undo on the sound server once the streams closed (e.g. remove the virtual microphone)."""

    @property
    def title(self) -> str:
        return self.side.heading

    @property
    def running(self) -> bool:
        return self.pipeline is not None

    def started(self, pipeline: Pipeline, route: Route, cost: CostMeter) -> None:
        self.pipeline, self.route, self.cost = pipeline, route, cost
        self.guards = [StreamGuard(route.source)] + ([StreamGuard(route.sink)] if route.sink else [])
        self.ledger_seconds = 0.0
        self.problem_shown = False
        self.stop_reason = ""
        self.heard_words = self.silence_hint = False

    def stopped(self) -> None:
        self.pipeline, self.route = None, None
        self.guards = []
        self.undo_arrangements()

    def undo_arrangements(self) -> None:
        """Undo what was made for this direction's route, newest first; a failure is logged, not raised."""
        steps, self.undo = self.undo, []
        for step in reversed(steps):
            try:
                step()
            except Exception:
                log.exception("%s: could not undo a device arrangement", self.title)
