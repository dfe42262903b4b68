"""Turns the main window's requests into translation sessions and their events into what it shows.

A session is a meeting: *Them → me* and *Me → them* run side by side, each with its own realtime
session, language, devices and meters, and each can be switched on and off while the other runs.
Both write into one transcript, on one session clock, their lines labelled Them and Me.

Every coroutine started here is kept in ``_tasks`` until it finishes (a task nobody references
can be garbage-collected mid-flight), and no dialog is ever run with ``exec()``.
"""

from __future__ import annotations

import asyncio
import logging
import os
import time
from collections.abc import Callable, Coroutine, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QInputDialog

from translator_gui.audio.capture import Capture
from translator_gui.audio.devices import DeviceNotFoundError, portaudio_problem, refresh
from translator_gui.audio.errors import AudioDeviceError
from translator_gui.audio.feedback import feedback_problem
from translator_gui.audio.playback import Playback
from translator_gui.audio.sources import (
    SOUND_FROM,
    SoundDevice,
    find_sound_device,
    list_sound_devices,
    meeting_sound_guide,
    open_capture,
    open_playback,
)
from translator_gui.audio.watcher import DeviceChanges, DeviceWatcher
from translator_gui.logs import register_secret
from translator_gui.meeting.pipeline import Pipeline, session_start_time
from translator_gui.realtime.endpoint import describe_endpoint, resolve_base_url
from translator_gui.realtime.engine import (
    Engine,
    EventSink,
    Problem,
    ProblemKind,
    SessionState,
    Status,
    TokenUsage,
    Usage,
)
from translator_gui.realtime.factory import DEFAULT_MODELS, make_engine
from translator_gui.realtime.languages import Mode, any_language, mode_for, targets_for
from translator_gui.realtime.pricing import CostMeter, UsageLedger
from translator_gui.secrets import SecretStore, resolve_api_key
from translator_gui.settings import Settings
from translator_gui.side import Side
from translator_gui.transcript.journal import Journal, default_transcript_dir
from translator_gui.transcript.segment import Segment
from translator_gui.transcript.segmenter import CaptionSegmenter
from translator_gui.ui.bridge import UiBridge
from translator_gui.ui.dialogs.endpoint import EndpointDialog
from translator_gui.ui.dialogs.key import KeyDialog
from translator_gui.ui.direction import Direction, Route
from translator_gui.ui.direction_row import DirectionRow
from translator_gui.ui.main_window import MainWindow

log = logging.getLogger(__name__)

@dataclass(frozen=True)
class EngineRequest:
    """What a direction asks of the realtime service."""

    api_key: str
    target: str
    base_url: str | None
    speaker: str  # Side.THEM or Side.ME


EngineFactory = Callable[[EngineRequest, EventSink], Engine]


@dataclass(frozen=True)
class LaunchOptions:
    """What the command line asked for; ``None`` means "use the saved setting".

    ``target``/``input_device``/``output_device`` are *Them → me*'s; the ``me_`` ones are
    *Me → them*'s; ``directions`` switches directions on (the others off) for this run."""

    target: str | None = None
    input_device: str | None = None
    output_device: str | None = None
    transcript_dir: Path | None = None
    start: bool = False
    me_target: str | None = None
    me_input_device: str | None = None
    me_output_device: str | None = None
    directions: tuple[str, ...] | None = None

    def input_for(self, name: str) -> str | None:
        return self.input_device if name == Side.THEM else self.me_input_device

    def output_for(self, name: str) -> str | None:
        return self.output_device if name == Side.THEM else self.me_output_device

    def without_input(self, name: str) -> LaunchOptions:
        return replace(self, input_device=None) if name == Side.THEM else replace(self, me_input_device=None)

    def without_output(self, name: str) -> LaunchOptions:
        return replace(self, output_device=None) if name == Side.THEM else replace(self, me_output_device=None)


