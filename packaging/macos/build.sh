#!/usr/bin/env bash
# Builds Translator for macOS, in one command (on a Mac, with Python 3.11+ from python.org):
#   bash packaging/macos/build.sh
# → dist/Translator.app and dist/Translator-<version>-macos-<arch>.dmg
# Signing and notarization run when their credentials are in the environment:
#   MACOS_SIGN_IDENTITY   "Developer ID Application: Name (TEAMID)": hardened runtime + entitlements
#   APPLE_ID, APPLE_TEAM_ID, APPLE_APP_PASSWORD   notarize the DMG with notarytool, then staple it
# NOT run on the Linux machine this project is tested on: see README, Development.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$ROOT"
[ "$(uname -s)" = Darwin ] || { echo "packaging/macos/build.sh runs on macOS only" >&2; exit 1; }
VENV="$ROOT/build/venv-macos"
python="${PYTHON:-python3}"

[ -x "$VENV/bin/python" ] || { "$python" -m venv "$VENV"; "$VENV/bin/python" -m pip install -q --upgrade pip; }
"$VENV/bin/python" -m pip install -q --force-reinstall --no-deps "$ROOT"
"$VENV/bin/python" -m pip install -q --require-hashes -r "$ROOT/packaging/lock/build.txt"
"$VENV/bin/python" packaging/notices.py build/THIRD-PARTY-NOTICES.txt >/dev/null
# The icon the macOS way: the SVG drawn at every size of an .iconset (1x and @2x, up to 1024 px, with the build
# venv's QtSvg), made into an .icns by iconutil; the spec takes it instead of the committed one (packaging/icons.sh).
"$VENV/bin/python" packaging/macos/iconset.py build/Translator.iconset >/dev/null
iconutil --convert icns build/Translator.iconset --output build/Translator.icns
TRANSLATOR_NOTICES="$ROOT/build/THIRD-PARTY-NOTICES.txt" TRANSLATOR_ICNS="$ROOT/build/Translator.icns" \
  "$VENV/bin/pyinstaller" --noconfirm --clean \
  --distpath dist --workpath build/pyinstaller packaging/pyinstaller/translator-gui.spec

APP="$ROOT/dist/Translator.app"
plutil -lint "$APP/Contents/Info.plist"
/usr/libexec/PlistBuddy -c "Print :NSMicrophoneUsageDescription" "$APP/Contents/Info.plist" >/dev/null
"$APP/Contents/MacOS/translator-gui" --version

if [ -n "${MACOS_SIGN_IDENTITY:-}" ]; then
  # The binaries inside were signed by PyInstaller; the bundle itself last, with the same entitlements.
  codesign --force --options runtime --timestamp --entitlements packaging/macos/entitlements.plist \
    --sign "$MACOS_SIGN_IDENTITY" "$APP"
  codesign --verify --deep --strict --verbose=2 "$APP"
fi

version=$("$VENV/bin/python" -c 'from importlib.metadata import version; print(version("translator-gui"))')
dmg="$ROOT/dist/Translator-$version-macos-$(uname -m).dmg"
staging="$ROOT/build/dmg"
rm -rf "$staging" "$dmg"
mkdir -p "$staging"
cp -R "$APP" "$staging/"
ln -s /Applications "$staging/Applications"
hdiutil create -volname Translator -srcfolder "$staging" -ov -format UDZO "$dmg"

if [ -n "${MACOS_SIGN_IDENTITY:-}" ]; then
  codesign --force --timestamp --sign "$MACOS_SIGN_IDENTITY" "$dmg"
fi
if [ -n "${APPLE_ID:-}" ] && [ -n "${APPLE_TEAM_ID:-}" ] && [ -n "${APPLE_APP_PASSWORD:-}" ]; then
  xcrun notarytool submit "$dmg" --apple-id "$APPLE_ID" --team-id "$APPLE_TEAM_ID" \
    --password "$APPLE_APP_PASSWORD" --wait
  xcrun stapler staple "$dmg"
fi
echo "Built $dmg"
