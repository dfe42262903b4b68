"""Keep PySide6 from holding the source of every module in memory.

PySide6's import hook (``shibokensupport.feature``, PYSIDE-2029) asks of every module imported
after it whether the module uses PySide6, so that its optional ``__feature__`` switches apply only
where they are asked for. It answers with ``inspect.getsource(module)`` and a search for
"PySide6". ``inspect`` reads through :mod:`linecache`, which keeps every line it has read for the
life of the process: for this app's imports and its realtime stack (the openai SDK, pydantic, the
standard library…) 1,187 files and 287,000 lines, 23 MiB by tracemalloc. Emptying the cache
afterwards gives nothing back: the lines lie among objects that live as long as the app.

:func:`spare_line_cache` makes the hook ask the same question of the file itself, read once and
not kept. Where a module's source is not a plain file (a zip, a frozen build), PySide6's own
check still answers.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

_MARK = "_reads_without_caching"


def spare_line_cache() -> bool:
    """Install the non-caching check (once); False when this PySide6 has no such hook."""
    import PySide6  # noqa: F401 — its import installs the hook this replaces

    feature = sys.modules.get("shibokensupport.feature")
    original: Callable[[ModuleType], bool] | None = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or not callable(original):
        return False
    if getattr(original, _MARK, False):
        return True

    def uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if isinstance(path, str) and path.endswith(".py"):
            try:
                return b"PySide6" in Path(path).read_bytes()
            except OSError:
                pass
        return original(module)

    setattr(uses_pyside, _MARK, True)
    feature._mod_uses_pyside = uses_pyside  # type: ignore[attr-defined]  # PySide6's own hook
    return True
