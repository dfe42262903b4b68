"""Where sound comes from and goes to, by the names people know: microphones, speakers, and the
sound another program is playing ("Sound from: Built-in speakers").

To translate a meeting, Translator must hear the meeting's own sound, not only the microphone.
On Linux every PulseAudio / PipeWire output ("sink") has a *monitor*: an input that carries
whatever is played into that output. PortAudio only sees the ALSA ``pulse`` and ``default``
devices, so this module asks the sound server itself (through its protocol, see
:mod:`translator_gui.audio.pulse`) for its sources and sinks with their descriptions, and opens
a stream on one of them by setting ``PULSE_SOURCE`` / ``PULSE_SINK`` while PortAudio opens the
ALSA ``pulse`` device (:mod:`~translator_gui.audio.pulse_routing`; verified on PulseAudio 16 by
``tests/audio/test_sources.py``, which captures a tone from a null sink's monitor).

Windows: every output is offered as "Sound from: …" through WASAPI loopback
(:mod:`~translator_gui.audio.windows_loopback`); otherwise :func:`meeting_sound_guide` explains
Stereo Mix or a virtual cable. macOS 13 and newer: "Sound from: the whole system" and "Sound from:
<app>" for each app with a window (:mod:`~translator_gui.audio.macos_system_audio`, ScreenCaptureKit);
before that, a virtual device (BlackHole, Loopback, Soundflower, VB-Cable) is recognised by name and
offered as "Sound from: …", and the guide explains how to set one up.

An :class:`SoundDevice` is a snapshot; its :attr:`~SoundDevice.key` is the stable identity to save
in the settings (the sound server's own name, not an index that changes when things are
plugged in).
"""

from __future__ import annotations

import contextlib
import re
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any, Literal, TypeVar

from translator_gui.audio import app_capture, pulse_routing, virtual_mic
from translator_gui.audio.devices import AudioDevice, Kind, find_device, list_devices
from translator_gui.audio.errors import DeviceNotFoundError
from translator_gui.audio.pulse import PulseUnavailable, connected

if TYPE_CHECKING:
    from translator_gui.audio.capture import Capture
    from translator_gui.audio.playback import Playback

__all__ = [
    "SOUND_FROM",
    "PulseUnavailable",
    "SoundDevice",
    "find_sound_device",
    "list_sound_devices",
    "meeting_sound_guide",
    "open_capture",
    "open_playback",
    "pulse_sound_devices",
    "virtual_mic_guide",
]

SOUND_FROM = "Sound from: "
APP_KEY_PREFIX = "pulse:app:"
"""The key of "Sound from: <app>", followed by the app's name."""
_Stream = TypeVar("_Stream")
_GENERIC_NAMES = frozenset({"default", "pulse", "sysdefault", "system default"})
Backend = Literal["pulse", "portaudio", "wasapi", "macos-system"]

_LOOPBACK_NAMES = ("blackhole", "loopback", "soundflower", "vb-cable", "cable output",
                   "background music", "stereo mix")


@dataclass(frozen=True)
class SoundDevice:
    """One input or output as a person sees it, and how to open it."""

    kind: Kind
    key: str
    """Stable identity for the settings, e.g. ``pulse:source:alsa_input.usb-…`` or
    ``portaudio:USB Mic`` (never an index)."""
    label: str
    """What people read: the device description, or "Sound from: <output description>"."""
    system_name: str
    """The sound server's name (PulseAudio source/sink) or the PortAudio device name."""
    backend: Backend
    is_default: bool = False
    monitor_of: str | None = None
    """For an input that carries an output's sound: that output's :attr:`system_name`."""
    samplerate: int = 0
    """The device's own rate, 0 if unknown (then PortAudio's default is used)."""
    channels: int = 0
    app: str | None = None
    """For "Sound from: <app>": the app (its ``application.name``) whose streams are captured."""

    @property
    def is_virtual_mic(self) -> bool:
        """Whether this is the output "Translator microphone", which Translator makes on Start."""
        return self.kind == "output" and self.backend == "pulse" and self.system_name == virtual_mic.FEED_SINK

    @property
    def captures_output(self) -> bool:
        """Whether this input is the sound some output plays (a monitor or loopback)."""
        return self.monitor_of is not None or self.label.startswith(SOUND_FROM)


