"""A meeting: *Them → me* and *Me → them* side by side, one transcript, one clock, no Qt.

Each direction runs its own realtime session, language, devices and cost meter, and each can be
switched on and off while the other runs. Both write into one transcript, on one session clock,
their lines labelled Them and Me. The meeting tells its ``listener`` everything a person should
see (``meeting.events``); it is driven by plain method calls (start, stop, switch, choose a
language or a device, a key entered) and never opens a dialog: when it needs a key it says so.

Every coroutine started here is kept in ``_tasks`` until it finishes (a task nobody references
can be garbage-collected mid-flight); keyring calls run on a worker thread.
"""

from __future__ import annotations

import asyncio
import importlib
import logging
import os
import time
from collections.abc import Callable, Coroutine, Mapping, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from translator_gui.audio.devices import portaudio_problem
from translator_gui.audio.errors import AudioDeviceError, DeviceNotFoundError
from translator_gui.audio.sources import (
    open_capture,
    open_playback,
)
from translator_gui.i18n import translate
from translator_gui.meeting.costs import MeetingCosts, session_meter
from translator_gui.meeting.devices import DeviceChoices
from translator_gui.meeting.direction import Direction, Route, heading
from translator_gui.meeting.engines import EngineFactory, EngineRequest, load_realtime_stack, make_engine
from translator_gui.meeting.events import (
    DirectionRunning,
    DirectionState,
    Listener,
    LiveCaption,
    MeetingRunning,
    Notice,
)
from translator_gui.meeting.keys import KeyFlow
from translator_gui.meeting.options import LaunchOptions
from translator_gui.meeting.preferences import MeetingPreferences
from translator_gui.meeting.routes import arrange, feedback_among
from translator_gui.meeting.wording import in_words, live_text, mode_change, mode_name
from translator_gui.paths import transcript_dir
from translator_gui.realtime.endpoint import describe_endpoint, resolve_base_url
from translator_gui.realtime.engine import Engine, EventSink, Problem, ProblemKind, SessionState, Status
from translator_gui.realtime.languages import Mode, any_language, mode_for, targets_for
from translator_gui.realtime.pricing import UsageLedger
from translator_gui.secrets import SecretStore
from translator_gui.side import Side
from translator_gui.transcript.journal import Journal
from translator_gui.transcript.segment import Segment
from translator_gui.transcript.segmenter import CaptionSegmenter

if TYPE_CHECKING:  # the audio core (numpy, soxr) loads with the realtime stack, after the first paint
    from translator_gui.audio.capture import Capture
    from translator_gui.audio.playback import Playback
    from translator_gui.meeting.pipeline import Pipeline, PipelineEvent

log = logging.getLogger(__name__)

AUDIO_CORE = ("translator_gui.audio.capture", "translator_gui.audio.playback", "translator_gui.meeting.pipeline")


def _load_audio_core() -> None:
    for name in AUDIO_CORE:
        importlib.import_module(name)


SWITCH_FINISH_SECONDS = 2.0
"""When a direction is switched off or restarted (another language or mode) mid-meeting, how long
its old session may take for the sentence in progress. Only Stop waits for a backlog."""


