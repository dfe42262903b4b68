"""The sound server on Linux — PulseAudio, or PipeWire's pulse server — spoken to through its own
protocol (libpulse, by way of the ``pulsectl`` library), so that nothing depends on the ``pactl``
program (absent in a Flatpak sandbox, and its text output changes between versions).

Every connection here is short: open, ask or change, close (≈ 3 ms on a local server). What
Translator adds to the server — a virtual microphone, a capture sink for one app, a lowered
stream volume — carries :data:`OWNER_PROPERTY` with the process id that made it, so that the next
start can find and undo what a crashed run left behind, without touching what a running
Translator still uses.
"""

from __future__ import annotations

import contextlib
import functools
import os
from collections.abc import Iterator, Mapping
from typing import Any

__all__ = [
    "OWNER_PROPERTY",
    "PulseUnavailable",
    "client",
    "connected",
    "event_name",
    "left_behind",
    "module_arguments",
    "owner_value",
    "stop_exception",
]

OWNER_PROPERTY = "translator.owner"
"""Property on sinks and sources Translator made: ``<pid>``, the process that made them."""

_NO_SERVER = ("No PulseAudio or PipeWire sound server answered; start one (on PipeWire: "
              "'pipewire-pulse'), then choose Refresh devices.")


class PulseUnavailable(Exception):
    """The pulse library is missing, or no PulseAudio / PipeWire server answered or it went away."""


def _library() -> Any:
    try:
        import pulsectl
    except (ImportError, OSError) as error:  # OSError: libpulse.so.0 itself is missing
        raise PulseUnavailable(
            "Translator cannot talk to the sound server because libpulse or pulsectl is missing: "
            "install 'libpulse0' (or reinstall Translator), then restart it.") from error
    return pulsectl


@functools.cache
def _client_class() -> Any:
    """``pulsectl.Pulse`` whose listings own their sample specs.

    pulsectl copies the plain fields of libpulse's info structs, but a nested struct, such as a
    sink's or source's ``sample_spec``, it keeps as a view into libpulse's memory, which libpulse
    frees when the listing's callback returns. Read afterwards, a rate is whatever that memory
    holds by then: monitors came out at 32680 Hz and at 0 Hz on a server whose every device runs
    at 48 kHz, and a capture opened at such a rate has the server resample for nothing. So each
    listed item's spec is copied while libpulse's memory is still valid, inside the callback.
    """
    pulsectl = _library()

    class Pulse(pulsectl.Pulse):  # type: ignore[misc, name-defined]
        def _pulse_info_cb(self, info_cls: Any, data_list: list[Any], *args: Any) -> None:
            listed = len(data_list)
            super()._pulse_info_cb(info_cls, data_list, *args)
            for item in data_list[listed:]:
                spec = getattr(item, "sample_spec", None)
                if spec is not None:
                    item.sample_spec = type(spec).from_buffer_copy(spec)

    return Pulse


def client(purpose: str) -> Any:
    """A connected ``pulsectl.Pulse`` for a long-lived use (the caller closes it). Raises
    :class:`PulseUnavailable`."""
    pulsectl = _library()
    pulse = _client_class()(f"Translator {purpose}", connect=False)
    try:
        pulse.connect(autospawn=False)  # (pulsectl's connect timeout waits out the whole timeout)
    except pulsectl.PulseError as error:
        pulse.close()
        raise PulseUnavailable(f"{_NO_SERVER} ({error})") from error
    return pulse


def event_name(value: Any) -> str:
    """An event's facility or type (pulsectl's enum value, e.g. ``sink_input`` or ``new``) as its plain name."""
    return str(getattr(value, "_value", value))


def stop_exception() -> type[BaseException]:
    """The exception an event callback raises to end ``event_listen`` (pulsectl's own)."""
    exception: type[BaseException] = _library().PulseLoopStop
    return exception


@contextlib.contextmanager
def connected(purpose: str) -> Iterator[Any]:
    """A short connection to the sound server. Raises :class:`PulseUnavailable` when there is
    none or it goes away meanwhile; a refused operation raises ``pulsectl.PulseError``."""
    pulsectl = _library()
    pulse = client(purpose)
    try:
        yield pulse
    except pulsectl.PulseDisconnected as error:
        raise PulseUnavailable("The sound server went away (restarted or stopped); Translator "
                               "reconnects when it is back — choose Refresh devices.") from error
    finally:
        pulse.close()


def owner_value() -> str:
    """What :data:`OWNER_PROPERTY` says on things this process makes."""
    return str(os.getpid())


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def left_behind(proplist: Mapping[str, str]) -> bool:
    """Whether a sink or source was made by a Translator that is no longer running."""
    owner = proplist.get(OWNER_PROPERTY)
    if owner is None:
        return False
    if not owner.isdigit():
        return True
    pid = int(owner)
    return pid != os.getpid() and not _alive(pid)


def module_arguments(**arguments: str | Mapping[str, str]) -> str:
    """Module arguments as the server parses them; a mapping becomes a property list
    (``sink_properties="device.description='Translator microphone' translator.owner=42"``).
    Quotes inside values are dropped (the server's parser has no escape for them)."""

    def plain(value: str) -> str:
        return value.replace('"', "").replace("'", "")

    parts = []
    for key, value in arguments.items():
        if isinstance(value, Mapping):
            props = " ".join(f"{k}='{plain(v)}'" for k, v in value.items())
            parts.append(f'{key}="{props}"')
        else:
            parts.append(f"{key}={plain(value)}")
    return " ".join(parts)
