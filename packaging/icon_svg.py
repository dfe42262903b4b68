"""Write the app icon as resources/icons/hicolor/scalable/apps/<desktop id>.svg.

The shapes are those of ``drawn_icon`` in ``translator_gui/ui/app_icon.py`` (a blue speech bubble,
"A文"), the fallback for a wheel installed without the icon files.

Its text is turned into outlines with Qt (bold, the system's sans and CJK fallback font), so the SVG
looks the same everywhere and needs no font to render.  Run it only to change the drawing; the PNGs are
rendered from the SVG by ``packaging/icons.sh``.

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/icon_svg.py
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QFont, QGuiApplication, QPainterPath

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from translator_gui.paths import DESKTOP_ID  # noqa: E402

SIZE = 512.0
BLUE = "#1f5fbf"


def _path_data(path: QPainterPath) -> str:
    """SVG path data for a QPainterPath (move, line and cubic elements)."""
    out: list[str] = []
    i = 0
    count = path.elementCount()
    while i < count:
        e = path.elementAt(i)
        if e.isMoveTo():
            out.append(f"M{e.x:.2f} {e.y:.2f}")
            i += 1
        elif e.isLineTo():
            out.append(f"L{e.x:.2f} {e.y:.2f}")
            i += 1
        else:  # CurveTo, followed by its two CurveToData elements
            c2, end = path.elementAt(i + 1), path.elementAt(i + 2)
            out.append(f"C{e.x:.2f} {e.y:.2f} {c2.x:.2f} {c2.y:.2f} {end.x:.2f} {end.y:.2f}")
            i += 3
    return "".join(out) + "Z"


def icon_svg() -> str:
    s = SIZE
    font = QFont()
    font.setBold(True)
    font.setPixelSize(int(s * 0.42))
    text = QPainterPath()
    text.addText(QPointF(0, 0), font, "A文")
    box = QRectF(0, s * 0.06, s, s * 0.7)
    bounds = text.boundingRect()
    # Centred in the bubble, as QPainter.drawText(..., AlignCenter) centres the line's box.
    text.translate(box.center() - bounds.center())
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{s:g}" height="{s:g}" viewBox="0 0 {s:g} {s:g}">\n'
        "  <title>Translator</title>\n"
        f'  <rect x="{s * 0.06:.2f}" y="{s * 0.06:.2f}" width="{s * 0.88:.2f}" height="{s * 0.7:.2f}"'
        f' rx="{s * 0.16:.2f}" fill="{BLUE}"/>\n'
        f'  <path d="M{s * 0.25:.2f} {s * 0.7:.2f}L{s * 0.2:.2f} {s * 0.95:.2f}L{s * 0.5:.2f} {s * 0.7:.2f}Z"'
        f' fill="{BLUE}"/>\n'
        f'  <path d="{_path_data(text)}" fill="#ffffff"/>\n'
        "</svg>\n"
    )


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    assert app is not None
    out = ROOT / "resources" / "icons" / "hicolor" / "scalable" / "apps" / f"{DESKTOP_ID}.svg"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(icon_svg(), encoding="utf-8")
    print(out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
