"""Linux: the meeting's own sound is lowered while a translated phrase plays on *Them → me*, and
put back when the phrase ends — ducked, not muted, so the person still hears who is speaking.

What is lowered is what the person hears of the meeting, through the sound server's stream volumes:

* listening to "Sound from: <app>": the loopback that plays the app on to the person's output
  (what Translator captures is not lowered);
* listening to "Sound from: <output>": every app's stream on that output (the capture is lowered
  with it: one output carries both);
* a microphone: nothing.

The original volumes are written to a small file before anything is lowered and the file is
removed once they are back, so the next start puts back what a crashed run had lowered
(:func:`restore_left_behind`). The sound server may remember a stream's lowered volume for the
app's next stream (module-stream-restore); putting the volume back on the live stream updates that
memory too.
"""

from __future__ import annotations

import contextlib
import json
import logging
import math
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from translator_gui.audio import app_capture, pulse
from translator_gui.audio.sources import SoundDevice

__all__ = ["HOLD_SECONDS", "LEVELS_DB", "Ducking", "restore_left_behind", "to_volume"]

log = logging.getLogger(__name__)

LEVELS_DB = (0.0, -10.0, -20.0)
"""The choices: off, −10 dB, −20 dB."""
HOLD_SECONDS = 0.4
"""The meeting comes back this long after the last translated sound (no pumping between words)."""


def to_volume(volume: float, change_db: float) -> float:
    """A stream volume (the sound server's cubic scale, 1.0 = 100 %) lowered by ``change_db`` of amplitude."""
    return volume * 10 ** (change_db / 60)


def volume_db(volume: float) -> float:
    """A stream volume as amplitude dB (0 dB at 100 %)."""
    return 60 * math.log10(volume) if volume > 0 else -math.inf


@dataclass(frozen=True)
class _Lowered:
    index: int
    app: str
    volumes: tuple[float, ...]


def _targets(connection: Any, source: SoundDevice) -> list[Any]:
    """The streams the person hears the meeting through, for a direction listening to ``source``."""
    streams = connection.sink_input_list()
    if source.app is not None:
        capture_source = source.system_name  # "<capture sink>.monitor" while the app is diverted
        loopbacks = {int(m.index) for m in connection.module_list()
                     if str(m.name) == "module-loopback" and f"source={capture_source}" in str(m.argument or "")}
        return [s for s in streams if int(s.owner_module) in loopbacks]
    if source.monitor_of is not None:
        sinks = {str(s.name): int(s.index) for s in connection.sink_list()}
        sink = sinks.get(source.monitor_of)
        return [s for s in streams if int(s.sink) == sink and app_capture.app_name(s) is not None]
    return []


def _name(stream: Any) -> str:
    return str(stream.proplist.get("application.name") or stream.proplist.get("media.name") or "")


class Ducking:
    """Lowers the meeting by ``change_db`` while :meth:`update` is told a phrase plays."""

    def __init__(self, source: SoundDevice, change_db: float, state_file: Path) -> None:
        if change_db > 0:
            raise ValueError(f"ducking lowers the sound: {change_db} dB is no lowering")
        self.source = source
        self.change_db = change_db
        self.state_file = state_file
        self.error: str | None = None
        """Why the last change failed, if it did (the sound server went away, say)."""
        self._lowered: list[_Lowered] = []
        self._quiet_since: float | None = None
        self._tried = False  # this phrase: lowering was attempted (found nothing, or failed), not again

    @property
    def ducked(self) -> bool:
        return bool(self._lowered)

    def update(self, playing: bool, now: float) -> None:
        """Called on a steady cadence with whether translated speech is playing at ``now`` (monotonic s)."""
        if self._lowered and self.change_db >= 0:  # ducking was switched off
            self.restore()
        elif playing:
            self._quiet_since = None
            if not self._lowered and not self._tried and self.change_db < 0:
                self._tried = True
                self._duck()
        elif not self._lowered:
            self._tried = False  # the phrase ended with nothing lowered: the next one tries again
        elif self._lowered:
            if self._quiet_since is None:
                self._quiet_since = now
            elif now - self._quiet_since >= HOLD_SECONDS:
                self.restore()

    def _duck(self) -> None:
        try:
            with pulse.connected("ducking") as connection:
                streams = _targets(connection, self.source)
                lowered = [_Lowered(int(s.index), _name(s), tuple(float(v) for v in s.volume.values))
                           for s in streams]
                if not lowered:
                    return
                _save(self.state_file, lowered)  # before lowering: a crash now still restores
                self._lowered = lowered
                for stream, was in zip(streams, lowered, strict=True):
                    _set(connection, stream.index, [to_volume(v, self.change_db) for v in was.volumes])
        except Exception as error:  # the meeting must go on: no ducking, and say why in the log
            self.error = f"{type(error).__name__}: {error}"
            log.warning("Could not lower the meeting's sound: %s", self.error)

    def restore(self) -> None:
        """Put the volumes back (streams that ended meanwhile are skipped) and forget them."""
        lowered, self._lowered = self._lowered, []
        self._tried = False
        self._quiet_since = None
        if not lowered:
            return
        try:
            with pulse.connected("ducking") as connection:
                _put_back(connection, lowered)
        except pulse.PulseUnavailable as error:
            self.error = str(error)  # the server went away with the streams: nothing to put back
        with contextlib.suppress(FileNotFoundError):
            self.state_file.unlink()


def _set(connection: Any, index: int, volumes: Sequence[float]) -> None:
    import pulsectl

    connection.sink_input_volume_set(index, pulsectl.PulseVolumeInfo(list(volumes)))


def _put_back(connection: Any, lowered: Sequence[_Lowered]) -> int:
    present = {int(s.index): s for s in connection.sink_input_list()}
    done = 0
    for was in lowered:
        stream = present.get(was.index)
        if stream is None or _name(stream) != was.app:
            continue  # ended, or the index now names another stream
        with contextlib.suppress(Exception):  # it ended just now
            _set(connection, was.index, was.volumes)
            done += 1
    return done


def _save(path: Path, lowered: Sequence[_Lowered]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_suffix(".tmp")
    temporary.write_text(json.dumps({
        "owner": os.getpid(),
        "streams": [{"index": e.index, "app": e.app, "volumes": list(e.volumes)} for e in lowered],
    }), encoding="utf-8")
    temporary.replace(path)


def restore_left_behind(state_file: Path) -> int:
    """At start: put back the volumes a crashed run had lowered; returns how many streams.
    Raises :class:`~translator_gui.audio.pulse.PulseUnavailable` (the file is then kept)."""
    try:
        saved = json.loads(state_file.read_text(encoding="utf-8"))
        lowered = [_Lowered(int(e["index"]), str(e["app"]), tuple(float(v) for v in e["volumes"]))
                   for e in saved["streams"]]
        owner = int(saved.get("owner", 0))
    except FileNotFoundError:
        return 0
    except (OSError, ValueError, KeyError, TypeError) as error:
        log.warning("Ignoring an unreadable ducking state %s: %s", state_file, error)
        state_file.unlink(missing_ok=True)
        return 0
    if not pulse.left_behind({pulse.OWNER_PROPERTY: str(owner)}):
        return 0  # a running Translator's: it puts them back itself
    with pulse.connected("cleanup") as connection:
        done = _put_back(connection, lowered)
    state_file.unlink(missing_ok=True)
    return done
