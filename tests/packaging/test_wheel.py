"""What pip installs: the wheel carries the translations and the icons, and the installed app finds
them under its prefix (a pip install has no source tree beside it)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

PROBE = """
import sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication
from translator_gui.ui import app_icon, i18n
prefix = sys.argv[1]
assert not (Path(app_icon.__file__).resolve().parents[2] / "resources").exists(), "not the installed copy"
app = QCoreApplication([])
installed = i18n.install_translations("de", i18n.installed_translations_dir(prefix))
print(installed.found, QCoreApplication.translate("MainWindow", "Ready"))
print(sorted(size or 0 for _, size in app_icon.icon_files(app_icon.icon_dirs(prefix)[-1])))
"""


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The wheel built from this tree, installed (without its dependencies) under a fresh prefix."""
    folder = tmp_path_factory.mktemp("wheel")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w",
                    str(folder / "dist"), str(ROOT)], check=True, capture_output=True, timeout=300)
    wheel = next((folder / "dist").glob("*.whl"))
    prefix = folder / "prefix"
    subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--no-index", "--prefix",
                    str(prefix), str(wheel)], check=True, capture_output=True, timeout=300)
    return prefix, next(prefix.glob("lib/python*/site-packages"))


def test_the_installed_app_speaks_german_and_has_its_icon(installed: tuple[Path, Path]) -> None:
    prefix, site = installed
    done = subprocess.run([sys.executable, "-c", PROBE, str(prefix)], capture_output=True, text=True, timeout=60,
                          cwd=prefix, env={"PYTHONPATH": str(site), "QT_QPA_PLATFORM": "offscreen",
                                           "PATH": "/usr/bin:/bin"})
    assert done.returncode == 0, done.stderr
    found, sizes = done.stdout.splitlines()
    assert found == "True Bereit"
    assert sizes == "[0, 16, 24, 32, 48, 64, 128, 256, 512]"  # 0: the SVG
