"""Caption fonts: the bar's and the preview's from one function, the live line's, and the side
right-to-left text reads from."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont

from translator_gui.ui.captions.fonts import caption_alignment, caption_fonts, live_translation_font, speaker_font
from translator_gui.ui.captions.style import OverlayStyle

pytestmark = pytest.mark.usefixtures("qapp")


def test_the_caption_font_follows_the_style_and_the_source_line_is_smaller() -> None:
    base = QFont("DejaVu Sans", 10)
    font, small = caption_fonts(OverlayStyle(font_family="DejaVu Serif", font_size=30), base)
    assert (font.families()[0], font.pointSize(), font.weight()) == ("DejaVu Serif", 30, base.weight())
    assert (small.families()[0], small.pointSize()) == ("DejaVu Serif", 18)
    bold, _ = caption_fonts(OverlayStyle(font_size=30, high_contrast=True), base)
    assert bold.weight() == QFont.Weight.Bold and bold.families()[0] == "DejaVu Sans"  # the preset is bold
    _, tiny = caption_fonts(OverlayStyle(font_size=9), base)
    assert tiny.pointSize() == 8  # never smaller than that
    assert base.pointSize() == 10 and base.families()[0] == "DejaVu Sans"  # the widget's font is left alone


def test_live_line_and_speaker_fonts() -> None:
    base = QFont("DejaVu Sans", 10)
    assert live_translation_font(base).pointSizeF() == pytest.approx(18.0)
    assert speaker_font(base).bold() and not base.bold()


def test_right_to_left_text_reads_from_the_right() -> None:
    rtl = caption_alignment("مرحبا", Qt.AlignmentFlag.AlignBottom)
    wanted = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignBottom
    assert rtl == wanted
    ltr = caption_alignment("Hello", Qt.AlignmentFlag.AlignVCenter)
    assert ltr & Qt.AlignmentFlag.AlignLeft and not ltr & Qt.AlignmentFlag.AlignRight
    assert ltr & Qt.AlignmentFlag.AlignVCenter
