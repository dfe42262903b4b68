"""Caption lines in scripts written without spaces (Thai, Lao, Khmer, Burmese), with and without
a dictionary-based word breaker (the real one is tested in tests/ui/test_word_breaks.py)."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

import pytest

from translator_gui.transcript.layout import CaptionLayout, LayoutLimits, WordBreaker, wrap
from translator_gui.transcript.word_runs import cluster_breaks, needs_dictionary

THAI = "วันนี้เราจะพูดคุยเกี่ยวกับผลประกอบการของบริษัทในไตรมาสที่ผ่านมาและแผนงานสำหรับปีหน้า"
THAI_WORDS = ["วัน", "นี้", "เรา", "จะ", "พูด", "คุย", "เกี่ยว", "กับ", "ผล", "ประกอบ", "การ", "ของ", "บริษัท",
              "ใน", "ไตรมาส", "ที่", "ผ่าน", "มา", "และ", "แผน", "งาน", "สำหรับ", "ปี", "หน้า"]
BURMESE = "ယနေ့ကျွန်ုပ်တို့သည်ကုမ္ပဏီ၏ပြီးခဲ့သည့်သုံးလပတ်ရလဒ်များအကြောင်းဆွေးနွေးပါမည်"
KHMER = "ថ្ងៃនេះយើងនឹងនិយាយអំពីលទ្ធផលការងាររបស់ក្រុមហ៊ុនក្នុងត្រីមាសមុន"
LAO = "ມື້ນີ້ພວກເຮົາຈະເວົ້າກ່ຽວກັບຜົນການດຳເນີນງານຂອງບໍລິສັດໃນໄຕມາດທີ່ຜ່ານມາ"
NARROW = LayoutLimits(max_chars=12, max_lines=2, min_display=0.0, clear_after=1000.0)


def word_breaker(words: Sequence[str]) -> WordBreaker:
    """A breaker that knows ``words`` (as a dictionary would) and breaks between them."""

    def breaks(text: str) -> list[int]:
        out, position = [], 0
        while position < len(text):
            word = next((w for w in sorted(words, key=len, reverse=True) if text.startswith(w, position)), None)
            position += len(word) if word else 1
            if position < len(text):
                out.append(position)
        return out

    return breaks


def starts_with_mark(line: str) -> bool:
    return unicodedata.category(line[0]).startswith("M")


def test_the_layout_breaks_where_the_injected_breaker_says() -> None:
    lines = wrap(THAI, NARROW, breaker=word_breaker(THAI_WORDS))
    assert "".join(lines) == THAI
    assert len(lines) > 3
    cuts = set()
    position = 0
    for line in lines[:-1]:
        position += len(line)
        cuts.add(position)
    word_ends = set()
    position = 0
    for word in THAI_WORDS:
        position += len(word)
        word_ends.add(position)
    assert cuts <= word_ends  # every line ends at the end of a word


def test_a_breaker_that_offers_a_break_before_a_mark_is_overruled() -> None:
    def everywhere(text: str) -> list[int]:
        return list(range(1, len(text)))

    for text in (THAI, BURMESE, KHMER, LAO):
        lines = wrap(text, NARROW, breaker=everywhere)
        assert "".join(lines) == text
        assert not any(starts_with_mark(line) for line in lines), lines


@pytest.mark.parametrize("text", [THAI, BURMESE, KHMER, LAO])
def test_without_a_breaker_no_line_starts_with_a_combining_mark(text: str) -> None:
    for limits in (NARROW, LayoutLimits()):
        lines = wrap(text, limits)
        assert "".join(lines) == text
        assert not any(starts_with_mark(line) for line in lines), lines
        assert all(limits.fits(line) for line in lines)


def test_thai_vowel_signs_take_no_room() -> None:
    assert LayoutLimits().width("กิ") == LayoutLimits().width("ก")
    assert LayoutLimits().width("ที่") == LayoutLimits().width("ท")


def test_clusters_keep_leading_vowels_and_stacked_consonants_together() -> None:
    assert 1 not in cluster_breaks("เขา")  # a leading vowel stays with its consonant
    assert all(not unicodedata.category("ក្រុម"[i]).startswith("M") for i in cluster_breaks("ក្រុម"))
    assert 2 not in cluster_breaks("ក្រុម")  # nor a Khmer coeng and the consonant under it
    assert needs_dictionary(THAI) and needs_dictionary("abc ไทย") and not needs_dictionary("abc 中文")


def test_live_thai_lines_never_change_and_match_the_finished_layout() -> None:
    breaker = word_breaker(THAI_WORDS)
    layout = CaptionLayout(NARROW, breaker=breaker)
    seen: list[str] = []
    for end in range(1, len(THAI) + 1):
        layout.update(THAI[:end], end * 0.05)
        lines = layout.all_lines
        assert lines[: max(len(seen) - 1, 0)] == seen[: max(len(seen) - 1, 0)]  # full lines stay as they were
        for old, new in zip(seen, lines, strict=False):
            assert new.startswith(old)  # placed text never moves
        seen = lines
    layout.consume(THAI, len(THAI) * 0.05)
    assert layout.all_lines == wrap(THAI, NARROW, breaker=breaker)
    assert not any(starts_with_mark(line) for line in layout.all_lines)


def test_latin_text_is_not_touched_by_a_breaker() -> None:
    def fail(text: str) -> list[int]:
        raise AssertionError(f"asked about {text!r}")

    text = "The breaker is only asked about scripts written without spaces."
    assert wrap(text, breaker=fail) == wrap(text)
