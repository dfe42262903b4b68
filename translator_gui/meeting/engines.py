"""The realtime session a direction asks for."""

from __future__ import annotations

import asyncio
import importlib
from collections.abc import Callable
from dataclasses import dataclass

from translator_gui.meeting.preferences import MeetingPreferences
from translator_gui.realtime.engine import Engine, EventSink
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


REALTIME_STACK = "translator_gui.realtime.factory"
"""The openai SDK and the sessions built on it: most of the app's start-up time, so loaded after
the window is on screen (:func:`load_realtime_stack`), or at the first session at the latest."""


async def load_realtime_stack() -> None:
    """Import the realtime stack on a worker thread, so that the first Start does not wait for it."""
    await asyncio.to_thread(importlib.import_module, REALTIME_STACK)


def make_engine(settings: MeetingPreferences, request: EngineRequest, emit: EventSink) -> Engine:
    """A session of the chosen mode (or the one the language needs), with the endpoint settings."""
    from translator_gui.realtime.factory import make_session  # the SDK loads after the window shows

    mode = Mode(settings.session_mode) if settings.session_mode else None
    options = SessionOptions(api_key=request.api_key, base_url=request.base_url,
                             organization=settings.organization, project=settings.project)
    return make_session(mode, request.target, emit, options, spending_cap=settings.spending_cap)
