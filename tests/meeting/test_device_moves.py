"""When the sound server moves a stream to a fallback device (a USB headset unplugged), the
feedback check runs again at once and a direction that would now hear its own translation stops
before it loops, saying why, with its transcript saved."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, cast

from translator_gui.audio.sources import SoundDevice
from translator_gui.audio.watcher import DeviceChanges, StreamGuard
from translator_gui.meeting.devices import DeviceChoices
from translator_gui.meeting.direction import Direction, Route
from translator_gui.meeting.options import LaunchOptions
from translator_gui.realtime.engine import Problem, ProblemKind
from translator_gui.side import Side

SPEAKERS = SoundDevice("output", "pulse:sink:speakers", "Speakers", "speakers", "pulse", is_default=True)
SPEAKER_SOUND = SoundDevice("input", "pulse:source:speakers.monitor", "Sound from: Speakers", "speakers.monitor",
                            "pulse", is_default=True, monitor_of="speakers")
USB_MIC = SoundDevice("input", "pulse:source:usb.mic", "USB headset microphone", "usb.mic", "pulse")
VIRTUAL_MIC = SoundDevice("output", "pulse:sink:virtualmic", "Virtual microphone", "virtualmic", "pulse")


class StubPipeline:
    def __init__(self) -> None:
        self.stopped_for: list[Problem] = []

    def stop_for(self, problem: Problem) -> None:
        self.stopped_for.append(problem)


@dataclass
class StubDirection:
    side: Side
    route: Route
    pipeline: StubPipeline = field(default_factory=StubPipeline)
    guards: list[StreamGuard] = field(default_factory=list)
    problem_shown: bool = False

    @property
    def title(self) -> str:
        return self.side.heading


def choices(*directions: StubDirection) -> tuple[DeviceChoices, list[str]]:
    said: list[str] = []
    devices = DeviceChoices(
        cast(Any, {d.side: d for d in directions}), LaunchOptions(), lambda event: None,
        lambda d, text: said.append(text), lambda: True,
    )  # fmt: skip
    return devices, said


def unplug(device: SoundDevice, inputs: tuple[SoundDevice, ...], outputs: tuple[SoundDevice, ...]) -> DeviceChanges:
    return DeviceChanges(removed=(device,), inputs=inputs, outputs=outputs)


def test_unplugging_the_microphone_that_falls_back_to_the_own_output_stops_the_direction() -> None:
    me = StubDirection(Side.ME, Route(USB_MIC, SPEAKERS))  # me → them, played on the speakers
    me.guards = [StreamGuard(USB_MIC), StreamGuard(SPEAKERS)]
    devices, said = choices(me)
    devices._changed(unplug(USB_MIC, (SPEAKER_SOUND,), (SPEAKERS, VIRTUAL_MIC)))
    [problem] = me.pipeline.stopped_for
    assert problem.fatal and problem.kind is ProblemKind.AUDIO
    assert "translate its own voice" in problem.message and "transcript is saved" in problem.message
    assert said and "went away" in said[0]


def test_a_harmless_fallback_does_not_stop_anything() -> None:
    other_mic = SoundDevice("input", "pulse:source:mic", "Built-in microphone", "mic", "pulse", is_default=True)
    me = StubDirection(Side.ME, Route(USB_MIC, VIRTUAL_MIC))
    me.guards = [StreamGuard(USB_MIC)]
    devices, _ = choices(me)
    devices._changed(unplug(USB_MIC, (other_mic, SPEAKER_SOUND), (SPEAKERS, VIRTUAL_MIC)))
    assert me.pipeline.stopped_for == []


def test_stubs_look_like_directions() -> None:
    assert {"side", "route", "pipeline", "guards", "problem_shown"} <= set(Direction.__dataclass_fields__)
