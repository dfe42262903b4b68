"""A system-wide ("global") hotkey — e.g. to show or hide the caption bar while another app has focus.

Where the platform allows it (X11, Windows) a key combination is taken for the whole desktop and
``GlobalHotkey.activated`` is emitted on the GUI thread once per press. Where it does not (Wayland,
macOS in this version, Qt's offscreen platform), ``problem`` says so in one plain sentence and what
to use instead; the object stays usable and simply never fires.
"""

from __future__ import annotations

import enum
import os
import sys
from collections.abc import Mapping
from typing import Literal

from PySide6.QtCore import QCoreApplication, QKeyCombination, QObject, Qt, Signal, Slot
from PySide6.QtGui import QGuiApplication, QKeySequence

from translator_gui.ui.hotkeys.base import Backend, Chord, Reason, Refusal

BackendChoice = Literal["auto", "x11", "windows"]

DEFAULT_IN_APP_SHORTCUT = "Ctrl+Shift+B"

# Keys that are reasonable to take alone (without Ctrl, Alt or Meta) because nobody types text with them.
_LONE_KEYS = frozenset(
    {
        *range(Qt.Key.Key_F1.value, Qt.Key.Key_F35.value + 1),
        Qt.Key.Key_Pause.value,
        Qt.Key.Key_Print.value,
        Qt.Key.Key_ScrollLock.value,
    }
)


class Where(enum.Enum):
    """What the platform offers for a system-wide key."""

    X11 = "x11"
    WINDOWS = "windows"
    WAYLAND = "wayland"
    MACOS = "macos"
    NO_DISPLAY = "no-display"
    OTHER = "other"


def is_wayland_session(environ: Mapping[str, str]) -> bool:
    return environ.get("XDG_SESSION_TYPE", "").lower() == "wayland" or bool(environ.get("WAYLAND_DISPLAY"))


def where_for(
    platform_name: str, environ: Mapping[str, str], backend: BackendChoice = "auto", system: str | None = None
) -> Where:
    """Which backend serves this app: Qt's platform plugin name, the environment, and the OS decide.

    ``backend="x11"`` uses X11 whatever Qt's platform is (an X display from ``environ["DISPLAY"]`` is
    still needed); that is how the app's tests run it next to Qt's offscreen platform.
    """
    system = sys.platform if system is None else system
    if backend == "windows":
        return Where.WINDOWS
    if backend == "auto":
        if system == "win32":
            return Where.WINDOWS
        if system == "darwin":
            return Where.MACOS
        if platform_name.startswith("wayland"):
            return Where.WAYLAND
        if platform_name != "xcb":
            return Where.WAYLAND if is_wayland_session(environ) else Where.OTHER
    if not environ.get("DISPLAY"):
        return Where.WAYLAND if is_wayland_session(environ) else Where.NO_DISPLAY
    return Where.X11


def parse_chord(sequence: str) -> Chord | None:
    """One key combination from text such as "Ctrl+Alt+Shift+C"; None when it is not exactly one."""
    keys = QKeySequence(sequence)
    if keys.count() != 1:
        return None
    combination: QKeyCombination = keys[0]  # type: ignore[index]  # the stubs omit operator[]
    key = combination.key()
    if key in (Qt.Key.Key_unknown, Qt.Key.Key_Control, Qt.Key.Key_Alt, Qt.Key.Key_Shift, Qt.Key.Key_Meta):
        return None
    modifiers = combination.keyboardModifiers()
    return Chord(
        key=key.value,
        ctrl=bool(modifiers & Qt.KeyboardModifier.ControlModifier),
        alt=bool(modifiers & Qt.KeyboardModifier.AltModifier),
        shift=bool(modifiers & Qt.KeyboardModifier.ShiftModifier),
        meta=bool(modifiers & Qt.KeyboardModifier.MetaModifier),
        text=keys.toString(QKeySequence.SequenceFormat.NativeText),
    )


def _make_backend(where: Where, environ: Mapping[str, str]) -> Backend:
    if where is Where.WINDOWS:
        if sys.platform == "win32":
            from translator_gui.ui.hotkeys.windows import WindowsBackend

            return WindowsBackend()
        raise RuntimeError("the Windows hotkey backend runs on Windows only")
    from translator_gui.ui.hotkeys.x11 import X11Backend

    return X11Backend(environ.get("DISPLAY", ""))


class _Holder:
    """The running backend, reachable without the QObject so it can be stopped after the object is gone."""

    def __init__(self) -> None:
        self.backend: Backend | None = None

    def stop(self, *_: object) -> None:
        backend, self.backend = self.backend, None
        if backend is not None:
            backend.stop()


