"""Devices that come and go: headsets plugged in, virtual cables created, a USB speaker pulled out.

:class:`DeviceWatcher` compares successive lists of inputs and outputs and reports the
difference as :class:`DeviceChanges`. On Linux it can follow the sound server by itself
(:meth:`DeviceWatcher.start` subscribes to the server's sink, source and server events on a
thread and re-lists on every added or removed source or sink and on a change of defaults —
never on a stream starting or stopping, which every notification sound does); everywhere, :meth:`DeviceWatcher.poll`
re-lists on demand — the UI can call it from a timer (every 2 s, say) where no subscription exists.
``on_change`` is called on the watcher's thread (or the caller's, for ``poll``): the UI hops to
its own thread, e.g. with ``loop.call_soon_threadsafe``.

What happens to a stream whose device goes away depends on the sound system. PulseAudio and
PipeWire move it to the default device and it keeps running (seen on PulseAudio 16 with a null
sink unloaded mid-stream: no error, no finished callback, audio from the default source);
PortAudio backends on Windows and macOS end the stream and ``on_stopped`` fires. Either way
:class:`StreamGuard` turns the watcher's changes into one sentence for the user, and says so
again when the device returns so the UI can offer it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from translator_gui.audio import pulse
from translator_gui.audio.devices import Kind
from translator_gui.audio.sources import SoundDevice, list_sound_devices

__all__ = ["DeviceChanges", "DeviceEvent", "DeviceWatcher", "StreamGuard", "diff_sound_devices"]

Lister = Callable[[Kind], list[SoundDevice]]

SETTLE_SECONDS = 0.3
# The longest a stop waits for the event thread to notice (it is also woken at once).
_LISTEN_SECONDS = 1.0


def is_device_event(facility: str, what: str) -> bool:
    """Whether a sound-server event (facility ``sink``/``source``/``server``/``sink_input``/…, and
    ``new``/``remove``/``change``) says a device came, went, or the defaults changed. Streams
    (``sink_input``, ``source_output``) are not devices; a device's ``change`` is its volume."""
    if facility == "server":
        return what == "change"
    return facility in ("sink", "source") and what in ("new", "remove")


@dataclass(frozen=True)
class DeviceChanges:
    """What differs between two listings (matched by :attr:`SoundDevice.key`)."""

    added: tuple[SoundDevice, ...] = ()
    removed: tuple[SoundDevice, ...] = ()
    default_changed: tuple[Kind, ...] = ()
    inputs: tuple[SoundDevice, ...] = ()
    """The inputs now present (for refreshing a picker)."""
    outputs: tuple[SoundDevice, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.added or self.removed or self.default_changed)


def _default_key(devices: Sequence[SoundDevice]) -> str | None:
    return next((e.key for e in devices if e.is_default), None)


def diff_sound_devices(before: Sequence[SoundDevice], after: Sequence[SoundDevice]) -> DeviceChanges:
    """Sound devices added and removed between two listings of the same kind(s)."""
    old = {e.key for e in before}
    new = {e.key for e in after}
    changed: list[Kind] = []
    kinds: tuple[Kind, Kind] = ("input", "output")
    for k in kinds:
        if _default_key([e for e in before if e.kind == k]) != _default_key([e for e in after if e.kind == k]):
            changed.append(k)
    return DeviceChanges(
        added=tuple(e for e in after if e.key not in old),
        removed=tuple(e for e in before if e.key not in new),
        default_changed=tuple(changed),
        inputs=tuple(e for e in after if e.kind == "input"),
        outputs=tuple(e for e in after if e.kind == "output"),
    )


