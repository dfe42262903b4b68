"""The meeting's own sentences (notices, stop reasons, the price table's date) in the person's language."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.testbed import PulseBed
from tests.ui.conftest import MakeApp
from translator_gui.__main__ import build_parser
from translator_gui.app import install_language
from translator_gui.meeting.costs import prices_date
from translator_gui.realtime import failures
from translator_gui.settings import Settings
from translator_gui.side import Side
from translator_gui.ui.history.recovery_prompt import RecoveryOffer
from translator_gui.ui.i18n import Installed, install_translations


@pytest.fixture
def speaking() -> Iterator[list[Installed]]:
    installed: list[Installed] = []
    yield installed
    for each in installed:
        each.remove()


def test_a_meeting_notice_shows_in_german_in_the_status_line_under_language_de(
    make_app: MakeApp, pulse: PulseBed, speaking: list[Installed], qtbot: QtBot, tmp_path: Path
) -> None:
    args = build_parser().parse_args(["--language", "de"])
    speaking.append(install_language(args, Settings(tmp_path / "other.ini")))
    app = make_app(show=False)
    meeting = app.controller.meeting
    for side in Side:
        meeting.switch(side, False)
    meeting.spawn(meeting.start(interactive=False))  # nothing switched on: the meeting says what to do
    german = "Schalten Sie „Sie → ich“ oder „Ich → sie“ ein und drücken Sie dann Start."
    qtbot.wait_until(lambda: app.window.status() == german, timeout=5_000)


def test_the_price_table_date_follows_the_language(speaking: list[Installed]) -> None:
    assert prices_date("November 2026") == "November 2026"  # English until a translation is installed
    speaking.append(install_translations("ja"))
    assert prices_date("November 2026") == "2026年11月"
    assert prices_date("May 2027") == "2027年5月"
    assert prices_date("late 2026") == "late 2026"  # written another way: shown as it is


def test_the_session_failures_are_in_the_language_installed_when_they_are_read(speaking: list[Installed]) -> None:
    assert failures.NO_API_KEY.startswith("No OpenAI API key is set.")
    speaking.append(install_translations("de"))  # a fixed sentence, read after the language was installed:
    assert failures.NO_API_KEY.startswith("Es ist kein OpenAI-API-Schlüssel festgelegt.")
    assert failures.connection_lost(None, host="api.openai.com").message == \
        "Die Verbindung zu api.openai.com wurde getrennt."
    speaking.pop().remove()
    assert failures.NO_API_KEY.startswith("No OpenAI API key is set.")


def test_the_recovery_prompt_tells_in_german_when_the_session_started(speaking: list[Installed]) -> None:
    crashed = Path("2026-11-24T09-12-00.jsonl")
    offer = RecoveryOffer((crashed,), crashed, 3)
    speaking.append(install_translations("de"))
    assert offer.message(datetime(2026, 12, 1, 12, 0)) == (
        "Translator wurde während der Sitzung vom Di., 24. Nov., 09:12 unerwartet beendet. "
        "Alle 3 bis dahin fertigen Untertitelzeilen sind gespeichert.")
    assert offer.status_text() == "Translator wurde beim letzten Mal unerwartet beendet; 3 Untertitelzeilen wurden " \
        "gespeichert."
