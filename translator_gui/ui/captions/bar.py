"""The caption bar: a frameless, always-on-top, translucent window with the live captions.

* Lines follow :class:`~translator_gui.transcript.layout.CaptionLayout`: 1–3 lines of at most 42
  characters (16 CJK), shown lines never jump, each stays at least 1 s, cleared after a pause.
  An optional smaller line shows the source (what is being said).
* Drag it anywhere; resize it from the corner grip.  Its place is remembered per screen layout
  (the set of screen geometries), so a laptop docked and undocked keeps two places; *Reset
  position* puts it back at the bottom centre of the current screen.
* Click-through (``WindowTransparentForInput``) lets clicks reach the meeting under it.  The way
  back is never in the bar itself (it takes no input then): ``click_through_action`` belongs in
  the main window's menu and the tray, and click-through is never restored at start.
* Right-to-left text (Arabic, Hebrew…) is aligned right; CJK text gets a font that has its glyphs.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, replace

from PySide6.QtCore import QPoint, QRect, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QContextMenuEvent,
    QFont,
    QFontDatabase,
    QFontMetrics,
    QGuiApplication,
    QMouseEvent,
    QMoveEvent,
    QPainter,
    QPaintEvent,
    QRawFont,
    QResizeEvent,
    QScreen,
    QShowEvent,
)
from PySide6.QtWidgets import QLabel, QMenu, QSizeGrip, QSizePolicy, QVBoxLayout, QWidget

from translator_gui.settings import Settings
from translator_gui.transcript.layout import CaptionLayout, LayoutLimits, is_rtl
from translator_gui.transcript.segment import Segment

MARGIN = 12  # px inside the bar
MIN_POINT_SIZE = 9.0
BOTTOM_GAP = 0.06  # of the screen height, between the bar and the bottom of the screen
WIDTH_SHARE = 0.7  # of the screen width


# -- colours and contrast (WCAG 2.x) -------------------------------------------------------------


def relative_luminance(color: QColor) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) + 0.0722 * channel(color.blueF())


def contrast_ratio(a: QColor, b: QColor) -> float:
    la, lb = relative_luminance(a), relative_luminance(b)
    hi, lo = max(la, lb), min(la, lb)
    return (hi + 0.05) / (lo + 0.05)


def composite(top: QColor, alpha: float, below: QColor) -> QColor:
    return QColor.fromRgbF(
        top.redF() * alpha + below.redF() * (1 - alpha),
        top.greenF() * alpha + below.greenF() * (1 - alpha),
        top.blueF() * alpha + below.blueF() * (1 - alpha),
    )


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
        text, bg = QColor(style.text_color), QColor(style.background_color)
        return min(contrast_ratio(text, composite(bg, style.background_opacity, QColor(behind)))
                   for behind in ("#000000", "#ffffff"))

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


HIGH_CONTRAST_TEXT = "#ffff00"  # yellow on black: 19.6:1, well past WCAG AA (4.5:1) and AAA (7:1)
HIGH_CONTRAST_BACKGROUND = "#000000"


# -- text direction and fonts ------------------------------------------------------------------


def _script_families(text: str) -> list[str]:
    """Preferred CJK families for ``text`` (Japanese kana, Korean hangul, else Chinese)."""
    if any("\u3040" <= c <= "\u30ff" for c in text):
        return ["Noto Sans CJK JP", "Noto Sans CJK SC"]
    if any("\uac00" <= c <= "\ud7af" or "\u1100" <= c <= "\u11ff" for c in text):
        return ["Noto Sans CJK KR", "Noto Sans CJK SC"]
    return ["Noto Sans CJK SC", "Noto Sans CJK TC", "Noto Sans CJK JP"]


def missing_glyphs(font: QFont, text: str) -> list[str]:
    """Characters of ``text`` that the font's own face (no fallback) cannot draw."""
    raw = QRawFont.fromFont(font)
    return [c for c in dict.fromkeys(text) if not c.isspace() and not raw.supportsCharacter(ord(c))]