class DeviceWatcher:
    """Reports inputs and outputs appearing and disappearing through ``on_change``."""

    def __init__(self, on_change: Callable[[DeviceChanges], None], lister: Lister = list_sound_devices,
                 on_lost: Callable[[], None] | None = None) -> None:
        """``on_lost`` is called (on the watcher's thread) when the sound server goes away: from
        then on, :meth:`poll` from a timer, and :meth:`start` again to follow it once it is back."""
        self._on_change = on_change
        self._on_lost = on_lost
        self._lister = lister
        self._lock = threading.Lock()  # poll() may run on the reader thread and the caller's
        self._known: list[SoundDevice] = self._list()
        self._pulse: Any = None
        self._pulse_lock = threading.Lock()  # the connection is closed by its thread, woken by stop()
        self._stop_listening: type[BaseException] = Exception
        self._thread: threading.Thread | None = None
        self._settling: threading.Timer | None = None
        self._stopping = threading.Event()
        self._pending = False
        self.error: str | None = None
        """Why following the sound server stopped, if it did (then fall back to :meth:`poll`)."""

    def _list(self) -> list[SoundDevice]:
        return [*self._lister("input"), *self._lister("output")]

    @property
    def known(self) -> list[SoundDevice]:
        """The latest listing, inputs first."""
        return list(self._known)

    def poll(self) -> DeviceChanges:
        """List again now; calls ``on_change`` (and returns the changes) if anything differs.

        Uses the sound server's list on Linux; elsewhere PortAudio's, which only changes
        after :func:`~translator_gui.audio.devices.refresh` (allowed only with no stream open).
        """
        with self._lock:
            current = self._list()
            changes = diff_sound_devices(self._known, current)
            self._known = current
        if changes:
            self._on_change(changes)
        return changes

    def start(self) -> bool:
        """Follow the sound server's events on a thread; False if that is not possible here
        (no PulseAudio / PipeWire server), in which case call :meth:`poll` from a timer instead."""
        if self._thread is not None and self._thread.is_alive():
            return True
        try:
            connection = pulse.client("device watcher")
        except pulse.PulseUnavailable as error:
            self.error = str(error)
            return False
        try:
            connection.event_mask_set("sink", "source", "server")
        except Exception as error:  # the server refused the subscription
            connection.close()
            self.error = f"The sound server refused to report device changes: {error}"
            return False
        self._stop_listening = pulse.stop_exception()
        connection.event_callback_set(self._on_event)
        self._pulse = connection
        self.error = None
        self._stopping.clear()
        self._thread = threading.Thread(target=self._read, name="device-watcher", daemon=True)
        self._thread.start()
        return True

    def _on_event(self, event: Any) -> None:
        """Inside the event loop of the connection: no server calls here, only stop listening."""
        if is_device_event(pulse.event_name(event.facility), pulse.event_name(event.t)):
            self._pending = True
            raise self._stop_listening

    def _read(self) -> None:
        connection = self._pulse
        try:
            while not self._stopping.is_set():
                connection.event_listen(timeout=_LISTEN_SECONDS)
                if self._pending and not self._stopping.is_set():
                    self._pending = False
                    self.poll()
                    self._settle()
        except Exception as error:  # a watcher must not die silently
            if not self._stopping.is_set():
                self.error = ("The sound server went away; devices are looked at again every few seconds."
                              if type(error).__name__ == "PulseDisconnected" else f"{type(error).__name__}: {error}")
        finally:
            with self._pulse_lock:
                self._pulse = None
                connection.close()
        if not self._stopping.is_set() and self._on_lost is not None:
            self._on_lost()

    def _settle(self) -> None:
        """List once more shortly after the last device event: the sound server may announce a
        device before its listing shows the change (a sink and its monitor go one after the other)."""
        if self._settling is not None:
            self._settling.cancel()
        self._settling = threading.Timer(SETTLE_SECONDS, self.poll)
        self._settling.daemon = True
        self._settling.start()

    def stop(self) -> None:
        """Stop following events and close the connection."""
        if self._settling is not None:
            self._settling.cancel()
        thread, self._thread = self._thread, None
        if thread is None:
            return
        self._stopping.set()
        while thread.is_alive() and thread is not threading.current_thread():
            with self._pulse_lock:
                if self._pulse is not None:
                    self._pulse.event_listen_stop()  # wakes the thread unless it is between two listens
            thread.join(timeout=0.05)


@dataclass(frozen=True)
class DeviceEvent:
    """Something the person should know about the device a stream uses."""

    what: Literal["lost", "back"]
    device: SoundDevice
    sentence: str
    fallback: SoundDevice | None = None
    """Where the sound server moved the stream (its default), if known."""


class StreamGuard:
    """Watches one chosen sound device through :class:`DeviceChanges` and says when it goes and returns."""

    def __init__(self, device: SoundDevice) -> None:
        self.device = device
        self.lost = False

    def update(self, changes: DeviceChanges) -> DeviceEvent | None:
        key = self.device.key
        present = changes.inputs if self.device.kind == "input" else changes.outputs
        if self.device.app is not None:
            return self._app_update(changes)
        if not self.lost and any(e.key == key for e in changes.removed):
            self.lost = True
            fallback = next((e for e in present if e.is_default), None)
            label = self.device.label
            if self.device.kind == "input":
                now = (f"Translator is now listening to “{fallback.label}”" if fallback is not None
                       and self.device.backend == "pulse" else "listening stopped")
                sentence = (f"“{label}” went away (unplugged or closed); {now} — choose another input "
                            "or plug it back in.")
            else:
                now = (f"translated speech now plays on “{fallback.label}”" if fallback is not None
                       and self.device.backend == "pulse" else "translated speech stopped")
                sentence = (f"“{label}” went away (unplugged or closed); {now} — choose another output "
                            "or plug it back in.")
            return DeviceEvent("lost", self.device, sentence,
                               fallback if self.device.backend == "pulse" else None)
        if self.lost:
            back = next((e for e in changes.added if e.key == key), None)
            if back is not None:
                self.lost = False
                self.device = back
                return DeviceEvent("back", back, f"“{back.label}” is back; choose it to use it again.")
        return None

    def _app_update(self, changes: DeviceChanges) -> DeviceEvent | None:
        """An app captured alone stops and starts its streams (a browser does after a pause): its
        capture sink stays and its next stream is sent there, so this is news, not a lost device."""
        key, label = self.device.key, self.device.label
        if not self.lost and any(e.key == key for e in changes.removed):
            self.lost = True
            return DeviceEvent("lost", self.device, f"“{label}” stopped playing; Translator goes on listening "
                               "and hears it again when it plays.")
        if self.lost and any(e.key == key for e in changes.added):
            self.lost = False
            return DeviceEvent("back", self.device, f"“{label}” plays again.")
        return None
