"""Translator: live translated captions and speech for meetings."""

from importlib.metadata import PackageNotFoundError, version

from translator_gui.paths import APP_ID as APP_ID

try:
    __version__ = version(APP_ID)  # the app id is also the distribution name (pyproject.toml)
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+source"

APP_NAME = "Translator"
