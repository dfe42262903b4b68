"""The meeting's words: a mode is named in one place, the same in every sentence that names it."""

from __future__ import annotations

from translator_gui.meeting import meeting, wording
from translator_gui.meeting.wording import mode_change, mode_name
from translator_gui.realtime.languages import Mode


def test_a_mode_is_named_in_one_place() -> None:
    assert vars(meeting)["mode_name"] is wording.mode_name  # the meeting uses the one of its wording
    assert [mode_name(mode) for mode in (Mode.TRANSLATE, Mode.INTERPRET, Mode.CAPTIONS)] == [
        "Translate", "Interpret", "Captions"]  # fmt: skip


def test_a_mode_change_names_the_mode_as_the_menu_does() -> None:
    said = mode_change("tr", Mode.INTERPRET, restarts=True)
    assert said == ("Turkish is produced by a conversation model acting as interpreter (Interpret mode); "
                    "the session restarts once.")  # fmt: skip
