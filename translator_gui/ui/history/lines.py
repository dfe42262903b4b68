"""What a history line says, without any widget: its clock time, its text as copied, and
whether a search finds it (by its words or by who spoke)."""

from __future__ import annotations

from translator_gui.transcript.segment import Segment, speaker_label

# The descriptions are translated where they are shown (``HistoryView``).
SPEAKER_DESCRIPTIONS = {"Them": "The meeting's sound", "Me": "Your microphone"}


def clock_text(seconds: float) -> str:
    whole = int(max(seconds, 0.0))
    return f"{whole // 3600:d}:{whole // 60 % 60:02d}:{whole % 60:02d}"


def segment_text(segment: Segment, interleaved: bool = True) -> str:
    """A line as copied: ``[h:mm:ss] translation`` and, interleaved, the source indented below;
    with a speaker, ``[h:mm:ss] Them: translation``."""
    first = segment.translation or segment.source
    label = speaker_label(segment.speaker)
    text = f"[{clock_text(segment.start)}] {label + ': ' if label else ''}{first}"
    if interleaved and segment.translation and segment.source:
        text += f"\n    {segment.source}"
    return text


def matches(segment: Segment, needle: str) -> bool:
    """Whether a line matches a search for ``needle`` (casefolded, stripped; empty matches all).

    A line matches when its translation or source contains the needle, or its speaker's label
    starts with it ("Them" or "th" finds their lines, "Me" mine and not theirs, though "them"
    holds "me"), or the needle reads like a copied line, ``label: words`` ("me: hola").
    """
    if not needle:
        return True
    texts = (segment.translation.casefold(), segment.source.casefold())
    if any(needle in text for text in texts):
        return True
    label = speaker_label(segment.speaker).casefold()
    if not label:
        return False
    if label.startswith(needle):
        return True
    head, colon, words = needle.partition(":")
    return bool(colon) and head.strip() == label and any(words.strip() in text for text in texts)
