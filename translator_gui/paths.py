"""Where the app keeps its files: one app id, and every per-user folder from ``platformdirs``.

No Qt and nothing else of ours: every layer may import this.  Each function asks ``platformdirs``
afresh, so a changed ``XDG_*`` environment (the tests use private homes) is followed.
"""

from __future__ import annotations

import site
import sys
from pathlib import Path

import platformdirs

APP_ID = "translator-gui"
"""The folder name under each per-user directory and the keyring service (kept: existing users' data is there)."""

DESKTOP_ID = "io.github.translator_gui.Translator"
"""The reverse-DNS application id: the desktop file's name (``<id>.desktop``, which Wayland matches the window
to), the AppStream component id, the icon name, the Flatpak app id and the single-instance socket's stem.

``APP_ID`` stays the per-user folder name, so a settings file, log and transcripts written before there was a
desktop id are found where they were; nothing needs migrating.  (A Flatpak keeps its own ``~/.var/app/<id>``.)
"""

SETTINGS_FILE_NAME = "settings.ini"
LOG_FILE_NAME = "translator.log"
USAGE_LEDGER_FILE_NAME = "usage.json"
TRANSCRIPT_DIR_NAME = "transcripts"


def install_prefixes() -> list[Path]:
    """Where pip may have put the app's shared files (``<prefix>/share/…``): this Python's prefix (a
    venv's or the system's), then the user's base (``pip install --user``)."""
    return [Path(sys.prefix), Path(site.getuserbase())]


def config_dir() -> Path:
    return Path(platformdirs.user_config_dir(APP_ID, appauthor=False))


def data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_ID, appauthor=False))


def settings_file() -> Path:
    """``~/.config/translator-gui/settings.ini`` on Linux."""
    return config_dir() / SETTINGS_FILE_NAME


def log_dir() -> Path:
    """``~/.local/state/translator-gui/log`` on Linux."""
    return Path(platformdirs.user_log_dir(APP_ID, appauthor=False))


def usage_ledger_file() -> Path:
    """What each day's sessions cost, kept across runs."""
    return data_dir() / USAGE_LEDGER_FILE_NAME


def default_transcript_dir() -> Path:
    """``~/.local/share/translator-gui/transcripts`` on Linux."""
    return data_dir() / TRANSCRIPT_DIR_NAME


def transcript_dir(override: Path | None = None, saved: Path | None = None) -> Path:
    """The transcript folder: the command line's ``override``, else the ``saved`` setting, else the default."""
    if override is not None:
        return override
    if saved is not None:
        return saved
    return default_transcript_dir()
