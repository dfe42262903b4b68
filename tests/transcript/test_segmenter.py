from __future__ import annotations

import itertools
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from translator_gui.transcript.segment import Segment
from translator_gui.transcript.segmenter import CaptionSegmenter


def feed_translation(seg: CaptionSegmenter, pieces: list[str], now: float = 0.0) -> list[Segment]:
    out: list[Segment] = []
    for piece in pieces:
        out += seg.add_translation(piece, now)
    return out


def texts(segments: list[Segment]) -> list[str]:
    return [s.translation for s in segments]


def test_sentence_closes_when_the_next_one_starts_and_spaces_are_never_inserted() -> None:
    seg = CaptionSegmenter("es")
    out = feed_translation(seg, ["Hola", " a to", "dos.", " ¿Cómo", " estás?", " Bien"])
    assert texts(out) == ["Hola a todos.", "¿Cómo estás?"]
    assert seg.live == ("Bien", "")


def test_terminator_at_the_end_waits_for_the_next_fragment_or_idle() -> None:
    seg = CaptionSegmenter("en", idle_seconds=1.0)
    assert seg.add_translation("It costs 3.", 10.0) == []
    assert seg.add_translation("5 dollars.", 10.2) == []
    assert seg.poll(11.1) == []  # 0.9 s idle
    [line] = seg.poll(11.2)
    assert line == Segment(10.0, 10.2, "", "It costs 3.5 dollars.", "en")
    assert seg.live == ("", "")
    assert seg.poll(20.0) == []


@pytest.mark.parametrize(
    ("pieces", "expected"),
    [
        (["We use e.g", ". this one. Next"], ["We use e.g. this one."]),
        (["I was thinking", "...", " maybe not. Ok"], ["I was thinking... maybe not."]),
        (["Wait", "... ", "What? No"], ["Wait...", "What?"]),
        (["Mr", ". Smith is here. Ok"], ["Mr. Smith is here."]),
        (["am 3. Oktober", " kommt er. Gut"], ["am 3. Oktober kommt er."]),
        (['He said "stop.', '" Then'], ['He said "stop."']),
    ],
)
def test_ambiguous_periods(pieces: list[str], expected: list[str]) -> None:
    assert texts(feed_translation(CaptionSegmenter("en"), pieces)) == expected


def test_cjk_full_stop_closes_on_the_next_fragment_without_a_space() -> None:
    seg = CaptionSegmenter("ja")
    assert feed_translation(seg, ["今日は", "晴れです。"]) == []
    assert texts(seg.add_translation("」明日", 1.0)) == ["今日は晴れです。」"]
    assert texts(feed_translation(seg, ["は雨？", "たぶん"])) == ["明日は雨？"]
    assert seg.live == ("たぶん", "")


@pytest.mark.parametrize(
    ("pieces", "expected"),
    [
        (["नमस्ते।", "आप कैसे हैं"], ["नमस्ते।"]),
        (["كيف حالك؟", " أنا بخير"], ["كيف حالك؟"]),
        (["你好。", "我们开始吧！", "好"], ["你好。", "我们开始吧！"]),
    ],
)
def test_other_scripts(pieces: list[str], expected: list[str]) -> None:
    assert texts(feed_translation(CaptionSegmenter("hi"), pieces)) == expected


def test_times_are_the_first_and_last_fragment() -> None:
    seg = CaptionSegmenter("en")
    seg.add_translation("Good", 1.0)
    seg.add_translation(" morning.", 1.5)
    [line] = seg.add_translation(" Today", 2.0)
    assert (line.start, line.end) == (1.0, 1.5)
    [line] = seg.flush(9.0)
    assert (line.start, line.end, line.translation) == (2.0, 2.0, "Today")


def test_lines_never_overlap_when_source_arrives_early() -> None:
    seg = CaptionSegmenter("es")
    seg.add_source("One. Two.", 1.0)
    seg.add_translation("Uno.", 2.0)
    [first] = seg.add_translation(" Dos.", 3.0)
    [second] = seg.flush(4.0)
    assert (first.source, first.translation) == ("One.", "Uno.")
    assert (second.source, second.translation) == ("Two.", "Dos.")
    assert (first.start, first.end) == (1.0, 2.0)
    # "Two." arrived at 1.0, but the line starts where the previous one ended
    assert (second.start, second.end) == (2.0, 3.0)


