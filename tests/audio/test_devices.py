from __future__ import annotations

import platform
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import sounddevice as sd

from tests.testbed import PulseBed
from translator_gui.audio.devices import (
    AudioDevice,
    DeviceNotFoundError,
    find_device,
    list_devices,
    portaudio_problem,
)
from translator_gui.audio.errors import AudioDeviceError

REPO = Path(__file__).resolve().parents[2]


# -- the real PulseAudio test bed --------------------------------------------------------------


@pytest.mark.audio
def test_lists_the_pulse_devices_with_the_default_marked(pulse: PulseBed) -> None:
    inputs = list_devices("input")
    outputs = list_devices("output")
    assert {"pulse", "default"} <= {d.name for d in inputs}
    assert {"pulse", "default"} <= {d.name for d in outputs}
    assert all(d.max_input_channels > 0 for d in inputs)
    assert all(d.hostapi == "ALSA" for d in inputs)
    assert [d.name for d in inputs if d.is_default_input] == ["default"]
    assert [d.name for d in outputs if d.is_default_output] == ["default"]


@pytest.mark.audio
def test_find_device_by_default_index_and_name(pulse: PulseBed) -> None:
    default = find_device(None, "input")
    assert default.is_default_input and default.name == "default"
    assert find_device("", "output").is_default_output
    pulse_dev = next(d for d in list_devices("input") if d.name == "pulse")
    assert find_device(pulse_dev.index, "input") == pulse_dev
    assert find_device(str(pulse_dev.index), "input") == pulse_dev
    assert find_device("PUL", "input") == pulse_dev
    assert find_device("  Default ", "output").name == "default"


@pytest.mark.audio
def test_not_found_names_what_is_available(pulse: PulseBed) -> None:
    with pytest.raises(DeviceNotFoundError) as caught:
        find_device("foo", "input")
    assert str(caught.value) == "No input device matches 'foo'. Available: pulse, default."
    assert isinstance(caught.value, AudioDeviceError)
    with pytest.raises(DeviceNotFoundError) as caught:
        find_device(99, "output")
    assert str(caught.value) == "There is no output device number 99. Available: pulse, default."


# -- made-up device lists, for cases the test bed cannot produce ------------------------------


def _fake_portaudio(monkeypatch: pytest.MonkeyPatch, devices: list[tuple[str, int, int]],
                    default_in: int, default_out: int) -> None:
    infos = [
        {"index": i, "name": name, "hostapi": 0, "max_input_channels": ins,
         "max_output_channels": outs, "default_samplerate": 48000.0}
        for i, (name, ins, outs) in enumerate(devices)
    ]

    def query_devices(device: Any = None, kind: str | None = None) -> Any:
        if kind is None:
            return infos
        index = default_in if kind == "input" else default_out
        if index < 0:
            raise sd.PortAudioError("Error querying device -1")
        return infos[index]

    monkeypatch.setattr(sd, "query_devices", query_devices)
    monkeypatch.setattr(sd, "query_hostapis", lambda: [{"name": "Fake API"}])


def test_exact_name_wins_over_a_longer_name_containing_it(monkeypatch: pytest.MonkeyPatch) -> None:
    _fake_portaudio(monkeypatch, [("USB Mic (2)", 1, 0), ("USB Mic", 1, 0), ("Speakers", 0, 2)], 0, 2)
    assert find_device("usb mic", "input").index == 1
    assert find_device("usb", "input").index == 0
    assert find_device("mic (2", "input").hostapi == "Fake API"


def test_an_index_that_cannot_do_the_job_says_so(monkeypatch: pytest.MonkeyPatch) -> None:
    _fake_portaudio(monkeypatch, [("Mic", 1, 0), ("Speakers", 0, 2)], 0, 1)
    with pytest.raises(DeviceNotFoundError) as caught:
        find_device(1, "input")
    assert str(caught.value) == "Device 1 ('Speakers') cannot be used as an input device; choose one of: Mic."


def test_no_input_device_at_all(monkeypatch: pytest.MonkeyPatch) -> None:
    _fake_portaudio(monkeypatch, [("Speakers", 0, 2)], -1, 0)
    assert list_devices("input") == []
    with pytest.raises(DeviceNotFoundError, match=r"^No input device was found; connect a microphone"):
        find_device(None, "input")
    assert find_device(None, "output").name == "Speakers"


def test_without_a_system_default_the_first_device_is_used(monkeypatch: pytest.MonkeyPatch) -> None:
    _fake_portaudio(monkeypatch, [("Speakers", 0, 2), ("Mic A", 1, 0), ("Mic B", 1, 0)], -1, -1)
    device = find_device(None, "input")
    assert device == AudioDevice(1, "Mic A", "Fake API", 1, 0, 48000.0, False, False)


# -- PortAudio missing ---------------------------------------------------------------------------


def test_portaudio_present_is_no_problem() -> None:
    assert portaudio_problem() is None


def test_missing_portaudio_library_gives_the_install_command() -> None:
    # Exactly what sounddevice meets on a Linux machine without libportaudio2: find_library
    # finds nothing, and importing sounddevice raises OSError.
    script = (
        "import ctypes.util\n"
        "ctypes.util.find_library = lambda name: None\n"
        "from translator_gui.audio.devices import portaudio_problem\n"
        "print(portaudio_problem())\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=REPO, capture_output=True, text=True, timeout=60, check=True
    )
    message = result.stdout.strip()
    assert message.startswith("Translator cannot use sound because the PortAudio library is missing")
    release = platform.freedesktop_os_release()
    if "debian" in {release.get("ID"), *release.get("ID_LIKE", "").split()}:
        assert "'sudo apt install libportaudio2'" in message
    assert message.endswith("then restart Translator.")
