"""Translator: live translated captions and speech for meetings."""

from translator_gui.paths import APP_ID as APP_ID

__version__: str  # looked up on first use (module ``__getattr__`` below)


def __getattr__(name: str) -> str:
    """``__version__``, read from the installed distribution the first time it is asked for:
    ``importlib.metadata`` costs ≈ 60 ms to import and look up, which a launch spends after its
    window is on screen, not before."""
    if name != "__version__":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib.metadata import PackageNotFoundError, version

    try:
        found = version(APP_ID)  # the app id is also the distribution name (pyproject.toml)
    except PackageNotFoundError:  # running from a source tree that was never installed
        found = "0.0.0+source"
    globals()["__version__"] = found
    return found


APP_NAME = "Translator"