# -- PulseAudio / PipeWire ----------------------------------------------------------------------


def _description(item: Any) -> str:
    return str(item.description or item.proplist.get("device.description") or item.name or "?")


def _unique_labels(devices: list[SoundDevice]) -> list[SoundDevice]:
    """Two devices described alike get their system name added, so a label names one device."""
    counts: dict[str, int] = {}
    for e in devices:
        counts[e.label] = counts.get(e.label, 0) + 1
    return [replace(e, label=f"{e.label} ({e.monitor_of or e.system_name})") if counts[e.label] > 1 else e
            for e in devices]


def _carries(source: Any, monitors: dict[str, str]) -> str | None:
    """The sink whose sound ``source`` carries: its monitor, or a source remapped from that monitor
    (a virtual microphone), else None."""
    monitor_of = getattr(source, "monitor_of_sink_name", None)
    if monitor_of:
        return str(monitor_of)
    master = source.proplist.get("device.master_device")
    return monitors.get(str(master)) if master else None


def pulse_sound_devices(kind: Kind) -> list[SoundDevice]:
    """The sound server's inputs (real sources first, then "Sound from: <output>" for every output's
    monitor) or outputs, with the server's defaults marked. Raises :class:`PulseUnavailable`."""
    with connected("devices") as pulse:
        info = pulse.server_info()
        sinks = pulse.sink_list()
        sources = pulse.source_list() if kind == "input" else []
        apps = app_capture.playing_apps(pulse) if kind == "input" else []
    default_sink = str(info.default_sink_name or "")
    default_source = str(info.default_source_name or "")
    devices: list[SoundDevice] = []
    if kind == "output":
        for sink in sinks:
            name = str(sink.name)
            devices.append(SoundDevice(
                "output", f"pulse:sink:{name}", _description(sink), name, "pulse",
                is_default=name == default_sink, samplerate=int(sink.sample_spec.rate),
                channels=int(sink.channel_count)))
        devices = [e for e in devices if e.system_name != virtual_mic.FEED_SINK
                   and not e.system_name.startswith(app_capture.SINK_PREFIX)]
        # "Translator microphone" is offered whether or not it exists yet: Start makes it.
        devices.append(SoundDevice("output", f"pulse:sink:{virtual_mic.FEED_SINK}", virtual_mic.DESCRIPTION,
                                   virtual_mic.FEED_SINK, "pulse", samplerate=virtual_mic.RATE, channels=2))
        return _unique_labels(devices)
    by_name = {str(s.name): s for s in sinks}
    monitors = {str(s.monitor_source_name): str(s.name) for s in sinks}
    real, sound_from = [], []
    for source in sources:
        name = str(source.name)
        carries = _carries(source, monitors)
        if carries is not None and carries.startswith(app_capture.SINK_PREFIX):
            continue  # an app's sound while Translator captures it: offered as "Sound from: <app>"
        settings: dict[str, Any] = {"is_default": name == default_source, "samplerate": int(source.sample_spec.rate),
                                    "channels": int(source.channel_count)}
        if carries is not None and getattr(source, "monitor_of_sink_name", None):
            sink = by_name.get(carries)
            label = SOUND_FROM + (_description(sink) if sink is not None else carries)
            sound_from.append(SoundDevice("input", f"pulse:source:{name}", label, name, "pulse",
                                          monitor_of=carries, **settings))
        elif source.proplist.get("device.class") != "monitor":
            real.append(SoundDevice("input", f"pulse:source:{name}", _description(source), name, "pulse",
                                    monitor_of=carries, **settings))
    # One app alone (the meeting, not the music player): its streams are diverted when capture starts.
    sound_from += [SoundDevice("input", f"{APP_KEY_PREFIX}{app}", SOUND_FROM + app, app, "pulse", app=app,
                               samplerate=app_capture.RATE, channels=2) for app in apps]
    return _unique_labels(real + sound_from)


# -- PortAudio (Windows, macOS, or Linux without a sound server) -------------------------------


