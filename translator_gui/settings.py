"""Typed settings over ``QSettings`` (INI file), declared as data, with versioned migrations.

The API key is never stored here: it lives in the system keyring (see ``secrets.py``).

Each setting is one ``Setting`` line: its key, its ``Kind`` (how the value is read back and checked
before it is written) and its default.  A missing or unusable value reads as the default; assigning
``None`` removes the value; assigning what cannot be stored raises ``ValueError``.

One module, a little over 400 lines: the key enum, the kinds and the declarations are one table
read together (a key's on-disk name beside its type and default); split, they would drift apart.
It is also the one module outside ``ui/`` that uses Qt: ``QSettings`` is each platform's own store
(an INI file here, the registry on Windows, a plist on macOS).

File layout, version 1 (current)::

    [meta]        schema_version=1
    [translation] target_language=es            (a language code)
    [audio]       input_device=<name>, output_device=<name>   (device NAME, not index)
                  (these three are the *Them → me* direction's; *Me → them* has its own under
                  [me], and [them]/[me] enabled=true|false say which directions Start starts)
    [transcripts] directory=/absolute/path      (absent = the default folder)
    [window]      geometry=@ByteArray(...)
    [overlay] [history] [captions] [hotkeys] [endpoint] [session] …   (added later; absent = default)

Legacy layout, version 0 (no ``meta/schema_version``; flat keys in ``[General]``)::

    target_lang=<code or English name, e.g. "Spanish">, mic=<input device>, speaker=<output device>,
    transcripts=<folder>, geometry=@ByteArray(...)
"""

from __future__ import annotations

import enum
import hashlib
import logging
import re
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any, Generic, NamedTuple, TypeVar, overload

from PySide6.QtCore import QByteArray, QLocale, QSettings

from translator_gui.paths import settings_file
from translator_gui.realtime.endpoint import check_endpoint
from translator_gui.realtime.languages import ALL_TARGETS, TRANSLATE_TARGETS
from translator_gui.side import Side

log = logging.getLogger(__name__)

CURRENT_VERSION = 1
# One source of truth for the language list: the translation model's own targets.
SUPPORTED_LANGUAGES: tuple[str, ...] = tuple(lang.code for lang in TRANSLATE_TARGETS)
# What the user may pick: every language some mode can produce (Interpret covers the rest). The
# locale default stays within SUPPORTED_LANGUAGES so a fresh install never lands on a pricier mode.
STORABLE_LANGUAGES: tuple[str, ...] = tuple(lang.code for lang in ALL_TARGETS)
FALLBACK_LANGUAGE = "en"
SESSION_MODES = ("translate", "captions", "interpret")
THEMES = ("auto", "light", "dark")  # auto: the system's colour scheme
OVERLAY_FONT_SIZE_DEFAULT = 24
OVERLAY_FONT_SIZE_RANGE = (8, 96)
CAPTION_TEXT_SIZE_RANGE = (10, 48)
CAPTION_TEXT_SIZE_DEFAULT = 16
GLOBAL_HOTKEY_DEFAULT = "Ctrl+Alt+Shift+C"
_ENGLISH_NAMES = {lang.english_name.lower(): lang.code for lang in TRANSLATE_TARGETS}
_COLOR_RE = re.compile(r"#[0-9a-fA-F]{6}")


class SettingKey(enum.StrEnum):
    """Every key of the settings file (its values are the on-disk names)."""

    SCHEMA_VERSION = "meta/schema_version"
    TARGET_LANGUAGE = "translation/target_language"  # also *Them → me*'s language
    INPUT_DEVICE = "audio/input_device"  # *Them → me*'s devices keep the original keys
    OUTPUT_DEVICE = "audio/output_device"
    TRANSCRIPT_DIR = "transcripts/directory"
    WINDOW_GEOMETRY = "window/geometry"
    # the two directions
    THEM_ENABLED = "them/enabled"
    ME_ENABLED = "me/enabled"
    ME_TARGET_LANGUAGE = "me/target_language"
    ME_INPUT_DEVICE = "me/input_device"
    ME_OUTPUT_DEVICE = "me/output_device"
    # the caption bar and the history
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
    OVERLAY_KEEP_SECONDS = "overlay/keep_seconds"  # 0: the last line stays until new speech replaces it
    CAPTION_TEXT_SIZE = "captions/text_size"  # the main window's captions, in points
    HISTORY_INTERLEAVED = "history/interleaved"  # source under each translation, not beside it
    STABLE_CAPTIONS = "captions/stable"  # show completed lines only, never text still being spoken
    GLOBAL_HOTKEY = "hotkeys/caption_bar"  # a key combination for the whole desktop
    GLOBAL_HOTKEY_ENABLED = "hotkeys/enabled"
    # the realtime endpoint, the session kind and the spending cap
    BASE_URL = "endpoint/base_url"
    ORGANIZATION = "endpoint/organization"
    PROJECT = "endpoint/project"
    MODE = "session/mode"
    SPENDING_CAP = "session/spending_cap"
    DUCKING = "audio/ducking_db"  # how much the meeting is lowered while a translation plays; 0: not at all
    # how the app looks and speaks
    UI_LANGUAGE = "appearance/language"  # a locale such as de or pt_BR; absent: the system's
    THEME = "appearance/theme"  # one of THEMES


