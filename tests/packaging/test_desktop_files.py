"""The desktop integration files: the .desktop file and AppStream metainfo pass the freedesktop
validators, and the icon set has every size, each PNG exactly that many pixels square."""

from __future__ import annotations

import configparser
import shutil
import struct
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from translator_gui.paths import DESKTOP_ID

ROOT = Path(__file__).resolve().parents[2]
RESOURCES = ROOT / "resources"
DESKTOP_FILE = RESOURCES / "linux" / f"{DESKTOP_ID}.desktop"
METAINFO = RESOURCES / "linux" / f"{DESKTOP_ID}.metainfo.xml"
ICONS = RESOURCES / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.fail(f"{name} is missing: tests/run.sh installs it (desktop-file-utils / appstream)")
    return path


def test_desktop_file_passes_desktop_file_validate() -> None:
    result = subprocess.run([_tool("desktop-file-validate"), str(DESKTOP_FILE)],
                            capture_output=True, text=True, timeout=30)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == "", result.stdout  # no warnings or hints either


def test_metainfo_passes_appstreamcli_validate() -> None:
    result = subprocess.run([_tool("appstreamcli"), "validate", "--no-net", "--explain", str(METAINFO)],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr


def test_desktop_file_metainfo_and_entry_point_agree_on_the_ids() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(DESKTOP_FILE, encoding="utf-8")
    desktop = entry["Desktop Entry"]
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["gui-scripts"]
    assert desktop["Exec"].split()[0] in scripts
    assert desktop["Icon"] == DESKTOP_ID

    component = ET.parse(METAINFO).getroot()
    assert component.findtext("id") == DESKTOP_ID
    assert component.findtext("launchable") == DESKTOP_FILE.name
    assert component.findtext("icon") == DESKTOP_ID
    assert component.findtext("provides/binary") == desktop["Exec"].split()[0]
    version = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    assert component.find("releases/release").get("version") == version  # type: ignore[union-attr]


def test_every_screenshot_the_metainfo_names_is_in_the_repository() -> None:
    images = [el.text or "" for el in ET.parse(METAINFO).getroot().iter("image")]
    assert images
    for url in images:
        assert url.startswith("https://"), url
        assert (RESOURCES / "screenshots" / url.rsplit("/", 1)[1]).is_file(), url


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()[:24]
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR", f"{path} is not a PNG"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


@pytest.mark.parametrize("size", SIZES)
def test_hicolor_icon_has_its_size(size: int) -> None:
    png = ICONS / "hicolor" / f"{size}x{size}" / "apps" / f"{DESKTOP_ID}.png"
    assert png.is_file(), f"{png} missing: run bash packaging/icons.sh"
    assert _png_size(png) == (size, size)


def test_scalable_icon_is_a_square_svg() -> None:
    svg = ET.parse(ICONS / "hicolor" / "scalable" / "apps" / f"{DESKTOP_ID}.svg").getroot()
    assert svg.tag == "{http://www.w3.org/2000/svg}svg"
    assert svg.get("width") == svg.get("height")
    assert svg.get("viewBox") == f"0 0 {svg.get('width')} {svg.get('height')}"
    assert svg.find(".//{http://www.w3.org/2000/svg}text") is None, "text needs a font: keep it as outlines"


def test_windows_and_macos_icons_exist() -> None:
    ico = (ICONS / f"{DESKTOP_ID}.ico").read_bytes()
    assert ico[:4] == b"\x00\x00\x01\x00" and struct.unpack("<H", ico[4:6])[0] >= 6  # an icon, 6+ sizes
    assert (ICONS / f"{DESKTOP_ID}.icns").read_bytes()[:4] == b"icns"
