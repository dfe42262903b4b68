"""Screenshots of the main window and the caption bar, for the README and the AppStream file.

    python packaging/screenshots.py [--out resources/screenshots]

Runs the real app on a virtual X screen (``xvfb-run``; re-executes itself under it when there is
no ``DISPLAY``) against the fake translation service of the test suite, with private PulseAudio
devices and a throw-away home, runs both directions (each against its own fake service), plays a
scripted conversation (German, Chinese, Arabic captions for them, an English line for me) and
saves PNGs.  Needs the test bed's system packages (see tests/run.sh) and the ``test`` extra.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = [
    ("latin", "Good morning everyone, and thank you for joining us today.",
     "Guten Morgen zusammen, und danke, dass ihr heute dabei seid. "),
    ("cjk", "Today we will discuss the budget for the next quarter.",
     "今天我们讨论下一个季度的预算，以及招聘计划。"),
    ("rtl", "Then we will talk about the hiring plan.",
     "ثم سنتحدث عن خطة التوظيف والتدريب للفريق الجديد. "),
]
MY_LINE = ("Danke, ich teile gleich meinen Bildschirm.", "Thanks, I'll share my screen in a moment. ")


def reexec_under_xvfb(argv: list[str]) -> int:
    if shutil.which("xvfb-run") is None:
        print("screenshots: xvfb-run is missing (apt-get install xvfb)", file=sys.stderr)
        return 2
    cmd = ["xvfb-run", "-a", "-s", "-screen 0 1280x800x24", sys.executable, __file__, "--inner", *argv]
    return subprocess.run(cmd, check=False).returncode


async def wait_for(predicate: Callable[[], bool], within: float) -> None:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + within
    while not predicate():
        if loop.time() > deadline:
            raise TimeoutError("the scripted conversation did not get through")
        await asyncio.sleep(0.05)


def run(out: Path) -> int:
    sys.path.insert(0, str(ROOT))
    home = Path(tempfile.mkdtemp(prefix="tr-shots-"))
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        os.environ[var] = str(home / var.lower())
    os.environ.setdefault("QT_QPA_PLATFORM", "xcb")

    from tests.fakes.translation_server import FakeServerThread
    from tests.testbed import PulseBed

    pulse = PulseBed.start()
    os.environ.update(pulse.env)
    pulse.add_sink("meeting", "Meeting App")
    pulse.add_sink("headphones", "Headphones")
    try:
        with FakeServerThread(api_keys=["sk-screenshots"]) as them, FakeServerThread(api_keys=["sk-screenshots"]) as me:
            os.environ["OPENAI_API_KEY"] = "sk-screenshots"
            os.environ["OPENAI_BASE_URL"] = them.base_url
            return _shoot(out, home, {"them": them, "me": me})
    finally:
        pulse.stop()
        shutil.rmtree(home, ignore_errors=True)


def _shoot(out: Path, home: Path, servers: dict[str, Any]) -> int:
    from dataclasses import replace

    import qasync
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from translator_gui.app import App
    from translator_gui.meeting.engines import EngineRequest
    from translator_gui.meeting.options import LaunchOptions
    from translator_gui.realtime.engine import Engine, EventSink
    from translator_gui.settings import Settings
    from translator_gui.side import Side
    from translator_gui.ui.captions.bar import CaptionOverlay
    from translator_gui.ui.captions.style import OverlayStyle

    qapp = QApplication(sys.argv[:1])
    loop = qasync.QEventLoop(qapp)
    asyncio.set_event_loop(loop)
    out.mkdir(parents=True, exist_ok=True)
    result = 1

    async def conversation(app: App, overlay: CaptionOverlay) -> None:
        nonlocal result
        say = servers[Side.THEM].say
        await wait_for(lambda: all(row.state.text().startswith("Live") for row in app.controller.rows.values()), 30)
        servers[Side.ME].say(*MY_LINE)
        for name, source, translation in SCRIPT:
            overlay.clear()
            say(source, translation)
            first_words = translation.split()[0][:4]

            def shown(words: str = first_words) -> bool:
                return words in " ".join(overlay.shown_lines())

            await wait_for(shown, 15)
            await asyncio.sleep(1.5)  # let the line complete (idle) and the bar settle
            overlay.grab().save(str(out / f"caption-bar-{name}.png"))
        app.window.grab().save(str(out / "main-window.png"))
        result = 0
        app.quit()

    with loop:
        settings = Settings(home / "settings.ini")
        options = LaunchOptions(
            target="de", input_device="meeting.monitor", output_device="headphones",
            me_target="en", me_input_device="micfeed.monitor", me_output_device="virtualmic",
            directions=(Side.THEM, Side.ME), transcript_dir=home / "transcripts", start=True,
        )
        app = App(qapp, options, settings)

        def each_to_its_own(request: EngineRequest, emit: EventSink) -> Engine:
            routed = replace(request, base_url=servers[request.side].base_url)
            return app.meeting.make_engine_for(routed, emit)

        app.meeting.engine_factory = each_to_its_own
        overlay = CaptionOverlay(settings)
        overlay.set_style(OverlayStyle(show_source=True))
        bridge = app.controller.bridge
        bridge.live_caption_changed.connect(
            lambda text, source, side: overlay.show_live(text, source) if side is Side.THEM else None
        )
        bridge.segment_completed.connect(
            lambda segment: overlay.add_segment(segment) if segment.speaker == Side.THEM else None
        )
        app.show()
        overlay.show()
        task = loop.create_task(conversation(app, overlay))

        def finished(t: asyncio.Task[None]) -> None:
            if not t.cancelled() and t.exception() is not None:
                app.quit()  # a failed script still leaves through the app's own quit path

        task.add_done_callback(finished)
        QTimer.singleShot(120_000, app.quit)  # a watchdog: never hang a build
        loop.run_forever()  # until the app's own quit path (session closed, window closed)
        if task.done() and not task.cancelled() and task.exception() is not None:
            print(f"screenshots: {task.exception()}", file=sys.stderr)
    for png in sorted(out.glob("*.png")):
        print(png)
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "resources" / "screenshots")
    parser.add_argument("--inner", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if not args.inner and not os.environ.get("DISPLAY"):
        return reexec_under_xvfb(["--out", str(args.out)])
    return run(args.out.resolve())


if __name__ == "__main__":
    sys.exit(main())