def _line_spacing(font: QFont) -> int:
    """Line height of ``font`` or of its CJK fallback, whichever is taller."""
    spacing = QFontMetrics(font).lineSpacing()
    cjk = font_for_text(font, "中")
    return max(spacing, QFontMetrics(cjk).lineSpacing())


def font_for_text(base: QFont, text: str) -> QFont:
    """``base``, or a font of its size that has the glyphs of ``text`` (CJK, Arabic…)."""
    missing = missing_glyphs(base, text)
    if not missing:
        return base
    available = set(QFontDatabase.families())
    candidates = [f for f in _script_families("".join(missing)) if f in available]
    candidates += [f for f in sorted(available) if f not in candidates]
    for family in candidates:
        font = QFont(base)
        font.setFamilies([family])
        if not missing_glyphs(font, "".join(missing)):
            return font
    return base


# -- screens -----------------------------------------------------------------------------------


def screen_layout_key(screens: list[QScreen] | None = None) -> str:
    """The set of screen geometries, e.g. ``0,0,1920x1080;1920,0,1280x1024``."""
    found = screens if screens is not None else QGuiApplication.screens()
    parts = sorted({f"{g.x()},{g.y()},{g.width()}x{g.height()}" for g in (s.geometry() for s in found)})
    return ";".join(parts)


def default_geometry(screen: QScreen, height: int) -> QRect:
    area = screen.availableGeometry()
    width = min(int(area.width() * WIDTH_SHARE), 1400)
    height = min(height, area.height())
    x = area.x() + (area.width() - width) // 2
    y = area.y() + area.height() - height - int(area.height() * BOTTOM_GAP)
    return QRect(x, max(y, area.y()), width, height)


