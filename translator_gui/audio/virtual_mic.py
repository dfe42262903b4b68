"""Linux: the virtual microphone *Me → them* plays into — "Translator microphone".

The meeting app must hear the translated voice as a microphone. A null sink alone does not do:
its only input is a *monitor* ("Monitor of …"), and Chromium-based meeting apps (Meet and Teams in
the browser, Electron clients) list no monitors as microphones. So Translator makes a null sink
to play into, and remaps its monitor into a source of its own (class ``filter``, not
``monitor``) described "Translator microphone", which those apps list. Both are made when *Me →
them* starts and unloaded when it stops or the app quits; both carry
:data:`~translator_gui.audio.pulse.OWNER_PROPERTY`, so that the next start unloads what a crashed
run left behind (:func:`remove_left_behind`).
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from typing import Any

from translator_gui.audio import pulse
from translator_gui.audio.errors import AudioDeviceError

__all__ = [
    "DESCRIPTION",
    "FEED_DESCRIPTION",
    "FEED_SINK",
    "SOURCE",
    "VirtualMic",
    "create",
    "remove",
    "remove_left_behind",
]

FEED_SINK = "translator_microphone_feed"
"""The null sink the translation is played into (what the person picks: "Translator microphone")."""
FEED_DESCRIPTION = "Translator microphone feed"
SOURCE = "translator_microphone"
"""The source meeting apps list as a microphone."""
DESCRIPTION = "Translator microphone"
RATE = 48_000


@dataclass(frozen=True)
class VirtualMic:
    """A virtual microphone this process made: the modules to unload."""

    sink_module: int
    source_module: int


def _unload(connection: Any, modules: list[int]) -> None:
    # The remapped source first: unloading its master first would leave it to be moved elsewhere.
    for index in modules:
        with contextlib.suppress(Exception):  # already gone: nothing to do
            connection.module_unload(index)


def remove_left_behind() -> int:
    """Unload the virtual microphone a Translator that is no longer running made (a crash);
    returns how many modules were unloaded. Raises :class:`~translator_gui.audio.pulse.PulseUnavailable`."""
    with pulse.connected("cleanup") as connection:
        stale = [s for s in connection.source_list() if str(s.name) == SOURCE and pulse.left_behind(s.proplist)]
        stale_sinks = [s for s in connection.sink_list()
                       if str(s.name) == FEED_SINK and pulse.left_behind(s.proplist)]
        modules = [int(s.owner_module) for s in stale] + [int(s.owner_module) for s in stale_sinks]
        _unload(connection, modules)
    return len(modules)


def create() -> VirtualMic:
    """Make "Translator microphone" (≈ 2 ms on a local server), after unloading one a crashed run
    left; this run's own is used again as it is. Raises
    :class:`~translator_gui.audio.errors.AudioDeviceError` in words when the sound server is
    missing or refuses."""
    try:
        remove_left_behind()
        with pulse.connected("virtual microphone") as connection:
            present = [s for s in connection.sink_list() if str(s.name) == FEED_SINK]
            ours = [s for s in connection.source_list() if str(s.name) == SOURCE
                    and s.proplist.get(pulse.OWNER_PROPERTY) == pulse.owner_value()]
            if present and ours and present[0].proplist.get(pulse.OWNER_PROPERTY) == pulse.owner_value():
                # This run's own, kept across a restart of Me → them: used again as it is.
                return VirtualMic(int(present[0].owner_module), int(ours[0].owner_module))
            if present:
                raise AudioDeviceError(
                    "“Translator microphone” is already in use by another Translator window; close that "
                    "one, or choose another output for Me → them.")
            owner = {pulse.OWNER_PROPERTY: pulse.owner_value()}
            sink_module = int(connection.module_load("module-null-sink", pulse.module_arguments(
                sink_name=FEED_SINK, rate=str(RATE),
                sink_properties={"device.description": FEED_DESCRIPTION, **owner})))
            try:
                source_module = int(connection.module_load("module-remap-source", pulse.module_arguments(
                    master=f"{FEED_SINK}.monitor", source_name=SOURCE,
                    source_properties={"device.description": DESCRIPTION, "device.icon_name": "audio-input-microphone",
                                       **owner})))
            except Exception:
                _unload(connection, [sink_module])
                raise
    except pulse.PulseUnavailable as error:
        raise AudioDeviceError(f"“Translator microphone” could not be made: {error}") from error
    except AudioDeviceError:
        raise
    except Exception as error:  # the server refused a module (e.g. a sandbox without module loading)
        raise AudioDeviceError(
            f"The sound server refused to make “Translator microphone” ({error}); choose another output "
            "for Me → them, such as a virtual cable.") from error
    return VirtualMic(sink_module, source_module)


def remove(mic: VirtualMic) -> None:
    """Unload ``mic`` (quietly: a server that went away took it along)."""
    with contextlib.suppress(pulse.PulseUnavailable), pulse.connected("virtual microphone") as connection:
        _unload(connection, [mic.source_module, mic.sink_module])

