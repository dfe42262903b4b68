"""The system tray icon: captions on and off, the way back from click-through, and quit —
reachable even when the main window is hidden behind the meeting."""

from __future__ import annotations

from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon, QWidget


class TrayIcon(QSystemTrayIcon):
    def __init__(self, icon: QIcon, actions: list[QAction | None], parent: QWidget | None = None) -> None:
        super().__init__(icon, parent)
        self.setToolTip(self.tr("Translator"))
        self.menu = QMenu(parent)
        for action in actions:
            if action is None:
                self.menu.addSeparator()
            else:
                self.menu.addAction(action)
        self.setContextMenu(self.menu)

    def show_if_possible(self) -> bool:
        """Show the icon where the desktop has a tray (not on every Wayland desktop); say whether it did."""
        if not QSystemTrayIcon.isSystemTrayAvailable():
            return False
        self.show()
        return True
