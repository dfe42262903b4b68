"""Readable caption lines: limits, break points, and lines that never jump while text streams."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from translator_gui.transcript.layout import (
    FUNCTION_WORDS,
    KEEP_SCROLLED,
    NO_LINE_START,
    CaptionLayout,
    LayoutLimits,
    wrap,
)

LATIN = (
    "And so, my fellow Americans, ask not what your country can do for you; ask what you can do "
    "for your country. My fellow citizens of the world, ask not what America will do for you, "
    "but what together we can do for the freedom of man."
)
CJK = "我们今天讨论的是下一个季度的预算，以及如何在不增加成本的情况下提高效率。然后我们会谈到招聘计划和培训安排。"
JAPANESE = "本日は、来期の予算と、コストを増やさずに効率を上げる方法について話し合います。「質問」があればどうぞ。"
ARABIC = (
    "نحن نناقش اليوم ميزانية الربع القادم، وكيفية تحسين الكفاءة دون زيادة التكاليف. "
    "ثم سنتحدث عن خطة التوظيف والتدريب."
)
LIMITS = LayoutLimits()


def fits_or_hangs(line: str) -> bool:
    """Within the limit, or over it by one hanging closing mark."""
    return LIMITS.fits(line) or (line[-1] in NO_LINE_START and LIMITS.fits(line[:-1]))


def words(text: str) -> list[str]:
    return text.split()


@pytest.mark.parametrize("text", [LATIN, ARABIC])
def test_spaced_scripts_wrap_between_words_within_42(text: str) -> None:
    lines = wrap(text)
    assert len(lines) > 2
    assert all(len(line) <= 42 for line in lines)
    assert [w for line in lines for w in line.split()] == words(text)  # no word cut or lost


@pytest.mark.parametrize("text", [CJK, JAPANESE])
def test_cjk_lines_hold_16_full_width_characters(text: str) -> None:
    lines = wrap(text)
    assert "".join(lines) == text
    assert all(fits_or_hangs(line) for line in lines)
    assert all(len(line.rstrip("、。，」")) <= 16 for line in lines)
    assert not any(line[0] in NO_LINE_START for line in lines)  # no line starts with 、 。 」
    assert not any(line.endswith("「") for line in lines)


def test_breaks_prefer_clause_and_sentence_ends() -> None:
    lines = wrap(LATIN)
    assert lines[0] == "And so, my fellow Americans,"  # not "…Americans, ask not"
    assert any(line.endswith("country.") for line in lines)
    assert wrap(CJK)[0].endswith("，")
    assert wrap(ARABIC)[0].endswith("،")  # the Arabic comma ends the clause


def test_a_full_line_does_not_end_on_an_article_or_preposition() -> None:
    text = "We will meet again tomorrow morning at the office to discuss the budget for the next quarter"
    lines = wrap(text)
    for line in lines[:-1]:
        assert line.split()[-1].lower() not in FUNCTION_WORDS, lines


def test_a_word_longer_than_a_line_is_cut() -> None:
    url = "https://example.com/" + "x" * 60
    lines = wrap(f"see {url} now")
    assert all(len(line) <= 42 for line in lines)
    assert "".join(lines).replace("see", "").replace("now", "").replace(" ", "") == url


def test_limits_are_checked() -> None:
    with pytest.raises(ValueError):
        LayoutLimits(max_lines=0)
    with pytest.raises(ValueError):
        LayoutLimits(min_display=2.0, clear_after=1.0)


def stream(layout: CaptionLayout, text: str, step: int, t0: float = 0.0, dt: float = 0.05) -> list[list[str]]:
    """Feed ``text`` in pieces of ``step`` characters; returns what was on screen after each."""
    shown = []
    now = t0
    for end in range(step, len(text) + step, step):
        now += dt
        shown.append(layout.update(text[: min(end, len(text))], now))
    return shown


def assert_never_jumps(history: list[list[str]], all_lines: list[str]) -> None:
    """Every screen is a window of the final line list, with only its last line still growing."""
    for screen in history:
        if not screen:
            continue
        n = len(screen)
        windows = [
            i for i in range(len(all_lines) - n + 1)
            if all_lines[i : i + n - 1] == screen[:-1] and all_lines[i + n - 1].startswith(screen[-1])
        ]
        assert windows, (screen, all_lines)


@pytest.mark.parametrize("text", [LATIN, CJK, JAPANESE, ARABIC])
@pytest.mark.parametrize("step", [1, 3, 7])
def test_streamed_text_never_jumps(text: str, step: int) -> None:
    layout = CaptionLayout(LayoutLimits(clear_after=1000.0, min_display=0.0))
    history = stream(layout, text, step)
    layout.consume(text, 100.0)
    assert_never_jumps(history, layout.all_lines)
    assert all(len(screen) <= 2 for screen in history)
    assert layout.all_lines == wrap(text)  # live and finished layouts agree
    if text is LATIN:
        assert all(len(line) <= 42 for line in layout.all_lines)


@given(st.lists(st.sampled_from(["the", "cat", "sat,", "on", "a", "mat.", "日本", "語", "、", "Ünïcödé", "—"]),
                max_size=40), st.integers(min_value=1, max_value=9))
def test_property_placed_text_only_grows(parts: list[str], step: int) -> None:
    text = " ".join(parts)
    layout = CaptionLayout(LayoutLimits(clear_after=1000.0, min_display=0.0))
    previous: list[str] = []
    for end in range(step, len(text) + step, step):
        layout.update(text[:end], 1.0)
        now = layout.all_lines
        # earlier lines are unchanged; the last earlier line may only have grown at its end
        assert now[: max(len(previous) - 1, 0)] == previous[: max(len(previous) - 1, 0)]
        if previous:
            assert now[len(previous) - 1].startswith(previous[-1])
        previous = now
    assert "".join(layout.all_lines).replace(" ", "") in text.replace(" ", "")


def test_a_line_stays_at_least_min_display_before_scrolling_off() -> None:
    layout = CaptionLayout(LayoutLimits(min_display=1.0, clear_after=5.0))
    burst = " ".join(f"word{i}" for i in range(50)) + ". "
    layout.update(burst, 10.0)  # a burst of text, all at once
    first = layout.lines(10.0)
    expected = layout.all_lines
    assert len(expected) >= 6
    assert first == expected[:2]  # the burst starts at its first line, none skipped
    assert layout.lines(10.5) == first  # nothing scrolled off before 1 s
    assert layout.next_change(10.5) == pytest.approx(11.0)
    shown_from: dict[str, float] = {}
    shown_until: dict[str, float] = {}
    now = 10.0
    while True:
        screen = layout.lines(now)
        if not screen:
            break
        for line in screen:
            shown_from.setdefault(line, now)
        change = layout.next_change(now)
        assert change is not None and change > now
        for line in screen:
            shown_until[line] = change
        now = change
    assert list(shown_from) == expected  # every line shown, in order
    assert all(shown_until[line] - shown_from[line] >= 1.0 for line in shown_from)
    assert now - 10.0 < 10.0  # and the backlog drains


def test_caption_clears_after_a_pause_and_restarts_on_a_fresh_screen() -> None:
    layout = CaptionLayout(LayoutLimits(min_display=1.0, clear_after=3.0))
    assert layout.update("Hello there. ", 0.0) == ["Hello there."]
    assert layout.next_change(1.0) == pytest.approx(3.0)
    assert layout.lines(2.9) == ["Hello there."]
    assert layout.lines(3.0) == []
    assert layout.update("Hello there. How are ", 4.0) == ["How are"]


def test_segments_leave_the_live_text_without_moving_lines() -> None:
    layout = CaptionLayout(LayoutLimits(clear_after=100.0))
    layout.update("Hello the", 0.0)
    assert layout.lines(0.0) == ["Hello"]  # "the" may still grow: held back
    # the sentence closed: the segment arrives first, then the rest of the live text
    layout.consume("Hello there.", 0.1)
    assert layout.lines(0.1) == ["Hello there."]
    layout.update("How are you ", 0.2)
    assert layout.lines(0.2) == ["Hello there. How are you"]
    # live text that still contains the finished sentence
    layout.update("How are you today? Fine ", 0.3)
    layout.consume("How are you today?", 0.4)
    layout.update("Fine thanks ", 0.5)
    assert " ".join(layout.all_lines) == "Hello there. How are you today? Fine thanks"


def test_cjk_segments_join_without_spaces() -> None:
    layout = CaptionLayout(LayoutLimits(clear_after=100.0))
    layout.update("你好。", 0.0)
    layout.consume("你好。", 0.1)
    layout.update("我们开始吧", 0.2)
    assert layout.all_lines == ["你好。我们开始吧"]


def test_a_segment_never_seen_live_gets_its_own_line() -> None:
    layout = CaptionLayout(LayoutLimits(clear_after=100.0))
    layout.update("Good morning everyone ", 0.0)
    layout.consume("Buenos días.", 0.1)  # e.g. a source-only line
    assert layout.all_lines[-1] == "Buenos días."


def test_memory_stays_bounded_in_a_long_talk_without_pauses() -> None:
    layout = CaptionLayout(LayoutLimits(min_display=0.0, clear_after=1000.0))
    now = 0.0
    for i in range(3000):
        now += 0.5
        sentence = f"Sentence number {i} keeps going without any pause at all. "
        layout.update(sentence, now)
        layout.consume(sentence, now)
        assert len(layout.lines(now)) <= 2
    assert len(layout.all_lines) <= KEEP_SCROLLED + 2
    assert layout.lines(now)[-1].endswith("at all.")


SENTENCES = st.lists(
    st.lists(st.sampled_from(["we", "the", "budget,", "next", "quarter", "预算", "，", "计划", "。", "خطة", "التوظيف،",
                              "Zürich", "a", "of"]), min_size=1, max_size=12).map(lambda ws: " ".join(ws) + "."),
    min_size=1, max_size=8,
)


@given(SENTENCES, st.integers(min_value=1, max_value=6))
def test_property_lines_never_jump_across_finished_lines(sentences: list[str], step: int) -> None:
    """Live text grows; each finished sentence leaves it (as the segmenter does); shown text never moves."""
    layout = CaptionLayout(LayoutLimits(clear_after=1000.0, min_display=0.0))
    previous: list[str] = []

    def check() -> None:
        nonlocal previous
        now = layout.all_lines
        keep = max(len(previous) - 1, 0)
        assert now[:keep] == previous[:keep]
        if previous:
            assert now[len(previous) - 1].startswith(previous[-1])
        previous = now

    for sentence in sentences:
        for end in range(step, len(sentence) + step, step):
            layout.update(sentence[:end], 1.0)
            check()
        layout.consume(sentence, 1.0)
        check()
    placed = "".join(layout.all_lines).replace(" ", "")
    assert placed == "".join(sentences).replace(" ", "")  # everything shown, once, in order
    assert all(LIMITS.fits(line) or line[-1] in NO_LINE_START for line in layout.all_lines)
