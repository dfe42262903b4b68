from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings

from translator_gui.settings import (
    CURRENT_VERSION,
    SettingKey,
    Settings,
    default_settings_path,
    language_for_locale,
)


def ini_text(path: Path) -> str:
    return path.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("locale_name", "code"),
    [("es_ES", "es"), ("pt_BR", "pt"), ("zh_CN", "zh"), ("zh-Hant-TW", "zh"), ("id_ID", "id"),
     ("hi_IN", "hi"), ("en_US", "en"), ("nb_NO", "en"), ("C", "en"), ("", "en")],
)
def test_default_language_follows_the_locale_when_supported(locale_name: str, code: str) -> None:
    assert language_for_locale(locale_name) == code


def test_defaults_on_a_new_file(tmp_path: Path) -> None:
    path = tmp_path / "settings.ini"
    settings = Settings(path)
    assert settings.path == path
    assert settings.target_language == language_for_locale(QLocale.system().name())
    assert settings.input_device is None and settings.output_device is None
    assert settings.transcript_dir is None and settings.window_geometry is None
    settings.sync()
    assert settings.schema_version == CURRENT_VERSION
    assert "schema_version=1" in ini_text(path)


def test_default_path_is_in_the_user_config_dir() -> None:
    expected = Path(os.environ["XDG_CONFIG_HOME"]) / "translator-gui" / "settings.ini"
    assert default_settings_path() == expected
    assert Settings().path == expected


def test_round_trip_across_instances_and_processes(tmp_path: Path) -> None:
    path = tmp_path / "settings.ini"
    first = Settings(path)
    first.target_language = "ja"
    first.input_device = "Micrófono (USB) – 2, left"
    first.output_device = "virtualmic"
    first.transcript_dir = tmp_path / "transcripts"
    first.window_geometry = b"\x00\x01geometry\xff"
    first.sync()

    second = Settings(path)
    assert second.target_language == "ja"
    assert second.input_device == "Micrófono (USB) – 2, left"
    assert second.output_device == "virtualmic"
    assert second.transcript_dir == tmp_path / "transcripts"
    assert second.window_geometry == b"\x00\x01geometry\xff"

    # a fresh process has no in-memory QSettings cache: this reads the file itself
    script = textwrap.dedent(f"""
        import json
        from pathlib import Path
        from translator_gui.settings import Settings
        s = Settings(Path({str(path)!r}))
        print(json.dumps([s.target_language, s.input_device, s.output_device,
                          str(s.transcript_dir), (s.window_geometry or b"").hex()]))
    """)
    out = subprocess.run([sys.executable, "-c", script], check=True, capture_output=True, text=True,
                         timeout=60).stdout
    assert json.loads(out) == ["ja", "Micrófono (USB) – 2, left", "virtualmic",
                               str(tmp_path / "transcripts"), b"\x00\x01geometry\xff".hex()]


def test_clearing_values_removes_them(tmp_path: Path) -> None:
    path = tmp_path / "settings.ini"
    settings = Settings(path)
    settings.input_device = "mic"
    settings.transcript_dir = tmp_path
    settings.window_geometry = b"x"
    settings.input_device = None
    settings.transcript_dir = None
    settings.window_geometry = None
    settings.sync()
    text = ini_text(path)
    assert "input_device" not in text and "directory" not in text and "geometry" not in text


def test_setters_reject_what_cannot_be_stored(tmp_path: Path) -> None:
    settings = Settings(tmp_path / "settings.ini")
    with pytest.raises(ValueError, match="unsupported target language"):
        settings.target_language = "tlh"
    with pytest.raises(ValueError, match="absolute"):
        settings.transcript_dir = Path("relative/folder")


def test_migrates_the_version_0_layout(tmp_path: Path) -> None:
    path = tmp_path / "settings.ini"
    path.write_text(
        "[General]\n"
        "target_lang=Spanish\n"
        "mic=Built-in Microphone\n"
        "speaker=Headphones\n"
        f"transcripts={tmp_path / 'old-transcripts'}\n"
        "geometry=@ByteArray(abc)\n",
        encoding="utf-8",
    )
    settings = Settings(path)
    assert settings.schema_version == 1
    assert settings.target_language == "es"
    assert settings.input_device == "Built-in Microphone"
    assert settings.output_device == "Headphones"
    assert settings.transcript_dir == tmp_path / "old-transcripts"
    assert settings.window_geometry == b"abc"
    settings.sync()
    text = ini_text(path)
    for legacy in ("target_lang=", "mic=", "speaker=", "transcripts=", "[General]"):
        assert legacy not in text
    assert settings.migrate() == 1  # already current: nothing to do


def test_migration_drops_an_unknown_legacy_language(tmp_path: Path) -> None:
    path = tmp_path / "settings.ini"
    path.write_text("[General]\ntarget_lang=Klingon\n", encoding="utf-8")
    settings = Settings(path)
    assert settings.target_language == language_for_locale(QLocale.system().name())
    settings.sync()
    assert "Klingon" not in ini_text(path)


