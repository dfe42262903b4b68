"""The meeting's state in words, for the status line and the caption bar."""

from __future__ import annotations

from translator_gui.i18n import translate
from translator_gui.realtime.engine import SessionState, Status
from translator_gui.realtime.languages import Mode, any_language


def live_text(code: str, mode: Mode) -> str:
    name = any_language(code).native_name
    if mode is Mode.CAPTIONS:
        return translate("Meeting", "Live — captioning in {language}").format(language=name)
    return translate("Meeting", "Live — translating into {language}").format(language=name)


def in_words(status: Status) -> str:
    """A connecting or reconnecting session's state; its detail is a sentence, or the host it tries."""
    if status.state is SessionState.RECONNECTING:
        return status.detail or translate("Meeting", "Reconnecting…")
    if status.detail and " " not in status.detail:
        return translate("Meeting", "Connecting to {host}…").format(host=status.detail)
    return status.detail or translate("Meeting", "Connecting…")


def mode_name(mode: Mode) -> str:
    """The session mode as the Settings menu names it."""
    return {Mode.TRANSLATE: translate("Meeting", "Translate"), Mode.INTERPRET: translate("Meeting", "Interpret"),
            Mode.CAPTIONS: translate("Meeting", "Captions")}[mode]


def mode_change(code: str, mode: Mode, *, restarts: bool) -> str:
    name = any_language(code).english_name
    how = {Mode.TRANSLATE: translate("Meeting", "the translation model"),
           Mode.INTERPRET: translate("Meeting", "a conversation model acting as interpreter"),
           Mode.CAPTIONS: translate("Meeting", "a transcription model")}[mode]
    when = (translate("Meeting", "the session restarts once") if restarts
            else translate("Meeting", "from the next Start"))
    return translate("Meeting", "{language} is produced by {model} ({mode} mode); {when}.").format(
        language=name, model=how, mode=mode_name(mode), when=when)
