"""One way to build an engine for any mode, so the UI does not care which kind of session runs."""

from __future__ import annotations

from translator_gui.realtime.captions import DEFAULT_CAPTIONS_MODEL, CaptionsEngine
from translator_gui.realtime.engine import EventSink
from translator_gui.realtime.interpret import DEFAULT_INTERPRET_MODEL, InterpretEngine
from translator_gui.realtime.languages import Mode, mode_for
from translator_gui.realtime.pricing import SpendingGuard
from translator_gui.realtime.reconnect import ReconnectPolicy
from translator_gui.realtime.translate import TranslationEngine

DEFAULT_MODELS: dict[Mode, str] = {
    Mode.TRANSLATE: "gpt-realtime-translate",
    Mode.CAPTIONS: DEFAULT_CAPTIONS_MODEL,
    Mode.INTERPRET: DEFAULT_INTERPRET_MODEL,
}


def make_engine(
    mode: Mode | None,
    *,
    api_key: str,
    target_language: str,
    emit: EventSink,
    base_url: str | None = None,
    organization: str | None = None,
    project: str | None = None,
    model: str | None = None,
    transcription_model: str | None = "gpt-realtime-whisper",
    connect_timeout: float = 10.0,
    reconnect: ReconnectPolicy | None = ReconnectPolicy(),  # noqa: B008 - frozen, so safe to share
    max_session_seconds: float | None = None,
    spending_cap: float | None = None,
) -> TranslationEngine:
    """An engine of ``mode`` (``None``: the mode that produces ``target_language``, see ``mode_for``).

    For Captions, ``target_language`` is the spoken language and ``model`` the transcription model.
    ``spending_cap`` (USD): warn at 80 % of it, stop the session at 100 % (see ``SpendingGuard``).
    Raises ``ValueError`` for a language the mode cannot produce.
    """
    if mode is None:
        mode = mode_for(target_language)
    chosen = model or DEFAULT_MODELS[mode]
    if spending_cap is None:
        return _build(mode, chosen, api_key, target_language, emit, base_url, organization, project,
                      transcription_model, connect_timeout, reconnect, max_session_seconds)  # fmt: skip
    guard = SpendingGuard(emit, model=chosen, cap=spending_cap)
    engine = _build(mode, chosen, api_key, target_language, guard, base_url, organization, project,
                    transcription_model, connect_timeout, reconnect, max_session_seconds)  # fmt: skip
    guard.stop = engine.stop_soon
    return engine


def _build(
    mode: Mode,
    chosen: str,
    api_key: str,
    target_language: str,
    emit: EventSink,
    base_url: str | None,
    organization: str | None,
    project: str | None,
    transcription_model: str | None,
    connect_timeout: float,
    reconnect: ReconnectPolicy | None,
    max_session_seconds: float | None,
) -> TranslationEngine:
    if mode is Mode.TRANSLATE:
        return TranslationEngine(
            api_key=api_key,
            target_language=target_language,
            emit=emit,
            base_url=base_url,
            transcription_model=transcription_model,
            model=chosen,
            connect_timeout=connect_timeout,
            reconnect=reconnect,
            organization=organization,
            project=project,
            max_session_seconds=max_session_seconds,
        )
    if mode is Mode.CAPTIONS:
        return CaptionsEngine(
            api_key=api_key,
            language=target_language,
            emit=emit,
            base_url=base_url,
            model=chosen,
            connect_timeout=connect_timeout,
            reconnect=reconnect,
            organization=organization,
            project=project,
            max_session_seconds=max_session_seconds,
        )
    return InterpretEngine(
        api_key=api_key,
        target_language=target_language,
        emit=emit,
        base_url=base_url,
        model=chosen,
        transcription_model=transcription_model,
        connect_timeout=connect_timeout,
        reconnect=reconnect,
        organization=organization,
        project=project,
        max_session_seconds=max_session_seconds,
    )
