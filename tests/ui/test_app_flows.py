"""What a person meets around a session: the language list, the key, remembered choices, failures."""

from __future__ import annotations

import socket
from collections.abc import Callable
from pathlib import Path

import keyring
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from tests.fakes.translation_server import FakeServerThread
from tests.testbed import KeyringBed, PulseBed
from tests.ui.conftest import MakeApp
from translator_gui.app import App
from translator_gui.meeting.options import LaunchOptions
from translator_gui.realtime.languages import ALL_TARGETS
from translator_gui.ui.dialogs.key import KeyDialog

SERVICE, ACCOUNT = "translator-gui", "openai-api-key"

def without_a_keyring(monkeypatch: pytest.MonkeyPatch) -> None:
    """What keyring falls back to on a system without a Secret Service, Keychain or Credential Manager,
    for the app's keyring calls, which on Linux a child process makes (it reads the environment)."""
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")


def key_dialog(app: App) -> KeyDialog | None:
    return app.window.findChild(KeyDialog)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_languages_by_their_own_names_and_searchable(make_app: MakeApp, pulse: PulseBed) -> None:
    app = make_app(LaunchOptions(target="ja"), show=False)
    picker = app.window.them.language
    labels = [picker.itemText(i) for i in range(picker.count())]
    assert len(labels) == len(ALL_TARGETS)  # every language some mode can produce
    assert "Español — Spanish" in labels and "日本語 — Japanese" in labels
    assert any(label.endswith("— Arabic") for label in labels)
    assert picker.code() == "ja"
    assert app.window.them.source_language.text() == "Auto-detect"
    completer = picker.completer()
    assert completer is not None
    completer.setCompletionPrefix("span")
    assert completer.currentCompletion() == "Español — Spanish"
    completer.setCompletionPrefix("日本")
    assert completer.currentCompletion() == "日本語 — Japanese"


def test_first_start_asks_for_the_key_and_keeps_it_in_the_keyring(
    make_app: MakeApp, qtbot: QtBot, secret_service: KeyringBed, pulse: PulseBed
) -> None:
    keyring.delete_password(SERVICE, ACCOUNT) if keyring.get_password(SERVICE, ACCOUNT) else None
    app = make_app()
    qtbot.wait_until(lambda: key_dialog(app) is not None and key_dialog(app).isVisible(), timeout=5_000)  # type: ignore[union-attr]
    dialog = key_dialog(app)
    assert dialog is not None
    assert dialog.focusWidget() is dialog.field, "a paste goes straight into the key field"
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert not save.isEnabled()
    dialog.field.setText("  sk-test-first-start-key\n")  # a paste with stray whitespace
    assert dialog.field.echoMode() == dialog.field.EchoMode.Password
    save.click()  # the keyring is written on a worker thread, never on the one that runs the audio
    qtbot.wait_until(lambda: "keyring" in app.window.status(), timeout=5_000)
    assert keyring.get_password(SERVICE, ACCOUNT) == "sk-test-first-start-key"

    app.window.forget_key_action.trigger()
    qtbot.wait_until(lambda: "forgotten" in app.window.status(), timeout=5_000)
    assert keyring.get_password(SERVICE, ACCOUNT) is None
    assert app.meeting.keys.current() is None


def test_environment_key_wins_and_no_dialog_is_shown(
    make_app: MakeApp, secret_service: KeyringBed, pulse: PulseBed, monkeypatch: pytest.MonkeyPatch
) -> None:
    keyring.set_password(SERVICE, ACCOUNT, "sk-test-from-keyring")
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test-from-env")
    app = make_app()
    assert app.meeting.keys.current() == "sk-test-from-env"
    assert key_dialog(app) is None
    keyring.delete_password(SERVICE, ACCOUNT)


