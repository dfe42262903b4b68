#!/usr/bin/env bash
# The whole test suite on a Debian/Ubuntu machine: installs the test bed (PulseAudio null sinks,
# gnome-keyring on a private D-Bus, Qt offscreen) and the app, then runs pytest, ruff and mypy.
# The PulseAudio daemon and the keyring are started (and stopped) by the tests themselves.
# Extra arguments go to pytest, e.g.: tests/run.sh -k journal
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../packaging/linux/bootstrap.sh"
ensure_apt "${RUNTIME_APT[@]}" pulseaudio pulseaudio-utils libasound2-plugins gnome-keyring dbus-daemon \
  dbus-user-session libsecret-tools libglib2.0-bin sox libsox-fmt-all espeak-ng fonts-noto-cjk xvfb libxtst6 \
  desktop-file-utils appstream
ensure_venv test
cd "$ROOT"
"$VENV/bin/python" -m pytest -p no:cacheprovider "$@"
"$VENV/bin/ruff" check .
"$VENV/bin/mypy" --no-incremental
