"""The macOS icon: the committed .icns carries every PNG type of a modern icon, the Retina (@2x) ones
too, each PNG exactly its type's size; and the macOS build's iconset has every size Apple names."""

from __future__ import annotations

import importlib.util
import struct
import sys
from pathlib import Path
from types import ModuleType

from translator_gui.paths import DESKTOP_ID

ROOT = Path(__file__).resolve().parents[2]
ICNS = ROOT / "resources" / "icons" / f"{DESKTOP_ID}.icns"
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"

EXPECTED = {
    "ic07": 128,  # 128 pt
    "ic08": 256,  # 256 pt
    "ic09": 512,  # 512 pt
    "ic10": 1024,  # 512 pt @2x
    "ic11": 32,  # 16 pt @2x
    "ic12": 64,  # 32 pt @2x
    "ic13": 256,  # 128 pt @2x
    "ic14": 512,  # 256 pt @2x
}
"""Each PNG type of an .icns and its width and height in pixels (Apple's icon family types)."""


def icns_entries(data: bytes) -> list[tuple[str, bytes]]:
    """(type, payload) of every element of an .icns, checking the header and every element's length."""
    assert data[:4] == b"icns", "not an .icns file"
    (total,) = struct.unpack(">I", data[4:8])
    assert total == len(data), f"the header says {total} bytes, the file has {len(data)}"
    entries = []
    offset = 8
    while offset < total:
        assert offset + 8 <= total, f"an element header cut off at byte {offset}"
        kind = data[offset:offset + 4].decode("ascii")
        (length,) = struct.unpack(">I", data[offset + 4:offset + 8])
        assert length >= 8 and offset + length <= total, f"{kind}: length {length} at byte {offset} is out of bounds"
        entries.append((kind, data[offset + 8:offset + length]))
        offset += length
    return entries


def png_size(png: bytes) -> tuple[int, int]:
    assert png[:8] == PNG_SIGNATURE, "not a PNG"
    assert png[12:16] == b"IHDR"
    width, height = struct.unpack(">II", png[16:24])
    return width, height


def test_the_icns_has_every_retina_size_each_a_png_of_its_pixels() -> None:
    entries = icns_entries(ICNS.read_bytes())
    found = {kind: payload for kind, payload in entries if kind != "TOC "}
    assert set(EXPECTED) <= set(found), f"missing {sorted(set(EXPECTED) - set(found))}: run bash packaging/icons.sh"
    for kind, pixels in EXPECTED.items():
        assert png_size(found[kind]) == (pixels, pixels), kind
    assert len(found) == len([kind for kind, _ in entries if kind != "TOC "]), "each type once"


def test_the_table_of_contents_lists_the_elements_as_they_are() -> None:
    entries = icns_entries(ICNS.read_bytes())
    toc = dict(entries).get("TOC ")
    if toc is None:
        return  # optional in the format
    listed = [(toc[i:i + 4].decode("ascii"), struct.unpack(">I", toc[i + 4:i + 8])[0]) for i in range(0, len(toc), 8)]
    assert listed == [(kind, len(payload) + 8) for kind, payload in entries if kind != "TOC "]


def _iconset_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("iconset", ROOT / "packaging" / "macos" / "iconset.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_macos_iconset_has_every_size_apple_names_rendered_at_its_pixels(tmp_path: Path) -> None:
    import subprocess

    iconset = tmp_path / "Translator.iconset"
    result = subprocess.run([sys.executable, str(ROOT / "packaging" / "macos" / "iconset.py"), str(iconset)],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    names = _iconset_module().iconset_names()
    assert sorted(p.name for p in iconset.iterdir()) == sorted(names)
    assert names["icon_512x512@2x.png"] == 1024 and names["icon_16x16.png"] == 16
    for name, pixels in names.items():
        assert png_size((iconset / name).read_bytes()) == (pixels, pixels), name