default_settings_path = settings_file


def language_for_locale(locale_name: str) -> str:
    """The target language for a locale name such as ``pt_BR`` (``en`` if unsupported)."""
    code = locale_name.replace("-", "_").split("_", 1)[0].lower()
    return code if code in SUPPORTED_LANGUAGES else FALLBACK_LANGUAGE


def system_language() -> str:
    return language_for_locale(QLocale.system().name())


# -- kinds: how a value is read back from the file and checked before it is written -------------

T = TypeVar("T")


class Kind(NamedTuple, Generic[T]):
    decode: Callable[[object], T | None]  # the raw QSettings value → a usable value, or None: the default
    encode: Callable[[T], object]  # a value → what to store, or None: remove the key; may raise ValueError


def _bool(raw: object) -> bool | None:
    if isinstance(raw, bool):
        return raw
    word = raw.strip().lower() if isinstance(raw, str) else None
    return word in ("true", "1") if word in ("true", "false", "1", "0") else None


def _text(raw: object) -> str | None:
    return raw if isinstance(raw, str) and raw.strip() else None


def _stripped(raw: object) -> str | None:
    return raw.strip() if isinstance(raw, str) and raw.strip() else None


def _strict(decode: Callable[[object], T | None], refusal: str) -> Kind[T]:
    """Stores ``decode(value)``; a value it refuses raises ``ValueError(f"{refusal} {value!r}")``."""

    def encode(value: T) -> T:
        stored = decode(value)
        if stored is None:
            raise ValueError(f"{refusal} {value!r}")
        return stored

    return Kind(decode, encode)


N = TypeVar("N", int, float)


def _number_in(cast: type[N], low: N, high: N, *, strict: bool = False) -> Callable[[object], N | None]:
    """Reads a number within [low, high] (``strict``: within (low, high)); anything else as None."""

    def decode(raw: object) -> N | None:
        if isinstance(raw, bool) or not isinstance(raw, int | float | str) or (cast is int and isinstance(raw, float)):
            return None
        try:
            value = cast(raw)
        except ValueError:
            return None
        return value if (low < value < high if strict else low <= value <= high) else None

    return decode


def _clamped(cast: type[N], low: N, high: N) -> Kind[N]:
    """Out of range on disk reads as the default; out of range when set is clamped."""
    return Kind(_number_in(cast, low, high), lambda value: min(max(cast(value), low), high))


def _folder(raw: object) -> Path | None:
    path = Path(text).expanduser() if (text := _text(raw)) is not None else None
    return path if path is not None and path.is_absolute() else None


def _store_folder(path: Path) -> str:
    path = path.expanduser()
    if not path.is_absolute():
        raise ValueError(f"transcript folder must be an absolute path: {path}")
    return str(path)


def _endpoint(raw: object) -> str | None:  # a URL that would expose the key (http elsewhere) reads as None
    url = _stripped(raw)
    try:
        check_endpoint(url)
    except ValueError:
        return None
    return url


def _store_endpoint(url: str) -> str | None:  # raises InsecureEndpointError, a ValueError
    if url.strip():
        check_endpoint(url)
    return url.strip() or None


BOOL: Kind[bool] = Kind(_bool, bool)
TEXT: Kind[str] = Kind(_text, lambda value: value if value.strip() else None)
STRIPPED: Kind[str] = Kind(_stripped, lambda value: value.strip() or None)
LANGUAGE = _strict(lambda raw: raw if isinstance(raw, str) and raw in STORABLE_LANGUAGES else None,
                   "unsupported target language")
COLOR = _strict(lambda raw: raw.lower() if isinstance(raw, str) and _COLOR_RE.fullmatch(raw) else None,
                "not a #rrggbb colour:")
MODE = _strict(lambda raw: _stripped(raw) if _stripped(raw) in SESSION_MODES else None, "unknown session mode")
THEME = _strict(lambda raw: _stripped(raw) if _stripped(raw) in THEMES else None, "unknown theme")
FOLDER: Kind[Path] = Kind(_folder, _store_folder)
GEOMETRY: Kind[bytes] = Kind(lambda raw: bytes(raw.data()) if isinstance(raw, QByteArray) and raw.size() else None,
                             lambda data: QByteArray(data) if data else None)
