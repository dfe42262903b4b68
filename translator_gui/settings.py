"""Typed settings over ``QSettings`` (INI file), with versioned migrations.

The API key is never stored here: it lives in the system keyring (see ``secrets.py``).

File layout, version 1 (current)::

    [meta]        schema_version=1
    [translation] target_language=es            (a language code)
    [audio]       input_device=<name>, output_device=<name>   (device NAME, not index)
    [transcripts] directory=/absolute/path      (absent = the default folder)
    [window]      geometry=@ByteArray(...)

Legacy layout, version 0 (no ``meta/schema_version``; flat keys in ``[General]``)::

    target_lang=<code or English name, e.g. "Spanish">
    mic=<input device name>, speaker=<output device name>
    transcripts=<folder>, geometry=@ByteArray(...)

A value that is missing, of the wrong type or otherwise unusable reads as its default.
"""

from __future__ import annotations

import enum
import logging
from collections.abc import Callable
from pathlib import Path

import platformdirs
from PySide6.QtCore import QByteArray, QLocale, QSettings

from translator_gui.realtime.languages import TRANSLATE_TARGETS

log = logging.getLogger(__name__)

APP_DIR_NAME = "translator-gui"
CURRENT_VERSION = 1
# One source of truth for the language list: the translation model's own targets.
SUPPORTED_LANGUAGES: tuple[str, ...] = tuple(lang.code for lang in TRANSLATE_TARGETS)
FALLBACK_LANGUAGE = "en"
_ENGLISH_NAMES = {lang.english_name.lower(): lang.code for lang in TRANSLATE_TARGETS}


class SettingKey(enum.StrEnum):
    SCHEMA_VERSION = "meta/schema_version"
    TARGET_LANGUAGE = "translation/target_language"
    INPUT_DEVICE = "audio/input_device"
    OUTPUT_DEVICE = "audio/output_device"
    TRANSCRIPT_DIR = "transcripts/directory"
    WINDOW_GEOMETRY = "window/geometry"


def default_settings_path() -> Path:
    return Path(platformdirs.user_config_dir(APP_DIR_NAME, appauthor=False)) / "settings.ini"


def language_for_locale(locale_name: str) -> str:
    """The target language for a locale name such as ``pt_BR`` (``en`` if unsupported)."""
    code = locale_name.replace("-", "_").split("_", 1)[0].lower()
    return code if code in SUPPORTED_LANGUAGES else FALLBACK_LANGUAGE


def system_language() -> str:
    return language_for_locale(QLocale.system().name())


# -- migrations: _MIGRATIONS[n] turns a version-n file into a version-(n+1) file ---------------


def _migrate_0_to_1(qs: QSettings) -> None:
    moves = {
        "mic": SettingKey.INPUT_DEVICE,
        "speaker": SettingKey.OUTPUT_DEVICE,
        "transcripts": SettingKey.TRANSCRIPT_DIR,
        "geometry": SettingKey.WINDOW_GEOMETRY,
    }
    legacy = {old: qs.value(old) for old in ("target_lang", *moves)}
    # Remove first: QSettings.remove("transcripts") would also remove the new "transcripts/…" group.
    for old in legacy:
        qs.remove(old)
    language = legacy["target_lang"]
    if isinstance(language, str):
        code = language.strip().lower()
        code = _ENGLISH_NAMES.get(code, code)
        if code in SUPPORTED_LANGUAGES and not qs.contains(SettingKey.TARGET_LANGUAGE.value):
            qs.setValue(SettingKey.TARGET_LANGUAGE.value, code)
    for old, new in moves.items():
        value = legacy[old]
        if value is not None and not qs.contains(new.value):
            qs.setValue(new.value, value)


_MIGRATIONS: dict[int, Callable[[QSettings], None]] = {0: _migrate_0_to_1}


def _read_version(qs: QSettings) -> int:
    raw = qs.value(SettingKey.SCHEMA_VERSION.value)
    if isinstance(raw, int) and not isinstance(raw, bool):
        return raw
    if isinstance(raw, str):
        try:
            return int(raw.strip())
        except ValueError:
            pass
    return 0