class SessionController(QObject):
    devices_changed = Signal(object)  # DeviceChanges, emitted on the watcher's thread (queued to ours)
    session_started = Signal()  # the first direction of a meeting started
    session_finished = Signal()  # the last direction stopped; the transcript is closed
    direction_started = Signal(str)  # Side.THEM or Side.ME
    direction_finished = Signal(str)
    live_caption_changed = Signal(str, str, str)  # translation, source, speaker
    segment_completed = Signal(object)  # Segment (its speaker says whose)

    def __init__(
        self,
        window: MainWindow,
        settings: Settings,
        secrets: SecretStore,
        options: LaunchOptions,
        *,
        environ: Mapping[str, str] = os.environ,
        engine_factory: EngineFactory | None = None,
        ledger: UsageLedger | None = None,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.settings = settings
        self.secrets = secrets
        self.options = options
        self.environ = environ
        self.engine_factory = engine_factory or self.make_engine_for
        self.ledger = ledger or UsageLedger()
        self._tasks: set[asyncio.Task[Any]] = set()
        self._key_dialog: KeyDialog | None = None
        self._start_after_key = False
        self._journal: Journal | None = None
        self._origin = 0.0  # the session clock's zero, shared by both directions
        self._earlier_costs: list[CostMeter] = []  # directions that ran earlier in this session
        self.devices_changed.connect(self._on_devices_changed)

        if options.target:
            settings.target_language = any_language(options.target).code
        if options.me_target:
            settings.direction(Side.ME).target_language = any_language(options.me_target).code
        if options.directions is not None:
            for name in (Side.THEM, Side.ME):
                settings.direction(name).enabled = name in options.directions
        self.them = self._direction(window.them)
        self.me = self._direction(window.me)
        self.directions = (self.them, self.me)
        self.refresh_devices()
        self._start_watching_devices()

        window.start_requested.connect(lambda: self.spawn(self.start_session()))
        window.stop_requested.connect(lambda: self.spawn(self.stop_session()))
        window.key_dialog_requested.connect(lambda: self.ask_for_key())
        window.forget_key_requested.connect(self.forget_key)
        window.endpoint_dialog_requested.connect(self.open_endpoint_dialog)
        window.spending_cap_requested.connect(self.open_spending_cap_dialog)
        window.mode_chosen.connect(self._mode_chosen)
        window.show_mode(settings.session_mode)

    def _direction(self, row: DirectionRow) -> Direction:
        d = Direction(row, self.settings.direction(row.name), UiBridge(self))
        row.language.set_code(d.settings.target_language)
        row.set_enabled(d.settings.enabled)
        row.enabled_toggled.connect(lambda on: self._switched(d, on))
        row.language.language_chosen.connect(lambda code: self._target_chosen(d, code))
        row.input_device.device_chosen.connect(lambda name: self._input_chosen(d, name))
        row.output_device.device_chosen.connect(lambda name: self._output_chosen(d, name))
        row.input_meter.silent_too_long.connect(lambda seconds: self._input_silent(d, seconds))
        d.bridge.status_changed.connect(lambda status: self._on_status(d, status))
        d.bridge.problem_raised.connect(lambda problem: self._on_problem(d, problem))
        d.bridge.usage_changed.connect(lambda event: self._on_usage(d, event))
        d.bridge.segment_completed.connect(self._on_segment)
        d.bridge.live_caption_changed.connect(
            lambda translation, source: self.live_caption_changed.emit(translation, source, d.name)
        )
        return d

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
            self.window.set_status(f"Something went wrong: {error}. Details are in the log.")

    # -- devices ---------------------------------------------------------------------------------

    def refresh_devices(self) -> None:
        problem = portaudio_problem()
        if problem is not None:
            self.window.set_status(problem)
            return
        inputs, outputs = list_sound_devices("input"), list_sound_devices("output")
        self._fill_pickers(inputs, outputs)
        if guide := meeting_sound_guide(inputs):
            self.window.them.input_device.setToolTip(guide)

    def _fill_pickers(self, inputs: Sequence[SoundDevice], outputs: Sequence[SoundDevice]) -> None:
        for d in self.directions:
            d.row.input_device.fill(inputs, self.options.input_for(d.name) or d.settings.input_device)
            d.row.output_device.fill(outputs, self.options.output_for(d.name) or d.settings.output_device)

    def _start_watching_devices(self) -> None:
        """Hot-plug: follow the sound server where it can tell us, else look again every 2 s."""
        self._watcher = DeviceWatcher(self.devices_changed.emit)
        self._device_poll = QTimer(self)
        self._device_poll.setInterval(2000)
        self._device_poll.timeout.connect(self._poll_devices)
        if not self._watcher.start():
            self._device_poll.start()

    def _poll_devices(self) -> None:
        if not self.running:  # PortAudio re-lists devices only while no stream is open
            refresh()
            self._watcher.poll()

    def _on_devices_changed(self, changes: DeviceChanges) -> None:
        """Runs on the GUI thread (the signal is queued from the watcher's thread)."""
        self._fill_pickers(list(changes.inputs), list(changes.outputs))
        for d in self.directions:
            for guard in d.guards:
                if (event := guard.update(changes)) is not None:
                    log.warning("Device %s: %s", event.what, event.device.key)
                    d.problem_shown = True
                    self._say(d, event.sentence)

    def _input_chosen(self, d: Direction, name: str | None) -> None:
        d.settings.input_device = name
        self.options = self.options.without_input(d.name)  # the user chose: the command line no longer applies

    def _output_chosen(self, d: Direction, name: str | None) -> None:
        d.settings.output_device = name
        self.options = self.options.without_output(d.name)

    # -- key -------------------------------------------------------------------------------------

    def api_key(self) -> str | None:
        found = resolve_api_key(self.secrets, self.environ)
        if found is None:
            return None
        register_secret(found.value)
        return found.value

    def ask_for_key(self, reason: str = "") -> None:
        if self._key_dialog is not None:
            self._key_dialog.raise_()
            return
        dialog = KeyDialog(self.window, reason=reason)
        dialog.key_entered.connect(self._key_entered)
        dialog.finished.connect(self._key_dialog_closed)
        self._key_dialog = dialog
        dialog.open()

    def _key_dialog_closed(self) -> None:
        if self._key_dialog is not None:
            self._key_dialog.deleteLater()
        self._key_dialog = None
        self._start_after_key = False

    def _key_entered(self, key: str) -> None:
        register_secret(key)
        if self.secrets.save(key):
            self.window.set_status("API key saved in the system keyring.")
        else:
            self.window.set_status(self.secrets.problem or "The API key is kept for this run only.")
        if self._start_after_key:
            self._start_after_key = False
            self.spawn(self.start_session())

    def open_endpoint_dialog(self) -> None:
        dialog = EndpointDialog(
            self.window,
            base_url=self.settings.base_url,
            organization=self.settings.organization,
            project=self.settings.project,
            api_key=self.api_key,
        )
        dialog.endpoint_saved.connect(self._endpoint_saved)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _endpoint_saved(self, base_url: str | None, organization: str | None, project: str | None) -> None:
        self.settings.base_url = base_url
        self.settings.organization = organization
        self.settings.project = project
        note = " It applies from the next Start." if self.running else ""
        self.window.set_status(f"Connection set to {describe_endpoint(base_url)}.{note}")

    def open_spending_cap_dialog(self) -> None:
        dialog = QInputDialog(self.window)
        dialog.setWindowTitle("Spending cap")
        dialog.setLabelText(
            "Stop a session when its estimated cost reaches (US dollars; 0 = no cap).\n"
            "You are warned at 80 %."
        )
        dialog.setInputMode(QInputDialog.InputMode.DoubleInput)
        dialog.setDoubleRange(0.0, 10_000.0)
        dialog.setDoubleDecimals(2)
        dialog.setDoubleValue(self.settings.spending_cap or 0.0)
        dialog.doubleValueSelected.connect(self._spending_cap_chosen)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _spending_cap_chosen(self, dollars: float) -> None:
        self.settings.spending_cap = dollars if dollars > 0 else None
        when = " from the next Start" if self.running else ""
        text = f"Sessions stop at ${dollars:.2f}{when}." if dollars > 0 else "No spending cap."
        self.window.set_status(text)

    def _mode_chosen(self, mode: str | None) -> None:
        before = {d.name: self._mode(d.row.language.code()) for d in self.directions}
        self.settings.session_mode = mode
        for d in self.directions:
            if d.running and self._mode(d.row.language.code()) is not before[d.name]:
                self.spawn(self._restart(d))

    def forget_key(self) -> None:
        self.secrets.forget()
        note = " (OPENAI_API_KEY is still set in the environment.)" if self.environ.get("OPENAI_API_KEY") else ""
        self.window.set_status("API key forgotten." + note)

    # -- sessions --------------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        """Whether any direction runs."""
        return any(d.running for d in self.directions)

    def direction(self, name: str) -> Direction:
        return self.them if name == Side.THEM else self.me

    async def start_session(self, *, interactive: bool = True) -> None:
        """Start every direction that is switched on. ``interactive=False`` (``--start``) never opens
        a dialog: notices go to the status line so that nothing modal blocks an unattended launch."""
        if self.running:
            return
        wanted = [d for d in self.directions if d.row.is_enabled()]
        if not wanted:
            self.window.set_status("Switch on “Them → me” or “Me → them”, then press Start.")
            return
        if self._language_refused(wanted):
            return
        key = self._key_for_start(interactive)
        if key is not None:
            await self._start(wanted, key)

    def _key_for_start(self, interactive: bool) -> str | None:
        key = self.api_key()
        if key is None:
            if not interactive:
                self.window.set_status("No OpenAI API key yet: add one under Settings → API key, then press Start.")
            else:
                self._start_after_key = True
                self.ask_for_key()
        return key

    def _switched(self, d: Direction, on: bool) -> None:
        """A direction's switch: remembered; while the other direction runs, it starts or stops this one."""
        d.settings.enabled = on
        if not self.running:
            return
        if on and not d.running:
            if not self._language_refused([d]) and (key := self._key_for_start(interactive=True)) is not None:
                self.spawn(self._start([d], key))
        elif not on and d.running and d.pipeline is not None:
            self._say(d, "Finishing the last sentence…")
            self.spawn(self._finish(d, d.pipeline))

    def _route(self, d: Direction) -> Route:
        """The devices ``d`` would use; raises DeviceNotFoundError."""
        source = find_sound_device(self.options.input_for(d.name) or d.row.input_device.device_name(), "input")
        sink = None
        if d.row.output_device.plays():
            sink = find_sound_device(self.options.output_for(d.name) or d.row.output_device.device_name(), "output")
        return Route(source, sink)

    def _feedback(self, routes: Sequence[Route]) -> str | None:
        """A loop anywhere among the directions: one's speech played where one (itself or the other) listens."""
        default_out = next((e.system_name for e in list_sound_devices("output") if e.is_default), None)
        for listening in routes:
            for playing in routes:
                if playing.sink is not None and (
                    loop := feedback_problem(listening.source, playing.sink, default_out)
                ) is not None:
                    return loop
        return None

    def _language_refused(self, wanted: Sequence[Direction]) -> bool:
        """Say so (and refuse) when the chosen session mode cannot produce a direction's language."""
        for d in wanted:
            target = d.row.language.code()
            mode = self._mode(target)
            if target not in {lang.code for lang in targets_for(mode)}:
                self._say(d, f"{mode.value.capitalize()} mode can't produce {any_language(target).english_name}; "
                          "choose another language or Settings → Session mode → Automatic.", starting=len(wanted))
                return True
        return False

    async def _start(self, wanted: Sequence[Direction], key: str) -> None:
        problem = portaudio_problem()
        if problem is not None:
            self.window.set_status(problem)
            return
        wanted = [d for d in wanted if not d.running]
        try:
            routes = {d.name: self._route(d) for d in wanted}
        except DeviceNotFoundError as error:
            self.window.set_status(str(error))
            return
        running = [d.route for d in self.directions if d.route is not None]
        if (loop := self._feedback([*routes.values(), *running])) is not None:
            self.window.set_status(loop)
            return
        opened: list[tuple[Direction, Capture, Playback | None]] = []
        try:
            for d in wanted:
                opened.append((d, *self._open_devices(d, routes[d.name])))
        except AudioDeviceError as error:
            for _, capture, playback in opened:
                capture.close()
                if playback is not None:
                    playback.close()
            self.window.set_status(str(error))
            return
        pipelines = [(d, self._pipeline(d, capture, playback, key)) for d, capture, playback in opened]
        for (d, pipeline), (_, capture, playback) in zip(pipelines, opened, strict=True):
            self._begin(d, pipeline, routes[d.name])
            d.row.input_meter.follow(capture.meter.dbfs)
            d.row.output_meter.follow(playback.meter.dbfs if playback is not None else None)
        self.window.set_running(True)
        base_url = resolve_base_url(self.settings.base_url, self.environ)
        self.window.set_status(f"Connecting to {describe_endpoint(base_url)}…")
        await asyncio.gather(*(self._run(d, pipeline) for d, pipeline in pipelines))

    def _open_devices(self, d: Direction, route: Route) -> tuple[Capture, Playback | None]:
        capture = open_capture(route.source, latency="low", on_stopped=self._stream_ended_notice(d, route.source.label))
        if route.sink is None:
            return capture, None
        try:
            return capture, open_playback(route.sink, on_stopped=self._stream_ended_notice(d, route.sink.label))
        except AudioDeviceError:
            capture.close()
            raise

    def _pipeline(self, d: Direction, capture: Capture, playback: Playback | None, key: str) -> Pipeline:
        """``d``'s pipeline; the transcript is the session's, opened with its first direction."""
        if self._journal is None:
            transcript_dir = self.options.transcript_dir or self.settings.transcript_dir or default_transcript_dir()
            self._journal = Journal(transcript_dir, session_start_time())
            self._origin = time.monotonic()
            self._earlier_costs = []
            self.window.captions.clear()
            self.session_started.emit()
        target = d.row.language.code()
        base_url = resolve_base_url(self.settings.base_url, self.environ)
        request = EngineRequest(key, target, base_url, d.name)
        return Pipeline(
            source=capture,
            engine_factory=lambda emit: self.engine_factory(request, emit),
            sink=playback,
            segmenter=CaptionSegmenter(target),
            journal=self._journal,
            listener=d.bridge.deliver,
            speaker=d.name,
            origin=self._origin,
            owns_journal=False,
        )

    def _begin(self, d: Direction, pipeline: Pipeline, route: Route) -> None:
        d.started(pipeline, route, CostMeter(DEFAULT_MODELS[self._mode(pipeline.target_language)]))
        d.row.set_running(True)
        d.row.set_state("Connecting…")
        self.direction_started.emit(d.name)
        log.info("%s starting: target=%s input=%s output=%s", d.title, pipeline.target_language,
                 route.source.key, route.sink.key if route.sink else "(captions only)")

    async def _run(self, d: Direction, pipeline: Pipeline) -> None:
        try:
            await pipeline.start()
        except AudioDeviceError as error:
            self._say(d, str(error))
            d.problem_shown = True
            await self._finish(d, pipeline)

    def _stream_ended_notice(self, d: Direction, name: str) -> Callable[[], None]:
        """For PortAudio's finished-callback thread: hop to the event loop, nothing else."""
        loop = asyncio.get_running_loop()

        def notify() -> None:
            loop.call_soon_threadsafe(self._device_stopped, d, name)

        return notify

    def _device_stopped(self, d: Direction, name: str) -> None:
        """A stream ended that nobody stopped: the device was unplugged or failed."""
        pipeline = d.pipeline
        if pipeline is None or pipeline.stopping:
            return
        d.problem_shown = True
        self._say(
            d,
            f"The sound device “{name}” stopped working (unplugged?). {d.title} stopped and the "
            "transcript is saved; choose a device and switch it on again.",
        )
        self.spawn(self._finish(d, pipeline))

    async def stop_session(self) -> None:
        running = [(d, d.pipeline) for d in self.directions if d.pipeline is not None]
        if not running:
            return
        self.window.set_status("Finishing the last sentence…")
        await asyncio.gather(*(self._finish(d, pipeline) for d, pipeline in running))

    async def _finish(self, d: Direction, pipeline: Pipeline, *, restarting: bool = False) -> None:
        await pipeline.stop()
        if d.pipeline is not pipeline:
            return
        if d.cost is not None:
            self._earlier_costs.append(d.cost)
            d.cost = None
        d.stopped()
        d.row.input_meter.follow(None)
        d.row.output_meter.follow(None)
        d.row.set_running(False)
        self.direction_finished.emit(d.name)
        if not restarting:
            self._end_session_if_idle()

    def _end_session_if_idle(self) -> None:
        if self.running or self._journal is None:
            return
        journal, self._journal = self._journal, None
        journal.close()
        self.ledger.flush()
        self.window.set_running(False)
        if not any(d.problem_shown for d in self.directions):
            self.window.set_status(f"Stopped. Transcript saved to {journal.path}")
        self.session_finished.emit()

    async def shutdown(self) -> None:
        """Close the session (saving the transcript) and persist settings; the app may then quit."""
        await self.stop_session()
        self._watcher.stop()
        self._device_poll.stop()
        self.settings.sync()

    # -- events from the session -----------------------------------------------------------------

    def _mode(self, code: str) -> Mode:
        return Mode(self.settings.session_mode) if self.settings.session_mode else mode_for(code)

    def make_engine_for(self, request: EngineRequest, emit: EventSink) -> Engine:
        """The realtime session a direction asks for, with the endpoint settings."""
        mode = Mode(self.settings.session_mode) if self.settings.session_mode else None
        return make_engine(
            mode,
            api_key=request.api_key,
            target_language=request.target,
            emit=emit,
            base_url=request.base_url,
            organization=self.settings.organization,
            project=self.settings.project,
            spending_cap=self.settings.spending_cap,
        )

    def _target_chosen(self, d: Direction, code: str) -> None:
        previous = d.settings.target_language
        d.settings.target_language = code
        if d.pipeline is None:
            return
        if self._mode(code) is self._mode(previous):
            self.spawn(d.pipeline.set_target_language(code))
        else:  # e.g. Spanish (Translate) → Arabic (Interpret): another kind of session
            self.spawn(self._restart(d))

    async def _restart(self, d: Direction) -> None:
        """Another session for ``d`` in the same meeting (same transcript, same clock)."""
        if d.pipeline is None:
            return
        await self._finish(d, d.pipeline, restarting=True)
        key = self.api_key()
        if key is not None and not self._language_refused([d]):
            await self._start([d], key)
        self._end_session_if_idle()

    def _on_usage(self, d: Direction, event: Usage | TokenUsage) -> None:
        if d.cost is None:
            return
        d.cost.observe(event)
        if isinstance(event, Usage):
            seconds = max(0.0, event.audio_seconds - d.ledger_seconds)
            d.ledger_seconds = max(d.ledger_seconds, event.audio_seconds)
            # Written to disk once a minute and when the session ends, not on every update.
            self.ledger.add(d.cost.model, seconds, save=int(d.ledger_seconds) % 60 == 0)
        meters = self._earlier_costs + [x.cost for x in self.directions if x.cost is not None]
        minutes = sum(m.audio_seconds for m in meters) / 60
        cost = sum(m.cost for m in meters)
        today = self.ledger.today()
        self.window.set_usage(
            f"{minutes:.1f} min · ${cost:.2f} this session · today {today.minutes:.0f} min · ${today.cost:.2f}"
        )

    def _input_silent(self, d: Direction, seconds: float) -> None:
        if d.route is None or d.problem_shown:
            return
        listening_to = d.route.source.label
        hint = f"is the right device chosen under “{d.row.text.input.rstrip(':')}”?"
        if listening_to.startswith(SOUND_FROM):
            output = listening_to.removeprefix(SOUND_FROM)
            hint = f"is the meeting playing through “{output}”? Choose the output the meeting app uses."
        self._say(d, f"No sound from “{listening_to}” for {seconds:.0f} seconds — {hint}")

    def _on_segment(self, segment: Segment) -> None:
        self.window.captions.add_segment(segment)
        self.segment_completed.emit(segment)

    def _say(self, d: Direction, text: str, *, starting: int = 0) -> None:
        """The status line; when both directions run, it says which one it is about."""
        both = sum(x.running for x in self.directions) + starting > 1
        self.window.set_status(f"{d.title}: {text}" if both else text)

    def _on_status(self, d: Direction, status: Status) -> None:
        if status.state is SessionState.LIVE:
            d.problem_shown = False
            code = d.row.language.code()
            verb = "captioning in" if self._mode(code) is Mode.CAPTIONS else "translating into"
            text = f"Live — {verb} {any_language(code).native_name}"
            d.row.set_state(text)
            self._say(d, text)
        elif status.state in (SessionState.RECONNECTING, SessionState.CONNECTING):
            # While reconnecting capture goes on; the audio is kept and sent when the connection is back.
            text = status.detail or ("Reconnecting…" if status.state is SessionState.RECONNECTING else "Connecting…")
            d.row.set_state(text)
            self._say(d, text)
        elif status.state is SessionState.CLOSED and d.pipeline is not None:
            # The session ended by itself (e.g. a rejected key): release devices, keep the message.
            self.spawn(self._finish(d, d.pipeline))

    def _on_problem(self, d: Direction, problem: Problem) -> None:
        self._say(d, problem.message)
        d.problem_shown = problem.fatal or d.problem_shown
        log.warning("%s problem (%s, fatal=%s): %s", d.title, problem.kind.value, problem.fatal, problem.message)
        if problem.kind is ProblemKind.AUTH and problem.fatal:
            self.ask_for_key(problem.message)
