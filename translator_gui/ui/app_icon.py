"""The app's icon, drawn in code so that an installed package needs no data files to find."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPainterPath, QPixmap


def app_icon() -> QIcon:
    icon = QIcon()
    for size in (16, 24, 32, 48, 64, 128, 256):
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        bubble = QPainterPath()
        bubble.addRoundedRect(QRectF(size * 0.06, size * 0.06, size * 0.88, size * 0.7), size * 0.16, size * 0.16)
        tail = QPainterPath()
        tail.moveTo(size * 0.25, size * 0.7)
        tail.lineTo(size * 0.2, size * 0.95)
        tail.lineTo(size * 0.5, size * 0.7)
        painter.fillPath(bubble.united(tail), QColor("#1f5fbf"))
        font = QFont()
        font.setBold(True)
        font.setPixelSize(max(8, int(size * 0.42)))
        painter.setFont(font)
        painter.setPen(QColor("white"))
        painter.drawText(QRectF(0, size * 0.06, size, size * 0.7), Qt.AlignmentFlag.AlignCenter, "A文")
        painter.end()
        icon.addPixmap(pixmap)
    return icon
