from __future__ import annotations

import json

import pytest

from translator_gui.transcript.segment import Segment


def test_json_round_trip_has_exactly_the_documented_keys() -> None:
    seg = Segment(1.25, 3.5, "Guten Morgen.", "Buenos días.", "es")
    data = seg.to_json()
    assert set(data) == {"start", "end", "source", "translation", "language"}
    assert Segment.from_json(json.loads(json.dumps(data))) == seg


def test_from_json_accepts_integers_and_ignores_extra_keys() -> None:
    data: dict[str, object] = {"start": 1, "end": 2, "source": "", "translation": "x", "language": "en"}
    seg = Segment.from_json({**data, "version": 2})
    assert seg == Segment(1.0, 2.0, "", "x", "en")
    assert isinstance(seg.start, float)


@pytest.mark.parametrize(
    "bad",
    [
        {"start": 0, "end": 1, "source": "", "translation": ""},  # no language
        {"start": "0", "end": 1, "source": "", "translation": "", "language": "en"},
        {"start": True, "end": 1, "source": "", "translation": "", "language": "en"},
        {"start": 0, "end": 1, "source": None, "translation": "", "language": "en"},
    ],
)
def test_from_json_rejects_malformed(bad: dict[str, object]) -> None:
    with pytest.raises(ValueError, match="not a caption segment"):
        Segment.from_json(bad)


def test_speaker_round_trips_and_is_absent_for_a_single_direction() -> None:
    from translator_gui.side import Side
    from translator_gui.transcript.segment import speaker_label

    plain = Segment(0.0, 1.0, "hola", "hello", "en")
    assert "speaker" not in plain.to_json()
    mine = Segment(0.0, 1.0, "hello", "hola", "es", Side.ME)
    assert mine.to_json()["speaker"] == "me"
    assert Segment.from_json(json.loads(json.dumps(mine.to_json()))) == mine
    assert speaker_label(mine.speaker) == "Me"
    assert speaker_label("") == ""
    with pytest.raises(ValueError, match="speaker"):
        Segment.from_json({**plain.to_json(), "speaker": 3})
