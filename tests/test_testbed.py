from __future__ import annotations

import os
import subprocess

import keyring
import sounddevice as sd

from tests.audio.pumping import pump_until
from tests.testbed import KeyringBed, PulseBed


def test_pulse_devices_are_visible_to_portaudio(pulse: PulseBed) -> None:
    names = [d["name"] for d in sd.query_devices()]
    assert "pulse" in names
    sinks = pulse.pactl("list", "short", "sinks")
    for sink in ("speaker", "micfeed", "virtualmic"):
        assert sink in sinks


def test_the_sound_server_counts_a_stream_that_ran_out(pulse: PulseBed) -> None:
    """A player fed 0.2 s of sound and then nothing: the daemon runs out of its audio once."""
    with pulse.underruns() as underruns:
        player = subprocess.Popen(
            ["pacat", "--playback", "--device=speaker", "--raw", "--rate=24000", "--channels=1",
             "--format=s16le", "--latency-msec=20", "--stream-name=probe"],
            env={**os.environ, **pulse.env}, stdin=subprocess.PIPE,
        )
        try:
            assert player.stdin is not None
            player.stdin.write(b"\x10\x00" * 4_800)
            player.stdin.flush()
            pump_until(lambda: underruns("probe") > 0, 10.0, "the daemon to note that the player ran out")
            assert underruns("ALSA Playback") == 0  # another stream's are not counted
        finally:
            player.kill()
            player.wait()


def test_keyring_is_the_secret_service(secret_service: KeyringBed) -> None:
    backend = keyring.get_keyring()
    assert "SecretService" in type(backend).__module__ + type(backend).__name__
    keyring.set_password("translator-gui-testbed", "probe", "sk-test")
    assert keyring.get_password("translator-gui-testbed", "probe") == "sk-test"
    keyring.delete_password("translator-gui-testbed", "probe")
