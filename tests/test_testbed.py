from __future__ import annotations

import keyring
import sounddevice as sd

from tests.testbed import KeyringBed, PulseBed


def test_pulse_devices_are_visible_to_portaudio(pulse: PulseBed) -> None:
    names = [d["name"] for d in sd.query_devices()]
    assert "pulse" in names
    sinks = pulse.pactl("list", "short", "sinks")
    for sink in ("speaker", "micfeed", "virtualmic"):
        assert sink in sinks


def test_keyring_is_the_secret_service(secret_service: KeyringBed) -> None:
    backend = keyring.get_keyring()
    assert "SecretService" in type(backend).__module__ + type(backend).__name__
    keyring.set_password("translator-gui-testbed", "probe", "sk-test")
    assert keyring.get_password("translator-gui-testbed", "probe") == "sk-test"
    keyring.delete_password("translator-gui-testbed", "probe")
