"""Which PulseAudio / PipeWire source or sink a stream opens on: ``PULSE_SOURCE`` / ``PULSE_SINK``.

PortAudio sees only ALSA's ``pulse`` device; libpulse, under ALSA's pulse plugin, reads these two
variables when the plugin connects, at stream-open time. So a stream on a chosen device is opened
with its variable set to the device's name (:func:`routed`).

Changing the environment beside threads that read it is unsafe in C (``setenv`` is MT-Unsafe:
adding or removing a variable can move or shift the array every other thread's ``getenv`` walks),
and streams open while other threads run: audio callbacks, the device listing, libraries loading
on worker threads. So the app gives both variables their place at launch, before any other thread
runs (:func:`reserve`), holding the sound server's own names for its defaults (``@DEFAULT_SOURCE@``,
``@DEFAULT_SINK@``; an empty value is not "unset" to libpulse, it names no device and the open
fails). From then on a variable is only changed in place, never added or removed.
"""

from __future__ import annotations

import contextlib
import os
import sys
import threading
from collections.abc import Iterator

from translator_gui.audio.devices import Kind

__all__ = ["DEFAULTS", "reserve", "routed"]

DEFAULTS = {"PULSE_SOURCE": "@DEFAULT_SOURCE@", "PULSE_SINK": "@DEFAULT_SINK@"}
"""Each variable, with the name by which the sound server resolves its default at connect time."""

_OPEN_LOCK = threading.Lock()  # one routed open at a time: the variable is the process's


def reserve(platform: str | None = None) -> None:
    """At launch, while no other thread runs (Linux): each variable the person did not set gets its
    place in the environment, holding the server's default, so that :func:`routed` later changes it
    in place."""
    platform = sys.platform if platform is None else platform
    if platform.startswith("linux"):
        for variable, default in DEFAULTS.items():
            if variable not in os.environ:
                os.environ[variable] = default


@contextlib.contextmanager
def routed(kind: Kind, name: str) -> Iterator[None]:
    """While a stream opens in this block, libpulse connects it to the source (``input``) or sink
    (``output``) called ``name``; afterwards the variable holds what it held before. Reserved
    variables are changed in place; without :func:`reserve` (a library caller), one that was not set
    is added for the open and removed afterwards."""
    variable = "PULSE_SOURCE" if kind == "input" else "PULSE_SINK"
    with _OPEN_LOCK:
        saved = os.environ.get(variable)
        os.environ[variable] = name
        try:
            yield
        finally:
            if saved is None:
                os.environ.pop(variable, None)
            else:
                os.environ[variable] = saved
