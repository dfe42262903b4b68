"""Settings → Lower the meeting during translations: remembered, checked, and handed to the meeting."""

from __future__ import annotations

import pytest

from tests.testbed import PulseBed
from tests.ui.conftest import MakeApp
from translator_gui.audio.ducking import unavailable_reason


def test_the_ducking_menu_is_remembered_and_reaches_the_meeting(make_app: MakeApp, pulse: PulseBed) -> None:
    app = make_app(show=False)
    assert app.window.ducking_actions[0.0].isChecked(), "off until chosen"
    assert app.meeting.devices.ducking_db == 0.0
    app.window.ducking_actions[-20.0].trigger()
    assert app.settings.ducking_db == -20.0 and app.meeting.devices.ducking_db == -20.0
    second = make_app(show=False)
    assert second.window.ducking_actions[-20.0].isChecked() and second.meeting.devices.ducking_db == -20.0


def test_where_the_meeting_cannot_be_lowered_the_menu_says_why(
    make_app: MakeApp, pulse: PulseBed, monkeypatch: pytest.MonkeyPatch
) -> None:
    """macOS (and Windows without pycaw): the menu is there, its choices greyed out under the one
    sentence that says why; nothing is lowered."""
    from translator_gui.meeting import devices

    monkeypatch.setattr(devices, "unavailable_reason", lambda: unavailable_reason("darwin"))
    app = make_app(show=False)
    menu = app.window.ducking_menu
    texts = [action.text() for action in menu.actions() if not action.isSeparator()]
    assert texts[0] == unavailable_reason("darwin") and not menu.actions()[0].isEnabled()
    assert all(not action.isEnabled() for action in app.window.ducking_actions.values())
    app.window.offer_ducking(None)  # where it can: the choices alone, usable
    assert [action.text() for action in menu.actions()] == [a.text() for a in app.window.ducking_actions.values()]
    assert all(action.isEnabled() for action in app.window.ducking_actions.values())
