"""Linux: while PortAudio lists devices, ALSA shows it the sound server only, so the plugins of
devices Translator never opens (the a52 encoder with libavcodec, JACK, OSS…) are not loaded; the
person's own ALSA configuration, no server, or a missing pulse plugin each leave ALSA as it was.

PortAudio starts once per process, so each start is looked at in a fresh interpreter."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.testbed import PulseBed
from translator_gui.audio import alsa_listing

pytestmark = pytest.mark.audio

ROOT = Path(__file__).resolve().parents[2]

# A fresh start: optionally another narrowed configuration, then what PortAudio lists, which ALSA
# plugins are loaded, and a second of silence played on the server's device.
PROBE = """
import json, sys
from translator_gui.audio import alsa_listing, devices
if len(sys.argv) > 1:
    alsa_listing.SERVER_ONLY = sys.argv[1]
sd = devices.portaudio()
names = [d.name for d in devices.list_devices("output")]
stream = sd.RawOutputStream(device=alsa_listing.SERVER_DEVICE, samplerate=48000, channels=1, dtype="float32")
stream.start()
stream.write(bytes(48000 * 4))
stream.close()
plugins = sorted({line.split("libasound_module_pcm_")[1].split(".so")[0]
                  for line in open("/proc/self/maps") if "libasound_module_pcm_" in line})
print(json.dumps({"names": names, "plugins": plugins}))
"""


def _start(pulse: PulseBed, *args: str, **env: str) -> dict[str, list[str]]:
    done = subprocess.run([sys.executable, "-c", PROBE, *args], capture_output=True, text=True, timeout=60,
                          cwd=ROOT, env={**os.environ, **pulse.env, **env})
    assert done.returncode == 0, done.stderr
    result: dict[str, list[str]] = json.loads(done.stdout.splitlines()[-1])
    return result


@pytest.fixture
def plugins_installed() -> None:
    if not list(Path("/usr/lib").glob("*/alsa-lib/libasound_module_pcm_a52.so")):
        pytest.skip("needs ALSA's usual plugins (libasound2-plugins), as tests/run.sh installs")


def test_portaudio_lists_the_server_only_and_loads_none_of_the_other_plugins(
    pulse: PulseBed, plugins_installed: None,
) -> None:
    started = _start(pulse)
    assert started["names"] == ["pulse", "default"]
    assert started["plugins"] == ["pulse"]


def test_the_persons_own_alsa_configuration_is_left_alone(
    pulse: PulseBed, plugins_installed: None, tmp_path: Path,
) -> None:
    own = tmp_path / "asound.conf"
    own.write_text("pcm.pulse { type pulse }\npcm.mine { type pulse }\npcm.default { type pulse }\n")
    assert _start(pulse, ALSA_CONFIG_PATH=str(own))["names"] == ["pulse", "mine", "default"]


def test_without_a_working_server_device_portaudio_lists_again_on_the_systems_configuration(
    pulse: PulseBed, plugins_installed: None,
) -> None:
    """As where ALSA's pulse plugin is missing: the narrowed list is empty, the system's is used."""
    absent = alsa_listing.SERVER_ONLY.replace("type pulse", "type translator_absent")
    started = _start(pulse, absent)
    assert "pulse" in started["names"]
    assert "a52" in started["plugins"]  # the system's configuration, with every plugin


def test_the_narrowing_needs_linux_a_server_and_no_configuration_of_the_persons(
    pulse: PulseBed, monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("ALSA_CONFIG_PATH", raising=False)
    with alsa_listing.server_only() as narrowed:
        assert narrowed
        path = os.environ["ALSA_CONFIG_PATH"]
        assert Path(path).read_text() == alsa_listing.SERVER_ONLY
    assert "ALSA_CONFIG_PATH" not in os.environ
    with alsa_listing.server_only("win32") as narrowed:
        assert not narrowed and "ALSA_CONFIG_PATH" not in os.environ
    monkeypatch.setenv("ALSA_CONFIG_PATH", "/etc/mine.conf")
    with alsa_listing.server_only() as narrowed:
        assert not narrowed and os.environ["ALSA_CONFIG_PATH"] == "/etc/mine.conf"
    monkeypatch.delenv("ALSA_CONFIG_PATH")
    monkeypatch.setenv("PULSE_SERVER", "unix:/nonexistent/native")
    with alsa_listing.server_only() as narrowed:
        assert not narrowed and "ALSA_CONFIG_PATH" not in os.environ


def test_the_variable_reserved_at_launch_is_changed_in_place_and_left_empty(
    pulse: PulseBed, monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The first listing runs beside other threads: the environment's array, which their ``getenv``
    walks, must not move, so the variable is neither added nor removed then."""
    import ctypes

    environ = ctypes.c_void_p.in_dll(ctypes.CDLL(None), "environ")
    monkeypatch.delenv("ALSA_CONFIG_PATH", raising=False)
    alsa_listing.reserve("darwin")
    assert "ALSA_CONFIG_PATH" not in os.environ
    alsa_listing.reserve()
    assert os.environ["ALSA_CONFIG_PATH"] == ""
    array = environ.value
    with alsa_listing.server_only() as narrowed:
        assert narrowed and Path(os.environ["ALSA_CONFIG_PATH"]).read_text() == alsa_listing.SERVER_ONLY
        assert environ.value == array
    assert os.environ["ALSA_CONFIG_PATH"] == "" and environ.value == array
    monkeypatch.setenv("ALSA_CONFIG_PATH", "/etc/mine.conf")
    alsa_listing.reserve()
    assert os.environ["ALSA_CONFIG_PATH"] == "/etc/mine.conf"


def test_alsa_reads_the_reserved_empty_variable_as_the_systems_configuration(
    pulse: PulseBed, plugins_installed: None,
) -> None:
    """Narrowed all the same; and where the narrowed list has no working device, the list made again
    with the empty variable is the system's, every plugin loaded."""
    assert _start(pulse, ALSA_CONFIG_PATH="") == {"names": ["pulse", "default"], "plugins": ["pulse"]}
    started = _start(pulse, alsa_listing.SERVER_ONLY.replace("type pulse", "type translator_absent"),
                     ALSA_CONFIG_PATH="")
    assert "pulse" in started["names"] and "a52" in started["plugins"]
