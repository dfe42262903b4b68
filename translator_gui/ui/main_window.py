"""The main window: the two directions side by side, Start/Stop, live captions, status."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QFont, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from translator_gui import APP_NAME
from translator_gui.realtime.languages import Language
from translator_gui.ui.captions.live_panel import CaptionPanel
from translator_gui.ui.direction_row import ME_TO_THEM, THEM_TO_ME, DirectionRow
from translator_gui.ui.elided_label import ElidedLabel

STACK_BELOW_PX = 960
"""Narrower than this, the two directions stand one above the other (more, when larger text makes
them need more room side by side)."""


class MainWindow(QMainWindow):
    start_requested = Signal()
    stop_requested = Signal()
    key_dialog_requested = Signal()
    forget_key_requested = Signal()
    endpoint_dialog_requested = Signal()
    spending_cap_requested = Signal()
    refresh_devices_requested = Signal()
    mode_chosen = Signal(object)  # str | None: "translate" / "captions" / "interpret", None = automatic
    theme_chosen = Signal(str)  # "auto" (the system's colour scheme), "light" or "dark"
    ducking_chosen = Signal(float)  # 0 (off), -10 or -20: dB the meeting is lowered while a translation plays
    ui_language_chosen = Signal(object)  # str | None: a locale such as "de"; None = the system's
    close_requested = Signal()

    def __init__(self, languages: Sequence[Language], parent: QWidget | None = None, *,
                 ui_languages: Sequence[tuple[str, str]] = ()) -> None:
        """``ui_languages``: (locale, name) of each language the app can speak, for Settings → Language."""
        super().__init__(parent)
        self._ui_languages = tuple(ui_languages)
        self.setWindowTitle(APP_NAME)
        self.resize(1000, 700)
        self._running = False
        self._closing_allowed = False

        self.them = DirectionRow(THEM_TO_ME, languages, self)
        self.me = DirectionRow(ME_TO_THEM, languages, self)
        self.directions = (self.them, self.me)

        self.start_button = QPushButton(self.tr("Start"), self)
        self.start_button.setObjectName("startStop")
        self.start_button.setAccessibleName(self.tr("Start or stop translating"))
        self.start_button.setToolTip(self.tr("Start or stop translating (Ctrl+Enter)"))
        self.start_button.setShortcut(QKeySequence("Ctrl+Return"))
        self.start_button.setDefault(True)
        self.start_button.setMinimumSize(140, 48)  # the one thing to press: large, and first in sight
        start_font = QFont(self.start_button.font())
        start_font.setPointSizeF(start_font.pointSizeF() * 1.3)
        start_font.setBold(True)
        self.start_button.setFont(start_font)
        self.start_button.clicked.connect(self._toggle)

        self.captions = CaptionPanel(self)
        self.status_label = ElidedLabel(self.tr("Ready"), self)
        self.status_label.setObjectName("statusLine")
        self.status_label.setAccessibleName(self.tr("Status"))
        self.statusBar().addWidget(self.status_label, stretch=1)
        self.usage_label = QLabel("", self)
        self.usage_label.setObjectName("usageMeter")
        self.usage_label.setAccessibleName(self.tr("Minutes streamed and estimated cost"))
        self.statusBar().addPermanentWidget(self.usage_label)

        # Side by side on a wide window, one above the other on a narrow one (beside a meeting).
        self._rows = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self._rows.addWidget(self.them, stretch=1)
        self._rows.addWidget(self.me, stretch=1)
        top = QHBoxLayout()
        top.addLayout(self._rows, stretch=1)
        top.addWidget(self.start_button, alignment=Qt.AlignmentFlag.AlignTop)

        central = QWidget(self)
        layout = QVBoxLayout(central)
        self._outer = layout
        layout.addLayout(top)
        # The captions take the height that is left; on a short window (the directions stacked on a
        # laptop screen) wrapped live text scrolls instead of squeezing the drop-downs above it.
        area = QScrollArea(central)
        area.setObjectName("captionsArea")
        area.setAccessibleName(self.tr("Captions"))
        area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # not a stop of its own: Tab goes to what it holds
        area.setWidgetResizable(True)
        area.setFrameShape(QScrollArea.Shape.NoFrame)
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        area.setWidget(self.captions)
        bar = area.verticalScrollBar()  # when it scrolls, the live line at the bottom stays in sight
        bar.rangeChanged.connect(lambda _low, high: bar.setValue(high))
        layout.addWidget(area, stretch=1)
        self.setCentralWidget(central)
        self._build_menus()

    def _build_menus(self) -> None:
        """In the order desktops use: File, View, Settings, Help (Quit under File)."""
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.session_action = QAction(self.tr("Start translating"), self)
        self.session_action.triggered.connect(self._toggle)
        file_menu.addAction(self.session_action)
        self.past_sessions_action = QAction(self.tr("&Past sessions…"), self)
        self.past_sessions_action.setShortcut(QKeySequence("Ctrl+Shift+H"))
        file_menu.addAction(self.past_sessions_action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)  # macOS moves it to the application menu
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        self.view_menu = self.menuBar().addMenu(self.tr("&View"))
        self.overlay_action = QAction(self.tr("Caption &bar"), self)
        self.overlay_action.setCheckable(True)
        self.overlay_action.setShortcut(QKeySequence("Ctrl+Shift+B"))
        self.stable_action = QAction(self.tr("&Stable captions (completed lines only)"), self)
        self.stable_action.setCheckable(True)
        self.stable_action.setShortcut(QKeySequence("Ctrl+Shift+S"))
        self.caption_style_action = QAction(self.tr("Caption bar s&tyle…"), self)
        self.view_menu.addAction(self.overlay_action)
        self.view_menu.addAction(self.caption_style_action)
        self.view_menu.addAction(self.stable_action)
        self.view_menu.addSeparator()
        self.larger_text_action = QAction(self.tr("&Larger text"), self)
        self.larger_text_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.ZoomIn), QKeySequence("Ctrl+=")])
        self.smaller_text_action = QAction(self.tr("S&maller text"), self)
        self.smaller_text_action.setShortcut(QKeySequence.StandardKey.ZoomOut)
        self.default_text_action = QAction(self.tr("&Default text size"), self)
        self.default_text_action.setShortcut(QKeySequence("Ctrl+0"))
        for action in (self.larger_text_action, self.smaller_text_action, self.default_text_action):
            self.view_menu.addAction(action)
        self.view_menu.addSeparator()
        theme_menu = self.view_menu.addMenu(self.tr("T&heme"))
        self.theme_actions: dict[str, QAction] = {}
        themes = QActionGroup(self)
        for theme, label in (("auto", self.tr("&Automatic (as the system)")), ("light", self.tr("&Light")),
                             ("dark", self.tr("&Dark"))):
            action = QAction(label, self)
            action.setCheckable(True)
            action.triggered.connect(lambda _=False, theme=theme: self.theme_chosen.emit(theme))
            themes.addAction(action)
            theme_menu.addAction(action)
            self.theme_actions[theme] = action
        self.view_menu.addSeparator()

        settings_menu = self.menuBar().addMenu(self.tr("&Settings"))
        self.set_key_action = QAction(self.tr("&API key…"), self)
        self.set_key_action.triggered.connect(self.key_dialog_requested)
        self.forget_key_action = QAction(self.tr("&Forget API key"), self)
        self.forget_key_action.triggered.connect(self.forget_key_requested)
        settings_menu.addAction(self.set_key_action)
        settings_menu.addAction(self.forget_key_action)
        self.endpoint_action = QAction(self.tr("&Connection…"), self)
        self.endpoint_action.triggered.connect(self.endpoint_dialog_requested)
        settings_menu.addAction(self.endpoint_action)
        self.spending_cap_action = QAction(self.tr("Spending &cap…"), self)
        self.spending_cap_action.triggered.connect(self.spending_cap_requested)
        settings_menu.addAction(self.spending_cap_action)
        self.refresh_devices_action = QAction(self.tr("&Refresh devices"), self)
        self.refresh_devices_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        self.refresh_devices_action.triggered.connect(self.refresh_devices_requested)
        settings_menu.addAction(self.refresh_devices_action)
        mode_menu = settings_menu.addMenu(self.tr("Session &mode"))
        self.mode_actions: dict[str | None, QAction] = {}
        group = QActionGroup(self)
        for value, label in ((None, self.tr("&Automatic (by language)")), ("translate", self.tr("&Translate")),
                             ("interpret", self.tr("&Interpret")),
                             ("captions", self.tr("&Captions in the spoken language"))):
            action = QAction(label, self)
            action.setCheckable(True)
            action.triggered.connect(lambda _=False, value=value: self.mode_chosen.emit(value))
            group.addAction(action)
            mode_menu.addAction(action)
            self.mode_actions[value] = action
        self.ducking_actions: dict[float, QAction] = {}
        self.ducking_menu = settings_menu.addMenu(self.tr("Lower the meeting &during translations"))
        self.ducking_menu.setToolTipsVisible(True)
        lowered = QActionGroup(self)
        for db, label in ((0.0, self.tr("&Off")), (-10.0, self.tr("By &10 dB")), (-20.0, self.tr("By &20 dB"))):
            action = QAction(label, self)
            action.setCheckable(True)
            action.triggered.connect(lambda _=False, db=db: self.ducking_chosen.emit(db))
            lowered.addAction(action)
            self.ducking_menu.addAction(action)
            self.ducking_actions[db] = action
        self.ducking_unavailable: QWidgetAction | None = None  # the sentence that says why, where it cannot
        self._ducking_separator: QAction | None = None

        language_menu = settings_menu.addMenu(self.tr("&Language"))
        self.ui_language_actions: dict[str | None, QAction] = {}
        spoken = QActionGroup(self)
        choices: list[tuple[str | None, str]] = [(None, self.tr("&System language")), ("en", "English"),
                                                 *self._ui_languages]
        for code, name in choices:
            action = QAction(name, self)
            action.setCheckable(True)
            action.triggered.connect(lambda _=False, code=code: self.ui_language_chosen.emit(code))
            spoken.addAction(action)
            language_menu.addAction(action)
            self.ui_language_actions[code] = action

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About {app}").format(app=APP_NAME), self)
        about.setMenuRole(QAction.MenuRole.AboutRole)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

        toolbar = self.addToolBar(self.tr("Captions"))
        toolbar.setObjectName("captionsToolbar")
        toolbar.setMovable(False)
        toolbar.addAction(self.overlay_action)
        toolbar.addAction(self.stable_action)

    def add_overlay_actions(self, click_through: QAction, reset: QAction) -> None:
        click_through.setShortcut(QKeySequence("Ctrl+Shift+T"))  # the way back from click-through
        self.view_menu.addAction(click_through)
        self.view_menu.addAction(reset)
        self.addAction(click_through)  # the shortcut works whenever the main window has focus

    # -- state shown to the user ---------------------------------------------------------------

    def set_running(self, running: bool) -> None:
        """Whether any direction runs (each row shows its own state)."""
        self._running = running
        if not running:
            self.start_button.setToolTip(self.tr("Start or stop translating (Ctrl+Enter)"))
        self.start_button.setText(self.tr("Stop") if running else self.tr("Start"))
        self.start_button.setShortcut(QKeySequence("Ctrl+Return"))  # setText drops a button's shortcut
        self.session_action.setText(self.tr("Stop translating") if running else self.tr("Start translating"))

    def show_finishing(self) -> None:
        """After Stop, while the translation service still works through what it was sent: the button
        ends it now (what was not translated is said). ``set_running(False)`` ends this."""
        if not self._running:
            return
        self.start_button.setText(self.tr("Stop now"))
        self.start_button.setToolTip(self.tr("Stop now, without waiting for the rest of the translation "
                                             "(Ctrl+Enter)"))
        self.session_action.setText(self.tr("Stop now"))
        self.start_button.setShortcut(QKeySequence("Ctrl+Return"))  # setText drops a button's shortcut

    @property
    def running(self) -> bool:
        return self._running

    def set_status(self, text: str) -> None:
        self.status_label.set_full_text(text)

    def show_mode(self, mode: str | None) -> None:
        self.mode_actions.get(mode, self.mode_actions[None]).setChecked(True)

    def show_ducking(self, db: float) -> None:
        if (action := self.ducking_actions.get(db, self.ducking_actions.get(0.0))) is not None:
            action.setChecked(True)

    def offer_ducking(self, unavailable: str | None) -> None:
        """Where the meeting cannot be lowered, the choices are greyed out under the one sentence
        that says why (and what to do instead)."""
        for action in self.ducking_actions.values():
            action.setEnabled(unavailable is None)
            action.setToolTip(unavailable or "")
        if unavailable is None:
            for extra in (self.ducking_unavailable, self._ducking_separator):
                if extra is not None:
                    self.ducking_menu.removeAction(extra)
            self.ducking_unavailable = self._ducking_separator = None
            return
        if self.ducking_unavailable is None:
            # A sentence, wrapped: a plain menu entry is one line, cut off at the screen's edge.
            label = QLabel()
            label.setWordWrap(True)
            label.setMaximumWidth(self.fontMetrics().averageCharWidth() * 48)
            label.setContentsMargins(8, 4, 8, 4)
            label.setEnabled(False)
            self.ducking_unavailable = QWidgetAction(self)
            self.ducking_unavailable.setDefaultWidget(label)
            self.ducking_unavailable.setEnabled(False)
            first = self.ducking_menu.actions()[0]
            self.ducking_menu.insertAction(first, self.ducking_unavailable)
            self._ducking_separator = self.ducking_menu.insertSeparator(first)
        self.ducking_unavailable.setText(unavailable)
        shown = self.ducking_unavailable.defaultWidget()
        if isinstance(shown, QLabel):
            shown.setText(unavailable)

    def show_theme(self, theme: str) -> None:
        self.theme_actions.get(theme, self.theme_actions["auto"]).setChecked(True)

    def show_ui_language(self, code: str | None) -> None:
        self.ui_language_actions.get(code, self.ui_language_actions[None]).setChecked(True)

    def set_usage(self, text: str) -> None:
        self.usage_label.setText(text)

    def status(self) -> str:
        return self.status_label.full_text()

    def _side_by_side_width(self) -> int:
        """The narrowest window that holds both directions side by side at the current text size."""
        outer = self._outer
        margins = outer.contentsMargins()
        rows = sum(max(row.minimumSizeHint().width(), row.minimumWidth()) for row in (self.them, self.me))
        start = max(self.start_button.minimumSizeHint().width(), self.start_button.minimumWidth())
        return rows + start + 2 * max(outer.spacing(), 0) + margins.left() + margins.right()

    def resizeEvent(self, event: QResizeEvent) -> None:
        # A tenth more than the side-by-side minimum: a window at that minimum (which Qt would not
        # let the person make narrower) stacks, and can then be narrowed further.
        narrow = event.size().width() < max(STACK_BELOW_PX, self._side_by_side_width() * 11 // 10)
        wanted = QBoxLayout.Direction.TopToBottom if narrow else QBoxLayout.Direction.LeftToRight
        if self._rows.direction() != wanted:
            self._rows.setDirection(wanted)
        super().resizeEvent(event)

    def _toggle(self) -> None:
        (self.stop_requested if self._running else self.start_requested).emit()

    def _about(self) -> None:
        """Version, licence, the Qt/LGPL and open-source notices, and a button for the log folder."""
        from translator_gui.ui.dialogs.about import AboutDialog  # imported when first asked for

        self.about_dialog = AboutDialog(self)
        self.about_dialog.open()

    # -- closing -------------------------------------------------------------------------------

    def allow_close(self) -> None:
        self._closing_allowed = True

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._closing_allowed:
            event.accept()
            return
        # Let the controller close the session and save the transcript first.
        event.ignore()
        self.close_requested.emit()
