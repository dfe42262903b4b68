"""Hot-plug: the sound server says when devices come and go; where it cannot, look again every 2 s."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Callable

from translator_gui.audio.devices import refresh
from translator_gui.audio.watcher import DeviceChanges, DeviceWatcher

POLL_SECONDS = 2.0


class DeviceFollower:
    """Calls ``on_change`` on the event loop's thread whenever the devices change.

    ``busy()`` says whether a stream is open: PortAudio re-lists devices only while none is."""

    def __init__(self, on_change: Callable[[DeviceChanges], None], busy: Callable[[], bool]) -> None:
        self._loop = asyncio.get_running_loop()
        self._on_change = on_change
        self._busy = busy
        self._watcher = DeviceWatcher(self._from_watcher)
        self._poll: asyncio.Task[None] | None = None
        if not self._watcher.start():
            self._poll = self._loop.create_task(self._poll_every(POLL_SECONDS), name="device-poll")

    def _from_watcher(self, changes: DeviceChanges) -> None:
        """On the watcher's thread: hop to the loop, nothing else."""
        self._loop.call_soon_threadsafe(self._on_change, changes)

    async def _poll_every(self, seconds: float) -> None:
        while True:
            await asyncio.sleep(seconds)  # a cadence: nothing tells us when devices change here
            if not self._busy():
                refresh()
                self._watcher.poll()

    async def stop(self) -> None:
        poll, self._poll = self._poll, None
        if poll is not None:
            poll.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await poll
        await asyncio.to_thread(self._watcher.stop)
