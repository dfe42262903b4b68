"""After the sound server restarts (PulseAudio killed and started again, as a crash or a
``systemctl --user restart`` does), hot-plug is followed through the server's events again, not
only by looking every few seconds.

A private PulseAudio daemon of its own: the shared test bed is never restarted under other tests.
"""

from __future__ import annotations

import asyncio
import os
import select
import subprocess
from collections.abc import Callable, Iterator

import pytest

from tests.testbed import PulseBed
from translator_gui.audio.watcher import DeviceChanges
from translator_gui.meeting import devices as meeting_devices
from translator_gui.meeting.devices import DeviceFollower

WAIT = 20.0


@pytest.fixture
def own_bed(monkeypatch: pytest.MonkeyPatch) -> Iterator[PulseBed]:
    bed = PulseBed.start()
    for key, value in bed.env.items():
        monkeypatch.setenv(key, value)
    try:
        yield bed
    finally:
        bed.stop()


def kill_and_wait(pid: int) -> None:
    """Stop the daemon and wait until it is gone (it is not our child: a pidfd says when)."""
    fd = os.pidfd_open(pid)
    try:
        os.kill(pid, 15)
        ready, _, _ = select.select([fd], [], [], WAIT)
        assert ready, "the daemon did not exit"
    finally:
        os.close(fd)


def start_daemon_again(bed: PulseBed) -> None:
    env = {**os.environ, **bed.env}
    env.pop("PULSE_SERVER")
    subprocess.run(
        ["pulseaudio", "-D", "-n", "--exit-idle-time=-1", "--disallow-exit", "--disable-shm=true",
         "--log-target=stderr", "--load=module-native-protocol-unix"],
        env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    bed.daemon_pid = int((bed.runtime_dir / "pulse" / "pid").read_text().split()[0])


class Follower(DeviceFollower):
    """The app's follower, saying when it fell back to looking every few seconds."""

    def __init__(self, on_change: Callable[[DeviceChanges], None]) -> None:
        self.polling = asyncio.Event()
        super().__init__(on_change, busy=lambda: True)  # a stream is open: PortAudio is never restarted

    def _start_polling(self) -> None:
        super()._start_polling()
        self.polling.set()


@pytest.mark.audio
@pytest.mark.asyncio
async def test_hot_plug_is_followed_again_after_the_sound_server_restarts(own_bed: PulseBed) -> None:
    news: asyncio.Queue[DeviceChanges] = asyncio.Queue()

    async def added(name: str) -> None:
        """Wait for news that ``name`` (a sink) was plugged in."""
        async with asyncio.timeout(WAIT):
            while not any(d.system_name == name for d in (await news.get()).added):
                pass

    follower = Follower(news.put_nowait)
    try:
        assert not follower.polling.is_set(), "the sound server is there: its events are followed"
        own_bed.add_sink("before")
        await added("before")

        kill_and_wait(own_bed.daemon_pid)
        async with asyncio.timeout(WAIT):
            await follower.polling.wait()  # the server went away: looking every few seconds meanwhile
        polling = follower._poll
        assert polling is not None
        start_daemon_again(own_bed)
        own_bed.add_sink("restarted")
        await asyncio.wait_for(asyncio.shield(polling), WAIT)  # it ends once the server's events are followed
        await added("restarted")  # found by looking, or by the events again
        # Only events can tell this one in time: nothing looks every few seconds any more.
        started = asyncio.get_running_loop().time()
        own_bed.add_sink("plugged-later")
        await added("plugged-later")
        assert follower._poll is None
        assert asyncio.get_running_loop().time() - started < meeting_devices.POLL_SECONDS
    finally:
        await follower.stop()
