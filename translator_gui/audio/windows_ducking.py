"""Windows: the meeting lowered while a translated phrase plays, through the volume of each app's
audio session on the output Translator listens to (``ISimpleAudioVolume``, by way of pycaw).

Windows gives every app one audio session per output ("endpoint"), whose volume is the app's
slider in the Volume Mixer; a session's volume multiplies its samples (0.0–1.0, amplitude), so
−20 dB is a factor of 0.1. Listening to "Sound from: <output>" (WASAPI loopback), what is lowered is
every app's session on that output but Translator's own and Windows' system sounds — as on Linux.

Windows keeps a session's volume for the app (its *session identifier*: the app on that output) the
next time it starts, so a volume left lowered by a crash would stay lowered for good. Before anything
is lowered, the sessions' volumes are written down (:func:`~translator_gui.audio.ducking.Ducking`'s
state file); putting back matches sessions by that identifier, so an app that restarted meanwhile is
found again, and only a session still at the volume Translator set is changed — a slider the person
moved since is left as they set it. A session that cannot be found (the app is not running) stays
written down and is put back at a later start.

Everything here runs only where ``sys.platform == "win32"``; the tests fake pycaw at its boundary
(``AudioUtilities.GetAllDevices()``, each device's ``AudioSessionManager`` and its sessions as pycaw's
``AudioSession`` with their ``SimpleAudioVolume``) and comtypes' ``CoInitialize``; what pycaw's
interfaces are was read in its release 20260927, never run. Windows itself is not here.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
import threading
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass
from typing import Any, TypeVar

__all__ = [
    "LoweredSession",
    "available",
    "com_thread_ended",
    "com_thread_started",
    "lower",
    "owner_gone",
    "owner_record",
    "put_back",
    "to_level",
]

log = logging.getLogger(__name__)

_EXPIRED = 2  # AudioSessionStateExpired
_SAME_LEVEL = 1e-3  # a session volume is a float32: read back, it differs from what was set by less
_T = TypeVar("_T")


@dataclass(frozen=True)
class LoweredSession:
    """One app's session on one output, as it was before Translator lowered it."""

    endpoint: str
    """The output's endpoint id (``IMMDevice::GetId``)."""
    session: str
    """The session identifier: the app on that output, the same after the app restarts."""
    pid: int
    app: str
    volume: float
    """Its volume before."""
    lowered: float
    """What Translator set it to."""

    @classmethod
    def from_record(cls, record: Mapping[str, Any]) -> LoweredSession:
        return cls(str(record["endpoint"]), str(record["session"]), int(record["pid"]), str(record["app"]),
                   float(record["volume"]), float(record["lowered"]))

    def record(self) -> dict[str, Any]:
        return asdict(self)


def _library() -> Any:
    """pycaw's ``pycaw.pycaw`` module, or None where it is missing (not Windows, or not installed)."""
    if sys.platform != "win32" and "pycaw" not in sys.modules:
        return None
    try:
        import pycaw.pycaw
    except (ImportError, OSError):
        return None
    return pycaw.pycaw


def available() -> bool:
    return _library() is not None


def to_level(volume: float, change_db: float) -> float:
    """A session volume (amplitude, 1.0 = the app's full level) lowered by ``change_db``."""
    return min(1.0, max(0.0, volume * 10 ** (change_db / 20)))


def _required() -> Any:
    library = _library()
    if library is None:
        raise RuntimeError("the pycaw library is missing; reinstall Translator")
    return library


def com_thread_started() -> None:
    """On a thread about to call Windows' audio objects: COM on (pycaw's own import does it only on the
    thread that imports it)."""
    _required()
    comtypes = sys.modules.get("comtypes")
    if comtypes is not None:
        with contextlib.suppress(OSError):  # already on, in another mode: it serves as it is
            comtypes.CoInitialize()


def com_thread_ended() -> None:
    comtypes = sys.modules.get("comtypes")
    if comtypes is not None:
        with contextlib.suppress(OSError):
            comtypes.CoUninitialize()


def on_com_thread(work: Callable[[], _T], timeout: float = 5.0) -> _T:
    """``work`` on a short thread of its own with COM on, waited for at most ``timeout`` s (so that the
    caller's thread — Qt's, with its own COM mode — is left as it is). Raises what ``work`` raised, or
    TimeoutError."""
    result: list[_T] = []
    failure: list[BaseException] = []

    def run() -> None:
        com_thread_started()
        try:
            result.append(work())
        except BaseException as error:
            failure.append(error)
        finally:
            com_thread_ended()

    thread = threading.Thread(target=run, name="windows-audio-sessions", daemon=True)
    thread.start()
    thread.join(timeout)
    if failure:
        raise failure[0]
    if not result:
        raise TimeoutError("Windows' audio service did not answer in time")
    return result[0]


def _render_devices(library: Any) -> list[Any]:
    """The outputs Windows has now (pycaw's ``AudioDevice``: ``id``, ``FriendlyName``)."""
    return list(library.AudioUtilities.GetAllDevices(library.EDataFlow.eRender.value,
                                                     library.DEVICE_STATE.ACTIVE.value))


