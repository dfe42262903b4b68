"""The system-wide hotkey: which backend each platform gets, the plain sentences where there is no
system-wide key, Qt on X11 itself, and the app showing its caption bar from anywhere. (The X11
backend's grabs and presses: test_x11.py.)"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

from tests.testbed import PulseBed
from tests.ui.conftest import MakeApp
from tests.ui.hotkeys.xserver import (
    CHORD,
    HOTKEY,
    TAKEN_SENTENCE,
    WAYLAND_SENTENCE,
    MakeHotkey,
    XClient,
    XServer,
    listeners,
)
from translator_gui.ui.hotkeys.global_hotkey import GlobalHotkey

# --- where there is no system-wide key -------------------------------------------------------------


@pytest.mark.usefixtures("qapp")
@pytest.mark.parametrize(
    ("platform_name", "backend", "environ"),
    [
        ("wayland", "auto", {"XDG_SESSION_TYPE": "wayland", "WAYLAND_DISPLAY": "wayland-0", "DISPLAY": ":0"}),
        ("offscreen", "auto", {"XDG_SESSION_TYPE": "wayland"}),
        ("offscreen", "x11", {"XDG_SESSION_TYPE": "wayland", "WAYLAND_DISPLAY": "wayland-0"}),
        ("xcb", "auto", {"WAYLAND_DISPLAY": "wayland-0"}),
    ],
)
def test_wayland_says_so(platform_name: str, backend: str, environ: dict[str, str]) -> None:
    hotkey = GlobalHotkey(platform_name=platform_name, backend=backend, environ=environ)  # type: ignore[arg-type]
    assert not hotkey.available
    assert hotkey.problem == WAYLAND_SENTENCE
    assert hotkey.register(HOTKEY) is False
    assert hotkey.problem == WAYLAND_SENTENCE
    assert listeners() == []


@pytest.mark.usefixtures("qapp")
def test_no_display_says_so() -> None:
    hotkey = GlobalHotkey(platform_name="xcb", environ={})
    assert hotkey.problem == (
        "There is no X display to take a system-wide key from (DISPLAY is not set); "
        "use Ctrl+Shift+B while Translator has focus, or the tray menu."
    )
    assert hotkey.register(HOTKEY) is False
    assert hotkey.problem is not None


@pytest.mark.usefixtures("qapp")
def test_an_unreachable_display_says_so(tmp_path: Path) -> None:
    display = f"unix:{tmp_path / 'no-such-socket'}"  # nothing listens there
    hotkey = GlobalHotkey(backend="x11", environ={"DISPLAY": display})
    assert hotkey.available
    assert hotkey.register(HOTKEY) is False
    assert hotkey.problem is not None
    assert hotkey.problem.startswith(f"Translator could not reach the display ({display})")
    assert listeners() == []


@pytest.mark.usefixtures("qapp")
def test_other_qt_platforms_and_macos_say_so() -> None:
    offscreen = GlobalHotkey(platform_name="offscreen", environ={"DISPLAY": ":0"})
    assert offscreen.problem == (
        "The display system in use (offscreen) offers no system-wide keys; "
        "use Ctrl+Shift+B while Translator has focus, or the tray menu."
    )
    assert offscreen.register(HOTKEY) is False


def test_sentences_for_combinations_that_cannot_be_taken(make_hotkey: MakeHotkey) -> None:
    hotkey = make_hotkey()
    assert hotkey.register("Ctrl+X, Ctrl+C") is False
    assert hotkey.problem is not None
    assert hotkey.problem.startswith("“Ctrl+X, Ctrl+C” is not a single key combination;")
    assert hotkey.register("Shift+C") is False
    assert hotkey.problem == (
        "Shift+C would take that key away from typing in every application; add Ctrl, Alt or Meta to the combination."
    )
    assert hotkey.register("F12"), hotkey.problem  # function keys alone are fine
    assert listeners() != []


@pytest.mark.usefixtures("qapp")
def test_macos_says_so(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.platform", "darwin")
    hotkey = GlobalHotkey(platform_name="cocoa", environ={})
    monkeypatch.undo()
    assert hotkey.problem == (
        "This version of Translator has no system-wide hotkey on macOS; use the menu-bar icon, "
        "or Ctrl+Shift+B while Translator has focus."
    )
    assert hotkey.register(HOTKEY) is False


# --- the real thing: Qt on X11 itself --------------------------------------------------------------


def xcb_child() -> None:
    """Run in a child process with QT_QPA_PLATFORM=xcb: the app's own set-up, then one real press."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    result: dict[str, object] = {"platform": app.platformName()}
    hotkey = GlobalHotkey()
    result["registered"] = hotkey.register(HOTKEY)
    other = GlobalHotkey()
    result["second"] = other.register(HOTKEY)
    result["second_problem"] = other.problem
    hits: list[int] = []

    def on_activated() -> None:
        hits.append(1)
        app.quit()

    hotkey.activated.connect(on_activated)
    client = XClient(os.environ["DISPLAY"])
    QTimer.singleShot(0, lambda: client.tap(*CHORD))
    QTimer.singleShot(15_000, lambda: app.exit(3))
    result["exit"] = app.exec()
    result["hits"] = len(hits)
    hotkey.unregister()
    result["listeners_after"] = len(listeners())
    client.close()
    print(json.dumps(result))


