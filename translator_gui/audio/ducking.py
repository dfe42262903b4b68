"""The meeting's own sound is lowered while a translated phrase plays on *Them → me*, and put back
when the phrase ends — ducked, not muted, so the person still hears who is speaking.

**Linux.** What is lowered is what the person hears of the meeting, through the sound server's
stream volumes:

* listening to "Sound from: <app>": the loopback that plays the app on to the person's output
  (what Translator captures is not lowered);
* listening to "Sound from: <output>": every app's stream on that output (the capture is lowered
  with it: one output carries both);
* a microphone: nothing.

The sound server may remember a stream's lowered volume for the app's next stream
(module-stream-restore); putting the volume back on the live stream updates that memory too.

**Windows.** Listening to "Sound from: <output>" (WASAPI loopback), every app's audio session on that
output is lowered — the app's own slider in the Volume Mixer — but Translator's and the system
sounds (:mod:`translator_gui.audio.windows_ducking`, through pycaw). Other inputs: nothing.

**macOS.** Not available: macOS has no public interface to set another app's volume. What exists is
Core Audio's process taps (macOS 14.2 and newer, ``AudioHardwareCreateProcessTap`` with
``CATapMuteBehavior``): a tap can take an app's sound and mute it at the output, and Translator
could then play that sound back itself, lowered — in effect its own mixer for the meeting, with the
latency and the risk of a silent meeting if it fails; that is not built. :func:`unavailable_reason`
says so, for the setting to show.

Everywhere, the original volumes are written to a small file before anything is lowered and the file
is removed once they are back, so the next start puts back what a crashed run had lowered
(:func:`restore_left_behind`); on Linux, when the sound server did not answer at that start, the next
lowering does it first.

The calls to the sound system are synchronous and wait for its answer (a PulseAudio that stopped
answering held :meth:`Ducking.update` as long as it did: 8 s of 8 s stopped, measured here), so they
run on a thread of the ducking's own, in order; :meth:`Ducking.update` and :meth:`Ducking.restore`,
called on the event loop, only decide and hand them over. At exit, what is still to put back is
waited for (at most :data:`EXIT_WAIT_SECONDS`).
"""

from __future__ import annotations

import atexit
import contextlib
import functools
import json
import logging
import math
import os
import queue
import sys
import threading
import time
import weakref
from collections.abc import Callable, Sequence
from concurrent.futures import Future
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from translator_gui.audio import app_capture, pulse, windows_ducking
from translator_gui.audio.sources import SoundDevice
from translator_gui.i18n import translate

__all__ = [
    "EXIT_WAIT_SECONDS",
    "HOLD_SECONDS",
    "LEVELS_DB",
    "Ducking",
    "restore_left_behind",
    "to_volume",
    "unavailable_reason",
]

log = logging.getLogger(__name__)

LEVELS_DB = (0.0, -10.0, -20.0)
"""The choices: off, −10 dB, −20 dB."""
HOLD_SECONDS = 0.4
"""The meeting comes back this long after the last translated sound (no pumping between words)."""
EXIT_WAIT_SECONDS = 2.0
"""At exit, the longest wait for volumes still being put back (then the next start does it)."""
_IDLE_SECONDS = 5.0  # a ducking's thread ends after this long with nothing to do
_BEFORE_WAIT_SECONDS = 30.0  # a new ducking waits this long at most for an earlier one's calls


def to_volume(volume: float, change_db: float) -> float:
    """A stream volume (the sound server's cubic scale, 1.0 = 100 %) lowered by ``change_db`` of amplitude."""
    return volume * 10 ** (change_db / 60)


def volume_db(volume: float) -> float:
    """A stream volume as amplitude dB (0 dB at 100 %)."""
    return 60 * math.log10(volume) if volume > 0 else -math.inf


@dataclass(frozen=True)
class _Lowered:
    index: int
    app: str
    volumes: tuple[float, ...]


