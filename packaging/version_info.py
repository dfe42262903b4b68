"""Write the Windows version resource PyInstaller embeds in translator-gui.exe, from the installed version.

    python packaging/version_info.py build/version_info.txt
"""

from __future__ import annotations

import re
import sys
from importlib.metadata import version
from pathlib import Path

TEMPLATE = """# UTF-8
VSVersionInfo(
  ffi=FixedFileInfo(
    filevers={numbers},
    prodvers={numbers},
    mask=0x3f,
    flags=0x0,
    OS=0x40004,
    fileType=0x1,
    subtype=0x0,
    date=(0, 0)
  ),
  kids=[
    StringFileInfo([
      StringTable('040904B0', [
        StringStruct('CompanyName', 'Translator contributors'),
        StringStruct('FileDescription', 'Translator: live translated captions and speech for meetings'),
        StringStruct('FileVersion', '{version}'),
        StringStruct('InternalName', 'translator-gui'),
        StringStruct('LegalCopyright', 'Copyright (c) 2026 Translator contributors. MIT licence.'),
        StringStruct('OriginalFilename', 'translator-gui.exe'),
        StringStruct('ProductName', 'Translator'),
        StringStruct('ProductVersion', '{version}')
      ])
    ]),
    VarFileInfo([VarStruct('Translation', [1033, 1200])])
  ]
)
"""


def version_numbers(text: str) -> tuple[int, int, int, int]:
    """``0.1.0`` → ``(0, 1, 0, 0)``; pre/post/local parts are dropped (Windows wants four numbers)."""
    numbers = [int(n) for n in re.findall(r"\d+", text.split("+")[0].split("-")[0])[:4]]
    padded = [*numbers, 0, 0, 0, 0][:4]
    return padded[0], padded[1], padded[2], padded[3]


def version_info(app_version: str) -> str:
    return TEMPLATE.format(numbers=version_numbers(app_version), version=app_version)


def main(argv: list[str]) -> int:
    out = Path(argv[1]) if len(argv) > 1 else Path("build") / "version_info.txt"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(version_info(version("translator-gui")), encoding="utf-8")
    print(out)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
