"""PySide6's import hook must not leave the source of every imported module in memory, and must
still tell modules that use PySide6 from those that do not.

Each case runs in a fresh interpreter: this one imported everything long ago.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

PROBE = textwrap.dedent(
    """
    import json, linecache, sys
    sys.path.insert(0, sys.argv[2])
    if sys.argv[1] == "spared":
        from translator_gui.ui.source_scan import spare_line_cache
        installed = spare_line_cache()
        again = spare_line_cache()
    else:
        import PySide6
        installed = again = None
    import PySide6.QtCore
    import email.mime.multipart, json.decoder, openai  # a few hundred modules, as the app imports
    import uses_qt, plain_module
    feature = sys.modules["shibokensupport.feature"]
    print(json.dumps({
        "installed": installed, "again": again,
        "cached_files": len(linecache.cache),
        "uses_qt": feature.pyside_feature_dict.get("uses_qt"),
        "plain": feature.pyside_feature_dict.get("plain_module"),
    }))
    """
)


def probe(tmp_path: Path, how: str) -> dict[str, object]:
    (tmp_path / "uses_qt.py").write_text("from PySide6.QtCore import QObject\n")
    (tmp_path / "plain_module.py").write_text("VALUE = 1\n")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", PROBE, how, str(tmp_path)], capture_output=True, text=True,
                          env=env, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


@pytest.mark.parametrize("how", ["spared", "as shipped"])
def test_the_import_hook_reads_sources_without_keeping_them(tmp_path: Path, how: str) -> None:
    result = probe(tmp_path, how)
    # PySide6's answer is the same either way: 0 ("no feature") for a module that uses it,
    # -1 ("ignore") for one that does not.
    assert (result["uses_qt"], result["plain"]) == (0, -1)
    if how == "spared":
        assert result["installed"] is True and result["again"] is True
        assert isinstance(result["cached_files"], int) and result["cached_files"] < 20
    else:  # what the fix is for: every module's source kept
        assert isinstance(result["cached_files"], int) and result["cached_files"] > 300
