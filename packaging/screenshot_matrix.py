"""Screenshots of the app in each language and theme: the main window live, the caption bar idle and
live, the first-run key dialog and the whole screen (window-manager frames included).

    python packaging/screenshot_matrix.py [--out /tmp/translator-screenshots]
        [--languages en,de,ja,ar] [--themes light,dark]

Starts a virtual X screen (Xvfb) with a window manager (openbox, when installed), then runs the real
app once per language and theme against the fake translation service of the test suite, with
private PulseAudio devices and a throw-away home, and writes ``<out>/<language>-<theme>/*.png``.
Needs the test bed's system packages (see tests/run.sh), ``openbox`` for the frames, and the
``test`` extra.  The images are for looking at (a translation that is cut off, a layout that does not
mirror, missing glyphs); they are not kept in the repository.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SCREEN = "1366x768x24"  # a common laptop screen: the window beside a meeting must fit on it
# What the meeting says (English) and its caption in the person's language.
CAPTIONS = {
    "en": ("en", "Buenos días a todos, y gracias por venir hoy.",
           "Good morning everyone, and thank you for coming today. "),
    "de": ("de", "Good morning everyone, and thank you for coming today.",
           "Guten Morgen zusammen, und danke, dass ihr heute dabei seid. "),
    "ja": ("ja", "Good morning everyone, and thank you for coming today.",
           "皆さん、おはようございます。今日はお越しいただきありがとうございます。"),
    # Arabic output is Interpret mode, which the fake translation service does not speak: an Arabic
    # speaker's meeting in English shows the mirrored window with Arabic in the source column.
    "ar": ("en", "صباح الخير جميعًا، وشكرًا لحضوركم اليوم.", "Good morning everyone, and thank you for coming today. "),
}
DEFAULT_CAPTION = ("es", "Good morning everyone.", "Buenos días a todos. ")


async def wait_for(predicate: Callable[[], bool], within: float, what: str) -> None:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + within
    while not predicate():
        if loop.time() > deadline:
            raise TimeoutError(f"screenshots: {what} did not happen within {within:.0f} s")
        await asyncio.sleep(0.05)


@contextmanager
def x_screen() -> Iterator[dict[str, str]]:
    """A private Xvfb display with openbox on it; the environment that reaches it."""
    if shutil.which("Xvfb") is None:
        raise SystemExit("screenshots: Xvfb is missing (apt-get install xvfb)")
    read, write = os.pipe()
    xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", SCREEN, "-nolisten", "tcp"],
                            pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    with os.fdopen(read) as pipe:
        display = f":{pipe.readline().strip()}"
    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
    wm = None
    if shutil.which("openbox"):
        wm = subprocess.Popen(["openbox"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    else:
        print("screenshots: openbox is missing; windows have no frames (apt-get install openbox)", file=sys.stderr)
    try:
        yield env
    finally:
        for process in (wm, xvfb):
            if process is not None:
                process.terminate()
                process.wait(timeout=10)


def outer(out: Path, languages: list[str], themes: list[str]) -> int:
    failed = 0
    with x_screen() as env:
        for language in languages:
            for theme in themes:
                folder = out / f"{language}-{theme}"
                command = [sys.executable, __file__, "--inner", "--out", str(folder),
                           "--languages", language, "--themes", theme]
                result = subprocess.run(command, env=env, check=False, timeout=180)
                failed += result.returncode != 0
    for png in sorted(out.glob("*/*.png")):
        print(png)
    return 1 if failed else 0


def inner(out: Path, language: str, theme: str) -> int:
    sys.path.insert(0, str(ROOT))
    home = Path(tempfile.mkdtemp(prefix="tr-shots-"))
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        os.environ[var] = str(home / var.lower())

    from tests.fakes.translation_server import FakeServerThread
    from tests.testbed import PulseBed

    pulse = PulseBed.start()
    os.environ.update(pulse.env)
    pulse.add_sink("meeting", "Meeting App")
    pulse.add_sink("headphones", "Headphones")
    try:
        with FakeServerThread(api_keys=["sk-screenshots"]) as server:
            os.environ["OPENAI_API_KEY"] = "sk-screenshots"
            os.environ["OPENAI_BASE_URL"] = server.base_url
            return _shoot(out, home, server, language, theme)
    finally:
        pulse.stop()
        shutil.rmtree(home, ignore_errors=True)


def _shoot(out: Path, home: Path, server: Any, language: str, theme: str) -> int:
    import qasync
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication, QWidget

    from translator_gui.app import App
    from translator_gui.meeting.options import LaunchOptions
    from translator_gui.settings import Settings
    from translator_gui.ui.i18n import install_translations

    qapp = QApplication(sys.argv[:1])
    loop = qasync.QEventLoop(qapp)
    asyncio.set_event_loop(loop)
    out.mkdir(parents=True, exist_ok=True)
    install_translations(language)
    target, source, translation = CAPTIONS.get(language, DEFAULT_CAPTION)
    result = 1

    def save(widget: QWidget, name: str) -> None:
        widget.grab().save(str(out / f"{name}.png"))

    def save_screen(name: str) -> None:
        screen = QGuiApplication.primaryScreen()
        screen.grabWindow(0).save(str(out / f"{name}.png"))  # the root window: frames and all

    async def script(app: App) -> None:
        nonlocal result
        overlay = app.overlay
        await wait_for(lambda: bool(overlay.status_text()), 10, "the idle caption bar")
        await wait_for(lambda: app.meeting.devices.listed, 10, "the device pickers")
        await asyncio.sleep(0.3)  # the window manager maps and frames the windows
        save(overlay, "caption-bar-idle")
        app.controller.ask_for_key()  # the first-run dialog, as a new user sees it
        dialog = app.controller._key_dialog
        assert dialog is not None
        await wait_for(dialog.isVisible, 10, "the key dialog")
        await asyncio.sleep(0.3)
        save(dialog, "key-dialog")
        save_screen("screen-first-run")
        dialog.reject()
        await wait_for(lambda: app.controller._key_dialog is None, 10, "closing the key dialog")
        await app.meeting.start()
        await wait_for(lambda: server.check(lambda s: len(s.appends) > 0), 30, "the session")
        overlay.clear()
        server.say(source, translation)
        words = translation.split()[0][:4]
        await wait_for(lambda: words in " ".join(overlay.shown_lines()), 15, "the caption")
        await wait_for(lambda: len(app.window.captions.history.segments()) > 0, 15, "the completed line")
        await asyncio.sleep(0.3)
        save(overlay, "caption-bar-live")
        save(app.window, "main-window")
        save_screen("screen-live")
        # Beside a meeting on a laptop: narrow, the directions one above the other (long German words
        # must still fit), as tall as the screen allows.
        # (as a person drags the edge: the window follows once the directions stacked)
        await wait_for(lambda: app.window.resize(720, 740) or app.window.width() <= 721, 10, "the narrow window")
        await asyncio.sleep(0.3)
        save(app.window, "main-window-narrow")
        needed = app.window.minimumSizeHint()
        print(f"screenshots {language}-{theme}: the narrow window needs {needed.width()}×{needed.height()} px, "
              f"is {app.window.width()}×{app.window.height()}")
        result = 0
        app.quit()

    with loop:
        settings = Settings(home / "settings.ini")
        settings.theme = theme
        settings.overlay_visible = True
        options = LaunchOptions(target=target, input_device="meeting.monitor", output_device="headphones",
                                transcript_dir=home / "transcripts", start=False)
        app = App(qapp, options, settings)
        app.window.resize(1100, 700)
        app.show()
        task = loop.create_task(script(app))

        def finished(t: asyncio.Task[None]) -> None:
            if not t.cancelled() and t.exception() is not None:
                print(f"screenshots {language}-{theme}: {t.exception()}", file=sys.stderr)
                app.quit()

        task.add_done_callback(finished)
        QTimer.singleShot(120_000, app.quit)  # a watchdog: never hang
        loop.run_forever()
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path(tempfile.gettempdir()) / "translator-screenshots")
    parser.add_argument("--languages", default="en,de,ja,ar")
    parser.add_argument("--themes", default="light,dark")
    parser.add_argument("--inner", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    languages, themes = args.languages.split(","), args.themes.split(",")
    if args.inner:
        return inner(args.out.resolve(), languages[0], themes[0])
    return outer(args.out.resolve(), languages, themes)


if __name__ == "__main__":
    sys.exit(main())
