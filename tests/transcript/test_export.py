"""Exports are read back with independent parsers (``srt``, ``webvtt-py``, ``json``) cue by cue."""

from __future__ import annotations

import html
import itertools
import json
from pathlib import Path

import pytest
import srt
import webvtt

from translator_gui.transcript.export import (
    MIN_CUE_SECONDS,
    ExportFormat,
    Variant,
    cues,
    render,
    to_json,
    to_srt,
    to_text,
    to_vtt,
    write_export,
)
from translator_gui.transcript.layout import LayoutLimits
from translator_gui.transcript.segment import Segment

SEGMENTS = [
    Segment(0.5, 2.25, "Good morning, everyone.", "Buenos días a todos.", "es"),
    Segment(2.25, 2.25, "Thank you.", "ありがとうございます。", "ja"),  # zero length: gets a minimum
    Segment(3.0, 5.5, "Let's look at the numbers.", "دعونا ننظر إلى الأرقام.", "ar"),
    Segment(6.0, 6.8, "", "Hallo & <Tschüss> --> weiter", "de"),  # translation only; markup-like text
    Segment(7.0, 8.0, "Déjà vu.", "", "en"),  # source only: already in the target language
    Segment(3661.5, 3663.0, "One hour later.", "Una hora después.", "es"),
]

EXPECTED: dict[Variant, list[tuple[float, float, list[str]]]] = {
    Variant.TRANSLATION: [
        (0.5, 2.25, ["Buenos días a todos."]),
        (2.25, 3.0, ["ありがとうございます。"]),  # 1 s minimum, but not past the next cue's start
        (3.0, 5.5, ["دعونا ننظر إلى الأرقام."]),
        (6.0, 7.0, ["Hallo & <Tschüss> -> weiter"]),
        (7.0, 8.0, ["Déjà vu."]),
        (3661.5, 3663.0, ["Una hora después."]),
    ],
    Variant.SOURCE: [
        (0.5, 2.25, ["Good morning, everyone."]),
        (2.25, 3.0, ["Thank you."]),
        (3.0, 5.5, ["Let's look at the numbers."]),
        (7.0, 8.0, ["Déjà vu."]),
        (3661.5, 3663.0, ["One hour later."]),
    ],
    Variant.BILINGUAL: [
        (0.5, 2.25, ["Buenos días a todos.", "Good morning, everyone."]),
        (2.25, 3.0, ["ありがとうございます。", "Thank you."]),
        (3.0, 5.5, ["دعونا ننظر إلى الأرقام.", "Let's look at the numbers."]),
        (6.0, 7.0, ["Hallo & <Tschüss> -> weiter"]),
        (7.0, 8.0, ["Déjà vu."]),
        (3661.5, 3663.0, ["Una hora después.", "One hour later."]),
    ],
}


def srt_cues(text: str) -> list[tuple[float, float, list[str]]]:
    return [
        (c.start.total_seconds(), c.end.total_seconds(), c.content.split("\n"))
        for c in srt.parse(text, ignore_errors=False)
    ]


def vtt_cues(text: str) -> list[tuple[float, float, list[str]]]:
    doc = webvtt.from_string(text, strict=True)
    return [
        (c.start_time.in_milliseconds() / 1000, c.end_time.in_milliseconds() / 1000,
         [html.unescape(line) for line in c.lines])
        for c in doc.captions
    ]


@pytest.mark.parametrize("variant", list(Variant))
def test_srt_reads_back_cue_by_cue(variant: Variant) -> None:
    assert srt_cues(to_srt(SEGMENTS, variant)) == EXPECTED[variant]


@pytest.mark.parametrize("variant", list(Variant))
def test_webvtt_reads_back_cue_by_cue(variant: Variant) -> None:
    text = to_vtt(SEGMENTS, variant)
    assert text.startswith("WEBVTT\n")
    assert "<Tschüss>" not in text  # escaped, not a tag
    assert vtt_cues(text) == EXPECTED[variant]


