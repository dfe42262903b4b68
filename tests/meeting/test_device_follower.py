"""The device follower hands the watcher's news to the event loop, and drops it once the loop is gone;
ducking follows the player only while it is switched on."""

from __future__ import annotations

import asyncio
import threading
from pathlib import Path

import pytest

from tests.testbed import PulseBed
from translator_gui.audio.sources import SoundDevice
from translator_gui.audio.watcher import DeviceChanges
from translator_gui.meeting import devices as meeting_devices
from translator_gui.meeting.devices import DeviceFollower
from translator_gui.meeting.direction import Direction, Route
from translator_gui.side import Side


@pytest.mark.audio
def test_news_from_the_watcher_after_the_loop_closed_is_dropped_without_an_error(pulse: PulseBed) -> None:
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    heard: list[DeviceChanges] = []
    try:
        follower = DeviceFollower(heard.append, busy=lambda: False)
        loop.run_until_complete(follower.stop())
    finally:
        loop.close()
        asyncio.set_event_loop(None)
    errors: list[BaseException] = []

    def from_the_watchers_thread() -> None:
        try:
            follower._from_watcher(DeviceChanges())
            follower._watcher_lost()
        except BaseException as exc:
            errors.append(exc)

    thread = threading.Thread(target=from_the_watchers_thread)
    thread.start()
    thread.join(timeout=5)
    assert errors == [] and heard == []


class CountingPlayer:
    """A player that counts how often ducking asks whether translated speech is queued."""

    def __init__(self) -> None:
        self.asked = 0
        self.asked_five_times = asyncio.Event()

    @property
    def buffered_ms(self) -> float:
        self.asked += 1
        if self.asked >= 5:
            self.asked_five_times.set()
        return 0.0


@pytest.mark.asyncio
async def test_ducking_switched_off_wakes_nothing_until_it_is_switched_on(tmp_path: Path,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(meeting_devices, "data_dir", lambda: tmp_path)

    class Prefs:
        target_language = "de"
        enabled = True
        input_device: str | None = None
        output_device: str | None = None

    d = Direction(Side.THEM, Prefs())
    d.route = Route(SoundDevice("input", "pulse:source:speaker.monitor", "Sound from: speaker", "speaker.monitor",
                                "pulse", monitor_of="speaker"), None)
    choices = meeting_devices.DeviceChoices({Side.THEM: d}, None, lambda e: None,  # type: ignore[arg-type]
                                            lambda d, s: None, lambda: True)
    player = CountingPlayer()
    choices.duck(d, player)
    await asyncio.sleep(0.5)  # ten of ducking's 50 ms rounds, were it following
    assert player.asked == 1, "Off: asked once, then waits to be switched on"
    choices.ducking_db = -10.0
    await asyncio.wait_for(player.asked_five_times.wait(), timeout=5)  # switched on: it follows the player again
    d.undo_arrangements()