def test_without_a_system_keyring_the_key_lives_for_this_run_only(
    make_app: MakeApp, qtbot: QtBot, pulse: PulseBed, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    without_a_keyring(monkeypatch)
    app = make_app()
    qtbot.wait_until(lambda: key_dialog(app) is not None, timeout=5_000)
    assert "kept only until you quit" in app.window.status()
    dialog = key_dialog(app)
    assert dialog is not None
    dialog.field.setText("sk-test-session-only")
    dialog.accept()
    qtbot.wait_until(lambda: app.meeting.keys.current() == "sk-test-session-only", timeout=5_000)
    assert "until you quit" in app.window.status()
    for path in tmp_path.rglob("*"):
        if path.is_file():
            assert "sk-test-session-only" not in path.read_text(errors="replace")


def test_start_at_launch_without_a_key_says_so_without_a_dialog(
    make_app: MakeApp, qtbot: QtBot, pulse: PulseBed, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    without_a_keyring(monkeypatch)
    app = make_app(LaunchOptions(start=True, transcript_dir=tmp_path))
    qtbot.wait_until(lambda: "No OpenAI API key yet" in app.window.status(), timeout=5_000)
    assert key_dialog(app) is None
    assert not app.meeting.running


def test_the_window_remembers_language_and_devices(
    make_app: MakeApp, qtbot: QtBot, pulse: PulseBed, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test")
    first = make_app()
    first.window.them.language.set_code("fr")
    index = first.window.them.input_device.findText("Sound from:", Qt.MatchFlag.MatchStartsWith)
    assert index > 0, "a sink's monitor is offered as an input"
    first.window.them.input_device.setCurrentIndex(index)
    chosen = first.window.them.input_device.device_name()
    first.quit()
    qtbot.wait_until(lambda: first.finished, timeout=5_000)

    second = make_app()
    assert second.window.them.language.code() == "fr"
    assert second.window.them.input_device.device_name() == chosen


def test_a_rejected_key_is_one_sentence_asks_again_and_is_not_retried(
    make_app: MakeApp, qtbot: QtBot, pulse: PulseBed, monkeypatch: pytest.MonkeyPatch
) -> None:
    with FakeServerThread(api_keys=["sk-test-good"]) as server:
        monkeypatch.setenv("OPENAI_API_KEY", "sk-test-wrong")
        monkeypatch.setenv("OPENAI_BASE_URL", server.base_url)
        app = make_app()
        app.meeting.spawn(app.meeting.start())
        qtbot.wait_until(lambda: "rejected the API key" in app.window.status(), timeout=20_000)
        qtbot.wait_until(lambda: not app.meeting.running, timeout=10_000)
        assert key_dialog(app) is not None
        assert server.snapshot().handshake_attempts == 1
        assert app.window.start_button.text() == "Start"


def test_a_key_asked_for_by_start_goes_on_with_that_start(
    make_app: MakeApp, qtbot: QtBot, pulse: PulseBed, secret_service: KeyringBed
) -> None:
    keyring.delete_password(SERVICE, ACCOUNT) if keyring.get_password(SERVICE, ACCOUNT) else None
    with FakeServerThread(api_keys=["sk-test-first"]) as server:
        app = make_app(show=False)
        app.settings.base_url = server.base_url
        app.window.start_button.click()
        qtbot.wait_until(lambda: key_dialog(app) is not None, timeout=5_000)
        dialog = key_dialog(app)
        assert dialog is not None
        dialog.field.setText("sk-test-first")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
        qtbot.wait_until(lambda: server.check(lambda s: len(s.appends) > 0), timeout=20_000)
        assert app.meeting.running
        app.meeting.spawn(app.meeting.stop())
        qtbot.wait_until(lambda: not app.meeting.running, timeout=15_000)
    keyring.delete_password(SERVICE, ACCOUNT)


def test_a_working_key_entered_after_a_rejected_one_goes_on_with_the_start(
    make_app: MakeApp, qtbot: QtBot, pulse: PulseBed, secret_service: KeyringBed
) -> None:
    keyring.set_password(SERVICE, ACCOUNT, "sk-test-wrong")
    with FakeServerThread(api_keys=["sk-test-good"]) as server:
        app = make_app()
        app.settings.base_url = server.base_url
        app.meeting.spawn(app.meeting.start())
        qtbot.wait_until(lambda: key_dialog(app) is not None and "rejected the API key" in app.window.status(),
                         timeout=20_000)
        dialog = key_dialog(app)
        assert dialog is not None
        dialog.field.setText("sk-test-good")
        dialog.accept()  # no second press of Start
        qtbot.wait_until(lambda: app.window.status().startswith("Live")
                         and server.check(lambda s: len(s.appends) > 0), timeout=20_000)
        assert server.snapshot().handshake_attempts == 2
        assert keyring.get_password(SERVICE, ACCOUNT) == "sk-test-good"
        app.meeting.spawn(app.meeting.stop())
        qtbot.wait_until(lambda: not app.meeting.running, timeout=15_000)
    keyring.delete_password(SERVICE, ACCOUNT)


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        (lambda: f"http://127.0.0.1:{free_port()}/v1", "Can't reach"),
        (lambda: "http://translate.example.com/v1", "unencrypted http://"),
    ],
    ids=["no-network", "insecure-endpoint"],
)
def test_endpoint_failures_are_sentences(
    make_app: MakeApp, qtbot: QtBot, pulse: PulseBed, monkeypatch: pytest.MonkeyPatch,
    url: Callable[[], str], expected: str,
) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test")
    monkeypatch.setenv("OPENAI_BASE_URL", url())
    app = make_app()
    app.meeting.spawn(app.meeting.start())
    qtbot.wait_until(lambda: expected in app.window.status(), timeout=20_000)
    qtbot.wait_until(lambda: not app.meeting.running, timeout=10_000)
    assert "Traceback" not in app.window.status()


def test_a_missing_input_device_is_a_sentence(
    make_app: MakeApp, qtbot: QtBot, pulse: PulseBed, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test")
    app = make_app(LaunchOptions(input_device="no-such-microphone", transcript_dir=tmp_path))
    app.meeting.spawn(app.meeting.start())
    qtbot.wait_until(lambda: "no-such-microphone" in app.window.status(), timeout=5_000)
    assert not app.meeting.running
