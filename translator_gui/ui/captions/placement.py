"""Where the caption bar sits: its default place and the place remembered per screen layout.

The layout key is the set of screen geometries, so a laptop docked and undocked keeps two
places. A saved place that is on no screen any more is not used. Geometry the bar sets itself
(restoring, resetting, re-showing after a window-flag change) is not saved as the person's choice.
"""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget

from translator_gui.settings import Settings

BOTTOM_GAP = 0.06  # of the screen height, between the bar and the bottom of the screen
WIDTH_SHARE = 0.7  # of the screen width
MAX_WIDTH = 1400  # px


def screen_layout_key(screens: list[QScreen] | None = None) -> str:
    """The set of screen geometries, e.g. ``0,0,1920x1080;1920,0,1280x1024``."""
    found = screens if screens is not None else QGuiApplication.screens()
    parts = sorted({f"{g.x()},{g.y()},{g.width()}x{g.height()}" for g in (s.geometry() for s in found)})
    return ";".join(parts)


def default_geometry(screen: QScreen, height: int) -> QRect:
    """Bottom centre of ``screen``'s available area, most of its width."""
    area = screen.availableGeometry()
    width = min(int(area.width() * WIDTH_SHARE), MAX_WIDTH)
    height = min(height, area.height())
    x = area.x() + (area.width() - width) // 2
    y = area.y() + area.height() - height - int(area.height() * BOTTOM_GAP)
    return QRect(x, max(y, area.y()), width, height)


class Placement:
    """Puts ``window`` in its remembered or default place and remembers where the person moves it."""

    def __init__(self, window: QWidget, settings: Settings) -> None:
        self._window = window
        self._settings = settings
        self._placing = False  # geometry set by us, not by the person: don't save it

    def _current_screen(self) -> QScreen:
        window = self._window
        screen = QGuiApplication.screenAt(window.geometry().center()) if window.isVisible() else None
        screen = screen or QGuiApplication.screenAt(QGuiApplication.primaryScreen().geometry().center())
        return screen or QGuiApplication.primaryScreen()

    def default_geometry(self) -> QRect:
        window = self._window
        return default_geometry(self._current_screen(), max(window.minimumHeight(), window.sizeHint().height()))

    def place(self, rect: QRect) -> None:
        """Set the geometry without remembering it as the person's choice."""
        self._placing = True
        try:
            self._window.setGeometry(rect)
        finally:
            self._placing = False

    def restore(self) -> None:
        """The place saved for this screen layout (if it is still on a screen), else the default."""
        saved = self._settings.overlay_geometry(screen_layout_key())
        if saved is not None:
            rect = QRect(*saved)
            if any(s.geometry().intersects(rect) for s in QGuiApplication.screens()):
                self.place(rect)
                return
        self.place(self.default_geometry())

    def reset(self) -> None:
        self._settings.set_overlay_geometry(screen_layout_key(), None)
        self.place(self.default_geometry())

    def remember(self) -> None:
        """Save the window's geometry for this screen layout, if the person put it there."""
        if self._placing or not self._window.isVisible():
            return
        g = self._window.geometry()
        self._settings.set_overlay_geometry(screen_layout_key(), (g.x(), g.y(), g.width(), g.height()))
