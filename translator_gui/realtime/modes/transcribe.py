"""Captions mode: a transcription session (``/v1/realtime?intent=transcription``), same-language captions.

The words spoken become ``TargetText``: for same-language captions the transcript *is* the caption
line, and sending it as ``SourceText`` too would show every word twice. Transcript deltas of one item
(one stretch of speech) are append-only; a new item starts after a space. Models that send no deltas
(``whisper-1``) get their ``completed`` transcript instead.

``gpt-realtime-whisper`` (the default) and ``gpt-live-transcribe`` require ``turn_detection`` null (the
SDK's docstring of ``turn_detection``; OpenAI's realtime transcription guide configures
``gpt-live-transcribe`` so): the app commits the buffer itself, at pauses and at least every 20 s of
speech (``pauses.PauseCommitter``). Other models use server VAD, and the server commits. Each item's
``completed`` ends a caption line (``LineEnd``) and carries the transcription's usage; a ``failed``
transcription is said in one sentence, and the captions go on.

Finishing: stop() commits the buffer and waits for the transcripts of every item committed until
then (an empty buffer ends at once). The target language is the spoken language, a hint to the
transcription model.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

from translator_gui.i18n import translate
from translator_gui.realtime.engine import LineEnd, TargetText, TokenUsage
from translator_gui.realtime.incoming import Incoming, ServiceNotice, mapping, optional_int, optional_text
from translator_gui.realtime.languages import Mode
from translator_gui.realtime.models import DEFAULT_MODELS
from translator_gui.realtime.modes.pauses import PauseCommitter
from translator_gui.realtime.modes.realtime_endpoint import (
    PCM_24K,
    SERVER_VAD,
    ClosingDecoder,
    ItemText,
    RealtimeEndpointSession,
)
from translator_gui.realtime.opening import SEND_ERRORS, Connection

log = logging.getLogger(__name__)

CAPTIONS_MODELS = ("gpt-realtime-whisper", "gpt-live-transcribe", "gpt-transcribe")
"""Selectable transcription models (the gpt-4o-*transcribe and whisper-1 models are announced to shut down)."""
CLIENT_COMMIT_MODELS = frozenset({"gpt-realtime-whisper", "gpt-live-transcribe"})
"""Models that take no server turn detection (``turn_detection`` null): the client commits."""


def failed(detail: str) -> str:
    """What a person is told about a stretch of speech whose transcription failed."""
    return translate("Session", "A stretch of speech could not be transcribed ({detail}); the captions go on.").format(
        detail=detail
    )


def transcription_usage(data: Mapping[str, Any]) -> TokenUsage | None:
    """The usage a ``...transcription.completed`` reports: seconds of audio, or tokens."""
    usage = mapping(data, "usage")
    if usage.get("type") == "duration":
        seconds = usage.get("seconds")
        if isinstance(seconds, int | float) and not isinstance(seconds, bool) and seconds >= 0:
            return TokenUsage(transcription_seconds=float(seconds))
        return None
    if usage.get("type") == "tokens":
        return TokenUsage(
            transcription_tokens_in=optional_int(usage, "input_tokens") or 0,
            transcription_tokens_out=optional_int(usage, "output_tokens") or 0,
        )
    return None


class TranscribeDecoder(ClosingDecoder):
    """Transcription-session events → app events; one per connection (its items, its end after a commit)."""

    def __init__(self) -> None:
        super().__init__({
            "conversation.item.input_audio_transcription.delta": self._delta,
            "conversation.item.input_audio_transcription.completed": self._completed,
            "conversation.item.input_audio_transcription.failed": self._failed,
        })  # fmt: skip
        self._text = ItemText()
        self._with_deltas: set[str] = set()
        self._pending: set[str] = set()  # committed items whose transcript is still to come

    def on_committed(self, item_id: str) -> list[Incoming]:
        self._pending.add(item_id)
        return []

    def finished(self) -> bool:
        return not self._pending

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
        self._pending.discard(item_id)
        out.append(LineEnd())
        usage = transcription_usage(data)
        if usage is not None:
            out.append(usage)
        return out + self.ended()

    def _failed(self, data: Mapping[str, Any]) -> list[Incoming]:
        item_id = optional_text(data, "item_id") or ""
        self._pending.discard(item_id)
        message = optional_text(mapping(data, "error"), "message") or translate("Session", "no reason given")
        log.info("Transcription of %s failed: %s", item_id, message)
        detail = message.strip().rstrip(".")[:160]
        return [ServiceNotice(failed(detail)), *self.ended()]


class TranscribeSession(RealtimeEndpointSession):
    """The ``Engine`` for same-language captions; ``SessionOptions.model`` is the transcription model."""

    DEFAULT_MODEL = DEFAULT_MODELS[Mode.CAPTIONS]
    _TRANSCRIPTION = True

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._commits: tuple[Connection, PauseCommitter] | None = None  # the live connection's

    @property
    def client_commits(self) -> bool:
        """The model takes no server turn detection: this session commits at pauses itself."""
        return self._model in CLIENT_COMMIT_MODELS

    async def _appended(self, link: Connection, pcm16: bytes) -> None:
        if not self.client_commits or link is not self._link:
            return  # server VAD commits; or a session being handed over: it commits what is left itself
        if self._commits is None or self._commits[0] is not link:
            self._commits = (link, PauseCommitter())  # a new connection: a new buffer
        if not self._commits[1].feed(pcm16):
            return
        try:
            await link.commit()
        except SEND_ERRORS as exc:
            await self._send_failed(link, exc)

    def _transcription(self, target: str) -> dict[str, object]:
        return {"model": self._model, "language": target}

    def _session_config(self, target: str) -> Mapping[str, object]:
        turns = None if self.client_commits else SERVER_VAD
        audio_input = {"format": PCM_24K, "transcription": self._transcription(target), "turn_detection": turns}
        return {"type": "transcription", "audio": {"input": audio_input}}

    def _language_update(self, target: str) -> Mapping[str, object]:
        return {"type": "transcription", "audio": {"input": {"transcription": self._transcription(target)}}}

    def _decoder(self) -> TranscribeDecoder:
        return TranscribeDecoder()
