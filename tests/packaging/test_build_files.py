"""The build files for the three systems: what can be checked without building on them."""

from __future__ import annotations

import plistlib
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from translator_gui.paths import DESKTOP_ID

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
sys.path.insert(0, str(PACKAGING))

import version_info  # noqa: E402  (packaging/version_info.py)


@pytest.mark.parametrize("script", ["linux/build.sh", "linux/appimage.sh", "macos/build.sh", "icons.sh"])
def test_shell_scripts_parse(script: str) -> None:
    result = subprocess.run(["bash", "-n", str(PACKAGING / script)], capture_output=True, text=True, timeout=30)
    assert result.returncode == 0, result.stderr


def test_the_spec_is_python() -> None:
    spec = PACKAGING / "pyinstaller" / "translator-gui.spec"
    compile(spec.read_text(encoding="utf-8"), str(spec), "exec")


def test_the_linux_bundle_leaves_out_the_hosts_core_libraries() -> None:
    prefixes = [line for line in (PACKAGING / "linux" / "excludelist.txt").read_text().splitlines()
                if line and not line.startswith("#")]
    for needed in ("libstdc++.so", "libgcc_s.so", "libexpat.so", "libc.so", "libm.so", "ld-linux", "libpthread.so"):
        assert needed in prefixes, needed


@pytest.mark.parametrize(("text", "numbers"), [("0.1.0", (0, 1, 0, 0)), ("1.2.3.4", (1, 2, 3, 4)),
                                                ("2.0.0+source", (2, 0, 0, 0)), ("3.1", (3, 1, 0, 0))])
def test_windows_version_numbers(text: str, numbers: tuple[int, int, int, int]) -> None:
    assert version_info.version_numbers(text) == numbers


def test_windows_version_resource_is_the_structure_pyinstaller_reads() -> None:
    calls: list[tuple[str, tuple[object, ...], dict[str, object]]] = []

    def record(name: str) -> Callable[..., str]:
        def call(*args: object, **kwargs: object) -> str:
            calls.append((name, args, kwargs))
            return name
        return call

    names = ("VSVersionInfo", "FixedFileInfo", "StringFileInfo", "StringTable", "StringStruct", "VarFileInfo",
             "VarStruct")
    # PyInstaller evaluates the file as these constructor calls (PyInstaller.utils.win32.versioninfo).
    assert eval(version_info.version_info("0.1.0"), {n: record(n) for n in names}) == "VSVersionInfo"
    [fixed] = [kwargs for name, _, kwargs in calls if name == "FixedFileInfo"]
    assert fixed["filevers"] == fixed["prodvers"] == (0, 1, 0, 0)
    strings = {args[0]: args[1] for name, args, _ in calls if name == "StringStruct"}
    assert strings["ProductVersion"] == strings["FileVersion"] == "0.1.0"
    assert strings["OriginalFilename"] == "translator-gui.exe"


def test_inno_setup_script_names_files_that_exist_and_the_app_id() -> None:
    iss = (PACKAGING / "windows" / "translator-gui.iss").read_text(encoding="utf-8")
    assert f'#define AppId "{DESKTOP_ID}"' in iss
    for relative in re.findall(r"\{#Root\}\\([^\s\"*]+)", iss):
        if relative.split("\\")[0] == "dist":
            continue  # made by the build
        assert (ROOT / relative.replace("\\", "/").replace("{#AppId}", DESKTOP_ID)).exists(), relative


def test_macos_bundle_asks_for_the_microphone_and_system_audio() -> None:
    info = plistlib.loads((PACKAGING / "macos" / "Info.plist").read_bytes())
    assert info["NSMicrophoneUsageDescription"].strip()
    assert info["NSAudioCaptureUsageDescription"].strip()
    entitlements = plistlib.loads((PACKAGING / "macos" / "entitlements.plist").read_bytes())
    assert entitlements["com.apple.security.device.audio-input"] is True


def test_flatpak_manifest_has_the_id_and_the_permissions() -> None:
    manifest = (PACKAGING / "flatpak" / f"{DESKTOP_ID}.yml").read_text(encoding="utf-8")
    assert f"id: {DESKTOP_ID}" in manifest
    assert "runtime: org.kde.Platform" in manifest
    for permission in ("--socket=pulseaudio", "--talk-name=org.freedesktop.secrets", "--share=network"):
        assert f"  - {permission}" in manifest, permission
