"""Command line: ``translator-gui`` / ``python -m translator_gui``."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from translator_gui import APP_NAME


class _Version(argparse.Action):
    """``--version``: the version is looked up only when asked for (see ``translator_gui.__version__``)."""

    def __init__(self, option_strings: Sequence[str], dest: str = argparse.SUPPRESS, **kwargs: Any) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS,
                         help="show the version and exit", **kwargs)

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace,
                 values: str | Sequence[Any] | None, option_string: str | None = None) -> None:
        from translator_gui import __version__

        print(f"{APP_NAME} {__version__}")
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="translator-gui",
        description=f"{APP_NAME}: live translated captions and speech for meetings.",
        epilog="The API key comes from OPENAI_API_KEY or the system keyring; "
        "OPENAI_BASE_URL points the app at another endpoint (a proxy or a local server).",
    )
    parser.add_argument("--version", action=_Version)
    them = parser.add_argument_group("Them → me", "the meeting's sound, in my language")
    them.add_argument("--target", metavar="LANG",
                      help="my language, to translate into: a code or a name, e.g. es, Spanish, español")
    them.add_argument("--input", metavar="DEVICE",
                      help="what to listen to: part of its name, e.g. \"Sound from: Built-in\" or \"Built-in\"")
    them.add_argument("--output", metavar="DEVICE", help="where to play the translation: part of its name")
    me = parser.add_argument_group("Me → them", "my microphone, in the others' language")
    me.add_argument("--me-target", metavar="LANG", help="their language, e.g. en or English")
    me.add_argument("--me-input", metavar="DEVICE", help="my microphone: part of its name")
    me.add_argument("--me-output", metavar="DEVICE",
                    help="where to play my translated voice, e.g. a virtual microphone the meeting app uses")
    parser.add_argument("--directions", choices=("them", "me", "both"),
                        help="which directions Start starts (default: as last time)")
    parser.add_argument("--transcript-dir", metavar="DIR", type=Path, help="where transcripts are saved")
    parser.add_argument("--start", action="store_true", help="start translating at launch when a key is available")
    parser.add_argument("--list-devices", action="store_true",
                        help="list the inputs and outputs by the names --input and --output take, then exit")
    parser.add_argument("--list-languages", action="store_true", help="list the languages, then exit")
    parser.add_argument("--language", metavar="LOCALE",
                        help="the language of the window and menus, e.g. de, ja or pt_BR (default: the system's)")
    return parser


def _fail(message: str) -> int:
    print(f"translator-gui: {message}", file=sys.stderr)
    return 2


def _languages_chosen(args: argparse.Namespace) -> str | None:
    """Turn language names into codes in ``args``; the complaint, if one is unknown."""
    from translator_gui.realtime.languages import ALL_TARGETS, language_named

    for flag, attribute in (("--target", "target"), ("--me-target", "me_target")):
        value = getattr(args, attribute)
        if value is None:
            continue
        found = language_named(value)
        if found is None:
            return (f"{flag} {value!r} is not a language Translator can produce. "
                    f"Choose one of: {', '.join(sorted(lang.code for lang in ALL_TARGETS))} "
                    "(or its name: see --list-languages).")
        setattr(args, attribute, found.code)
    return None


def _devices_chosen(args: argparse.Namespace) -> str | None:
    """The complaint about a device named on the command line that is not there, with the real ones."""
    from translator_gui.audio.devices import Kind
    from translator_gui.audio.errors import AudioDeviceError
    from translator_gui.audio.sources import find_sound_device, list_sound_devices

    asked: tuple[tuple[str, str | None, Kind], ...] = (
        ("--input", args.input, "input"), ("--output", args.output, "output"),
        ("--me-input", args.me_input, "input"), ("--me-output", args.me_output, "output"),
    )
    for flag, value, kind in asked:
        if value is None:
            continue
        try:
            devices = list_sound_devices(kind)
        except AudioDeviceError as error:
            return f"{flag} {value!r}: {error}"
        try:
            find_sound_device(value, kind, devices)
        except AudioDeviceError as error:
            names = "; ".join(f"“{device.label}”" for device in devices) or "none"
            return f"{flag} {value!r}: {error} The {kind}s are: {names}."
    return None


def _list_devices() -> int:
    from translator_gui.audio.errors import AudioDeviceError
    from translator_gui.audio.sources import list_sound_devices

    try:
        for kind in ("input", "output"):
            print(f"{kind.capitalize()}s:")
            for device in list_sound_devices(kind):
                default = " (system default)" if device.is_default else ""
                print(f"  {device.label}{default}")
    except AudioDeviceError as error:
        return _fail(str(error))
    return 0


def _list_languages() -> int:
    from translator_gui.realtime.languages import ALL_TARGETS, TRANSLATE_TARGETS

    translated = {lang.code for lang in TRANSLATE_TARGETS}
    for lang in ALL_TARGETS:
        mode = "" if lang.code in translated else "  (Interpret mode)"
        print(f"{lang.code:>3}  {lang.label}{mode}")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.list_devices:
        return _list_devices()
    if args.list_languages:
        return _list_languages()
    problem = _languages_chosen(args) or _devices_chosen(args)
    if problem is not None:
        return _fail(problem)
    try:
        from translator_gui.ui.source_scan import spare_line_cache

        spare_line_cache()  # before the app's imports, which it would otherwise keep the source of
        from translator_gui.app import run  # Qt is imported only when the window is really needed
    except ImportError as exc:  # a broken install, or a frozen build that left a module out
        from translator_gui.crash import startup_failure

        return startup_failure(exc)
    return run(args)


if __name__ == "__main__":
    sys.exit(main())
