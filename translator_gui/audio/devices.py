"""Which sound devices exist, and which one did the person mean?

Settings and the command line name devices the way people do ("USB", "Headset", "3"), and the
list changes when things are plugged in. This module turns such a spec into one concrete
PortAudio device, or into a sentence that says what is available instead.

``sounddevice`` is imported by :func:`portaudio`, at first use: on a Linux machine without the
PortAudio library, importing it raises ``OSError``, and the app must still start and show
:func:`portaudio_problem`'s advice instead of crashing.
"""

from __future__ import annotations

import platform
import sys
from dataclasses import dataclass
from typing import Any, Literal

from translator_gui.audio import alsa_listing
from translator_gui.audio.errors import AudioDeviceError, DeviceNotFoundError

__all__ = [
    "AudioDevice",
    "AudioDeviceError",
    "DeviceNotFoundError",
    "Kind",
    "find_device",
    "list_devices",
    "portaudio",
    "portaudio_problem",
    "refresh",
]

Kind = Literal["input", "output"]


@dataclass(frozen=True)
class AudioDevice:
    """One PortAudio device as the rest of the app sees it (a snapshot; indices change on refresh)."""

    index: int
    name: str
    hostapi: str
    max_input_channels: int
    max_output_channels: int
    default_samplerate: float
    is_default_input: bool
    is_default_output: bool

    def supports(self, kind: Kind) -> bool:
        """Whether the device can record (``"input"``) or play (``"output"``)."""
        return (self.max_input_channels if kind == "input" else self.max_output_channels) > 0


def _default_index(sd: Any, kind: Kind) -> int | None:
    try:
        info = sd.query_devices(kind=kind)
    except (sd.PortAudioError, ValueError):
        return None
    index = info.get("index") if isinstance(info, dict) else None
    return index if isinstance(index, int) and index >= 0 else None


def _start(sd: Any) -> None:
    """Start PortAudio's list of devices (sounddevice's import has started it once already)."""
    sd._terminate()
    sd._initialize()


def _server_listed(sd: Any) -> bool:
    return any(info["name"] == alsa_listing.SERVER_DEVICE for info in sd.query_devices())


def portaudio(restart: bool = False) -> Any:
    """The ``sounddevice`` module, PortAudio started: the first call imports it, ``restart``
    lists the devices again. On Linux with a sound server, ALSA shows PortAudio the server's
    devices only (:mod:`~translator_gui.audio.alsa_listing`); should that list have no working
    device, PortAudio is started again on the system's configuration. Raises ``OSError`` when
    the PortAudio library is missing."""
    sd: Any = sys.modules.get("sounddevice")
    if sd is not None and not restart:
        return sd
    with alsa_listing.server_only() as narrowed:
        if sd is None:
            import sounddevice

            sd = sounddevice
        else:
            _start(sd)
    if narrowed and not _server_listed(sd):
        _start(sd)
    return sd


def _all_devices() -> list[AudioDevice]:
    sd = portaudio()

    default_in = _default_index(sd, "input")
    default_out = _default_index(sd, "output")
    hostapis = [str(api["name"]) for api in sd.query_hostapis()]
    devices = []
    for info in sd.query_devices():
        index = int(info["index"])
        api = int(info["hostapi"])
        devices.append(
            AudioDevice(
                index=index,
                name=str(info["name"]),
                hostapi=hostapis[api] if 0 <= api < len(hostapis) else "",
                max_input_channels=int(info["max_input_channels"]),
                max_output_channels=int(info["max_output_channels"]),
                default_samplerate=float(info["default_samplerate"]),
                is_default_input=index == default_in,
                is_default_output=index == default_out,
            )
        )
    return devices


def list_devices(kind: Kind) -> list[AudioDevice]:
    """Devices that can record (``"input"``) or play (``"output"``), in PortAudio order."""
    return [d for d in _all_devices() if d.supports(kind)]


def _nothing_there(kind: Kind) -> DeviceNotFoundError:
    if kind == "input":
        return DeviceNotFoundError(
            "No input device was found; connect a microphone (or enable one in the system sound "
            "settings) and choose Refresh devices."
        )
    return DeviceNotFoundError(
        "No output device was found; connect headphones or speakers (or enable them in the system "
        "sound settings) and choose Refresh devices."
    )


def find_device(spec: str | int | None, kind: Kind) -> AudioDevice:
    """The device ``spec`` names, for recording or playing.

    ``None`` (or an empty string) means the system default; an int or a string of digits is a
    PortAudio index; anything else matches device names case-insensitively, an exact name
    winning over a name that merely contains it. Raises :class:`DeviceNotFoundError` with a
    sentence naming the available devices.
    """
    devices = list_devices(kind)
    if not devices:
        raise _nothing_there(kind)
    available = ", ".join(d.name for d in devices)
    if isinstance(spec, str):
        spec = spec.strip()
    if spec is None or spec == "":
        for device in devices:
            if device.is_default_input if kind == "input" else device.is_default_output:
                return device
        return devices[0]
    if isinstance(spec, int) or spec.isdigit():
        index = int(spec)
        for device in _all_devices():
            if device.index == index:
                if device.supports(kind):
                    return device
                raise DeviceNotFoundError(
                    f"Device {index} ('{device.name}') cannot be used as an {kind} device; "
                    f"choose one of: {available}."
                )
        raise DeviceNotFoundError(f"There is no {kind} device number {index}. Available: {available}.")
    wanted = spec.casefold()
    exact = [d for d in devices if d.name.casefold() == wanted]
    if exact:
        return exact[0]
    partial = [d for d in devices if wanted in d.name.casefold()]
    if partial:
        return partial[0]
    raise DeviceNotFoundError(f"No {kind} device matches '{spec}'. Available: {available}.")


def _linux_install_hint() -> str:
    try:
        release = platform.freedesktop_os_release()
    except OSError:
        release = {}
    ids = {release.get("ID", "")} | set(release.get("ID_LIKE", "").split())
    if ids & {"debian", "ubuntu"}:
        return "install it with 'sudo apt install libportaudio2'"
    if ids & {"fedora", "rhel", "centos"}:
        return "install it with 'sudo dnf install portaudio'"
    if ids & {"arch"}:
        return "install it with 'sudo pacman -S portaudio'"
    if ids & {"suse", "opensuse"}:
        return "install it with 'sudo zypper install libportaudio2'"
    return (
        "install your distribution's PortAudio package ('sudo apt install libportaudio2' on "
        "Debian/Ubuntu, 'sudo dnf install portaudio' on Fedora)"
    )


def portaudio_problem() -> str | None:
    """Why sound cannot work at all on this machine, as advice for the user, or None if it can.

    The only such reason is a missing PortAudio library: the Linux ``sounddevice`` package relies
    on the system's copy, while the Windows and macOS packages bundle their own.
    """
    try:
        portaudio()
    except OSError:
        if sys.platform.startswith("linux"):
            return (
                "Translator cannot use sound because the PortAudio library is missing: "
                f"{_linux_install_hint()}, then restart Translator."
            )
        return (
            "Translator cannot use sound because its bundled PortAudio library could not be "
            "loaded: reinstall Translator, then start it again."
        )
    return None


def refresh() -> None:
    """Re-enumerate devices so newly plugged ones appear (and unplugged ones go).

    Restarts PortAudio: call it only while no Capture or Playback stream is open, or those
    streams break. Indices may change, so look devices up again with :func:`find_device`.
    """
    portaudio(restart=True)