def test_a_newer_file_is_not_downgraded(tmp_path: Path) -> None:
    path = tmp_path / "settings.ini"
    path.write_text("[meta]\nschema_version=7\n[translation]\ntarget_language=de\n", encoding="utf-8")
    settings = Settings(path)
    assert settings.schema_version == 7
    assert settings.target_language == "de"


def test_corrupt_values_fall_back_to_defaults(tmp_path: Path) -> None:
    path = tmp_path / "settings.ini"
    path.write_text(
        "[meta]\nschema_version=one\n"
        "[translation]\ntarget_language=xx\n"
        "[audio]\ninput_device=a, b\noutput_device=\n"
        "[transcripts]\ndirectory=relative/path\n"
        "[window]\ngeometry=not bytes\n",
        encoding="utf-8",
    )
    settings = Settings(path)
    assert settings.schema_version == CURRENT_VERSION  # unreadable version: migrated from 0
    assert settings.target_language == language_for_locale(QLocale.system().name())
    assert settings.input_device is None  # QSettings reads "a, b" as a list
    assert settings.output_device is None
    assert settings.transcript_dir is None
    assert settings.window_geometry is None


def test_a_damaged_file_still_works(tmp_path: Path) -> None:
    path = tmp_path / "settings.ini"
    path.write_bytes(b"[translation\n\x00\xff\xfe garbage ===\n[audio]\ninput_device=@ByteArray(zz\n")
    settings = Settings(path)
    settings.target_language = "fr"
    settings.sync()
    assert Settings(path).target_language == "fr"


def test_keys_are_the_documented_enum() -> None:
    # the on-disk names: existing settings files depend on every one of them
    assert {k.value for k in SettingKey} == {
        "meta/schema_version", "translation/target_language", "audio/input_device", "audio/output_device",
        "transcripts/directory", "window/geometry",
        "them/enabled", "me/enabled", "me/target_language", "me/input_device", "me/output_device",
        "overlay/visible", "overlay/font_family", "overlay/font_size", "overlay/text_color",
        "overlay/background_color", "overlay/background_opacity", "overlay/lines", "overlay/show_source",
        "overlay/high_contrast", "overlay_geometry", "overlay/keep_seconds", "history/interleaved",
        "captions/stable", "captions/text_size",
        "hotkeys/caption_bar", "hotkeys/enabled",
        "endpoint/base_url", "endpoint/organization", "endpoint/project", "session/mode", "session/spending_cap",
        "appearance/language", "appearance/theme", "audio/ducking_db",
    }  # fmt: skip
    assert all(isinstance(k, str) for k in SettingKey)


def test_endpoint_settings_round_trip_and_refuse_an_exposing_url(tmp_path: Path) -> None:
    from translator_gui.realtime.endpoint import InsecureEndpointError

    path = tmp_path / "settings.ini"
    settings = Settings(path)
    assert (settings.base_url, settings.organization, settings.project) == (None, None, None)
    assert (settings.session_mode, settings.spending_cap) == (None, None)
    settings.base_url = " https://proxy.example.com/v1 "
    settings.organization = "org-123"
    settings.project = "proj_456"
    settings.session_mode = "interpret"
    settings.spending_cap = 2.5
    settings.sync()
    again = Settings(path)
    assert again.base_url == "https://proxy.example.com/v1"
    assert (again.organization, again.project) == ("org-123", "proj_456")
    assert (again.session_mode, again.spending_cap) == ("interpret", 2.5)
    assert again.schema_version == CURRENT_VERSION  # additive keys: no migration
    with pytest.raises(InsecureEndpointError):
        again.base_url = "http://proxy.example.com/v1"
    assert again.base_url == "https://proxy.example.com/v1"
    again.base_url = "http://127.0.0.1:8080/v1"  # loopback may be plain http
    again.base_url = None
    again.organization = "  "
    again.spending_cap = None
    assert again.base_url is None
    assert again.organization is None
    assert again.spending_cap is None
    with pytest.raises(ValueError, match="spending cap"):
        again.spending_cap = -1
    with pytest.raises(ValueError, match="mode"):
        again.session_mode = "karaoke"
    # a hand-edited file with an exposing URL reads as the default, never as that URL
    again._qs.setValue(SettingKey.BASE_URL.value, "http://evil.example.com/v1")
    assert again.base_url is None


def test_each_direction_has_its_own_language_devices_and_switch(tmp_path: Path) -> None:
    path = tmp_path / "settings.ini"
    settings = Settings(path)
    settings.target_language = "de"
    them, me = settings.direction("them"), settings.direction("me")
    assert them.enabled and not me.enabled  # a new install listens to the meeting only
    assert them.target_language == "de"
    assert me.target_language == "en"  # the others' language defaults to English…
    settings.target_language = "en"
    assert me.target_language == "es"  # …or to Spanish for an English speaker
    me.target_language = "ja"
    me.input_device = "pulse:source:mic"
    me.output_device = "pulse:sink:virtualmic"
    me.enabled = True
    them.enabled = False
    them.input_device = "pulse:source:speaker.monitor"
    settings.sync()

    again = Settings(path)
    assert again.direction("me").target_language == "ja"
    assert again.direction("me").input_device == "pulse:source:mic"
    assert again.direction("me").output_device == "pulse:sink:virtualmic"
    assert again.direction("me").enabled and not again.direction("them").enabled
    assert again.input_device == "pulse:source:speaker.monitor"  # Them → me keeps the original keys
    assert again.target_language == "en"
    with pytest.raises(ValueError):
        again.direction("me").target_language = "xx"
    with pytest.raises(ValueError):
        again.direction("both")