def _targets(connection: Any, source: SoundDevice) -> list[Any]:
    """The streams the person hears the meeting through, for a direction listening to ``source``."""
    streams = connection.sink_input_list()
    if source.app is not None:
        capture_source = source.system_name  # "<capture sink>.monitor" while the app is diverted
        loopbacks = {int(m.index) for m in connection.module_list()
                     if str(m.name) == "module-loopback" and f"source={capture_source}" in str(m.argument or "")}
        return [s for s in streams if int(s.owner_module) in loopbacks]
    if source.monitor_of is not None:
        sinks = {str(s.name): int(s.index) for s in connection.sink_list()}
        sink = sinks.get(source.monitor_of)
        return [s for s in streams if int(s.sink) == sink and app_capture.app_name(s) is not None]
    return []


def _name(stream: Any) -> str:
    return str(stream.proplist.get("application.name") or stream.proplist.get("media.name") or "")


class _Backend(Protocol):
    """One system's way to lower the meeting: ``lower`` writes the record before it lowers anything,
    ``put_back`` removes it once the volumes are back."""

    def lower(self, change_db: float) -> Sequence[object]: ...

    def put_back(self, lowered: Sequence[object]) -> None: ...

    def thread_started(self) -> None: ...

    def thread_ended(self) -> None: ...


class _Pulse:
    """Linux: the sound server's stream volumes."""

    def __init__(self, source: SoundDevice, state_file: Path, failed: Callable[[str], None]) -> None:
        self._source = source
        self._state_file = state_file
        self._failed = failed

    def thread_started(self) -> None:
        pass

    def thread_ended(self) -> None:
        pass

    def lower(self, change_db: float) -> list[_Lowered]:
        with pulse.connected("ducking") as connection:
            # A crashed run's lowering that the start could not put back (the server did not answer
            # then): put back first, or this would lower those streams twice and keep the crashed
            # run's level as the one to return to.
            _put_back_left_behind(connection, self._state_file)
            streams = _targets(connection, self._source)
            lowered = [_Lowered(int(s.index), _name(s), tuple(float(v) for v in s.volume.values)) for s in streams]
            if not lowered:
                return []
            _save(self._state_file, lowered)  # before lowering: a crash now still restores
            for stream, was in zip(streams, lowered, strict=True):
                _set(connection, stream.index, [to_volume(v, change_db) for v in was.volumes])
            return lowered

    def put_back(self, lowered: Sequence[object]) -> None:
        streams = [e for e in lowered if isinstance(e, _Lowered)]
        try:
            with pulse.connected("ducking") as connection:
                _put_back(connection, streams)
        except pulse.PulseUnavailable as error:
            self._failed(str(error))  # the server went away with the streams: nothing to put back
        with contextlib.suppress(FileNotFoundError):
            self._state_file.unlink()


class _Windows:
    """Windows: the volume of each app's audio session on the output listened to."""

    def __init__(self, source: SoundDevice, state_file: Path) -> None:
        self._output = source.monitor_of
        self._state_file = state_file
        self._waiting: list[windows_ducking.LoweredSession] = []  # apps not running when put back
        # What a crashed run lowered and the start could not put back yet (the app was not running):
        # this ducking's record takes it over, so writing its own never loses it.
        record = _read(state_file)
        if record is not None and record.sessions and windows_ducking.owner_gone(record.saved):
            self._waiting = list(record.sessions)

    def thread_started(self) -> None:
        windows_ducking.com_thread_started()

    def thread_ended(self) -> None:
        windows_ducking.com_thread_ended()

    def _save(self, lowered: Sequence[windows_ducking.LoweredSession]) -> None:
        _write(self._state_file, {"system": "windows", **windows_ducking.owner_record(),
                                  "sessions": [e.record() for e in [*self._waiting, *lowered]]})

    def lower(self, change_db: float) -> list[windows_ducking.LoweredSession]:
        if self._output is None:
            return []  # a microphone, or a device Windows does not know as an output: nothing to lower
        return windows_ducking.lower(self._output, change_db, self._save)

    def put_back(self, lowered: Sequence[object]) -> None:
        sessions = [*self._waiting, *(e for e in lowered if isinstance(e, windows_ducking.LoweredSession))]
        _done, self._waiting = windows_ducking.put_back(sessions)
        if self._waiting:
            self._save([])  # kept for when the app runs again (a later start puts it back)
        else:
            with contextlib.suppress(FileNotFoundError):
                self._state_file.unlink()


