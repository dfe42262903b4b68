"""The device follower hands the watcher's news to the event loop, and drops it once the loop is gone."""

from __future__ import annotations

import asyncio
import threading

import pytest

from tests.testbed import PulseBed
from translator_gui.audio.watcher import DeviceChanges
from translator_gui.meeting.devices import DeviceFollower


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
