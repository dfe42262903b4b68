"""Exports are read back with independent parsers (``srt``, ``webvtt-py``, ``json``) cue by cue."""

from __future__ import annotations

import html
import itertools
import json
from pathlib import Path

import pytest
import srt
import webvtt

from translator_gui.captions.export import (
    MIN_CUE_SECONDS,
    ExportFormat,
    Variant,
    render,
    to_json,
    to_srt,
    to_text,
    to_vtt,
    write_export,
)
from translator_gui.captions.segment import Segment

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