OPACITY = _clamped(float, 0.0, 1.0)
SPENDING_CAP = _strict(_number_in(float, 0.0, 1e6, strict=True), "the spending cap must be a positive amount, not")
ENDPOINT: Kind[str] = Kind(_endpoint, _store_endpoint)
DUCKING_LEVELS = (0.0, -10.0, -20.0)
DUCKING = _strict(lambda raw: value if (value := _number_in(float, -20.0, 0.0)(raw)) in DUCKING_LEVELS else None,
                  "ducking is 0, -10 or -20 dB, not")


# -- the one typed accessor -----------------------------------------------------------------------


D = TypeVar("D")


class Setting(Generic[T, D]):
    """A typed attribute stored under ``key`` (on ``DirectionSettings``, one key per ``Side``): reads
    ``kind.decode(value)``, else ``fallback(owner)`` if given (e.g. the system's language), else ``default``."""

    def __init__(self, key: SettingKey | Mapping[Side, SettingKey], kind: Kind[T], default: D,
                 fallback: Callable[[Any], T | D] | None = None) -> None:
        self.key = key
        self.kind = kind
        self.default = default
        self.fallback = fallback

    def _key_of(self, owner: Settings | DirectionSettings) -> SettingKey:
        if isinstance(self.key, SettingKey):
            return self.key
        assert isinstance(owner, DirectionSettings), "a per-direction setting belongs on DirectionSettings"
        return self.key[owner.side]

    @overload
    def __get__(self, owner: None, cls: type) -> Setting[T, D]: ...
    @overload
    def __get__(self, owner: Settings | DirectionSettings, cls: type) -> T | D: ...
    def __get__(self, owner: Settings | DirectionSettings | None, cls: type) -> T | D | Setting[T, D]:
        if owner is None:
            return self
        value = self.kind.decode(owner._qs.value(self._key_of(owner).value))
        if value is not None:
            return value
        return self.fallback(owner) if self.fallback is not None else self.default

    def __set__(self, owner: Settings | DirectionSettings, value: T | None) -> None:
        key = self._key_of(owner).value
        stored = None if value is None else self.kind.encode(value)
        if stored is None:
            owner._qs.remove(key)
        else:
            owner._qs.setValue(key, stored)


# -- migrations: _MIGRATIONS[n] turns a version-n file into a version-(n+1) file ---------------


def _migrate_0_to_1(qs: QSettings) -> None:
    moves = {"mic": SettingKey.INPUT_DEVICE, "speaker": SettingKey.OUTPUT_DEVICE,
             "transcripts": SettingKey.TRANSCRIPT_DIR, "geometry": SettingKey.WINDOW_GEOMETRY}
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
    return _number_in(int, 0, 1 << 31)(qs.value(SettingKey.SCHEMA_VERSION.value)) or 0


def _layout_key(layout_key: str) -> str:
    """Where the caption bar's place on this screen layout is kept (the layout key holds commas, colons …)."""
    digest = hashlib.sha1(layout_key.encode(), usedforsecurity=False).hexdigest()[:16]
    return f"{SettingKey.OVERLAY_GEOMETRY.value}/{digest}"


def _others_language(direction: DirectionSettings) -> str:
    """*Them → me*: the system's; *Me → them*: unknown until chosen: English, or Spanish for English speakers."""
    if direction.side is Side.THEM:
        return system_language()
    return "en" if direction.settings.target_language != "en" else "es"


class DirectionSettings:
    """The settings of one direction, read through to the settings file."""

    enabled = Setting({Side.THEM: SettingKey.THEM_ENABLED, Side.ME: SettingKey.ME_ENABLED}, BOOL, False,
                      fallback=lambda d: d.side is Side.THEM)  # a new install listens to the meeting only
    target_language = Setting({Side.THEM: SettingKey.TARGET_LANGUAGE, Side.ME: SettingKey.ME_TARGET_LANGUAGE},
                              LANGUAGE, "", fallback=_others_language)
    input_device = Setting({Side.THEM: SettingKey.INPUT_DEVICE, Side.ME: SettingKey.ME_INPUT_DEVICE}, TEXT, None)
    output_device = Setting({Side.THEM: SettingKey.OUTPUT_DEVICE, Side.ME: SettingKey.ME_OUTPUT_DEVICE}, TEXT, None)

    def __init__(self, settings: Settings, side: Side | str) -> None:
        self.settings = settings
        self.side = Side(side)  # ValueError for anything but "them" / "me"
        self.name = self.side.value
        self._qs = settings._qs


