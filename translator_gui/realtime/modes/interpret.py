"""Interpret mode: a conversation model (``/v1/realtime``) told to act as an interpreter.

For the target languages ``gpt-realtime-translate`` lacks. Turn-based: server VAD ends each turn,
the model answers with speech in the target language (``output_modalities`` ``["audio"]``).

Events: ``response.output_audio.delta`` → ``TargetAudio``, ``response.output_audio_transcript.delta``
→ ``TargetText``, input transcription deltas → ``SourceText`` (one space between turns). Changing
the target language rewrites the instructions in the running session. ``response.done`` carries the
token usage (cached and uncached, audio and text), reported as ``TokenUsage`` for the cost estimate;
one that did not complete (cut off at the token limit, filtered, failed for lack of credit) is said.

Turn detection does not interrupt an answer (``interrupt_response`` false): a speaker who keeps
talking does not cancel the interpretation of what they just said. The conversation the model re-reads
for every answer is bounded (``truncation``): an interpreter needs the last few turns, and every
token kept is paid again at each answer.

Finishing: stop() commits what is left of the buffer; only once the service confirmed that commit
(``input_audio_buffer.committed``) is one more answer asked for, and its ``response.done`` ends the
session. A conversation has at most one answer under way (the service refuses ``response.create``
meanwhile: ``conversation_already_has_active_response``), so while one is (``response.created`` seen,
its ``response.done`` not yet), or while a turn the server's VAD just ended is still to be answered,
the last answer waits for it; one refused all the same is asked for again after the answer that was
under way. A refused or empty commit asks for nothing: the session ends once the answers under way
are done (the last turn is being answered already), at once when there are none.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

from translator_gui.i18n import translate
from translator_gui.realtime.engine import EventSink, SourceText, TargetText, TokenUsage
from translator_gui.realtime.incoming import (
    Committed,
    Incoming,
    ServerError,
    ServiceNotice,
    mapping,
    optional_int,
    optional_text,
    target_audio,
)
from translator_gui.realtime.languages import Mode, any_language
from translator_gui.realtime.models import DEFAULT_MODELS
from translator_gui.realtime.modes.realtime_endpoint import (
    PCM_24K,
    SERVER_VAD,
    ClosingDecoder,
    ItemText,
    RealtimeEndpointSession,
)
from translator_gui.realtime.modes.transcribe import transcription_usage
from translator_gui.realtime.opening import SEND_ERRORS, Connection
from translator_gui.realtime.options import SessionOptions

log = logging.getLogger(__name__)

ACTIVE_RESPONSE = "conversation_already_has_active_response"
"""The service's refusal of ``response.create`` while an answer is under way."""
INTERPRET_MODELS = ("gpt-realtime-2", "gpt-realtime-2.1", "gpt-realtime-2.1-mini")
DEFAULT_VOICE = "marin"
TURN_DETECTION: dict[str, object] = {**SERVER_VAD, "interrupt_response": False}
"""Server VAD ends each turn and asks for its answer; a new turn never cancels an answer under way."""
CONTEXT_TOKENS = 1_200
"""The conversation kept after the instructions (about the last five 6-second turns with their answers)."""
TRUNCATION: dict[str, object] = {
    "type": "retention_ratio",
    "retention_ratio": 0.5,
    "token_limits": {"post_instructions": CONTEXT_TOKENS},
}
"""When the conversation outgrows ``CONTEXT_TOKENS``, its oldest turns are dropped down to half of it
(dropping in steps, not one turn at a time, keeps the cached prefix intact in between)."""


def incomplete(reason: str, status: str) -> str:
    """What a person is told about an answer that did not complete, by ``status_details.reason``."""
    if reason == "max_output_tokens":
        return translate(
            "Session", "An interpretation was cut short: it reached the longest answer the model may give."
        )
    if reason == "content_filter":
        return translate("Session", "An interpretation was withheld by OpenAI's content filter.")
    if reason == "turn_detected":
        return translate("Session", "An interpretation was interrupted by new speech.")
    if reason == "client_cancelled":
        return translate("Session", "An interpretation was cancelled.")
    return translate("Session", "An interpretation did not complete ({status}).").format(status=status)


def instructions(target_english_name: str) -> str:
    """The interpreter prompt for one target language."""
    return (
        f"You are a simultaneous interpreter. Translate everything the speaker says into {target_english_name}, "
        f'and speak only {target_english_name}. Keep the speaker\'s meaning, tone and person (say "I" when they '
        'say "I"). Never answer questions, add comments, greet, or explain: only interpret. If the speech '
        f"is already in {target_english_name}, repeat it faithfully. Keep names and numbers exact."
    )


def token_usage(data: Mapping[str, Any]) -> TokenUsage | None:
    """The token counts of a ``response.done``, if it carries usage (cached tokens are a part of the
    input tokens, as the SDK's ``RealtimeResponseUsageInputTokenDetails`` says)."""
    response = mapping(data, "response")
    usage = response.get("usage")
    if not isinstance(usage, dict):
        return None
    inputs = mapping(usage, "input_token_details")
    outputs = mapping(usage, "output_token_details")
    cached = mapping(inputs, "cached_tokens_details")
    return TokenUsage(
        audio_in=optional_int(inputs, "audio_tokens") or 0,
        text_in=optional_int(inputs, "text_tokens") or 0,
        audio_out=optional_int(outputs, "audio_tokens") or 0,
        text_out=optional_int(outputs, "text_tokens") or 0,
        cached_audio_in=optional_int(cached, "audio_tokens") or 0,
        cached_text_in=optional_int(cached, "text_tokens") or 0,
    )


