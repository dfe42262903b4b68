"""Which devices a direction uses, the check that no translation plays where one listens, and what
a route needs made on the sound server first (the virtual microphone) and undone after."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path

from translator_gui.audio import app_capture, ducking, virtual_mic
from translator_gui.audio.feedback import feedback_problem
from translator_gui.audio.pulse import PulseUnavailable
from translator_gui.audio.sources import find_sound_device, list_sound_devices
from translator_gui.meeting.direction import Direction, Lasting, Route

log = logging.getLogger(__name__)

Undo = Callable[[], None]


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


def arrange(route: Route) -> tuple[Route, list[Undo]]:
    """Make on the sound server what ``route`` needs before its streams open — "Translator
    microphone" when it plays into it, the diversion of one app's streams when it listens to
    "Sound from: <app>" — and return the route to open (an app's sound is captured from
    Translator's sink) and the steps that undo it (run them after the streams closed). Raises
    ``AudioDeviceError`` in words, having undone what it made."""
    undo: list[Undo] = []
    try:
        if route.source.app is not None:
            diverted = app_capture.start(route.source.app)
            log.info("Capturing %s alone through %s", diverted.app, diverted.sink)
            undo.append(lambda: app_capture.stop(diverted))
            follower = app_capture.NewStreams(diverted)
            undo.append(follower.stop)
            source = replace(route.source, system_name=diverted.monitor, samplerate=app_capture.RATE, channels=2)
            route = Route(source, route.sink)
        if route.sink is not None and route.sink.is_virtual_mic:
            mic = virtual_mic.create()
            log.info("Made the virtual microphone (modules %d, %d)", mic.sink_module, mic.source_module)
            undo.append(Lasting("virtual microphone", lambda: virtual_mic.remove(mic)))
    except Exception:
        for step in reversed(undo):
            step()
        raise
    return route, undo


def recover_left_behind(ducking_state: Path) -> None:
    """At start: undo on the sound server what a Translator that crashed left there — the virtual
    microphone, apps diverted for capture, a lowered meeting volume. Never raises: a failure is logged."""
    if not sys.platform.startswith("linux"):
        try:  # Windows: app sessions a crashed run had lowered (elsewhere nothing is ever left)
            if (count := ducking.restore_left_behind(ducking_state)) > 0:
                log.warning("Put back the volume of %d app sessions a previous run had lowered", count)
        except Exception:
            log.exception("Could not put back the volumes a previous run had lowered")
        return
    steps: list[tuple[str, Callable[[], int]]] = [
        ("Removed the virtual microphone a previous run left behind (%d modules)", virtual_mic.remove_left_behind),
        ("Put back the apps a previous run captured alone (%d)", app_capture.restore_left_behind),
        ("Put back the meeting's volume a previous run had lowered (%d streams)",
         lambda: ducking.restore_left_behind(ducking_state)),
    ]
    for said, step in steps:
        try:
            if (count := step()) > 0:
                log.warning(said, count)
        except PulseUnavailable:
            return  # no sound server: nothing of ours is left on it
        except Exception:
            log.exception("Could not undo what a previous run left on the sound server")
