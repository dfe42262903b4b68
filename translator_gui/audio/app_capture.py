"""Linux: "Sound from: <app>" — the sound of one program (the meeting), not of everything the
output plays (the music player, notification sounds).

While a direction listens to an app, that app's streams play into a null sink of Translator's
("Translator: sound from <app>"), whose monitor is what Translator captures; a loopback plays the
same sound on to the output the app was using, so the person still hears the meeting. When the
direction stops, the streams go back and both modules are unloaded. The sink carries
:data:`~translator_gui.audio.pulse.OWNER_PROPERTY` and the output to go back to
(:data:`RESTORE_PROPERTY`), so that the next start puts back what a crashed run had moved
(:func:`restore_left_behind`).

An app is known by its ``application.name`` (what the sound settings show), and Translator's own
streams and those of sound-server modules (loopbacks) are never offered.
"""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from translator_gui.audio import pulse
from translator_gui.audio.errors import AudioDeviceError, DeviceNotFoundError

__all__ = [
    "RESTORE_PROPERTY",
    "SINK_PREFIX",
    "AppCapture",
    "NewStreams",
    "playing_apps",
    "restore_left_behind",
    "start",
    "stop",
]

SINK_PREFIX = "translator_app_"
RESTORE_PROPERTY = "translator.restore_sink"
"""On a capture sink: the name of the output the app's streams go back to."""
_NO_INDEX = 0xFFFFFFFF
RATE = 48_000


def app_name(stream: Any) -> str | None:
    """The app a sink input (a playing stream) belongs to, None for Translator's own streams and
    the sound server's (a loopback)."""
    props = stream.proplist
    if props.get("application.process.id") == str(os.getpid()):
        return None
    client = getattr(stream, "client", None)
    if client is None or int(client) == _NO_INDEX:  # a module's stream (a loopback), no program's
        return None
    name = props.get("application.name") or props.get("application.process.binary")
    return str(name) if name else None


def playing_apps(connection: Any) -> list[str]:
    """The apps playing sound now (one entry per app, in the order their first stream started)."""
    names: list[str] = []
    for stream in connection.sink_input_list():
        if (name := app_name(stream)) is not None and name not in names:
            names.append(name)
    return names


@dataclass(frozen=True)
class AppCapture:
    """One app's sound, diverted for capture; :attr:`monitor` is the source to capture."""

    app: str
    sink: str
    monitor: str
    restore_sink: str
    sink_module: int
    loopback_module: int


def _safe_name(app: str) -> str:
    return "".join(c if c.isalnum() else "_" for c in app.casefold())[:40] or "app"


def _streams_of(connection: Any, app: str) -> list[Any]:
    return [s for s in connection.sink_input_list() if app_name(s) == app]


def start(app: str) -> AppCapture:
    """Divert ``app``'s streams for capture. Raises :class:`DeviceNotFoundError` when the app plays
    nothing (any more), :class:`AudioDeviceError` when the sound server refuses or is missing."""
    try:
        with pulse.connected("app capture") as connection:
            streams = _streams_of(connection, app)
            if not streams:
                raise DeviceNotFoundError(
                    f"“{app}” is not playing sound now; start the call (or a sound) in it, then choose "
                    "Refresh devices, or listen to an output instead.")
            sinks = {int(s.index): str(s.name) for s in connection.sink_list()}
            restore = sinks.get(int(streams[0].sink)) or str(connection.server_info().default_sink_name)
            sink = f"{SINK_PREFIX}{_safe_name(app)}_{os.getpid()}"
            owner = {pulse.OWNER_PROPERTY: pulse.owner_value(), RESTORE_PROPERTY: restore}
            sink_module = int(connection.module_load("module-null-sink", pulse.module_arguments(
                sink_name=sink, rate=str(RATE),
                sink_properties={"device.description": f"Translator: sound from {app}", **owner})))
            try:
                loopback_module = int(connection.module_load("module-loopback", pulse.module_arguments(
                    source=f"{sink}.monitor", sink=restore, latency_msec="20", source_dont_move="true",
                    sink_dont_move="true", sink_input_properties={"media.name": f"{app} (through Translator)",
                                                                  **owner})))
                sink_index = int(connection.get_sink_by_name(sink).index)
                for stream in streams:
                    connection.sink_input_move(int(stream.index), sink_index)
            except Exception:
                _undo(connection, sink, restore, [sink_module])
                raise
    except pulse.PulseUnavailable as error:
        raise AudioDeviceError(f"The sound of “{app}” cannot be captured: {error}") from error
    except AudioDeviceError:
        raise
    except Exception as error:
        raise AudioDeviceError(f"The sound server refused to capture “{app}” alone ({error}); listen to "
                               "the output it plays on instead.") from error
    return AppCapture(app, sink, f"{sink}.monitor", restore, sink_module, loopback_module)


