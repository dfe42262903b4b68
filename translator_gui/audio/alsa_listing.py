"""What ALSA shows PortAudio while PortAudio lists devices, on Linux with a sound server.

PortAudio's start opens every PCM that ALSA's configuration defines, to learn what each can do.
With the usual plugins installed (Debian's and Ubuntu's ``libasound2-plugins``) that loads the
a52 encoder (``libavcodec`` with its video codecs), JACK, OSS, speex, upmix and more: measured here,
≈ 14 MiB of memory for the whole run and 0.14 s, for devices Translator never opens. Where a
PulseAudio or PipeWire server answers, Translator opens only ALSA's ``pulse`` device and picks the
server's source or sink itself (:mod:`translator_gui.audio.sources`). So while PortAudio lists
devices, ALSA reads :data:`SERVER_ONLY`, two devices that are both that server, and afterwards the
system's configuration again: opening a stream reads it anew, with its own ``pulse`` device.

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

__all__ = ["SERVER_DEVICE", "SERVER_ONLY", "server_only"]

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


@contextlib.contextmanager
def server_only(platform: str | None = None) -> Iterator[bool]:
    """While PortAudio starts inside this block, ALSA defines only the sound server's devices;
    yields whether it does. Call it from the thread that opens streams, with none open."""
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
        os.environ[_VARIABLE] = f"/proc/self/fd/{descriptor}"
        try:
            yield True
        finally:
            os.environ.pop(_VARIABLE, None)
    finally:
        os.close(descriptor)
