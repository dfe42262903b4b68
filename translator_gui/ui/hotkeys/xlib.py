"""libX11 through ctypes, as much of it as the X11 hotkey needs: the structures and signatures,
one checked batch of requests at a time (Xlib's process-wide error handler swapped in only for
that moment), connections whose breaking must not end the process, and the modifier map.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import threading
from collections.abc import Callable, Iterator
from functools import cache

# Xlib constants (X.h, keysymdef.h).
SHIFT_MASK = 1 << 0
LOCK_MASK = 1 << 1
CONTROL_MASK = 1 << 2
MOD1_MASK = 1 << 3
MOD4_MASK = 1 << 6
KEY_PRESS = 2
KEY_RELEASE = 3
GRAB_MODE_ASYNC = 1
BAD_ACCESS = 10
XK_NUM_LOCK = 0xFF7F
XK_ALT_L = 0xFFE9
XK_SUPER_L = 0xFFEB


class XErrorEvent(ctypes.Structure):
    _fields_ = (
        ("type", ctypes.c_int),
        ("display", ctypes.c_void_p),
        ("resourceid", ctypes.c_ulong),
        ("serial", ctypes.c_ulong),
        ("error_code", ctypes.c_ubyte),
        ("request_code", ctypes.c_ubyte),
        ("minor_code", ctypes.c_ubyte),
    )


class XKeyEvent(ctypes.Structure):
    _fields_ = (
        ("type", ctypes.c_int),
        ("serial", ctypes.c_ulong),
        ("send_event", ctypes.c_int),
        ("display", ctypes.c_void_p),
        ("window", ctypes.c_ulong),
        ("root", ctypes.c_ulong),
        ("subwindow", ctypes.c_ulong),
        ("time", ctypes.c_ulong),
        ("x", ctypes.c_int),
        ("y", ctypes.c_int),
        ("x_root", ctypes.c_int),
        ("y_root", ctypes.c_int),
        ("state", ctypes.c_uint),
        ("keycode", ctypes.c_uint),
        ("same_screen", ctypes.c_int),
    )


class XEvent(ctypes.Union):
    _fields_ = (("type", ctypes.c_int), ("xkey", XKeyEvent), ("pad", ctypes.c_long * 24))


class XModifierKeymap(ctypes.Structure):
    _fields_ = (("max_keypermod", ctypes.c_int), ("modifiermap", ctypes.POINTER(ctypes.c_ubyte)))


ERROR_HANDLER = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.POINTER(XErrorEvent))
IO_EXIT_HANDLER = ctypes.CFUNCTYPE(None, ctypes.c_void_p, ctypes.c_void_p)
IO_ERROR_HANDLER = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p)


class XlibMissing(Exception):
    pass


@cache
def xlib() -> ctypes.CDLL:
    """libX11 with the signatures this module uses; XlibMissing when the library is not installed."""
    name = ctypes.util.find_library("X11") or "libX11.so.6"
    try:
        lib = ctypes.CDLL(name)
    except OSError as exc:
        raise XlibMissing(str(exc)) from exc
    display = ctypes.c_void_p
    signatures: dict[str, tuple[list[type], type | None]] = {
        "XOpenDisplay": ([ctypes.c_char_p], display),
        "XCloseDisplay": ([display], ctypes.c_int),
        "XDefaultRootWindow": ([display], ctypes.c_ulong),
        "XConnectionNumber": ([display], ctypes.c_int),
        "XKeysymToKeycode": ([display, ctypes.c_ulong], ctypes.c_ubyte),
        "XGrabKey": (
            [display, ctypes.c_int, ctypes.c_uint, ctypes.c_ulong, ctypes.c_int, ctypes.c_int, ctypes.c_int],
            ctypes.c_int,
        ),
        "XUngrabKey": ([display, ctypes.c_int, ctypes.c_uint, ctypes.c_ulong], ctypes.c_int),
        "XSync": ([display, ctypes.c_int], ctypes.c_int),
        "XPending": ([display], ctypes.c_int),
        "XNextEvent": ([display, ctypes.POINTER(XEvent)], ctypes.c_int),
        "XSetErrorHandler": ([ERROR_HANDLER], ERROR_HANDLER),
        "XGetModifierMapping": ([display], ctypes.POINTER(XModifierKeymap)),
        "XFreeModifiermap": ([ctypes.POINTER(XModifierKeymap)], ctypes.c_int),
        "XkbSetDetectableAutoRepeat": ([display, ctypes.c_int, ctypes.POINTER(ctypes.c_int)], ctypes.c_int),
    }
    for fn_name, (argtypes, restype) in signatures.items():
        fn = getattr(lib, fn_name)
        fn.argtypes = argtypes
        fn.restype = restype
    lib.XSetIOErrorHandler.argtypes = [IO_ERROR_HANDLER]
    lib.XSetIOErrorHandler.restype = IO_ERROR_HANDLER
    with contextlib.suppress(AttributeError):  # libX11 before 1.7 lacks it
        lib.XSetIOErrorExitHandler.argtypes = [display, IO_EXIT_HANDLER, ctypes.c_void_p]
        lib.XSetIOErrorExitHandler.restype = None
    return lib


# A broken X connection is fatal by default: Xlib's I/O error handler (one per process) ends the
# process. For our own connections it must not — the app may not even be drawing on X11 — so a
# handler that lets ours pass is chained in front of whatever handler was installed before us;
# libX11 1.7+ then calls the per-display exit handler instead, which only marks the connection broken.
_io_lock = threading.Lock()
_own_displays: set[int] = set()
_io_chain: list[Callable[..., int] | None] = []  # [our handler, the previous one]


def _on_io_error(display: int | None) -> int:
    if display in _own_displays:
        return 0
    return int(_io_chain[1](display)) if len(_io_chain) > 1 and _io_chain[1] else 0


def own_io_errors(lib: ctypes.CDLL, display: int) -> bool:
    """Survive an I/O error on ``display``; False when this libX11 cannot (it would end the process)."""
    if not hasattr(lib, "XSetIOErrorExitHandler"):
        return False
    with _io_lock:
        if not _io_chain:
            handler = IO_ERROR_HANDLER(_on_io_error)
            _io_chain.extend([handler, lib.XSetIOErrorHandler(handler)])
        _own_displays.add(display)
    return True


def disown_io_errors(display: int) -> None:
    with _io_lock:
        _own_displays.discard(display)


# Xlib has one error handler for the whole process. Ours is installed only while a request batch
# of ours is being checked (under this lock), and errors on any other Display are passed on to
# whichever handler was there before.
_error_lock = threading.Lock()
# I/O error handlers of connections that broke; kept alive because Xlib may still point at them.
abandoned: list[object] = []


class _ErrorTrap:
    def __init__(self, display: int) -> None:
        self.display = display
        self.codes: list[int] = []
        self.previous: Callable[..., int] | None = None
        self.handler = ERROR_HANDLER(self._on_error)

    def _on_error(self, display: int | None, event: ctypes._Pointer[XErrorEvent]) -> int:
        if display == self.display:
            self.codes.append(int(event.contents.error_code))
            return 0
        if self.previous:
            return int(self.previous(display, event))
        return 0


@contextlib.contextmanager
def trapped_errors(lib: ctypes.CDLL, display: int) -> Iterator[_ErrorTrap]:
    """Collect the X errors of the requests sent inside the block (the block must end with XSync)."""
    with _error_lock:
        trap = _ErrorTrap(display)
        trap.previous = lib.XSetErrorHandler(trap.handler)
        try:
            yield trap
        finally:
            lib.XSetErrorHandler(trap.previous)


def modifier_masks(lib: ctypes.CDLL, display: int) -> dict[int, int]:
    """Which modifier bit each keysym of interest (Num Lock, Alt, Super) is bound to on this server."""
    wanted = {XK_NUM_LOCK: 0, XK_ALT_L: 0, XK_SUPER_L: 0}
    keycodes = {lib.XKeysymToKeycode(display, keysym): keysym for keysym in wanted}
    keycodes.pop(0, None)
    modmap = lib.XGetModifierMapping(display)
    if not modmap:
        return wanted
    try:
        per_mod = modmap.contents.max_keypermod
        for index in range(8 * per_mod):
            keysym = keycodes.get(modmap.contents.modifiermap[index])
            if keysym is not None and not wanted[keysym]:
                wanted[keysym] = 1 << (index // per_mod)
    finally:
        lib.XFreeModifiermap(modmap)
    return wanted