class Settings:
    """The app's settings file; every attribute reads through to ``QSettings``."""

    target_language = Setting(SettingKey.TARGET_LANGUAGE, LANGUAGE, "", fallback=lambda _: system_language())
    input_device = Setting(SettingKey.INPUT_DEVICE, TEXT, None)
    output_device = Setting(SettingKey.OUTPUT_DEVICE, TEXT, None)
    transcript_dir = Setting(SettingKey.TRANSCRIPT_DIR, FOLDER, None)  # None: the default folder
    window_geometry = Setting(SettingKey.WINDOW_GEOMETRY, GEOMETRY, None)
    # the caption bar
    overlay_visible = Setting(SettingKey.OVERLAY_VISIBLE, BOOL, False)
    overlay_font_family = Setting(SettingKey.OVERLAY_FONT_FAMILY, TEXT, None)  # None: the app's (CJK fallback)
    overlay_font_size = Setting(SettingKey.OVERLAY_FONT_SIZE, _clamped(int, *OVERLAY_FONT_SIZE_RANGE),
                                OVERLAY_FONT_SIZE_DEFAULT)
    overlay_text_color = Setting(SettingKey.OVERLAY_TEXT_COLOR, COLOR, "#ffffff")
    overlay_background_color = Setting(SettingKey.OVERLAY_BACKGROUND_COLOR, COLOR, "#000000")
    overlay_background_opacity = Setting(SettingKey.OVERLAY_BACKGROUND_OPACITY, OPACITY, 0.75)
    overlay_lines = Setting(SettingKey.OVERLAY_LINES, _clamped(int, 1, 3), 2)
    overlay_show_source = Setting(SettingKey.OVERLAY_SHOW_SOURCE, BOOL, False)
    overlay_high_contrast = Setting(SettingKey.OVERLAY_HIGH_CONTRAST, BOOL, False)
    overlay_keep_seconds = Setting(SettingKey.OVERLAY_KEEP_SECONDS, _clamped(int, 0, 600), 0)
    caption_text_size = Setting(SettingKey.CAPTION_TEXT_SIZE, _clamped(int, *CAPTION_TEXT_SIZE_RANGE),
                                CAPTION_TEXT_SIZE_DEFAULT)
    history_interleaved = Setting(SettingKey.HISTORY_INTERLEAVED, BOOL, False)
    stable_captions = Setting(SettingKey.STABLE_CAPTIONS, BOOL, False)
    global_hotkey = Setting(SettingKey.GLOBAL_HOTKEY, TEXT, GLOBAL_HOTKEY_DEFAULT)  # shows/hides the bar
    global_hotkey_enabled = Setting(SettingKey.GLOBAL_HOTKEY_ENABLED, BOOL, True)
    # the realtime endpoint; None: the default (OPENAI_BASE_URL, else api.openai.com)
    base_url = Setting(SettingKey.BASE_URL, ENDPOINT, None)
    organization = Setting(SettingKey.ORGANIZATION, STRIPPED, None)
    project = Setting(SettingKey.PROJECT, STRIPPED, None)
    session_mode = Setting(SettingKey.MODE, MODE, None)  # one of SESSION_MODES; None: from the language
    spending_cap = Setting(SettingKey.SPENDING_CAP, SPENDING_CAP, None)  # USD per session; None: no cap
    ducking_db = Setting(SettingKey.DUCKING, DUCKING, 0.0)  # one of DUCKING_LEVELS
    ui_language = Setting(SettingKey.UI_LANGUAGE, STRIPPED, None)  # None: the system's language
    theme = Setting(SettingKey.THEME, THEME, "auto")

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

    def direction(self, side: Side | str) -> DirectionSettings:
        """``Side.THEM``: the meeting's sound into my language; ``Side.ME``: my voice into theirs."""
        return DirectionSettings(self, side)

    def overlay_geometry(self, layout_key: str) -> tuple[int, int, int, int] | None:
        """The caption bar's (x, y, width, height) saved for this screen layout, if any."""
        raw = self._qs.value(_layout_key(layout_key))  # "x,y,w,h"; QSettings may split it into a list
        parts = raw if isinstance(raw, list) else raw.split(",") if isinstance(raw, str) else []
        try:
            x, y, w, h = (int(str(part)) for part in parts)
        except ValueError:
            return None
        return (x, y, w, h) if w > 0 and h > 0 else None

    def set_overlay_geometry(self, layout_key: str, rect: tuple[int, int, int, int] | None) -> None:
        key = _layout_key(layout_key)
        if rect is None:
            self._qs.remove(key)
        else:
            self._qs.setValue(key, "{},{},{},{}".format(*rect))