def test_on_the_xcb_platform_the_hotkey_is_chosen_and_works(xserver: XServer) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb", "DISPLAY": xserver.display}
    env.pop("WAYLAND_DISPLAY", None)
    env.pop("XDG_SESSION_TYPE", None)
    root = Path(__file__).resolve().parents[3]
    proc = subprocess.run(
        [sys.executable, "-c", "from tests.ui.hotkeys.test_global_hotkey import xcb_child; xcb_child()"],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    assert result == {
        "platform": "xcb",
        "registered": True,
        "second": False,
        "second_problem": TAKEN_SENTENCE,
        "exit": 0,
        "hits": 1,
        "listeners_after": 0,
    }, proc.stderr


def test_the_app_shows_and_hides_its_caption_bar_from_anywhere(
    qtbot: QtBot, xserver: XServer, xclient: XClient, make_app: MakeApp, pulse: PulseBed,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The real app, its hotkey on a real X server (Qt itself stays offscreen): a press anywhere
    toggles the caption bar, the View menu turns the hotkey off, and quitting gives the key back."""
    import translator_gui.app as app_module

    def on_this_display(parent: QObject | None = None) -> GlobalHotkey:
        return GlobalHotkey(parent, backend="x11", environ={"DISPLAY": xserver.display})

    monkeypatch.setattr(app_module, "GlobalHotkey", on_this_display)
    app = make_app(show=False)
    assert app.global_hotkey_action.isEnabled() and app.global_hotkey_action.isChecked()
    app.show()
    assert app.global_hotkey.sequence == app.settings.global_hotkey == HOTKEY
    shown = app.overlay.isVisible()
    xclient.tap(*CHORD)
    qtbot.wait_until(lambda: app.overlay.isVisible() is not shown)
    assert app.window.overlay_action.isChecked() is not shown
    xclient.tap(*CHORD)
    qtbot.wait_until(lambda: app.overlay.isVisible() is shown)

    app.global_hotkey_action.setChecked(False)
    assert not app.settings.global_hotkey_enabled and app.global_hotkey.sequence is None
    assert "hotkey off" in app.window.status()
    other = GlobalHotkey(backend="x11", environ={"DISPLAY": xserver.display})
    assert other.register(HOTKEY), other.problem  # the key is free again
    other.unregister()


@pytest.mark.usefixtures("qapp")
def test_where_there_is_none_the_app_says_why(make_app: MakeApp, pulse: PulseBed) -> None:
    app = make_app(show=False)  # Qt's offscreen platform: no system-wide keys
    assert not app.global_hotkey_action.isEnabled()
    assert "system-wide" in app.global_hotkey_action.toolTip()
