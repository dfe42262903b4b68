"""Composition root: one QApplication, one asyncio loop inside Qt's, everything wired here."""

from __future__ import annotations

import argparse
import asyncio
import logging
import signal
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication

from translator_gui import APP_ID, APP_NAME, crash
from translator_gui.audio import alsa_listing, pulse_routing
from translator_gui.keyring_helper import keyring_calls_for_this_platform
from translator_gui.logs import setup_logging
from translator_gui.meeting.options import LaunchOptions
from translator_gui.paths import DESKTOP_ID
from translator_gui.realtime.languages import ALL_TARGETS
from translator_gui.secrets import SecretStore
from translator_gui.settings import Settings
from translator_gui.side import Side
from translator_gui.transcript.journal import (
    find_interrupted_sessions,
    mark_recovered,
)
from translator_gui.ui.app_icon import app_icon
from translator_gui.ui.caption_feed import CaptionFeed
from translator_gui.ui.captions.bar import CaptionOverlay
from translator_gui.ui.captions.style import OverlayStyle
from translator_gui.ui.event_loop import AppEventLoop
from translator_gui.ui.hotkeys.global_hotkey import GlobalHotkey
from translator_gui.ui.i18n import LANGUAGES, Installed, install_translations, language_name
from translator_gui.ui.main_window import MainWindow
from translator_gui.ui.session_controller import SessionController
from translator_gui.ui.single_instance import SingleInstance
from translator_gui.ui.theme import ThemeKeeper
from translator_gui.ui.tray import TrayIcon

if TYPE_CHECKING:  # each is imported where it is first shown: none is needed for the first paint
    from translator_gui.ui.captions.style_dialog import CaptionStyleDialog
    from translator_gui.ui.history.past_sessions import PastSessions
    from translator_gui.ui.history.recovery_prompt import RecoveryPrompt

log = logging.getLogger(__name__)


