"""Whether caption text stands out from the bar: WCAG 2.x relative luminance and contrast ratio.

The bar is translucent, so its background is composited over whatever it floats above; the
worst case is over a black or a white window, the two extremes.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

if TYPE_CHECKING:
    from translator_gui.ui.captions.style import OverlayStyle

WCAG_AA = 4.5  # contrast ratio for normal text
BEHIND = ("#000000", "#ffffff")  # the extremes of what the bar may float above


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


def worst_contrast(text: QColor, background: QColor, opacity: float) -> float:
    """Text against a background of that opacity over black or white, whichever is worse."""
    return min(contrast_ratio(text, composite(background, opacity, QColor(behind))) for behind in BEHIND)


def contrast_text(style: OverlayStyle) -> str:
    """One sentence on how well the text stands out from the bar, over anything behind it."""
    ratio = style.worst_contrast()
    shown = math.floor(ratio * 10) / 10  # never rounds a failing ratio up to a passing one
    if ratio >= WCAG_AA:
        return QCoreApplication.translate("Contrast", "Contrast {ratio}:1 — meets WCAG AA").format(ratio=f"{shown:.1f}")
    effective = style.effective()
    dark_text = relative_luminance(QColor(effective.text_color)) < 0.18
    advice = (QCoreApplication.translate("Contrast", "choose a lighter background, more opacity, or High contrast")
              if dark_text else
              QCoreApplication.translate("Contrast", "choose a darker background, more opacity, or High contrast"))
    return QCoreApplication.translate("Contrast", "Contrast {ratio}:1 — below WCAG AA (4.5:1); {advice}").format(
        ratio=f"{shown:.1f}", advice=advice)