class _NotHere(Exception):
    """The meeting cannot be lowered on this system (the sentence says why)."""


class _Unavailable:
    """Where the meeting cannot be lowered (macOS): nothing is done, and :attr:`Ducking.error` says why."""

    def __init__(self, reason: str) -> None:
        self.reason = reason

    def thread_started(self) -> None:
        pass

    def thread_ended(self) -> None:
        pass

    def lower(self, change_db: float) -> list[object]:
        raise _NotHere(self.reason)

    def put_back(self, lowered: Sequence[object]) -> None:
        pass


def unavailable_reason(platform: str | None = None) -> str | None:
    """One sentence for the setting where the meeting cannot be lowered here, None where it can."""
    platform = sys.platform if platform is None else platform
    if platform.startswith("linux"):
        return None
    if platform == "win32":
        if windows_ducking.available():
            return None
        return translate("Audio", "Lowering the meeting needs the pycaw library, which is missing; reinstall "
                                  "Translator.")
    if platform == "darwin":
        return translate("Audio", "Lowering the meeting during translations is not available on macOS, which "
                                  "lets no app set another app's volume; lower the meeting app's own volume instead.")
    return translate("Audio", "Lowering the meeting during translations is not available on this system.")


class _Worker:
    """One thread that makes a ducking's calls to the sound system, in the order they were handed over,
    so that a slow or stuck sound system never holds the caller (the event loop). It ends after
    :data:`_IDLE_SECONDS` with nothing to do and starts again with the next call."""

    def __init__(self, name: str, started: Callable[[], None], ended: Callable[[], None]) -> None:
        self._name = name
        self._started = started
        self._ended = ended
        # The duckings before this one (a restart, Stop then Start) share its state file and the
        # meeting's streams: their calls still queued (a slow sound system) are made first, so an
        # old put-back never lands after this one's lowering.
        self._before = [worker for worker in _WORKERS if worker is not self]
        self._jobs: queue.SimpleQueue[tuple[Callable[[], Any], Future[Any]]] = queue.SimpleQueue()
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self._pending = 0
        self._idle = threading.Condition(self._lock)
        _WORKERS.add(self)

    def submit(self, job: Callable[[], Any]) -> Future[Any]:
        future: Future[Any] = Future()
        with self._lock:
            self._pending += 1
            self._jobs.put((job, future))
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name=self._name, daemon=True)
                self._thread.start()
        return future

    def _run(self) -> None:
        before, self._before = self._before, []
        for worker in before:
            if not worker.wait(_BEFORE_WAIT_SECONDS):
                log.warning("An earlier ducking's calls to the sound system are still waiting; going on")
        try:
            self._started()
        except Exception as error:  # every call then fails with it, and says so
            log.warning("The sound system cannot be reached for ducking: %s", error)
        try:
            while True:
                try:
                    job, future = self._jobs.get(timeout=_IDLE_SECONDS)
                except queue.Empty:
                    with self._lock:
                        if self._jobs.empty():
                            self._thread = None
                            return
                    continue
                try:
                    future.set_result(job())
                except BaseException as error:
                    future.set_exception(error)
                with self._lock:
                    self._pending -= 1
                    self._idle.notify_all()
        finally:
            with contextlib.suppress(Exception):
                self._ended()

    def wait(self, timeout: float) -> bool:
        """Wait until every call handed over is made; False if ``timeout`` s passed first."""
        deadline = time.monotonic() + timeout
        with self._lock:
            while self._pending:
                left = deadline - time.monotonic()
                if left <= 0:
                    return False
                self._idle.wait(left)
        return True


