"""The main window for people who read captions: text at the size they choose, the source line at
AA contrast, a window that fits beside a meeting, menus where desktops put them, a status line
that never makes the window jump."""

from __future__ import annotations

from PySide6.QtGui import QFont, QKeySequence, QPalette
from PySide6.QtWidgets import QApplication, QMenu, QSizePolicy, QWidget
from pytestqt.qtbot import QtBot

from tests.testbed import PulseBed
from tests.ui.conftest import MakeApp
from translator_gui.realtime.languages import ALL_TARGETS
from translator_gui.settings import CAPTION_TEXT_SIZE_DEFAULT, Settings
from translator_gui.ui.captions.contrast import contrast_ratio
from translator_gui.ui.main_window import MainWindow


def test_caption_text_grows_and_shrinks_and_is_remembered(make_app: MakeApp, pulse: PulseBed) -> None:
    app = make_app(show=False)
    live = app.window.captions.live[next(iter(app.window.captions.live))]
    assert app.window.captions.text_size() == CAPTION_TEXT_SIZE_DEFAULT
    before = live.translation.font().pointSizeF()
    for _ in range(3):
        app.window.larger_text_action.trigger()
    assert app.window.captions.text_size() == CAPTION_TEXT_SIZE_DEFAULT + 6
    assert live.translation.font().pointSizeF() > before
    assert app.window.captions.history.table.font().pointSize() == CAPTION_TEXT_SIZE_DEFAULT + 6
    assert Settings(app.settings.path).caption_text_size == CAPTION_TEXT_SIZE_DEFAULT + 6
    app.window.smaller_text_action.trigger()
    assert app.window.captions.text_size() == CAPTION_TEXT_SIZE_DEFAULT + 4
    app.window.default_text_action.trigger()
    assert app.window.captions.text_size() == CAPTION_TEXT_SIZE_DEFAULT


def test_the_source_line_has_aa_contrast(make_app: MakeApp, pulse: PulseBed) -> None:
    app = make_app(show=False)
    for line in app.window.captions.live.values():
        line.show_text("Hallo zusammen", "Hello everyone")
        palette = line.source.palette()
        text = palette.color(line.source.foregroundRole())
        background = palette.color(QPalette.ColorRole.Window)
        assert contrast_ratio(text, background) >= 4.5


def test_the_window_fits_beside_a_meeting_on_a_laptop(make_app: MakeApp, pulse: PulseBed, qtbot: QtBot) -> None:
    app = make_app(show=False)
    window = app.window
    window.show()
    window.resize(900, 700)  # narrower than two directions side by side: they stand one above the other
    QApplication.processEvents()
    qtbot.wait_until(lambda: window.minimumSizeHint().width() < 800)
    # As a person drags the edge: the window follows once the stacked layout took effect.
    qtbot.wait_until(lambda: window.resize(760, 700) or window.width() == 760)


def test_menus_are_in_desktop_order_with_quit_under_file(make_app: MakeApp, pulse: PulseBed) -> None:
    app = make_app(show=False)
    # The list holds the actions' wrappers: under PySide6 6.8.0 a menu taken from a temporary one is deleted with it.
    actions = app.window.menuBar().actions()
    assert [action.text().replace("&", "") for action in actions] == ["File", "View", "Settings", "Help"]
    file_menu = actions[0].menu()
    assert isinstance(file_menu, QMenu)
    assert [a.text().replace("&", "") for a in file_menu.actions() if a.text()][-1] == "Quit"


def test_a_long_status_message_does_not_make_the_window_jump(make_app: MakeApp, pulse: PulseBed) -> None:
    app = make_app(show=False)
    window = app.window
    window.show()
    QApplication.processEvents()
    height, width = window.statusBar().height(), window.width()
    message = "The sound device “USB Headset” stopped working (unplugged?). " * 6
    window.set_status(message)
    QApplication.processEvents()
    assert (window.statusBar().height(), window.width()) == (height, width)
    assert window.status() == message and window.status_label.toolTip() == message
    assert window.status_label.text().endswith("…")


def test_text_at_200_percent_fits_a_laptop_screen(make_app: MakeApp, pulse: PulseBed, qtbot: QtBot) -> None:
    """Twice the text size (a person's system setting): the window still fits 1366 px, the directions
    stacked, and every visible control keeps at least its minimum size (nothing clipped)."""
    qapp = QApplication.instance()
    assert isinstance(qapp, QApplication)
    normal = qapp.font()
    large = QFont(normal)
    large.setPointSizeF(normal.pointSizeF() * 2)
    qapp.setFont(large)
    try:
        app = make_app(show=False)
        window = app.window
        window.show()
        # As a window manager does for a window as wide as the screen: asks, and asks again.
        qtbot.wait_until(lambda: window.resize(1366, 768) or window.width() == 1366)
        widgets = [w for w in window.findChildren(QWidget) if w.isVisible() and w.layout() is None]
        ignored = QSizePolicy.Policy.Ignored
        clipped = [w.objectName() or type(w).__name__ for w in widgets
                   if w.width() < w.minimumSizeHint().width() and w.sizePolicy().horizontalPolicy() != ignored]
        assert clipped == []
    finally:
        qapp.setFont(normal)


def test_ctrl_enter_starts_and_stops_again_and_again(qtbot: QtBot) -> None:
    """The button's text changes with every Start and Stop, and Qt drops a button's shortcut with its
    old text: the shortcut must survive each change (pressing it is the same click either way)."""
    window = MainWindow(ALL_TARGETS)
    qtbot.addWidget(window)
    asked: list[str] = []
    window.start_requested.connect(lambda: asked.append("start"))
    window.stop_requested.connect(lambda: asked.append("stop"))
    for running in (False, True, False, True):
        window.set_running(running)  # what the meeting reports after each press
        assert window.start_button.shortcut() == QKeySequence("Ctrl+Return")
        window.start_button.click()  # what the shortcut does
    assert asked == ["start", "stop", "start", "stop"]
