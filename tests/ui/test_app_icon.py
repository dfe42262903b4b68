"""The window icon comes from the icon files in resources/icons, at every size."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from translator_gui.ui import app_icon as app_icon_module
from translator_gui.ui.app_icon import ICON_SIZES, app_icon, icon_files

ROOT = Path(__file__).resolve().parents[2]


def test_icon_is_read_from_the_resources_folder(qapp: QApplication) -> None:
    files = icon_files(ROOT / "resources" / "icons")
    assert [size for _, size in files] == [*ICON_SIZES, None]  # every PNG, then the SVG
    icon = app_icon()
    assert not icon.isNull()
    assert set(ICON_SIZES) <= {size.width() for size in icon.availableSizes()}
    image = icon.pixmap(QSize(64, 64)).toImage()
    assert image.width() == 64
    # The bubble's blue in the middle of the left edge, transparent in the bottom right corner.
    assert image.pixelColor(8, 24).name() == "#1f5fbf"
    assert image.pixelColor(62, 62).alpha() == 0


def test_a_wheel_without_icon_files_draws_the_icon(qapp: QApplication, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(app_icon_module, "icon_dirs", lambda: [tmp_path])
    monkeypatch.setattr(QIcon, "fromTheme", lambda _name: QIcon())
    icon = app_icon()
    assert not icon.isNull()
    assert icon.pixmap(QSize(64, 64)).toImage().pixelColor(8, 24).name() == "#1f5fbf"
