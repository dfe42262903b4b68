"""Renders the app icon's SVG into a macOS ``.iconset`` folder, every size Apple's iconset names:

    python packaging/macos/iconset.py build/Translator.iconset
    iconutil -c icns build/Translator.iconset -o build/Translator.icns

``icon_16x16.png`` … ``icon_512x512.png`` and each ``@2x`` (twice the pixels, for Retina screens, up to
``icon_512x512@2x.png`` at 1024 px), each drawn from the SVG at its own size rather than scaled from
another. packaging/macos/build.sh runs it with the build venv's PySide6 (QtSvg), which macOS has
without Homebrew; Linux makes the committed ``.icns`` with packaging/icons.sh instead.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parents[2]
DESKTOP_ID = "io.github.translator_gui.Translator"
SVG = ROOT / "resources" / "icons" / "hicolor" / "scalable" / "apps" / f"{DESKTOP_ID}.svg"
POINTS = (16, 32, 128, 256, 512)
"""The point sizes of an iconset; each comes at 1x and at 2x."""


def iconset_names() -> dict[str, int]:
    """File name in the iconset → its width and height in pixels."""
    names: dict[str, int] = {}
    for points in POINTS:
        names[f"icon_{points}x{points}.png"] = points
        names[f"icon_{points}x{points}@2x.png"] = 2 * points
    return names


def render(renderer: QSvgRenderer, pixels: int) -> QImage:
    image = QImage(pixels, pixels, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, pixels, pixels))
    painter.end()
    return image


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("iconset", type=Path, help="the folder to write, ending in .iconset")
    parser.add_argument("--svg", type=Path, default=SVG)
    args = parser.parse_args()
    if args.iconset.suffix != ".iconset":
        parser.error("iconutil reads a folder whose name ends in .iconset")
    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0], "-platform", "offscreen"])
    renderer = QSvgRenderer(str(args.svg))
    if not renderer.isValid():
        print(f"iconset: cannot read {args.svg}", file=sys.stderr)
        return 1
    args.iconset.mkdir(parents=True, exist_ok=True)
    for old in args.iconset.glob("*.png"):
        old.unlink()
    for name, pixels in iconset_names().items():
        if not render(renderer, pixels).save(str(args.iconset / name)):  # PNG, by the name
            print(f"iconset: cannot write {args.iconset / name}", file=sys.stderr)
            return 1
    del app
    print(args.iconset)
    return 0


if __name__ == "__main__":
    sys.exit(main())
