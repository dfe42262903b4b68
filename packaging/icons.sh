#!/usr/bin/env bash
# Renders the app icon's PNGs (hicolor 16…512 px), the Windows .ico and the macOS .icns from
# resources/icons/hicolor/scalable/apps/<desktop id>.svg, with Debian's tools: rsvg-convert (librsvg2-bin), icotool
# (icoutils) and png2icns (icnsutils). Run it after changing the SVG (packaging/icon_svg.py):
#   bash packaging/icons.sh
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
source "$ROOT/packaging/linux/bootstrap.sh"
ensure_apt librsvg2-bin icoutils icnsutils
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
# macOS: the sizes png2icns knows (16, 32, 48, 128, 256, 512).
png2icns "$ICONS/$ID.icns" "$(png 16)" "$(png 32)" "$(png 48)" "$(png 128)" "$(png 256)" "$(png 512)" >/dev/null
echo "icons written under $ICONS"