class Meeting:
    def __init__(
        self,
        settings: MeetingPreferences,
        secrets: SecretStore,
        options: LaunchOptions,
        listener: Listener,
        *,
        environ: Mapping[str, str] = os.environ,
        engine_factory: EngineFactory | None = None,
        ledger: UsageLedger | None = None,
    ) -> None:
        self.settings = settings
        self.options = options
        self.environ = environ
        self.engine_factory = engine_factory or self.make_engine_for
        self._tell = listener
        self.costs = MeetingCosts(ledger or UsageLedger())
        self.keys = KeyFlow(secrets, environ, listener, self.spawn, self.start)
        self._tasks: set[asyncio.Task[Any]] = set()
        self._journal: Journal | None = None
        self._untold: list[str] = []  # what Stop could not get translated, said with the meeting's last sentence
        self._origin = 0.0  # the session clock's zero, shared by both directions
        for side in Side:
            if (target := options.target_for(side)) is not None:
                settings.direction(side).target_language = any_language(target).code
            if options.directions is not None:
                settings.direction(side).enabled = side in options.directions
        self.directions = {side: Direction(side, settings.direction(side)) for side in Side}
        self.devices = DeviceChoices(self.directions, options, listener, self._say, lambda: self.running)

    # -- tasks -----------------------------------------------------------------------------------

    def spawn(self, coro: Coroutine[Any, Any, Any]) -> asyncio.Task[Any]:
        task = asyncio.get_event_loop().create_task(coro)
        self._tasks.add(task)
        task.add_done_callback(self._task_done)
        return task

    def _task_done(self, task: asyncio.Task[Any]) -> None:
        self._tasks.discard(task)
        if not task.cancelled() and (error := task.exception()) is not None:
            log.error("Unexpected failure", exc_info=error)
            self._tell(Notice(translate("Meeting", "Something went wrong: {error}. Details are in the log.").format(
                error=error)))

    @property
    def running(self) -> bool:
        """Whether any direction runs."""
        return any(d.running for d in self.directions.values())

    async def load_sessions(self) -> None:
        """Load what a Start needs ahead of the first one (the window is already up): the audio core
        (numpy, soxr, the streams and the pipeline), then the realtime stack, on worker threads."""
        await asyncio.to_thread(_load_audio_core)
        await load_realtime_stack()

    def transcript_dir(self) -> Path:
        return transcript_dir(self.options.transcript_dir, self.settings.transcript_dir)

    # -- starting --------------------------------------------------------------------------------

    def mode(self, code: str) -> Mode:
        return Mode(self.settings.session_mode) if self.settings.session_mode else mode_for(code)

    def target(self, side: Side) -> str:
        return self.directions[side].settings.target_language

    async def start(self, *, interactive: bool = True) -> None:
        """Start every direction that is switched on and not running yet. ``interactive=False``
        (``--start``) never asks for anything: notices go to the status line so that nothing blocks
        an unattended launch."""
        wanted = [d for d in self.directions.values() if d.settings.enabled and not d.running]
        if not wanted:
            if not self.running:
                self._tell(Notice(translate("Meeting", "Switch on “{them}” or “{me}”, then press Start.").format(
                    them=heading(Side.THEM), me=heading(Side.ME))))
            return
        if self._language_refused(wanted):
            return
        key = await self.keys.for_start(interactive)
        if key is not None:
            await self._start(wanted, key)

    def switch(self, side: Side, on: bool) -> None:
        """A direction's switch: remembered; while the other direction runs, it starts or stops this one."""
        d = self.directions[side]
        d.settings.enabled = on
        if not self.running:
            return
        if on and not d.running:
            self.spawn(self._switched_on(d))
        elif not on and d.pipeline is not None:
            self._say(d, translate("Meeting", "Finishing the last sentence…"))
            d.pipeline.hurry(SWITCH_FINISH_SECONDS)  # switched off: its last sentence, not a backlog
            self.spawn(self._finish(d, d.pipeline))

    async def _switched_on(self, d: Direction) -> None:
        if not self._language_refused([d]) and (key := await self.keys.for_start(interactive=True)) is not None:
            await self._start([d], key)

    def _language_refused(self, wanted: Sequence[Direction]) -> bool:
        """Say so (and refuse) when the chosen session mode cannot produce a direction's language."""
        for d in wanted:
            target = self.target(d.side)
            mode = self.mode(target)
            if target not in {lang.code for lang in targets_for(mode)}:
                self._say(d, translate("Meeting", "{mode} mode can't produce {language}; choose another language "
                                       "or Settings → Session mode → Automatic.").format(
                    mode=mode_name(mode), language=any_language(target).english_name), starting=len(wanted))
                return True
        return False

    async def _start(self, wanted: Sequence[Direction], key: str) -> None:
        await self.devices.wait_listed()  # a Start (or --start) right after launch uses what it finds
        problem = portaudio_problem()
        if problem is not None:
            self._tell(Notice(problem))
            return
        wanted = [d for d in wanted if not d.running]
        try:
            routes = {d.side: self.devices.route(d) for d in wanted}
        except DeviceNotFoundError as error:
            self._tell(Notice(str(error)))
            return
        running = [d.route for d in self.directions.values() if d.route is not None]
        if (loop := feedback_among([*routes.values(), *running])) is not None:
            self._tell(Notice(loop))
            return
        opened: list[tuple[Direction, Capture, Playback | None]] = []
        try:
            for d in wanted:
                routes[d.side], d.undo = arrange(routes[d.side])
                opened.append((d, *self._open_devices(d, routes[d.side])))
        except AudioDeviceError as error:
            for _, capture, playback in opened:
                capture.close()
                if playback is not None:
                    playback.close()
            for d in wanted:
                d.undo_arrangements()
            self._tell(Notice(str(error)))
            return
        pipelines = [(d, self._pipeline(d, capture, playback, key)) for d, capture, playback in opened]
        for (d, pipeline), (_, capture, playback) in zip(pipelines, opened, strict=True):
            self._begin(d, pipeline, routes[d.side], capture, playback)
        self._tell(MeetingRunning(True, self._journal.path if self._journal else None))
        base_url = resolve_base_url(self.settings.base_url, self.environ)
        self._tell(Notice(translate("Meeting", "Connecting to {host}…").format(host=describe_endpoint(base_url))))
        await asyncio.gather(*(self._run(d, pipeline) for d, pipeline in pipelines))

    def _open_devices(self, d: Direction, route: Route) -> tuple[Capture, Playback | None]:
        ended = self._stream_ended_notice
        capture = open_capture(route.source, latency="low", on_stopped=ended(d, route, route.source.label))
        if route.sink is None:
            return capture, None
        try:
            return capture, open_playback(route.sink, on_stopped=ended(d, route, route.sink.label),
                                          into_a_call=route.sink.is_virtual_mic)
        except AudioDeviceError:
            capture.close()
            raise

    def _pipeline(self, d: Direction, capture: Capture, playback: Playback | None, key: str) -> Pipeline:
        """``d``'s pipeline; the transcript is the meeting's, opened with its first direction."""
        from translator_gui.meeting.pipeline import Pipeline, session_start_time

        if self._journal is None:
            self._journal = Journal(self.transcript_dir(), session_start_time())
            self._origin = time.monotonic()
            self.costs.clear()
        target = self.target(d.side)
        base_url = resolve_base_url(self.settings.base_url, self.environ)
        request = EngineRequest(key, target, base_url, d.side)
        pipeline = Pipeline(
            source=capture,
            engine_factory=lambda emit: self.engine_factory(request, emit),
            sink=playback,
            segmenter=CaptionSegmenter(target, checkpoint=self._checkpoints(self._journal, d.side)),
            journal=self._journal,
            listener=lambda event: self._from_pipeline(d, pipeline, event),
            side=d.side,
            origin=self._origin,
            owns_journal=False,
        )
        return pipeline

    @staticmethod
    def _checkpoints(journal: Journal, side: Side) -> Callable[[Segment], None]:
        """Where ``side``'s line still being spoken is saved every few seconds (a crash loses less)."""
        return lambda line: journal.checkpoint(replace(line, speaker=side))

    def _begin(self, d: Direction, pipeline: Pipeline, route: Route, capture: Capture,
               playback: Playback | None) -> None:
        d.started(pipeline, route, session_meter(self.mode(pipeline.target_language)))
        self.devices.duck(d, playback)
        self._tell(DirectionRunning(d.side, True, capture.meter.dbfs,
                                    playback.meter.dbfs if playback is not None else None,
                                    listening_to=route.source.label))
        self._state(d, translate("Meeting", "Connecting…"))
        log.info("%s starting: target=%s input=%s output=%s", d.side.heading, pipeline.target_language,
                 route.source.key, route.sink.key if route.sink else "(captions only)")

    async def _run(self, d: Direction, pipeline: Pipeline) -> None:
        try:
            await pipeline.start()
        except AudioDeviceError as error:
            self._say(d, str(error))
            d.problem_shown, d.stop_reason = True, str(error)
            await self._finish(d, pipeline)

    def _stream_ended_notice(self, d: Direction, route: Route, name: str) -> Callable[[], None]:
        """For PortAudio's finished-callback thread: hop to the event loop, nothing else."""
        loop = asyncio.get_running_loop()

        def notify() -> None:
            loop.call_soon_threadsafe(self._device_stopped, d, route, name)

        return notify

    def _device_stopped(self, d: Direction, route: Route, name: str) -> None:
        """A stream of ``route`` ended that nobody stopped: the device was unplugged or failed.
        (The streams of a session that a restart replaced end too, later: they are not news.)"""
        pipeline = d.pipeline
        if pipeline is None or pipeline.stopping or d.route is not route:
            return
        d.problem_shown = True
        d.stop_reason = translate("Meeting", "“{name}” stopped working (unplugged?)").format(name=name)
        self._say(
            d,
            translate("Meeting", "The sound device “{name}” stopped working (unplugged?). {direction} stopped and "
                      "the transcript is saved; choose a device and switch it on again.").format(
                name=name, direction=d.title),
        )
        self.spawn(self._finish(d, pipeline))

    # -- changing and stopping -------------------------------------------------------------------

    def choose_target(self, side: Side, code: str) -> None:
        """A new language for ``side``: within the running session, or (another mode) a new session."""
        d = self.directions[side]
        previous = d.settings.target_language
        d.settings.target_language = code
        if (mode := self.mode(code)) is not self.mode(previous):
            self._say(d, mode_change(code, mode, restarts=d.pipeline is not None))
        if d.pipeline is None:
            return
        if self.mode(code) is self.mode(previous):
            self.spawn(d.pipeline.set_target_language(code))
        else:  # e.g. Spanish (Translate) → Arabic (Interpret): another kind of session
            self.spawn(self._restart(d))

    def choose_mode(self, mode: str | None) -> None:
        before = {side: self.mode(self.target(side)) for side in Side}
        self.settings.session_mode = mode
        for d in self.directions.values():
            if d.running and self.mode(self.target(d.side)) is not before[d.side]:
                self.spawn(self._restart(d))

    async def _restart(self, d: Direction) -> None:
        """Another session for ``d`` in the same meeting (same transcript, same clock)."""
        if d.pipeline is None:
            return
        # The person is still speaking: the old session gets a moment for the sentence in progress,
        # not the time to work through a backlog, while nothing of the new language is captured.
        d.pipeline.hurry(SWITCH_FINISH_SECONDS)
        await self._finish(d, d.pipeline, restarting=True)
        key = await self.keys.find()
        if key is not None and not self._language_refused([d]):
            await self._start([d], key)
        self._end_if_idle()

    async def stop(self) -> None:
        running = [(d, d.pipeline) for d in self.directions.values() if d.pipeline is not None]
        if not running:
            return
        self._tell(Notice(translate("Meeting", "Finishing the last sentence…")))
        await asyncio.gather(*(self._finish(d, pipeline) for d, pipeline in running))

    def hurry(self, seconds: float) -> None:
        """Every running direction finishes within ``seconds`` (Quit; Stop pressed while finishing)."""
        for d in self.directions.values():
            if d.pipeline is not None:
                d.pipeline.hurry(seconds)

    async def _finish(self, d: Direction, pipeline: Pipeline, *, restarting: bool = False) -> None:
        await pipeline.stop()
        if d.pipeline is not pipeline:
            return
        if not restarting and (untold := pipeline.unfinished) is not None:
            self._untold.append(untold.message)
        if d.cost is not None:
            self.costs.ended(d.cost)
            d.cost = None
        d.stopped(restarting=restarting)
        self._tell(DirectionRunning(d.side, False, reason=d.stop_reason))
        if not restarting:
            self._end_if_idle()

    def _end_if_idle(self) -> None:
        if self.running or self._journal is None:
            return
        journal, self._journal = self._journal, None
        unsaved = journal.close() or journal.failure
        self.costs.ledger.flush()
        self._tell(MeetingRunning(False, journal.path))
        untold, self._untold = self._untold, []  # said with the last sentence: it would hide them
        if not journal.saved:  # never "saved to" a file that is not there
            reason = unsaved or translate("Meeting", "The transcript could not be saved to {path}.").format(
                path=journal.path)
            self._tell(Notice(" ".join([translate("Meeting", "Stopped. {reason}").format(reason=reason), *untold])))
        elif not any(d.problem_shown for d in self.directions.values()):
            saved = translate("Meeting", "Stopped. Transcript saved to {path}").format(path=journal.path)
            self._tell(Notice(" ".join([saved, *untold])))
        elif untold:  # a problem is on show: what was not translated is said on its own
            self._tell(Notice(" ".join(untold)))

    async def shutdown(self) -> None:
        """Close the meeting (saving the transcript) and stop following devices; the app may then quit."""
        await self.stop()
        await self.devices.stop()
        self.settings.sync()

    # -- what the sessions say -------------------------------------------------------------------

    def make_engine_for(self, request: EngineRequest, emit: EventSink) -> Engine:
        """The realtime session a direction asks for, with the endpoint settings."""
        return make_engine(self.settings, request, emit)

    def _from_pipeline(self, d: Direction, source: Pipeline, event: PipelineEvent) -> None:
        """What ``source``, a pipeline of ``d``, says. A pipeline that a restart replaced may still
        hand on its last words and problems, but its state is no longer the direction's."""
        current = source is d.pipeline
        match event:
            case LiveCaption() | Segment():
                self._tell(event)
                if current and not d.heard_words:
                    d.heard_words = True
                    self.devices.input_heard(d.side)
            case Status():
                if current:
                    self._on_status(d, source, event)
            case Problem():
                self._on_problem(d, event)
            case _:
                if current and d.cost is not None:
                    d.ledger_seconds = self.costs.observe(d.cost, event, d.ledger_seconds)
                    running = [x.cost for x in self.directions.values() if x.cost is not None]
                    self._tell(self.costs.summary(running))

    def _state(self, d: Direction, text: str, *, live: bool = False) -> None:
        d.state_text = text
        self._tell(DirectionState(d.side, text, live=live))

    def _say(self, d: Direction, text: str, *, starting: int = 0) -> None:
        """The status line; when both directions run, it says which one it is about."""
        both = sum(x.running for x in self.directions.values()) + starting > 1
        self._tell(Notice(translate("Meeting", "{direction}: {text}").format(direction=d.title, text=text)
                          if both else text))

    def _on_status(self, d: Direction, pipeline: Pipeline, status: Status) -> None:
        if status.state is SessionState.LIVE:
            d.problem_shown = False
            code = self.target(d.side)
            text = live_text(code, self.mode(code))
            self._state(d, text, live=True)
            self._say(d, text)
        elif status.state in (SessionState.RECONNECTING, SessionState.CONNECTING):
            # While reconnecting capture goes on; the audio is kept and sent when the connection is back.
            text = in_words(status)
            self._state(d, text)
            self._say(d, text)
        elif status.state is SessionState.CLOSED:
            # The session ended by itself (e.g. a rejected key): release devices, keep the message.
            self.spawn(self._finish(d, pipeline))

    def _on_problem(self, d: Direction, problem: Problem) -> None:
        self._say(d, problem.message)
        d.problem_shown = problem.fatal or d.problem_shown
        if problem.fatal:
            d.stop_reason = problem.message
        log.warning("%s problem (%s, fatal=%s): %s", d.side.heading, problem.kind.value, problem.fatal, problem.message)
        if problem.kind is ProblemKind.AUTH and problem.fatal:
            self.keys.ask(problem.message)  # a key that works then starts the direction again

