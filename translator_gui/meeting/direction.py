"""One direction of a meeting, without its widgets: what it is set to use and, while it runs, its
pipeline, the devices it uses and what it has cost so far."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from translator_gui.audio.sources import SoundDevice
from translator_gui.audio.watcher import StreamGuard
from translator_gui.i18n import translate
from translator_gui.meeting.preferences import DirectionPreferences
from translator_gui.realtime.pricing import CostMeter
from translator_gui.side import Side

if TYPE_CHECKING:
    from translator_gui.meeting.pipeline import Pipeline

log = logging.getLogger(__name__)

CAPTIONS_ONLY = "captions-only"
"""An output choice: show captions, play no translated speech."""


def heading(side: Side) -> str:
    """A direction's name as the person reads it (the log keeps ``Side.heading``, in English)."""
    return translate("Meeting", "Them → me") if side is Side.THEM else translate("Meeting", "Me → them")


class Lasting:
    """An undo step left for later when the direction restarts within the meeting (a new session
    kind), because the next start uses the same thing again: the meeting app would otherwise see its
    microphone vanish and come back, and may switch to another one meanwhile."""

    def __init__(self, key: str, step: Callable[[], None]) -> None:
        self.key = key
        self._step = step

    def __call__(self) -> None:
        self._step()


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
    kept: list[Lasting] = field(default_factory=list)
    """Steps a restart within the meeting left undone: what the next start does not use again."""

    @property
    def title(self) -> str:
        """The direction's name in the status line."""
        return heading(self.side)

    @property
    def running(self) -> bool:
        return self.pipeline is not None

    def started(self, pipeline: Pipeline, route: Route, cost: CostMeter) -> None:
        self.pipeline, self.route, self.cost = pipeline, route, cost
        reused = {step.key for step in self.undo if isinstance(step, Lasting)}
        stale, self.kept = [step for step in self.kept if step.key not in reused], []
        self._run(stale)
        self.guards = [StreamGuard(route.source)] + ([StreamGuard(route.sink)] if route.sink else [])
        self.ledger_seconds = 0.0
        self.problem_shown = False
        self.stop_reason = ""
        self.heard_words = self.silence_hint = False

    def stopped(self, *, restarting: bool = False) -> None:
        """The streams are closed: undo what was made for them — but for a restart within the
        meeting, keep what the next start uses again (:class:`Lasting`)."""
        self.pipeline, self.route = None, None
        self.guards = []
        if restarting:
            steps, self.undo = self.undo, []
            self.kept += [step for step in steps if isinstance(step, Lasting)]
            self._run([step for step in steps if not isinstance(step, Lasting)])
        else:
            self.undo_arrangements()

    def undo_arrangements(self) -> None:
        """Undo what was made for this direction's route (and what a restart kept), newest first."""
        steps: list[Callable[[], None]] = [*self.kept, *self.undo]
        self.undo = []
        self.kept = []
        self._run(steps)

    def _run(self, steps: Sequence[Callable[[], None]]) -> None:
        """Run undo steps newest first; a failure is logged, not raised."""
        for step in reversed(steps):
            try:
                step()
            except Exception:
                log.exception("%s: could not undo a device arrangement", self.side.heading)
