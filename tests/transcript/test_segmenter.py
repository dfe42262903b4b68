from __future__ import annotations

import itertools
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from translator_gui.transcript.layout import LayoutLimits
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
    whole = CaptionSegmenter("en", max_chars=10_000, caption=None)
    expected = whole.add_translation(text, 0.0) + whole.flush(0.0)
    pieces = CaptionSegmenter("en", max_chars=10_000, caption=None)
    got = feed_translation(pieces, data.draw(fragmented(text))) + pieces.flush(0.0)
    assert texts(got) == texts(expected)


# -- the text's language, and a caption's length ---------------------------------------------

SPANISH_SENTENCES = [f"Frase número {i}." for i in range(1, 9)]


def test_spanish_numbered_sentences_are_lines_of_their_own() -> None:
    seg = CaptionSegmenter("es")
    pieces = [word for sentence in SPANISH_SENTENCES for word in (" " + sentence).split(" ") if word]
    out = feed_translation(seg, [" " + p if i else p for i, p in enumerate(pieces)]) + seg.flush(0.0)
    assert texts(out) == SPANISH_SENTENCES


def test_a_german_ordinal_does_not_end_the_line() -> None:
    seg = CaptionSegmenter("de")
    assert texts(feed_translation(seg, ["am 3. Okt", "ober", " kommt er. Gut"])) == ["am 3. Oktober kommt er."]


def test_the_source_follows_its_own_language() -> None:
    seg = CaptionSegmenter("en", source_language="es", translation_wait=1.0)
    out = seg.add_source("Frase número 1. Frase número 2. Fra", 0.0) + seg.add_source("se", 1.5)
    assert [s.source for s in out] == ["Frase número 1.", "Frase número 2."]
    assert seg.live == ("", "Frase")


CAPTION_CHARS = 2 * LayoutLimits().max_chars


def test_a_run_on_line_is_never_longer_than_a_caption() -> None:
    text = (
        "we are going to look at the numbers for the third quarter, which were better than anyone "
        "expected and then we will talk about the plans for next year because there is a lot to do "
        "and not much time to do it in so let us start right away with the first slide"
    )
    seg = CaptionSegmenter("en")
    out = feed_translation(seg, [w + " " for w in text.split()]) + seg.flush(0.0)
    assert all(len(s.translation) <= CAPTION_CHARS for s in out), texts(out)
    assert " ".join(texts(out)).split() == text.split()
    assert texts(out)[0] == "we are going to look at the numbers for the third quarter,"
    assert texts(out)[1].startswith("which were better")


def test_a_caption_of_wide_characters_holds_fewer_of_them() -> None:
    seg = CaptionSegmenter("zh")
    out = feed_translation(seg, ["这是一个很长的句子"] * 12) + seg.flush(0.0)
    assert all(0 < len(s.translation) <= 2 * LayoutLimits().max_wide_chars for s in out)
    assert "".join(texts(out)) == "这是一个很长的句子" * 12


def test_a_long_sentence_that_ends_is_still_cut_to_a_caption() -> None:
    sentence = "Esta es una frase muy larga, que sigue y sigue sin terminar nunca, pero al final termina."
    assert len(sentence) > CAPTION_CHARS
    out = feed_translation(CaptionSegmenter("es"), [sentence, " Otra"])
    assert texts(out) == ["Esta es una frase muy larga, que sigue y sigue sin terminar nunca,",
                          "pero al final termina."]


def test_source_only_lines_fit_a_caption_too() -> None:
    seg = CaptionSegmenter("en", translation_wait=1.0)
    words = [f"palabra{i}" for i in range(30)]
    out = seg.add_source(" ".join(words) + ". Y", 0.0) + seg.poll(2.0) + seg.flush(2.0)
    assert all(len(s.source) <= CAPTION_CHARS for s in out)
    assert " ".join(s.source for s in out).split() == [*words[:-1], words[-1] + ".", "Y"]


# -- checkpoints -----------------------------------------------------------------------------


def test_text_still_being_spoken_is_checkpointed_every_two_seconds() -> None:
    saved: list[Segment] = []
    seg = CaptionSegmenter("es", checkpoint=saved.append)
    seg.add_translation("uno", 0.0)
    seg.add_translation(" dos", 1.0)
    assert saved == []
    seg.add_translation(" tres", 2.0)  # "uno" is 2 s old
    assert [(s.translation, s.unfinished) for s in saved] == [("uno dos tres", True)]
    seg.add_translation(" cuatro", 3.0)
    assert len(saved) == 1  # everything delivered before 2.0 is saved
    seg.add_source("one two three four", 4.5)
    assert [s.translation for s in saved] == ["uno dos tres"]
    seg.add_translation(" cinco", 5.0)  # " cuatro" is 2 s old
    assert [(s.translation, s.source) for s in saved][-1] == ("uno dos tres cuatro cinco", "one two three four")
    assert saved[-1].start == 0.0 and saved[-1].end == 5.0


def test_a_checkpoint_holds_the_line_before_the_delivery_closes_part_of_it() -> None:
    saved: list[Segment] = []
    seg = CaptionSegmenter("en", checkpoint=saved.append)
    seg.add_translation("One two", 0.0)
    out = seg.add_translation(". Three", 2.0)
    assert texts(out) == ["One two."]
    # the closed line is a prefix of the checkpoint: what is left after it is the open text
    assert [s.translation for s in saved] == ["One two. Three"]
    assert seg.live == ("Three", "")


def test_no_checkpoint_when_the_delivery_closes_everything_or_nothing_waits() -> None:
    saved: list[Segment] = []
    seg = CaptionSegmenter("en", checkpoint=saved.append)
    seg.add_translation("One two", 0.0)
    seg.flush(1.0)
    seg.add_translation("Three", 10.0)  # long after the last checkpoint, but nothing is old
    seg.add_translation(" four", 11.0)
    assert saved == []
    seg.add_translation(" five", 12.0)
    assert [s.translation for s in saved] == ["Three four five"]
    out = seg.add_translation(".", 20.0) + seg.add_translation(" Six", 20.0)
    assert texts(out) == ["Three four five."]
    assert [s.translation for s in saved] == ["Three four five"]  # "Six" arrived just now


def test_idle_close_forgets_what_waited() -> None:
    saved: list[Segment] = []
    seg = CaptionSegmenter("en", checkpoint=saved.append)
    seg.add_translation("One", 0.0)
    assert texts(seg.poll(1.5)) == ["One"]
    seg.add_translation("Two", 2.5)
    assert saved == []