def _sessions(library: Any, device: Any) -> list[Any]:
    """Every audio session on ``device`` as pycaw's ``AudioSession`` (pycaw's own ``GetAllSessions``
    lists only the default output's)."""
    enumerator = device.AudioSessionManager.GetSessionEnumerator()
    found = []
    for i in range(int(enumerator.GetCount())):
        control = enumerator.GetSession(i)
        if control is not None:
            found.append(library.AudioSession(control.QueryInterface(library.IAudioSessionControl2)))
    return found


def _app(session: Any) -> str:
    with contextlib.suppress(Exception):  # the process ended, or may not be read
        if session.DisplayName:
            return str(session.DisplayName)
        if session.Process is not None:
            return str(session.Process.name())
    return f"process {session.ProcessId}"


def _others(library: Any, device: Any) -> list[Any]:
    """The sessions on ``device`` that are some app's, not Translator's own nor Windows' system sounds."""
    found = []
    try:
        sessions = _sessions(library, device)
    except Exception as error:  # the output went away meanwhile
        log.info("The sessions of %r could not be listed: %s", getattr(device, "FriendlyName", device), error)
        return []
    for session in sessions:
        with contextlib.suppress(Exception):  # a session that ended while listed
            pid = int(session.ProcessId)
            if pid not in (0, os.getpid()) and int(session.State) != _EXPIRED:
                found.append(session)
    return found


def lower(output: str, change_db: float, save: Callable[[Sequence[LoweredSession]], None]) -> list[LoweredSession]:
    """Lower by ``change_db`` every app's session on the output named ``output`` (its friendly name, as
    PortAudio and PyAudioWPatch name it); ``save`` is given what is about to be lowered first. On a
    thread with COM on (:func:`com_thread_started`). Returns what was lowered, [] when there is nothing
    to lower there."""
    library = _required()
    device = next((d for d in _render_devices(library) if str(d.FriendlyName) == output), None)
    if device is None:
        log.info("No Windows output is named %r: nothing to lower", output)
        return []
    endpoint = str(device.id)
    found = []
    for session in _others(library, device):
        with contextlib.suppress(Exception):
            volume = session.SimpleAudioVolume
            was = float(volume.GetMasterVolume())
            found.append((volume, LoweredSession(endpoint, str(session.Identifier), int(session.ProcessId),
                                                 _app(session), was, to_level(was, change_db))))
    lowered = [entry for _, entry in found]
    if not lowered:
        return []
    save(lowered)  # before lowering: a crash from now on still puts it back
    for volume, entry in found:
        with contextlib.suppress(Exception):  # the app ended just now
            volume.SetMasterVolume(entry.lowered, None)
    return lowered


def put_back(lowered: Iterable[LoweredSession]) -> tuple[int, list[LoweredSession]]:
    """Put the sessions of ``lowered`` back to their volume — each found by its output and session
    identifier (an app that restarted since is found again), and only while it is still at the volume
    Translator set. Returns how many were put back, and those whose app has no session now (to try
    again later). On a thread with COM on."""
    library = _required()
    waiting = list(lowered)
    endpoints = {entry.endpoint for entry in waiting}
    done = 0
    for device in _render_devices(library):
        if str(device.id) not in endpoints:
            continue
        for session in _others(library, device):
            with contextlib.suppress(Exception):  # it ended just now
                identifier = str(session.Identifier)
                volume = session.SimpleAudioVolume
                level = float(volume.GetMasterVolume())
                same_app = [e for e in waiting if e.endpoint == str(device.id) and e.session == identifier]
                if not same_app:
                    continue
                # Two sessions of one app: each is the one Translator left at the level it reads now.
                entry = next((e for e in same_app if abs(level - e.lowered) <= _SAME_LEVEL), same_app[0])
                waiting.remove(entry)
                if abs(level - entry.lowered) <= _SAME_LEVEL:
                    volume.SetMasterVolume(entry.volume, None)
                    done += 1
                # else: the person set this app's volume since; theirs stays
    return done, waiting


def owner_record() -> dict[str, Any]:
    """Who wrote a state file: this process, by id and start time (a process id is used again)."""
    return {"owner": os.getpid(), "owner_started": _started(os.getpid())}


def _started(pid: int) -> float:
    try:
        import psutil  # pycaw's own dependency, there wherever pycaw is

        return float(psutil.Process(pid).create_time())
    except Exception:
        return 0.0


def owner_gone(saved: Mapping[str, Any]) -> bool:
    """Whether the Translator that wrote ``saved`` runs no more (``os.kill(pid, 0)`` is no question on
    Windows: it sends Ctrl+C)."""
    pid = int(saved.get("owner", 0))
    if pid == os.getpid():
        return False
    try:
        import psutil

        started = float(saved.get("owner_started", 0.0))
        return not psutil.pid_exists(pid) or abs(psutil.Process(pid).create_time() - started) > 1.0
    except Exception:  # no psutil, or the process ended just now
        return True
