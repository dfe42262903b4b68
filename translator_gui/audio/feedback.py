"""Feedback loops: translated speech played into the very device whose sound is being captured.

If Translator listens to "Sound from: Speakers" and also plays its translation into "Speakers",
it hears its own translation, translates it again, plays that, and so on — a loop that fills the
meeting with echoes of itself and spends money. This check is pure: it compares the chosen input
with the chosen output before a session starts, and returns one sentence with the fix.
"""

from __future__ import annotations

from collections.abc import Sequence

from translator_gui.audio.sources import SoundDevice

__all__ = ["feedback_problem"]

# PortAudio devices on Linux that stand for "whatever the sound server's default output is".
_SERVER_DEFAULT_OUTPUTS = frozenset({"default", "pulse", "sysdefault"})


def _plays_into(output: SoundDevice, default_output: str | None) -> str:
    if output.backend == "portaudio" and output.system_name in _SERVER_DEFAULT_OUTPUTS and default_output:
        return default_output
    return output.system_name


_MME_NAME_LENGTH = 31  # Windows' MME devices (PortAudio's first host API) have names cut to 31 characters


def _same_device(a: str, b: str) -> bool:
    """Whether two device names name one device: equal, or one is Windows' MME cut of the other."""
    a, b = a.casefold(), b.casefold()
    if a == b:
        return True
    short, long = sorted((a, b), key=len)
    return len(short) == _MME_NAME_LENGTH and long.startswith(short)


def feedback_problem(capture: SoundDevice, output: SoundDevice, default_output: str | None = None) -> str | None:
    """A sentence explaining the loop and its fix, or None when there is no loop.

    ``default_output`` is the system name of the sound server's default output (as in
    :attr:`SoundDevice.system_name`), needed when ``output`` is a PortAudio "default" device that
    plays wherever the server's default is.
    """
    source = capture.monitor_of
    if source is None or output.kind != "output" or capture.kind != "input":
        return None
    if not _same_device(source, _plays_into(output, default_output)):
        return None
    return (
        f"Translated speech would be played into “{output.label}”, the device Translator is "
        f"listening to (“{capture.label}”), so it would translate its own voice over and over; "
        "play the translation to headphones or another output, or listen to a different input."
    )


def loops_after_move(
    routes: Sequence[tuple[SoundDevice, SoundDevice | None]],
    lost: SoundDevice,
    fallback: SoundDevice,
    default_output: str | None = None,
) -> tuple[str, set[int]] | None:
    """After the sound server moved the streams of ``lost`` to ``fallback`` (what it does when a
    device is unplugged: capture falls back to the default input, which may be the monitor of the
    app's own output; playback to the default output, which may be what the app listens to), a loop
    among ``routes`` (capture, playback; None: captions only): its sentence and the indexes of the
    routes it runs through. None when nothing loops."""

    def moved(device: SoundDevice) -> SoundDevice:
        return fallback if device.key == lost.key and device.kind == fallback.kind else device

    after = [(moved(capture), None if output is None else moved(output)) for capture, output in routes]
    for i, (capture, _) in enumerate(after):
        for j, (_, output) in enumerate(after):
            if output is not None and (loop := feedback_problem(capture, output, default_output)) is not None:
                return loop, {i, j}
    return None