class App:
    """The running application: window, controller and the orderly way out."""

    def __init__(self, qapp: QApplication, options: LaunchOptions, settings: Settings | None = None) -> None:
        self.qapp = qapp
        self.settings = settings or Settings()
        self.secrets = SecretStore(calls=keyring_calls_for_this_platform())  # Linux: in a child process
        # The style before the first widget: set afterwards, Qt re-polishes every widget (~0.1 s).
        self.theme = ThemeKeeper(qapp, self.settings.theme)
        self.window = MainWindow(ALL_TARGETS, ui_languages=[(code, language_name(code)) for code in LANGUAGES])
        self.theme.setParent(self.window)  # lives as long as the window
        self.overlay = CaptionOverlay(self.settings)
        self.feed = CaptionFeed(self.window.captions, self.overlay, self.settings)
        self.controller = SessionController(self.window, self.settings, self.secrets, options, self.feed)
        self.meeting = self.controller.meeting
        self.window.close_requested.connect(self.quit)
        self._quitting: asyncio.Task[None] | None = None
        self.finished = False
        self._past: PastSessions | None = None
        self._wire_caption_bar()
        self._wire_history()
        self._wire_tray()
        self._wire_global_hotkey()
        self._wire_appearance()

    def _wire_appearance(self) -> None:
        self.window.show_theme(self.settings.theme)
        self.window.theme_chosen.connect(self._set_theme)
        self.window.show_ui_language(self.settings.ui_language)
        self.window.ui_language_chosen.connect(self._set_ui_language)

    def _set_theme(self, theme: str) -> None:
        self.settings.theme = theme
        self.theme.apply(theme)

    def _set_ui_language(self, code: str | None) -> None:
        self.settings.ui_language = code
        self.window.set_status(QCoreApplication.translate(
            "App", "The new language applies the next time Translator starts."))

    def _wire_caption_bar(self) -> None:
        window = self.window
        window.stable_action.setChecked(self.settings.stable_captions)
        window.stable_action.toggled.connect(self.feed.set_stable)
        window.larger_text_action.triggered.connect(lambda: self.feed.change_text_size(1))
        window.smaller_text_action.triggered.connect(lambda: self.feed.change_text_size(-1))
        window.default_text_action.triggered.connect(lambda: self.feed.change_text_size(0))
        window.add_overlay_actions(self.overlay.click_through_action, self.overlay.reset_position_action)
        window.overlay_action.setChecked(self.settings.overlay_visible)
        window.overlay_action.toggled.connect(self._set_overlay_visible)
        self.overlay.hide_requested.connect(lambda: window.overlay_action.setChecked(False))
        window.caption_style_action.triggered.connect(self.open_caption_style)
        self._style_dialog: CaptionStyleDialog | None = None

    def open_caption_style(self) -> None:
        """Font, size, colours, opacity, lines: previewed live on the bar, kept on OK, undone on Cancel."""
        if self._style_dialog is not None:
            self._style_dialog.raise_()
            return
        from translator_gui.ui.captions.style_dialog import CaptionStyleDialog

        dialog = CaptionStyleDialog(self.window, self.overlay.style_settings)
        dialog.style_previewed.connect(lambda style: self.overlay.set_style(style, persist=False))
        dialog.style_chosen.connect(self._caption_style_chosen)
        dialog.finished.connect(self._caption_style_closed)
        # The bar's own style menu would fight the dialog's preview while it is open.
        self.overlay.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self._style_dialog = dialog
        dialog.open()

    def _caption_style_chosen(self, style: OverlayStyle) -> None:
        self.overlay.set_style(style)
        self.settings.sync()

    def _caption_style_closed(self) -> None:
        self.overlay.setContextMenuPolicy(Qt.ContextMenuPolicy.DefaultContextMenu)
        if self._style_dialog is not None:
            self._style_dialog.deleteLater()
        self._style_dialog = None

    def _wire_tray(self) -> None:
        icon = app_icon()
        self.qapp.setWindowIcon(icon)
        window = self.window
        show_window = QAction(QCoreApplication.translate("App", "Show &window"), window)
        show_window.triggered.connect(self._bring_window_forward)
        quit_action = QAction(QCoreApplication.translate("App", "&Quit"), window)
        quit_action.triggered.connect(self.quit)
        self.tray = TrayIcon(
            icon,
            [window.session_action, window.overlay_action, self.overlay.click_through_action,
             window.stable_action, window.caption_style_action, None, show_window, quit_action],
            window,
        )

    def _wire_global_hotkey(self) -> None:
        """Show or hide the caption bar from anywhere on the desktop, where the platform allows it."""
        self.global_hotkey = GlobalHotkey(self.window)
        self.global_hotkey.activated.connect(self.window.overlay_action.trigger)
        combination = self.settings.global_hotkey
        text = QCoreApplication.translate("App", "System-wide &hotkey for the caption bar ({keys})")
        action = QAction(text.format(keys=combination), self.window)
        action.setCheckable(True)
        action.setChecked(self.settings.global_hotkey_enabled and self.global_hotkey.available)
        action.setEnabled(self.global_hotkey.available)
        if not self.global_hotkey.available:
            action.setToolTip(self.global_hotkey.problem or "")
        action.toggled.connect(self._set_global_hotkey)
        self.window.view_menu.addAction(action)
        self.global_hotkey_action = action

    def _set_global_hotkey(self, on: bool) -> None:
        self.settings.global_hotkey_enabled = on
        if on:
            self._take_global_hotkey()
        else:
            self.global_hotkey.unregister()
            self.window.set_status(QCoreApplication.translate(
                "App", "System-wide hotkey off; Ctrl+Shift+B works while Translator has focus."))

    def _take_global_hotkey(self) -> None:
        combination = self.settings.global_hotkey
        if self.global_hotkey.register(combination):
            log.info("System-wide hotkey %s shows and hides the caption bar", combination)
        else:
            self.window.set_status(self.global_hotkey.problem or QCoreApplication.translate(
                "App", "{keys} could not be used.").format(keys=combination))

    def _bring_window_forward(self) -> None:
        self.window.showNormal()
        self.window.raise_()
        self.window.activateWindow()

    def _wire_history(self) -> None:
        history = self.window.captions.history
        history.set_interleaved(self.settings.history_interleaved)
        history.interleave_box.toggled.connect(lambda on: setattr(self.settings, "history_interleaved", on))
        self.window.past_sessions_action.triggered.connect(self.show_past_sessions)

    def _set_overlay_visible(self, on: bool) -> None:
        self.settings.overlay_visible = on
        self.overlay.setVisible(on)

    def show_past_sessions(self) -> None:
        if self._past is None:
            from translator_gui.ui.history.past_sessions import PastSessions

            self._past = PastSessions(self.meeting.transcript_dir(), self.window)
            self._past.setWindowFlag(Qt.WindowType.Window)
            self._past.setWindowTitle(QCoreApplication.translate("App", "Past sessions"))
            self._past.resize(900, 600)
            self._past.notice.connect(self.window.set_status)
        self._past.refresh()
        self._past.show()
        self._past.raise_()

    def show_past_session(self, path: Path) -> PastSessions:
        """Past sessions, with the transcript ``path`` selected and shown."""
        self.show_past_sessions()
        past = self._past
        assert past is not None
        if past.search.text():
            past.search.clear()  # a leftover filter must not hide the session asked for
        past.sessions.blockSignals(True)
        for row in range(past.sessions.count()):
            item = past.sessions.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == path:
                past.sessions.setCurrentItem(item)
                past.sessions.scrollToItem(item)
                break
        past.sessions.blockSignals(False)
        past.open(path)
        return past

    def _report_interrupted_sessions(self) -> None:
        """Offer what an interrupted session saved; its mark is cleared only once the person answered."""
        interrupted = find_interrupted_sessions(self.meeting.transcript_dir())
        if not interrupted:
            return
        from translator_gui.ui.history.recovery_prompt import RecoveryOffer, RecoveryPrompt

        offer = RecoveryOffer.build(interrupted)
        self.window.set_status(offer.status_text())
        prompt = RecoveryPrompt(offer, self.window)
        prompt.finished.connect(lambda choice: self._recovery_answered(prompt, choice))
        prompt.show()
        prompt.raise_()

    def _recovery_answered(self, prompt: RecoveryPrompt, choice: int) -> None:
        from translator_gui.ui.history.recovery_prompt import RecoveryChoice

        offer = prompt.offer
        prompt.deleteLater()
        for path in offer.sessions:
            try:
                mark_recovered(path)
            except OSError as exc:
                log.warning("cannot clear the interrupted mark of %s: %s", path, exc)
        if offer.offered is None:
            return
        if choice == RecoveryChoice.OPEN:
            self.show_past_session(offer.offered)
        elif choice == RecoveryChoice.EXPORT:
            self.show_past_session(offer.offered).export_button.click()

    def show(self) -> None:
        if geometry := self.settings.window_geometry:
            self.window.restoreGeometry(geometry)
        self.window.show()
        if self.settings.overlay_visible:
            self.overlay.show()
        if not self.tray.show_if_possible():
            log.info("No system tray on this desktop; the caption controls are in the View menu and toolbar")
        if self.global_hotkey_action.isChecked():
            self._take_global_hotkey()
        self._report_interrupted_sessions()
        QTimer.singleShot(0, _log_version)
        self.meeting.spawn(self.meeting.load_sessions())  # the realtime stack, once the window is up
        self.meeting.spawn(self._first_start())

    async def _first_start(self) -> None:
        """``--start`` starts at once; otherwise a first run asks for the key."""
        key = await self.meeting.keys.find()
        if self.secrets.problem:  # e.g. no system keyring: say so before asking for a key
            self.window.set_status(self.secrets.problem)
        if self.meeting.options.start:
            await self.meeting.start(interactive=False)
        elif key is None:
            self.controller.ask_for_key()

    def quit(self) -> None:
        """Close the session cleanly (transcript saved, devices released), then leave the event loop."""
        if self._quitting is None:
            self.controller.quitting()  # the sessions get a moment for their last words, not a backlog
            self._quitting = asyncio.get_event_loop().create_task(self._quit())

    async def _quit(self) -> None:
        self.settings.window_geometry = bytes(self.window.saveGeometry().data())
        try:
            await self.meeting.shutdown()
        finally:
            self.global_hotkey.unregister()
            self.tray.hide()
            self.overlay.close()
            if self._past is not None:
                self._past.close()
            self.window.allow_close()
            self.window.close()
            self.finished = True
            self.qapp.quit()


