"""One finished caption line: a translated sentence with the source speech it came from."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from translator_gui.i18n import translate
from translator_gui.side import Side

_TEXT_FIELDS = ("source", "translation", "language")
_SIDES = frozenset(side.value for side in Side)


def speaker_label(speaker: str) -> str:
    """The label shown for a speaker: Them, Me, or nothing for a line of a single-direction session."""
    return Side(speaker).label if speaker in _SIDES else speaker.capitalize()


def gap_note(seconds: float) -> str:
    """The transcript's line for ``seconds`` of the meeting that were not translated (the connection was down)."""
    return translate("Transcript", "[{seconds} s not translated: the connection was down]").format(
        seconds=round(seconds)
    )


@dataclass(frozen=True, slots=True)
class Segment:
    """A closed caption line.

    ``start``/``end`` are seconds since the session started (the ``now`` of the first and
    last fragment in the line); ``language`` is the target-language code the translation is in.
    ``speaker`` says whose words these are when both directions run: ``"them"`` (the meeting's
    sound) or ``"me"`` (the user's microphone); empty for a session with a single direction.
    ``unfinished`` marks text that was still being spoken when the session was cut short (a
    crash): the last checkpoint of the open line, recovered from the journal.
    """

    start: float
    end: float
    source: str
    translation: str
    language: str
    speaker: str = ""
    unfinished: bool = False

    def to_json(self) -> dict[str, object]:
        """A JSON-ready dict with the keys start, end, source, translation, language, and speaker
        when there is one, unfinished when it is (so other transcripts look as they always did)."""
        d: dict[str, object] = {
            "start": self.start,
            "end": self.end,
            "source": self.source,
            "translation": self.translation,
            "language": self.language,
        }
        if self.speaker:
            d["speaker"] = self.speaker
        if self.unfinished:
            d["unfinished"] = True
        return d

    @classmethod
    def from_json(cls, d: Mapping[str, object]) -> Segment:
        """Inverse of :meth:`to_json`; extra keys are ignored.

        Raises ``ValueError`` when a key is missing or has the wrong type.
        """
        try:
            start, end = d["start"], d["end"]
            texts = [d[name] for name in _TEXT_FIELDS]
        except (KeyError, TypeError) as exc:
            raise ValueError(f"not a caption segment: missing {exc}") from None
        times: list[float] = []
        for value in (start, end):
            if isinstance(value, bool) or not isinstance(value, int | float):
                raise ValueError(f"not a caption segment: bad time {value!r}")
            times.append(float(value))
        strings: list[str] = []
        for name, value in zip(_TEXT_FIELDS, texts, strict=True):
            if not isinstance(value, str):
                raise ValueError(f"not a caption segment: {name} is {type(value).__name__}")
            strings.append(value)
        speaker = d.get("speaker", "")
        if not isinstance(speaker, str):
            raise ValueError(f"not a caption segment: speaker is {type(speaker).__name__}")
        unfinished = d.get("unfinished", False)
        if not isinstance(unfinished, bool):
            raise ValueError(f"not a caption segment: unfinished is {type(unfinished).__name__}")
        return cls(times[0], times[1], strings[0], strings[1], strings[2], speaker, unfinished)
