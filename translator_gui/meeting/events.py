"""What the meeting tells whoever shows it: small frozen events, each saying which side it is about.

The meeting never calls a widget. It hands every event to one listener; the UI's bridge turns them
into what a person sees. Caption text (``LiveCaption`` and completed ``Segment`` lines) comes
straight from a direction's pipeline; the rest is the meeting's own account of what is happening.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from translator_gui.audio.sources import SoundDevice
from translator_gui.side import Side
from translator_gui.transcript.segment import Segment

Level = Callable[[], float]
"""The latest level of a device in dBFS, read by a meter on screen at its own pace."""


@dataclass(frozen=True, slots=True)
class LiveCaption:
    """The caption line still being spoken: it only ever grows at its end."""

    translation: str
    source: str
    side: Side


@dataclass(frozen=True, slots=True)
class Notice:
    """One sentence for the status line (naming the direction when both run)."""

    text: str


@dataclass(frozen=True, slots=True)
class DirectionState:
    """A direction's state in words (*Off*, *Connecting…*, *Live — translating into …*)."""

    side: Side
    text: str
    live: bool = False
    """True once the session translates (the text then says into what)."""


@dataclass(frozen=True, slots=True)
class DirectionRunning:
    """A direction started (with the levels of its devices to follow, and the name of what it
    listens to) or stopped (``reason``: why, when it stopped by itself)."""

    side: Side
    running: bool
    input_level: Level | None = None
    output_level: Level | None = None
    listening_to: str = ""
    reason: str = ""


@dataclass(frozen=True, slots=True)
class MeetingRunning:
    """Whether any direction runs; ``transcript`` is the file the meeting writes (or wrote)."""

    running: bool
    transcript: Path | None = None


@dataclass(frozen=True, slots=True)
class Cost:
    """Minutes streamed and their estimated cost, this meeting and today.

    ``dollars_known`` False: a session's model has no known price (``dollars`` counts only the others,
    and today's total only what was known). ``upper_bound``: some tokens were priced at a rate no lower
    than their own, unknown one, so the cost is at most ``dollars``. ``prices_as_of``: when the price
    table was read."""

    minutes: float
    dollars: float
    today_minutes: float
    today_dollars: float
    dollars_known: bool = True
    upper_bound: bool = False
    prices_as_of: str = ""


@dataclass(frozen=True, slots=True)
class KeyNeeded:
    """Ask the person for an API key; ``reason`` says why (empty on a first start)."""

    reason: str = ""


@dataclass(frozen=True, slots=True)
class DevicesListed:
    """The devices there are now; ``meeting_sound_hint`` says how to hear the meeting, where needed."""

    inputs: tuple[SoundDevice, ...]
    outputs: tuple[SoundDevice, ...]
    meeting_sound_hint: str | None = None


MeetingEvent = (
    LiveCaption | Segment | Notice | DirectionState | DirectionRunning | MeetingRunning | Cost | KeyNeeded
    | DevicesListed
)
Listener = Callable[[MeetingEvent], None]
