"""Command line: ``translator-gui`` / ``python -m translator_gui``."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from translator_gui import APP_NAME, __version__


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="translator-gui",
        description=f"{APP_NAME}: live translated captions and speech for meetings.",
        epilog="The API key comes from OPENAI_API_KEY or the system keyring; "
        "OPENAI_BASE_URL points the app at another endpoint (a proxy or a local server).",
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    them = parser.add_argument_group("Them → me", "the meeting's sound, in my language")
    them.add_argument("--target", metavar="LANG", help="my language, to translate into, e.g. es, ja, de")
    them.add_argument("--input", metavar="DEVICE",
                      help="what to listen to: part of its name, e.g. \"Sound from: Built-in\" or \"Built-in\"")
    them.add_argument("--output", metavar="DEVICE", help="where to play the translation: part of its name")
    me = parser.add_argument_group("Me → them", "my microphone, in the others' language")
    me.add_argument("--me-target", metavar="LANG", help="their language, e.g. en")
    me.add_argument("--me-input", metavar="DEVICE", help="my microphone: part of its name")
    me.add_argument("--me-output", metavar="DEVICE",
                    help="where to play my translated voice, e.g. a virtual microphone the meeting app uses")
    parser.add_argument("--directions", choices=("them", "me", "both"),
                        help="which directions Start starts (default: as last time)")
    parser.add_argument("--transcript-dir", metavar="DIR", type=Path, help="where transcripts are saved")
    parser.add_argument("--start", action="store_true", help="start translating at launch when a key is available")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    from translator_gui.realtime.languages import ALL_TARGETS

    codes = {lang.code for lang in ALL_TARGETS}
    for flag, value in (("--target", args.target), ("--me-target", args.me_target)):
        if value is not None and value not in codes:
            print(
                f"translator-gui: {flag} {value!r} is not a language Translator can produce. "
                f"Choose one of: {', '.join(sorted(codes))}.",
                file=sys.stderr,
            )
            return 2
    try:
        from translator_gui.app import run  # Qt is imported only when the window is really needed
    except ImportError as exc:  # a broken install, or a frozen build that left a module out
        from translator_gui.crash import startup_failure

        return startup_failure(exc)
    return run(args)


if __name__ == "__main__":
    sys.exit(main())
