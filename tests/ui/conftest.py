"""The app's own event loop for UI tests.

The qasync loop is installed in "already running" mode: Qt's event processing (which
``qtbot.wait_until`` / ``wait_signal`` drive) runs asyncio tasks, timers and socket reads, exactly
as they run inside the app.
"""

from __future__ import annotations

import asyncio
import gc
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from translator_gui.app import App
from translator_gui.meeting.options import LaunchOptions
from translator_gui.settings import Settings
from translator_gui.ui.event_loop import AppEventLoop


@pytest.fixture(autouse=True)
def qt_garbage_collected_here() -> Iterator[None]:
    """A test's windows are destroyed on the GUI thread, when the test ends.

    An app left behind is cyclic garbage (signal connections hold lambdas that hold the app), and
    Python collects cycles on whichever thread happens to allocate — a fake server's thread or an
    audio callback. A Qt object destroyed there leaves its timers registered with the GUI thread,
    which later fires them at freed memory. Collecting here, last of all the test's teardown,
    destroys them where they live."""
    yield
    gc.collect()


@pytest.fixture
def qloop(qapp: QApplication) -> Iterator[asyncio.AbstractEventLoop]:
    loop = AppEventLoop(qapp, already_running=True)
    asyncio.set_event_loop(loop)
    try:
        yield loop
    finally:
        pending = [t for t in asyncio.all_tasks(loop) if not t.done()]
        for task in pending:
            task.cancel()
        # Not loop.stop(): that would call QApplication.exit() on the test session's application.
        loop._QEventLoop__is_running = False
        asyncio.events._set_running_loop(None)
        loop.close()
        asyncio.set_event_loop(None)


MakeApp = Callable[..., App]


@pytest.fixture
def make_app(
    qtbot: QtBot, qloop: asyncio.AbstractEventLoop, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[MakeApp]:
    apps: list[App] = []

    def make(options: LaunchOptions | None = None, show: bool = True) -> App:
        qapp = QApplication.instance()
        assert isinstance(qapp, QApplication)
        opts = options or LaunchOptions(transcript_dir=tmp_path / "transcripts")
        app = App(qapp, opts, settings=Settings(tmp_path / "settings.ini"))
        apps.append(app)
        # The devices are listed on a worker thread once the loop runs; most tests look at them.
        qtbot.wait_until(lambda: app.meeting.devices.listed, timeout=15_000)
        if show:
            app.show()
        return app

    yield make
    for app in apps:
        app.quit()  # the app's own way out: session closed, transcript saved, window closed
        qtbot.wait_until(lambda app=app: app.finished, timeout=15_000)  # type: ignore[misc]
