"""The system-wide hotkey: real key grabs on a private X server (Xvfb), real key presses through
XTEST, and the plain sentences for the platforms that have no system-wide keys."""

from __future__ import annotations

import ctypes
import ctypes.util
import json
import os
import selectors
import shutil
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QObject
from pytestqt.qtbot import QtBot

from tests.testbed import PulseBed
from tests.ui.conftest import MakeApp
from translator_gui.ui.hotkeys.global_hotkey import GlobalHotkey
from translator_gui.ui.hotkeys.x11 import THREAD_NAME

HOTKEY = "Ctrl+Alt+Shift+C"
XK_C = 0x0063
XK_D = 0x0064
XK_CONTROL_L = 0xFFE3
XK_ALT_L = 0xFFE9
XK_SHIFT_L = 0xFFE1
CONTROL_MASK, SHIFT_MASK = 1 << 2, 1 << 0
CHORD = (XK_CONTROL_L, XK_ALT_L, XK_SHIFT_L, XK_C)

WAYLAND_SENTENCE = (
    "Wayland does not let applications take system-wide keys; use Ctrl+Shift+B while Translator has focus, "
    "or the tray menu."
)
TAKEN_SENTENCE = (
    "Ctrl+Alt+Shift+C is already used by another application; choose another combination, "
    "or use Ctrl+Shift+B while Translator has focus."
)


# --- a private X server -------------------------------------------------------------------------


@dataclass
class XServer:
    display: str  # the DISPLAY value, ":N"
    proc: subprocess.Popen[bytes]


@pytest.fixture
def xserver(tmp_path: Path) -> Iterator[XServer]:
    """A fresh Xvfb on a free display number."""
    exe = shutil.which("Xvfb")
    if exe is None:
        pytest.fail("Xvfb is missing: install the Debian package xvfb (tests/run.sh does)")
    log = tmp_path / "xvfb.log"
    read_fd, write_fd = os.pipe()
    with log.open("wb") as log_file:
        proc = subprocess.Popen(
            [exe, "-displayfd", str(write_fd), "-nolisten", "tcp", "-screen", "0", "640x480x24"],
            pass_fds=(write_fd,),
            stdin=subprocess.DEVNULL,
            stdout=log_file,
            stderr=subprocess.STDOUT,
        )
    os.close(write_fd)
    try:
        number = _read_display_number(read_fd, timeout_s=20.0)
        if number is None:
            pytest.fail(f"Xvfb did not start: {log.read_text(errors='replace')}")
        yield XServer(f":{number}", proc)
    finally:
        os.close(read_fd)
        if proc.poll() is None:
            proc.terminate()
        proc.wait(timeout=10)


def _read_display_number(fd: int, timeout_s: float) -> str | None:
    """Xvfb writes the display number and a newline to the -displayfd pipe once it accepts clients."""
    data = b""
    deadline = time.monotonic() + timeout_s
    with selectors.DefaultSelector() as selector:
        selector.register(fd, selectors.EVENT_READ)
        while b"\n" not in data:
            remaining = deadline - time.monotonic()
            if remaining <= 0 or not selector.select(remaining):
                return None
            chunk = os.read(fd, 64)
            if not chunk:  # Xvfb exited
                return None
            data += chunk
    return data.decode().strip()


class XClient:
    """Another X client on the same server: presses keys through XTEST, or holds a key grab itself."""

    def __init__(self, display: str) -> None:
        self.x11 = ctypes.CDLL(ctypes.util.find_library("X11") or "libX11.so.6")
        self.xtst = ctypes.CDLL(ctypes.util.find_library("Xtst") or "libXtst.so.6")
        self.x11.XOpenDisplay.argtypes = [ctypes.c_char_p]
        self.x11.XOpenDisplay.restype = ctypes.c_void_p
        self.x11.XCloseDisplay.argtypes = [ctypes.c_void_p]
        self.x11.XKeysymToKeycode.argtypes = [ctypes.c_void_p, ctypes.c_ulong]
        self.x11.XKeysymToKeycode.restype = ctypes.c_ubyte
        self.x11.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
        self.x11.XDefaultRootWindow.restype = ctypes.c_ulong
        self.x11.XGrabKey.argtypes = [
            ctypes.c_void_p,
            ctypes.c_int,
            ctypes.c_uint,
            ctypes.c_ulong,
            ctypes.c_int,
            ctypes.c_int,
            ctypes.c_int,
        ]
        self.x11.XSync.argtypes = [ctypes.c_void_p, ctypes.c_int]
        self.xtst.XTestFakeKeyEvent.argtypes = [ctypes.c_void_p, ctypes.c_uint, ctypes.c_int, ctypes.c_ulong]
        self.display = self.x11.XOpenDisplay(display.encode())
        assert self.display, f"cannot open X display {display}"

    def keycode(self, keysym: int) -> int:
        code = int(self.x11.XKeysymToKeycode(self.display, keysym))
        assert code, f"no key for keysym {keysym:#x}"
        return code

    def tap(self, *keysyms: int) -> None:
        """Press the keys in order, release them in reverse, and wait until the server has them."""
        codes = [self.keycode(k) for k in keysyms]
        for code in codes:
            self.xtst.XTestFakeKeyEvent(self.display, code, 1, 0)
        for code in reversed(codes):
            self.xtst.XTestFakeKeyEvent(self.display, code, 0, 0)
        self.x11.XSync(self.display, 0)

    def grab(self, keysym: int, modifiers: int) -> None:
        root = self.x11.XDefaultRootWindow(self.display)
        self.x11.XGrabKey(self.display, self.keycode(keysym), modifiers, root, 0, 1, 1)
        self.x11.XSync(self.display, 0)

    def close(self) -> None:
        self.x11.XCloseDisplay(self.display)


@pytest.fixture
def xclient(xserver: XServer) -> Iterator[XClient]:
    client = XClient(xserver.display)
    yield client
    client.close()


MakeHotkey = Callable[[], GlobalHotkey]


@pytest.fixture
def make_hotkey(xserver: XServer) -> Iterator[MakeHotkey]:
    """GlobalHotkeys on the private X server (Qt itself stays offscreen); given back before Xvfb stops."""
    made: list[GlobalHotkey] = []

    def make() -> GlobalHotkey:
        hotkey = GlobalHotkey(backend="x11", environ={"DISPLAY": xserver.display})
        made.append(hotkey)
        return hotkey

    yield make
    for hotkey in made:
        hotkey.unregister()
    assert listeners() == []


def listeners() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == THREAD_NAME and t.is_alive()]


class Hits:
    def __init__(self, hotkey: GlobalHotkey) -> None:
        self.threads: list[threading.Thread] = []
        hotkey.activated.connect(self._on_activated)

    def _on_activated(self) -> None:
        self.threads.append(threading.current_thread())

    def __len__(self) -> int:
        return len(self.threads)


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
