"""The language the app speaks: its own translations and Qt's, chosen at start-up.

The ``.qm`` files are in ``resources/translations`` (``translator_gui_<locale>.qm``, compiled from the
``.ts`` sources beside them with ``pyside6-lrelease``); a frozen bundle carries that folder.  The
language is the one asked for (``--language`` or the *Language* setting), else the system's; Qt's
own words (standard buttons, context menus of text fields) come from Qt's ``qtbase_<locale>.qm``.
Arabic and the other right-to-left languages mirror the whole layout.
"""

from __future__ import annotations

import logging
import sys
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator

from translator_gui import i18n
from translator_gui.paths import APP_ID, install_prefixes

log = logging.getLogger(__name__)

CATALOGUE = "translator_gui"
"""The app's translation files: ``translator_gui_<locale>.ts`` / ``.qm``."""

LANGUAGES: tuple[str, ...] = (
    "de", "es", "fr", "it", "pt_BR", "ja", "zh_CN", "ko", "ar", "ru", "hi", "tr", "pl",
)
"""The locales the app has translations for (English is the source language)."""


_IN_USE: list[Installed] = []


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for translation in ``context`` where it is declared; it is translated where shown.
    (Qt's own returns ``object`` to a type checker.)"""
    return text


def translations_dir() -> Path:
    """Where the ``.qm`` files are: in a frozen bundle beside the program, in the source tree, or
    where pip or a system package put them (``<prefix>/share/translator-gui/translations``, the Flatpak's)."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources" / "translations"
    source_tree = Path(__file__).resolve().parents[2] / "resources" / "translations"
    if source_tree.is_dir():
        return source_tree
    installed = [installed_translations_dir(str(prefix)) for prefix in install_prefixes()]
    return next((folder for folder in installed if folder.is_dir()), installed[0])


def installed_translations_dir(prefix: str | None = None) -> Path:
    """Where pip or a system package installs the ``.qm`` files under ``prefix`` (default: this Python's)."""
    return Path(prefix or sys.prefix) / "share" / APP_ID / "translations"


def locale_for(name: str | None) -> QLocale:
    """The locale for a name such as ``de``, ``pt-BR`` or ``pt_BR`` (None or empty: the system's)."""
    if not name or not name.strip():
        return QLocale.system()
    return QLocale(name.strip().replace("-", "_"))


def language_name(code: str) -> str:
    """A locale's name in its own language, e.g. *Deutsch* for ``de``."""
    locale = QLocale(code)
    native = locale.nativeLanguageName()
    if "_" in code:
        native = f"{native} ({locale.nativeTerritoryName()})"
    return native[:1].upper() + native[1:] if native else code


@dataclass
class Installed:
    """The translators in use (the application must keep them alive)."""

    locale: QLocale
    translators: list[QTranslator] = field(default_factory=list)
    found: bool = False
    """Whether the app has its own translation for ``locale`` (English needs none)."""

    def remove(self) -> None:
        """English and left-to-right again."""
        if self in _IN_USE:
            _IN_USE.remove(self)
        for translator in self.translators:
            QCoreApplication.removeTranslator(translator)
        self.translators.clear()
        i18n.install(None)
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        app = QCoreApplication.instance()
        if app is not None and hasattr(app, "setLayoutDirection"):
            app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def dollars(amount: float) -> str:
    """US dollars as the default locale writes money: "$2.50" in English, "2,50 $" in German."""
    locale = QLocale()
    if locale.language() in (QLocale.Language.C, QLocale.Language.English):
        return f"${amount:,.2f}"
    return locale.toCurrencyString(float(amount), "$", 2)


def install_translations(name: str | None = None, folder: Path | None = None) -> Installed:
    """Speak ``name``'s language (None: the system's) from now on: the app's words, the words of the
    layers without Qt, Qt's own, numbers and dates, and the layout direction."""
    locale = locale_for(name)
    installed = Installed(locale)
    QLocale.setDefault(locale)
    qt = QTranslator()
    if qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        QCoreApplication.installTranslator(qt)
        installed.translators.append(qt)
    ours = QTranslator()
    if ours.load(locale, CATALOGUE, "_", str(folder or translations_dir())):
        QCoreApplication.installTranslator(ours)
        installed.translators.append(ours)
        installed.found = True
    elif locale.language() not in (QLocale.Language.English, QLocale.Language.C):
        log.info("no translation for %s; the app speaks English", locale.name())
    i18n.install(lambda context, text: QCoreApplication.translate(context, text), dollars)
    _IN_USE.append(installed)  # Qt does not own the translators: they must live as long as they are installed
    app = QCoreApplication.instance()
    if app is not None and hasattr(app, "setLayoutDirection"):  # a QGuiApplication
        direction = locale.textDirection() if installed.found else Qt.LayoutDirection.LeftToRight
        app.setLayoutDirection(direction)
    return installed