_WORKERS: weakref.WeakSet[_Worker] = weakref.WeakSet()


@atexit.register
def _finish_at_exit() -> None:
    """Quitting right after Stop: the volumes being put back are waited for, briefly."""
    deadline = time.monotonic() + EXIT_WAIT_SECONDS
    for worker in list(_WORKERS):
        worker.wait(max(0.0, deadline - time.monotonic()))


def _backend(source: SoundDevice, state_file: Path, platform: str, failed: Callable[[str], None]) -> _Backend:
    if platform.startswith("linux"):
        return _Pulse(source, state_file, failed)
    if platform == "win32" and windows_ducking.available():
        return _Windows(source, state_file)
    return _Unavailable(unavailable_reason(platform) or "not available")


class Ducking:
    """Lowers the meeting by ``change_db`` while :meth:`update` is told a phrase plays.

    :meth:`update` and :meth:`restore` return at once: the sound system is spoken to on the ducking's
    own thread (:meth:`settle` waits for it)."""

    def __init__(self, source: SoundDevice, change_db: float, state_file: Path,
                 platform: str | None = None) -> None:
        if change_db > 0:
            raise ValueError(f"ducking lowers the sound: {change_db} dB is no lowering")
        self.source = source
        self.change_db = change_db
        self.state_file = state_file
        self.error: str | None = None
        """Why the last change failed, if it did (the sound server went away, say)."""
        self._backend = _backend(source, state_file, sys.platform if platform is None else platform,
                                 self._failed)
        self._worker = _Worker("ducking", self._backend.thread_started, self._backend.thread_ended)
        self._lowering: Future[Sequence[object]] | None = None  # asked for, not put back since
        self._quiet_since: float | None = None
        self._tried = False  # this phrase: lowering was attempted (found nothing, or failed), not again

    def _failed(self, error: str) -> None:
        self.error = error

    @property
    def ducked(self) -> bool:
        """Whether the meeting is lowered, or being lowered (not when that found nothing to lower)."""
        lowering = self._lowering
        if lowering is None:
            return False
        return not lowering.done() or bool(lowering.result())

    def update(self, playing: bool, now: float) -> None:
        """Called on a steady cadence with whether translated speech is playing at ``now`` (monotonic s)."""
        if self._lowering is not None and self.change_db >= 0:  # ducking was switched off
            self.restore()
        elif playing:
            self._quiet_since = None
            if self._lowering is None and not self._tried and self.change_db < 0:
                self._tried = True
                self._lowering = self._worker.submit(functools.partial(self._lower, self.change_db))
        elif not self.ducked:
            self._tried = False  # the phrase ended with nothing lowered: the next one tries again
            self._lowering = None
        else:
            if self._quiet_since is None:
                self._quiet_since = now
            elif now - self._quiet_since >= HOLD_SECONDS:
                self.restore()

    def _lower(self, change_db: float) -> Sequence[object]:
        try:
            return self._backend.lower(change_db)
        except _NotHere as error:
            self.error = str(error)
        except Exception as error:  # the meeting must go on: no ducking, and say why in the log
            self.error = f"{type(error).__name__}: {error}"
        log.warning("Could not lower the meeting's sound: %s", self.error)
        return []

    def restore(self) -> None:
        """Put the volumes back (streams that ended meanwhile are skipped) and forget them."""
        lowering, self._lowering = self._lowering, None
        self._tried = False
        self._quiet_since = None
        if lowering is None:
            return

        def put_back() -> None:
            lowered = lowering.result()  # made already: the calls are made in order
            if lowered:
                try:
                    self._backend.put_back(lowered)
                except Exception as error:
                    self.error = f"{type(error).__name__}: {error}"
                    log.warning("Could not put the meeting's sound back: %s", self.error)

        self._worker.submit(put_back)

    def settle(self, timeout: float = 5.0) -> bool:
        """Wait until the sound system has been told everything asked so far; False after ``timeout`` s."""
        return self._worker.wait(timeout)


