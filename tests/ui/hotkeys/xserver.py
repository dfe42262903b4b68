"""What the hotkey tests share: the combination they take, a private X server (Xvfb), another X
client that presses keys through XTEST or holds a grab, and a count of the presses delivered."""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import selectors
import subprocess
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

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


@dataclass
class XServer:
    display: str  # the DISPLAY value, ":N"
    proc: subprocess.Popen[bytes]


def read_display_number(fd: int, timeout_s: float) -> str | None:
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


MakeHotkey = Callable[[], GlobalHotkey]


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
