"""Fonts and text direction for captions: the one place where a caption font is built.

The caption bar and its style dialog's preview draw with :func:`caption_fonts`, so the preview
shows what the bar shows; the main window's live lines use :func:`live_translation_font` and
:func:`speaker_font` (also the history's Me cells); every caption label (bar, live lines, history) asks
:func:`font_for_text` for a font that has the glyphs of its text (CJK, Arabic…), and
:func:`caption_alignment` for its side (right-to-left text reads from the right edge).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics, QRawFont

from translator_gui.transcript.layout import is_rtl

if TYPE_CHECKING:
    from translator_gui.ui.captions.style import OverlayStyle

SOURCE_SHARE = 0.6  # the source line's size, of the caption's
MIN_SOURCE_POINTS = 8
LIVE_TRANSLATION_SCALE = 1.8  # the main window's live translation, of the window's font


def caption_fonts(style: OverlayStyle, base: QFont) -> tuple[QFont, QFont]:
    """The bar's caption font and its smaller source-line font for ``style`` (as drawn: the
    high-contrast preset is bold), built on ``base`` (the widget's own font)."""
    effective = style.effective()
    font = QFont(base)
    if effective.font_family:
        font.setFamilies([effective.font_family])
    font.setPointSize(effective.font_size)
    if effective.high_contrast:
        font.setWeight(QFont.Weight.Bold)
    small = QFont(font)
    small.setPointSize(max(MIN_SOURCE_POINTS, round(effective.font_size * SOURCE_SHARE)))
    return font, small


def live_translation_font(base: QFont) -> QFont:
    """The main window's live translation: ``base`` made large, the line most people read."""
    font = QFont(base)
    font.setPointSizeF(base.pointSizeF() * LIVE_TRANSLATION_SCALE)
    return font


def speaker_font(base: QFont) -> QFont:
    """``base`` in bold, for who is speaking (a difference in weight, not only in colour)."""
    font = QFont(base)
    font.setBold(True)
    return font


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


def line_spacing(font: QFont) -> int:
    """Line height of ``font`` or of its CJK fallback, whichever is taller."""
    spacing = QFontMetrics(font).lineSpacing()
    cjk = font_for_text(font, "中")
    return max(spacing, QFontMetrics(cjk).lineSpacing())


def caption_alignment(text: str, vertical: Qt.AlignmentFlag) -> Qt.AlignmentFlag:
    """Right for right-to-left text (Arabic, Hebrew…), else left; then ``vertical``."""
    horizontal = Qt.AlignmentFlag.AlignRight if is_rtl(text) else Qt.AlignmentFlag.AlignLeft
    # Absolute: Qt would otherwise mirror Left/Right for right-to-left text.
    return horizontal | Qt.AlignmentFlag.AlignAbsolute | vertical