def _set(connection: Any, index: int, volumes: Sequence[float]) -> None:
    import pulsectl

    connection.sink_input_volume_set(index, pulsectl.PulseVolumeInfo(list(volumes)))


def _put_back(connection: Any, lowered: Sequence[_Lowered]) -> int:
    present = {int(s.index): s for s in connection.sink_input_list()}
    done = 0
    for was in lowered:
        stream = present.get(was.index)
        if stream is None or _name(stream) != was.app:
            continue  # ended, or the index now names another stream
        with contextlib.suppress(Exception):  # it ended just now
            _set(connection, was.index, was.volumes)
            done += 1
    return done


def _write(path: Path, record: dict[str, Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_suffix(".tmp")
    temporary.write_text(json.dumps(record), encoding="utf-8")
    temporary.replace(path)


def _save(path: Path, lowered: Sequence[_Lowered]) -> None:
    _write(path, {
        "system": "pulse",
        "owner": os.getpid(),
        "streams": [{"index": e.index, "app": e.app, "volumes": list(e.volumes)} for e in lowered],
    })


@dataclass(frozen=True)
class _Record:
    """A state file as read: who wrote it, and what it had lowered (streams on Linux, sessions on Windows)."""

    saved: dict[str, Any]
    owner: int
    streams: list[_Lowered]
    sessions: list[windows_ducking.LoweredSession]


def _read(state_file: Path) -> _Record | None:
    """The state file's record, None when there is none (an unreadable one is logged and removed)."""
    try:
        saved = json.loads(state_file.read_text(encoding="utf-8"))
        windows = saved.get("system") == "windows"  # else "pulse", or a file from before Windows had ducking
        return _Record(
            dict(saved), int(saved.get("owner", 0)),
            [] if windows else [_Lowered(int(e["index"]), str(e["app"]), tuple(float(v) for v in e["volumes"]))
                                for e in saved["streams"]],
            [windows_ducking.LoweredSession.from_record(e) for e in saved["sessions"]] if windows else [])
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as error:
        log.warning("Ignoring an unreadable ducking state %s: %s", state_file, error)
        state_file.unlink(missing_ok=True)
        return None


def _restore_windows(state_file: Path, record: _Record) -> int:
    if not windows_ducking.available():
        return 0  # read where it was written: on Windows, with pycaw
    if not windows_ducking.owner_gone(record.saved):
        return 0  # a running Translator's: it puts them back itself
    done, waiting = windows_ducking.on_com_thread(lambda: windows_ducking.put_back(record.sessions))
    if waiting:  # apps not running now: kept for a later start
        _write(state_file, {**record.saved, "sessions": [e.record() for e in waiting]})
    else:
        state_file.unlink(missing_ok=True)
    return done


def restore_left_behind(state_file: Path) -> int:
    """At start: put back the volumes a crashed run had lowered; returns how many streams (Linux) or app
    sessions (Windows). Raises :class:`~translator_gui.audio.pulse.PulseUnavailable` on Linux, and
    ``TimeoutError`` or Windows' own error on Windows (the file is then kept)."""
    record = _read(state_file)
    if record is None:
        return 0
    if record.saved.get("system") == "windows":
        return _restore_windows(state_file, record)
    if not pulse.left_behind({pulse.OWNER_PROPERTY: str(record.owner)}):
        return 0  # a running Translator's: it puts them back itself
    with pulse.connected("cleanup") as connection:
        return _put_back_left_behind(connection, state_file)


def _put_back_left_behind(connection: Any, state_file: Path) -> int:
    """Linux: put back what the state file's record lowered, if a Translator no longer running wrote
    it; returns how many streams."""
    record = _read(state_file)
    if record is None or record.saved.get("system") == "windows":
        return 0
    if not pulse.left_behind({pulse.OWNER_PROPERTY: str(record.owner)}):
        return 0  # this run's own, or a running Translator's
    done = _put_back(connection, record.streams)
    state_file.unlink(missing_ok=True)
    return done
