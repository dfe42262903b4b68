#!/usr/bin/env bash
# Builds Translator for Linux, in one command:
#   bash packaging/linux/build.sh
# → dist/translator-gui/                      the one-folder, windowed PyInstaller bundle (run ./translator-gui)
#   dist/translator-gui-<version>-linux-<arch>.tar.gz   the same folder with the desktop file, metainfo and icons
# The app is installed into its own clean build venv (build/venv: the app and PyInstaller, no test
# tools), so the bundle holds what a user's install holds. Host libraries a bundle must not carry
# (packaging/linux/excludelist.txt) are left out, and the glibc the bundle needs is printed.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/bootstrap.sh"
ensure_apt "${RUNTIME_APT[@]}" binutils
cd "$ROOT"
BUILD_VENV="${BUILD_VENV:-$ROOT/build/venv}"
python="${PYTHON:-python3}"
started=$(date +%s)

if [ ! -x "$BUILD_VENV/bin/python" ]; then
  "$python" -m venv "$BUILD_VENV"
  "$BUILD_VENV/bin/python" -m pip install -q --upgrade pip
fi
# Not editable: the bundle must be made from what pip installs, not from the source tree.
"$BUILD_VENV/bin/python" -m pip install -q --force-reinstall --no-deps "$ROOT"
"$BUILD_VENV/bin/python" -m pip install -q --require-hashes -r "$ROOT/packaging/lock/build.txt"

"$BUILD_VENV/bin/python" packaging/notices.py build/THIRD-PARTY-NOTICES.txt >/dev/null
TRANSLATOR_NOTICES="$ROOT/build/THIRD-PARTY-NOTICES.txt" "$BUILD_VENV/bin/pyinstaller" --noconfirm --clean \
  --log-level WARN --distpath "$ROOT/dist" --workpath "$ROOT/build/pyinstaller" \
  packaging/pyinstaller/translator-gui.spec

BUNDLE="$ROOT/dist/translator-gui"
# Nothing from the exclude list may have slipped in (e.g. by a hook that copies libraries itself).
bad=$(find "$BUNDLE" -name '*.so*' -printf '%f\n' | grep -E -f <(grep -v '^#' packaging/linux/excludelist.txt \
  | sed '/^$/d; s/[.+]/\\&/g; s/^/^/') || true)
if [ -n "$bad" ]; then
  echo "The bundle carries host libraries it must not: $bad" >&2
  exit 1
fi
# The newest glibc and libstdc++ symbols any bundled binary needs: the oldest host the bundle runs on
# (Ubuntu 22.04 has glibc 2.35 and GLIBCXX_3.4.30).
symbols=$(find "$BUNDLE" -type f \( -name '*.so*' -o -name translator-gui \) -exec objdump -T {} + 2>/dev/null)
floor=$(grep -o 'GLIBC_[0-9.]*' <<<"$symbols" | sort -u -V | tail -1)
cxx_floor=$(grep -o 'GLIBCXX_[0-9.]*' <<<"$symbols" | sort -u -V | tail -1)

# The desktop integration beside the program, for a tarball install or an AppImage/Flatpak recipe.
share="$BUNDLE/share"
rm -rf "$share"
mkdir -p "$share/applications" "$share/metainfo" "$share/icons"
cp resources/linux/*.desktop "$share/applications/"
cp resources/linux/*.metainfo.xml "$share/metainfo/"
cp -r resources/icons/hicolor "$share/icons/"

version=$("$BUILD_VENV/bin/python" -c 'from importlib.metadata import version; print(version("translator-gui"))')
tarball="$ROOT/dist/translator-gui-$version-linux-$(uname -m).tar.gz"
tar -C "$ROOT/dist" -czf "$tarball" translator-gui
echo "Built $BUNDLE ($(du -sh "$BUNDLE" | cut -f1)) and $tarball ($(du -sh "$tarball" | cut -f1))" \
  "in $(( $(date +%s) - started )) s; needs ${floor/GLIBC_/glibc } and libstdc++ ${cxx_floor}."
