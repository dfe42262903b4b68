from __future__ import annotations

import pytest

from translator_gui.transcript.sentences import (
    break_point,
    first_sentence_end,
    last_sentence_end,
    sentence_ends,
)


@pytest.mark.parametrize(
    ("text", "sentence"),
    [
        ("Hello. World", "Hello."),
        ("Really?! Yes", "Really?!"),
        ('He said "stop." Then', 'He said "stop."'),
        ("Wait... Then", "Wait..."),
        ("Wait… Then", "Wait…"),
        ("¿Qué? ¡Nada! Bien", "¿Qué?"),
        ("In 2024. Then", "In 2024."),
        ("Это всё. Дальше", "Это всё."),
        ("안녕하세요. 반갑", "안녕하세요."),
        ("你好。我们", "你好。"),
        ("「行こう。」次", "「行こう。」"),
        ("何？次", "何？"),
        ("नमस्ते। आप", "नमस्ते।"),
        ("नमस्ते।आप", "नमस्ते।"),
        ("كيف حالك؟ أنا", "كيف حالك؟"),
        ("Hi.\nNext", "Hi."),
    ],
)
def test_confirmed_sentence_end(text: str, sentence: str) -> None:
    assert first_sentence_end(text) == len(sentence)


@pytest.mark.parametrize(
    "text",
    [
        "It costs 3.5 dollars",  # decimal
        "e.g. the cat",  # abbreviation, lowercase next
        "see e.g. Paris",  # dotted abbreviation
        "Mr. Smith came",  # title
        "J. F. Kennedy spoke",  # initials
        "am 3. Oktober",  # German ordinal
        "I was thinking... maybe",  # ellipsis inside a sentence
        "Yahoo!com is",  # no space after
        "Hello.",  # pending: the next fragment decides
        "Hello. ",  # pending: whitespace only so far
        "Hello.”",  # pending: closer at the end
        "你好。",  # pending even for CJK: a closer may still follow
        "no terminator at all",
    ],
)
def test_no_confirmed_end(text: str) -> None:
    assert first_sentence_end(text) is None


def test_all_and_last_ends() -> None:
    text = "One. Two! Three? Four"
    assert sentence_ends(text) == [4, 9, 16]
    assert last_sentence_end(text) == 16
    assert last_sentence_end("none yet") is None


def test_break_point_prefers_sentence_then_word() -> None:
    assert break_point("short", 10) == 5
    assert break_point("One two. Three four five six", 20) == len("One two.")
    text = "alpha beta gamma delta"
    assert text[: break_point(text, 13)] == "alpha beta"
    assert text[: break_point(text, 16)] == "alpha beta gamma"


def test_break_point_without_spaces() -> None:
    assert break_point("一二三四五六七八九十", 4) == 4
    assert break_point("一二，三四五六七八九十", 6) == 3  # after the CJK comma
    # never separates a combining mark from its letter
    assert break_point("abce\u0301fgh", 4) == 3
