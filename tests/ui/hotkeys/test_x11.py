"""The X11 backend through GlobalHotkey: real key grabs on a private X server (Xvfb), real key
presses through XTEST, Caps Lock and Num Lock, a grab another client holds, and the server going away."""

from __future__ import annotations

import threading

from PySide6.QtCore import QCoreApplication, QObject
from pytestqt.qtbot import QtBot

from tests.ui.hotkeys.xserver import (
    CHORD,
    CONTROL_MASK,
    HOTKEY,
    SHIFT_MASK,
    TAKEN_SENTENCE,
    XK_ALT_L,
    XK_C,
    XK_CONTROL_L,
    XK_D,
    XK_SHIFT_L,
    Hits,
    MakeHotkey,
    XClient,
    XServer,
    listeners,
)
from translator_gui.ui.hotkeys.global_hotkey import GlobalHotkey

# --- X11: real grabs, real presses ------------------------------------------------------------------


def test_each_real_press_fires_once_on_the_gui_thread(qtbot: QtBot, make_hotkey: MakeHotkey, xclient: XClient) -> None:
    hotkey = make_hotkey()
    hits = Hits(hotkey)
    assert hotkey.register(HOTKEY), hotkey.problem
    assert hotkey.problem is None
    assert hotkey.sequence == HOTKEY
    assert len(listeners()) == 1

    for n in (1, 2, 3):
        xclient.tap(*CHORD)
        qtbot.wait_until(lambda n=n: len(hits) >= n)  # type: ignore[misc]
        assert len(hits) == n

    # Other combinations of the same letter are not ours; then one more real press.
    xclient.tap(XK_C)
    xclient.tap(XK_CONTROL_L, XK_ALT_L, XK_C)
    xclient.tap(XK_CONTROL_L, XK_ALT_L, XK_SHIFT_L, XK_D)
    xclient.tap(*CHORD)
    qtbot.wait_until(lambda: len(hits) >= 4)

    # The listener has read everything the server sent before it stopped; whatever it reported is
    # queued for the GUI thread, so once the queue is empty the count is final.
    hotkey.unregister()
    QCoreApplication.processEvents()
    assert len(hits) == 4
    assert all(t is threading.main_thread() for t in hits.threads)


def test_caps_lock_and_num_lock_do_not_hide_the_hotkey(qtbot: QtBot, make_hotkey: MakeHotkey, xclient: XClient) -> None:
    hotkey = make_hotkey()
    hits = Hits(hotkey)
    assert hotkey.register(HOTKEY), hotkey.problem
    caps_lock, num_lock = 0xFFE5, 0xFF7F
    xclient.tap(caps_lock)  # Caps Lock on
    xclient.tap(*CHORD)
    qtbot.wait_until(lambda: len(hits) >= 1)
    xclient.tap(caps_lock)  # off again
    xclient.tap(num_lock)
    xclient.tap(*CHORD)
    qtbot.wait_until(lambda: len(hits) >= 2)
    xclient.tap(num_lock)


def test_a_combination_held_by_another_application_is_refused(make_hotkey: MakeHotkey, xclient: XClient) -> None:
    first = make_hotkey()
    assert first.register(HOTKEY), first.problem

    second = make_hotkey()  # its own X connection: another client as far as the server is concerned
    assert second.register(HOTKEY) is False
    assert second.problem == TAKEN_SENTENCE
    assert second.sequence is None
    assert len(listeners()) == 1  # the refused one left nothing running

    # The same when a program that is not Translator holds it.
    xclient.grab(XK_D, CONTROL_MASK | SHIFT_MASK)
    third = make_hotkey()
    assert third.register("Ctrl+Shift+D") is False
    assert third.problem is not None
    assert third.problem.startswith("Ctrl+Shift+D is already used by another application;")


def test_unregister_releases_the_grab_and_ends_the_listener(
    qtbot: QtBot, make_hotkey: MakeHotkey, xclient: XClient
) -> None:
    first = make_hotkey()
    first_hits = Hits(first)
    assert first.register(HOTKEY), first.problem
    assert len(listeners()) == 1

    first.unregister()
    assert listeners() == []
    assert first.sequence is None
    assert first.problem is None

    second = make_hotkey()
    second_hits = Hits(second)
    assert second.register(HOTKEY), second.problem
    xclient.tap(*CHORD)
    qtbot.wait_until(lambda: len(second_hits) == 1)
    assert len(first_hits) == 0

    # Registering again swaps the combination: the old one is given back, one listener remains.
    assert second.register("Ctrl+Alt+Shift+D"), second.problem
    assert len(listeners()) == 1
    assert first.register(HOTKEY), first.problem


def test_unregister_twice_and_without_register_is_harmless(make_hotkey: MakeHotkey) -> None:
    hotkey = make_hotkey()
    hotkey.unregister()
    assert hotkey.register(HOTKEY), hotkey.problem
    hotkey.unregister()
    hotkey.unregister()
    assert listeners() == []


def test_the_x_server_going_away_ends_the_listener_not_the_app(
    qtbot: QtBot, make_hotkey: MakeHotkey, xserver: XServer
) -> None:
    hotkey = make_hotkey()
    assert hotkey.register(HOTKEY), hotkey.problem
    xserver.proc.kill()
    xserver.proc.wait(timeout=10)
    qtbot.wait_until(lambda: listeners() == [])
    hotkey.unregister()
    assert hotkey.sequence is None


def test_deleting_the_owner_gives_the_key_back(qtbot: QtBot, xserver: XServer) -> None:
    owner = QObject()
    hotkey = GlobalHotkey(owner, backend="x11", environ={"DISPLAY": xserver.display})
    assert hotkey.register(HOTKEY), hotkey.problem
    assert len(listeners()) == 1
    owner.deleteLater()
    qtbot.wait_until(lambda: listeners() == [])
    again = GlobalHotkey(backend="x11", environ={"DISPLAY": xserver.display})
    assert again.register(HOTKEY), again.problem
    again.unregister()
