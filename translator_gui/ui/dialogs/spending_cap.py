"""Asks for the spending cap of a session, in US dollars (0: no cap)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QWidget


def spending_cap_dialog(parent: QWidget, current: float | None) -> QInputDialog:
    """A dialog to ``open()``; its ``doubleValueSelected`` signal carries the chosen amount."""
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(QCoreApplication.translate("SpendingCap", "Spending cap"))
    dialog.setLabelText(
        QCoreApplication.translate(
            "SpendingCap", "Stop a session when its estimated cost reaches (US dollars; 0 = no cap).")
        + "\n" + QCoreApplication.translate("SpendingCap", "You are warned at 80 %.")
    )
    dialog.setInputMode(QInputDialog.InputMode.DoubleInput)
    dialog.setDoubleRange(0.0, 10_000.0)
    dialog.setDoubleDecimals(2)
    dialog.setDoubleValue(current or 0.0)
    dialog.finished.connect(dialog.deleteLater)
    return dialog