@pytest.mark.parametrize("variant", list(Variant))
def test_json_reads_back(variant: Variant) -> None:
    doc = json.loads(to_json(SEGMENTS, variant))
    assert doc["format"] == "translator-gui transcript" and doc["version"] == 1
    assert doc["variant"] == variant.value
    items = doc["segments"]
    included = [s for s in SEGMENTS if variant is not Variant.SOURCE or s.source]
    # JSON keeps the session clock as recorded (no minimum duration applied)
    assert [(i["start"], i["end"], i["language"]) for i in items] == [(s.start, s.end, s.language) for s in included]
    for item in items:
        assert set(item) >= {"start", "end", "language"}
    if variant is Variant.BILINGUAL:
        back = [Segment.from_json(i) for i in items]
        assert [s.translation for s in back][:3] == [s.translation for s in SEGMENTS[:3]]
        assert back[0] == SEGMENTS[0]
    if variant is Variant.SOURCE:
        assert [i["source"] for i in items] == [lines[0] for _, _, lines in EXPECTED[Variant.SOURCE]]
    if variant is Variant.TRANSLATION:
        assert items[3]["translation"] == "Hallo & <Tschüss> --> weiter"  # JSON keeps text as is


@pytest.mark.parametrize("variant", list(Variant))
def test_plain_text(variant: Variant) -> None:
    text = to_text(SEGMENTS, variant)
    lines = text.splitlines()
    assert lines[0].startswith("[0:00:00] ")
    assert "[1:01:01] " in text
    assert ("    Good morning, everyone." in lines) == (variant is Variant.BILINGUAL)
    assert ("[0:00:03] دعونا ننظر إلى الأرقام." in lines) == (variant is not Variant.SOURCE)
    assert ("[0:00:06] Hallo & <Tschüss> --> weiter" in lines) == (variant is not Variant.SOURCE)


def test_a_long_line_becomes_several_two_line_cues_sharing_its_time() -> None:
    long = (
        "Wir haben im letzten Quartal deutlich mehr verkauft, als wir erwartet hatten, und deshalb "
        "werden wir im nächsten Jahr neue Mitarbeiter einstellen, vor allem im Vertrieb."
    )
    segment = Segment(10.0, 20.0, "We sold more.", long, "de")
    for parse, text in ((srt_cues, to_srt([segment])), (vtt_cues, to_vtt([segment]))):
        got = parse(text)
        assert len(got) >= 2
        assert all(1 <= len(lines) <= 2 and all(len(x) <= 42 for x in lines) for _, _, lines in got)
        assert " ".join(x for _, _, lines in got for x in lines) == long
        assert got[0][0] == 10.0 and got[-1][1] == 20.0
        assert all(a[1] == pytest.approx(b[0], abs=0.002) for a, b in itertools.pairwise(got))
        # bilingual: one cue with the translation, then the source
        bilingual = parse(to_srt([segment], Variant.BILINGUAL) if parse is srt_cues
                          else to_vtt([segment], Variant.BILINGUAL))
        assert len(bilingual) == 1 and bilingual[0][2][-1] == "We sold more."


def test_cjk_lines_in_cues_hold_16_characters() -> None:
    text = "我们今天讨论的是下一个季度的预算，以及如何在不增加成本的情况下提高效率。"
    got = srt_cues(to_srt([Segment(0.0, 4.0, "", text, "zh")]))
    assert "".join(x for _, _, lines in got for x in lines) == text
    assert all(len(x.rstrip("，。")) <= 16 for _, _, lines in got for x in lines)


def test_min_cue_duration() -> None:
    got = srt_cues(to_srt([Segment(5.0, 5.0, "", "Ja.", "de")]))
    assert got == [(5.0, 5.0 + MIN_CUE_SECONDS, ["Ja."])]


@pytest.mark.parametrize("fmt", list(ExportFormat))
def test_write_export_is_utf8_and_atomic(tmp_path: Path, fmt: ExportFormat) -> None:
    path = tmp_path / f"session{fmt.suffix}"
    write_export(path, SEGMENTS, fmt, Variant.BILINGUAL)
    data = path.read_bytes()
    assert not data.startswith(b"\xef\xbb\xbf")
    assert data.decode("utf-8") == render(SEGMENTS, fmt, Variant.BILINGUAL)
    assert [p.name for p in tmp_path.iterdir()] == [path.name]


def test_write_export_to_a_missing_folder_raises(tmp_path: Path) -> None:
    with pytest.raises(OSError):
        write_export(tmp_path / "missing" / "x.srt", SEGMENTS, ExportFormat.SRT, Variant.TRANSLATION)


def test_empty_transcript() -> None:
    assert to_srt([]) == ""
    assert vtt_cues(to_vtt([])) == []
    assert json.loads(to_json([]))["segments"] == []


# -- two directions: who spoke ------------------------------------------------------------------

