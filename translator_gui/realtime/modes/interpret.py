"""Interpret mode: a conversation model (``/v1/realtime``) told to act as an interpreter.

For the target languages ``gpt-realtime-translate`` lacks. Turn-based: server VAD ends each turn,
the model answers with speech in the target language (``output_modalities`` ``["audio"]``).

Events: ``response.output_audio.delta`` → ``TargetAudio``, ``response.output_audio_transcript.delta``
→ ``TargetText``, input transcription deltas → ``SourceText`` (one space between turns). Changing
the target language rewrites the instructions in the running session. ``response.done`` carries the
token usage, reported as ``TokenUsage`` for the cost estimate.

Finishing: stop() commits what is left of the buffer and asks for one more response, then waits for
its ``response.done`` (an error, e.g. an empty buffer, ends at once).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from translator_gui.realtime.engine import EventSink, SourceText, TargetText, TokenUsage
from translator_gui.realtime.incoming import Incoming, optional_int, optional_text, target_audio
from translator_gui.realtime.languages import Mode, any_language
from translator_gui.realtime.models import DEFAULT_MODELS
from translator_gui.realtime.modes.realtime_endpoint import (
    PCM_24K,
    SERVER_VAD,
    ClosingDecoder,
    ItemText,
    RealtimeEndpointSession,
)
from translator_gui.realtime.options import SessionOptions

INTERPRET_MODELS = ("gpt-realtime-2", "gpt-realtime-2.1", "gpt-realtime-2.1-mini")
DEFAULT_VOICE = "marin"


def instructions(target_english_name: str) -> str:
    """The interpreter prompt for one target language."""
    return (
        f"You are a simultaneous interpreter. Translate everything the speaker says into {target_english_name}, "
        f"and speak only {target_english_name}. Keep the speaker's meaning, tone and person (say \"I\" when they "
        "say \"I\"). Never answer questions, add comments, greet, or explain: only interpret. If the speech "
        f"is already in {target_english_name}, repeat it faithfully. Keep names and numbers exact."
    )


def token_usage(data: Mapping[str, Any]) -> TokenUsage | None:
    """The audio/text token counts of a ``response.done``, if it carries usage."""
    response = data.get("response")
    usage = response.get("usage") if isinstance(response, dict) else None
    if not isinstance(usage, dict):
        return None
    inputs = usage.get("input_token_details")
    outputs = usage.get("output_token_details")
    inputs = inputs if isinstance(inputs, dict) else {}
    outputs = outputs if isinstance(outputs, dict) else {}
    return TokenUsage(
        audio_in=optional_int(inputs, "audio_tokens") or 0,
        text_in=optional_int(inputs, "text_tokens") or 0,
        audio_out=optional_int(outputs, "audio_tokens") or 0,
        text_out=optional_int(outputs, "text_tokens") or 0,
    )


class InterpretDecoder(ClosingDecoder):
    """Conversation-session events → app events; one per connection."""

    def __init__(self) -> None:
        super().__init__({
            "conversation.item.input_audio_transcription.delta": self._source_delta,
            "response.output_audio_transcript.delta": self._target_delta,
            "response.output_audio.delta": target_audio,
            "response.done": self._done,
        })  # fmt: skip
        self._source = ItemText()
        self._target = ItemText()

    def _source_delta(self, data: Mapping[str, Any]) -> list[Incoming]:
        delta = optional_text(data, "delta")
        return [SourceText(self._source.delta(optional_text(data, "item_id") or "", delta))] if delta else []

    def _target_delta(self, data: Mapping[str, Any]) -> list[Incoming]:
        delta = optional_text(data, "delta")
        return [TargetText(self._target.delta(optional_text(data, "response_id") or "", delta))] if delta else []

    def _done(self, data: Mapping[str, Any]) -> list[Incoming]:
        usage = token_usage(data)
        return ([] if usage is None else [usage]) + self.ended()


class InterpretSession(RealtimeEndpointSession):
    """The ``Engine`` for interpreting into any of ``ALL_TARGETS`` with a conversation model."""

    DEFAULT_MODEL = DEFAULT_MODELS[Mode.INTERPRET]
    _TRANSCRIPTION = False
    _RESPOND_ON_CLOSE = True

    def __init__(
        self, target_language: str, emit: EventSink, options: SessionOptions, *, voice: str = DEFAULT_VOICE,
        **hooks: Any,
    ) -> None:  # fmt: skip
        super().__init__(target_language, emit, options, **hooks)
        self._voice = voice

    def _session_config(self, target: str) -> Mapping[str, object]:
        audio_input: dict[str, object] = {"format": PCM_24K, "turn_detection": SERVER_VAD}
        if self._options.transcription_model:
            audio_input["transcription"] = {"model": self._options.transcription_model}
        return {
            "type": "realtime",
            "output_modalities": ["audio"],
            "instructions": instructions(any_language(target).english_name),
            "audio": {"input": audio_input, "output": {"format": PCM_24K, "voice": self._voice}},
        }

    def _language_update(self, target: str) -> Mapping[str, object]:
        return {"type": "realtime", "instructions": instructions(any_language(target).english_name)}

    def _decoder(self) -> InterpretDecoder:
        return InterpretDecoder()
