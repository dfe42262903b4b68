"""The meeting's state in words, for the status line and the caption bar."""

from __future__ import annotations

from translator_gui.realtime.engine import SessionState, Status
from translator_gui.realtime.languages import Mode, any_language


def live_text(code: str, mode: Mode) -> str:
    verb = "captioning in" if mode is Mode.CAPTIONS else "translating into"
    return f"Live — {verb} {any_language(code).native_name}"


def in_words(status: Status) -> str:
    """A connecting or reconnecting session's state; its detail is a sentence, or the host it tries."""
    if status.state is SessionState.RECONNECTING:
        return status.detail or "Reconnecting…"
    if status.detail and " " not in status.detail:
        return f"Connecting to {status.detail}…"
    return status.detail or "Connecting…"


def mode_change(code: str, mode: Mode, *, restarts: bool) -> str:
    name = any_language(code).english_name
    how = {Mode.TRANSLATE: "the translation model", Mode.INTERPRET: "a conversation model acting as interpreter",
           Mode.CAPTIONS: "a transcription model"}[mode]
    when = "the session restarts once" if restarts else "from the next Start"
    return f"{name} is produced by {how} ({mode.value.capitalize()} mode); {when}."
