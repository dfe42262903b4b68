from __future__ import annotations

import unicodedata

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


SPANISH_RUN_ON = "Frase número 1. Frase número 2. Frase número 3. Y ya está"


def test_a_number_ends_a_sentence_in_a_language_without_ordinals() -> None:
    assert [SPANISH_RUN_ON[:end] for end in sentence_ends(SPANISH_RUN_ON, language="es")] == [
        "Frase número 1.",
        "Frase número 1. Frase número 2.",
        "Frase número 1. Frase número 2. Frase número 3.",
    ]
    assert first_sentence_end("We won 3. The others lost", language="en") == len("We won 3.")
    assert first_sentence_end("Il a gagné 12. Nous avons perdu", language="fr-CA") == len("Il a gagné 12.")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "Wir treffen uns am 3. Oktober in Berlin"),
        ("de", "Er kam am 24. Dezember"),
        ("de-AT", "Am 1. Jänner ist Neujahr"),
        ("de", "Das war vor dem 2. Weltkrieg"),
        ("de", "Sie wohnt im 3. Stock"),
        ("de", "Der 1. FC Köln spielt"),
        ("de", "Das ist der 3. große Erfolg"),  # a lowercase word after an ordinal
        ("da", "Mødet er den 3. oktober"),
        ("fi", "Tapaamme 3. lokakuuta"),
        ("cs", "Přijedu 3. října"),
        ("tr", "Toplantı 3. Ekim günü"),
        (None, "am 3. Oktober"),  # the source, language not known: a month name still tells
    ],
)
def test_ordinals_where_the_language_has_them(language: str | None, text: str) -> None:
    assert first_sentence_end(text, language=language) is None


@pytest.mark.parametrize(
    ("language", "text", "sentence"),
    [
        ("de", "Satz Nummer 1. Satz Nummer 2.", "Satz Nummer 1."),  # "Nummer" introduces no ordinal
        ("de", "Wir treffen uns am 3. Das passt gut", "Wir treffen uns am 3."),  # "Das" starts a sentence
        ("de", "Wir waren 12. Dann gingen wir", "Wir waren 12."),
        ("da", "Vi var 12. Derefter gik vi", "Vi var 12."),
        ("es", "Llegó el 3. Octubre fue duro", "Llegó el 3."),  # Spanish has no "3." ordinals
        (None, "Sentence number 1. Sentence number 2.", "Sentence number 1."),
    ],
)
def test_a_number_before_a_new_sentence_ends_it_even_in_an_ordinal_language(
    language: str | None, text: str, sentence: str
) -> None:
    assert first_sentence_end(text, language=language) == len(sentence)


def test_break_point_prefers_a_clause_boundary_to_any_word() -> None:
    text = "We looked at the numbers for the third quarter, and they were better than anyone expected"
    head = text[: break_point(text, 84)]
    assert head == "We looked at the numbers for the third quarter,"
    semicolon = "The first team finished the work early; the second one needed two more weeks to do it"
    assert semicolon[: break_point(semicolon, 60)] == "The first team finished the work early;"
    dash = "The plan was simple — everyone would bring something and we would share it all"
    assert dash[: break_point(dash, 40)] == "The plan was simple —"


def test_break_point_cuts_before_a_conjunction_without_a_mark() -> None:
    text = "Llegamos tarde a la estación porque el autobús se había retrasado más de una hora entera"
    assert text[: break_point(text, 70, "es")] == "Llegamos tarde a la estación"
    german = "Wir konnten nicht kommen weil der Zug wegen des Wetters ausgefallen war und niemand half"
    assert german[: break_point(german, 60, "de")] == "Wir konnten nicht kommen"


def test_break_point_ignores_a_clause_boundary_that_leaves_too_little() -> None:
    text = "So, we looked at the numbers for the third quarter and they were better than expected"
    # "So," is too short a head; "and" is a third of the way in: the cut goes before it
    assert text[: break_point(text, 60)] == "So, we looked at the numbers for the third quarter"
    decimal = "It rose by 3,5 percent over the whole of the last year in every region we serve"
    assert decimal[: break_point(decimal, 40)] == "It rose by 3,5 percent over the whole of"


def test_break_point_measures_with_the_given_width() -> None:
    def double(text: str) -> int:
        return 2 * len(text)

    text = "alpha beta gamma delta"
    assert text[: break_point(text, 26, width=double)] == "alpha beta"


def test_break_point_never_leaves_a_combining_mark_at_the_start() -> None:
    thai = "ฉันชอบกินข้าวผัดกับไก่ทอดมากที่สุดในโลก"  # no spaces at all
    for limit in range(2, len(thai)):
        cut = break_point(thai, limit)
        assert not unicodedata.category(thai[cut]).startswith("M"), (limit, thai[cut:])


def test_a_word_still_growing_after_a_number_decides_nothing_yet() -> None:
    assert first_sentence_end("am 3. Okt", language="de") is None
    assert first_sentence_end("am 3. Oktober", language="de") is None
    assert first_sentence_end("am 3. Das ", language="de") == len("am 3.")
    assert first_sentence_end("número 3. Otr", language="es") == len("número 3.")
