"""The realtime session a direction asks for."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from translator_gui.meeting.preferences import MeetingPreferences
from translator_gui.realtime.engine import Engine, EventSink
from translator_gui.realtime.factory import make_session
from translator_gui.realtime.languages import Mode
from translator_gui.realtime.options import SessionOptions
from translator_gui.side import Side


@dataclass(frozen=True)
class EngineRequest:
    """What a direction asks of the realtime service."""

    api_key: str
    target: str
    base_url: str | None
    side: Side


EngineFactory = Callable[[EngineRequest, EventSink], Engine]


def make_engine(settings: MeetingPreferences, request: EngineRequest, emit: EventSink) -> Engine:
    """A session of the chosen mode (or the one the language needs), with the endpoint settings."""
    mode = Mode(settings.session_mode) if settings.session_mode else None
    options = SessionOptions(api_key=request.api_key, base_url=request.base_url,
                             organization=settings.organization, project=settings.project)
    return make_session(mode, request.target, emit, options, spending_cap=settings.spending_cap)
