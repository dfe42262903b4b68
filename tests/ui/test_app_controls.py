"""Controls around the captions: stable view, session mode, spending cap, tray, keyboard access."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QInputDialog, QWidget
from pytestqt.qtbot import QtBot

from tests.testbed import PulseBed
from tests.ui.conftest import MakeApp
from translator_gui.side import Side
from translator_gui.transcript.segment import Segment


def test_stable_view_shows_completed_lines_only(make_app: MakeApp, pulse: PulseBed) -> None:
    app = make_app(show=False)
    bridge = app.controller.bridge
    bridge.live_caption_changed.emit("Hola a to", "Hello every", Side.THEM)
    assert app.window.captions.translation.text() == "Hola a to"

    app.window.stable_action.setChecked(True)
    assert app.settings.stable_captions
    assert app.window.captions.translation.text() == ""
    bridge.live_caption_changed.emit("Hola a todos, bienve", "Hello everyone, wel", Side.THEM)
    assert app.window.captions.translation.text() == "", "text still being spoken must not show"
    assert app.overlay.shown_lines() == []
    bridge.segment_completed.emit(Segment(0.0, 1.5, "Hello everyone.", "Hola a todos.", "es"))
    assert app.window.captions.translation.text() == "Hola a todos."
    assert app.overlay.shown_lines() == ["Hola a todos."]


def test_session_mode_menu_is_remembered_and_checked(make_app: MakeApp, pulse: PulseBed) -> None:
    app = make_app(show=False)
    assert app.window.mode_actions[None].isChecked()
    app.window.mode_actions["captions"].trigger()
    assert app.settings.session_mode == "captions"
    second = make_app(show=False)
    assert second.window.mode_actions["captions"].isChecked()


def test_a_mode_that_cannot_produce_the_language_is_a_sentence(
    make_app: MakeApp, pulse: PulseBed, qtbot: QtBot
) -> None:
    app = make_app(show=False)
    app.window.them.language.set_code("ar")
    app.window.mode_actions["translate"].trigger()
    app.meeting.spawn(app.meeting.start())
    qtbot.wait_until(lambda: "can't produce Arabic" in app.window.status(), timeout=5_000)
    assert not app.meeting.running


def test_spending_cap_is_set_from_a_non_blocking_dialog(make_app: MakeApp, pulse: PulseBed, qtbot: QtBot) -> None:
    app = make_app(show=False)
    app.window.spending_cap_action.trigger()
    dialog = app.window.findChild(QInputDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.setDoubleValue(2.5)
    dialog.accept()
    assert app.settings.spending_cap == 2.5
    assert "$2.50" in app.window.status()


def test_tray_menu_offers_captions_click_through_and_quit(make_app: MakeApp, pulse: PulseBed) -> None:
    app = make_app(show=False)
    texts = [a.text() for a in app.tray.menu.actions() if not a.isSeparator()]
    assert app.window.overlay_action.text() in texts
    assert app.overlay.click_through_action.text() in texts
    assert "&Quit" in texts and "Start translating" in texts
    assert not app.tray.icon().isNull()


def spoken_name(widget: QWidget) -> str:
    """What a screen reader announces: the accessible name, else a button's own text."""
    if widget.accessibleName():
        return widget.accessibleName()
    if isinstance(widget, QAbstractButton):
        return widget.text().replace("&", "")
    return ""


def test_every_control_has_a_name_and_is_reachable_by_keyboard(
    make_app: MakeApp, pulse: PulseBed, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test")  # no key dialog on top of the window
    app = make_app()
    window = app.window
    QApplication.processEvents()
    focusable = [
        w for w in window.findChildren(QWidget)
        if w.isVisibleTo(window) and w.focusPolicy() & Qt.FocusPolicy.TabFocus
        and w.objectName() != "qt_scrollarea_viewport"
        and not isinstance(w.parentWidget(), QComboBox)  # a drop-down's line edit is part of the drop-down
    ]
    assert len(focusable) >= 5
    unnamed = [type(w).__name__ for w in focusable if not spoken_name(w)]
    assert not unnamed, f"controls without an accessible name: {unnamed}"
    # Tab walks through every one of them.
    window.activateWindow()
    window.them.language.setFocus()
    seen: set[int] = set()
    for _ in range(len(focusable) * 3):
        seen.add(id(QApplication.focusWidget()))
        window.focusNextChild()
    missing = [f"{type(w).__name__}:{w.objectName()}:{spoken_name(w)}" for w in focusable if id(w) not in seen
               and not any(id(child) in seen for child in w.findChildren(QWidget))]
    assert not missing, f"not reachable with Tab: {missing}"


def test_caption_bar_style_is_previewed_kept_on_ok_and_undone_on_cancel(make_app: MakeApp, pulse: PulseBed) -> None:
    app = make_app(show=False)
    before = app.overlay.style_settings
    app.window.caption_style_action.trigger()
    dialog = app._style_dialog
    assert dialog is not None and dialog.isVisible()
    assert app.overlay.contextMenuPolicy() == Qt.ContextMenuPolicy.NoContextMenu  # one place edits the style
    dialog.font_size.setValue(before.font_size + 10)
    assert app.overlay.style_settings.font_size == before.font_size + 10  # seen on the bar at once…
    assert app.settings.overlay_font_size == before.font_size  # …but not kept until OK
    dialog.reject()
    assert app.overlay.style_settings == before
    assert app._style_dialog is None
    assert app.overlay.contextMenuPolicy() == Qt.ContextMenuPolicy.DefaultContextMenu

    app.window.caption_style_action.trigger()
    dialog = app._style_dialog
    assert dialog is not None
    dialog.font_size.setValue(40)
    dialog.accept()
    assert app.overlay.style_settings.font_size == 40
    assert app.settings.overlay_font_size == 40
    assert app.window.caption_style_action in app.tray.menu.actions()


def test_me_lines_are_labelled_and_stay_off_the_caption_bar_while_them_runs(make_app: MakeApp, pulse: PulseBed) -> None:
    app = make_app(show=False)
    app.controller.bridge.live_caption_changed.emit("I am speaking", "Ich spreche", Side.ME)
    assert app.window.captions.live[Side.ME].translation.text() == "I am speaking"
    assert app.window.captions.translation.text() == ""  # the meeting's line is another line
    assert app.overlay.shown_lines() == []  # the bar follows Them → me unless only Me → them runs
    app.controller.bridge.live_caption_changed.emit("Hola a todos", "Hello everyone", Side.THEM)
    assert app.overlay.shown_lines() == ["Hola a"]  # finished words only, as for every live line
    app.window.captions.set_speakers({Side.THEM, Side.ME})
    assert not app.window.captions.live[Side.ME].who.isHidden()
    assert app.window.captions.live[Side.ME].who.text() == "Me"
    app.window.captions.set_speakers({Side.THEM})
    assert app.window.captions.live[Side.ME].isHidden() and app.window.captions.live[Side.THEM].who.isHidden()
