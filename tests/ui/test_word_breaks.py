"""Thai, Lao, Khmer and Burmese captions break between words, by a dictionary: real sentences,
ICU's breaker (icu4py) and Qt's, and the caption bar that uses them."""

from __future__ import annotations

import os
import subprocess
import sys
import unicodedata

import pytest
from PySide6.QtGui import QFont, QTextLayout, QTextOption
from pytestqt.qtbot import QtBot

from translator_gui.transcript.layout import LayoutLimits, wrap
from translator_gui.ui.captions.live_panel import CaptionPanel
from translator_gui.ui.word_breaks import (
    ZWSP,
    _code_point_indices,
    caption_breaker,
    icu_breaks,
    qt_breaks,
    with_break_hints,
)

# "Today we will talk about the company's results in the past quarter and the plans for next year."
SENTENCES = {
    "th": "วันนี้เราจะพูดคุยเกี่ยวกับผลประกอบการของบริษัทในไตรมาสที่ผ่านมาและแผนงานสำหรับปีหน้า",
    "lo": "ມື້ນີ້ພວກເຮົາຈະເວົ້າກ່ຽວກັບຜົນການດຳເນີນງານຂອງບໍລິສັດໃນໄຕມາດທີ່ຜ່ານມາ",
    "km": "ថ្ងៃនេះយើងនឹងនិយាយអំពីលទ្ធផលការងាររបស់ក្រុមហ៊ុនក្នុងត្រីមាសមុន",
    "my": "ယနေ့ကျွန်ုပ်တို့သည်ကုမ္ပဏီ၏ပြီးခဲ့သည့်သုံးလပတ်ရလဒ်များအကြောင်းဆွေးနွေးပါမည်",
}
# Words of those sentences that a line must never cut (about, company, quarter, I, discuss …; a
# compound such as ผลประกอบการ, "results", may break between its words).
WORDS = {
    "th": ["เกี่ยว", "ประกอบ", "บริษัท", "ไตรมาส", "ผ่าน", "สำหรับ", "หน้า"],
    "lo": ["ມື້ນີ້", "ເຮົາ", "ກ່ຽວກັບ", "ດຳເນີນ", "ບໍລິສັດ", "ໄຕມາດ"],
    "km": ["ថ្ងៃនេះ", "និយាយ", "លទ្ធផល", "ការងារ", "ក្រុមហ៊ុន", "ត្រីមាស"],
    "my": ["ကျွန်ုပ်", "ကုမ္ပဏီ", "ရလဒ်", "အကြောင်း", "ဆွေးနွေး"],
}
NARROW = LayoutLimits(max_chars=14)


def cuts(lines: list[str]) -> set[int]:
    out, position = set(), 0
    for line in lines[:-1]:
        position += len(line)
        out.add(position)
    return out


def inside_words(text: str, words: list[str]) -> set[int]:
    """Positions strictly inside one of ``words`` where it occurs in ``text``."""
    out: set[int] = set()
    for word in words:
        start = text.find(word)
        assert start >= 0, word
        out.update(range(start + 1, start + len(word)))
    return out


@pytest.mark.parametrize("language", list(SENTENCES))
def test_icu_breaks_real_sentences_between_words(language: str) -> None:
    text = SENTENCES[language]
    for limits in (NARROW, LayoutLimits()):
        lines = wrap(text, limits, breaker=icu_breaks)
        assert "".join(lines) == text
        assert len(lines) >= 2
        assert not cuts(lines) & inside_words(text, WORDS[language]), lines
        assert not any(unicodedata.category(line[0]).startswith("M") for line in lines), lines
        assert all(limits.fits(line) for line in lines)


@pytest.mark.parametrize("language", sorted(SENTENCES))
def test_the_caption_breaker_is_icus(language: str) -> None:
    assert caption_breaker()(SENTENCES[language]) == icu_breaks(SENTENCES[language])


def test_icu_is_loaded_only_for_text_that_needs_a_dictionary() -> None:
    """ICU's libraries and data cost several MB of memory: a caption bar that shows only
    space-separated text never loads them."""
    script = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from translator_gui.transcript.layout import LayoutLimits, wrap\n"
        "from translator_gui.ui.word_breaks import caption_breaker\n"
        "breaker = caption_breaker()\n"
        "wrap('Today we will talk about the results of the past quarter ' * 3, LayoutLimits(), breaker)\n"
        "print('icu4py' in sys.modules)\n"
        f"wrap({SENTENCES['th']!r}, LayoutLimits(), breaker)\n"
        "print('icu4py' in sys.modules)\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["False", "True"]


def test_qt_breaks_thai_only_and_then_only_with_libthai() -> None:
    """Why ICU is needed: Qt's boundary finder knows no Lao or Khmer words and cuts Burmese before
    its vowel signs (which the layout refuses: no line starts with a mark)."""
    assert qt_breaks(SENTENCES["lo"]) == () and qt_breaks(SENTENCES["km"]) == ()
    burmese = SENTENCES["my"]
    assert any(unicodedata.category(burmese[i]).startswith("M") for i in qt_breaks(burmese))
    lines = wrap(burmese, NARROW, breaker=qt_breaks)
    assert not any(unicodedata.category(line[0]).startswith("M") for line in lines)


def test_offsets_of_characters_beyond_the_basic_plane_are_python_indices() -> None:
    text = "😀😀 ฉันชอบ"
    assert _code_point_indices(text, [2, 4, 5, 8]) == [1, 2, 3, 6]
    assert icu_breaks("😀ฉันชอบกิน") == (1, 4, 7)


def qt_wrapped(text: str, font: QFont, width: int) -> list[str]:
    """The lines Qt's own word wrap makes of ``text`` (as a word-wrapped label lays it out)."""
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    layout.beginLayout()
    lines = []
    while (line := layout.createLine()).isValid():
        line.setLineWidth(width)
        lines.append(text[line.textStart() : line.textStart() + line.textLength()])
    layout.endLayout()
    return lines


@pytest.mark.parametrize("language", ["lo", "km"])
def test_break_hints_let_qt_wrap_lao_and_khmer_between_words(qtbot: QtBot, language: str) -> None:
    text = SENTENCES[language]
    panel = CaptionPanel()
    qtbot.addWidget(panel)
    panel.show_live(text, "")
    shown = panel.translation.text()
    assert shown.replace(ZWSP, "") == text and ZWSP in shown
    font = panel.translation.font()
    assert len(qt_wrapped(text, font, 200)) == 1  # without hints Qt finds no place to wrap at all
    lines = [line.replace(ZWSP, "") for line in qt_wrapped(shown, font, 200)]
    assert len(lines) > 1 and "".join(lines) == text
    assert not cuts(lines) & inside_words(text, WORDS[language]), lines


def test_break_hints_leave_other_text_alone_and_can_be_applied_again() -> None:
    assert with_break_hints("Hello world, 你好") == "Hello world, 你好"
    once = with_break_hints("ok ฉันชอบกินข้าว ok")
    assert once == f"ok ฉัน{ZWSP}ชอบ{ZWSP}กิน{ZWSP}ข้าว ok"
    assert with_break_hints(once) == once
