#!/usr/bin/env bash
# Makes an AppImage from the bundle that packaging/linux/build.sh made:
#   bash packaging/linux/build.sh && bash packaging/linux/appimage.sh
# → build/Translator.AppDir, then dist/Translator-<version>-<arch>.AppImage when `appimagetool` is on PATH.
# appimagetool (with the AppImage type-2 runtime it embeds) is not packaged by Debian or PyPI; get it from
# the AppImage project. Without it this script stops after the AppDir, which it checks.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
ID=io.github.translator_gui.Translator
BUNDLE="$ROOT/dist/translator-gui"
APPDIR="$ROOT/build/Translator.AppDir"
[ -x "$BUNDLE/translator-gui" ] || { echo "no bundle at $BUNDLE: run packaging/linux/build.sh first" >&2; exit 1; }

rm -rf "$APPDIR"
mkdir -p "$APPDIR/usr/lib" "$APPDIR/usr/share/applications" "$APPDIR/usr/share/metainfo" "$APPDIR/usr/share/icons"
cp -a "$BUNDLE" "$APPDIR/usr/lib/translator-gui"
rm -rf "$APPDIR/usr/lib/translator-gui/share"
cp "$ROOT/resources/linux/$ID.desktop" "$APPDIR/usr/share/applications/"
cp "$ROOT/resources/linux/$ID.metainfo.xml" "$APPDIR/usr/share/metainfo/"
cp -r "$ROOT/resources/icons/hicolor" "$APPDIR/usr/share/icons/"
# What the AppImage runtime looks for at the top of the AppDir: AppRun, one desktop file, its icon.
cat > "$APPDIR/AppRun" <<'RUN'
#!/bin/sh
HERE=$(dirname "$(readlink -f "$0")")
exec "$HERE/usr/lib/translator-gui/translator-gui" "$@"
RUN
chmod +x "$APPDIR/AppRun"
ln -s "usr/share/applications/$ID.desktop" "$APPDIR/$ID.desktop"
ln -s "usr/share/icons/hicolor/256x256/apps/$ID.png" "$APPDIR/$ID.png"
ln -s "$ID.png" "$APPDIR/.DirIcon"

"$APPDIR/AppRun" --version >/dev/null  # the AppDir runs as it is
desktop-file-validate "$APPDIR/$ID.desktop"
echo "AppDir ready: $APPDIR"

if ! command -v appimagetool >/dev/null 2>&1; then
  echo "appimagetool is not installed (not in Debian or PyPI); the AppImage was not made." >&2
  exit 0
fi
version=$("$APPDIR/AppRun" --version | awk '{print $2}')
arch=$(uname -m)
ARCH="$arch" appimagetool "$APPDIR" "$ROOT/dist/Translator-$version-$arch.AppImage"
