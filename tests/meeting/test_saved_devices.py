"""A device saved in the settings that is not there any more: the pickers fall back to the system
default and the status line says so, once, naming the missing device and what is used instead;
when it is plugged back in it is chosen again, and told again if it goes while nothing runs."""

from __future__ import annotations

import pytest

from tests.testbed import PulseBed
from translator_gui.audio.sources import list_sound_devices
from translator_gui.meeting.devices import DeviceChoices
from translator_gui.meeting.direction import Direction
from translator_gui.meeting.events import DevicesListed, MeetingEvent, Notice
from translator_gui.meeting.options import LaunchOptions
from translator_gui.side import Side


class Saved:
    target_language = "de"
    enabled = True

    def __init__(self, input_device: str | None, output_device: str | None) -> None:
        self.input_device = input_device
        self.output_device = output_device


def listing() -> DevicesListed:
    return DevicesListed(tuple(list_sound_devices("input")), tuple(list_sound_devices("output")))


@pytest.mark.audio
def test_a_saved_device_that_is_gone_is_named_with_what_is_used_instead(pulse: PulseBed) -> None:
    me = Direction(Side.ME, Saved("pulse:source:usbheadset.monitor", "pulse:sink:gone-speakers"))
    them = Direction(Side.THEM, Saved(None, None))
    told: list[MeetingEvent] = []
    devices = DeviceChoices({Side.THEM: them, Side.ME: me}, LaunchOptions(), told.append,
                            lambda d, text: None, lambda: False)
    listed = listing()
    default_in = next(d.label for d in listed.inputs if d.is_default)
    default_out = next(d.label for d in listed.outputs if d.is_default)

    assert devices.preferred(Side.ME, listed) == (None, None)  # the pickers show the system default
    notices = [e.text for e in told if isinstance(e, Notice)]
    assert len(notices) == 2, notices
    said_in, said_out = notices
    assert "“usbheadset.monitor”" in said_in and "Me → them" in said_in and f"“{default_in}”" in said_in
    assert "“gone-speakers”" in said_out and f"“{default_out}”" in said_out

    devices.preferred(Side.ME, listing())  # the next listing (hot-plug news): said once is enough
    devices.preferred(Side.THEM, listing())  # nothing saved for Them → me: nothing to say
    assert len([e for e in told if isinstance(e, Notice)]) == 2

    module = pulse.add_sink("usbheadset", "USB headset")
    try:
        assert devices.preferred(Side.ME, listing())[0] == "pulse:source:usbheadset.monitor"  # back: chosen
    finally:
        pulse.remove_module(module)
    told.clear()
    devices.preferred(Side.ME, listing())
    [again] = [e.text for e in told if isinstance(e, Notice)]
    assert "“usbheadset.monitor”" in again and "not connected" in again
