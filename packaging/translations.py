"""The app's translations: gather the marked strings into the ``.ts`` files, compile the ``.qm`` files.

    python packaging/translations.py update    # pyside6-lupdate: new strings into every .ts
    python packaging/translations.py release   # pyside6-lrelease: every .ts to its .qm

The sources are ``translator_gui/**/*.py`` (``self.tr``, ``QCoreApplication.translate``,
``QT_TRANSLATE_NOOP`` in ``ui/``, ``translate`` of ``translator_gui/i18n.py`` elsewhere); the files are
``resources/translations/translator_gui_<locale>.ts`` and ``.qm`` for each locale of
``translator_gui.ui.i18n.LANGUAGES``.  tests/ui/test_translations.py checks that they are complete
and compiled.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "resources" / "translations"
SOURCES = ROOT / "translator_gui"


def tool(name: str) -> str:
    """A Qt Linguist tool: beside the running Python (a virtualenv), else on PATH."""
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if found is None:
        raise SystemExit(f"translations: {name} is missing (it comes with PySide6)")
    return found


def locales() -> tuple[str, ...]:
    sys.path.insert(0, str(ROOT))
    from translator_gui.ui.i18n import LANGUAGES

    return LANGUAGES


def ts_file(locale: str) -> Path:
    return FOLDER / f"translator_gui_{locale}.ts"


def sources() -> list[str]:
    return sorted(str(path.relative_to(ROOT)) for path in SOURCES.rglob("*.py"))


def update() -> int:
    FOLDER.mkdir(parents=True, exist_ok=True)
    files = [str(ts_file(locale).relative_to(ROOT)) for locale in locales()]
    command = [tool("pyside6-lupdate"), "-locations", "none", "-no-obsolete", *sources(), "-ts", *files]
    return subprocess.run(command, cwd=ROOT, check=False).returncode


def release(ts: Path, qm: Path) -> None:
    """Compile one ``.ts`` into ``qm``; raises CalledProcessError."""
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


def release_all() -> int:
    for locale in locales():
        ts = ts_file(locale)
        release(ts, ts.with_suffix(".qm"))
        print(ts.with_suffix(".qm").relative_to(ROOT))
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=("update", "release"))
    args = parser.parse_args()
    return update() if args.command == "update" else release_all()


if __name__ == "__main__":
    sys.exit(main())
