"""Drop-downs for the target language and the audio devices."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from translator_gui.audio.sources import SoundDevice
from translator_gui.meeting.direction import CAPTIONS_ONLY
from translator_gui.realtime.languages import Language

MIN_CHARACTERS = 18


def narrow(picker: QComboBox) -> None:
    """A long device or language name never widens the window: the box keeps a modest width and
    shows the whole name in its open list."""
    picker.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    picker.setMinimumContentsLength(MIN_CHARACTERS)
    picker.view().setTextElideMode(Qt.TextElideMode.ElideNone)


class LanguagePicker(QComboBox):
    """Languages by their own names with the English name alongside; type any part to search."""

    language_chosen = Signal(str)

    def __init__(self, languages: Sequence[Language], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("targetLanguage")
        self.setAccessibleName(self.tr("Translate into"))
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for lang in languages:
            self.addItem(lang.label, lang.code)
        completer = QCompleter(self.model(), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.activated.connect(self._choose_label)
        self.setCompleter(completer)
        self.currentIndexChanged.connect(self._emit)
        narrow(self)

    def code(self) -> str:
        return str(self.currentData())

    def set_code(self, code: str) -> None:
        index = self.findData(code)
        if index >= 0:
            self.setCurrentIndex(index)

    def _choose_label(self, label: str) -> None:
        index = self.findText(label)
        if index >= 0:
            self.setCurrentIndex(index)

    def _emit(self, index: int) -> None:
        if index >= 0:
            self.language_chosen.emit(str(self.itemData(index)))

    def focusOutEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        # Typed text that matched nothing goes back to the current language's label.
        super().focusOutEvent(event)
        self.setEditText(self.itemText(self.currentIndex()))


class DevicePicker(QComboBox):
    """Devices by their human names, remembered by a stable key (indices change between runs);
    the first item is the system default. An output picker may also offer "no speech"."""

    device_chosen = Signal(object)  # str | None: a SoundDevice key, or CAPTIONS_ONLY
    opening = Signal()  # the list is about to drop down: a moment to list the devices again

    def __init__(
        self,
        kind: Literal["input", "output"],
        parent: QWidget | None = None,
        *,
        accessible_name: str | None = None,
        captions_only: bool = False,
    ) -> None:
        super().__init__(parent)
        self.kind = kind
        self.setObjectName(f"{kind}Device")
        generic = self.tr("Input device") if kind == "input" else self.tr("Output device")
        self.setAccessibleName(accessible_name or generic)
        self.currentIndexChanged.connect(self._emit)
        self._filling = False
        narrow(self)
        self._captions_only = captions_only and kind == "output"

    def fill(self, devices: Sequence[SoundDevice], selected: str | None) -> None:
        """List ``devices`` and show the one whose key is ``selected`` (None or unknown: the system default)."""
        self._filling = True
        try:
            self.clear()
            self.addItem(self.tr("System default"), None)
            if self._captions_only:
                self.addItem(self.tr("No speech — captions only"), CAPTIONS_ONLY)
            for device in devices:
                default = self.tr("{device} (system default)")
                label = default.format(device=device.label) if device.is_default else device.label
                self.addItem(label, device.key)
            self.setCurrentIndex(max(self.findData(selected) if selected else 0, 0))
        finally:
            self._filling = False

    def looking(self, on: bool) -> None:
        """While the devices are first listed, the empty picker says so."""
        self.setPlaceholderText(self.tr("Looking for devices…") if on else "")

    def showPopup(self) -> None:
        self.opening.emit()  # an app that began to play since is listed before the person looks
        super().showPopup()

    def device_name(self) -> str | None:
        data = self.currentData()
        return None if data is None else str(data)

    def plays(self) -> bool:
        """False when the user chose captions only."""
        return bool(self.currentData() != CAPTIONS_ONLY)

    def _emit(self, index: int) -> None:
        if not self._filling and index >= 0:
            self.device_chosen.emit(self.device_name())
