"""What the Captions (transcribe) and Interpret modes share: both run on ``/v1/realtime`` (not the
translations endpoint), accept any language, and finish a session the same way.

Finishing: these sessions have no ``session.close``; asking one to finish commits the input buffer
(see ``connection.RealtimeLink``) and marks that connection's decoder ``closing``. From then on a
server error ends the session (an empty buffer ends it quietly), and each mode's last event is
followed by ``SessionEnded``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from translator_gui.realtime.connection import RealtimeLink, SessionLink
from translator_gui.realtime.incoming import SESSION_HANDLERS, Decoder, Handler, Incoming, SessionEnded, server_error
from translator_gui.realtime.languages import any_language
from translator_gui.realtime.session import RealtimeSession

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


class ClosingDecoder(Decoder):
    """A ``/v1/realtime`` decoder: the session-wide events, then ``handlers``; errors read in the light
    of ``closing``. Subclasses call ``ended()`` after the event that finishes a session."""

    def __init__(self, handlers: Mapping[str, Handler]) -> None:
        super().__init__({**SESSION_HANDLERS, **handlers, "error": self._error})

    def ended(self) -> list[Incoming]:
        """``SessionEnded`` once the session was asked to finish, else nothing."""
        return [SessionEnded()] if self.closing else []

    def _error(self, data: Mapping[str, Any]) -> list[Incoming]:
        error = server_error(data)
        if not self.closing:
            return [error]
        if error.code == EMPTY_BUFFER:
            return [SessionEnded()]  # nothing was left to finish: not a person's problem
        return [error, SessionEnded()]  # e.g. committing an empty buffer: nothing more comes


class RealtimeEndpointSession(RealtimeSession):
    """Base of the sessions on ``/v1/realtime``: subclasses say whether it is a transcription session."""

    _TRANSCRIPTION: ClassVar[bool]
    """A transcription session (``?intent=transcription``) rather than a conversation with the model."""
    _RESPOND_ON_CLOSE: ClassVar[bool]
    """Finishing asks for one more response (to what was said since the last one)."""

    def _check_language(self, code: str) -> str:
        return any_language(code).code

    async def _open_link(self) -> SessionLink:
        return await RealtimeLink.open(
            api_key=self._options.api_key,
            base_url=self._base_url,
            model=None if self._TRANSCRIPTION else self._model,
            open_timeout=self._options.connect_timeout,
            transcription=self._TRANSCRIPTION,
            respond_on_close=self._RESPOND_ON_CLOSE,
            organization=self._options.organization,
            project=self._options.project,
        )
