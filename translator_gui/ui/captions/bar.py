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
* The bar says what is happening in a small status line of its own — *Press Start*, *Listening to …*,
  *Reconnecting…*, *Stopped: why* — because the main window is usually hidden behind the meeting.
  The last caption stays until new speech replaces it, or for ``overlay_keep_seconds`` when set.
"""


from __future__ import annotations

import math
import time
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QPoint, QRect, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QContextMenuEvent,
    QFont,
    QFontMetrics,
    QMouseEvent,
    QMoveEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import QLabel, QMenu, QSizeGrip, QSizePolicy, QVBoxLayout, QWidget

from translator_gui.settings import Settings
from translator_gui.transcript.layout import CaptionLayout, LayoutLimits
from translator_gui.transcript.segment import Segment
from translator_gui.ui.captions.fonts import caption_alignment, caption_fonts, font_for_text, line_spacing
from translator_gui.ui.captions.placement import Placement
from translator_gui.ui.captions.style import OverlayStyle
from translator_gui.ui.word_breaks import caption_breaker

MARGIN = 12  # px inside the bar
MIN_POINT_SIZE = 9.0


def keep_timing(keep_seconds: int) -> LayoutLimits:
    """The layout's timing for a bar that keeps its last line ``keep_seconds`` (0: until replaced)."""
    return LayoutLimits(clear_after=float(keep_seconds) if keep_seconds > 0 else math.inf)


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
        self.setAccessibleName(self.tr("Caption bar"))
        self.setWindowTitle(self.tr("Captions"))
        self._settings = settings
        self._clock = clock
        self._style = OverlayStyle.from_settings(settings)
        self._timing = timing or keep_timing(settings.overlay_keep_seconds)
        self._breaker = caption_breaker()  # Thai, Lao, Khmer, Burmese: words from a dictionary
        self._layout = CaptionLayout(replace(self._timing, max_lines=self._style.lines), self._breaker)
        self._source_layout = CaptionLayout(replace(self._timing, max_lines=1), self._breaker)
        self._drag_from: QPoint | None = None
        self._live_translation = ""
        self._placed_once = False
        self._placement = Placement(self, settings)

        self.translation = QLabel(self)
        self.translation.setObjectName("overlayTranslation")
        self.translation.setAccessibleName(self.tr("Live captions"))
        self.translation.setTextFormat(Qt.TextFormat.PlainText)
        self.translation.setWordWrap(False)
        self.source = QLabel(self)
        self.source.setObjectName("overlaySource")
        self.source.setAccessibleName(self.tr("What is being said"))
        self.source.setTextFormat(Qt.TextFormat.PlainText)
        self.status = QLabel(self)
        self.status.setObjectName("overlayStatus")
        self.status.setAccessibleName(self.tr("Caption bar status"))
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self._state = ""
        self._placeholder = ""
        self.grip = QSizeGrip(self)
        self.grip.setToolTip(self.tr("Drag to resize"))

        box = QVBoxLayout(self)
        box.setContentsMargins(MARGIN, MARGIN // 2, MARGIN, MARGIN // 2)
        box.setSpacing(2)
        for label in (self.translation, self.source, self.status):
            # The bar's size is the person's choice: text never widens it (it shrinks to fit).
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            label.setMinimumWidth(1)
        box.addWidget(self.translation, stretch=1)
        box.addWidget(self.source)
        box.addWidget(self.status)
        self.grip.resize(self.grip.sizeHint())  # in the corner, outside the layout

        self.click_through_action = QAction(self.tr("Click &through the caption bar"), self)
        self.click_through_action.setCheckable(True)
        self.click_through_action.toggled.connect(self.set_click_through)
        self.reset_position_action = QAction(self.tr("&Reset caption bar position"), self)
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
            self._layout = CaptionLayout(replace(self._timing, max_lines=style.lines), self._breaker)
            self._layout.update(self._live_translation, self._clock())
        self._apply_style()
        self._refresh()

    def _apply_style(self) -> None:
        style = self._style.effective()
        base, small = caption_fonts(style, self.font())
        self._base_font, self._small_font = base, small
        self.translation.setFont(base)
        self.source.setFont(small)
        self.status.setFont(small)
        color = f"color: {style.text_color};"
        self.translation.setStyleSheet(color)
        self.source.setStyleSheet(color)
        self.status.setStyleSheet(color)
        self.source.setVisible(style.show_source)
        self._fit_height()
        self.update()

    def _fit_height(self) -> None:
        lines = self._style.lines
        small = line_spacing(self._small_font)
        self.translation.setMinimumHeight(line_spacing(self._base_font) * lines)
        self.status.setMinimumHeight(small)  # always there, so that a status never makes the bar jump
        height = line_spacing(self._base_font) * lines + MARGIN + small + 2
        if self._style.show_source:
            self.source.setMinimumHeight(small)
            height += small + 2
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

    def set_state(self, text: str) -> None:
        """What is happening (*Reconnecting…*, *Stopped: …*); empty once all is well."""
        self._state = text
        self._refresh()

    def set_placeholder(self, text: str) -> None:
        """What the status line says while no caption shows (*Press Start*, *Listening to …*)."""
        self._placeholder = text
        self._refresh()

    def status_text(self) -> str:
        return self.status.text()

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
            label.setAlignment(caption_alignment(content, Qt.AlignmentFlag.AlignBottom))
        status = self._state or ("" if lines else self._placeholder)
        self.status.setFont(self._fitting_font(self._small_font, status, self.status))
        self.status.setText(status)
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

    def default_geometry(self) -> QRect:
        return self._placement.default_geometry()

    def restore_position(self) -> None:
        """The place saved for this screen layout (if it is still on a screen), else the default."""
        self._placement.restore()

    def reset_position(self) -> None:
        self._placement.reset()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._placed_once:
            self._placed_once = True
            self.restore_position()

    def moveEvent(self, event: QMoveEvent) -> None:
        super().moveEvent(event)
        self._placement.remember()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.grip.move(self.width() - self.grip.width(), self.height() - self.grip.height())
        self.grip.raise_()
        self._placement.remember()
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
            self._placement.place(geometry)
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
        lines = menu.addMenu(self.tr("Lines"))
        for n in (1, 2, 3):
            action = lines.addAction(str(n))
            action.setCheckable(True)
            action.setChecked(self._style.lines == n)
            action.triggered.connect(lambda _=False, n=n: self.set_style(replace(self._style, lines=n)))
        source = menu.addAction(self.tr("Show what is being said"))
        source.setCheckable(True)
        source.setChecked(self._style.show_source)
        source.toggled.connect(lambda on: self.set_style(replace(self._style, show_source=on)))
        contrast = menu.addAction(self.tr("High contrast"))
        contrast.setCheckable(True)
        contrast.setChecked(self._style.high_contrast)
        contrast.toggled.connect(lambda on: self.set_style(replace(self._style, high_contrast=on)))
        menu.addSeparator()
        menu.addAction(self.tr("Hide caption bar"), self.hide_requested.emit)
        menu.popup(event.globalPos())

