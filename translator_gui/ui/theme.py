"""Light and dark: the Fusion style with a palette of its own for each, following the system's
colour scheme unless the person chose one (View → Theme, the ``appearance/theme`` setting).

Every text colour is at least WCAG AA (4.5:1) against the background it is drawn on, disabled text
aside (tests/ui/test_theme.py computes it).  The caption bar keeps its own colours (its style).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

THEMES = ("auto", "light", "dark")

Role = QPalette.ColorRole
Group = QPalette.ColorGroup

# (role, light, dark)
_COLOURS: tuple[tuple[QPalette.ColorRole, str, str], ...] = (
    (Role.Window, "#f4f5f7", "#2a2c31"),
    (Role.WindowText, "#1b1d21", "#e8e9ec"),
    (Role.Base, "#ffffff", "#18191c"),
    (Role.AlternateBase, "#eceef2", "#222428"),
    (Role.Text, "#1b1d21", "#e8e9ec"),
    (Role.PlaceholderText, "#5f6570", "#a3a8b2"),
    (Role.Button, "#e9ebef", "#383b42"),
    (Role.ButtonText, "#1b1d21", "#e8e9ec"),
    (Role.BrightText, "#ffffff", "#ffffff"),
    (Role.Highlight, "#1f5fbf", "#4d8ef0"),
    (Role.HighlightedText, "#ffffff", "#0b0c0e"),
    (Role.Link, "#1554b0", "#8ab4f8"),
    (Role.LinkVisited, "#6a3fb0", "#c5a3f5"),
    (Role.ToolTipBase, "#ffffff", "#383b42"),
    (Role.ToolTipText, "#1b1d21", "#e8e9ec"),
    (Role.Light, "#ffffff", "#4a4e56"),
    (Role.Midlight, "#dfe2e7", "#40434a"),
    (Role.Mid, "#b9bec7", "#5a5f68"),
    (Role.Dark, "#8d939d", "#131416"),
    (Role.Shadow, "#5c6068", "#000000"),
)
_DISABLED_TEXT = ("#8a8f98", "#6f747c")  # disabled controls: exempt from the contrast rule, still legible

TEXT_PAIRS: tuple[tuple[QPalette.ColorRole, QPalette.ColorRole], ...] = (
    (Role.WindowText, Role.Window),
    (Role.Text, Role.Base),
    (Role.Text, Role.AlternateBase),
    (Role.PlaceholderText, Role.Base),
    (Role.ButtonText, Role.Button),
    (Role.HighlightedText, Role.Highlight),
    (Role.ToolTipText, Role.ToolTipBase),
    (Role.Link, Role.Base),
    (Role.Link, Role.Window),
    (Role.LinkVisited, Role.Base),
)
"""(text, background) pairs the widgets draw: each must meet WCAG AA."""


def palette(dark: bool) -> QPalette:
    """The light or the dark palette."""
    result = QPalette()
    for role, light_colour, dark_colour in _COLOURS:
        result.setColor(role, QColor(dark_colour if dark else light_colour))
    disabled = QColor(_DISABLED_TEXT[1 if dark else 0])
    for role in (Role.WindowText, Role.Text, Role.ButtonText):
        result.setColor(Group.Disabled, role, disabled)
    return result


def system_is_dark() -> bool:
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def is_dark(theme: str) -> bool:
    """Whether ``theme`` ("auto", "light" or "dark") is dark now."""
    return theme == "dark" or (theme not in ("light", "dark") and system_is_dark())


class ThemeKeeper(QObject):
    """Applies the chosen theme, and again when the system's scheme changes while it is "auto"."""

    def __init__(self, app: QApplication, theme: str = "auto", parent: QObject | None = None) -> None:
        """``parent``: what the keeper lives as long as (the main window); by default the application."""
        super().__init__(parent or app)
        self._app = app
        self.theme = theme
        app.setStyle("Fusion")
        app.styleHints().colorSchemeChanged.connect(self._system_changed)
        self.apply(theme)

    @property
    def dark(self) -> bool:
        return is_dark(self.theme)

    def apply(self, theme: str) -> None:
        self.theme = theme if theme in THEMES else "auto"
        self._app.setPalette(palette(self.dark))

    def _system_changed(self, _scheme: Qt.ColorScheme) -> None:
        if self.theme == "auto":
            self.apply("auto")