def _wasapi_loopbacks() -> list[SoundDevice]:
    """Windows: "Sound from: <output>" for every output, through WASAPI loopback (PyAudioWPatch)."""
    from translator_gui.audio import windows_loopback  # numpy and the Windows library: not before the window

    suffix = windows_loopback.LOOPBACK_SUFFIX
    return [SoundDevice("input", f"wasapi:{d['name']}", SOUND_FROM + d["name"], d["name"] + suffix, "wasapi",
                        monitor_of=d["name"], samplerate=d["rate"], channels=d["channels"])
            for d in windows_loopback.loopback_devices()]


def _macos_system_sound() -> list[SoundDevice]:
    """macOS 13+: what the Mac plays but Translator, and each app alone (ScreenCaptureKit)."""
    from translator_gui.audio import macos_system_audio as system  # numpy: not before the window

    if not system.available():
        return []
    # BlackHole stays for the virtual microphone. One app alone: the app is chosen by the capture's
    # content filter, nothing to divert (not .app).
    return [SoundDevice("input", "macos:system", system.LABEL, system.SYSTEM, "macos-system",
                        samplerate=system.RATE, channels=system.CHANNELS),
            *(SoundDevice("input", f"{system.APP_KEY_PREFIX}{app.name}", SOUND_FROM + app.name, app.bundle_id,
                          "macos-system", samplerate=system.RATE, channels=system.CHANNELS)
              for app in system.running_apps())]


def _portaudio_sound_devices(kind: Kind, platform: str) -> list[SoundDevice]:
    found = []
    loopbacks = _wasapi_loopbacks() if kind == "input" and platform == "win32" else []
    system_sound = _macos_system_sound() if kind == "input" and platform == "darwin" else []
    loopbacks += system_sound
    for device in list_devices(kind):
        if loopbacks and "[loopback]" in device.name.casefold():
            continue  # the same device, offered through WASAPI loopback below
        label, monitor_of = device.name, None
        lowered = device.name.casefold()
        if kind == "input" and platform == "win32" and "[loopback]" in lowered:
            target = re.sub(r"\s*\[loopback\]", "", device.name, flags=re.IGNORECASE).strip()
            label, monitor_of = SOUND_FROM + target, target
        elif (kind == "input" and platform in ("darwin", "win32") and not system_sound
              and any(n in lowered for n in _LOOPBACK_NAMES)):
            label = SOUND_FROM + device.name
            monitor_of = device.name  # what is played into the virtual device of that name
        found.append(SoundDevice(
            kind, f"portaudio:{device.name}", label, device.name, "portaudio",
            is_default=device.is_default_input if kind == "input" else device.is_default_output,
            monitor_of=monitor_of, samplerate=int(device.default_samplerate),
            channels=device.max_input_channels if kind == "input" else device.max_output_channels))
    return _unique_labels(found + loopbacks)


def list_sound_devices(kind: Kind, platform: str | None = None) -> list[SoundDevice]:
    """Inputs or outputs by human name. On Linux, the sound server's list (with monitors as
    "Sound from: …"); elsewhere, or when no server answers, PortAudio's devices."""
    platform = sys.platform if platform is None else platform
    if platform.startswith("linux"):
        with contextlib.suppress(PulseUnavailable):
            return pulse_sound_devices(kind)
    return _portaudio_sound_devices(kind, platform)


def _nothing(kind: Kind) -> DeviceNotFoundError:
    what = "input (microphone or meeting sound)" if kind == "input" else "output (headphones or speakers)"
    return DeviceNotFoundError(
        f"No {what} was found; connect one or enable it in the system sound settings, then choose "
        "Refresh devices.")


