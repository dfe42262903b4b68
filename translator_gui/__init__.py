"""Translator: live translated captions and speech for meetings."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("translator-gui")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+source"

APP_NAME = "Translator"
APP_ID = "translator-gui"
