#!/usr/bin/env bash
# Renders the app icon's PNGs (hicolor 16…512 px), the Windows .ico and the macOS .icns from
# resources/icons/hicolor/scalable/apps/<desktop id>.svg, with Debian's tools: rsvg-convert (librsvg2-bin), icotool
# (icoutils) and Pillow (python3-pil, 8.3 or newer: the first to write .icns off macOS). Run it after changing the
# SVG (packaging/icon_svg.py):
#   bash packaging/icons.sh
# On a Mac, packaging/macos/build.sh makes the bundle's .icns itself, the macOS way (iconset + iconutil).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
source "$ROOT/packaging/linux/bootstrap.sh"
ensure_apt librsvg2-bin icoutils python3-pil
PYTHON=/usr/bin/python3  # Debian's, which python3-pil is installed for
"$PYTHON" -c 'import sys, PIL; v = tuple(int(p) for p in PIL.__version__.split(".")[:2]); sys.exit(v < (8, 3))' || {
  echo "packaging/icons.sh needs Pillow 8.3 or newer (python3-pil) to write the .icns" >&2; exit 1; }
ID=io.github.translator_gui.Translator
ICONS="$ROOT/resources/icons"
SVG="$ICONS/hicolor/scalable/apps/$ID.svg"
SIZES=(16 24 32 48 64 128 256 512)
for size in "${SIZES[@]}"; do
  dir="$ICONS/hicolor/${size}x${size}/apps"
  mkdir -p "$dir"
  rsvg-convert --width "$size" --height "$size" --keep-aspect-ratio "$SVG" --output "$dir/$ID.png"
done
png() { echo "$ICONS/hicolor/${1}x${1}/apps/$ID.png"; }
# Windows: 16…256 in one .ico (256 stored as PNG, as Windows Vista and later expect).
icotool --create --output "$ICONS/$ID.ico" "$(png 16)" "$(png 24)" "$(png 32)" "$(png 48)" "$(png 64)" \
  "$(png 128)" --raw="$(png 256)"
# macOS: every PNG type of a modern .icns, the Retina (@2x) ones too, so the Dock and Finder are sharp —
# ic07/ic08/ic09 (128, 256, 512 px), ic11/ic12/ic13/ic14 (16, 32, 128, 256 pt @2x: 32, 64, 256, 512 px)
# and ic10 (512 pt @2x: 1024 px), each rendered from the SVG at its size (tests/packaging/test_icons.py).
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
rsvg-convert --width 1024 --height 1024 --keep-aspect-ratio "$SVG" --output "$work/1024.png"
"$PYTHON" - "$ICONS/$ID.icns" "$work/1024.png" "$(png 32)" "$(png 64)" "$(png 128)" "$(png 256)" "$(png 512)" <<'EOF'
import sys
from PIL import Image

out, largest, *smaller = sys.argv[1:]
images = [Image.open(path).convert("RGBA") for path in (largest, *smaller)]
# Pillow takes each size from append_images by its width, and would scale the largest down only for a size
# missing there: none is.
images[0].save(out, format="ICNS", append_images=images[1:])
EOF
echo "icons written under $ICONS"
