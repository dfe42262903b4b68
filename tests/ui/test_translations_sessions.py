"""What a Captions or Interpret session, the spending cap and the transcript say, in the person's language."""

from __future__ import annotations

from translator_gui.i18n import money
from translator_gui.realtime.incoming import ServiceNotice
from translator_gui.realtime.modes.interpret import incomplete, unfinished
from translator_gui.realtime.modes.transcribe import failed
from translator_gui.realtime.pricing import cap_refusal
from translator_gui.transcript.segment import gap_note
from translator_gui.ui.i18n import Installed, dollars, install_translations


def test_session_notices_follow_the_language_installed_when_they_are_made(speaking: list[Installed]) -> None:
    assert incomplete("content_filter", "incomplete") == "An interpretation was withheld by OpenAI's content filter."
    speaking.append(install_translations("de"))
    assert incomplete("content_filter", "incomplete") == (
        "Eine Verdolmetschung wurde vom Inhaltsfilter von OpenAI zurückgehalten."
    )
    assert incomplete("something new", "incomplete") == "Eine Verdolmetschung wurde nicht abgeschlossen (incomplete)."
    done = {"response": {"status": "incomplete", "status_details": {"reason": "turn_detected"}}}
    assert unfinished(done) == ServiceNotice("Eine Verdolmetschung wurde durch neue Sprache unterbrochen.")
    assert failed("timeout") == (
        "Ein Sprachabschnitt konnte nicht transkribiert werden (timeout); die Untertitel laufen weiter."
    )
    assert cap_refusal("gpt-transcribe", 2.0).message.startswith(
        "Die App weiß nicht, was gpt-transcribe kostet, und kann daher das Kostenlimit von 2,00\xa0$ nicht einhalten"
    )
    assert gap_note(12.4) == "[12 s nicht übersetzt: Die Verbindung war unterbrochen]"
    speaking.pop().remove()
    assert gap_note(12.4) == "[12 s not translated: the connection was down]"


def test_the_spending_cap_is_said_in_japanese(speaking: list[Installed]) -> None:
    speaking.append(install_translations("ja"))
    assert cap_refusal("gpt-transcribe", 2.0).message.startswith("gpt-transcribe の料金が不明なため")
    assert "$2.00" in cap_refusal("gpt-transcribe", 2.0).message  # as Japanese writes dollars


def test_money_is_written_as_the_language_installed_writes_it(speaking: list[Installed]) -> None:
    """The layers without Qt (the spending cap's words) write money as the window does."""
    assert money(1234.5) == "$1,234.50"
    speaking.append(install_translations("de"))
    assert money(1234.5) == "1.234,50\xa0$" == dollars(1234.5)
    speaking.pop().remove()
    assert money(1234.5) == "$1,234.50"
