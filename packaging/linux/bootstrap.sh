# Shared by packaging/linux/run-app.sh and tests/run.sh (sourced, not run).
# ensure_apt PKG...   installs the Debian/Ubuntu packages that are missing (needs root or sudo)
# ensure_venv [EXTRA] creates .venv at the repository root and installs the app into it, pinned by
#                     packaging/lock/<EXTRA or app>.txt (regenerate with packaging/lock/update.sh)

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
VENV="$ROOT/.venv"

ensure_apt() {
  local missing=()
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "Please install these system packages with your package manager: ${missing[*]}" >&2
    return 1
  fi
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "Installing system packages: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

ensure_venv() {
  local extra="${1:-}" python="${PYTHON:-python3}" spec="$ROOT"
  [ -n "$extra" ] && spec="$ROOT[$extra]"
  if ! "$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
    echo "Translator needs Python 3.11 or newer (found: $("$python" --version 2>&1))." >&2
    return 1
  fi
  if [ ! -x "$VENV/bin/python" ]; then
    "$python" -c 'import ensurepip' 2>/dev/null || ensure_apt python3-venv
    "$python" -m venv "$VENV"
  fi
  # The exact versions (with hashes) from packaging/lock/, then the app itself on top of them.
  local lock="$ROOT/packaging/lock/${extra:-app}.txt"
  local stamp="$VENV/.installed${extra:+-$extra}"
  if [ ! -f "$stamp" ] || [ "$ROOT/pyproject.toml" -nt "$stamp" ] || [ "$lock" -nt "$stamp" ]; then
    "$VENV/bin/python" -m pip install -q --upgrade pip
    "$VENV/bin/python" -m pip install -q --require-hashes -r "$lock"
    "$VENV/bin/python" -m pip install -q --no-deps -e "$spec"
    touch "$stamp"
  fi
}

# What Qt and PortAudio need at run time on a Debian/Ubuntu desktop.
RUNTIME_APT=(libportaudio2 libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1
  libdbus-1-3 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0
  libxcb-shape0 libxcb-xinerama0 libxcb-randr0)
