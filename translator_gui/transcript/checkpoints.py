"""Text still being spoken, in the journal: checkpoints of the open line, and what survives of them.

A checkpoint line is ``{"checkpoint": <segment>}`` (so a reader that does not know checkpoints
skips it as unreadable rather than showing it as a finished line).  It holds a speaker's whole
open line at that moment.  The finished lines of that speaker written after it are cut from the
front of that line, in order (see :mod:`translator_gui.transcript.segmenter`), so:

* a later checkpoint of the same speaker replaces an earlier one;
* each later finished line of the same speaker is taken off the front of the checkpoint's text
  (translation and source separately); a finished line that continues past the checkpoint's
  text covers all of it; a line that is neither (a note the app wrote itself) leaves it alone;
* whatever is left at the end of the journal was never finished: it is recovered as one line
  marked ``unfinished``, after everything else.

After a session that ended normally nothing is left, so checkpoints never duplicate a line.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace

from translator_gui.transcript.segment import Segment

KEY = "checkpoint"


def to_json(segment: Segment) -> dict[str, object]:
    return {KEY: segment.to_json()}


def from_json(record: Mapping[str, object]) -> Segment | None:
    """The open line of a checkpoint record, or None when ``record`` is not one.

    Raises ``ValueError`` for a checkpoint record whose line is malformed.
    """
    if KEY not in record:
        return None
    inner = record[KEY]
    if not isinstance(inner, Mapping):
        raise ValueError("not a checkpoint: no caption line in it")
    return replace(Segment.from_json(inner), unfinished=True)


def _after(rest: str, finished: str) -> str:
    """What is left of open text ``rest`` once the finished text ``finished`` was taken off it."""
    if rest.startswith(finished):
        return rest[len(finished) :].lstrip()
    if finished.startswith(rest):
        return ""  # the finished line went on past the checkpoint
    return rest  # not cut from this line


@dataclass
class _Open:
    checkpoint: Segment
    translation: str
    source: str
    start: float

    def take(self, finished: Segment) -> None:
        translation = _after(self.translation, finished.translation)
        source = _after(self.source, finished.source)
        if (translation, source) != (self.translation, self.source):
            self.start = max(self.start, finished.end)
        self.translation, self.source = translation, source

    def left(self) -> Segment | None:
        if not (self.translation or self.source):
            return None
        end = max(self.checkpoint.end, self.start)
        return replace(self.checkpoint, start=self.start, end=end, translation=self.translation,
                       source=self.source, unfinished=True)


def resolve(records: Iterable[tuple[Segment, bool]]) -> list[Segment]:
    """Finished lines in order, then what the last checkpoints left unfinished; ``records`` are
    ``(segment, is_checkpoint)`` in journal order."""
    finished: list[Segment] = []
    open_lines: dict[str, _Open] = {}
    for segment, is_checkpoint in records:
        if is_checkpoint:
            open_lines[segment.speaker] = _Open(segment, segment.translation, segment.source, segment.start)
            continue
        finished.append(segment)
        if (still_open := open_lines.get(segment.speaker)) is not None:
            still_open.take(segment)
    left = [line for open_line in open_lines.values() if (line := open_line.left()) is not None]
    return finished + sorted(left, key=lambda segment: segment.start)
