"""Write THIRD-PARTY-NOTICES.txt for a build: every bundled distribution with its licence texts.

    .venv/bin/python packaging/notices.py build/THIRD-PARTY-NOTICES.txt
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from translator_gui.notices import notices_text


def main(argv: list[str]) -> int:
    out = Path(argv[1]) if len(argv) > 1 else Path("build") / "THIRD-PARTY-NOTICES.txt"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(notices_text(with_licence_texts=True), encoding="utf-8")
    print(out)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
