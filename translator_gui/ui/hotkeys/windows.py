"""System-wide hotkey on Windows: RegisterHotKey on a thread of its own, with its own message loop.

A hotkey registered with a NULL window belongs to the thread that registered it: WM_HOTKEY arrives
in that thread's message queue, and only that thread may unregister it. So one listener thread
registers, pumps GetMessageW until it is sent WM_QUIT (PostThreadMessageW), and unregisters.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable

from PySide6.QtCore import Qt

from translator_gui.ui.hotkeys.base import Chord, Reason, Refusal, modifier_mask

MOD_ALT = 0x0001
MOD_CONTROL = 0x0002
MOD_SHIFT = 0x0004
MOD_WIN = 0x0008
MOD_NOREPEAT = 0x4000  # holding the keys down reports one press, not a stream
WM_QUIT = 0x0012
WM_HOTKEY = 0x0312
WM_USER = 0x0400
PM_NOREMOVE = 0x0000
ERROR_HOTKEY_ALREADY_REGISTERED = 1409
HOTKEY_ID = 0x5452  # any id in 0x0000–0xBFFF; one hotkey per listener thread

THREAD_NAME = "translator-hotkey-win32"
START_TIMEOUT_S = 10.0

_VK_SPECIAL: dict[int, int] = {
    Qt.Key.Key_Escape.value: 0x1B,
    Qt.Key.Key_Tab.value: 0x09,
    Qt.Key.Key_Backspace.value: 0x08,
    Qt.Key.Key_Return.value: 0x0D,
    Qt.Key.Key_Enter.value: 0x0D,
    Qt.Key.Key_Space.value: 0x20,
    Qt.Key.Key_PageUp.value: 0x21,
    Qt.Key.Key_PageDown.value: 0x22,
    Qt.Key.Key_End.value: 0x23,
    Qt.Key.Key_Home.value: 0x24,
    Qt.Key.Key_Left.value: 0x25,
    Qt.Key.Key_Up.value: 0x26,
    Qt.Key.Key_Right.value: 0x27,
    Qt.Key.Key_Down.value: 0x28,
    Qt.Key.Key_Print.value: 0x2C,
    Qt.Key.Key_Insert.value: 0x2D,
    Qt.Key.Key_Delete.value: 0x2E,
    Qt.Key.Key_Pause.value: 0x13,
    Qt.Key.Key_ScrollLock.value: 0x91,
    Qt.Key.Key_Menu.value: 0x5D,
}


def fixed_virtual_key(key: int) -> int | None:
    """The virtual-key code for keys that sit at the same code on every layout; None for the rest."""
    if key in _VK_SPECIAL:
        return _VK_SPECIAL[key]
    if ord("A") <= key <= ord("Z") or ord("0") <= key <= ord("9"):
        return key
    f1, f24 = Qt.Key.Key_F1.value, Qt.Key.Key_F24.value
    if f1 <= key <= f24:
        return 0x70 + (key - f1)
    return None


def win_modifiers(chord: Chord) -> int:
    return MOD_NOREPEAT | modifier_mask(chord, ctrl=MOD_CONTROL, alt=MOD_ALT, shift=MOD_SHIFT, meta=MOD_WIN)


if sys.platform == "win32":
    import ctypes
    from ctypes import wintypes

    _user32 = ctypes.WinDLL("user32", use_last_error=True)
    _kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)

    _user32.RegisterHotKey.argtypes = [wintypes.HWND, ctypes.c_int, wintypes.UINT, wintypes.UINT]
    _user32.RegisterHotKey.restype = wintypes.BOOL
    _user32.UnregisterHotKey.argtypes = [wintypes.HWND, ctypes.c_int]
    _user32.UnregisterHotKey.restype = wintypes.BOOL
    _user32.GetMessageW.argtypes = [ctypes.POINTER(wintypes.MSG), wintypes.HWND, wintypes.UINT, wintypes.UINT]
    _user32.GetMessageW.restype = wintypes.BOOL
    _user32.PeekMessageW.argtypes = [
        ctypes.POINTER(wintypes.MSG),
        wintypes.HWND,
        wintypes.UINT,
        wintypes.UINT,
        wintypes.UINT,
    ]
    _user32.PeekMessageW.restype = wintypes.BOOL
    _user32.PostThreadMessageW.argtypes = [wintypes.DWORD, wintypes.UINT, wintypes.WPARAM, wintypes.LPARAM]
    _user32.PostThreadMessageW.restype = wintypes.BOOL
    _user32.VkKeyScanW.argtypes = [wintypes.WCHAR]
    _user32.VkKeyScanW.restype = ctypes.c_short
    _kernel32.GetCurrentThreadId.argtypes = []
    _kernel32.GetCurrentThreadId.restype = wintypes.DWORD

    def virtual_key(key: int) -> int | None:
        """The virtual-key code for a ``Qt.Key`` value on the current keyboard layout."""
        fixed = fixed_virtual_key(key)
        if fixed is not None:
            return fixed
        if 0x20 < key <= 0xFF:  # punctuation and Latin-1: where it is depends on the layout
            scan = int(_user32.VkKeyScanW(chr(key)))
            if scan != -1:
                return scan & 0xFF
        return None

    class WindowsBackend:
        """Holds one key combination for the whole Windows session while started."""

        def __init__(self) -> None:
            self._thread: threading.Thread | None = None
            self._thread_id = 0
            self._ready = threading.Event()
            self._refusal: Refusal | None = None
            self._cancelled = threading.Event()

        def start(self, chord: Chord, on_press: Callable[[], None]) -> Refusal | None:
            if self._thread is not None:
                raise RuntimeError("WindowsBackend.start called twice")
            vk = virtual_key(chord.key)
            if vk is None:
                return Refusal(Reason.NO_KEY)
            self._ready.clear()
            self._cancelled.clear()
            self._refusal = None
            thread = threading.Thread(
                target=self._run, args=(vk, win_modifiers(chord), on_press), name=THREAD_NAME, daemon=True
            )
            self._thread = thread
            thread.start()
            if not self._ready.wait(START_TIMEOUT_S):
                self._cancelled.set()  # the listener gives the key back itself if it ever gets it
                self._thread = None
                return Refusal(Reason.FAILED, "the system did not answer")
            if self._refusal is not None:
                thread.join(START_TIMEOUT_S)
                self._thread = None
                return self._refusal
            return None

        def stop(self) -> None:
            thread, self._thread = self._thread, None
            if thread is None:
                return
            _user32.PostThreadMessageW(self._thread_id, WM_QUIT, 0, 0)
            thread.join(START_TIMEOUT_S)

        def _run(self, vk: int, modifiers: int, on_press: Callable[[], None]) -> None:
            msg = wintypes.MSG()
            try:
                self._thread_id = int(_kernel32.GetCurrentThreadId())
                # A thread has a message queue only once it asks for messages; make one now so that
                # WM_QUIT posted by stop() cannot be lost.
                _user32.PeekMessageW(ctypes.byref(msg), None, WM_USER, WM_USER, PM_NOREMOVE)
                if not _user32.RegisterHotKey(None, HOTKEY_ID, modifiers, vk):
                    error = ctypes.get_last_error()
                    if error == ERROR_HOTKEY_ALREADY_REGISTERED:
                        self._refusal = Refusal(Reason.TAKEN)
                    else:
                        self._refusal = Refusal(Reason.FAILED, f"Windows error {error}")
                    return
            finally:
                self._ready.set()
            try:
                if self._cancelled.is_set():
                    return
                while True:
                    result = _user32.GetMessageW(ctypes.byref(msg), None, 0, 0)
                    if result in (0, -1):  # WM_QUIT, or the queue is unusable
                        return
                    if msg.message == WM_HOTKEY and msg.wParam == HOTKEY_ID:
                        on_press()
            finally:
                _user32.UnregisterHotKey(None, HOTKEY_ID)
