"""The frozen app's entry point (PyInstaller runs this file, not the package's ``__main__``).

The import of the app is guarded: a module a build left out is reported in the log folder, with one
sentence to the person, instead of a window that never opens and an empty log. Started with
``--keyring-helper``, it makes one keyring call for the running app instead (see
``translator_gui/keyring_helper.py``).
"""

from __future__ import annotations

import sys


def _run() -> int:
    if sys.argv[1:] == ["--keyring-helper"]:  # translator_gui.keyring_helper.HELPER_FLAG: one keyring call
        from translator_gui.keyring_helper import serve

        return serve()
    try:
        from translator_gui.__main__ import main
    except ImportError as exc:
        from translator_gui.crash import startup_failure

        return startup_failure(exc)
    return main()


if __name__ == "__main__":
    sys.exit(_run())
