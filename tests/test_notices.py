"""The open-source notices come from the installed distributions' own metadata."""

from __future__ import annotations

from translator_gui import notices


def test_every_runtime_dependency_is_listed_with_its_licence() -> None:
    by_name = {c.name.lower().replace("_", "-"): c for c in notices.components()}
    for name in ("pyside6-essentials", "shiboken6", "qasync", "sounddevice", "numpy", "soxr", "openai",
                 "websockets", "keyring", "platformdirs"):
        assert name in by_name, name
        assert by_name[name].licence, name
    assert "LGPL" in by_name["pyside6-essentials"].licence  # SPDX in 6.11 wheels, a classifier in 6.8.0
    assert "translator-gui" not in by_name
    assert "pytest" not in by_name, "test tools are not part of the app"
    assert "websockets" in by_name, "the realtime extra of openai is followed"


def test_a_build_carries_every_licence_text() -> None:
    text = notices.notices_text(with_licence_texts=True)
    assert "Permission is hereby granted" in text  # MIT texts
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in text.upper() or "LGPL" in text
    assert text.count("=" * 78) >= 2 * 10


def test_outside_a_frozen_build_the_list_comes_from_metadata() -> None:
    assert notices.bundled_notices_file() is None
    assert notices.bundled_notices().startswith("Open-source software in Translator")
