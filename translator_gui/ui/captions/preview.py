"""A sample of the caption bar in the style dialog, drawn over a half-black, half-white backdrop
(the two extremes of what the bar may float above), with the fonts the bar itself uses."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from translator_gui.ui.captions.fonts import caption_fonts
from translator_gui.ui.captions.style import OverlayStyle

SAMPLE_LINES = ("Good morning, everyone.", "Let's start with the budget.", "Any questions so far?")
SAMPLE_SOURCE = "Buenos días a todos."
PREVIEW_MARGIN = 8  # px between the preview's edge and the sample bar
BAR_PADDING = 8  # px inside the sample bar
MIN_PREVIEW_POINTS = 6.0


class CaptionPreview(QWidget):
    """A sample of the caption bar over a half-black, half-white backdrop.

    The text keeps the chosen size when it fits and is drawn smaller when it does not; the bar
    itself shows the real size while the dialog is open.
    """

    def __init__(self, style: OverlayStyle, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("captionStylePreview")
        self.setAccessibleName(self.tr("Preview of the caption bar"))
        self.setMinimumSize(420, 150)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._style = style
        self._describe()

    def set_style(self, style: OverlayStyle) -> None:
        self._style = style
        self._describe()
        self.update()

    def sample_lines(self) -> list[str]:
        return list(SAMPLE_LINES[: self._style.lines])

    def _describe(self) -> None:
        style = self._style.effective()
        words = " / ".join(self.sample_lines())
        if style.show_source:
            words += f"; under it, smaller: {SAMPLE_SOURCE}"
        self.setAccessibleDescription(
            f"{words}. {style.text_color} text on {style.background_color} at "
            f"{round(style.background_opacity * 100)} % opacity."
        )

    def sizeHint(self) -> QSize:
        return QSize(480, 170)

    def paintEvent(self, event: QPaintEvent) -> None:
        style = self._style.effective()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        full = QRectF(self.rect())
        half = full.width() / 2
        painter.fillRect(QRectF(full.left(), full.top(), half, full.height()), QColor("#000000"))
        painter.fillRect(QRectF(full.left() + half, full.top(), full.width() - half, full.height()),
                         QColor("#ffffff"))  # fmt: skip

        lines = self.sample_lines()
        font, small = caption_fonts(self._style, self.font())
        room = full.adjusted(PREVIEW_MARGIN + BAR_PADDING, PREVIEW_MARGIN + BAR_PADDING,
                             -PREVIEW_MARGIN - BAR_PADDING, -PREVIEW_MARGIN - BAR_PADDING)  # fmt: skip
        font, small = self._fit(font, small, lines, style.show_source, room.width(), room.height())
        big_metrics, small_metrics = QFontMetricsF(font), QFontMetricsF(small)
        height = big_metrics.lineSpacing() * len(lines)
        if style.show_source:
            height += small_metrics.lineSpacing() + 2

        bar = QRectF(full.left() + PREVIEW_MARGIN, full.bottom() - PREVIEW_MARGIN - height - 2 * BAR_PADDING,
                     full.width() - 2 * PREVIEW_MARGIN, height + 2 * BAR_PADDING)  # fmt: skip
        background = QColor(style.background_color)
        background.setAlphaF(style.background_opacity)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(background)
        painter.drawRoundedRect(bar, 8, 8)

        painter.setPen(QColor(style.text_color))
        y = bar.top() + BAR_PADDING
        painter.setFont(font)
        for line in lines:
            painter.drawText(QRectF(bar.left() + BAR_PADDING, y, bar.width() - 2 * BAR_PADDING,
                                    big_metrics.lineSpacing()), Qt.AlignmentFlag.AlignLeft, line)  # fmt: skip
            y += big_metrics.lineSpacing()
        if style.show_source:
            painter.setFont(small)
            source_box = QRectF(bar.left() + BAR_PADDING, y + 2, bar.width() - 2 * BAR_PADDING,
                                small_metrics.lineSpacing())  # fmt: skip
            painter.drawText(source_box, Qt.AlignmentFlag.AlignLeft, SAMPLE_SOURCE)
        painter.end()

    @staticmethod
    def _fit(font: QFont, small: QFont, lines: list[str], show_source: bool,
             width: float, height: float) -> tuple[QFont, QFont]:  # fmt: skip
        """Both fonts scaled down together until the sample fits ``width`` x ``height``."""
        big_metrics, small_metrics = QFontMetricsF(font), QFontMetricsF(small)
        needed_width = max([big_metrics.horizontalAdvance(line) for line in lines]
                           + ([small_metrics.horizontalAdvance(SAMPLE_SOURCE)] if show_source else []))  # fmt: skip
        needed_height = big_metrics.lineSpacing() * len(lines)
        if show_source:
            needed_height += small_metrics.lineSpacing() + 2
        scale = min(1.0, width / max(needed_width, 1.0), height / max(needed_height, 1.0))
        if scale >= 1.0:
            return font, small
        fitted, fitted_small = QFont(font), QFont(small)
        fitted.setPointSizeF(max(MIN_PREVIEW_POINTS, font.pointSizeF() * scale * 0.97))
        fitted_small.setPointSizeF(max(MIN_PREVIEW_POINTS, small.pointSizeF() * scale * 0.97))
        return fitted, fitted_small
