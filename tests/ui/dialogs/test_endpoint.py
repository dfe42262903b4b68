"""The connection settings dialog: URL rules, saving, and *Test connection* against a real websocket."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Iterator

import pytest
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from tests.fakes.translation_server import FakeServerThread
from translator_gui.ui.dialogs.endpoint import EndpointDialog


@pytest.fixture
def server() -> Iterator[FakeServerThread]:
    with FakeServerThread() as fake:
        yield fake


def key(value: str | None) -> Callable[[], Awaitable[str | None]]:
    async def look_up() -> str | None:
        return value

    return look_up


def save_enabled(dialog: EndpointDialog) -> bool:
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Save).isEnabled()


def test_urls_that_would_expose_the_key_cannot_be_saved_or_tested(qtbot: QtBot) -> None:
    dialog = EndpointDialog()
    qtbot.addWidget(dialog)
    assert dialog.values() == (None, None, None) and save_enabled(dialog)  # empty: the default endpoint
    dialog.base_url.setText("http://proxy.example.com/v1")
    assert not save_enabled(dialog) and not dialog.test_button.isEnabled()
    assert "https://" in dialog.outcome.text()
    dialog.base_url.setText("http://127.0.0.1:4000/v1")  # a local proxy may use plain http
    assert save_enabled(dialog) and dialog.outcome.text() == ""
    dialog.base_url.setText("https://proxy.example.com/v1")
    dialog.organization.setText(" org-1 ")
    with qtbot.waitSignal(dialog.endpoint_saved) as saved:
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert saved.args == ["https://proxy.example.com/v1", "org-1", None]


def test_connection_test_reports_success_and_sends_organization_and_project(
    qtbot: QtBot, qloop: asyncio.AbstractEventLoop, server: FakeServerThread
) -> None:
    dialog = EndpointDialog(base_url=server.base_url, organization="org-abc", project="proj_xyz",
                            api_key=key("sk-test"))  # fmt: skip
    qtbot.addWidget(dialog)
    dialog.test_button.click()
    assert dialog.outcome.text() == "Testing the connection…"
    assert not dialog.test_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.last_result is not None, timeout=10_000)
    assert dialog.last_result is not None and dialog.last_result.ok, dialog.outcome.text()
    assert dialog.outcome.text().startswith("Connected: 127.0.0.1:")
    assert dialog.test_button.isEnabled()
    state = server.snapshot()
    [handshake] = state.handshakes
    assert handshake.headers["openai-organization"] == "org-abc"
    assert handshake.headers["openai-project"] == "proj_xyz"
    assert server.wait_until(lambda s: s.connections_ended == 1, 5)  # opened, then closed again


def test_connection_test_explains_a_rejected_key_and_a_missing_one(
    qtbot: QtBot, qloop: asyncio.AbstractEventLoop, server: FakeServerThread
) -> None:
    keys = iter([None, "sk-wrong"])

    async def look_up() -> str | None:
        return next(keys)

    dialog = EndpointDialog(base_url=server.base_url, api_key=look_up)
    qtbot.addWidget(dialog)
    dialog.test_button.click()
    qtbot.waitUntil(lambda: "No OpenAI API key" in dialog.outcome.text(), timeout=5_000)
    assert dialog.test_button.isEnabled()
    dialog.test_button.click()
    qtbot.waitUntil(lambda: dialog.last_result is not None, timeout=10_000)
    assert dialog.last_result is not None and not dialog.last_result.ok
    assert dialog.outcome.text() == "OpenAI rejected the API key. Check it under Settings → API key."


def test_the_environment_endpoint_is_shown_and_named_by_the_test(
    qtbot: QtBot, qloop: asyncio.AbstractEventLoop, server: FakeServerThread, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OPENAI_BASE_URL", server.base_url)
    dialog = EndpointDialog(api_key=key("sk-test"), environment_url=server.base_url)
    qtbot.addWidget(dialog)
    assert dialog.base_url.text() == "" and dialog.base_url.placeholderText().startswith(server.base_url)
    dialog.test_button.click()
    qtbot.waitUntil(lambda: dialog.last_result is not None, timeout=10_000)
    assert dialog.outcome.text().startswith(f"Connected: 127.0.0.1:{server.port} accepted the key")


def test_the_dialog_is_wide_enough_for_a_whole_url(qtbot: QtBot) -> None:
    dialog = EndpointDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    url = "https://api.example.com/v1/realtime"
    assert dialog.base_url.width() >= dialog.base_url.fontMetrics().horizontalAdvance(url)
