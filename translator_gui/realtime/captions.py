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

from translator_gui.realtime.engine import EventSink, TargetText
from translator_gui.realtime.incoming import Incoming, SessionEnded, parse, text_field
from translator_gui.realtime.reconnect import ReconnectPolicy
from translator_gui.realtime.session_modes import EMPTY_BUFFER as EMPTY_BUFFER
from translator_gui.realtime.session_modes import PCM_24K as PCM_24K
from translator_gui.realtime.session_modes import SERVER_VAD as SERVER_VAD
from translator_gui.realtime.session_modes import ClosingDecoder, ItemText, RealtimeModeEngine

DEFAULT_CAPTIONS_MODEL = "gpt-realtime-whisper"
CAPTIONS_MODELS = ("gpt-realtime-whisper", "gpt-live-transcribe", "gpt-transcribe")
"""Selectable transcription models (the gpt-4o-*transcribe and whisper-1 models are announced to shut down)."""

class CaptionsDecoder(ClosingDecoder):
    """Transcription-session events → app events; stateful (items, and the end after a commit)."""

    def __init__(self) -> None:
        super().__init__()
        self._text = ItemText()
        self._with_deltas: set[str] = set()

    def decode(self, raw: bytes | str) -> list[Incoming]:
        data = parse(raw)
        if data is None:
            return []
        common = self._session_event(data)
        if common is not None:
            return common
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


class CaptionsEngine(RealtimeModeEngine):
    """The ``Engine`` for same-language captions. ``language`` is the spoken language (a hint)."""

    _decoder: CaptionsDecoder
    _TRANSCRIPTION = True
    _RESPOND_ON_CLOSE = False

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
