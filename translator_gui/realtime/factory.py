"""One way to build a session for any mode, so the UI does not care which kind of session runs."""

from __future__ import annotations

import dataclasses

from translator_gui.realtime.engine import EventSink
from translator_gui.realtime.languages import Mode, mode_for
from translator_gui.realtime.models import DEFAULT_MODELS
from translator_gui.realtime.modes.interpret import InterpretSession
from translator_gui.realtime.modes.transcribe import TranscribeSession
from translator_gui.realtime.modes.translate import TranslateSession
from translator_gui.realtime.options import SessionOptions
from translator_gui.realtime.pricing import SpendingGuard, cap_refusal
from translator_gui.realtime.session import RealtimeSession

CAP_FINISH_SECONDS = 2.0
"""At the spending cap, how long the session may take for its last words (it never works through
a backlog there: that would cost more)."""

SESSION_KINDS: dict[Mode, type[RealtimeSession]] = {
    Mode.TRANSLATE: TranslateSession,
    Mode.CAPTIONS: TranscribeSession,
    Mode.INTERPRET: InterpretSession,
}


def make_session(
    mode: Mode | None,
    target_language: str,
    emit: EventSink,
    options: SessionOptions,
    *,
    spending_cap: float | None = None,
) -> RealtimeSession:
    """A session of ``mode`` (``None``: the mode that produces ``target_language``, see ``mode_for``).

    For Captions, ``target_language`` is the spoken language and ``options.model`` the transcription
    model; ``options.model`` None is the mode's ``DEFAULT_MODELS`` entry. ``spending_cap`` (USD): warn
    at 80 % of it, stop the session at 100 % (see ``SpendingGuard``).
    Raises ``ValueError`` for a language the mode cannot produce.
    """
    if mode is None:
        mode = mode_for(target_language)
    model = options.model or DEFAULT_MODELS[mode]
    options = dataclasses.replace(options, model=model)
    if spending_cap is None:
        return SESSION_KINDS[mode](target_language, emit, options)
    transcription = options.transcription_model if mode is Mode.INTERPRET else None
    guard = SpendingGuard(emit, model=model, cap=spending_cap, transcription_model=transcription)
    session = SESSION_KINDS[mode](target_language, guard, options)

    def stop_at_the_cap() -> None:
        # A hard stop: no patient finish through a backlog, whose answers would cost more.
        session.hurry(CAP_FINISH_SECONDS)
        session.stop_soon()

    guard.stop = stop_at_the_cap
    if not guard.meter.known:
        session.refuse_start(cap_refusal(model, spending_cap))
    return session
