"""System-wide hotkey on X11: a passive key grab on the root window, over libX11 via ctypes
(:mod:`translator_gui.ui.hotkeys.xlib`).

The backend opens a Display connection of its own and uses it from one thread only — a listener
thread that grabs the key, waits on the connection's socket (and on a pipe that asks it to stop),
reports each press, and on the way out releases the grab and closes the connection. Nothing of it
shares state with Qt's own X connection, except Xlib's process-wide error handler, which is swapped
in only for the moment our requests are checked and handed straight back.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import selectors
import threading
from collections.abc import Callable

from PySide6.QtCore import Qt

from translator_gui.ui.hotkeys.base import Chord, Reason, Refusal, modifier_mask
from translator_gui.ui.hotkeys.xlib import (
    BAD_ACCESS,
    CONTROL_MASK,
    GRAB_MODE_ASYNC,
    IO_EXIT_HANDLER,
    KEY_PRESS,
    KEY_RELEASE,
    LOCK_MASK,
    MOD1_MASK,
    MOD4_MASK,
    SHIFT_MASK,
    XK_ALT_L,
    XK_NUM_LOCK,
    XK_SUPER_L,
    XEvent,
    XlibMissing,
    abandoned,
    disown_io_errors,
    modifier_masks,
    own_io_errors,
    trapped_errors,
    xlib,
)

THREAD_NAME = "translator-hotkey-x11"
REPEAT_GAP_MS = 1000  # longer than any auto-repeat delay
START_TIMEOUT_S = 10.0

_XK_SPECIAL: dict[int, int] = {
    Qt.Key.Key_Escape.value: 0xFF1B,
    Qt.Key.Key_Tab.value: 0xFF09,
    Qt.Key.Key_Backspace.value: 0xFF08,
    Qt.Key.Key_Return.value: 0xFF0D,
    Qt.Key.Key_Enter.value: 0xFF8D,
    Qt.Key.Key_Insert.value: 0xFF63,
    Qt.Key.Key_Delete.value: 0xFFFF,
    Qt.Key.Key_Pause.value: 0xFF13,
    Qt.Key.Key_Print.value: 0xFF61,
    Qt.Key.Key_ScrollLock.value: 0xFF14,
    Qt.Key.Key_Home.value: 0xFF50,
    Qt.Key.Key_End.value: 0xFF57,
    Qt.Key.Key_Left.value: 0xFF51,
    Qt.Key.Key_Up.value: 0xFF52,
    Qt.Key.Key_Right.value: 0xFF53,
    Qt.Key.Key_Down.value: 0xFF54,
    Qt.Key.Key_PageUp.value: 0xFF55,
    Qt.Key.Key_PageDown.value: 0xFF56,
    Qt.Key.Key_Menu.value: 0xFF67,
    Qt.Key.Key_Space.value: 0x0020,
}


def keysym_for(key: int) -> int | None:
    """The X keysym for a ``Qt.Key`` value, or None when there is no plain equivalent."""
    if key in _XK_SPECIAL:
        return _XK_SPECIAL[key]
    f1, f35 = Qt.Key.Key_F1.value, Qt.Key.Key_F35.value
    if f1 <= key <= f35:
        return 0xFFBE + (key - f1)
    if ord("A") <= key <= ord("Z"):
        return key + 0x20  # X names letters by their lower-case keysym
    if 0x21 <= key <= 0x7E or 0xA0 <= key <= 0xFF:
        return key  # Latin-1: Qt key and keysym coincide
    return None


def x_modifiers(chord: Chord, alt_mask: int, super_mask: int) -> int:
    return modifier_mask(chord, ctrl=CONTROL_MASK, alt=alt_mask, shift=SHIFT_MASK, meta=super_mask)


class X11Backend:
    """Holds one key combination on the X display ``display_name`` while started."""

    def __init__(self, display_name: str) -> None:
        self.display_name = display_name
        self._thread: threading.Thread | None = None
        self._stop_w = -1
        self._ready = threading.Event()
        self._refusal: Refusal | None = None
        self._cancelled = False

    def start(self, chord: Chord, on_press: Callable[[], None]) -> Refusal | None:
        if self._thread is not None:
            raise RuntimeError("X11Backend.start called twice")
        try:
            lib = xlib()
        except XlibMissing as exc:
            return Refusal(Reason.NO_DISPLAY, f"libX11 is not installed ({exc})")
        keysym = keysym_for(chord.key)
        if keysym is None:
            return Refusal(Reason.NO_KEY)
        stop_r, self._stop_w = os.pipe()
        self._ready.clear()
        self._refusal = None
        self._cancelled = False
        thread = threading.Thread(
            target=self._run, args=(lib, chord, keysym, on_press, stop_r), name=THREAD_NAME, daemon=True
        )
        self._thread = thread
        thread.start()
        if not self._ready.wait(START_TIMEOUT_S):
            self._cancelled = True
            self.stop()
            return Refusal(Reason.FAILED, "the X server did not answer")
        if self._refusal is not None:
            refusal = self._refusal
            self.stop()
            return refusal
        return None

    def stop(self) -> None:
        thread, self._thread = self._thread, None
        if thread is None:
            return
        with contextlib.suppress(OSError):
            os.write(self._stop_w, b"x")
        thread.join(START_TIMEOUT_S)
        # The listener closes the read end itself; closing the write end also wakes it (end of file)
        # should it still be stuck in the X server's answer.
        os.close(self._stop_w)
        self._stop_w = -1

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    # --- the listener thread: the only user of its Display -------------------------------------

    def _run(self, lib: ctypes.CDLL, chord: Chord, keysym: int, on_press: Callable[[], None], stop_r: int) -> None:
        try:
            self._run_display(lib, chord, keysym, on_press, stop_r)
        finally:
            os.close(stop_r)
            self._ready.set()  # also when something unexpected went wrong: start() must not wait in vain

    def _run_display(
        self, lib: ctypes.CDLL, chord: Chord, keysym: int, on_press: Callable[[], None], stop_r: int
    ) -> None:
        display = lib.XOpenDisplay(self.display_name.encode())
        if not display:
            self._refusal = Refusal(Reason.NO_DISPLAY, self.display_name)
            return
        broken = threading.Event()

        def on_io_error(_display: int | None, _data: int | None) -> None:
            broken.set()  # the server went away: stop using this connection, but keep the app alive

        io_handler = IO_EXIT_HANDLER(on_io_error)
        if own_io_errors(lib, display):
            lib.XSetIOErrorExitHandler(display, io_handler, None)
        try:
            grab = self._grab(lib, display, chord, keysym)
            if grab is None:
                return
            if self._cancelled:
                self._refusal = Refusal(Reason.FAILED, "cancelled")
                return
            self._ready.set()
            keycode, root, variants = grab
            self._listen(lib, display, keycode, on_press, broken, stop_r)
            if not broken.is_set():
                with trapped_errors(lib, display):
                    for modifiers in variants:
                        lib.XUngrabKey(display, keycode, modifiers, root)
                    lib.XSync(display, 0)
        finally:
            if broken.is_set():
                abandoned.append(io_handler)  # Xlib may still hold the pointer of a broken display
            else:
                lib.XCloseDisplay(display)
                disown_io_errors(display)

    def _grab(self, lib: ctypes.CDLL, display: int, chord: Chord, keysym: int) -> tuple[int, int, list[int]] | None:
        root = lib.XDefaultRootWindow(display)
        with trapped_errors(lib, display) as trap:
            masks = modifier_masks(lib, display)
            keycode = lib.XKeysymToKeycode(display, keysym)
            if keycode == 0:
                self._refusal = Refusal(Reason.NO_KEY)
                return None
            base = x_modifiers(chord, masks[XK_ALT_L] or MOD1_MASK, masks[XK_SUPER_L] or MOD4_MASK)
            numlock = masks[XK_NUM_LOCK]
            # Caps Lock and Num Lock are modifiers too: grab every combination of them as well.
            variants = sorted({base, base | LOCK_MASK, base | numlock, base | LOCK_MASK | numlock})
            for modifiers in variants:
                lib.XGrabKey(display, keycode, modifiers, root, 0, GRAB_MODE_ASYNC, GRAB_MODE_ASYNC)
            supported = ctypes.c_int(0)
            lib.XkbSetDetectableAutoRepeat(display, 1, ctypes.byref(supported))
            self._detectable_repeat = bool(supported.value)
            lib.XSync(display, 0)
            if trap.codes:
                for modifiers in variants:
                    lib.XUngrabKey(display, keycode, modifiers, root)
                lib.XSync(display, 0)
        if trap.codes:
            if BAD_ACCESS in trap.codes:
                self._refusal = Refusal(Reason.TAKEN)
            else:
                self._refusal = Refusal(Reason.FAILED, f"X error {trap.codes[0]}")
            return None
        return keycode, root, variants

    def _listen(
        self,
        lib: ctypes.CDLL,
        display: int,
        keycode: int,
        on_press: Callable[[], None],
        broken: threading.Event,
        stop_r: int,
    ) -> None:
        event = XEvent()
        down = False
        last_press_time = last_release_time = -1
        with selectors.DefaultSelector() as selector:
            selector.register(lib.XConnectionNumber(display), selectors.EVENT_READ)
            selector.register(stop_r, selectors.EVENT_READ)
            while not broken.is_set():
                while lib.XPending(display) > 0 and not broken.is_set():
                    lib.XNextEvent(display, ctypes.byref(event))
                    if event.type not in (KEY_PRESS, KEY_RELEASE) or event.xkey.keycode != keycode:
                        continue
                    when = int(event.xkey.time)
                    if event.type == KEY_RELEASE:
                        down = False
                        last_release_time = when
                        continue
                    # Holding the key down repeats it: with detectable auto-repeat as presses without
                    # releases (a stream, so a press long after the last one is a new press even if its
                    # release was never seen), otherwise as release+press pairs sharing one timestamp.
                    if self._detectable_repeat:
                        repeat = down and (when - last_press_time) % 2**32 < REPEAT_GAP_MS
                    else:
                        repeat = when == last_release_time
                    down = True
                    last_press_time = when
                    if not repeat:
                        on_press()
                if broken.is_set():
                    return
                ready = selector.select()
                if any(key.fd == stop_r for key, _ in ready):
                    return

    _detectable_repeat = False
