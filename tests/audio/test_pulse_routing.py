"""Linux: the sound server's source or sink a stream opens on, chosen through ``PULSE_SOURCE`` /
``PULSE_SINK``, which hold their places in the environment from launch so that opening a stream
beside other threads never adds or removes a variable.

PortAudio starts once per process, so the streams are opened in a fresh interpreter."""

from __future__ import annotations

import ctypes
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Literal

import pytest

from tests.testbed import PulseBed
from translator_gui.audio import pulse_routing

ROOT = Path(__file__).resolve().parents[2]

# A launch as the app's: the variables reserved first; then where streams on ALSA's pulse device
# land, unrouted and routed, and where an unrouted one lands once the server's default changed.
PROBE = """
import contextlib, json, os, sys
import pulsectl
from translator_gui.audio import devices, pulse_routing
if sys.argv[1:] != ["unreserved"]:
    pulse_routing.reserve()
sd = devices.portaudio()

def lands(kind, route=None):
    make = sd.RawOutputStream if kind == "output" else sd.RawInputStream
    with pulse_routing.routed(kind, route) if route else contextlib.nullcontext():
        stream = make(device="pulse", samplerate=48000, channels=1, dtype="float32")
    stream.start()
    try:
        with pulsectl.Pulse("routing-probe") as server:
            if kind == "output":
                return [server.sink_info(s.sink).name for s in server.sink_input_list()
                        if s.proplist.get("application.process.id") == str(os.getpid())]
            return [server.source_info(s.source).name for s in server.source_output_list()
                    if s.proplist.get("application.process.id") == str(os.getpid())]
    finally:
        stream.close()

seen = {"reserved": {k: os.environ.get(k) for k in pulse_routing.DEFAULTS},
        "output": lands("output"), "input": lands("input"),
        "routed output": lands("output", "virtualmic"), "routed input": lands("input", "speaker.monitor")}
seen["after"] = {k: os.environ.get(k) for k in pulse_routing.DEFAULTS}
with pulsectl.Pulse("routing-probe") as server:
    server.sink_default_set(server.get_sink_by_name("virtualmic"))
seen["output, new default"] = lands("output")
print(json.dumps(seen))
"""


def _probe(pulse: PulseBed, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if k not in pulse_routing.DEFAULTS}
    try:
        return subprocess.run([sys.executable, "-c", PROBE, *args], capture_output=True, text=True, timeout=60,
                              cwd=ROOT, env={**clean, **pulse.env, **env})
    finally:
        pulse.pactl("set-default-sink", "speaker")


@pytest.mark.audio
def test_streams_open_on_the_servers_defaults_or_the_chosen_device_with_the_variables_reserved(
    pulse: PulseBed,
) -> None:
    done = _probe(pulse)
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout.splitlines()[-1])
    assert seen["reserved"] == seen["after"] == pulse_routing.DEFAULTS
    assert seen["output"] == ["speaker"] and seen["input"] == ["micfeed.monitor"]  # the bed's defaults
    assert seen["routed output"] == ["virtualmic"] and seen["routed input"] == ["speaker.monitor"]
    # The default is looked up at each connect, not fixed at launch.
    assert seen["output, new default"] == ["virtualmic"]


@pytest.mark.audio
def test_an_empty_variable_is_no_way_to_reserve_the_place(pulse: PulseBed) -> None:
    """Why the reserved value is the server's own name for its default: to libpulse an empty
    ``PULSE_SINK`` names a device that does not exist, and the stream does not open."""
    done = _probe(pulse, "unreserved", PULSE_SINK="")
    assert done.returncode != 0
    assert "PortAudioError" in done.stderr


def _unset(monkeypatch: pytest.MonkeyPatch, variable: str) -> None:
    """Unset for the test, and as it was afterwards (``delenv`` alone records nothing for a variable
    that was not set, so one that the test then sets would stay)."""
    monkeypatch.setenv(variable, "")
    monkeypatch.delenv(variable)


def test_the_reserved_variables_are_changed_in_place_never_added_or_removed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Streams open beside other threads: the environment's array, which their ``getenv`` walks,
    must not move or shift, so once reserved a variable is only given another value."""
    environ = ctypes.c_void_p.in_dll(ctypes.CDLL(None), "environ")
    for variable in pulse_routing.DEFAULTS:
        _unset(monkeypatch, variable)
    pulse_routing.reserve("darwin")
    assert not set(pulse_routing.DEFAULTS) & set(os.environ)
    pulse_routing.reserve("linux")
    assert {k: os.environ[k] for k in pulse_routing.DEFAULTS} == pulse_routing.DEFAULTS
    array = environ.value
    assert array is not None
    names = ctypes.cast(array, ctypes.POINTER(ctypes.c_char_p))
    count = next(i for i in range(10_000) if names[i] is None)
    routes: tuple[tuple[Literal["input", "output"], str], ...] = (("output", "PULSE_SINK"), ("input", "PULSE_SOURCE"))
    for kind, variable in routes:
        with pulse_routing.routed(kind, "chosen"):
            assert os.environ[variable] == "chosen"
            assert environ.value == array and names[count] is None and names[count - 1] is not None
    assert {k: os.environ[k] for k in pulse_routing.DEFAULTS} == pulse_routing.DEFAULTS
    assert environ.value == array and names[count] is None and names[count - 1] is not None


def test_the_persons_own_choice_is_kept_and_an_unreserved_variable_is_set_only_for_the_open(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("PULSE_SINK", "my-sink")
    _unset(monkeypatch, "PULSE_SOURCE")
    with pulse_routing.routed("output", "headphones"):
        assert os.environ["PULSE_SINK"] == "headphones"
    with pulse_routing.routed("input", "micfeed.monitor"):
        assert os.environ["PULSE_SOURCE"] == "micfeed.monitor"
    assert os.environ["PULSE_SINK"] == "my-sink" and "PULSE_SOURCE" not in os.environ
    pulse_routing.reserve("linux")
    assert (os.environ["PULSE_SINK"], os.environ["PULSE_SOURCE"]) == ("my-sink", "@DEFAULT_SOURCE@")
