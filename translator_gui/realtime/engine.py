"""The app's own view of a realtime session: event dataclasses and the Engine protocol.

Nothing from the openai SDK crosses this boundary: engines translate SDK events into the
small frozen dataclasses below and hand them to an ``EventSink`` callback.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol, runtime_checkable


class SessionState(enum.Enum):
    IDLE = "idle"
    CONNECTING = "connecting"
    LIVE = "live"
    RECONNECTING = "reconnecting"  # the connection dropped; audio is held by the caller until LIVE again
    CLOSING = "closing"
    CLOSED = "closed"


class ProblemKind(enum.Enum):
    AUTH = "auth"  # the key was rejected
    PERMISSION = "permission"  # the key may not use this model
    QUOTA = "quota"  # no credit left
    RATE_LIMIT = "rate_limit"
    NETWORK = "network"  # the endpoint cannot be reached or the connection dropped
    ENDPOINT = "endpoint"  # the endpoint URL is not acceptable
    SERVER = "server"  # an `error` event from the server
    PROTOCOL = "protocol"  # something we could not understand
    AUDIO = "audio"
    STORAGE = "storage"
    SPENDING = "spending"  # the session's spending cap is near or reached
    INTERNAL = "internal"  # a fault in the app itself (logged with its traceback)
    FINISHING = "finishing"  # after Stop: the service still works through what it was sent, or what it did not


@dataclass(frozen=True, slots=True)
class SourceText:
    """An append-only fragment of the source-language transcript."""

    delta: str
    elapsed_ms: int | None = None


@dataclass(frozen=True, slots=True)
class TargetText:
    """An append-only fragment of the translated transcript."""

    delta: str
    elapsed_ms: int | None = None


@dataclass(frozen=True, slots=True)
class TargetAudio:
    """A chunk of translated speech, PCM16 little-endian."""

    pcm16: bytes
    sample_rate: int = 24_000
    channels: int = 1
    elapsed_ms: int | None = None


@dataclass(frozen=True, slots=True)
class Status:
    state: SessionState
    detail: str = ""


@dataclass(frozen=True, slots=True)
class Problem:
    """Something a person should know about, as one sentence they can act on."""

    kind: ProblemKind
    message: str
    fatal: bool = False
    sparing: bool = False
    """Its source already says it only now and then (how far behind the audio is, what was lost): it is
    never held back as one problem too many."""


@dataclass(frozen=True, slots=True)
class Usage:
    """Audio streamed to the service so far in this session."""

    audio_seconds: float


@dataclass(frozen=True, slots=True)
class TokenUsage:
    """What one response (``response.done``) or one input transcription (``...transcription.completed``)
    used, as the server reported it, for the cost estimate.

    ``audio_in`` and ``text_in`` count every input token; ``cached_audio_in`` and ``cached_text_in`` are
    the part of them read from the cache (the conversation so far, re-read by each response). The
    ``transcription_*`` fields are the input transcription's own usage: seconds of audio for
    duration-billed models, tokens for token-billed ones."""

    audio_in: int = 0
    text_in: int = 0
    audio_out: int = 0
    text_out: int = 0
    cached_audio_in: int = 0
    cached_text_in: int = 0
    transcription_seconds: float = 0.0
    transcription_tokens_in: int = 0
    transcription_tokens_out: int = 0

    def __add__(self, other: TokenUsage) -> TokenUsage:
        return TokenUsage(
            self.audio_in + other.audio_in,
            self.text_in + other.text_in,
            self.audio_out + other.audio_out,
            self.text_out + other.text_out,
            self.cached_audio_in + other.cached_audio_in,
            self.cached_text_in + other.cached_text_in,
            self.transcription_seconds + other.transcription_seconds,
            self.transcription_tokens_in + other.transcription_tokens_in,
            self.transcription_tokens_out + other.transcription_tokens_out,
        )


@dataclass(frozen=True, slots=True)
class LineEnd:
    """The text so far ends a line: the service finished transcribing one stretch of speech."""


EngineEvent = SourceText | TargetText | TargetAudio | Status | Problem | Usage | TokenUsage | LineEnd
EventSink = Callable[[EngineEvent], None]


class Engine(Protocol):
    """One realtime session, whatever its kind."""

    @property
    def state(self) -> SessionState: ...

    async def start(self) -> None:
        """Connect and configure; raises nothing, reports failures as a fatal ``Problem``."""

    async def send_audio(self, pcm16: bytes) -> None:
        """Append 24 kHz mono PCM16 audio (dropped silently unless LIVE)."""

    async def set_target_language(self, code: str) -> None:
        """Change the output language within the running session."""

    async def stop(self, grace: float = 5.0) -> None:
        """Close gracefully, keeping the trailing output: for as long as the service makes progress
        through what it was sent (see ``Hurrying``), or within ``grace`` seconds."""


@runtime_checkable
class Hurrying(Protocol):
    """An engine whose stop() waits for a slow service to work through what it was sent, and that can
    be told to end sooner."""

    unfinished: Problem | None
    """What the session said it could not finish when it stopped (None: it finished everything)."""

    def hurry(self, seconds: float = 0.0) -> None:
        """Finish within ``seconds`` from now at the latest (0: at once), during a stop() or the next one."""