class Settings:
    """The app's settings file; every property reads through to ``QSettings``."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path if path is not None else default_settings_path()
        self._qs = QSettings(str(self.path), QSettings.Format.IniFormat)
        if self._qs.status() != QSettings.Status.NoError:
            log.warning("settings file %s is damaged (%s); unusable values use defaults",
                        self.path, self._qs.status().name)
        self.migrate()

    def migrate(self) -> int:
        """Bring the file to ``CURRENT_VERSION``; returns the version found before."""
        found = _read_version(self._qs)
        version = found
        if version > CURRENT_VERSION:
            log.warning("settings %s are from a newer version (%d); reading what we understand",
                        self.path, version)
            return found
        while version < CURRENT_VERSION:
            _MIGRATIONS[version](self._qs)
            version += 1
        if found != CURRENT_VERSION or not self._qs.contains(SettingKey.SCHEMA_VERSION.value):
            self._qs.setValue(SettingKey.SCHEMA_VERSION.value, CURRENT_VERSION)
            log.info("settings %s migrated from version %d to %d", self.path, found, CURRENT_VERSION)
        return found

    def sync(self) -> None:
        self._qs.sync()
        if self._qs.status() == QSettings.Status.AccessError:
            log.warning("cannot write the settings file %s", self.path)

    @property
    def schema_version(self) -> int:
        return _read_version(self._qs)

    # -- typed values -----------------------------------------------------------------------

    @property
    def target_language(self) -> str:
        raw = self._string(SettingKey.TARGET_LANGUAGE)
        if raw is not None and raw in SUPPORTED_LANGUAGES:
            return raw
        return system_language()

    @target_language.setter
    def target_language(self, code: str) -> None:
        if code not in SUPPORTED_LANGUAGES:
            raise ValueError(f"unsupported target language {code!r}")
        self._qs.setValue(SettingKey.TARGET_LANGUAGE.value, code)

    @property
    def input_device(self) -> str | None:
        return self._string(SettingKey.INPUT_DEVICE)

    @input_device.setter
    def input_device(self, name: str | None) -> None:
        self._set_string(SettingKey.INPUT_DEVICE, name)

    @property
    def output_device(self) -> str | None:
        return self._string(SettingKey.OUTPUT_DEVICE)

    @output_device.setter
    def output_device(self, name: str | None) -> None:
        self._set_string(SettingKey.OUTPUT_DEVICE, name)

    @property
    def transcript_dir(self) -> Path | None:
        """The chosen transcript folder; None means the default one."""
        raw = self._string(SettingKey.TRANSCRIPT_DIR)
        if raw is None:
            return None
        path = Path(raw).expanduser()
        return path if path.is_absolute() else None

    @transcript_dir.setter
    def transcript_dir(self, path: Path | None) -> None:
        if path is not None:
            path = path.expanduser()
            if not path.is_absolute():
                raise ValueError(f"transcript folder must be an absolute path: {path}")
        self._set_string(SettingKey.TRANSCRIPT_DIR, None if path is None else str(path))

    @property
    def window_geometry(self) -> bytes | None:
        raw = self._qs.value(SettingKey.WINDOW_GEOMETRY.value)
        if isinstance(raw, QByteArray) and not raw.isEmpty():
            return bytes(raw.data())
        return None

    @window_geometry.setter
    def window_geometry(self, data: bytes | None) -> None:
        if data:
            self._qs.setValue(SettingKey.WINDOW_GEOMETRY.value, QByteArray(data))
        else:
            self._qs.remove(SettingKey.WINDOW_GEOMETRY.value)

    # -- helpers ----------------------------------------------------------------------------

    def _string(self, key: SettingKey) -> str | None:
        raw = self._qs.value(key.value)
        if isinstance(raw, str) and raw.strip():
            return raw
        return None

    def _set_string(self, key: SettingKey, value: str | None) -> None:
        if value is None or not value.strip():
            self._qs.remove(key.value)
        else:
            self._qs.setValue(key.value, value)