def test_every_setting_reads_its_default_and_none_removes_a_value(tmp_path: Path) -> None:
    from translator_gui.settings import DirectionSettings, Setting
    from translator_gui.side import Side

    path = tmp_path / "settings.ini"
    settings = Settings(path)
    declared = {name: d for name, d in vars(Settings).items() if isinstance(d, Setting)}
    assert len(declared) == 28 and len([d for d in vars(DirectionSettings).values() if isinstance(d, Setting)]) == 4
    defaults = {name: getattr(settings, name) for name in declared}
    settings.overlay_font_size = 500  # clamped, not refused
    settings.overlay_lines = 0
    settings.overlay_background_opacity = 2.0
    settings.overlay_text_color = "#ABCDEF"
    settings.global_hotkey = "Ctrl+Alt+T"
    assert (settings.overlay_font_size, settings.overlay_lines, settings.overlay_background_opacity) == (96, 1, 1.0)
    assert (settings.overlay_text_color, settings.global_hotkey) == ("#abcdef", "Ctrl+Alt+T")
    with pytest.raises(ValueError, match="colour"):
        settings.overlay_text_color = "red"
    for name in declared:
        setattr(settings, name, None)
    settings.sync()
    assert {name: getattr(Settings(path), name) for name in declared} == defaults
    assert settings.direction(Side.ME).side is Side.ME and settings.direction("them").name == "them"


# -- the caption bar's settings ------------------------------------------------------------------


def test_caption_bar_defaults(tmp_path: Path) -> None:
    s = Settings(tmp_path / "s.ini")
    assert (s.overlay_visible, s.overlay_font_family, s.overlay_font_size) == (False, None, 24)
    assert (s.overlay_text_color, s.overlay_background_color) == ("#ffffff", "#000000")
    assert s.overlay_background_opacity == 0.75
    assert (s.overlay_lines, s.overlay_show_source, s.overlay_high_contrast) == (2, False, False)
    assert s.overlay_geometry("0,0,800x800") is None
    assert s.schema_version == CURRENT_VERSION


def test_caption_bar_style_round_trips_through_the_file(tmp_path: Path) -> None:
    path = tmp_path / "s.ini"
    s = Settings(path)
    s.overlay_visible = True
    s.overlay_font_family = "Noto Sans"
    s.overlay_font_size = 500  # clamped
    s.overlay_text_color = "#FFEE00"
    s.overlay_background_color = "#102030"
    s.overlay_background_opacity = 1.5  # clamped
    s.overlay_lines = 0  # clamped
    s.overlay_show_source = True
    s.overlay_high_contrast = True
    s.set_overlay_geometry("0,0,1920x1080;1920,0,1280x1024", (10, 20, 300, 80))
    s.set_overlay_geometry("0,0,800x800", (1, 2, 3, 4))
    s.sync()
    back = Settings(path)
    assert back.overlay_visible is True and back.overlay_font_family == "Noto Sans"
    assert back.overlay_font_size == 96
    assert (back.overlay_text_color, back.overlay_background_color) == ("#ffee00", "#102030")
    assert back.overlay_background_opacity == 1.0
    assert back.overlay_lines == 1
    assert back.overlay_show_source is True and back.overlay_high_contrast is True
    assert back.overlay_geometry("0,0,1920x1080;1920,0,1280x1024") == (10, 20, 300, 80)
    assert back.overlay_geometry("0,0,800x800") == (1, 2, 3, 4)
    back.set_overlay_geometry("0,0,800x800", None)
    assert back.overlay_geometry("0,0,800x800") is None
    with pytest.raises(ValueError):
        back.overlay_text_color = "yellow"


def test_damaged_caption_bar_values_read_as_defaults(tmp_path: Path) -> None:
    path = tmp_path / "s.ini"
    qs = QSettings(str(path), QSettings.Format.IniFormat)
    for key, value in {
        "overlay/visible": "maybe", "overlay/font_size": "huge", "overlay/text_color": "#12",
        "overlay/background_opacity": "-3", "overlay/lines": "7", "overlay/show_source": "2",
    }.items():
        qs.setValue(key, value)
    qs.sync()
    s = Settings(path)
    assert s.overlay_visible is False and s.overlay_font_size == 24 and s.overlay_text_color == "#ffffff"
    assert s.overlay_background_opacity == 0.75 and s.overlay_lines == 2 and s.overlay_show_source is False
