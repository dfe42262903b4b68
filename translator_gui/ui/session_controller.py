"""Turns the main window's requests into translation sessions and their events into what it shows.

Every coroutine started here is kept in ``_tasks`` until it finishes (a task nobody references
can be garbage-collected mid-flight), and no dialog is ever run with ``exec()``.
"""

from __future__ import annotations

import asyncio
import logging
import os
from collections.abc import Callable, Coroutine, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QInputDialog

from translator_gui.audio.devices import DeviceNotFoundError, portaudio_problem, refresh
from translator_gui.audio.errors import AudioDeviceError
from translator_gui.audio.feedback import feedback_problem
from translator_gui.audio.sources import (
    SOUND_FROM,
    Endpoint,
    find_endpoint,
    list_endpoints,
    meeting_sound_guide,
    open_capture,
    open_playback,
)
from translator_gui.audio.watcher import DeviceChanges, DeviceWatcher, StreamGuard
from translator_gui.captions.journal import Journal, default_transcript_dir
from translator_gui.captions.segment import Segment
from translator_gui.captions.segmenter import CaptionSegmenter
from translator_gui.logs import register_secret
from translator_gui.pipeline import Pipeline, session_start_time
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
from translator_gui.ui.bridge import UiBridge
from translator_gui.ui.endpoint_dialog import EndpointDialog
from translator_gui.ui.key_dialog import KeyDialog
from translator_gui.ui.main_window import MainWindow

log = logging.getLogger(__name__)

EngineFactory = Callable[[str, str, str | None, EventSink], Engine]  # key, target, base_url, emit


@dataclass(frozen=True)
class LaunchOptions:
    """What the command line asked for; ``None`` means "use the saved setting"."""

    target: str | None = None
    input_device: str | None = None
    output_device: str | None = None
    transcript_dir: Path | None = None
    start: bool = False


