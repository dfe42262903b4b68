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
from translator_gui.realtime.incoming import Incoming, SessionEnded, audio_delta, parse, text_field
from translator_gui.realtime.languages import any_language
from translator_gui.realtime.reconnect import ReconnectPolicy
from translator_gui.realtime.session_modes import PCM_24K, SERVER_VAD, ClosingDecoder, ItemText, RealtimeModeEngine

DEFAULT_INTERPRET_MODEL = "gpt-realtime-2"
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


def _int(data: Mapping[str, Any], key: str) -> int:
    value = data.get(key)
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 else 0


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
        audio_in=_int(inputs, "audio_tokens"),
        text_in=_int(inputs, "text_tokens"),
        audio_out=_int(outputs, "audio_tokens"),
        text_out=_int(outputs, "text_tokens"),
    )


class InterpretDecoder(ClosingDecoder):
    """Conversation-session events → app events."""

    def __init__(self) -> None:
        super().__init__()
        self._source = ItemText()
        self._target = ItemText()

    def decode(self, raw: bytes | str) -> list[Incoming | TokenUsage]:
        data = parse(raw)
        if data is None:
            return []
        common = self._session_event(data)
        if common is not None:
            return [*common]
        kind = data["type"]
        if kind == "conversation.item.input_audio_transcription.delta":
            delta = text_field(data, "delta")
            return [SourceText(self._source.delta(text_field(data, "item_id") or "", delta))] if delta else []
        if kind == "response.output_audio_transcript.delta":
            delta = text_field(data, "delta")
            return [TargetText(self._target.delta(text_field(data, "response_id") or "", delta))] if delta else []
        if kind == "response.output_audio.delta":
            audio = audio_delta(data)
            return [audio] if audio is not None else []
        if kind == "response.done":
            out: list[Incoming | TokenUsage] = []
            usage = token_usage(data)
            if usage is not None:
                out.append(usage)
            if self.closing:
                out.append(SessionEnded())
            return out
        return []


class InterpretEngine(RealtimeModeEngine):
    """The ``Engine`` for interpreting into any of ``ALL_TARGETS`` with a conversation model."""

    _decoder: InterpretDecoder
    _TRANSCRIPTION = False
    _RESPOND_ON_CLOSE = True

    def __init__(
        self,
        *,
        api_key: str,
        target_language: str,
        emit: EventSink,
        base_url: str | None = None,
        model: str = DEFAULT_INTERPRET_MODEL,
        transcription_model: str | None = "gpt-realtime-whisper",
        voice: str = DEFAULT_VOICE,
        connect_timeout: float = 10.0,
        reconnect: ReconnectPolicy | None = ReconnectPolicy(),  # noqa: B008 - frozen, so safe to share
        organization: str | None = None,
        project: str | None = None,
        max_session_seconds: float | None = None,
    ) -> None:
        super().__init__(
            api_key=api_key,
            target_language=target_language,
            emit=emit,
            base_url=base_url,
            transcription_model=transcription_model,
            model=model,
            connect_timeout=connect_timeout,
            reconnect=reconnect,
            organization=organization,
            project=project,
            max_session_seconds=max_session_seconds,
        )
        self._voice = voice
        self._decoder = InterpretDecoder()

    def _session_config(self, target: str) -> Mapping[str, object]:
        audio_input: dict[str, object] = {"format": PCM_24K, "turn_detection": SERVER_VAD}
        if self._transcription_model:
            audio_input["transcription"] = {"model": self._transcription_model}
        return {
            "type": "realtime",
            "output_modalities": ["audio"],
            "instructions": instructions(any_language(target).english_name),
            "audio": {"input": audio_input, "output": {"format": PCM_24K, "voice": self._voice}},
        }

    def _language_update(self, target: str) -> Mapping[str, object]:
        return {"type": "realtime", "instructions": instructions(any_language(target).english_name)}

    def _decode(self, raw: bytes | str) -> list[Incoming]:
        out: list[Incoming] = []
        for item in self._decoder.decode(raw):
            if isinstance(item, TokenUsage):
                self._emit(item)
            else:
                out.append(item)
        return out
