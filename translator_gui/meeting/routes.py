"""Which devices a direction uses, and the check that no translation plays where one listens."""

from __future__ import annotations

from collections.abc import Sequence

from translator_gui.audio.feedback import feedback_problem
from translator_gui.audio.sources import find_sound_device, list_sound_devices
from translator_gui.meeting.direction import Direction, Route


def route_for(direction: Direction, input_override: str | None, output_override: str | None) -> Route:
    """The devices ``direction`` would use now (a command-line choice wins until the person picks
    one); raises ``DeviceNotFoundError``."""
    source = find_sound_device(input_override or direction.input_device, "input")
    sink = None
    if direction.plays:
        sink = find_sound_device(output_override or direction.output_device, "output")
    return Route(source, sink)


def feedback_among(routes: Sequence[Route]) -> str | None:
    """A loop anywhere among the directions: one's speech played where one (itself or the other) listens."""
    default_out = next((d.system_name for d in list_sound_devices("output") if d.is_default), None)
    for listening in routes:
        for playing in routes:
            if playing.sink is not None and (
                loop := feedback_problem(listening.source, playing.sink, default_out)
            ) is not None:
                return loop
    return None
