"""Which devices the directions use, and hot-plug: the sound server says when devices come and go;
where it cannot, look again every 2 s."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import sys
import time
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Protocol

from translator_gui.audio.devices import Kind, portaudio_problem, refresh
from translator_gui.audio.ducking import Ducking, unavailable_reason
from translator_gui.audio.errors import DeviceNotFoundError
from translator_gui.audio.feedback import loops_after_move
from translator_gui.audio.sources import (
    SOUND_FROM,
    SoundDevice,
    find_sound_device,
    list_sound_devices,
    meeting_sound_guide,
    virtual_mic_guide,
)
from translator_gui.audio.watcher import DeviceChanges, DeviceWatcher
from translator_gui.i18n import translate
from translator_gui.meeting.direction import CAPTIONS_ONLY, Direction, Route
from translator_gui.meeting.events import DevicesListed, Listener, Notice
from translator_gui.meeting.options import LaunchOptions
from translator_gui.meeting.routes import recover_left_behind, route_for
from translator_gui.paths import data_dir
from translator_gui.realtime.engine import Problem, ProblemKind
from translator_gui.side import Side

log = logging.getLogger(__name__)

POLL_SECONDS = 2.0
DUCK_CADENCE_SECONDS = 0.05
DUCKING_STATE_FILE = "ducking.json"


def ducking_state_file() -> Path:
    """Where the volumes that ducking lowered are kept until they are back (for after a crash)."""
    return data_dir() / DUCKING_STATE_FILE


class Playing(Protocol):
    """What ducking reads of a player: how much translated speech is queued (its public state)."""

    @property
    def buffered_ms(self) -> float: ...


class DeviceFollower:
    """Calls ``on_change`` on the event loop's thread whenever the devices change.

    ``busy()`` says whether a stream is open: PortAudio re-lists devices only while none is."""

    def __init__(self, on_change: Callable[[DeviceChanges], None], busy: Callable[[], bool]) -> None:
        self._loop = asyncio.get_event_loop()  # the app builds this before its loop runs
        self._on_change = on_change
        self._busy = busy
        self._watcher = DeviceWatcher(self._from_watcher, on_lost=self._watcher_lost)
        self._poll: asyncio.Task[None] | None = None
        self._stopped = False
        if not self._watcher.start():
            self._start_polling()

    def _from_watcher(self, changes: DeviceChanges) -> None:
        """On the watcher's thread: hop to the loop, nothing else."""
        self._hop(self._on_change, changes)

    def _watcher_lost(self) -> None:
        """On the watcher's thread: the sound server went away; poll until it is back."""
        log.warning("Device watcher: %s", self._watcher.error)
        self._hop(self._start_polling)

    def _hop(self, callback: Callable[..., None], *args: object) -> None:
        """Run ``callback`` on the loop's thread; dropped once following stopped or the loop closed
        (a listing the watcher finishes while the app quits has no one left to tell)."""
        if self._stopped or self._loop.is_closed():
            return
        try:
            self._loop.call_soon_threadsafe(callback, *args)
        except RuntimeError:  # the loop closed between the check and the call
            log.debug("Device change after the event loop closed: dropped")

    def _start_polling(self) -> None:
        if self._poll is None and not self._stopped:
            self._poll = self._loop.create_task(self._poll_every(POLL_SECONDS), name="device-poll")

    async def _poll_every(self, seconds: float) -> None:
        while True:
            await asyncio.sleep(seconds)  # a cadence: nothing tells us when devices change here
            # The sound server is (back) there: follow its events again. Only Linux has one.
            if sys.platform.startswith("linux") and self._watcher.start():
                self._watcher.poll()
                self._poll = None
                return
            if not self._busy():
                refresh()
                self._watcher.poll()

    async def stop(self) -> None:
        self._stopped = True
        poll, self._poll = self._poll, None
        if poll is not None:
            poll.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await poll
        await asyncio.to_thread(self._watcher.stop)


def _key_of(spec: str | None, kind: Kind, devices: Sequence[SoundDevice]) -> str | None:
    if spec is None or spec == CAPTIONS_ONLY or any(device.key == spec for device in devices):
        return spec
    try:
        return find_sound_device(spec, kind, devices).key
    except DeviceNotFoundError:
        return None