class SessionController(QObject):
    devices_changed = Signal(object)  # DeviceChanges, emitted on the watcher's thread (queued to ours)
    session_started = Signal()
    session_finished = Signal()

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
        self.engine_factory = engine_factory or self._make_engine
        self.ledger = ledger or UsageLedger()
        self._cost: CostMeter | None = None
        self._ledger_seconds = 0.0
        self.bridge = UiBridge(self)
        self.pipeline: Pipeline | None = None
        self._tasks: set[asyncio.Task[Any]] = set()
        self._key_dialog: KeyDialog | None = None
        self._problem_shown = False
        self._start_after_key = False
        self._listening_to = ""
        self._guards: list[StreamGuard] = []
        self.devices_changed.connect(self._on_devices_changed)

        if options.target:
            settings.target_language = any_language(options.target).code
        window.language.set_code(settings.target_language)
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
        window.language.language_chosen.connect(self._target_chosen)
        window.input_device.device_chosen.connect(self._input_chosen)
        window.output_device.device_chosen.connect(self._output_chosen)
        self.bridge.status_changed.connect(self._on_status)
        self.bridge.problem_raised.connect(self._on_problem)
        self.bridge.segment_completed.connect(self._on_segment)
        self.bridge.usage_changed.connect(self._on_usage)
        window.input_meter.silent_too_long.connect(self._input_silent)

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
        inputs, outputs = list_endpoints("input"), list_endpoints("output")
        self._fill_pickers(inputs, outputs)
        guide = meeting_sound_guide(inputs)
        self.window.input_device.setToolTip(guide or "")

    def _fill_pickers(self, inputs: Sequence[Endpoint], outputs: Sequence[Endpoint]) -> None:
        self.window.input_device.fill(inputs, self.options.input_device or self.settings.input_device)
        self.window.output_device.fill(outputs, self.options.output_device or self.settings.output_device)

    def _start_watching_devices(self) -> None:
        """Hot-plug: follow the sound server where it can tell us, else look again every 2 s."""
        self._watcher = DeviceWatcher(self.devices_changed.emit)
        self._device_poll = QTimer(self)
        self._device_poll.setInterval(2000)
        self._device_poll.timeout.connect(self._poll_devices)
        if not self._watcher.start():
            self._device_poll.start()

    def _poll_devices(self) -> None:
        if self.pipeline is None:  # PortAudio re-lists devices only while no stream is open
            refresh()
            self._watcher.poll()

    def _on_devices_changed(self, changes: DeviceChanges) -> None:
        """Runs on the GUI thread (the signal is queued from the watcher's thread)."""
        self._fill_pickers(list(changes.inputs), list(changes.outputs))
        for guard in self._guards:
            if (event := guard.update(changes)) is not None:
                log.warning("Device %s: %s", event.what, event.endpoint.key)
                self._problem_shown = True
                self.window.set_status(event.sentence)

    def _input_chosen(self, name: str | None) -> None:
        self.settings.input_device = name
        self.options = replace(self.options, input_device=None)  # the user chose: the command line no longer applies

    def _output_chosen(self, name: str | None) -> None:
        self.settings.output_device = name
        self.options = replace(self.options, output_device=None)

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
        note = " It applies from the next Start." if self.pipeline is not None else ""
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
        when = " from the next Start" if self.pipeline is not None else ""
        text = f"Sessions stop at ${dollars:.2f}{when}." if dollars > 0 else "No spending cap."
        self.window.set_status(text)

    def _mode_chosen(self, mode: str | None) -> None:
        code = self.window.language.code()
        before = self._mode(code)
        self.settings.session_mode = mode
        if self.pipeline is not None and self._mode(code) is not before:
            self.spawn(self._restart_session())

    def forget_key(self) -> None:
        self.secrets.forget()
        note = " (OPENAI_API_KEY is still set in the environment.)" if self.environ.get("OPENAI_API_KEY") else ""
        self.window.set_status("API key forgotten." + note)

    # -- sessions --------------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self.pipeline is not None

    async def start_session(self, *, interactive: bool = True) -> None:
        """Start translating. ``interactive=False`` (``--start``) never opens a dialog: notices go
        to the status line so that nothing modal blocks an unattended launch."""
        if self.pipeline is not None:
            return
        problem = portaudio_problem()
        if problem is not None:
            self.window.set_status(problem)
            return
        target = self.window.language.code()
        mode = self._mode(target)
        if target not in {lang.code for lang in targets_for(mode)}:
            self.window.set_status(
                f"{mode.value.capitalize()} mode can't produce {any_language(target).english_name}; "
                "choose another language or Settings → Session mode → Automatic."
            )
            return
        key = self.api_key()
        if key is None:
            if not interactive:
                self.window.set_status("No OpenAI API key yet: add one under Settings → API key, then press Start.")
                return
            self._start_after_key = True
            self.ask_for_key()
            return
        try:
            source = find_endpoint(self.options.input_device or self.window.input_device.device_name(), "input")
            sink = find_endpoint(self.options.output_device or self.window.output_device.device_name(), "output")
            default_out = next((e.system_name for e in list_endpoints("output") if e.is_default), None)
            if (loop := feedback_problem(source, sink, default_out)) is not None:
                self.window.set_status(loop)
                return
            capture = open_capture(source, latency="low", on_stopped=self._stream_ended_notice(source.label))
            try:
                playback = open_playback(sink, on_stopped=self._stream_ended_notice(sink.label))
            except AudioDeviceError:
                capture.close()
                raise
        except (DeviceNotFoundError, AudioDeviceError) as error:
            self.window.set_status(str(error))
            return

        transcript_dir = (
            self.options.transcript_dir or self.settings.transcript_dir or default_transcript_dir()
        )
        base_url = resolve_base_url(self.settings.base_url, self.environ)
        pipeline = Pipeline(
            source=capture,
            engine_factory=lambda emit: self.engine_factory(key, target, base_url, emit),
            sink=playback,
            segmenter=CaptionSegmenter(target),
            journal=Journal(transcript_dir, session_start_time()),
            listener=self.bridge.deliver,
        )
        self.pipeline = pipeline
        self._cost = CostMeter(DEFAULT_MODELS[self._mode(target)])
        self._ledger_seconds = 0.0
        self._listening_to = source.label
        self._guards = [StreamGuard(source), StreamGuard(sink)]
        self.window.input_meter.follow(capture.meter.dbfs)
        self.window.output_meter.follow(playback.meter.dbfs)
        self._problem_shown = False
        self.window.captions.clear()
        self.session_started.emit()
        self.window.set_running(True)
        self.window.set_status(f"Connecting to {describe_endpoint(base_url)}…")
        log.info("Session starting: target=%s input=%s output=%s", target, source.key, sink.key)
        try:
            await pipeline.start()
        except AudioDeviceError as error:
            self.window.set_status(str(error))
            await self._finish(pipeline)

    def _stream_ended_notice(self, name: str) -> Callable[[], None]:
        """For PortAudio's finished-callback thread: hop to the event loop, nothing else."""
        loop = asyncio.get_running_loop()

        def notify() -> None:
            loop.call_soon_threadsafe(self._device_stopped, name)

        return notify

    def _device_stopped(self, name: str) -> None:
        """A stream ended that nobody stopped: the device was unplugged or failed."""
        pipeline = self.pipeline
        if pipeline is None or pipeline.stopping:
            return
        self._problem_shown = True
        self.window.set_status(
            f"The sound device “{name}” stopped working (unplugged?). Translation stopped and the "
            "transcript is saved; choose a device and press Start."
        )
        self.spawn(self._finish(pipeline))

    async def stop_session(self) -> None:
        pipeline = self.pipeline
        if pipeline is None:
            return
        self.window.set_status("Finishing the last sentence…")
        await self._finish(pipeline)

    async def _finish(self, pipeline: Pipeline) -> None:
        await pipeline.stop()
        if self.pipeline is pipeline:
            self.pipeline = None
            self._guards = []
            self.ledger.flush()
            self.window.input_meter.follow(None)
            self.window.output_meter.follow(None)
            self.window.set_running(False)
            if not self._problem_shown:
                self.window.set_status(f"Stopped. Transcript saved to {pipeline.journal.path}")
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

    def _make_engine(self, api_key: str, target: str, base_url: str | None, emit: EventSink) -> Engine:
        mode = Mode(self.settings.session_mode) if self.settings.session_mode else None
        return make_engine(
            mode,
            api_key=api_key,
            target_language=target,
            emit=emit,
            base_url=base_url,
            organization=self.settings.organization,
            project=self.settings.project,
            spending_cap=self.settings.spending_cap,
        )

    def _target_chosen(self, code: str) -> None:
        previous = self.settings.target_language
        self.settings.target_language = code
        if self.pipeline is None:
            return
        if self._mode(code) is self._mode(previous):
            self.spawn(self.pipeline.set_target_language(code))
        else:  # e.g. Spanish (Translate) → Arabic (Interpret): another kind of session
            self.spawn(self._restart_session())

    async def _restart_session(self) -> None:
        await self.stop_session()
        await self.start_session()

    def _on_usage(self, event: Usage | TokenUsage) -> None:
        if self._cost is None:
            return
        self._cost.observe(event)
        if isinstance(event, Usage):
            seconds = max(0.0, event.audio_seconds - self._ledger_seconds)
            self._ledger_seconds = max(self._ledger_seconds, event.audio_seconds)
            # Written to disk once a minute and when the session ends, not on every update.
            self.ledger.add(self._cost.model, seconds, save=int(self._ledger_seconds) % 60 == 0)
        today = self.ledger.today()
        self.window.set_usage(
            f"{self._cost.audio_seconds / 60:.1f} min · ${self._cost.cost:.2f} this session · "
            f"today {today.minutes:.0f} min · ${today.cost:.2f}"
        )

    def _input_silent(self, seconds: float) -> None:
        if self.pipeline is None or self._problem_shown:
            return
        hint = "is the right device chosen under “Listen to”?"
        if self._listening_to.startswith(SOUND_FROM):
            output = self._listening_to.removeprefix(SOUND_FROM)
            hint = f"is the meeting playing through “{output}”? Choose the output the meeting app uses."
        self.window.set_status(f"No sound from “{self._listening_to}” for {seconds:.0f} seconds — {hint}")

    def _on_segment(self, segment: Segment) -> None:
        self.window.captions.add_segment(segment)

    def _on_status(self, status: Status) -> None:
        if status.state is SessionState.LIVE:
            self._problem_shown = False
            code = self.window.language.code()
            verb = "captioning in" if self._mode(code) is Mode.CAPTIONS else "translating into"
            self.window.set_status(f"Live — {verb} {any_language(code).native_name}")
        elif status.state is SessionState.RECONNECTING:
            # Capture goes on; the audio is kept and sent when the connection is back.
            self.window.set_status(status.detail or "Reconnecting…")
        elif status.state is SessionState.CONNECTING:
            self.window.set_status(status.detail or "Connecting…")
        elif status.state is SessionState.CLOSED and self.pipeline is not None:
            pipeline = self.pipeline
            # The session ended by itself (e.g. a rejected key): release devices, keep the message.
            self.spawn(self._finish(pipeline))

    def _on_problem(self, problem: Problem) -> None:
        self.window.set_status(problem.message)
        self._problem_shown = problem.fatal or self._problem_shown
        log.warning("Problem (%s, fatal=%s): %s", problem.kind.value, problem.fatal, problem.message)
        if problem.kind is ProblemKind.AUTH and problem.fatal:
            self.ask_for_key(problem.message)
