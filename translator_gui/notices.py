"""The open-source notices of what Translator is built from, read from the installed distributions.

``components()`` walks the app's requirements (with the extras it asks for) through
``importlib.metadata``; ``notices_text(with_licence_texts=True)`` is what ``packaging/`` writes into a
frozen build as ``THIRD-PARTY-NOTICES.txt`` (every distribution's own licence files in full), and
``bundled_notices()`` is what the About box shows: that file in a frozen build, else the list made
from the installed metadata.  No Qt.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from translator_gui.paths import APP_ID

NOTICES_FILE_NAME = "THIRD-PARTY-NOTICES.txt"
_NAME_RE = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[([^\]]*)\])?")
_EXTRA_RE = re.compile(r"""extra\s*==\s*["']([^"']+)["']""")
_LICENCE_FILE_RE = re.compile(r"^(LICEN[CS]E|COPYING|NOTICE|AUTHORS)", re.IGNORECASE)

QT_NOTICE = (
    "Translator uses Qt {qt} (The Qt Company Ltd. and others) through PySide6 {pyside}, under the GNU "
    "Lesser General Public License version 3 (LGPL-3.0-only). Qt and PySide6 are linked dynamically: their "
    "libraries are separate files in the installation and may be replaced by your own build. The source code "
    "of Qt is at https://download.qt.io/official_releases/qt/ and of PySide6 at "
    "https://code.qt.io/cgit/pyside/pyside-setup.git; the licence text is at "
    "https://www.gnu.org/licenses/lgpl-3.0.html."
)

EXTRA_COMPONENTS = (
    # Bundled by the frozen builds but not a Python distribution of its own.
    ("Python", f"{sys.version_info.major}.{sys.version_info.minor}.{sys.version_info.micro}", "PSF-2.0",
     "https://www.python.org/"),
    ("PortAudio (through sounddevice)", "19", "MIT", "https://www.portaudio.com/"),
)


@dataclass(frozen=True)
class Component:
    name: str
    version: str
    licence: str
    url: str
    licence_texts: tuple[tuple[str, str], ...] = ()


def _first(dist: metadata.Distribution, field: str) -> str:
    values = dist.metadata.get_all(field) or []
    return str(values[0]) if values else ""


def _licence(dist: metadata.Distribution) -> str:
    meta = dist.metadata
    if expression := _first(dist, "License-Expression"):
        return expression
    classifiers = [c.split("::")[-1].strip() for c in meta.get_all("Classifier") or [] if c.startswith("License ::")]
    if classifiers:
        return "; ".join(classifiers)
    text = _first(dist, "License").strip()
    if text and "\n" not in text and len(text) <= 80:
        return text
    return "see the licence text"


def _url(dist: metadata.Distribution) -> str:
    meta = dist.metadata
    if home := _first(dist, "Home-page"):
        return home
    for entry in meta.get_all("Project-URL") or []:
        label, _, url = str(entry).partition(",")
        if label.strip().lower() in {"homepage", "home", "source", "source code", "repository"}:
            return url.strip()
    return ""


def _licence_texts(dist: metadata.Distribution) -> tuple[tuple[str, str], ...]:
    texts = []
    for file in dist.files or []:
        parts = file.parts
        if not parts or not parts[0].endswith(".dist-info"):
            continue
        if "licenses" in parts or _LICENCE_FILE_RE.match(file.name):
            try:
                texts.append(("/".join(parts[1:]), file.read_text(encoding="utf-8")))
            except (OSError, UnicodeDecodeError):
                continue
    return tuple(texts)


def _requirements(dist: metadata.Distribution, extras: set[str]) -> list[tuple[str, set[str]]]:
    wanted = []
    for line in dist.requires or []:
        requirement, _, marker = line.partition(";")
        if (match := _EXTRA_RE.search(marker)) and match.group(1) not in extras:
            continue
        if name := _NAME_RE.match(requirement):
            wanted.append((name.group(1), {e.strip() for e in (name.group(2) or "").split(",") if e.strip()}))
    return wanted


def _key(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def components(root: str = APP_ID, *, with_licence_texts: bool = False) -> list[Component]:
    """Every installed distribution ``root`` needs, directly or not, by name (``root`` itself not included)."""
    found: dict[str, Component] = {}
    todo: list[tuple[str, set[str]]] = [(root, set())]
    seen: set[tuple[str, frozenset[str]]] = set()
    while todo:
        name, extras = todo.pop()
        if (_key(name), frozenset(extras)) in seen:
            continue
        seen.add((_key(name), frozenset(extras)))
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:  # a requirement for another platform
            continue
        if _key(name) != _key(root) and _key(name) not in found:
            found[_key(name)] = Component(
                _first(dist, "Name") or name, dist.version, _licence(dist), _url(dist),
                _licence_texts(dist) if with_licence_texts else (),
            )
        todo.extend(_requirements(dist, extras))
    return sorted(found.values(), key=lambda c: c.name.lower())


def qt_notice(qt_version: str, pyside_version: str) -> str:
    return QT_NOTICE.format(qt=qt_version, pyside=pyside_version)


def notices_text(*, with_licence_texts: bool = False) -> str:
    """The notices: one line a component, then (for a build) every licence text in full."""
    parts = [
        "Open-source software in Translator",
        "",
        "Translator is MIT-licensed. It is built from these components, each under its own licence:",
        "",
    ]
    comps = components(with_licence_texts=with_licence_texts)
    for name, version, licence, url in EXTRA_COMPONENTS:
        parts.append(f"- {name} {version} — {licence} — {url}")
    for c in comps:
        parts.append(f"- {c.name} {c.version} — {c.licence}" + (f" — {c.url}" if c.url else ""))
    if with_licence_texts:
        for c in comps:
            for file_name, text in c.licence_texts:
                parts += ["", "=" * 78, f"{c.name} {c.version}: {file_name}", "=" * 78, "", text.rstrip()]
    return "\n".join(parts) + "\n"


def bundled_notices_file() -> Path | None:
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle is None:
        return None
    path = Path(bundle) / NOTICES_FILE_NAME
    return path if path.is_file() else None


def bundled_notices() -> str:
    """The frozen build's notices file, else the list read from what is installed."""
    if (path := bundled_notices_file()) is not None:
        return path.read_text(encoding="utf-8")
    return notices_text()
