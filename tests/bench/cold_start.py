"""How long from launching Translator to its window on screen (Qt offscreen, a throw-away home).

    .venv/bin/python tests/bench/cold_start.py [--runs 7] [--compare REV]

Each run is a fresh process: imports, the application object, the main window shown and painted
once, from compiled modules as an installed app (an unmeasured first launch of each tree compiles
them, whatever ``PYTHONDONTWRITEBYTECODE`` says). ``--compare REV`` measures a checkout of REV in
the same run, interleaved (A B A B …), so that the two figures share the machine's noise. The floor
is measured in the same rounds: a process that imports Qt, makes the application object and shows an
empty window, which is as fast as any window of this stack can appear. Prints the median and the
spread of each, and the app's time over the floor's.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

CHILD = """
import sys, tempfile, time
from pathlib import Path
try:  # as the command line does, before the app's imports
    from translator_gui.ui.source_scan import spare_line_cache
    spare_line_cache()
except ImportError:  # a checkout from before it
    pass
from PySide6.QtWidgets import QApplication
qapp = QApplication(sys.argv[:1])
import asyncio, qasync
loop = qasync.QEventLoop(qapp)
asyncio.set_event_loop(loop)
try:
    from translator_gui.meeting.options import LaunchOptions
except ImportError:  # before the meeting core existed
    from translator_gui.ui.session_controller import LaunchOptions
from translator_gui.app import App
from translator_gui.settings import Settings
home = Path(tempfile.mkdtemp())

async def launch():  # on the running loop, as the app: what App() starts runs as it would
    app = App(qapp, LaunchOptions(transcript_dir=home / "t"), Settings(home / "s.ini"))
    app.window.show()
    app.window.repaint()
    qapp.processEvents()
    print(f"{time.time():.6f}", flush=True)
    return app

app = loop.run_until_complete(launch())
"""

EXIT = """
import os
os._exit(0)  # at once: worker threads may still be listing devices or loading modules
"""


FLOOR = """
import sys, time
from PySide6.QtWidgets import QApplication, QMainWindow
qapp = QApplication(sys.argv[:1])
window = QMainWindow()
window.show()
window.repaint()
qapp.processEvents()
print(f"{time.time():.6f}", flush=True)
"""


def once(tree: Path, child: str = CHILD) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(tree)}
    # As an installed app starts: from compiled modules (pip compiles them as it installs, the bundle
    # ships them). A launch that compiled ~130 modules each time would measure the compiler.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    with tempfile.TemporaryDirectory() as home:
        for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
            env[var] = str(Path(home) / var.lower())
        started = time.time()
        shown = subprocess.run([sys.executable, "-c", child + EXIT], env=env, capture_output=True, text=True,
                               check=True, timeout=60, cwd=tree).stdout.strip().splitlines()[-1]
    return float(shown) - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--compare", metavar="REV", help="also measure this revision, interleaved")
    args = parser.parse_args()
    trees = {"this tree": ROOT}
    worktree: Path | None = None
    if args.compare:
        worktree = Path(tempfile.mkdtemp(prefix="cold-start-")) / "tree"
        subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", str(worktree), args.compare],
                       check=True, capture_output=True)
        trees[args.compare] = worktree
    try:
        times: dict[str, list[float]] = {name: [] for name in [*trees, "floor"]}
        for tree in trees.values():  # the first launch compiles the tree's modules and warms the disk cache
            once(tree)
        for _ in range(args.runs):
            for name, tree in trees.items():
                times[name].append(once(tree))
            times["floor"].append(once(ROOT, FLOOR))
        for name, seconds in times.items():
            print(f"{name:>12}: window after {statistics.median(seconds):.3f} s median "
                  f"({min(seconds):.3f}–{max(seconds):.3f} s, {len(seconds)} runs)")
        ratio = statistics.median(times["this tree"]) / statistics.median(times["floor"])
        print(f"  this tree / floor: {ratio:.2f}")
    finally:
        if worktree is not None:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(worktree)],
                           check=False, capture_output=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