MIXED = [
    Segment(0.5, 2.0, "Good morning, everyone.", "Buenos días a todos.", "es", "them"),
    Segment(1.8, 3.0, "Hola, ¿qué tal?", "Hi, how are you?", "en", "me"),  # starts before theirs ends
    Segment(3.5, 5.0, "Let's look at the numbers.", "دعونا ننظر إلى الأرقام.", "ar", "them"),
    Segment(5.5, 5.5, "", "A & <b> --> c", "en", "me"),  # zero length; markup-like text
    Segment(6.0, 7.0, "Vale.", "", "es", "them"),  # already in the target language
]

# (start, end, speaker label, lines without the label)
EXPECTED_MIXED: dict[Variant, list[tuple[float, float, str, list[str]]]] = {
    Variant.TRANSLATION: [
        (0.5, 2.0, "Them", ["Buenos días a todos."]),
        (1.8, 3.0, "Me", ["Hi, how are you?"]),
        (3.5, 5.0, "Them", ["دعونا ننظر إلى الأرقام."]),
        (5.5, 6.0, "Me", ["A & <b> -> c"]),
        (6.0, 7.0, "Them", ["Vale."]),
    ],
    Variant.SOURCE: [
        (0.5, 2.0, "Them", ["Good morning, everyone."]),
        (1.8, 3.0, "Me", ["Hola, ¿qué tal?"]),
        (3.5, 5.0, "Them", ["Let's look at the numbers."]),
        (6.0, 7.0, "Them", ["Vale."]),
    ],
    Variant.BILINGUAL: [
        (0.5, 2.0, "Them", ["Buenos días a todos.", "Good morning, everyone."]),
        (1.8, 3.0, "Me", ["Hi, how are you?", "Hola, ¿qué tal?"]),
        (3.5, 5.0, "Them", ["دعونا ننظر إلى الأرقام.", "Let's look at the numbers."]),
        (5.5, 6.0, "Me", ["A & <b> -> c"]),
        (6.0, 7.0, "Them", ["Vale."]),
    ],
}


def vtt_voiced_cues(text: str) -> list[tuple[float, float, str | None, list[str]]]:
    """Cues as webvtt-py reads them: the voice span's name, and the text without tags."""
    doc = webvtt.from_string(text, strict=True)
    return [
        (c.start_time.in_milliseconds() / 1000, c.end_time.in_milliseconds() / 1000, c.voice,
         [html.unescape(line) for line in c.text.split("\n")])
        for c in doc.captions
    ]


@pytest.mark.parametrize("variant", list(Variant))
def test_srt_starts_each_cue_with_who_spoke(variant: Variant) -> None:
    expected = [(a, b, [f"{who}: {lines[0]}", *lines[1:]]) for a, b, who, lines in EXPECTED_MIXED[variant]]
    assert srt_cues(to_srt(MIXED, variant)) == expected


@pytest.mark.parametrize("variant", list(Variant))
def test_webvtt_names_the_voice_of_each_cue(variant: Variant) -> None:
    text = to_vtt(MIXED, variant)
    assert "<b>" not in text  # escaped, not a tag
    assert vtt_voiced_cues(text) == EXPECTED_MIXED[variant]
    for caption in webvtt.from_string(text, strict=True).captions:
        # the span opens on the first line and closes at the end of the last
        assert caption.lines[0].startswith(f"<v {caption.voice}>") and caption.lines[-1].endswith("</v>")
        assert "Them:" not in caption.text and "Me:" not in caption.text


@pytest.mark.parametrize("variant", list(Variant))
def test_plain_text_says_who_spoke(variant: Variant) -> None:
    lines = to_text(MIXED, variant).splitlines()
    assert lines[0] == ("[0:00:00] Them: Good morning, everyone." if variant is Variant.SOURCE
                        else "[0:00:00] Them: Buenos días a todos.")
    assert lines[-1] == "[0:00:06] Them: Vale."
    assert ("[0:00:01] Me: Hi, how are you?" in lines) == (variant is not Variant.SOURCE)
    assert ("[0:00:01] Me: Hola, ¿qué tal?" in lines) == (variant is Variant.SOURCE)
    assert ("    Hola, ¿qué tal?" in lines) == (variant is Variant.BILINGUAL)  # the source goes unlabelled