def unfinished(data: Mapping[str, Any]) -> Incoming | None:
    """What to say about a ``response.done`` whose status is not ``completed`` (None: it completed)."""
    response = mapping(data, "response")
    status = optional_text(response, "status")
    if status in (None, "completed", "in_progress"):
        return None
    details = mapping(response, "status_details")
    if status == "failed":
        error = mapping(details, "error")
        message = optional_text(error, "message") or translate("Session", "An interpretation failed.")
        return ServerError(message, code=optional_text(error, "code"), error_type=optional_text(error, "type"))
    reason = optional_text(details, "reason") or ""
    return ServiceNotice(incomplete(reason, status))


class InterpretDecoder(ClosingDecoder):
    """Conversation-session events → app events; one per connection."""

    def __init__(self) -> None:
        super().__init__({
            "conversation.item.input_audio_transcription.delta": self._source_delta,
            "conversation.item.input_audio_transcription.completed": self._transcribed,
            "response.output_audio_transcript.delta": self._target_delta,
            "response.output_audio.delta": target_audio,
            "response.created": self._created,
            "response.done": self._done,
        })  # fmt: skip
        self._source = ItemText()
        self._target = ItemText()
        self._active: set[str] = set()  # answers under way: created, not yet done
        self._answer_due = False  # the server's VAD ended a turn with no answer under way: it answers it
        self._final_item: str | None = None  # the closing commit was confirmed: its item, to be answered
        self._final_asked = False  # the last answer was asked for
        self._final: str | None = None  # that answer's response id, once it was created
        self._final_done = False

    def last_commit_confirmed(self, item_id: str) -> list[Incoming]:
        self._final_item = item_id
        return self._ask()

    def on_server_commit(self, item_id: str) -> list[Incoming]:
        # server VAD answers each turn itself, unless an answer is under way (then it may not)
        self._answer_due = not self._active
        return []

    def on_error(self, error: ServerError) -> list[Incoming] | None:
        if error.code != ACTIVE_RESPONSE or not self._final_asked or self._final is not None:
            return None
        log.info("The last interpretation has to wait for the one under way")
        self._final_asked = False  # asked again once the answer under way is done
        return []

    def finished(self) -> bool:
        if self._active or self._answer_due:
            return False  # an answer under way or about to start: its words are still to come
        return self._final_item is None or self._final_done  # nothing committed at the end: no answer to wait for

    def _ask(self) -> list[Incoming]:
        """``Committed`` (ask for the last answer) once the closing commit is confirmed and no answer is under way."""
        if self._final_item is None or self._final_asked or self._active or self._answer_due:
            return []
        self._final_asked = True
        return [Committed(self._final_item)]

    def _created(self, data: Mapping[str, Any]) -> list[Incoming]:
        response_id = optional_text(mapping(data, "response"), "id") or ""
        self._active.add(response_id)
        if self._answer_due:
            self._answer_due = False  # the answer to the server's turn
        elif self._final_asked and self._final is None:
            self._final = response_id
        return []

    def _source_delta(self, data: Mapping[str, Any]) -> list[Incoming]:
        delta = optional_text(data, "delta")
        return [SourceText(self._source.delta(optional_text(data, "item_id") or "", delta))] if delta else []

    def _transcribed(self, data: Mapping[str, Any]) -> list[Incoming]:
        usage = transcription_usage(data)
        return [] if usage is None else [usage]

    def _target_delta(self, data: Mapping[str, Any]) -> list[Incoming]:
        delta = optional_text(data, "delta")
        return [TargetText(self._target.delta(optional_text(data, "response_id") or "", delta))] if delta else []

    def _done(self, data: Mapping[str, Any]) -> list[Incoming]:
        out: list[Incoming] = []
        usage = token_usage(data)
        if usage is not None:
            out.append(usage)
        problem = unfinished(data)
        if problem is not None:
            log.info("A response ended %s", optional_text(mapping(data, "response"), "status"))
            out.append(problem)
        response_id = optional_text(mapping(data, "response"), "id")
        if response_id is None:
            self._active.clear()  # one without an id: none is known to be under way any more
        self._active.discard(response_id or "")
        if self._final is not None and response_id in (self._final, None):
            self._final_done = True
        return out + self._ask() + self.ended()


class InterpretSession(RealtimeEndpointSession):
    """The ``Engine`` for interpreting into any of ``ALL_TARGETS`` with a conversation model."""

    DEFAULT_MODEL = DEFAULT_MODELS[Mode.INTERPRET]
    _TRANSCRIPTION = False

    def __init__(
        self, target_language: str, emit: EventSink, options: SessionOptions, *, voice: str = DEFAULT_VOICE,
        **hooks: Any,
    ) -> None:  # fmt: skip
        super().__init__(target_language, emit, options, **hooks)
        self._voice = voice

    def _session_config(self, target: str) -> Mapping[str, object]:
        audio_input: dict[str, object] = {"format": PCM_24K, "turn_detection": TURN_DETECTION}
        if self._options.transcription_model:
            audio_input["transcription"] = {"model": self._options.transcription_model}
        return {
            "type": "realtime",
            "output_modalities": ["audio"],
            "instructions": instructions(any_language(target).english_name),
            "audio": {"input": audio_input, "output": {"format": PCM_24K, "voice": self._voice}},
            "truncation": TRUNCATION,
        }

    def _language_update(self, target: str) -> Mapping[str, object]:
        return {"type": "realtime", "instructions": instructions(any_language(target).english_name)}

    def _decoder(self) -> InterpretDecoder:
        return InterpretDecoder()

    async def _last_commit_confirmed(self, link: Connection) -> None:
        """What was said since the last answer is committed: ask for its interpretation."""
        try:
            await link.respond()
        except SEND_ERRORS as exc:
            log.info("Could not ask for the last interpretation: %s", type(exc).__name__)
