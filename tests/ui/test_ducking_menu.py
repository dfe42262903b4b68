"""Settings → Lower the meeting during translations: remembered, checked, and handed to the meeting."""

from __future__ import annotations

from tests.testbed import PulseBed
from tests.ui.conftest import MakeApp


def test_the_ducking_menu_is_remembered_and_reaches_the_meeting(make_app: MakeApp, pulse: PulseBed) -> None:
    app = make_app(show=False)
    assert app.window.ducking_actions[0.0].isChecked(), "off until chosen"
    assert app.meeting.devices.ducking_db == 0.0
    app.window.ducking_actions[-20.0].trigger()
    assert app.settings.ducking_db == -20.0 and app.meeting.devices.ducking_db == -20.0
    second = make_app(show=False)
    assert second.window.ducking_actions[-20.0].isChecked() and second.meeting.devices.ducking_db == -20.0
