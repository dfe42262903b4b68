"""Test bed: Qt offscreen, private app directories, real PulseAudio devices, a real keyring."""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import keyring.backend
import keyring.core
import pytest
from hypothesis import settings

# A shared two-core machine is noisy: judge properties, not per-example timing.
settings.register_profile("translator", deadline=None)
settings.load_profile("translator")

# Qt must never look for a real screen, and the app must never touch the real user's files.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
_home = Path(tempfile.mkdtemp(prefix="tr-home-"))
for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
    os.environ[var] = str(_home / var.lower())
os.environ.pop("OPENAI_API_KEY", None)
os.environ.pop("OPENAI_BASE_URL", None)

from tests.testbed import KeyringBed, PulseBed  # noqa: E402

if TYPE_CHECKING:
    from translator_gui.ui.i18n import Installed

FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(scope="session")
def pulse() -> Iterator[PulseBed]:
    """A private PulseAudio daemon; its devices are what sounddevice sees."""
    bed = PulseBed.start()
    saved = {k: os.environ.get(k) for k in bed.env}
    os.environ.update(bed.env)
    if "sounddevice" in sys.modules:  # PortAudio enumerated devices before the daemon existed
        from translator_gui.audio.devices import portaudio

        portaudio(restart=True)
    try:
        yield bed
    finally:
        bed.stop()
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


def _choose_keyring_again() -> None:
    """keyring looks for usable backends once per process: an app made by an earlier test, before
    the test bus existed, left it on the "no keyring" one. Look again, now that the bus is there."""
    with contextlib.suppress(KeyError):  # nothing to forget when it never looked
        keyring.backend.get_all_keyring.reset()
    keyring.core.init_backend()


@pytest.fixture(scope="session")
def secret_service() -> Iterator[KeyringBed]:
    """A private session bus with an unlocked gnome-keyring; keyring's default backend uses it."""
    bed = KeyringBed.start()
    saved = os.environ.get("DBUS_SESSION_BUS_ADDRESS")
    os.environ["DBUS_SESSION_BUS_ADDRESS"] = bed.bus_address
    _choose_keyring_again()
    try:
        yield bed
    finally:
        bed.stop()
        if saved is None:
            os.environ.pop("DBUS_SESSION_BUS_ADDRESS", None)
        else:
            os.environ["DBUS_SESSION_BUS_ADDRESS"] = saved
        _choose_keyring_again()


@pytest.fixture(scope="session")
def jfk_flac() -> Path:
    path = FIXTURES / "jfk.flac"
    if not path.exists():
        pytest.fail(f"speech fixture missing: {path}")
    return path


@pytest.fixture
def speaking(qapp: object) -> Iterator[list[Installed]]:
    """The translations a test installs (``install_translations``): removed after it."""
    installed: list[Installed] = []
    yield installed
    for each in installed:
        each.remove()