@pytest.mark.parametrize("variant", list(Variant))
def test_json_has_the_speaker_of_each_entry(variant: Variant) -> None:
    items = json.loads(to_json(MIXED, variant))["segments"]
    included = [s for s in MIXED if variant is not Variant.SOURCE or s.source]
    assert [(i["start"], i["speaker"]) for i in items] == [(s.start, s.speaker) for s in included]
    if variant is Variant.BILINGUAL:
        assert [Segment.from_json(i) for i in items] == [
            Segment(s.start, s.end, s.source, s.translation or s.source, s.language, s.speaker) for s in MIXED
        ]


def test_exact_lines_for_them_and_me() -> None:
    them = Segment(1.0, 2.5, "Good morning.", "Buenos días.", "es", "them")
    me = Segment(3.0, 4.0, "Hola.", "Hello.", "en", "me")
    assert to_srt([them, me]) == (
        "1\n00:00:01,000 --> 00:00:02,500\nThem: Buenos días.\n\n"
        "2\n00:00:03,000 --> 00:00:04,000\nMe: Hello.\n"
    )
    assert to_vtt([them, me]) == (
        "WEBVTT\n\n"
        "1\n00:00:01.000 --> 00:00:02.500\n<v Them>Buenos días.</v>\n\n"
        "2\n00:00:03.000 --> 00:00:04.000\n<v Me>Hello.</v>\n"
    )
    assert to_vtt([them], Variant.BILINGUAL).endswith("\n<v Them>Buenos días.\nGood morning.</v>\n")
    assert to_text([them, me]) == "[0:00:01] Them: Buenos días.\n[0:00:03] Me: Hello.\n"
    assert json.loads(to_json([them, me], Variant.TRANSLATION))["segments"] == [
        {"start": 1.0, "end": 2.5, "language": "es", "speaker": "them", "translation": "Buenos días."},
        {"start": 3.0, "end": 4.0, "language": "en", "speaker": "me", "translation": "Hello."},
    ]


def test_single_direction_transcripts_carry_no_labels() -> None:
    one = Segment(0.5, 2.25, "Good morning, everyone.", "Buenos días a todos.", "es")
    assert to_srt([one]) == "1\n00:00:00,500 --> 00:00:02,250\nBuenos días a todos.\n"
    assert to_vtt([one]) == "WEBVTT\n\n1\n00:00:00.500 --> 00:00:02.250\nBuenos días a todos.\n"
    assert to_text([one], Variant.BILINGUAL) == "[0:00:00] Buenos días a todos.\n    Good morning, everyone.\n"
    for fmt, variant in itertools.product(ExportFormat, Variant):
        text = render(SEGMENTS, fmt, variant)
        assert "Them" not in text and "Me:" not in text and "<v" not in text and '"speaker"' not in text
    assert all(c.voice is None for c in webvtt.from_string(to_vtt(SEGMENTS), strict=True).captions)


LONG = (
    "Wir haben im letzten Quartal deutlich mehr verkauft, als wir erwartet hatten, und deshalb "
    "werden wir im nächsten Jahr neue Mitarbeiter einstellen, vor allem im Vertrieb."
)


@pytest.mark.parametrize("speaker", ["them", "me"])
def test_a_long_labelled_line_keeps_the_label_within_42_characters(speaker: str) -> None:
    label = {"them": "Them", "me": "Me"}[speaker]
    segment = Segment(10.0, 20.0, "We sold more.", LONG, "de", speaker)
    got = srt_cues(to_srt([segment]))
    assert len(got) >= 2
    # every cue says who spoke, and the label counts toward the line's 42 characters
    assert all(lines[0].startswith(f"{label}: ") for _, _, lines in got)
    assert all(1 <= len(lines) <= 2 and all(len(x) <= 42 for x in lines) for _, _, lines in got)
    assert " ".join(x for _, _, lines in got for x in lines).replace(f"{label}: ", "") == LONG
    assert got[0][0] == 10.0 and got[-1][1] == 20.0
    assert all(a[1] == pytest.approx(b[0], abs=0.002) for a, b in itertools.pairwise(got))
    # WebVTT: the voice span shows no text, so lines hold 42 characters of the words themselves
    voiced = vtt_voiced_cues(to_vtt([segment]))
    assert len(voiced) >= 2 and all(who == label for _, _, who, _ in voiced)
    assert all(1 <= len(lines) <= 2 and all(len(x) <= 42 for x in lines) for _, _, _, lines in voiced)
    assert " ".join(x for _, _, _, lines in voiced for x in lines) == LONG
    # bilingual: one cue, the label on the translation's first line only
    bilingual = srt_cues(to_srt([segment], Variant.BILINGUAL))
    assert len(bilingual) == 1 and bilingual[0][2][0].startswith(f"{label}: ")
    assert bilingual[0][2][-1] == "We sold more." and all(len(x) <= 42 for x in bilingual[0][2])


