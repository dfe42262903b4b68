"""Captions mode: a transcription session (``/v1/realtime?intent=transcription``), same-language captions.

The words spoken become ``TargetText``: for same-language captions the transcript *is* the caption
line, and sending it as ``SourceText`` too would show every word twice. Transcript deltas of one item
(one stretch of speech) are append-only; a new item starts after a space. Models that send no deltas
(``whisper-1``) get their ``completed`` transcript instead.

``gpt-realtime-whisper`` (the default) requires ``turn_detection`` null: it streams as audio arrives and
the buffer is committed only when the session ends. Other models use server VAD.

Finishing: stop() commits the buffer and waits for the transcript of that last item (an empty buffer
ends at once). The target language is the spoken language, a hint to the transcription model.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from translator_gui.realtime.engine import TargetText
from translator_gui.realtime.incoming import Incoming, optional_text
from translator_gui.realtime.languages import Mode
from translator_gui.realtime.models import DEFAULT_MODELS
from translator_gui.realtime.modes.realtime_endpoint import (
    PCM_24K,
    SERVER_VAD,
    ClosingDecoder,
    ItemText,
    RealtimeEndpointSession,
)

CAPTIONS_MODELS = ("gpt-realtime-whisper", "gpt-live-transcribe", "gpt-transcribe")
"""Selectable transcription models (the gpt-4o-*transcribe and whisper-1 models are announced to shut down)."""


class TranscribeDecoder(ClosingDecoder):
    """Transcription-session events → app events; one per connection (its items, its end after a commit)."""

    def __init__(self) -> None:
        super().__init__({
            "conversation.item.input_audio_transcription.delta": self._delta,
            "conversation.item.input_audio_transcription.completed": self._completed,
        })  # fmt: skip
        self._text = ItemText()
        self._with_deltas: set[str] = set()

    def _delta(self, data: Mapping[str, Any]) -> list[Incoming]:
        delta = optional_text(data, "delta")
        if not delta:
            return []
        item_id = optional_text(data, "item_id") or ""
        self._with_deltas.add(item_id)
        return [TargetText(self._text.delta(item_id, delta))]

    def _completed(self, data: Mapping[str, Any]) -> list[Incoming]:
        item_id = optional_text(data, "item_id") or ""
        transcript = optional_text(data, "transcript") or ""
        out: list[Incoming] = []
        if item_id not in self._with_deltas and transcript:
            out.append(TargetText(self._text.delta(item_id, transcript)))
        self._with_deltas.discard(item_id)
        return out + self.ended()


class TranscribeSession(RealtimeEndpointSession):
    """The ``Engine`` for same-language captions; ``SessionOptions.model`` is the transcription model."""

    DEFAULT_MODEL = DEFAULT_MODELS[Mode.CAPTIONS]
    _TRANSCRIPTION = True
    _RESPOND_ON_CLOSE = False

    def _transcription(self, target: str) -> dict[str, object]:
        return {"model": self._model, "language": target}

    def _session_config(self, target: str) -> Mapping[str, object]:
        turns = None if self._model == "gpt-realtime-whisper" else SERVER_VAD
        audio_input = {"format": PCM_24K, "transcription": self._transcription(target), "turn_detection": turns}
        return {"type": "transcription", "audio": {"input": audio_input}}

    def _language_update(self, target: str) -> Mapping[str, object]:
        return {"type": "transcription", "audio": {"input": {"transcription": self._transcription(target)}}}

    def _decoder(self) -> TranscribeDecoder:
        return TranscribeDecoder()