def _undo(connection: Any, sink: str, restore: str, modules: Iterable[int]) -> None:
    """Move every stream on ``sink`` back to ``restore`` (or the default output if that is gone),
    then unload ``modules``."""
    sinks = {str(s.name): int(s.index) for s in connection.sink_list()}
    here = sinks.get(sink)
    target = sinks.get(restore)
    if target is None:
        target = sinks.get(str(connection.server_info().default_sink_name))
    if here is not None and target is not None:
        for stream in connection.sink_input_list():
            if int(stream.sink) == here and app_name(stream) is not None:
                with contextlib.suppress(Exception):  # the stream ended meanwhile
                    connection.sink_input_move(int(stream.index), target)
    for module in modules:
        with contextlib.suppress(Exception):  # already unloaded
            connection.module_unload(module)


def stop(capture: AppCapture) -> None:
    """Put ``capture``'s app back on its output and remove what was made (quietly: a server that
    went away took it all along)."""
    with contextlib.suppress(pulse.PulseUnavailable), pulse.connected("app capture") as connection:
        _undo(connection, capture.sink, capture.restore_sink, [capture.loopback_module, capture.sink_module])


def restore_left_behind() -> int:
    """At start: put back the apps a crashed run had diverted, and unload its sinks and loopbacks;
    returns how many capture sinks were removed. Raises
    :class:`~translator_gui.audio.pulse.PulseUnavailable`."""
    with pulse.connected("cleanup") as connection:
        stale = [s for s in connection.sink_list()
                 if str(s.name).startswith(SINK_PREFIX) and pulse.left_behind(s.proplist)]
        for sink in stale:
            loopbacks = [int(m.index) for m in connection.module_list()
                         if str(m.name) == "module-loopback" and f"source={sink.name}.monitor" in str(m.argument or "")]
            _undo(connection, str(sink.name), str(sink.proplist.get(RESTORE_PROPERTY, "")),
                  [*loopbacks, int(sink.owner_module)])
    return len(stale)


class NewStreams:
    """Sends the app's streams that start during capture to the capture sink too: browsers close
    an idle stream and open a new one when sound comes back, on the output they were using."""

    _LISTEN_SECONDS = 1.0

    def __init__(self, capture: AppCapture) -> None:
        self.capture = capture
        self.moved = 0
        self.error: str | None = None
        self._new: list[int] = []
        self._stopping = threading.Event()
        self._lock = threading.Lock()
        try:
            self._connection: Any = pulse.client("app capture follower")
        except pulse.PulseUnavailable as error:
            raise AudioDeviceError(f"The sound of “{capture.app}” cannot be followed: {error}") from error
        try:
            self._connection.event_mask_set("sink_input")
        except Exception:
            self._connection.close()
            raise
        self._stop_listening = pulse.stop_exception()
        self._connection.event_callback_set(self._on_event)
        self._thread = threading.Thread(target=self._run, name="app-capture-follower", daemon=True)
        self._thread.start()

    def _on_event(self, event: Any) -> None:
        if pulse.event_name(event.t) == "new":
            self._new.append(int(event.index))
            raise self._stop_listening

    def _run(self) -> None:
        connection = self._connection
        try:
            while not self._stopping.is_set():
                connection.event_listen(timeout=self._LISTEN_SECONDS)
                new, self._new = self._new, []
                if new and not self._stopping.is_set():
                    self._follow(connection, new)
        except Exception as error:  # the server went away: nothing more to follow
            if not self._stopping.is_set():
                self.error = f"{type(error).__name__}: {error}"
        finally:
            with self._lock:
                self._connection = None
                connection.close()

    def _follow(self, connection: Any, indexes: list[int]) -> None:
        target = int(connection.get_sink_by_name(self.capture.sink).index)
        for index in indexes:
            with contextlib.suppress(Exception):  # the stream ended already
                stream = connection.sink_input_info(index)
                if app_name(stream) == self.capture.app and int(stream.sink) != target:
                    connection.sink_input_move(index, target)
                    self.moved += 1

    def stop(self) -> None:
        self._stopping.set()
        while self._thread.is_alive() and self._thread is not threading.current_thread():
            with self._lock:
                if self._connection is not None:
                    self._connection.event_listen_stop()
            self._thread.join(timeout=0.05)
