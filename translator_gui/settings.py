"""Typed settings over ``QSettings`` (INI file), with versioned migrations.

The API key is never stored here: it lives in the system keyring (see ``secrets.py``).

File layout, version 1 (current)::

    [meta]        schema_version=1
    [translation] target_language=es            (a language code)
    [audio]       input_device=<name>, output_device=<name>   (device NAME, not index)
                  (these three are the *Them → me* direction's; *Me → them* has its own under
                  [me], and [them]/[me] enabled=true|false say which directions Start starts)
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
import hashlib
import logging
import re
from collections.abc import Callable
from pathlib import Path

import platformdirs
from PySide6.QtCore import QByteArray, QLocale, QSettings

from translator_gui.realtime.endpoint import InsecureEndpointError, check_endpoint
from translator_gui.realtime.languages import ALL_TARGETS, TRANSLATE_TARGETS

log = logging.getLogger(__name__)

APP_DIR_NAME = "translator-gui"
CURRENT_VERSION = 1
# One source of truth for the language list: the translation model's own targets.
SUPPORTED_LANGUAGES: tuple[str, ...] = tuple(lang.code for lang in TRANSLATE_TARGETS)
# What the user may pick: every language some mode can produce (Interpret covers the rest). The
# locale default stays within SUPPORTED_LANGUAGES so a fresh install never lands on a pricier mode.
STORABLE_LANGUAGES: tuple[str, ...] = tuple(lang.code for lang in ALL_TARGETS)
FALLBACK_LANGUAGE = "en"
_ENGLISH_NAMES = {lang.english_name.lower(): lang.code for lang in TRANSLATE_TARGETS}


class SettingKey(enum.StrEnum):
    SCHEMA_VERSION = "meta/schema_version"
    TARGET_LANGUAGE = "translation/target_language"
    INPUT_DEVICE = "audio/input_device"
    OUTPUT_DEVICE = "audio/output_device"
    TRANSCRIPT_DIR = "transcripts/directory"
    WINDOW_GEOMETRY = "window/geometry"


class UiKey(enum.StrEnum):
    """Keys of the caption bar and the history (additive: absent keys read as defaults, so the
    schema version is unchanged)."""

    OVERLAY_VISIBLE = "overlay/visible"
    OVERLAY_FONT_FAMILY = "overlay/font_family"
    OVERLAY_FONT_SIZE = "overlay/font_size"
    OVERLAY_TEXT_COLOR = "overlay/text_color"
    OVERLAY_BACKGROUND_COLOR = "overlay/background_color"
    OVERLAY_BACKGROUND_OPACITY = "overlay/background_opacity"
    OVERLAY_LINES = "overlay/lines"
    OVERLAY_SHOW_SOURCE = "overlay/show_source"
    OVERLAY_HIGH_CONTRAST = "overlay/high_contrast"
    OVERLAY_GEOMETRY = "overlay_geometry"  # a group: one "x,y,w,h" per screen layout key
    HISTORY_INTERLEAVED = "history/interleaved"  # source under each translation, not beside it
    STABLE_CAPTIONS = "captions/stable"  # show completed lines only, never text still being spoken
    GLOBAL_HOTKEY = "hotkeys/caption_bar"  # a key combination for the whole desktop, e.g. Ctrl+Alt+Shift+C
    GLOBAL_HOTKEY_ENABLED = "hotkeys/enabled"


class DirectionKey(enum.StrEnum):
    """Keys of the two directions (additive: absent keys read as defaults). *Them → me* keeps the
    original single-direction keys for its language and devices."""

    THEM_ENABLED = "them/enabled"
    ME_ENABLED = "me/enabled"
    ME_TARGET_LANGUAGE = "me/target_language"
    ME_INPUT_DEVICE = "me/input_device"
    ME_OUTPUT_DEVICE = "me/output_device"


class EndpointKey(enum.StrEnum):
    """Keys of the realtime endpoint, the session kind and the spending cap (additive: absent keys
    read as defaults, so the schema version is unchanged and migrate() has nothing to move)."""

    BASE_URL = "endpoint/base_url"
    ORGANIZATION = "endpoint/organization"
    PROJECT = "endpoint/project"
    MODE = "session/mode"
    SPENDING_CAP = "session/spending_cap"


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


OVERLAY_FONT_SIZE_DEFAULT = 24
GLOBAL_HOTKEY_DEFAULT = "Ctrl+Alt+Shift+C"
OVERLAY_FONT_SIZE_RANGE = (8, 96)
_COLOR_RE = re.compile(r"#[0-9a-fA-F]{6}")


def _clamp(value: int, low: int, high: int) -> int:
    return min(max(value, low), high)


def _layout_id(layout_key: str) -> str:
    """A settings-safe name for a screen layout key (which holds commas, colons, x …)."""
    return hashlib.sha1(layout_key.encode("utf-8"), usedforsecurity=False).hexdigest()[:16]


class DirectionSettings:
    """The settings of one direction (``"them"`` or ``"me"``), read through to the settings file."""

    def __init__(self, settings: Settings, name: str) -> None:
        if name not in ("them", "me"):
            raise ValueError(f"unknown direction {name!r}")
        self._settings = settings
        self.name = name
        them = name == "them"
        self._enabled_key = DirectionKey.THEM_ENABLED if them else DirectionKey.ME_ENABLED
        self._input_key = SettingKey.INPUT_DEVICE if them else DirectionKey.ME_INPUT_DEVICE
        self._output_key = SettingKey.OUTPUT_DEVICE if them else DirectionKey.ME_OUTPUT_DEVICE

    @property
    def enabled(self) -> bool:
        return self._settings._bool(self._enabled_key, self.name == "them")

    @enabled.setter
    def enabled(self, value: bool) -> None:
        self._settings._qs.setValue(self._enabled_key.value, bool(value))

    @property
    def target_language(self) -> str:
        if self.name == "them":
            return self._settings.target_language
        raw = self._settings._string(DirectionKey.ME_TARGET_LANGUAGE)
        if raw is not None and raw in STORABLE_LANGUAGES:
            return raw
        # The others' language is unknown until chosen: English, or Spanish for English speakers.
        return "en" if self._settings.target_language != "en" else "es"

    @target_language.setter
    def target_language(self, code: str) -> None:
        if self.name == "them":
            self._settings.target_language = code
            return
        if code not in STORABLE_LANGUAGES:
            raise ValueError(f"unsupported target language {code!r}")
        self._settings._qs.setValue(DirectionKey.ME_TARGET_LANGUAGE.value, code)

    @property
    def input_device(self) -> str | None:
        return self._settings._string(self._input_key)

    @input_device.setter
    def input_device(self, name: str | None) -> None:
        self._settings._set_string(self._input_key, name)

    @property
    def output_device(self) -> str | None:
        return self._settings._string(self._output_key)

    @output_device.setter
    def output_device(self, name: str | None) -> None:
        self._settings._set_string(self._output_key, name)


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

    def direction(self, name: str) -> DirectionSettings:
        """``"them"``: the meeting's sound into my language; ``"me"``: my voice into theirs."""
        return DirectionSettings(self, name)

    # -- typed values -----------------------------------------------------------------------

    @property
    def target_language(self) -> str:
        raw = self._string(SettingKey.TARGET_LANGUAGE)
        if raw is not None and raw in STORABLE_LANGUAGES:
            return raw
        return system_language()

    @target_language.setter
    def target_language(self, code: str) -> None:
        if code not in STORABLE_LANGUAGES:
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

    # -- the caption bar --------------------------------------------------------------------

    @property
    def overlay_visible(self) -> bool:
        return self._bool(UiKey.OVERLAY_VISIBLE, False)

    @overlay_visible.setter
    def overlay_visible(self, value: bool) -> None:
        self._qs.setValue(UiKey.OVERLAY_VISIBLE.value, bool(value))

    @property
    def overlay_font_family(self) -> str | None:
        """None: the application's font (with a CJK fallback chosen when needed)."""
        return self._string(UiKey.OVERLAY_FONT_FAMILY)

    @overlay_font_family.setter
    def overlay_font_family(self, family: str | None) -> None:
        self._set_string(UiKey.OVERLAY_FONT_FAMILY, family)

    @property
    def overlay_font_size(self) -> int:
        return self._int(UiKey.OVERLAY_FONT_SIZE, OVERLAY_FONT_SIZE_DEFAULT, *OVERLAY_FONT_SIZE_RANGE)

    @overlay_font_size.setter
    def overlay_font_size(self, points: int) -> None:
        self._qs.setValue(UiKey.OVERLAY_FONT_SIZE.value, _clamp(int(points), *OVERLAY_FONT_SIZE_RANGE))

    @property
    def overlay_text_color(self) -> str:
        return self._color(UiKey.OVERLAY_TEXT_COLOR, "#ffffff")

    @overlay_text_color.setter
    def overlay_text_color(self, color: str) -> None:
        self._set_color(UiKey.OVERLAY_TEXT_COLOR, color)

    @property
    def overlay_background_color(self) -> str:
        return self._color(UiKey.OVERLAY_BACKGROUND_COLOR, "#000000")

    @overlay_background_color.setter
    def overlay_background_color(self, color: str) -> None:
        self._set_color(UiKey.OVERLAY_BACKGROUND_COLOR, color)

    @property
    def overlay_background_opacity(self) -> float:
        raw = self._qs.value(UiKey.OVERLAY_BACKGROUND_OPACITY.value)
        try:
            value = float(raw) if isinstance(raw, int | float | str) and not isinstance(raw, bool) else None
        except ValueError:
            value = None
        if value is None or not 0.0 <= value <= 1.0:
            return 0.75
        return value

    @overlay_background_opacity.setter
    def overlay_background_opacity(self, value: float) -> None:
        self._qs.setValue(UiKey.OVERLAY_BACKGROUND_OPACITY.value, min(max(float(value), 0.0), 1.0))

    @property
    def overlay_lines(self) -> int:
        return self._int(UiKey.OVERLAY_LINES, 2, 1, 3)

    @overlay_lines.setter
    def overlay_lines(self, lines: int) -> None:
        self._qs.setValue(UiKey.OVERLAY_LINES.value, _clamp(int(lines), 1, 3))

    @property
    def overlay_show_source(self) -> bool:
        return self._bool(UiKey.OVERLAY_SHOW_SOURCE, False)

    @overlay_show_source.setter
    def overlay_show_source(self, value: bool) -> None:
        self._qs.setValue(UiKey.OVERLAY_SHOW_SOURCE.value, bool(value))

    @property
    def overlay_high_contrast(self) -> bool:
        return self._bool(UiKey.OVERLAY_HIGH_CONTRAST, False)

    @overlay_high_contrast.setter
    def overlay_high_contrast(self, value: bool) -> None:
        self._qs.setValue(UiKey.OVERLAY_HIGH_CONTRAST.value, bool(value))

    def overlay_geometry(self, layout_key: str) -> tuple[int, int, int, int] | None:
        """The caption bar's (x, y, width, height) saved for this screen layout, if any."""
        raw = self._qs.value(f"{UiKey.OVERLAY_GEOMETRY.value}/{_layout_id(layout_key)}")
        if isinstance(raw, list):
            raw = ",".join(str(x) for x in raw)
        if not isinstance(raw, str):
            return None
        try:
            x, y, w, h = (int(part) for part in raw.split(","))
        except ValueError:
            return None
        return (x, y, w, h) if w > 0 and h > 0 else None

    def set_overlay_geometry(self, layout_key: str, rect: tuple[int, int, int, int] | None) -> None:
        key = f"{UiKey.OVERLAY_GEOMETRY.value}/{_layout_id(layout_key)}"
        if rect is None:
            self._qs.remove(key)
        else:
            self._qs.setValue(key, "{},{},{},{}".format(*rect))

    @property
    def history_interleaved(self) -> bool:
        return self._bool(UiKey.HISTORY_INTERLEAVED, False)

    @history_interleaved.setter
    def history_interleaved(self, value: bool) -> None:
        self._qs.setValue(UiKey.HISTORY_INTERLEAVED.value, bool(value))

    @property
    def stable_captions(self) -> bool:
        return self._bool(UiKey.STABLE_CAPTIONS, False)

    @stable_captions.setter
    def stable_captions(self, value: bool) -> None:
        self._qs.setValue(UiKey.STABLE_CAPTIONS.value, bool(value))

    @property
    def global_hotkey(self) -> str:
        """The system-wide combination that shows or hides the caption bar."""
        return self._string(UiKey.GLOBAL_HOTKEY) or GLOBAL_HOTKEY_DEFAULT

    @global_hotkey.setter
    def global_hotkey(self, sequence: str | None) -> None:
        self._set_string(UiKey.GLOBAL_HOTKEY, sequence)

    @property
    def global_hotkey_enabled(self) -> bool:
        return self._bool(UiKey.GLOBAL_HOTKEY_ENABLED, True)

    @global_hotkey_enabled.setter
    def global_hotkey_enabled(self, value: bool) -> None:
        self._qs.setValue(UiKey.GLOBAL_HOTKEY_ENABLED.value, bool(value))

    # -- the realtime endpoint ----------------------------------------------------------------

    def _endpoint_text(self, key: EndpointKey) -> str | None:
        raw = self._qs.value(key.value)
        return raw.strip() if isinstance(raw, str) and raw.strip() else None

    def _set_endpoint_text(self, key: EndpointKey, value: str | None) -> None:
        if value is None or not value.strip():
            self._qs.remove(key.value)
        else:
            self._qs.setValue(key.value, value.strip())

    @property
    def base_url(self) -> str | None:
        """The API base URL; None: the default (``OPENAI_BASE_URL``, else api.openai.com).
        A stored URL that would expose the key (plain http to another computer) reads as None."""
        raw = self._endpoint_text(EndpointKey.BASE_URL)
        if raw is None:
            return None
        try:
            check_endpoint(raw)
        except InsecureEndpointError:
            return None
        return raw

    @base_url.setter
    def base_url(self, url: str | None) -> None:
        """Raises ``InsecureEndpointError`` (a ``ValueError``) for a URL that is not https (or loopback)."""
        if url is not None and url.strip():
            check_endpoint(url)
        self._set_endpoint_text(EndpointKey.BASE_URL, url)

    @property
    def organization(self) -> str | None:
        return self._endpoint_text(EndpointKey.ORGANIZATION)

    @organization.setter
    def organization(self, value: str | None) -> None:
        self._set_endpoint_text(EndpointKey.ORGANIZATION, value)

    @property
    def project(self) -> str | None:
        return self._endpoint_text(EndpointKey.PROJECT)

    @project.setter
    def project(self, value: str | None) -> None:
        self._set_endpoint_text(EndpointKey.PROJECT, value)

    @property
    def session_mode(self) -> str | None:
        """``"translate"``, ``"captions"`` or ``"interpret"``; None: chosen from the target language."""
        raw = self._endpoint_text(EndpointKey.MODE)
        return raw if raw in ("translate", "captions", "interpret") else None

    @session_mode.setter
    def session_mode(self, mode: str | None) -> None:
        if mode is not None and mode not in ("translate", "captions", "interpret"):
            raise ValueError(f"unknown session mode {mode!r}")
        self._set_endpoint_text(EndpointKey.MODE, mode)

    @property
    def spending_cap(self) -> float | None:
        """USD per session; None: no cap."""
        raw = self._qs.value(EndpointKey.SPENDING_CAP.value)
        try:
            value = float(raw) if isinstance(raw, int | float | str) and not isinstance(raw, bool) else None
        except ValueError:
            value = None
        return value if value is not None and 0 < value < 1e6 else None

    @spending_cap.setter
    def spending_cap(self, dollars: float | None) -> None:
        if dollars is None:
            self._qs.remove(EndpointKey.SPENDING_CAP.value)
            return
        if not 0 < float(dollars) < 1e6:
            raise ValueError(f"the spending cap must be a positive amount, not {dollars!r}")
        self._qs.setValue(EndpointKey.SPENDING_CAP.value, float(dollars))

    # -- helpers ----------------------------------------------------------------------------

    def _bool(self, key: SettingKey | UiKey | DirectionKey, default: bool) -> bool:
        raw = self._qs.value(key.value)
        if isinstance(raw, bool):
            return raw
        if isinstance(raw, str) and raw.strip().lower() in ("true", "false", "1", "0"):
            return raw.strip().lower() in ("true", "1")
        return default

    def _int(self, key: SettingKey | UiKey, default: int, low: int, high: int) -> int:
        raw = self._qs.value(key.value)
        try:
            value = int(raw) if isinstance(raw, int | str) and not isinstance(raw, bool) else None
        except ValueError:
            value = None
        return default if value is None or not low <= value <= high else value

    def _color(self, key: SettingKey | UiKey, default: str) -> str:
        raw = self._string(key)
        return raw.lower() if raw is not None and _COLOR_RE.fullmatch(raw) else default

    def _set_color(self, key: SettingKey | UiKey, color: str) -> None:
        if not _COLOR_RE.fullmatch(color):
            raise ValueError(f"not a #rrggbb colour: {color!r}")
        self._qs.setValue(key.value, color.lower())

    def _string(self, key: SettingKey | UiKey | DirectionKey) -> str | None:
        raw = self._qs.value(key.value)
        if isinstance(raw, str) and raw.strip():
            return raw
        return None

    def _set_string(self, key: SettingKey | UiKey | DirectionKey, value: str | None) -> None:
        if value is None or not value.strip():
            self._qs.remove(key.value)
        else:
            self._qs.setValue(key.value, value)