def test_labelled_cjk_lines_fit() -> None:
    text = "我们今天讨论的是下一个季度的预算，以及如何在不增加成本的情况下提高效率。"
    got = srt_cues(to_srt([Segment(0.0, 4.0, "", text, "zh", "me")]))
    assert all(lines[0].startswith("Me: ") for _, _, lines in got)
    assert "".join(x for _, _, lines in got for x in lines).replace("Me: ", "") == text
    limits = LayoutLimits()
    assert all(limits.fits(x.rstrip("，。")) for _, _, lines in got for x in lines)


def test_overlapping_directions_come_out_in_start_order() -> None:
    them = Segment(10.0, 20.0, "We sold more.", LONG, "de", "them")  # several cues
    me = Segment(12.0, 13.0, "¿Cuánto?", "How much?", "en", "me")  # while they still speak
    for text, starts in (
        (to_srt([them, me]), [c[0] for c in srt_cues(to_srt([them, me]))]),
        (to_vtt([them, me]), [c[0] for c in vtt_voiced_cues(to_vtt([them, me]))]),
    ):
        assert starts == sorted(starts) and 12.0 in starts, text
    voices = [who for _, _, who, _ in vtt_voiced_cues(to_vtt([them, me]))]
    assert voices[:3] == ["Them", "Me", "Them"]


def test_one_line_cues_with_a_word_longer_than_the_label_leaves_room_for() -> None:
    limits = LayoutLimits(max_chars=12, max_lines=1)
    segment = Segment(0.0, 4.0, "", "go supercalifragilistic word", "en", "them")
    got = cues([segment], Variant.TRANSLATION, limits, labels=True)
    assert [c.lines for c in got] == [("Them: go",), ("supercalifra",), ("gilistic",), ("Them: word",)]
    assert all(c.speaker == "them" for c in got)
    assert cues([segment], Variant.TRANSLATION, limits)[0].lines == ("go",)  # unlabelled


def test_write_export_is_private_to_this_user(tmp_path: Path) -> None:
    path = tmp_path / "session.srt"
    write_export(path, SEGMENTS, ExportFormat.SRT, Variant.TRANSLATION)
    assert path.stat().st_mode & 0o777 == 0o600  # like the journals: a transcript is private


def test_write_export_never_follows_a_planted_symlink(tmp_path: Path) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("precious", encoding="utf-8")
    path = tmp_path / "session.srt"
    path.symlink_to(victim)  # planted where the export goes
    for name in (f".{path.name}.tmp", f".{path.name}.0000.tmp"):  # and where a temp file might go
        (tmp_path / name).symlink_to(victim)
    write_export(path, SEGMENTS, ExportFormat.SRT, Variant.TRANSLATION)
    assert victim.read_text(encoding="utf-8") == "precious"
    assert not path.is_symlink()
    assert path.read_text(encoding="utf-8") == render(SEGMENTS, ExportFormat.SRT, Variant.TRANSLATION)
    assert path.stat().st_mode & 0o777 == 0o600
    leftovers = sorted(p.name for p in tmp_path.iterdir())
    assert leftovers == sorted([".session.srt.0000.tmp", ".session.srt.tmp", "session.srt", "victim.txt"])


def test_an_unfinished_line_is_marked_in_every_format() -> None:
    done = Segment(1.0, 2.0, "Good morning.", "Buenos días.", "es")
    cut_short = Segment(2.0, 4.5, "and then we", "y luego nosotros", "es", unfinished=True)
    text = to_text([done, cut_short], Variant.BILINGUAL)
    assert text == "[0:00:01] Buenos días.\n    Good morning.\n[0:00:02] y luego nosotros …\n    and then we …\n"
    [_, subtitle] = list(srt.parse(to_srt([done, cut_short])))
    assert subtitle.content == "y luego nosotros …"
    assert webvtt.from_string(to_vtt([done, cut_short])).captions[-1].text == "y luego nosotros …"
    items = json.loads(to_json([done, cut_short]))["segments"]
    assert [item.get("unfinished", False) for item in items] == [False, True]
    assert items[1]["translation"] == "y luego nosotros"
