"""The 13 output languages of gpt-realtime-translate, by their own names."""

from __future__ import annotations

import pytest

from translator_gui.realtime.languages import SOURCE_AUTO, TRANSLATE_TARGETS, Language, language


def test_exactly_the_thirteen_output_languages() -> None:
    codes = [lang.code for lang in TRANSLATE_TARGETS]
    assert codes == ["es", "pt", "fr", "ja", "ru", "zh", "de", "ko", "hi", "id", "vi", "it", "en"]
    natives = {lang.code: lang.native_name for lang in TRANSLATE_TARGETS}
    assert natives == {
        "es": "Español", "pt": "Português", "fr": "Français", "ja": "日本語", "ru": "Русский",
        "zh": "中文", "de": "Deutsch", "ko": "한국어", "hi": "हिन्दी", "id": "Bahasa Indonesia",
        "vi": "Tiếng Việt", "it": "Italiano", "en": "English",
    }  # fmt: skip


def test_labels_show_the_native_then_the_english_name() -> None:
    assert language("es").label == "Español — Spanish"
    assert language("ja").label == "日本語 — Japanese"
    assert language("en").label == "English"
    assert SOURCE_AUTO == "Auto-detect"


def test_lookup_is_forgiving_about_case_and_strict_about_codes() -> None:
    assert language(" DE ") == Language("de", "Deutsch", "German")
    with pytest.raises(ValueError, match=r"'xx' is not a language .* es, pt, fr, .* en\.") as caught:
        language("xx")
    assert not isinstance(caught.value, KeyError)


def test_every_language_has_a_mode_translate_first() -> None:
    from translator_gui.realtime.languages import ALL_TARGETS, Mode, any_language, mode_for, targets_for

    codes = [lang.code for lang in ALL_TARGETS]
    assert len(codes) == len(set(codes))
    for code in ("ar", "tr", "pl", "nl", "sv", "uk", "he", "el", "th"):
        assert mode_for(code) is Mode.INTERPRET
    for lang in TRANSLATE_TARGETS:
        assert mode_for(lang.code) is Mode.TRANSLATE
    assert any_language(" TR ").label == "Türkçe — Turkish"
    assert targets_for(Mode.TRANSLATE) == TRANSLATE_TARGETS
    assert set(targets_for(Mode.INTERPRET)) == set(ALL_TARGETS)
    with pytest.raises(ValueError, match="not a language"):
        mode_for("tlh")
    with pytest.raises(ValueError, match="not a language"):
        language("ar")  # Translate itself still refuses it
