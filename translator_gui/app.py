"""Composition root: one QApplication, one asyncio loop inside Qt's, everything wired here."""

from __future__ import annotations

import argparse
import asyncio
import logging
import signal
import sys

import qasync
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from translator_gui import APP_ID, APP_NAME, __version__
from translator_gui.logs import setup_logging
from translator_gui.realtime.languages import TRANSLATE_TARGETS
from translator_gui.secrets import SecretStore
from translator_gui.settings import Settings
from translator_gui.ui.main_window import MainWindow
from translator_gui.ui.session_controller import LaunchOptions, SessionController

log = logging.getLogger(__name__)


class App:
    """The running application: window, controller and the orderly way out."""

    def __init__(self, qapp: QApplication, options: LaunchOptions, settings: Settings | None = None) -> None:
        self.qapp = qapp
        self.settings = settings or Settings()
        self.secrets = SecretStore()
        self.window = MainWindow(TRANSLATE_TARGETS)
        self.controller = SessionController(self.window, self.settings, self.secrets, options)
        self.window.close_requested.connect(self.quit)
        self._quitting: asyncio.Task[None] | None = None
        self.finished = False

    def show(self) -> None:
        if geometry := self.settings.window_geometry:
            self.window.restoreGeometry(geometry)
        self.window.show()
        key = self.controller.api_key()
        if self.secrets.problem:  # e.g. no system keyring: say so before asking for a key
            self.window.set_status(self.secrets.problem)
        if self.controller.options.start:
            self.controller.spawn(self.controller.start_session(interactive=False))
        elif key is None:
            self.controller.ask_for_key()

    def quit(self) -> None:
        """Close the session cleanly (transcript saved, devices released), then leave the event loop."""
        if self._quitting is None:
            self._quitting = asyncio.get_event_loop().create_task(self._quit())

    async def _quit(self) -> None:
        self.settings.window_geometry = bytes(self.window.saveGeometry().data())
        try:
            await self.controller.shutdown()
        finally:
            self.window.allow_close()
            self.window.close()
            self.finished = True
            self.qapp.quit()


def run(args: argparse.Namespace) -> int:
    log_file = setup_logging()
    log.info("%s %s starting; log at %s", APP_NAME, __version__, log_file)
    qapp = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(qapp, QApplication)
    qapp.setApplicationName(APP_ID)
    qapp.setApplicationDisplayName(APP_NAME)
    qapp.setDesktopFileName(APP_ID)
    loop = qasync.QEventLoop(qapp)
    asyncio.set_event_loop(loop)
    options = LaunchOptions(
        target=args.target,
        input_device=args.input,
        output_device=args.output,
        transcript_dir=args.transcript_dir,
        start=args.start,
    )
    with loop:
        app = App(qapp, options)
        for sig in (signal.SIGINT, signal.SIGTERM):
            try:
                loop.add_signal_handler(sig, app.quit)
            except (NotImplementedError, RuntimeError):  # Windows: Ctrl+C is handled by the console
                signal.signal(sig, lambda *_: loop.call_soon_threadsafe(app.quit))
        QTimer.singleShot(0, app.show)
        loop.run_forever()
    log.info("%s exited cleanly", APP_NAME)
    return 0
