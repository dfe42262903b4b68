"""What the fake translation server has seen and said: plain records a test can assert on."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

INPUT_BYTES_PER_MS = 48  # 24 kHz mono PCM16


@dataclass(frozen=True)
class Handshake:
    """One websocket upgrade request, accepted (``status == 101``) or not."""

    time: float
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]  # lower-case names
    status: int

    @property
    def authorization(self) -> str | None:
        return self.headers.get("authorization")

    @property
    def model(self) -> str | None:
        values = self.query.get("model")
        return values[0] if values else None


@dataclass(frozen=True)
class Received:
    """One client message. ``event`` is the parsed JSON object (``None`` if it was not one)."""

    time: float
    connection: int
    raw: str
    event: dict[str, Any] | None
    valid: bool

    @property
    def type(self) -> str | None:
        kind = self.event.get("type") if self.event is not None else None
        return kind if isinstance(kind, str) else None


@dataclass(frozen=True)
class Append:
    """One accepted ``session.input_audio_buffer.append``."""

    time: float
    connection: int
    byte_count: int


@dataclass
class FakeState:
    """Everything recorded so far. Mutated only by the server, under its lock."""

    handshakes: list[Handshake] = field(default_factory=list)
    received: list[Received] = field(default_factory=list)
    audio: bytearray = field(default_factory=bytearray)  # every accepted append, decoded, in order
    appends: list[Append] = field(default_factory=list)
    session_updates: list[dict[str, Any]] = field(default_factory=list)  # the "session" objects
    sessions: list[dict[str, Any]] = field(default_factory=list)  # current config, per connection
    sent: list[dict[str, Any]] = field(default_factory=list)  # every validated event emitted
    raw_sent: list[str] = field(default_factory=list)  # emit_raw texts
    connections_opened: int = 0
    connections_ended: int = 0
    bugs: list[str] = field(default_factory=list)  # invalid events the script tried to emit
    expired: int = 0  # sessions the server ended because they reached their lifetime
    echoed: list[tuple[int, int, int]] = field(default_factory=list)  # (connection, from byte, to byte)

    @property
    def handshake_attempts(self) -> int:
        return len(self.handshakes)

    @property
    def input_ms(self) -> float:
        return len(self.audio) / INPUT_BYTES_PER_MS

    @property
    def session(self) -> dict[str, Any] | None:
        """The configuration of the latest session."""
        return self.sessions[-1] if self.sessions else None

    def received_of(self, event_type: str) -> list[Received]:
        return [r for r in self.received if r.type == event_type]

    def sent_of(self, event_type: str) -> list[dict[str, Any]]:
        return [e for e in self.sent if e.get("type") == event_type]

    @property
    def errors_sent(self) -> list[dict[str, Any]]:
        return self.sent_of("error")
