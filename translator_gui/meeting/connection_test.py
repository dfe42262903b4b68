"""*Test connection*: open one translation session, close it, and say in words how it went."""

from __future__ import annotations

import os
from dataclasses import dataclass

from translator_gui.meeting.engines import realtime_stack
from translator_gui.realtime.endpoint import describe_endpoint, resolve_base_url
from translator_gui.realtime.engine import EngineEvent, Problem, SessionState
from translator_gui.realtime.options import SessionOptions


@dataclass(frozen=True, slots=True)
class ProbeResult:
    ok: bool
    message: str


async def probe_endpoint(
    *,
    api_key: str,
    base_url: str | None,
    organization: str | None = None,
    project: str | None = None,
    connect_timeout: float = 10.0,
) -> ProbeResult:
    """Open a session (key, endpoint, organization and project as the app would use them), close it
    again at once, and report the outcome as one sentence. Never raises for a failure."""
    problems: list[Problem] = []

    def keep(event: EngineEvent) -> None:
        if isinstance(event, Problem):
            problems.append(event)

    options = SessionOptions(
        api_key=api_key,
        base_url=base_url or None,
        organization=organization,
        project=project,
        transcription_model=None,
        connect_timeout=connect_timeout,
        reconnect=None,
    )
    realtime_stack()  # the SDK, only now that it is needed (and never half-loaded by another thread)
    from translator_gui.realtime.modes.translate import TranslateSession

    engine = TranslateSession("en", keep, options)
    await engine.start()
    live = engine.state is SessionState.LIVE
    await engine.stop(grace=2.0)
    if live and not any(p.fatal for p in problems):
        host = describe_endpoint(resolve_base_url(base_url, os.environ))  # what the session talked to
        return ProbeResult(True, f"Connected: {host} accepted the key and started a translation session.")
    fatal = [p for p in problems if p.fatal] or problems
    return ProbeResult(False, fatal[0].message if fatal else "The connection test did not finish.")