class GlobalHotkey(QObject):
    """One system-wide key combination. Create it on the GUI thread after the QGuiApplication.

    ``register()`` takes a combination (replacing the previous one), ``unregister()`` gives it back;
    ``activated`` is emitted on the GUI thread once per press. When a combination cannot be had,
    ``register`` returns False and ``problem`` holds one sentence for the user. The combination is
    also given back when the application quits or this object is destroyed.
    """

    activated = Signal()
    _pressed = Signal()  # emitted by the backend's thread; delivered queued to this object's thread

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        backend: BackendChoice = "auto",
        platform_name: str | None = None,
        environ: Mapping[str, str] | None = None,
        in_app_shortcut: str = DEFAULT_IN_APP_SHORTCUT,
    ) -> None:
        super().__init__(parent)
        self._environ: Mapping[str, str] = dict(os.environ if environ is None else environ)
        name = QGuiApplication.platformName() if platform_name is None else platform_name
        self._platform_name = name
        self._where = where_for(name, self._environ, backend)
        self._in_app = in_app_shortcut
        self._platform_problem = self._unavailable_sentence()
        self._problem: str | None = self._platform_problem
        self._sequence: str | None = None
        self._holder = _Holder()
        self._pressed.connect(self._on_pressed, Qt.ConnectionType.QueuedConnection)
        self.destroyed.connect(self._holder.stop)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self._holder.stop)

    # --- public ----------------------------------------------------------------------------------

    @property
    def problem(self) -> str | None:
        """Why there is no system-wide key right now (one sentence for the user), or None."""
        return self._problem

    @property
    def available(self) -> bool:
        """Whether this platform can have a system-wide key at all (False on Wayland, for instance)."""
        return self._platform_problem is None

    @property
    def sequence(self) -> str | None:
        """The combination held now, as the user reads it; None when none is."""
        return self._sequence

    def register(self, sequence: str) -> bool:
        """Take ``sequence`` (e.g. "Ctrl+Alt+Shift+C") system-wide, giving back any previous one."""
        self.unregister()
        if self._platform_problem is not None:
            self._problem = self._platform_problem
            return False
        chord = parse_chord(sequence)
        if chord is None:
            self._problem = self.tr(
                "“{keys}” is not a single key combination; choose one such as Ctrl+Alt+Shift+C, "
                "or use {shortcut} while Translator has focus."
            ).format(keys=sequence, shortcut=self._in_app)
            return False
        if not (chord.ctrl or chord.alt or chord.meta) and chord.key not in _LONE_KEYS:
            self._problem = self.tr(
                "{keys} would take that key away from typing in every application; "
                "add Ctrl, Alt or Meta to the combination."
            ).format(keys=chord.text)
            return False
        backend = _make_backend(self._where, self._environ)
        refusal = backend.start(chord, self._emit_pressed)
        if refusal is not None:
            self._problem = self._refusal_sentence(chord, refusal)
            return False
        self._holder.backend = backend
        self._sequence = chord.text
        self._problem = None
        return True

    def unregister(self) -> None:
        """Give the combination back (waits for the listener to end); nothing happens if none is held."""
        self._holder.stop()
        self._sequence = None
        self._problem = self._platform_problem

    # --- internals -----------------------------------------------------------------------------------

    def _emit_pressed(self) -> None:
        # Runs on the backend's thread. The C++ object may be gone if it was deleted without
        # unregister(); the destroyed handler is then about to stop this thread.
        try:
            self._pressed.emit()
        except RuntimeError:
            return

    @Slot()
    def _on_pressed(self) -> None:
        if self._holder.backend is not None:  # a press queued just before unregister() is dropped
            self.activated.emit()

    def _fallback(self) -> str:
        return self.tr("use {shortcut} while Translator has focus").format(shortcut=self._in_app)

    def _unavailable_sentence(self) -> str | None:
        where = self._where
        if where is Where.WAYLAND:
            return self.tr(
                "Wayland does not let applications take system-wide keys; {fallback}, or the tray menu."
            ).format(fallback=self._fallback())
        if where is Where.MACOS:
            return self.tr(
                "This version of Translator has no system-wide hotkey on macOS; use the menu-bar icon, "
                "or {shortcut} while Translator has focus."
            ).format(shortcut=self._in_app)
        if where is Where.NO_DISPLAY:
            return self.tr(
                "There is no X display to take a system-wide key from (DISPLAY is not set); "
                "{fallback}, or the tray menu."
            ).format(fallback=self._fallback())
        if where is Where.OTHER:
            return self.tr(
                "The display system in use ({system}) offers no system-wide keys; {fallback}, or the tray menu."
            ).format(system=self._platform_name or "unknown", fallback=self._fallback())
        return None

    def _refusal_sentence(self, chord: Chord, refusal: Refusal) -> str:
        if refusal.reason is Reason.TAKEN:
            return self.tr(
                "{keys} is already used by another application; choose another combination, or {fallback}."
            ).format(keys=chord.text, fallback=self._fallback())
        if refusal.reason is Reason.NO_KEY:
            return self.tr("{keys} cannot be typed on this keyboard layout; choose another combination.").format(
                keys=chord.text)
        if refusal.reason is Reason.NO_DISPLAY:
            return self.tr(
                "Translator could not reach the display ({detail}) to take a system-wide key; "
                "{fallback}, or the tray menu."
            ).format(detail=refusal.detail, fallback=self._fallback())
        return self.tr(
            "The system refused {keys} as a system-wide key ({detail}); choose another combination, or {fallback}."
        ).format(keys=chord.text, detail=refusal.detail, fallback=self._fallback())
