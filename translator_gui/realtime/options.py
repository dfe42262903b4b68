"""What every realtime session needs to know besides its target language: where, who, which model, how patient."""

from __future__ import annotations

from dataclasses import dataclass, field

from translator_gui.realtime.models import DEFAULT_TRANSCRIPTION_MODEL
from translator_gui.realtime.reconnect import ReconnectPolicy


@dataclass(frozen=True)
class SessionOptions:
    """The account, endpoint and connection policy of a session (see ``factory.make_session``).

    ``base_url`` None: ``OPENAI_BASE_URL`` or OpenAI's own endpoint. ``model`` None: the mode's default
    (for Captions it is the transcription model). ``transcription_model`` transcribes the source speech
    in Translate and Interpret (None: no source captions). ``reconnect`` None: a lost connection is
    fatal. ``max_session_seconds`` rolls over to a new session sooner than the service's expiry asks.
    """

    api_key: str = field(repr=False)  # never in a log line
    base_url: str | None = None
    organization: str | None = None
    project: str | None = None
    model: str | None = None
    transcription_model: str | None = DEFAULT_TRANSCRIPTION_MODEL
    connect_timeout: float = 10.0
    reconnect: ReconnectPolicy | None = ReconnectPolicy()  # noqa: RUF009 - frozen, so safe to share
    max_session_seconds: float | None = None
