"""The realtime session a direction asks for."""

from __future__ import annotations

import asyncio
import gc
import threading
from collections.abc import Callable
from dataclasses import dataclass
from types import ModuleType

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


# The openai SDK and the sessions built on it (``translator_gui.realtime.factory``) are most of the
# app's start-up time, so they load after the window is on screen (:func:`load_realtime_stack`),
# or at the first session at the latest.

_LOADING = threading.Lock()
"""One thread imports the stack at a time: a session starting while the worker thread is still
importing waits for it, instead of meeting half-initialised modules (pydantic's, for one)."""


def realtime_stack() -> ModuleType:
    """The realtime stack's factory module, imported on this thread if no one did yet."""
    with _LOADING:
        # A plain import statement, so that a frozen build's analysis finds the stack too.
        from translator_gui.realtime import factory

        return factory


async def load_realtime_stack() -> None:
    """Import the realtime stack on a worker thread, so that the first Start does not wait for it;
    then leave what start-up made (Qt's bindings, the SDK's models: over 100,000 objects that live as
    long as the app) out of the garbage collector's full passes, each of which otherwise walked them
    all and held the event loop for tens of milliseconds."""
    await asyncio.to_thread(realtime_stack)
    gc.freeze()


def make_engine(settings: MeetingPreferences, request: EngineRequest, emit: EventSink) -> Engine:
    """A session of the chosen mode (or the one the language needs), with the endpoint settings."""
    factory = realtime_stack()
    mode = Mode(settings.session_mode) if settings.session_mode else None
    options = SessionOptions(api_key=request.api_key, base_url=request.base_url,
                             organization=settings.organization, project=settings.project)
    session: Engine = factory.make_session(mode, request.target, emit, options, spending_cap=settings.spending_cap)
    return session