def _readable(spec: str) -> str:
    """A device setting as a name: ``pulse:source:usb-headset`` → ``usb-headset``."""
    for prefix in ("pulse:source:", "pulse:sink:", "pulse:app:", "portaudio:"):
        if spec.startswith(prefix):
            return spec.removeprefix(prefix)
    return spec


def _guide(inputs: Sequence[SoundDevice], outputs: Sequence[SoundDevice]) -> str | None:
    """What to install, if anything: a way to hear the meeting, a virtual microphone (Windows, macOS)."""
    said = [g for g in (meeting_sound_guide(inputs), virtual_mic_guide(outputs)) if g]
    return " ".join(said) or None


def _meeting_sound(listed: DevicesListed) -> str | None:
    """The input that carries what the default output plays (its monitor or loopback), if any."""
    output = next((device for device in listed.outputs if device.is_default), None)
    if output is None:
        return None
    return next((device.key for device in listed.inputs if device.monitor_of == output.system_name), None)


class DeviceChoices:
    """The devices each direction is set to use, the command line's choices until the person picks,
    hot-plug, and what to say when a device goes or a source stays silent."""

    def __init__(self, directions: Mapping[Side, Direction], overrides: LaunchOptions, tell: Listener,
                 say: Callable[[Direction, str], None], running: Callable[[], bool]) -> None:
        self.directions = directions
        self.overrides = overrides
        self._tell = tell
        self._say = say
        self._running = running
        self._follower: DeviceFollower | None = None
        self._finding = False  # the first listing runs on a worker thread
        self._listed = asyncio.Event()
        self._said_missing: dict[tuple[Side, Kind], str] = {}  # the setting whose device was said to be missing
        self._ducking_db = 0.0
        self._ducking_switched = asyncio.Event()
        self._ducking_tasks: set[asyncio.Task[None]] = set()

    @property
    def ducking_db(self) -> float:
        """How much *Them → me* lowers the meeting while its translation plays (0: not at all)."""
        return self._ducking_db

    @ducking_db.setter
    def ducking_db(self, db: float) -> None:
        self._ducking_db = db
        self._ducking_switched.set()

    @property
    def ducking_unavailable(self) -> str | None:
        """Why the meeting cannot be lowered on this computer (one sentence), or None where it can."""
        return unavailable_reason()

    @property
    def listed(self) -> bool:
        """Whether the first listing is done (devices said, or why there is no sound at all)."""
        return self._listed.is_set()

    async def find(self) -> None:
        """The first listing, on a worker thread: loading PortAudio and listing the devices takes
        0.1–0.4 s on Linux and up to seconds on Windows, and the window does not wait for it.
        Until it is done, :meth:`list` does nothing (this listing says it) and :meth:`wait_listed`
        waits (Start)."""
        if self._finding:
            return
        self._finding = True
        try:
            started = time.monotonic()
            found = await asyncio.to_thread(self._look, first=True)
            if isinstance(found, DevicesListed):
                log.info("%d inputs and %d outputs listed in %.0f ms", len(found.inputs), len(found.outputs),
                         (time.monotonic() - started) * 1000)
            self._said(found)
        finally:
            self._finding = False
            self._listed.set()

    async def wait_listed(self) -> None:
        """Until the first listing under way is done (at once when none is)."""
        if self._finding:
            await self._listed.wait()

    def list(self) -> None:
        """Say which devices there are (and start following hot-plug, once)."""
        if self._finding:
            return  # the first listing, under way, says it
        self._said(self._look(first=self._follower is None))
        self._listed.set()

    @staticmethod
    def _look(*, first: bool) -> DevicesListed | str:
        """The devices there are, or why there can be no sound at all. Any thread: it tells nobody."""
        problem = portaudio_problem()
        if problem is not None:
            return problem
        if first:
            recover_left_behind(ducking_state_file())  # what a crashed run left on the sound server
        inputs, outputs = list_sound_devices("input"), list_sound_devices("output")
        return DevicesListed(tuple(inputs), tuple(outputs), _guide(inputs, outputs))

    def _said(self, listed: DevicesListed | str) -> None:
        """On the loop: tell what was found (or the problem), and follow hot-plug from then on."""
        if isinstance(listed, str):
            self._tell(Notice(listed))
            return
        self._tell(listed)
        if self._follower is None:
            self._follower = DeviceFollower(self._changed, self._running)

    def refresh(self) -> None:
        """The person asked to look again (Refresh devices): where the device list only changes when
        PortAudio starts again (Windows, macOS), it is restarted if no stream is open."""
        if self._finding:
            return  # the first listing is under way: PortAudio is not restarted under it
        if not sys.platform.startswith("linux") and not self._running():
            refresh()
        self.list()

    def preferred(self, side: Side, listed: DevicesListed) -> tuple[str | None, str | None]:
        """The keys of the input and output a picker should show as chosen among ``listed`` (a
        command-line choice first; a name saved by an older version, or part of a label, is looked
        up; None: the system default).

        With nothing chosen yet, *Them → me* listens to the meeting's sound — what the default output
        plays — rather than the default input (the microphone); and since speech played on that same
        output would be heard again, it then shows captions only until the person picks headphones."""
        d = self.directions[side]
        asked_in = self.overrides.input_for(side) or d.settings.input_device
        asked_out = self.overrides.output_for(side) or d.settings.output_device
        if side is Side.THEM and asked_in is None and (meeting := _meeting_sound(listed)) is not None:
            output = _key_of(asked_out, "output", listed.outputs) if asked_out else CAPTIONS_ONLY
            self._missing(d, "output", asked_out, output, listed.outputs)
            return meeting, output
        found_in, found_out = _key_of(asked_in, "input", listed.inputs), _key_of(asked_out, "output", listed.outputs)
        self._missing(d, "input", asked_in, found_in, listed.inputs)
        self._missing(d, "output", asked_out, found_out, listed.outputs)
        return found_in, found_out

    def _missing(self, d: Direction, kind: Kind, asked: str | None, found: str | None,
                 present: Sequence[SoundDevice]) -> None:
        """Say once that the device ``d`` was set to use is not there and what is used instead (a
        direction that runs is told by its stream guard when its device goes)."""
        said = (d.side, kind)
        if asked is None or found is not None:
            self._said_missing.pop(said, None)
            return
        if self._said_missing.get(said) == asked or d.running:
            return
        self._said_missing[said] = asked
        name = _readable(asked)
        default = next((device.label for device in present if device.is_default), None)
        log.warning("%s: the %s %r is not there; the system default is used", d.side.heading, kind, asked)
        if kind == "input":
            sentence = (translate("Meeting", "The input “{device}” chosen for {direction} is not connected; "
                                  "listening to “{default}” (the system default) instead.") if default else
                        translate("Meeting", "The input “{device}” chosen for {direction} is not connected; "
                                  "the system default input is used instead."))
        else:
            sentence = (translate("Meeting", "The output “{device}” chosen for {direction} is not connected; "
                                  "playing on “{default}” (the system default) instead.") if default else
                        translate("Meeting", "The output “{device}” chosen for {direction} is not connected; "
                                  "the system default output is used instead."))
        self._tell(Notice(sentence.format(device=name, direction=d.title, default=default)))

    def show(self, side: Side, input_device: str | None, output_device: str | None, plays: bool) -> None:
        """What the pickers show as chosen now (after a listing, or the person's choice)."""
        d = self.directions[side]
        d.input_device, d.output_device, d.plays = input_device, (output_device if plays else None), plays

    def choose_input(self, side: Side, device: str | None) -> None:
        """The person chose: remembered, and the command line no longer applies. On a first run
        *Them → me* showed captions only with its default input; choosing another input keeps
        that, rather than starting to play speech where nobody asked for it."""
        d = self.directions[side]
        first_choice = d.settings.input_device is None and self.overrides.input_for(side) is None
        if (side is Side.THEM and first_choice and d.settings.output_device is None
                and self.overrides.output_for(side) is None):
            self.choose_output(side, CAPTIONS_ONLY, plays=False)
        d.settings.input_device = device
        d.input_device = device
        self.overrides = self.overrides.without_input(side)

    def choose_output(self, side: Side, device: str | None, plays: bool) -> None:
        d = self.directions[side]
        d.settings.output_device = device
        d.output_device, d.plays = (device if plays else None), plays
        self.overrides = self.overrides.without_output(side)

    def _changed(self, changes: DeviceChanges) -> None:
        self._tell(DevicesListed(changes.inputs, changes.outputs, _guide(changes.inputs, changes.outputs)))
        for d in self.directions.values():
            for guard in d.guards:
                if (event := guard.update(changes)) is not None:
                    log.warning("Device %s: %s", event.what, event.device.key)
                    d.problem_shown = True
                    self._say(d, event.sentence)
                    if event.what == "lost" and event.fallback is not None:
                        self._break_loop(event.device, event.fallback, changes.outputs)

    def _break_loop(self, lost: SoundDevice, fallback: SoundDevice, outputs: Sequence[SoundDevice]) -> None:
        """The sound server moved a stream of ``lost`` to ``fallback``: stop at once every direction a
        feedback loop now runs through (the check at Start no longer holds)."""
        running = [d for d in self.directions.values() if d.pipeline is not None and d.route is not None]
        routes = [(d.route.source, d.route.sink) for d in running if d.route is not None]
        default_out = next((o.system_name for o in outputs if o.is_default), None)
        if (found := loops_after_move(routes, lost, fallback, default_out)) is None:
            return
        sentence, involved = found
        for index in sorted(involved):
            d = running[index]
            log.warning("%s: feedback loop after a device move: %s", d.side.heading, sentence)
            if d.pipeline is not None:
                d.problem_shown = True
                stopped = translate("Meeting", "{sentence} {direction} was stopped; the transcript is saved.")
                d.pipeline.stop_for(Problem(ProblemKind.AUDIO, stopped.format(sentence=sentence, direction=d.title),
                                            fatal=True))

    def input_silent(self, side: Side, seconds: float, picker_label: str) -> None:
        """The input of ``side`` has been silent for ``seconds``: hint at the likely cause — unless
        its words already came through (then the device is right and this is only a pause)."""
        d = self.directions[side]
        if d.route is None or d.problem_shown or d.heard_words:
            return
        d.silence_hint = True
        listening_to = d.route.source.label  # a device's name: never translated
        silent = f"{seconds:.0f}"
        if listening_to.startswith(SOUND_FROM):
            output = listening_to.removeprefix(SOUND_FROM)
            self._say(d, translate("Meeting", "No sound from “{device}” for {seconds} seconds — is the meeting playing "
                                   "through “{output}”? Choose the output the meeting app uses.").format(
                device=listening_to, seconds=silent, output=output))
        else:
            self._say(d, translate("Meeting", "No sound from “{device}” for {seconds} seconds — is the right device "
                                   "chosen under “{picker}”?").format(
                device=listening_to, seconds=silent, picker=picker_label))

    def input_heard(self, side: Side) -> None:
        """Sound (or words) came from the input of ``side``: a silence hint is no longer true."""
        d = self.directions[side]
        if d.silence_hint:
            d.silence_hint = False
            self._say(d, d.state_text)

    def duck(self, d: Direction, player: Playing | None) -> None:
        """While ``d`` (*Them → me*) runs, lower the meeting by :attr:`ducking_db` whenever
        ``player`` plays translated speech; put it back when the phrase ends and when ``d`` stops.
        A change of :attr:`ducking_db` applies from the next phrase (Off: at once)."""
        if player is None or d.side is not Side.THEM or d.route is None or unavailable_reason() is not None:
            return
        ducking = Ducking(d.route.source, min(self.ducking_db, 0.0), ducking_state_file())

        async def follow() -> None:
            while True:
                ducking.change_db = min(self.ducking_db, 0.0)
                ducking.update(player.buffered_ms > 0, time.monotonic())
                if ducking.change_db >= 0 and not ducking.ducked:
                    # Off (the default): nothing to follow, no wake-ups, until it is switched on.
                    self._ducking_switched.clear()
                    await self._ducking_switched.wait()
                    continue
                await asyncio.sleep(DUCK_CADENCE_SECONDS)

        task = asyncio.get_running_loop().create_task(follow(), name=f"ducking-{d.side.value}")
        self._ducking_tasks.add(task)
        task.add_done_callback(self._ducking_tasks.discard)

        def stop() -> None:
            task.cancel()
            ducking.restore()

        d.undo.append(stop)

    def route(self, d: Direction) -> Route:
        """The devices ``d`` would use now; raises ``DeviceNotFoundError``."""
        return route_for(d, self.overrides.input_for(d.side), self.overrides.output_for(d.side))

    async def stop(self) -> None:
        """Quitting: what a restart kept on the sound server goes too; stop following devices (after
        a first listing under way, which a thread cannot be told to drop)."""
        await self.wait_listed()
        for d in self.directions.values():
            if not d.running:
                d.undo_arrangements()
        if self._follower is not None:
            await self._follower.stop()
