#!/usr/bin/env bash
# Run Translator from this checkout on Debian/Ubuntu: installs what is missing, then starts the app.
# Any arguments are passed on, e.g.: packaging/linux/run-app.sh --target es --start
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/bootstrap.sh"
ensure_apt "${RUNTIME_APT[@]}"
ensure_venv
exec "$VENV/bin/translator-gui" "$@"
