"""How the caption bar looks, as one value: font, size, colours, opacity, lines, source line,
and the high-contrast preset; read from and saved to the settings."""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtGui import QColor

from translator_gui.settings import Settings
from translator_gui.ui.captions.contrast import worst_contrast

HIGH_CONTRAST_TEXT = "#ffff00"  # yellow on black: 19.6:1, well past WCAG AA (4.5:1) and AAA (7:1)
HIGH_CONTRAST_BACKGROUND = "#000000"


@dataclass(frozen=True)
class OverlayStyle:
    font_family: str | None = None
    font_size: int = 24
    text_color: str = "#ffffff"
    background_color: str = "#000000"
    background_opacity: float = 0.75
    lines: int = 2
    show_source: bool = False
    high_contrast: bool = False

    def effective(self) -> OverlayStyle:
        """The style as drawn: the high-contrast preset overrides colours and opacity."""
        if not self.high_contrast:
            return self
        return replace(self, text_color=HIGH_CONTRAST_TEXT, background_color=HIGH_CONTRAST_BACKGROUND,
                       background_opacity=1.0)

    def worst_contrast(self) -> float:
        """Text against the bar's background over whatever is behind it (black or white, the extremes)."""
        style = self.effective()
        return worst_contrast(QColor(style.text_color), QColor(style.background_color), style.background_opacity)

    @classmethod
    def from_settings(cls, settings: Settings) -> OverlayStyle:
        return cls(
            font_family=settings.overlay_font_family,
            font_size=settings.overlay_font_size,
            text_color=settings.overlay_text_color,
            background_color=settings.overlay_background_color,
            background_opacity=settings.overlay_background_opacity,
            lines=settings.overlay_lines,
            show_source=settings.overlay_show_source,
            high_contrast=settings.overlay_high_contrast,
        )

    def save(self, settings: Settings) -> None:
        settings.overlay_font_family = self.font_family
        settings.overlay_font_size = self.font_size
        settings.overlay_text_color = self.text_color
        settings.overlay_background_color = self.background_color
        settings.overlay_background_opacity = self.background_opacity
        settings.overlay_lines = self.lines
        settings.overlay_show_source = self.show_source
        settings.overlay_high_contrast = self.high_contrast
