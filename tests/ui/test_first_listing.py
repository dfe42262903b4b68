"""The window does not wait for the devices: they are first listed on a worker thread (loading
PortAudio and listing takes 0.1–0.4 s on Linux, seconds on some Windows computers). Until
then the pickers say so, a Start waits for the listing, and Quit waits for it to end."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.fakes.translation_server import FakeServerThread
from tests.testbed import KeyringBed, PulseBed
from translator_gui.app import App
from translator_gui.audio.sources import SoundDevice, list_sound_devices
from translator_gui.meeting import devices as meeting_devices
from translator_gui.meeting.devices import DeviceChoices
from translator_gui.meeting.events import DevicesListed, MeetingEvent, MeetingRunning
from translator_gui.meeting.options import LaunchOptions
from translator_gui.settings import Settings

pytestmark = [pytest.mark.audio, pytest.mark.keyring]


class SlowListing:
    """The first listing holds until :meth:`release` (as a slow sound system would)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self._gate = threading.Event()
        self.listing = threading.Event()  # the worker thread is in the listing
        monkeypatch.setattr(meeting_devices, "list_sound_devices", self._list)

    def _list(self, kind: str) -> list[SoundDevice]:
        self.listing.set()
        assert self._gate.wait(30), "the listing was never released"
        return list_sound_devices(kind)  # type: ignore[arg-type]

    def release(self) -> None:
        self._gate.set()


@pytest.fixture
def slow(monkeypatch: pytest.MonkeyPatch) -> Iterator[SlowListing]:
    listing = SlowListing(monkeypatch)
    yield listing
    listing.release()  # whatever the test did, the worker thread ends


def _app(tmp_path: Path, options: LaunchOptions) -> App:
    qapp = QApplication.instance()
    assert isinstance(qapp, QApplication)
    return App(qapp, options, settings=Settings(tmp_path / "settings.ini"))


def test_the_window_shows_while_the_devices_are_listed_and_start_waits_for_them(
    qtbot: QtBot, qloop: asyncio.AbstractEventLoop, pulse: PulseBed, secret_service: KeyringBed,
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, slow: SlowListing,
) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test")
    waiting = threading.Event()
    wait_listed = DeviceChoices.wait_listed

    async def start_waits(choices: DeviceChoices) -> None:
        waiting.set()
        await wait_listed(choices)

    monkeypatch.setattr(DeviceChoices, "wait_listed", start_waits)
    with FakeServerThread() as server:
        monkeypatch.setenv("OPENAI_BASE_URL", server.base_url)
        app = _app(tmp_path, LaunchOptions(target="de", input_device="micfeed.monitor", output_device="speaker",
                                           transcript_dir=tmp_path / "transcripts", start=True))
        told: list[MeetingEvent] = []
        app.controller.bridge.meeting_event.connect(told.append)
        app.show()
        try:
            qtbot.wait_exposed(app.window)
            qtbot.wait_until(slow.listing.is_set)
            qtbot.wait_until(waiting.is_set, timeout=10_000)  # --start got its key and waits for the devices
            for picker in (app.window.them.input_device, app.window.them.output_device, app.window.me.input_device):
                assert picker.count() == 0
                assert picker.placeholderText() == "Looking for devices…"
            assert not app.meeting.running
            assert server.check(lambda s: len(s.appends) == 0)

            slow.release()
            qtbot.wait_until(lambda: app.window.status().startswith("Live"), timeout=15_000)
            picker = app.window.them.input_device
            assert picker.placeholderText() == ""
            assert picker.device_name() == "pulse:source:micfeed.monitor"  # the command line's choice
            kinds = [type(event) for event in told]
            assert DevicesListed in kinds and MeetingRunning in kinds
            assert kinds.index(DevicesListed) < kinds.index(MeetingRunning)
        finally:
            app.quit()
            qtbot.wait_until(lambda: app.finished, timeout=15_000)


def test_quitting_during_the_first_listing_waits_for_it_and_follows_no_devices(
    qtbot: QtBot, qloop: asyncio.AbstractEventLoop, pulse: PulseBed, tmp_path: Path, slow: SlowListing,
) -> None:
    app = _app(tmp_path, LaunchOptions(transcript_dir=tmp_path / "transcripts"))
    qtbot.wait_until(slow.listing.is_set)
    app.quit()
    slow.release()
    qtbot.wait_until(lambda: app.finished, timeout=15_000)
    assert app.meeting.devices.listed
    assert not [t for t in threading.enumerate() if t.name == "device-watcher"]