def find_sound_device(spec: str | None, kind: Kind, devices: Sequence[SoundDevice] | None = None) -> SoundDevice:
    """The sound device ``spec`` names: ``None``/empty is the system default; otherwise a saved
    :attr:`~SoundDevice.key`, then a label or system name (case-insensitive, exact before partial;
    "Built-in" finds "Sound from: Built-in speakers"). Partial matches go in list order (real
    inputs before "Sound from: …"). PortAudio's generic names ("default", "pulse"), as saved by
    earlier versions, mean the system default; a number is a PortAudio device index. Raises
    :class:`DeviceNotFoundError` naming what exists."""
    found = list(list_sound_devices(kind) if devices is None else devices)
    if not found:
        raise _nothing(kind)
    spec = (spec or "").strip()
    if not spec:
        return next((e for e in found if e.is_default), found[0])
    for e in found:
        if e.key == spec:
            return e
    if spec.isdigit():  # a PortAudio index, as the command line has always accepted
        device = find_device(int(spec), kind)
        return SoundDevice(
            kind, f"portaudio:{device.name}", device.name, device.name, "portaudio",
            is_default=device.is_default_input if kind == "input" else device.is_default_output,
            samplerate=int(device.default_samplerate),
            channels=device.max_input_channels if kind == "input" else device.max_output_channels)
    wanted = spec.casefold()
    for test in (
        lambda e: e.label.casefold() == wanted or e.system_name.casefold() == wanted,
        lambda e: e.label.casefold().removeprefix(SOUND_FROM.casefold()) == wanted,
        lambda e: wanted in e.label.casefold(),
        lambda e: wanted in e.system_name.casefold(),
    ):
        for e in found:
            if test(e):
                return e
    if wanted in _GENERIC_NAMES:
        # A name saved before devices had human names ("default", "pulse"): the system default.
        return next((e for e in found if e.is_default), found[0])
    if kind == "input" and spec.startswith(APP_KEY_PREFIX):
        app = spec.removeprefix(APP_KEY_PREFIX)
        raise DeviceNotFoundError(f"“{app}” is not playing sound now: start its sound (join the call), then "
                                  f"choose “{SOUND_FROM}{app}” again, or listen to an output instead.")
    from translator_gui.audio import macos_system_audio

    if kind == "input" and spec.startswith(macos_system_audio.APP_KEY_PREFIX):
        raise DeviceNotFoundError(macos_system_audio.app_missing_sentence(
            spec.removeprefix(macos_system_audio.APP_KEY_PREFIX)))
    available = ", ".join(f"“{e.label}”" for e in found)
    raise DeviceNotFoundError(f"No {kind} matches “{spec}”. Available: {available}.")


# -- opening streams --------------------------------------------------------------------------------


def _pulse_portaudio_device(kind: Kind) -> AudioDevice:
    devices = list_devices(kind)
    for name in ("pulse", "default"):
        for device in devices:
            if device.name == name:
                return device
    raise DeviceNotFoundError(
        "Sound devices of PulseAudio/PipeWire cannot be opened because ALSA has no 'pulse' device: "
        "install 'libasound2-plugins' (or 'pipewire-alsa'), then restart Translator.")


def _device_for(device: SoundDevice, kind: Kind) -> AudioDevice:
    if device.kind != kind:
        raise ValueError(f"“{device.label}” is an {device.kind}, not an {kind}")
    if device.app is not None and not device.system_name.endswith(".monitor"):
        raise DeviceNotFoundError(
            f"“{device.label}” is captured only while a direction listens to it; press Start.")
    if device.backend == "pulse":
        opened = _pulse_portaudio_device(kind)
    else:
        match = next((d for d in list_devices(kind) if d.name == device.system_name), None)
        if match is None:
            raise DeviceNotFoundError(
                f"The {kind} “{device.label}” is not connected any more; choose another device "
                "or plug it back in and choose Refresh devices.")
        opened = match
    return replace(opened, name=device.label)


def _stream_settings(device: SoundDevice, kwargs: dict[str, Any]) -> dict[str, Any]:
    settings = dict(kwargs)
    if device.backend == "pulse":
        # Open at the device's own rate so that the sound server does not resample as well.
        if device.samplerate > 0:
            settings.setdefault("samplerate", device.samplerate)
        # Mono both ways: the sound server mixes a stereo source down and spreads the (mono) speech
        # over every channel of the output in its own process, so the app's real-time callbacks
        # move half the samples and never mix channels themselves.
        settings.setdefault("channels", 1)
    return settings


def _open_loopback(device: SoundDevice, kwargs: dict[str, Any]) -> Any:
    from translator_gui.audio import windows_loopback

    match = next((d for d in windows_loopback.loopback_devices() if d["name"] == device.monitor_of), None)
    if match is None:
        raise DeviceNotFoundError(
            f"“{device.label}” is not connected any more; choose another input or plug the output back "
            "in and choose Refresh devices.")
    opened = AudioDevice(match["index"], device.label, "Windows WASAPI", match["channels"], 0, float(match["rate"]),
                         False, False)
    settings = {"samplerate": match["rate"], "channels": min(match["channels"], 2), **kwargs}
    return windows_loopback.LoopbackCapture(opened, **settings)


