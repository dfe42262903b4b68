"""What the Captions (transcribe) and Interpret modes share: both run on ``/v1/realtime`` (not the
translations endpoint), accept any language, and finish a session the same way.

Finishing: these sessions have no ``session.close``; asking one to finish commits the input buffer
(see ``connection.RealtimeLink``) and marks that connection's decoder ``closing``. Once that commit is
answered and what it asked for has arrived (the last transcripts, the last answer), ``SessionEnded``
follows; an empty buffer ends it quietly, any other server error at once.

With server VAD the server commits too, on its own, whenever it hears a turn end, also just as the
app commits at Stop: its ``input_audio_buffer.committed`` follows the ``input_audio_buffer.speech_stopped``
of the same item (the SDK: "The ID of the user message item that will be created"). Such a commit is
the server's, never the confirmation of one the app sent; nor is any ``committed`` while none of the
app's is awaited.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any, ClassVar

from translator_gui.realtime.connection import RealtimeLink, SessionLink
from translator_gui.realtime.incoming import (
    SESSION_HANDLERS,
    Decoder,
    Handler,
    Incoming,
    ServerError,
    SessionEnded,
    optional_text,
    server_error,
)
from translator_gui.realtime.languages import any_language
from translator_gui.realtime.session import RealtimeSession

log = logging.getLogger(__name__)

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
    """A ``/v1/realtime`` decoder: the session-wide events, then ``handlers``; commits and errors read
    in the light of ``closing``.

    Each commit the client sends is answered by ``input_audio_buffer.committed`` or by an error (an
    empty buffer); ``commits_awaited`` counts those still to come (the server's own VAD commits are told
    apart and not counted). Once the session was asked to finish and its last commit is answered, the
    subclass says what is still to wait for (``last_commit_confirmed``) and, when nothing is,
    ``SessionEnded`` follows.
    """

    def __init__(self, handlers: Mapping[str, Handler]) -> None:
        super().__init__({
            **SESSION_HANDLERS, **handlers, "error": self._error, "input_audio_buffer.committed": self._committed,
            "input_audio_buffer.speech_stopped": self._speech_stopped,
        })  # fmt: skip
        self._vad_items: set[str] = set()  # items the server's VAD ended a turn in, their commit still to come

    def on_committed(self, item_id: str) -> list[Incoming]:
        """A commit (the client's, or the server's own in server VAD mode) became item ``item_id``."""
        return []

    def on_server_commit(self, item_id: str) -> list[Incoming]:
        """The server's VAD committed a turn of its own as item ``item_id`` (after ``on_committed``)."""
        return []

    def on_error(self, error: ServerError) -> list[Incoming] | None:
        """What a server error means to this kind of session (None: the common reading)."""
        return None

    def last_commit_confirmed(self, item_id: str) -> list[Incoming]:
        """The commit that finishes the session became item ``item_id``."""
        return []

    def finished(self) -> bool:
        """Nothing the session asked for at its end is still to come (its last commit answered)."""
        return True

    def ended(self) -> list[Incoming]:
        """``SessionEnded`` once the session was asked to finish and nothing more is to come."""
        return [SessionEnded()] if self.closing and self.commits_awaited == 0 and self.finished() else []

    def _speech_stopped(self, data: Mapping[str, Any]) -> list[Incoming]:
        item_id = optional_text(data, "item_id")
        if item_id:
            self._vad_items.add(item_id)
        return []

    def _committed(self, data: Mapping[str, Any]) -> list[Incoming]:
        item_id = optional_text(data, "item_id") or ""
        out = self.on_committed(item_id)
        if item_id in self._vad_items or self.commits_awaited == 0:
            self._vad_items.discard(item_id)
            return out + self.on_server_commit(item_id)
        self.commits_awaited -= 1
        if self.closing and self.commits_awaited == 0:
            out += self.last_commit_confirmed(item_id)
        return out

    def _error(self, data: Mapping[str, Any]) -> list[Incoming]:
        error = server_error(data)
        claimed = self.on_error(error)
        if claimed is not None:
            return claimed
        if error.code == EMPTY_BUFFER:
            # Too little audio since the last commit: nothing was lost, nothing to tell anyone.
            log.debug("A commit found too little audio")
            self.commits_awaited = max(0, self.commits_awaited - 1)
            return self.ended()
        if not self.closing:
            return [error]
        return [error, SessionEnded()]  # the session was finishing: nothing more comes


class RealtimeEndpointSession(RealtimeSession):
    """Base of the sessions on ``/v1/realtime``: subclasses say whether it is a transcription session."""

    _TRANSCRIPTION: ClassVar[bool]
    """A transcription session (``?intent=transcription``) rather than a conversation with the model."""

    def _check_language(self, code: str) -> str:
        return any_language(code).code

    async def _open_link(self) -> SessionLink:
        return await RealtimeLink.open(
            api_key=self._options.api_key,
            base_url=self._base_url,
            model=None if self._TRANSCRIPTION else self._model,
            open_timeout=self._options.connect_timeout,
            transcription=self._TRANSCRIPTION,
            organization=self._options.organization,
            project=self._options.project,
        )
