"""Captions mode: a transcription session (``/v1/realtime?intent=transcription``), same-language captions.

The words spoken become ``TargetText``: for same-language captions the transcript *is* the caption
line, and sending it as ``SourceText`` too would show every word twice. Transcript deltas of one item
(one stretch of speech) are append-only; a new item starts after a space. Models that send no deltas
(``whisper-1``) get their ``completed`` transcript instead.

``gpt-realtime-whisper`` (the default) requires ``turn_detection`` null: it streams as audio arrives and
the buffer is committed only when the session ends. Other models use server VAD.

Finishing: these sessions have no ``session.close``; stop() commits the buffer and waits for the
transcript of that last item (an empty buffer ends at once).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from translator_gui.realtime.connection import RealtimeLink, SessionLink
from translator_gui.realtime.engine import EventSink, TargetText
from translator_gui.realtime.incoming import (
    Incoming,
    ServerError,
    SessionEnded,
    parse,
    session_event,
    text_field,
)
from translator_gui.realtime.languages import any_language
from translator_gui.realtime.reconnect import ReconnectPolicy
from translator_gui.realtime.translate import TranslationEngine

DEFAULT_CAPTIONS_MODEL = "gpt-realtime-whisper"
CAPTIONS_MODELS = ("gpt-realtime-whisper", "gpt-live-transcribe", "gpt-transcribe")
"""Selectable transcription models (the gpt-4o-*transcribe and whisper-1 models are announced to shut down)."""

EMPTY_BUFFER = "input_audio_buffer_commit_empty"
PCM_24K: dict[str, object] = {"type": "audio/pcm", "rate": 24_000}
SERVER_VAD: dict[str, object] = {
    "type": "server_vad",
    "threshold": 0.5,
    "prefix_padding_ms": 300,
    "silence_duration_ms": 500,
}


class ItemText:
    """Joins append-only text from successive items (turns) with one space between them."""

    def __init__(self) -> None:
        self._current: str | None = None
        self._any = False
        self._ends_with_space = True

    def delta(self, item_id: str, text: str) -> str:
        if item_id != self._current:
            self._current = item_id
            if self._any and not self._ends_with_space and text and not text[0].isspace():
                text = " " + text
        if text:
            self._any = True
            self._ends_with_space = text[-1].isspace()
        return text


class CaptionsDecoder:
    """Transcription-session events → app events; stateful (items, and the end after a commit)."""

    def __init__(self) -> None:
        self.closing = False
        self._text = ItemText()
        self._with_deltas: set[str] = set()

    def decode(self, raw: bytes | str) -> list[Incoming]:
        data = parse(raw)
        if data is None:
            return []
        common = session_event(data)
        if common is not None:
            if isinstance(common, ServerError) and self.closing:
                if common.code == EMPTY_BUFFER:
                    return [SessionEnded()]  # nothing was left to finish: not a person's problem
                return [common, SessionEnded()]  # e.g. committing an empty buffer: nothing more comes
            return [common]
        return self._transcription(data)

    def _transcription(self, data: Mapping[str, Any]) -> list[Incoming]:
        kind = data["type"]
        item_id = text_field(data, "item_id") or ""
        if kind == "conversation.item.input_audio_transcription.delta":
            delta = text_field(data, "delta")
            if not delta:
                return []
            self._with_deltas.add(item_id)
            return [TargetText(self._text.delta(item_id, delta))]
        if kind == "conversation.item.input_audio_transcription.completed":
            out: list[Incoming] = []
            transcript = text_field(data, "transcript") or ""
            if item_id not in self._with_deltas and transcript:
                out.append(TargetText(self._text.delta(item_id, transcript)))
            self._with_deltas.discard(item_id)
            if self.closing:
                out.append(SessionEnded())
            return out
        return []


class CaptionsEngine(TranslationEngine):
    """The ``Engine`` for same-language captions. ``language`` is the spoken language (a hint)."""

    def __init__(
        self,
        *,
        api_key: str,
        language: str,
        emit: EventSink,
        base_url: str | None = None,
        model: str = DEFAULT_CAPTIONS_MODEL,
        connect_timeout: float = 10.0,
        reconnect: ReconnectPolicy | None = ReconnectPolicy(),  # noqa: B008 - frozen, so safe to share
        organization: str | None = None,
        project: str | None = None,
        max_session_seconds: float | None = None,
    ) -> None:
        super().__init__(
            api_key=api_key,
            target_language=language,
            emit=emit,
            base_url=base_url,
            transcription_model=model,
            model=model,
            connect_timeout=connect_timeout,
            reconnect=reconnect,
            organization=organization,
            project=project,
            max_session_seconds=max_session_seconds,
        )
        self._decoder = CaptionsDecoder()

    def _check_language(self, code: str) -> str:
        return any_language(code).code

    def _transcription(self, target: str) -> dict[str, object]:
        return {"model": self._model, "language": target}

    def _session_config(self, target: str) -> Mapping[str, object]:
        turns = None if self._model == "gpt-realtime-whisper" else SERVER_VAD
        audio_input = {"format": PCM_24K, "transcription": self._transcription(target), "turn_detection": turns}
        return {"type": "transcription", "audio": {"input": audio_input}}

    def _language_update(self, target: str) -> Mapping[str, object]:
        return {"type": "transcription", "audio": {"input": {"transcription": self._transcription(target)}}}

    def _decode(self, raw: bytes | str) -> list[Incoming]:
        return self._decoder.decode(raw)

    def _on_close_requested(self) -> None:
        self._decoder.closing = True

    async def _open_link(self) -> SessionLink:
        self._decoder.closing = False  # a new session (after a reconnect) is not finishing
        return await RealtimeLink.open(
            api_key=self._api_key,
            base_url=self._base_url,
            model=None,
            transcription=True,
            open_timeout=self._connect_timeout,
            organization=self._organization,
            project=self._project,
        )
