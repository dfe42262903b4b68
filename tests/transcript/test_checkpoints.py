"""Checkpoints of the line still being spoken: recovered as unfinished, never duplicated."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest

from translator_gui.transcript.checkpoints import resolve
from translator_gui.transcript.journal import Journal, read_journal
from translator_gui.transcript.segment import Segment
from translator_gui.transcript.segmenter import CaptionSegmenter

START = datetime(2026, 11, 24, 10, 15, 3)


def line(translation: str, source: str = "", start: float = 0.0, end: float = 1.0, speaker: str = "") -> Segment:
    return Segment(start, end, source, translation, "es", speaker)


def checkpoint(translation: str, source: str = "", start: float = 0.0, end: float = 1.0,
               speaker: str = "") -> Segment:
    return replace(line(translation, source, start, end, speaker), unfinished=True)


def test_what_the_finished_lines_did_not_take_is_unfinished() -> None:
    out = resolve([
        (line("Uno."), False),
        (checkpoint("Dos. Tres cuatro", "Two. Three four", 1.0, 5.0), True),
        (line("Dos.", "Two.", 1.0, 3.0), False),
    ])
    assert [(s.translation, s.source, s.unfinished) for s in out] == [
        ("Uno.", "", False), ("Dos.", "Two.", False), ("Tres cuatro", "Three four", True)]
    assert (out[-1].start, out[-1].end) == (3.0, 5.0)


def test_a_later_checkpoint_replaces_an_earlier_one() -> None:
    out = resolve([(checkpoint("Tres"), True), (checkpoint("Tres cuatro cinco", end=3.0), True)])
    assert [(s.translation, s.unfinished) for s in out] == [("Tres cuatro cinco", True)]


def test_a_finished_line_that_goes_past_the_checkpoint_covers_it() -> None:
    out = resolve([(checkpoint("Tres cua", "Three fo"), True), (line("Tres cuatro.", "Three four."), False)])
    assert [(s.translation, s.unfinished) for s in out] == [("Tres cuatro.", False)]


def test_a_note_the_app_wrote_takes_nothing_from_the_open_line() -> None:
    out = resolve([(checkpoint("Tres cuatro"), True), (line("[40 s not translated: the connection was down]"), False)])
    assert [s.translation for s in out] == ["[40 s not translated: the connection was down]", "Tres cuatro"]
    assert out[-1].unfinished


def test_each_speaker_has_an_open_line_of_their_own() -> None:
    out = resolve([
        (checkpoint("Hola a to", speaker="them", start=0.0), True),
        (checkpoint("I think", speaker="me", start=0.5), True),
        (line("I think so.", speaker="me"), False),
    ])
    assert [(s.speaker, s.translation, s.unfinished) for s in out] == [
        ("me", "I think so.", False), ("them", "Hola a to", True)]


def test_an_open_line_without_checkpoint_recovers_nothing_more() -> None:
    assert resolve([(line("Uno."), False)]) == [line("Uno.")]


def feed(seg: CaptionSegmenter, journal: Journal, words: list[str], step: float = 0.25) -> float:
    now = 0.0
    for word in words:
        for segment in seg.add_translation(word, now):
            journal.append(segment)
        now += step
    return now


def test_a_session_that_ends_normally_has_nothing_unfinished_and_no_duplicates(tmp_path: Path) -> None:
    journal = Journal(tmp_path, START)
    seg = CaptionSegmenter("es", checkpoint=journal.checkpoint)
    words = [f" palabra{i}" if i % 7 else f" Frase{i}." for i in range(1, 120)]
    end = feed(seg, journal, words)
    for segment in seg.flush(end):
        journal.append(segment)
    journal.close()
    raw = journal.path.read_bytes().splitlines()
    assert any(b'"checkpoint"' in r for r in raw)  # checkpoints were written…
    segments = read_journal(journal.path)
    assert not any(s.unfinished for s in segments)  # …and every one was finished later
    assert " ".join(s.translation for s in segments).split() == [w.strip() for w in words]


def test_a_checkpoint_is_not_a_caption_line_to_a_reader_that_does_not_know_it(tmp_path: Path) -> None:
    journal = Journal(tmp_path, START)
    journal.checkpoint(checkpoint("Tres cuatro"))
    journal.close()
    [record] = [json.loads(raw) for raw in journal.path.read_bytes().splitlines()]
    with pytest.raises(ValueError, match="not a caption segment"):
        Segment.from_json(record)
    assert [(s.translation, s.unfinished) for s in read_journal(journal.path)] == [("Tres cuatro", True)]


def test_a_checkpoint_that_cannot_be_written_is_reported_by_the_next_call(tmp_path: Path) -> None:
    blocker = tmp_path / "blocker"
    blocker.write_text("a file where the folder should be")
    journal = Journal(blocker / "transcripts", START)
    journal.checkpoint(checkpoint("Tres cuatro"))  # says nothing itself: it has no one to tell
    message = journal.flush()
    assert message is not None and message.startswith("Can't save the transcript")
    journal.close()
