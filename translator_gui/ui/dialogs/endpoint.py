"""Settings for the realtime endpoint: base URL, optional organization and project ids, and a
*Test connection* button that opens and closes a session and says how it went.

Shown with ``open()`` (never ``exec()``: a nested event loop would stall the asyncio tasks that carry
live audio). The test runs as an asyncio task on the app's qasync loop; the dialog keeps a strong
reference to it and cancels it when closed. The values arrive through ``endpoint_saved``; a URL that
would expose the key (plain http to another computer) cannot be saved.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from translator_gui.meeting.connection_test import ProbeResult, probe_endpoint
from translator_gui.realtime.endpoint import DEFAULT_BASE_URL, InsecureEndpointError, check_endpoint

Probe = Callable[..., Awaitable[ProbeResult]]


async def _no_key() -> str | None:
    return None


class EndpointDialog(QDialog):
    endpoint_saved = Signal(object, object, object)  # base_url, organization, project (each str | None)

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        base_url: str | None = None,
        organization: str | None = None,
        project: str | None = None,
        api_key: Callable[[], Awaitable[str | None]] = _no_key,
        probe: Probe = probe_endpoint,
        environment_url: str | None = None,
    ) -> None:
        """``api_key`` looks the key up without blocking (the keyring answers on a worker thread);
        ``environment_url``: the ``OPENAI_BASE_URL`` in force, used while the field is empty."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Connection settings"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self._api_key = api_key
        self._probe = probe
        self._testing: asyncio.Task[None] | None = None
        self.last_result: ProbeResult | None = None

        self.base_url = QLineEdit(base_url or "", self)
        self.base_url.setObjectName("baseUrlField")
        self.base_url.setAccessibleName(self.tr("Base URL"))
        fallback = (environment_url or "").strip()
        self.base_url.setPlaceholderText(self.tr("{url} (from OPENAI_BASE_URL)").format(url=fallback) if fallback
                                         else self.tr("{url} (default)").format(url=DEFAULT_BASE_URL))
        self.organization = QLineEdit(organization or "", self)
        self.organization.setAccessibleName(self.tr("Organization ID"))
        self.organization.setPlaceholderText(self.tr("optional, org-…"))
        self.project = QLineEdit(project or "", self)
        self.project.setAccessibleName(self.tr("Project ID"))
        self.project.setPlaceholderText(self.tr("optional, proj_…"))

        self.test_button = QPushButton(self.tr("&Test connection"), self)
        self.test_button.clicked.connect(self.start_test)
        self.outcome = QLabel("", self)
        self.outcome.setObjectName("endpointResult")
        self.outcome.setWordWrap(True)
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        # Room for a whole URL (and for the title, which window managers cut to the dialog's width).
        self.base_url.setMinimumWidth(self.fontMetrics().horizontalAdvance("https://api.example.com/v1/realtime"))
        form = QFormLayout()
        form.addRow(self.tr("Base URL"), self.base_url)
        form.addRow(self.tr("Organization"), self.organization)
        form.addRow(self.tr("Project"), self.project)
        layout = QVBoxLayout(self)
        empty = self.tr("Leave the base URL empty to use the OPENAI_BASE_URL of the environment.") if fallback \
            else self.tr("Leave the base URL empty to use OpenAI.")
        rule = self.tr("Other endpoints must use https:// (plain http:// only to a server on this computer).")
        intro = QLabel(f"{empty} {rule}", self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.test_button)
        layout.addWidget(self.outcome)
        layout.addWidget(self.buttons)
        self.base_url.textChanged.connect(self._validate)
        self.finished.connect(self._cancel_test)
        self._validate()

    # -- values --------------------------------------------------------------------------------

    def values(self) -> tuple[str | None, str | None, str | None]:
        """(base URL, organization, project), blanks as None."""
        return (
            self.base_url.text().strip() or None,
            self.organization.text().strip() or None,
            self.project.text().strip() or None,
        )

    def _url_problem(self) -> str | None:
        url = self.values()[0]
        if url is None:
            return None
        try:
            check_endpoint(url)
        except InsecureEndpointError as exc:
            return str(exc)
        return None

    def _validate(self) -> None:
        problem = self._url_problem()
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(problem is None)
        self.test_button.setEnabled(problem is None and self._testing is None)
        if problem is not None:
            self.outcome.setText(problem)
        elif self._testing is None:
            self.outcome.setText("")

    def accept(self) -> None:
        if self._url_problem() is not None:
            return
        super().accept()
        self.endpoint_saved.emit(*self.values())

    # -- the test ------------------------------------------------------------------------------

    def start_test(self) -> None:
        if self._testing is not None or self._url_problem() is not None:
            return
        base_url, organization, project = self.values()
        self.outcome.setText(self.tr("Testing the connection…"))
        self.test_button.setEnabled(False)
        self._testing = asyncio.get_event_loop().create_task(
            self._run_test(base_url, organization, project), name="endpoint-test"
        )

    async def _run_test(self, base_url: str | None, organization: str | None, project: str | None) -> None:
        key = await self._api_key()
        if not key:
            self._testing = None
            self.outcome.setText(
                self.tr("No OpenAI API key is set. Add one under Settings → API key, then test again."))
            self.test_button.setEnabled(self._url_problem() is None)
            return
        result = await self._probe(api_key=key, base_url=base_url, organization=organization, project=project)
        self._testing = None
        self.last_result = result
        self.outcome.setText(result.message)
        self.test_button.setEnabled(self._url_problem() is None)

    def _cancel_test(self) -> None:
        """The dialog closed: a test still running is abandoned (its session is closed by the engine)."""
        task, self._testing = self._testing, None
        if task is not None and not task.done():
            task.cancel()
