"""Wires the main window to the meeting: a person's requests go in as calls, the meeting's events
come out (through the one bridge) as what the window shows. No meeting logic lives here.

No dialog is ever run with ``exec()``: a nested event loop would stall the audio's asyncio tasks.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QObject

from translator_gui.i18n import money
from translator_gui.meeting.engines import EngineFactory
from translator_gui.meeting.events import (
    Cost,
    DevicesListed,
    DirectionRunning,
    DirectionState,
    KeyNeeded,
    MeetingEvent,
    MeetingRunning,
    Notice,
)
from translator_gui.meeting.meeting import Meeting
from translator_gui.meeting.options import LaunchOptions
from translator_gui.realtime.endpoint import describe_endpoint
from translator_gui.secrets import SecretStore
from translator_gui.settings import Settings
from translator_gui.side import Side
from translator_gui.ui.bridge import MeetingBridge
from translator_gui.ui.caption_feed import CaptionFeed
from translator_gui.ui.direction_row import DirectionRow
from translator_gui.ui.main_window import MainWindow

if TYPE_CHECKING:  # the dialogs are imported when first opened
    from translator_gui.ui.dialogs.key import KeyDialog

QUIT_FINISH_SECONDS = 0.5
"""On Quit, how long a session may still take for its last words (a backlog is abandoned, not awaited)."""


def _number(value: float, decimals: int) -> str:
    return QLocale().toString(float(value), "f", decimals)


class SessionController(QObject):
    def __init__(
        self,
        window: MainWindow,
        settings: Settings,
        secrets: SecretStore,
        options: LaunchOptions,
        feed: CaptionFeed,
        *,
        environ: Mapping[str, str] = os.environ,
        engine_factory: EngineFactory | None = None,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.settings = settings
        self.feed = feed
        self.bridge = MeetingBridge(self)
        self.meeting = Meeting(settings, secrets, options, self.bridge.deliver, environ=environ,
                               engine_factory=engine_factory)
        self._key_dialog: KeyDialog | None = None
        self._finishing = False  # Stop was pressed; the sessions finish what the service was sent
        self.rows = {Side.THEM: window.them, Side.ME: window.me}
        self.bridge.meeting_event.connect(self._on_event)
        self.bridge.live_caption_changed.connect(feed.live)
        self.bridge.segment_completed.connect(feed.completed)
        for row in self.rows.values():
            self._wire_row(row)
        meeting = self.meeting
        window.start_requested.connect(lambda: meeting.spawn(meeting.start()))
        window.stop_requested.connect(self._stop_requested)
        window.close_requested.connect(self.quitting)
        window.key_dialog_requested.connect(lambda: self.ask_for_key())
        window.forget_key_requested.connect(meeting.keys.forget)
        window.endpoint_dialog_requested.connect(self.open_endpoint_dialog)
        window.spending_cap_requested.connect(self.open_spending_cap_dialog)
        window.mode_chosen.connect(meeting.choose_mode)
        window.show_mode(settings.session_mode)
        meeting.devices.ducking_db = settings.ducking_db
        window.show_ducking(settings.ducking_db)
        window.offer_ducking(meeting.devices.ducking_unavailable)
        window.ducking_chosen.connect(self._ducking_chosen)
        window.refresh_devices_requested.connect(meeting.devices.refresh)
        for row in self.rows.values():
            row.looking_for_devices(True)
        listing = meeting.spawn(meeting.devices.find())  # on a worker thread: the window shows first
        listing.add_done_callback(self._devices_looked_for)

    def _devices_looked_for(self, _: object) -> None:
        for row in self.rows.values():
            row.looking_for_devices(False)

    def _wire_row(self, row: DirectionRow) -> None:
        side, meeting = Side(row.name), self.meeting
        row.language.set_code(meeting.target(side))
        row.set_enabled(meeting.directions[side].settings.enabled)
        row.enabled_toggled.connect(lambda on: meeting.switch(side, on))
        row.language.language_chosen.connect(lambda code: meeting.choose_target(side, code))
        row.input_device.device_chosen.connect(lambda name: meeting.devices.choose_input(side, name))
        row.input_device.opening.connect(meeting.devices.list)  # apps that began to play since
        row.output_device.device_chosen.connect(
            lambda name: meeting.devices.choose_output(side, name, row.output_device.plays())
        )
        label = row.text.input.rstrip(":： ")
        row.input_meter.silent_too_long.connect(lambda seconds: meeting.devices.input_silent(side, seconds, label))
        row.input_meter.sound_returned.connect(lambda: meeting.devices.input_heard(side))

    # -- stopping --------------------------------------------------------------------------------

    def _stop_requested(self) -> None:
        """Stop: each session finishes what the service was sent (as long as it makes progress, and
        says how much is left); Stop again while it does: end now (each pipeline stopped a second
        time ends its session at once, and says what was not translated)."""
        if self.window.running and not self._finishing:
            self._finishing = True
            self.window.show_finishing()
            for side, d in self.meeting.directions.items():
                if d.running:
                    self.rows[side].set_state(QCoreApplication.translate("Meeting", "Finishing the last sentence…"))
        self.meeting.spawn(self.meeting.stop())

    def quitting(self) -> None:
        """Quit (the window's own way out calls it; any other Quit should call it before the meeting
        shuts down): the sessions are given a moment for their last words, not for a backlog."""
        self.meeting.hurry(QUIT_FINISH_SECONDS)

    # -- what the meeting says -------------------------------------------------------------------

    def _on_event(self, event: MeetingEvent) -> None:
        window = self.window
        match event:
            case Notice(text=text):
                window.set_status(text)
                if self._finishing:  # the bar says it too: the main window is usually out of sight
                    self.feed.bar.set_state(text)
            case DirectionState(side=side, text=text):
                self.rows[side].set_state(text)
                self.feed.direction_state(event)
            case DirectionRunning(side=side, running=running):
                row = self.rows[side]
                row.set_running(running)
                row.input_meter.follow(event.input_level)
                row.output_meter.follow(event.output_level)
                self.feed.direction_running(event)
                self.feed.running({s for s, d in self.meeting.directions.items() if d.running})
            case MeetingRunning(running=running):
                if running and not window.running:
                    self.feed.new_meeting()
                self._finishing = False
                window.set_running(running)
            case Cost():
                dollars = money(event.dollars) if event.dollars_known else self.tr("cost unknown")
                if event.dollars_known and event.upper_bound:
                    dollars = self.tr("at most {amount}").format(amount=dollars)
                usage = self.tr("{minutes} min · {dollars} this session · today {today_minutes} min · "
                                "{today_dollars}").format(
                    minutes=_number(event.minutes, 1), dollars=dollars,
                    today_minutes=_number(event.today_minutes, 0), today_dollars=money(event.today_dollars))
                if event.prices_as_of:
                    usage += " · " + self.tr("prices of {date}").format(date=event.prices_as_of)
                window.set_usage(usage)
            case KeyNeeded(reason=reason):
                self.ask_for_key(reason)
            case DevicesListed():
                self._fill_pickers(event)

    def _fill_pickers(self, listed: DevicesListed) -> None:
        for side, row in self.rows.items():
            preferred_input, preferred_output = self.meeting.devices.preferred(side, listed)
            row.input_device.fill(listed.inputs, preferred_input)
            row.output_device.fill(listed.outputs, preferred_output)
            self.meeting.devices.show(side, row.input_device.device_name(), row.output_device.device_name(),
                                      row.output_device.plays())
        if listed.meeting_sound_hint:
            self.window.them.input_device.setToolTip(listed.meeting_sound_hint)

    # -- dialogs ---------------------------------------------------------------------------------

    def ask_for_key(self, reason: str = "") -> None:
        if self._key_dialog is not None:
            self._key_dialog.raise_()
            return
        from translator_gui.ui.dialogs.key import KeyDialog

        dialog = KeyDialog(self.window, reason=reason)
        dialog.key_entered.connect(self.meeting.keys.entered)
        dialog.finished.connect(self._key_dialog_closed)
        self._key_dialog = dialog
        dialog.open()

    def _key_dialog_closed(self) -> None:
        if self._key_dialog is not None:
            self._key_dialog.deleteLater()
        self._key_dialog = None
        self.meeting.keys.declined()

    def open_endpoint_dialog(self) -> None:
        from translator_gui.ui.dialogs.endpoint import EndpointDialog

        dialog = EndpointDialog(
            self.window,
            base_url=self.settings.base_url,
            organization=self.settings.organization,
            project=self.settings.project,
            api_key=self.meeting.keys.find,
            environment_url=self.meeting.environ.get("OPENAI_BASE_URL"),
        )
        dialog.endpoint_saved.connect(self._endpoint_saved)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _endpoint_saved(self, base_url: str | None, organization: str | None, project: str | None) -> None:
        self.settings.base_url = base_url
        self.settings.organization = organization
        self.settings.project = project
        text = self.tr("Connection set to {endpoint}.").format(endpoint=describe_endpoint(base_url))
        if self.meeting.running:
            text += " " + self.tr("It applies from the next Start.")
        self.window.set_status(text)

    def _ducking_chosen(self, db: float) -> None:
        """Applies from the next phrase on; Off at once."""
        self.settings.ducking_db = db
        self.meeting.devices.ducking_db = db

    def open_spending_cap_dialog(self) -> None:
        from translator_gui.ui.dialogs.spending_cap import spending_cap_dialog

        dialog = spending_cap_dialog(self.window, self.settings.spending_cap)
        dialog.doubleValueSelected.connect(self._spending_cap_chosen)
        dialog.open()

    def _spending_cap_chosen(self, dollars: float) -> None:
        self.settings.spending_cap = dollars if dollars > 0 else None
        amount = money(dollars)
        if dollars <= 0:
            text = self.tr("No spending cap.")
        elif self.meeting.running:
            text = self.tr("Sessions stop at {amount} from the next Start.").format(amount=amount)
        else:
            text = self.tr("Sessions stop at {amount}.").format(amount=amount)
        self.window.set_status(text)
