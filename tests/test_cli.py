from __future__ import annotations

import os
import subprocess
import sys

import pytest

from tests.testbed import PulseBed
from translator_gui import __version__
from translator_gui.__main__ import _languages_chosen, build_parser


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    return subprocess.run(
        [sys.executable, "-m", "translator_gui", *args], capture_output=True, text=True, timeout=60, env=env
    )


def test_version_prints_and_needs_no_screen() -> None:
    result = _run("--version")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"Translator {__version__}"


def test_unknown_target_language_is_a_sentence_not_a_traceback() -> None:
    result = _run("--target", "xx")
    assert result.returncode == 2
    assert "not a language Translator can produce" in result.stderr
    assert "Traceback" not in result.stderr
    assert "es" in result.stderr


@pytest.mark.parametrize("name", ["es", "Spanish", "spanish", "Español", "español", " ESPAÑOL "])
def test_a_language_is_known_by_its_code_its_english_name_and_its_own(name: str) -> None:
    args = build_parser().parse_args(["--target", name, "--me-target", "Deutsch"])
    assert _languages_chosen(args) is None
    assert (args.target, args.me_target) == ("es", "de")


def test_the_languages_are_listed() -> None:
    result = _run("--list-languages")
    assert result.returncode == 0, result.stderr
    assert " es  Español — Spanish" in result.stdout
    assert "(Interpret mode)" in result.stdout.split("Arabic")[1].splitlines()[0]


@pytest.mark.audio
def test_the_devices_are_listed_by_the_names_the_options_take(pulse: PulseBed) -> None:
    result = _run("--list-devices")
    assert result.returncode == 0, result.stderr
    inputs, outputs = result.stdout.split("Outputs:")
    assert "Sound from: Null Output (speaker)" in inputs
    assert "Null Output (virtualmic)" in outputs


@pytest.mark.audio
def test_a_device_that_is_not_there_is_refused_at_launch_with_the_real_ones(pulse: PulseBed) -> None:
    result = _run("--input", "Conference Room Speakerphone", "--start")
    assert result.returncode == 2
    assert "--input 'Conference Room Speakerphone'" in result.stderr
    assert "“Sound from: Null Output (speaker)”" in result.stderr
    assert "Traceback" not in result.stderr
