"""Drop-downs for the target language and the audio devices."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from translator_gui.audio.devices import AudioDevice
from translator_gui.realtime.languages import Language


class LanguagePicker(QComboBox):
    """Languages by their own names with the English name alongside; type any part to search."""

    language_chosen = Signal(str)

    def __init__(self, languages: Sequence[Language], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("targetLanguage")
        self.setAccessibleName("Translate into")
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
    """Devices by name, remembered by name (indices change between runs); first item = system default."""

    device_chosen = Signal(object)  # str | None

    def __init__(self, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.setObjectName(f"{kind}Device")
        self.setAccessibleName("Input device" if kind == "input" else "Output device")
        self.currentIndexChanged.connect(self._emit)
        self._filling = False

    def fill(self, devices: Sequence[AudioDevice], selected: str | None) -> None:
        self._filling = True
        try:
            self.clear()
            self.addItem("System default", None)
            for dev in devices:
                is_default = dev.is_default_input if self.kind == "input" else dev.is_default_output
                self.addItem(f"{dev.name} (system default)" if is_default else dev.name, dev.name)
            index = self.findData(selected) if selected else 0
            self.setCurrentIndex(max(index, 0))
        finally:
            self._filling = False

    def device_name(self) -> str | None:
        data = self.currentData()
        return None if data is None else str(data)

    def _emit(self, index: int) -> None:
        if not self._filling and index >= 0:
            self.device_chosen.emit(self.device_name())