class CaptionOverlay(QWidget):
    click_through_changed = Signal(bool)
    hide_requested = Signal()

    def __init__(
        self,
        settings: Settings,
        parent: QWidget | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
        timing: LayoutLimits | None = None,
    ) -> None:
        """``timing``: min_display / clear_after (and line lengths) for the layout; lines come
        from the style."""
        super().__init__(parent)
        self.setWindowFlags(
            Qt.WindowType.Tool | Qt.WindowType.FramelessWindowHint | Qt.WindowType.WindowStaysOnTopHint
        )
        self.setAttribute(Qt.WidgetAttribute.WA_TranslucentBackground, True)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, True)
        self.setObjectName("captionOverlay")
        self.setAccessibleName("Caption bar")
        self.setWindowTitle("Captions")
        self._settings = settings
        self._clock = clock
        self._style = OverlayStyle.from_settings(settings)
        self._timing = timing or LayoutLimits()
        self._layout = CaptionLayout(replace(self._timing, max_lines=self._style.lines))
        self._source_layout = CaptionLayout(replace(self._timing, max_lines=1))
        self._drag_from: QPoint | None = None
        self._live_translation = ""
        self._placed_once = False
        self._placing = False  # geometry set by us, not by the person: don't save it

        self.translation = QLabel(self)
        self.translation.setObjectName("overlayTranslation")
        self.translation.setAccessibleName("Live captions")
        self.translation.setTextFormat(Qt.TextFormat.PlainText)
        self.translation.setWordWrap(False)
        self.source = QLabel(self)
        self.source.setObjectName("overlaySource")
        self.source.setAccessibleName("What is being said")
        self.source.setTextFormat(Qt.TextFormat.PlainText)
        self.grip = QSizeGrip(self)
        self.grip.setToolTip("Drag to resize")

        box = QVBoxLayout(self)
        box.setContentsMargins(MARGIN, MARGIN // 2, MARGIN, MARGIN // 2)
        box.setSpacing(2)
        for label in (self.translation, self.source):
            # The bar's size is the person's choice: text never widens it (it shrinks to fit).
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            label.setMinimumWidth(1)
        box.addWidget(self.translation, stretch=1)
        box.addWidget(self.source)
        self.grip.resize(self.grip.sizeHint())  # in the corner, outside the layout

        self.click_through_action = QAction("Click &through the caption bar", self)
        self.click_through_action.setCheckable(True)
        self.click_through_action.toggled.connect(self.set_click_through)
        self.reset_position_action = QAction("&Reset caption bar position", self)
        self.reset_position_action.triggered.connect(self.reset_position)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._refresh)
        self._apply_style()

    # -- style ---------------------------------------------------------------------------------

    @property
    def style_settings(self) -> OverlayStyle:
        return self._style

    def set_style(self, style: OverlayStyle, *, persist: bool = True) -> None:
        """Apply a new style (font, colours, opacity, lines, source line, preset) and remember it,
        unless it is only a preview (``persist=False``) that may still be cancelled."""
        lines_changed = style.lines != self._style.lines
        self._style = style
        if persist:
            style.save(self._settings)
        if lines_changed:
            self._layout = CaptionLayout(replace(self._timing, max_lines=style.lines))
            self._layout.update(self._live_translation, self._clock())
        self._apply_style()
        self._refresh()

    def _apply_style(self) -> None:
        style = self._style.effective()
        base = QFont(self.font())
        if style.font_family:
            base.setFamilies([style.font_family])
        base.setPointSize(style.font_size)
        if style.high_contrast:
            base.setWeight(QFont.Weight.Bold)
        self._base_font = base
        small = QFont(base)
        small.setPointSize(max(8, round(style.font_size * 0.6)))
        self._small_font = small
        self.translation.setFont(base)
        self.source.setFont(small)
        color = f"color: {style.text_color};"
        self.translation.setStyleSheet(color)
        self.source.setStyleSheet(color)
        self.source.setVisible(style.show_source)
        self._fit_height()
        self.update()

    def _fit_height(self) -> None:
        lines = self._style.lines
        self.translation.setMinimumHeight(_line_spacing(self._base_font) * lines)
        height = _line_spacing(self._base_font) * lines + MARGIN
        if self._style.show_source:
            self.source.setMinimumHeight(_line_spacing(self._small_font))
            height += _line_spacing(self._small_font) + 2
        self.setMinimumHeight(min(height, 600))

    # -- captions ------------------------------------------------------------------------------

    def show_live(self, translation: str, source: str) -> None:
        now = self._clock()
        self._live_translation = translation
        self._layout.update(translation, now)
        self._source_layout.update(source, now)
        self._refresh()

    def add_segment(self, segment: Segment) -> None:
        now = self._clock()
        self._layout.consume(segment.translation or segment.source, now)
        if segment.source:
            self._source_layout.consume(segment.source, now)
        self._refresh()

    def clear(self) -> None:
        self._layout.clear()
        self._source_layout.clear()
        self._live_translation = ""
        self._refresh()

    def shown_lines(self) -> list[str]:
        text = self.translation.text()
        return text.split("\n") if text else []

    def _refresh(self) -> None:
        now = self._clock()
        lines = self._layout.lines(now)
        text = "\n".join(lines)
        source = "\n".join(self._source_layout.lines(now))
        for label, base, content in ((self.translation, self._base_font, text),
                                     (self.source, self._small_font, source)):
            label.setFont(self._fitting_font(font_for_text(base, content), content, label))
            label.setText(content)
            label.setAlignment(self._alignment(content))
        self._schedule(now)

    def _fitting_font(self, font: QFont, text: str, label: QLabel) -> QFont:
        """``font``, made smaller when a line would not fit the bar's width."""
        room = label.contentsRect().width()
        if not text or room <= 1:
            return font
        widest = max(QFontMetrics(font).horizontalAdvance(line) for line in text.split("\n"))
        if widest <= room:
            return font
        smaller = QFont(font)
        smaller.setPointSizeF(max(MIN_POINT_SIZE, font.pointSizeF() * room / widest * 0.97))
        return smaller

    def _alignment(self, text: str) -> Qt.AlignmentFlag:
        # Absolute: Qt would otherwise mirror Left/Right for right-to-left text.
        horizontal = Qt.AlignmentFlag.AlignRight if is_rtl(text) else Qt.AlignmentFlag.AlignLeft
        return horizontal | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignBottom

    def _schedule(self, now: float) -> None:
        times = [t for t in (self._layout.next_change(now), self._source_layout.next_change(now)) if t is not None]
        if times:
            self._timer.start(max(0, round((min(times) - now) * 1000)) + 1)
        else:
            self._timer.stop()

    # -- drawing -------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        style = self._style.effective()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        color = QColor(style.background_color)
        color.setAlphaF(style.background_opacity)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        painter.drawRoundedRect(self.rect(), 8, 8)
        painter.end()

    # -- place on screen -----------------------------------------------------------------------

    def _current_screen(self) -> QScreen:
        screen = QGuiApplication.screenAt(self.geometry().center()) if self.isVisible() else None
        screen = screen or QGuiApplication.screenAt(QGuiApplication.primaryScreen().geometry().center())
        return screen or QGuiApplication.primaryScreen()

    def default_geometry(self) -> QRect:
        return default_geometry(self._current_screen(), max(self.minimumHeight(), self.sizeHint().height()))

    def _set_geometry(self, rect: QRect) -> None:
        self._placing = True
        try:
            self.setGeometry(rect)
        finally:
            self._placing = False

    def restore_position(self) -> None:
        """The place saved for this screen layout (if it is still on a screen), else the default."""
        saved = self._settings.overlay_geometry(screen_layout_key())
        if saved is not None:
            rect = QRect(*saved)
            if any(s.geometry().intersects(rect) for s in QGuiApplication.screens()):
                self._set_geometry(rect)
                return
        self._set_geometry(self.default_geometry())

    def reset_position(self) -> None:
        self._settings.set_overlay_geometry(screen_layout_key(), None)
        self._set_geometry(self.default_geometry())

    def _remember_position(self) -> None:
        if self._placing or not self.isVisible():
            return
        g = self.geometry()
        self._settings.set_overlay_geometry(screen_layout_key(), (g.x(), g.y(), g.width(), g.height()))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._placed_once:
            self._placed_once = True
            self.restore_position()

    def moveEvent(self, event: QMoveEvent) -> None:
        super().moveEvent(event)
        self._remember_position()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.grip.move(self.width() - self.grip.width(), self.height() - self.grip.height())
        self.grip.raise_()
        self._remember_position()
        self._refresh()  # the font may need to shrink or may grow back

    # -- input ---------------------------------------------------------------------------------

    @property
    def click_through(self) -> bool:
        return bool(self.windowFlags() & Qt.WindowType.WindowTransparentForInput)

    def set_click_through(self, enabled: bool) -> None:
        if enabled == self.click_through:
            return
        visible = self.isVisible()
        geometry = self.geometry()
        # Only the window flag: WA_TransparentForMouseEvents on a window would pin the flag on.
        self.setWindowFlag(Qt.WindowType.WindowTransparentForInput, enabled)
        if visible:  # changing window flags hides the window
            self._set_geometry(geometry)
            self.show()
        if self.click_through_action.isChecked() != enabled:
            self.click_through_action.setChecked(enabled)
        self.click_through_changed.emit(enabled)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._drag_from = event.globalPosition().toPoint() - self.frameGeometry().topLeft()
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._drag_from is not None and event.buttons() & Qt.MouseButton.LeftButton:
            self.move(event.globalPosition().toPoint() - self._drag_from)
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._drag_from = None
        super().mouseReleaseEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = QMenu(self)
        menu.addAction(self.click_through_action)
        menu.addAction(self.reset_position_action)
        lines = menu.addMenu("Lines")
        for n in (1, 2, 3):
            action = lines.addAction(str(n))
            action.setCheckable(True)
            action.setChecked(self._style.lines == n)
            action.triggered.connect(lambda _=False, n=n: self.set_style(replace(self._style, lines=n)))
        source = menu.addAction("Show what is being said")
        source.setCheckable(True)
        source.setChecked(self._style.show_source)
        source.toggled.connect(lambda on: self.set_style(replace(self._style, show_source=on)))
        contrast = menu.addAction("High contrast")
        contrast.setCheckable(True)
        contrast.setChecked(self._style.high_contrast)
        contrast.toggled.connect(lambda on: self.set_style(replace(self._style, high_contrast=on)))
        menu.addSeparator()
        menu.addAction("Hide caption bar", self.hide_requested.emit)
        menu.popup(event.globalPos())

