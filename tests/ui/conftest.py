"""The app's own event loop for UI tests.

The qasync loop is installed in "already running" mode: Qt's event processing (which
``qtbot.wait_until`` / ``wait_signal`` drive) runs asyncio tasks, timers and socket reads, exactly
as they run inside the app.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import pytest
import qasync
from PySide6.QtWidgets import QApplication


@pytest.fixture
def qloop(qapp: QApplication) -> Iterator[asyncio.AbstractEventLoop]:
    loop = qasync.QEventLoop(qapp, already_running=True)
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
