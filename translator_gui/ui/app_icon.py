"""The app's icon, from the icon files in ``resources/icons`` (see ``packaging/icons.sh``).

Found, in this order: in a frozen bundle (PyInstaller puts ``resources/icons`` beside the program), in
the source tree (a checkout or an editable install), in the desktop's icon theme under the desktop id
(an AppImage, Flatpak or distribution package installs it there).  Only a plain wheel installed
without any of these falls back to the same drawing made in code.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPainterPath, QPixmap

from translator_gui.paths import DESKTOP_ID, install_prefixes

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def icon_dirs(prefix: str | None = None) -> list[Path]:
    """Where ``hicolor/`` icon folders may be, most specific first: in a frozen bundle, in the source
    tree, under the prefix pip installed the app into (default: this Python's, then the user's)."""
    dirs = []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle is not None:
        dirs.append(Path(bundle) / "resources" / "icons")
    dirs.append(Path(__file__).resolve().parents[2] / "resources" / "icons")
    dirs += [base / "share" / "icons" for base in ([Path(prefix)] if prefix else install_prefixes())]
    return dirs


def icon_files(base: Path) -> list[tuple[Path, int | None]]:
    """The icon files under ``base/hicolor`` with their pixel size (``None`` for the SVG)."""
    hicolor = base / "hicolor"
    found: list[tuple[Path, int | None]] = [
        (png, size) for size in ICON_SIZES
        if (png := hicolor / f"{size}x{size}" / "apps" / f"{DESKTOP_ID}.png").is_file()
    ]
    svg = hicolor / "scalable" / "apps" / f"{DESKTOP_ID}.svg"
    if svg.is_file():
        found.append((svg, None))
    return found


def app_icon() -> QIcon:
    for base in icon_dirs():
        if files := icon_files(base):
            icon = QIcon()
            for path, size in files:
                icon.addFile(str(path), QSize(size, size) if size else QSize())
            return icon
    themed = QIcon.fromTheme(DESKTOP_ID)
    return themed if not themed.isNull() else drawn_icon()


def drawn_icon() -> QIcon:
    """The icon drawn with QPainter: the shapes ``resources/icons`` holds (``packaging/icon_svg.py``)."""
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
