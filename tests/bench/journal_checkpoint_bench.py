"""What checkpoints of the line still being spoken cost on disk: prints bytes per minute of journal.

    .venv/bin/python tests/bench/journal_checkpoint_bench.py [--minutes 10]

The real CaptionSegmenter and Journal (fsync'd, on a temporary folder) are fed a speaker who talks
without stopping at 150 words a minute: the translation (Spanish) and the source (English) each
arrive as a delta of one word every 0.4 s of session time, the source 0.2 s ahead.  Two kinds of
speech: sentences of about 12 words, and run-on speech that never confirms a sentence end.  Each
is measured with and without checkpoints.  Session time is simulated, so it takes a second or so.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from dataclasses import replace
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from translator_gui.transcript.journal import Journal
from translator_gui.transcript.segment import Segment
from translator_gui.transcript.segmenter import CaptionSegmenter

WORD_SECONDS = 60 / 150
_SPANISH = "el equipo presentó los resultados del trimestre que fueron mucho mejores de lo esperado"
_ENGLISH = "the team presented the results of the quarter which were much better than expected"
SPANISH, ENGLISH = _SPANISH.split(), _ENGLISH.split()


def words(vocabulary: list[str], count: int, sentences: bool) -> list[str]:
    out = []
    for i in range(count):
        word = vocabulary[i % len(vocabulary)]
        if sentences and i % 12 == 0:
            word = word.capitalize()
        if sentences and i % 12 == 11:
            word += "."
        out.append(word)
    return out


def journal_bytes(minutes: float, *, sentences: bool, checkpoints: bool) -> tuple[int, int]:
    """(bytes, lines) of journal written for ``minutes`` of speech."""
    count = int(minutes * 60 / WORD_SECONDS)
    translation = words(SPANISH, count, sentences)
    source = words(ENGLISH, count, sentences)
    with tempfile.TemporaryDirectory() as tmp:
        journal = Journal(Path(tmp), datetime(2026, 12, 1, 9, 0, 0))

        def save(line: Segment) -> None:
            journal.checkpoint(replace(line, speaker="them"))

        segmenter = CaptionSegmenter("es", checkpoint=save if checkpoints else None)
        for i in range(count):
            now = i * WORD_SECONDS
            for segment in segmenter.add_source((" " if i else "") + source[i], now):
                journal.append(replace(segment, speaker="them"))
            for segment in segmenter.add_translation((" " if i else "") + translation[i], now + 0.2):
                journal.append(replace(segment, speaker="them"))
        for segment in segmenter.flush(count * WORD_SECONDS):
            journal.append(replace(segment, speaker="them"))
        journal.close()
        data = journal.path.read_bytes()
    return len(data), data.count(b"\n")


def main(minutes: float) -> None:
    for sentences in (True, False):
        kind = "sentences of 12 words" if sentences else "run-on speech"
        plain, plain_lines = journal_bytes(minutes, sentences=sentences, checkpoints=False)
        with_cp, cp_lines = journal_bytes(minutes, sentences=sentences, checkpoints=True)
        print(
            f"{kind}: {plain / minutes:,.0f} B/min in {plain_lines / minutes:.1f} lines/min without checkpoints; "
            f"{with_cp / minutes:,.0f} B/min in {cp_lines / minutes:.1f} lines/min with them "
            f"(+{(with_cp - plain) / minutes:,.0f} B/min, x{with_cp / plain:.2f})"
        )


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--minutes", type=float, default=10.0)
    main(parser.parse_args().minutes)