def _open(stream: Callable[..., _Stream], device: SoundDevice, kind: Kind, kwargs: dict[str, Any]) -> _Stream:
    if device.backend in ("wasapi", "macos-system"):
        if kind != "input":
            raise ValueError(f"“{device.label}” is an input, not an output")
        if device.backend == "macos-system":
            from translator_gui.audio import macos_system_audio

            settings = {k: v for k, v in kwargs.items() if k not in ("samplerate", "channels")}
            bundle = None if device.system_name == macos_system_audio.SYSTEM else device.system_name
            system: _Stream = macos_system_audio.SystemAudioCapture(device.label, bundle, **settings)
            return system
        loopback: _Stream = _open_loopback(device, kwargs)
        return loopback
    opened = _device_for(device, kind)
    settings = _stream_settings(device, kwargs)
    if device.backend == "pulse":
        with pulse_routing.routed(kind, device.system_name):
            return stream(opened, **settings)
    return stream(opened, **settings)


def open_capture(device: SoundDevice, **kwargs: Any) -> Capture:
    """A :class:`~translator_gui.audio.capture.Capture` on ``device`` (keyword arguments are
    passed on). The capture's ``device.name`` is the sound device's label, so error sentences name it."""
    from translator_gui.audio.capture import Capture

    return _open(Capture, device, "input", kwargs)


def open_playback(device: SoundDevice, **kwargs: Any) -> Playback:
    """A :class:`~translator_gui.audio.playback.Playback` on ``device`` (keyword arguments are
    passed on)."""
    from translator_gui.audio.playback import Playback

    return _open(Playback, device, "output", kwargs)


# -- advice ---------------------------------------------------------------------------------------------


def meeting_sound_guide(inputs: Sequence[SoundDevice], platform: str | None = None) -> str | None:
    """How to make the meeting's sound available, or None when an input already carries it."""
    if any(e.captures_output for e in inputs):
        return None
    platform = sys.platform if platform is None else platform
    if platform == "win32":
        return (
            "To translate what the meeting plays, turn on “Stereo Mix” (Sound settings → More sound "
            "settings → Recording → right-click → Show disabled devices → Enable), or install a "
            "virtual cable such as VB-CABLE and set the meeting app's speaker to “CABLE Input”; then "
            "choose Refresh devices and pick it here.")
    if platform == "darwin":
        return (
            "To translate what the meeting plays, install BlackHole (free) or Loopback, create a "
            "Multi-Output Device in Audio MIDI Setup with your speakers and BlackHole, set it as the "
            "meeting app's speaker, then choose Refresh devices and pick “Sound from: BlackHole”.")
    return (
        "To translate what the meeting plays, Translator needs PulseAudio or PipeWire with its pulse "
        "server; install 'pulseaudio' (or 'pipewire-pulse'), then choose Refresh devices.")


VB_CABLE_URL = "https://vb-audio.com/Cable/"
BLACKHOLE_URL = "https://existential.audio/blackhole/"


def virtual_mic_guide(outputs: Sequence[SoundDevice], platform: str | None = None) -> str | None:
    """How to get a virtual microphone for *Me → them* where Translator cannot make one (Windows,
    macOS: it takes a driver, recognised by name), or None when one is there (or on Linux, where
    Translator makes "Translator microphone" itself)."""
    platform = sys.platform if platform is None else platform
    names = [e.system_name.casefold() for e in outputs]
    if platform == "win32" and not any("cable input" in n or "vb-audio" in n for n in names):
        return ("To speak into the meeting in their language, install the free VB-CABLE driver "
                f"({VB_CABLE_URL}), choose “CABLE Input” under Play translation into, and “CABLE Output” as "
                "the meeting app's microphone.")
    if platform == "darwin" and not any("blackhole" in n for n in names):
        return ("To speak into the meeting in their language, install the free BlackHole driver "
                f"({BLACKHOLE_URL}), choose “BlackHole 2ch” under Play translation into, and as the meeting "
                "app's microphone.")
    return None
