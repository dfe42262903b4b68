"""What ALSA shows PortAudio while PortAudio lists devices, on Linux with a sound server.

PortAudio's start opens every PCM that ALSA's configuration defines, to learn what each can do.
With the usual plugins installed (Debian's and Ubuntu's ``libasound2-plugins``) that loads the
a52 encoder (``libavcodec`` with its video codecs), JACK, OSS, speex, upmix and more: measured here,
≈ 14 MiB of memory for the whole run and 0.14 s, for devices Translator never opens. Where a
PulseAudio or PipeWire server answers, Translator opens only ALSA's ``pulse`` device and picks the
server's source or sink itself (:mod:`translator_gui.audio.sources`). So while PortAudio lists
devices, ALSA reads :data:`SERVER_ONLY`, two devices that are both that server, and afterwards the
system's configuration again: opening a stream reads it anew, with its own ``pulse`` device.

The first listing runs on a worker thread while the window paints, and changing the environment
beside threads that read it is unsafe in C (``setenv`` is MT-Unsafe: adding a variable can move the
array every other thread's ``getenv`` walks). So the app gives the variable its place at launch,
empty, before any other thread runs (:func:`reserve`; ALSA reads an empty value as unset): from
then on it is only changed in place, never added or removed.

Nothing changes when the person set ``ALSA_CONFIG_PATH`` themselves, or when no server answers
(PortAudio then lists the hardware as usual). If ALSA's pulse plugin is missing (PipeWire without
``libasound2-plugins``), the narrowed list has no working device, and the caller lists again with
the system's configuration (:func:`translator_gui.audio.devices.portaudio`).
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterator

from translator_gui.audio.pulse import PulseUnavailable, connected

__all__ = ["SERVER_DEVICE", "SERVER_ONLY", "reserve", "server_only"]

SERVER_DEVICE = "pulse"
"""The ALSA device Translator opens when a sound server answers."""

SERVER_ONLY = """\
# The sound server only: what PortAudio lists while Translator starts it.
pcm.pulse { type pulse }
ctl.pulse { type pulse }
pcm.default { type pulse }
ctl.default { type pulse }
"""
"""ALSA's configuration while PortAudio lists devices. ``default`` is there as well: PortAudio 19.6
looks at ``default`` after every other device and fails an assertion (the app aborts) when every
device before it opened, so a list without ``default`` would abort."""

_VARIABLE = "ALSA_CONFIG_PATH"


def _server_answers() -> bool:
    try:
        with connected("devices"):
            return True
    except PulseUnavailable:
        return False


def reserve(platform: str | None = None) -> None:
    """At launch, while no other thread runs: ``ALSA_CONFIG_PATH`` gets its place in the environment,
    empty (what ALSA reads as unset), where the person set none, so that :func:`server_only` later
    changes it in place, beside threads that read the environment."""
    platform = sys.platform if platform is None else platform
    if platform.startswith("linux") and _VARIABLE not in os.environ:
        os.environ[_VARIABLE] = ""


@contextlib.contextmanager
def server_only(platform: str | None = None) -> Iterator[bool]:
    """While PortAudio starts inside this block, ALSA defines only the sound server's devices;
    yields whether it does. Call it with no stream open, from one thread at a time; beside other
    threads only once :func:`reserve` ran (the variable is then changed in place, not added)."""
    platform = sys.platform if platform is None else platform
    if not platform.startswith("linux") or os.environ.get(_VARIABLE) or not _server_answers():
        yield False
        return
    try:  # in memory: nothing to write to a disk that may be full or read-only
        descriptor = os.memfd_create("translator-alsa", os.MFD_CLOEXEC)
    except OSError:
        yield False
        return
    try:
        os.write(descriptor, SERVER_ONLY.encode())
        reserved = _VARIABLE in os.environ  # empty, by reserve()
        os.environ[_VARIABLE] = f"/proc/self/fd/{descriptor}"
        try:
            yield True
        finally:
            if reserved:
                os.environ[_VARIABLE] = ""
            else:
                os.environ.pop(_VARIABLE, None)
    finally:
        os.close(descriptor)
