"""The caption bar, offscreen: window kind, style applied and persisted, line limit, RTL, CJK glyphs,
rendering, click-through, and captions from the bridge."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics, QImage
from pytestqt.qtbot import QtBot

from tests.ui.captions.conftest import MakeOverlay
from translator_gui.meeting.events import LiveCaption
from translator_gui.settings import Settings
from translator_gui.side import Side
from translator_gui.transcript.layout import LayoutLimits, is_rtl
from translator_gui.transcript.segment import Segment
from translator_gui.ui.bridge import MeetingBridge
from translator_gui.ui.captions.bar import CaptionOverlay
from translator_gui.ui.captions.fonts import missing_glyphs
from translator_gui.ui.captions.style import OverlayStyle

CJK = "我们今天讨论下一个季度的预算。"
ARABIC = "نحن نناقش اليوم ميزانية الربع القادم، وكيفية تحسين الكفاءة دون زيادة التكاليف. "
LATIN = "And so, my fellow Americans, ask not what your country can do for you; ask what you can do for it. "


def test_window_kind(make_overlay: MakeOverlay) -> None:
    overlay = make_overlay(show=False)
    flags = overlay.windowFlags()
    for flag in (Qt.WindowType.Tool, Qt.WindowType.FramelessWindowHint, Qt.WindowType.WindowStaysOnTopHint):
        assert flags & flag == flag
    assert overlay.testAttribute(Qt.WidgetAttribute.WA_TranslucentBackground)


def test_the_high_contrast_preset_is_drawn_opaque_and_bold(make_overlay: MakeOverlay) -> None:
    preset = OverlayStyle(text_color="#777777", background_color="#666666", high_contrast=True)
    overlay = make_overlay()
    overlay.set_style(preset)
    overlay.show_live("Hello world ", "")
    image = overlay.grab().toImage()
    corner = image.pixelColor(image.width() // 2, 2)
    assert (corner.red(), corner.green(), corner.blue(), corner.alpha()) == (0, 0, 0, 255)
    assert overlay.translation.font().weight() == QFont.Weight.Bold


def test_style_is_persisted(make_overlay: MakeOverlay, settings_path: Path) -> None:
    overlay = make_overlay()
    style = OverlayStyle(font_family="DejaVu Serif", font_size=30, text_color="#ffee00",
                         background_color="#102030", background_opacity=0.5, lines=3, show_source=True)
    overlay.set_style(style)
    assert OverlayStyle.from_settings(Settings(settings_path)) == style
    assert make_overlay().style_settings == style


@pytest.mark.parametrize("lines", [1, 2, 3])
def test_line_limit(make_overlay: MakeOverlay, lines: int) -> None:
    overlay = make_overlay()
    overlay.set_style(OverlayStyle(lines=lines))
    overlay.show_live(LATIN * 2, "")
    shown = overlay.shown_lines()
    assert len(shown) == lines
    assert all(len(line) <= 42 for line in shown)


def ink_columns(overlay: CaptionOverlay, top_share: float, bottom_share: float) -> tuple[int, int]:
    """Leftmost and rightmost column with light (text) pixels in a band of the translation label."""
    image = overlay.grab().toImage()
    g = overlay.translation.geometry()
    rows = range(g.y() + int(g.height() * top_share), g.y() + int(g.height() * bottom_share))
    xs = [x for x in range(image.width()) for y in rows if image.pixelColor(x, y).lightness() > 160]
    assert xs, "no text drawn"
    return min(xs), max(xs)


def test_rtl_text_is_aligned_right_and_ltr_left(make_overlay: MakeOverlay) -> None:
    assert is_rtl(ARABIC) and is_rtl("«שלום»") and not is_rtl(LATIN) and not is_rtl("123 abc")
    overlay = make_overlay()
    overlay.show_live(ARABIC, "")
    assert len(overlay.shown_lines()) == 2
    assert overlay.translation.alignment() & Qt.AlignmentFlag.AlignRight
    g = overlay.translation.geometry()
    # both lines, the short last one too, end at the right edge as drawn
    for band in ((0.0, 0.5), (0.5, 1.0)):
        left, right = ink_columns(overlay, *band)
        assert right >= g.right() - 8 and left > g.left() + 2
    overlay.clear()
    overlay.show_live("Short line here. And a second one that is long enough to wrap. ", "")
    assert overlay.translation.alignment() & Qt.AlignmentFlag.AlignLeft
    assert overlay.shown_lines()[0] == "Short line here."
    left, right = ink_columns(overlay, 0.0, 0.5)
    assert left <= g.left() + 8 and right < g.right() - 40


def test_lines_shrink_to_fit_a_narrow_bar(make_overlay: MakeOverlay) -> None:
    overlay = make_overlay()
    overlay.setGeometry(QRect(0, 600, 360, 140))
    overlay.show_live(LATIN, "")
    font = overlay.translation.font()
    assert font.pointSizeF() < 24
    room = overlay.translation.contentsRect().width()
    assert all(QFontMetrics(font).horizontalAdvance(line) <= room for line in overlay.shown_lines())
    overlay.setGeometry(QRect(0, 600, 780, 140))  # wider again: back to the chosen size
    assert overlay.translation.font().pointSizeF() == 24


def test_cjk_is_drawn_with_a_font_that_has_the_glyphs(make_overlay: MakeOverlay) -> None:
    overlay = make_overlay()
    overlay.set_style(OverlayStyle(font_family="DejaVu Sans"))
    dejavu = QFont("DejaVu Sans")
    assert missing_glyphs(dejavu, CJK)  # the configured font alone would draw boxes
    overlay.show_live(CJK, "")
    font = overlay.translation.font()
    assert "".join(overlay.shown_lines()) == CJK
    assert missing_glyphs(font, CJK) == []
    assert all(QFontMetrics(font).inFontUcs4(ord(c)) for c in CJK)
    overlay.clear()
    overlay.show_live("Hello there ", "")
    assert overlay.translation.font().family() == "DejaVu Sans"  # Latin keeps the chosen font


def test_renders_to_png(make_overlay: MakeOverlay, tmp_path: Path) -> None:
    overlay = make_overlay()
    overlay.set_style(OverlayStyle(text_color="#ffff00", show_source=True))
    overlay.show_live("Guten Morgen zusammen ", "Good morning everyone ")
    path = tmp_path / "overlay.png"
    assert overlay.grab().save(str(path))
    image = QImage(str(path))
    assert not image.isNull() and image.width() > 100
    yellow = sum(
        1
        for x in range(0, image.width(), 2)
        for y in range(0, image.height(), 2)
        if (c := image.pixelColor(x, y)).red() > 200 and c.green() > 200 and c.blue() < 80
    )
    assert yellow > 50  # the caption text was drawn


def test_click_through_and_the_way_back(make_overlay: MakeOverlay) -> None:
    overlay = make_overlay()
    changes: list[bool] = []
    overlay.click_through_changed.connect(changes.append)
    overlay.click_through_action.trigger()  # from the main window's menu or the tray
    assert overlay.click_through and overlay.isVisible()
    assert overlay.windowFlags() & Qt.WindowType.WindowTransparentForInput
    overlay.click_through_action.trigger()
    assert not overlay.click_through and overlay.isVisible()
    assert changes == [True, False]
    overlay.set_click_through(True)
    overlay.close()
    assert not make_overlay().click_through  # never restored at start


def test_fed_by_the_bridge(make_overlay: MakeOverlay, qtbot: QtBot) -> None:
    overlay = make_overlay()
    bridge = MeetingBridge()
    bridge.live_caption_changed.connect(overlay.show_live)
    bridge.segment_completed.connect(overlay.add_segment)
    bridge.deliver(LiveCaption("Hello the", "Hola a", Side.THEM))
    qtbot.wait_until(lambda: overlay.shown_lines() == ["Hello"])
    bridge.deliver(Segment(0.0, 1.0, "Hola a todos.", "Hello there.", "en"))
    bridge.deliver(LiveCaption("How are ", "Qué tal ", Side.THEM))
    qtbot.wait_until(lambda: overlay.shown_lines() == ["Hello there. How are"])


def test_bar_clears_itself_after_a_pause(qtbot: QtBot, settings_path: Path) -> None:
    timing = LayoutLimits(min_display=0.1, clear_after=0.3)
    overlay = CaptionOverlay(Settings(settings_path), timing=timing)  # the real clock and timer
    qtbot.addWidget(overlay)
    overlay.show()
    overlay.show_live("Hello there. ", "Hola. ")
    assert overlay.shown_lines() == ["Hello there."]
    qtbot.wait_until(lambda: overlay.shown_lines() == [] and overlay.source.text() == "", timeout=3000)
    overlay.show_live("Hello there. How are ", "")
    assert overlay.shown_lines() == ["How are"]  # a fresh screen, nothing old comes back
