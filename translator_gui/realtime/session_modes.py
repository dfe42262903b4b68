"""What the captions and interpret modes share: both run on ``/v1/realtime`` (not the translations
endpoint), accept any language, and finish a session the same way.

Finishing: stop() sets the decoder's ``closing``; from then on a server error ends the session
(an empty buffer ends it quietly), and each mode's last event is followed by ``SessionEnded``.
A new session (after a reconnect) is not finishing.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from translator_gui.realtime.connection import RealtimeLink, SessionLink
from translator_gui.realtime.incoming import Incoming, ServerError, SessionEnded, session_event
from translator_gui.realtime.languages import any_language
from translator_gui.realtime.translate import TranslationEngine

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


class ClosingDecoder:
    """Base of the modes' decoders: the session-wide events, read in the light of ``closing``."""

    def __init__(self) -> None:
        self.closing = False

    def _session_event(self, data: Mapping[str, Any]) -> list[Incoming] | None:
        """The app events for a session-wide event (None if ``data`` is not one)."""
        common = session_event(data)
        if common is None:
            return None
        if isinstance(common, ServerError) and self.closing:
            if common.code == EMPTY_BUFFER:
                return [SessionEnded()]  # nothing was left to finish: not a person's problem
            return [common, SessionEnded()]  # e.g. committing an empty buffer: nothing more comes
        return [common]


class RealtimeModeEngine(TranslationEngine):
    """Base of the ``Engine`` of a mode on ``/v1/realtime``: subclasses set ``_decoder`` and the link's kind."""

    _decoder: ClosingDecoder
    _TRANSCRIPTION: ClassVar[bool]
    """A transcription session (``?intent=transcription``) rather than a conversation with ``model``."""
    _RESPOND_ON_CLOSE: ClassVar[bool]

    def _check_language(self, code: str) -> str:
        return any_language(code).code

    def _on_close_requested(self) -> None:
        self._decoder.closing = True

    async def _open_link(self) -> SessionLink:
        self._decoder.closing = False  # a new session (after a reconnect) is not finishing
        return await RealtimeLink.open(
            api_key=self._api_key,
            base_url=self._base_url,
            model=None if self._TRANSCRIPTION else self._model,
            open_timeout=self._connect_timeout,
            transcription=self._TRANSCRIPTION,
            respond_on_close=self._RESPOND_ON_CLOSE,
            organization=self._organization,
            project=self._project,
        )
