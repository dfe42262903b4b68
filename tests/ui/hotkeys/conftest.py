"""The hotkey fixtures: a fresh Xvfb per test, another client on it, and GlobalHotkeys given back
before the server stops."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.ui.hotkeys.xserver import MakeHotkey, XClient, XServer, listeners, read_display_number
from translator_gui.ui.hotkeys.global_hotkey import GlobalHotkey


@pytest.fixture
def xserver(tmp_path: Path) -> Iterator[XServer]:
    """A fresh Xvfb on a free display number."""
    exe = shutil.which("Xvfb")
    if exe is None:
        pytest.fail("Xvfb is missing: install the Debian package xvfb (tests/run.sh does)")
    log = tmp_path / "xvfb.log"
    read_fd, write_fd = os.pipe()
    with log.open("wb") as log_file:
        proc = subprocess.Popen(
            [exe, "-displayfd", str(write_fd), "-nolisten", "tcp", "-screen", "0", "640x480x24"],
            pass_fds=(write_fd,),
            stdin=subprocess.DEVNULL,
            stdout=log_file,
            stderr=subprocess.STDOUT,
        )
    os.close(write_fd)
    try:
        number = read_display_number(read_fd, timeout_s=20.0)
        if number is None:
            pytest.fail(f"Xvfb did not start: {log.read_text(errors='replace')}")
        yield XServer(f":{number}", proc)
    finally:
        os.close(read_fd)
        if proc.poll() is None:
            proc.terminate()
        proc.wait(timeout=10)


@pytest.fixture
def xclient(xserver: XServer) -> Iterator[XClient]:
    client = XClient(xserver.display)
    yield client
    client.close()


@pytest.fixture
def make_hotkey(xserver: XServer) -> Iterator[MakeHotkey]:
    """GlobalHotkeys on the private X server (Qt itself stays offscreen); given back before Xvfb stops."""
    made: list[GlobalHotkey] = []

    def make() -> GlobalHotkey:
        hotkey = GlobalHotkey(backend="x11", environ={"DISPLAY": xserver.display})
        made.append(hotkey)
        return hotkey

    yield make
    for hotkey in made:
        hotkey.unregister()
    assert listeners() == []
