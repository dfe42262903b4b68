"""One direction's controls in the main window: its switch, language, devices, meters and state.

*Them → me* listens to the meeting's sound and shows it in my language (speech in my headphones
is optional); *Me → them* listens to my microphone and plays their language into an output the
meeting app uses as its microphone (a virtual microphone).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QFormLayout, QGroupBox, QLabel, QWidget

from translator_gui.realtime.languages import SOURCE_AUTO, Language
from translator_gui.side import Side
from translator_gui.ui.i18n import QT_TRANSLATE_NOOP
from translator_gui.ui.meters import LevelMeterWidget
from translator_gui.ui.pickers import DevicePicker, LanguagePicker


@dataclass(frozen=True)
class DirectionText:
    """What a direction is called on screen."""

    name: str  # Side.THEM or Side.ME
    title: str
    switch: str
    language: str
    input: str
    output: str
    input_hint: str


_COLONS = ":： "  # a label's colon, as languages write it ("Langue :", "言語：")
QT_TRANSLATE_NOOP("DirectionRow", "Auto-detect")  # SOURCE_AUTO, the spoken language when none is chosen

THEM_TO_ME = DirectionText(
    name=Side.THEM,
    title=QT_TRANSLATE_NOOP("DirectionRow", "Them → me"),
    switch=QT_TRANSLATE_NOOP("DirectionRow", "&Them → me: the meeting in my language"),
    language=QT_TRANSLATE_NOOP("DirectionRow", "Translate into:"),
    input=QT_TRANSLATE_NOOP("DirectionRow", "Listen to:"),
    output=QT_TRANSLATE_NOOP("DirectionRow", "Play translation on:"),
    input_hint=QT_TRANSLATE_NOOP("DirectionRow", "Choose “Sound from: …” the output your meeting app plays through."),
)
ME_TO_THEM = DirectionText(
    name=Side.ME,
    title=QT_TRANSLATE_NOOP("DirectionRow", "Me → them"),
    switch=QT_TRANSLATE_NOOP("DirectionRow", "&Me → them: my voice in their language"),
    language=QT_TRANSLATE_NOOP("DirectionRow", "Their language:"),
    input=QT_TRANSLATE_NOOP("DirectionRow", "My microphone:"),
    output=QT_TRANSLATE_NOOP("DirectionRow", "Play translation into:"),
    input_hint=QT_TRANSLATE_NOOP(
        "DirectionRow", "Play into a virtual microphone and choose it as the microphone in your meeting app."),
)


class DirectionRow(QGroupBox):
    enabled_toggled = Signal(bool)

    def __init__(self, text: DirectionText, languages: Sequence[Language], parent: QWidget | None = None) -> None:
        super().__init__(parent)  # the switch, first in the box, names the direction
        text = DirectionText(text.name, *(self.tr(words) for words in (
            text.title, text.switch, text.language, text.input, text.output, text.input_hint)))
        self.text = text
        self.setAccessibleName(text.title)
        self.setObjectName(f"direction-{text.name}")
        self.switch = QCheckBox(text.switch, self)
        self.switch.setObjectName(f"{text.name}Switch")
        self.switch.setAccessibleName(self.tr("{direction}: on or off").format(direction=text.title))
        self.switch.toggled.connect(self.enabled_toggled)

        self.language = LanguagePicker(languages, self)
        self.language.setObjectName(f"{text.name}Language")
        self.language.setAccessibleName(f"{text.title}: {text.language.rstrip(_COLONS).lower()}")
        self.source_language = QLabel(self.tr(SOURCE_AUTO), self)  # the service detects what is spoken
        self.source_language.setObjectName(f"{text.name}SourceLanguage")
        self.input_device = DevicePicker("input", self, accessible_name=f"{text.title}: {text.input.rstrip(_COLONS)}")
        self.input_device.setObjectName(f"{text.name}InputDevice")
        self.input_device.setToolTip(text.input_hint)
        self.output_device = DevicePicker(
            "output", self, accessible_name=f"{text.title}: {text.output.rstrip(_COLONS)}", captions_only=True
        )
        self.output_device.setObjectName(f"{text.name}OutputDevice")
        self.input_meter = LevelMeterWidget(self.tr("{direction}: input level").format(direction=text.title), self)
        self.output_meter = LevelMeterWidget(self.tr("{direction}: output level").format(direction=text.title), self)
        self.state = QLabel(self.tr("Off"), self)
        self.state.setObjectName(f"{text.name}State")
        self.state.setAccessibleName(self.tr("{direction}: state").format(direction=text.title))
        self.state.setWordWrap(True)

        # While the direction runs, its device set-up folds into this one line (the meters stay).
        self.summary = QLabel(self)
        self.summary.setObjectName(f"{text.name}Summary")
        self.summary.setAccessibleName(self.tr("{direction}: devices").format(direction=text.title))
        self.summary.setWordWrap(True)

        form = QFormLayout(self)
        self._form = form
        form.addRow(self.switch)
        form.addRow(text.language, self.language)
        form.addRow(self.summary)
        form.addRow(self.tr("Spoken language:"), self.source_language)
        form.addRow(text.input, self.input_device)
        form.addRow("", self.input_meter)
        form.addRow(text.output, self.output_device)
        form.addRow("", self.output_meter)
        form.addRow(self.state)  # addRow(text, field) already makes each label the field's buddy
        form.setRowVisible(self.summary, False)

    @property
    def name(self) -> str:
        return self.text.name

    def is_enabled(self) -> bool:
        return self.switch.isChecked()

    def set_enabled(self, on: bool) -> None:
        """Show the switch's state without announcing a change."""
        blocked = self.switch.blockSignals(True)
        self.switch.setChecked(on)
        self.switch.blockSignals(blocked)

    def looking_for_devices(self, on: bool) -> None:
        """While the devices are first listed (a moment after the window shows; seconds on some
        computers), the device pickers say so."""
        self.input_device.looking(on)
        self.output_device.looking(on)

    def set_running(self, running: bool) -> None:
        """Devices are fixed while the direction runs, and fold into one summary line; its language
        may change at any time."""
        self.input_device.setEnabled(not running)
        self.output_device.setEnabled(not running)
        if running:
            self.summary.setText(self.tr("{input} → {output}").format(
                input=self.input_device.currentText(), output=self.output_device.currentText()))
        for row in (self.source_language, self.input_device, self.output_device):
            self._form.setRowVisible(row, not running)
        self._form.setRowVisible(self.summary, running)
        if not running:
            self.state.setText(self.tr("Off"))

    def set_state(self, text: str) -> None:
        self.state.setText(text)