def test_source_pairs_by_elapsed_ms() -> None:
    seg = CaptionSegmenter("es")
    seg.add_source("Hello everyone.", 0.1, elapsed_ms=900)
    seg.add_source(" How are", 0.5, elapsed_ms=1500)
    seg.add_source(" you?", 0.7, elapsed_ms=1900)
    seg.add_translation("Hola a todos.", 1.0, elapsed_ms=1000)
    assert seg.live == ("Hola a todos.", "Hello everyone. How are you?")
    [line] = seg.add_translation(" ¿Cómo", 1.2, elapsed_ms=1600)
    assert (line.translation, line.source) == ("Hola a todos.", "Hello everyone.")
    assert seg.live == ("¿Cómo", "How are you?")
    [line] = seg.add_translation(" estás? Yo", 1.4, elapsed_ms=2000)
    assert (line.translation, line.source) == ("¿Cómo estás?", "How are you?")


def test_source_pairs_by_arrival_up_to_its_last_complete_sentence() -> None:
    seg = CaptionSegmenter("es")
    seg.add_source("Good morning. Today we", 0.2)
    seg.add_translation("Buenos días.", 0.5)
    [line] = seg.add_translation(" Hoy", 0.8)
    assert (line.translation, line.source) == ("Buenos días.", "Good morning.")
    assert seg.live == ("Hoy", "Today we")
    seg.add_source(" talk", 0.9)  # no sentence end in the source yet: all of it goes
    [line] = seg.add_translation(" hablamos. Y", 1.0)
    assert (line.translation, line.source) == ("Hoy hablamos.", "Today we talk")


def test_source_only_line_waits_for_a_translation_then_closes() -> None:
    seg = CaptionSegmenter("en", idle_seconds=1.0, translation_wait=3.0)
    seg.add_source("Good morning", 0.0)
    seg.add_source(" everyone", 0.4)
    assert seg.poll(1.5) == []  # idle, but a translation may still come
    [line] = seg.poll(3.4)
    assert line == Segment(0.0, 0.4, "Good morning everyone", "", "en")


def test_source_only_speech_closes_at_sentences_once_translation_is_silent() -> None:
    seg = CaptionSegmenter("en", translation_wait=3.0)
    assert seg.add_source("We agree. The budget", 0.0) == []  # translation may be lagging
    assert seg.add_source(" is fine. And", 2.0) == []
    out = seg.add_source(" then", 3.1)
    assert [(s.source, s.translation) for s in out] == [("We agree.", ""), ("The budget is fine.", "")]
    assert seg.live == ("", "And then")


def test_set_language_closes_the_open_line_under_the_old_language() -> None:
    seg = CaptionSegmenter("es")
    seg.add_source("Hello", 0.0)
    seg.add_translation("Hola", 0.1)
    assert seg.set_language("es", 0.2) == []
    [line] = seg.set_language("fr", 0.3)
    assert (line.language, line.translation, line.source) == ("es", "Hola", "Hello")
    [line] = feed_translation(seg, ["Bonjour.", " Oui"], 0.5)
    assert line.language == "fr"
    assert seg.language == "fr"


def test_whitespace_never_makes_a_line() -> None:
    seg = CaptionSegmenter("en")
    assert seg.add_translation("   ", 0.0) == []
    assert seg.add_source("\n ", 0.0) == []
    assert seg.live == ("", "")
    assert seg.poll(100.0) == []
    assert seg.flush(100.0) == []
    seg.add_translation("Hi.", 101.0)
    [line] = seg.add_translation("  \n Next", 101.5)
    assert line.translation == "Hi."
    assert seg.live == ("Next", "")


def test_run_on_is_cut_at_a_word_boundary() -> None:
    words = [f"word{i}" for i in range(300)]
    seg = CaptionSegmenter("en", max_chars=100)
    out = feed_translation(seg, [w + " " for w in words]) + seg.flush(0.0)
    assert all(len(s.translation) <= 100 for s in out)
    assert len(out) > 10
    assert " ".join(s.translation for s in out).split() == words  # no word split or lost