def _log_version() -> None:
    import translator_gui

    log.info("%s %s", APP_NAME, translator_gui.__version__)


def install_language(args: argparse.Namespace, settings: Settings) -> Installed:
    """The language of ``--language``, else of the *Language* setting, else the system's."""
    installed = install_translations(getattr(args, "language", None) or settings.ui_language)
    log.info("speaking %s%s", installed.locale.name(), "" if installed.found else " (no translation: English)")
    return installed


def run(args: argparse.Namespace) -> int:
    # Before any other thread: the environment variables that listing devices and opening streams
    # set get their places now, so that beside other threads they are changed in place only.
    alsa_listing.reserve()
    pulse_routing.reserve()
    log_file = setup_logging()
    log.info("%s starting; log at %s", APP_NAME, log_file)  # its version once the window is up (App.show)
    # Before Qt, so that a crash inside QApplication() is recorded too. Each launch writes its own
    # fatal-error log, so a second launch leaves the running instance's alone.
    crash.install(log_file.parent)
    qapp = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(qapp, QApplication)
    qapp.setApplicationName(APP_ID)
    qapp.setApplicationDisplayName(APP_NAME)
    qapp.setDesktopFileName(DESKTOP_ID)  # Wayland matches the window to <desktop id>.desktop
    # A second launch hands over first, before any work of its own: it installs no language, and it
    # leaves the crash reports of earlier runs to the instance that shows them.
    instance = SingleInstance()
    if not instance.claim():
        if sys.stderr is not None:
            print(f"{APP_NAME} is already running; its window was brought to the front.", file=sys.stderr)
        crash.uninstall()
        return 0
    fatal_errors = crash.collect_fatal_errors(log_file.parent)
    last_crash = fatal_errors[-1] if fatal_errors else None
    settings = Settings()
    install_language(args, settings)
    loop = AppEventLoop(qapp)
    asyncio.set_event_loop(loop)
    loop.set_exception_handler(crash.loop_exception_handler)
    options = LaunchOptions(
        target=args.target,
        input_device=args.input,
        output_device=args.output,
        transcript_dir=args.transcript_dir,
        start=args.start,
        me_target=args.me_target,
        me_input_device=args.me_input,
        me_output_device=args.me_output,
        directions=None if args.directions is None else
        (tuple(Side) if args.directions == "both" else (Side(args.directions),)),
    )
    with loop:
        app = App(qapp, options, settings)
        instance.activated.connect(app._bring_window_forward)
        crash.set_notifier(lambda text: loop.call_soon_threadsafe(app.window.set_status, text))
        for sig in (signal.SIGINT, signal.SIGTERM):
            try:
                loop.add_signal_handler(sig, app.quit)
            except (NotImplementedError, RuntimeError):  # Windows: Ctrl+C is handled by the console
                signal.signal(sig, lambda *_: loop.call_soon_threadsafe(app.quit))
        QTimer.singleShot(0, app.show)
        if last_crash is not None:
            QTimer.singleShot(0, lambda: app.window.set_status(QCoreApplication.translate(
                "App", "{app} crashed the last time it ran; a report was saved to {path}.").format(
                app=APP_NAME, path=last_crash)))
        loop.run_forever()
    instance.close()
    crash.uninstall()
    log.info("%s exited cleanly", APP_NAME)
    return 0
