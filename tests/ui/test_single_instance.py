"""The single-instance socket in one process: a hand-over reaches the first instance's signal."""

from __future__ import annotations

import socket
import sys
import threading
import uuid
from pathlib import Path

import pytest
from PySide6.QtCore import QDir
from pytestqt.qtbot import QtBot

from translator_gui.ui.single_instance import ACTIVATE, OK, SingleInstance, hand_over, server_name


def _unique_name() -> str:
    return f"translator-test-{uuid.uuid4().hex[:12]}"


@pytest.mark.skipif(sys.platform == "win32", reason="a Unix socket client; Windows uses a named pipe")
def test_an_activate_line_reaches_the_first_instance_and_is_answered(qtbot: QtBot) -> None:
    first = SingleInstance(_unique_name())
    assert first.claim()
    answer: list[bytes] = []

    def second_launch() -> None:
        # Plain sockets, not QLocalSocket: PySide keeps the GIL in waitForReadyRead, which would stall
        # this process's event loop (two real processes are in tests/test_single_instance.py).
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as client:
            client.settimeout(5)
            client.connect(first._server.fullServerName())
            client.sendall(ACTIVATE)
            answer.append(client.recv(16))

    thread = threading.Thread(target=second_launch)
    with qtbot.waitSignal(first.activated, timeout=5000):
        thread.start()
    qtbot.waitUntil(lambda: bool(answer), timeout=5000)
    thread.join(timeout=5)
    assert answer == [OK]
    first.close()


@pytest.mark.skipif(sys.platform == "win32", reason="Unix socket files")
def test_a_socket_file_left_by_a_killed_instance_is_replaced(tmp_path: Path) -> None:
    name = _unique_name()
    path = Path(QDir.tempPath()) / name
    stale = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    stale.bind(str(path))  # bound, never listening, closed without removing the file: what SIGKILL leaves
    stale.close()
    assert path.exists()
    first = SingleInstance(name, timeout_ms=500)
    assert first.claim()
    assert first._server.isListening()
    first.close()


@pytest.mark.skipif(sys.platform == "win32", reason="Unix socket files")
def test_an_instance_that_does_not_answer_is_not_pushed_aside() -> None:
    name = _unique_name()
    path = Path(QDir.tempPath()) / name
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as hung:
        hung.bind(str(path))
        hung.listen(4)  # accepts connections, never answers
        try:
            second = SingleInstance(name, timeout_ms=300)
            assert second.claim(), "the new launch runs anyway"
            assert not second._server.isListening()
            assert path.exists(), "the hung instance's socket stays"
            second.close()
        finally:
            path.unlink(missing_ok=True)


def test_nobody_listening_means_no_hand_over() -> None:
    assert hand_over(_unique_name(), timeout_ms=500) is False


def test_the_name_is_per_user_and_settings_folder() -> None:
    name = server_name()
    assert name.startswith("io.github.translator_gui.Translator-")
    assert len(name) < 100  # a Unix socket path has room for about 100 bytes