def test_run_on_without_spaces_is_cut_at_the_limit() -> None:
    seg = CaptionSegmenter("zh", max_chars=50)
    out = feed_translation(seg, ["这是一个很长的句子"] * 30) + seg.flush(0.0)
    assert all(0 < len(s.translation) <= 50 for s in out)
    assert "".join(s.translation for s in out) == "这是一个很长的句子" * 30


def test_source_waiting_for_translation_is_bounded() -> None:
    seg = CaptionSegmenter("es", max_chars=60)
    seg.add_translation("Hola", 0.0)
    out: list[Segment] = []
    for i in range(100):
        out += seg.add_source(f" and{i}", 0.0)
        assert len(seg.live[1]) <= 60
    assert out and all(s.translation == "" and len(s.source) <= 60 for s in out)


def test_constructor_validates() -> None:
    with pytest.raises(ValueError, match="idle_seconds"):
        CaptionSegmenter("en", idle_seconds=0)
    with pytest.raises(ValueError, match="max_chars"):
        CaptionSegmenter("en", max_chars=1)


# -- properties ------------------------------------------------------------------------------

_WORDS = st.sampled_from(
    ["Hello", "world", "3.5", "e.g.", "Mr.", "yes.", "No!", "why?", "Wait...", "ok…", "你好。",
     "「はい。」", "नमस्ते।", "كيف؟", '"Stop."', "U.S.", "and", "the", "Große", "été", "x" * 30]
)
_SEPARATORS = st.sampled_from([" ", " ", " ", "", "\n", "  "])


@st.composite
def transcripts(draw: st.DrawFn) -> str:
    parts = draw(st.lists(st.tuples(_WORDS, _SEPARATORS), max_size=60))
    return "".join(w + s for w, s in parts)


@st.composite
def fragmented(draw: st.DrawFn, text: str) -> list[str]:
    cuts = sorted(draw(st.sets(st.integers(0, len(text)), max_size=max(len(text) // 3, 1))))
    bounds = [0, *cuts, len(text)]
    return [text[a:b] for a, b in itertools.pairwise(bounds) if b > a]


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


@settings(max_examples=150, deadline=None)
@given(st.data(), transcripts(), transcripts(), st.integers(min_value=8, max_value=120))
def test_nothing_lost_or_duplicated_and_lines_are_bounded(
    data: st.DataObject, translation: str, source: str, max_chars: int
) -> None:
    seg = CaptionSegmenter("en", max_chars=max_chars)
    tr_parts = data.draw(fragmented(translation))
    src_parts = data.draw(fragmented(source))
    with_elapsed = data.draw(st.booleans())
    out: list[Segment] = []
    now = 0.0
    for i in range(max(len(tr_parts), len(src_parts))):
        now += data.draw(st.sampled_from([0.05, 0.3, 2.0, 5.0]))
        elapsed = i * 100 if with_elapsed else None
        if i < len(src_parts):
            out += seg.add_source(src_parts[i], now, elapsed)
        if i < len(tr_parts):
            out += seg.add_translation(tr_parts[i], now, elapsed)
        out += seg.poll(now)
        assert len(seg.live[0]) <= max_chars + len(tr_parts[i] if i < len(tr_parts) else "")
    out += seg.flush(now)
    assert squash("".join(s.translation for s in out)) == squash(translation)
    assert squash("".join(s.source for s in out)) == squash(source)
    for line in out:
        assert line.translation.strip() or line.source.strip()
        assert line.translation == line.translation.strip() and line.source == line.source.strip()
        assert len(line.translation) <= max_chars and len(line.source) <= max_chars
        assert line.start <= line.end
    assert all(a.end <= b.start for a, b in itertools.pairwise(out))
    assert seg.live == ("", "")


@settings(max_examples=150, deadline=None)
@given(st.data(), transcripts())
def test_lines_do_not_depend_on_how_the_text_was_fragmented(data: st.DataObject, text: str) -> None:
    whole = CaptionSegmenter("en", max_chars=10_000)
    expected = whole.add_translation(text, 0.0) + whole.flush(0.0)
    pieces = CaptionSegmenter("en", max_chars=10_000)
    got = feed_translation(pieces, data.draw(fragmented(text))) + pieces.flush(0.0)
    assert texts(got) == texts(expected)
