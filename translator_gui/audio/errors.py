"""Audio failures a person can act on.

Every exception raised from this package toward the UI carries one sentence that says what went
wrong and what to try next, because the status line shows ``str(error)`` as is.
"""

from __future__ import annotations

import re
from typing import Literal


class AudioDeviceError(Exception):
    """A sound device could not be opened or used; ``str()`` is a sentence for the user."""


class DeviceNotFoundError(AudioDeviceError):
    """No device matches what the settings or the command line asked for."""


def _plain(reason: str) -> str:
    """PortAudio's message without its error code and call site, e.g. "invalid sample rate"."""
    reason = re.sub(r"\s*\[PaErrorCode -?\d+\]", "", reason)
    reason = re.sub(r"^Error (opening|starting) \w+: ", "", reason)
    reason = reason.strip().rstrip(".")
    return reason[:1].lower() + reason[1:] if reason else "unknown error"


def open_failed(
    kind: Literal["input", "output"], name: str, samplerate: float, channels: int, reason: str
) -> AudioDeviceError:
    """The error for a stream that PortAudio refused to open, phrased for the person at the desk."""
    what = "microphone or input" if kind == "input" else "speaker or output"
    return AudioDeviceError(
        f"Could not open the {what} device '{name}' at {samplerate:.0f} Hz with {channels} "
        f"channel{'s' if channels != 1 else ''} ({_plain(reason)}); choose another device or check "
        f"that it is plugged in and not used exclusively by another program."
    )
