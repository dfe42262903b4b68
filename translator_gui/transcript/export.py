"""Transcripts out: SubRip (SRT), WebVTT, plain text and JSON.

Each format comes in three variants: the translation only, the source (what was said) only,
and bilingual (the translation, then the source).  Times are the session clock of each
``Segment`` (seconds since the session started).

Subtitle cues follow the layout rules of :mod:`translator_gui.transcript.layout`: lines of at
most 42 characters (16 full-width), at most two lines per cue in the single-language variants
(a long line is split into consecutive cues, its time shared in proportion to the text), and
each cue lasts at least ``MIN_CUE_SECONDS`` unless the next one starts sooner.  A bilingual cue
holds the whole translation then the whole source, so it may have more lines.

A segment without a translation (speech already in the target language) counts as its own
translation; the source-only variant leaves out segments without source text.

When both directions ran, each segment says who spoke (``Segment.speaker``) and the transcript
interleaves *Them* and *Me* lines by time:

* SRT: every cue of such a segment starts with the label, ``Them: …`` or ``Me: …``, so a cue read
  on its own still says who spoke.  The label is visible text, so it counts toward the 42-character
  line: the text is laid out with the label in front of it, and a long line that goes on in a
  further cue starts that cue with the label again.  In a bilingual cue only the translation's
  first line carries it.
* WebVTT: a voice span, ``<v Them>…</v>``, opened on each cue's first line and closed at the end
  of its last line.  Players do not show the name as text, so it takes no room on the line.
* Plain text: ``[h:mm:ss] Them: text`` (the source under it, in the bilingual variant, unlabelled).
* JSON: each entry gets ``"speaker": "them"`` or ``"me"`` (the journal's codes).

A line recovered unfinished after a crash (see :mod:`translator_gui.transcript.checkpoints`) ends
with `` …`` in SRT, WebVTT and plain text, and has ``"unfinished": true`` in JSON.

A transcript without speakers (a single-direction session) comes out exactly as it always did.
Cues come out in order of their start time, as WebVTT requires, even when the two directions'
lines overlap.
"""

from __future__ import annotations

import contextlib
import enum
import json
import os
import secrets
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from translator_gui.transcript.layout import LayoutLimits, chunk_lines, wrap
from translator_gui.transcript.segment import Segment, speaker_label

MIN_CUE_SECONDS = 1.0
JSON_FORMAT_NAME = "translator-gui transcript"
JSON_VERSION = 1


class ExportFormat(enum.StrEnum):
    SRT = "srt"
    VTT = "vtt"
    TEXT = "txt"
    JSON = "json"

    @property
    def suffix(self) -> str:
        return "." + self.value


class Variant(enum.StrEnum):
    TRANSLATION = "translation"
    SOURCE = "source"
    BILINGUAL = "bilingual"


@dataclass(frozen=True, slots=True)
class Cue:
    start: float
    end: float
    lines: tuple[str, ...]
    speaker: str = ""  # the segment's speaker code ("them", "me"), empty without one


UNFINISHED_MARK = " …"  # after the text of a line cut short by a crash (recovered from a checkpoint)


def _texts(segment: Segment, variant: Variant, *, mark: bool = True) -> tuple[str, str]:
    """(first, second) text of a segment in ``variant``; empty strings when absent.  An unfinished
    line's texts end with ``UNFINISHED_MARK`` when ``mark``."""
    translation = " ".join(segment.translation.split()) or " ".join(segment.source.split())
    source = " ".join(segment.source.split())
    if mark and segment.unfinished:
        translation, source = (text + UNFINISHED_MARK if text else text for text in (translation, source))
    if variant is Variant.TRANSLATION:
        return translation, ""
    if variant is Variant.SOURCE:
        return source, ""
    return translation, source if segment.translation and source != translation else ""


def _safe(line: str) -> str:
    # "-->" inside cue text confuses SRT and WebVTT readers alike.
    return line.replace("-->", "->")


def _prefix(segment: Segment) -> str:
    """What goes before a labelled line: ``"Them: "``, ``"Me: "``, or nothing without a speaker."""
    label = speaker_label(segment.speaker)
    return f"{label}: " if label else ""


def _consumed(text: str, lines: Sequence[str]) -> int | None:
    """How much of ``text`` the wrapped ``lines`` hold (they are its consecutive pieces, split at a
    space or between characters); None if they are not."""
    pos = 0
    for line in lines:
        while text[pos : pos + 1] == " ":
            pos += 1
        if not text.startswith(line, pos):
            return None
        pos += len(line)
    return pos


def _labelled_groups(text: str, prefix: str, lim: LayoutLimits) -> list[list[str]]:
    """``text`` in groups of at most ``max_lines`` lines, each group's first line starting with
    ``prefix`` (which takes room on that line like any other text)."""
    if not prefix:
        return chunk_lines(wrap(text, lim), lim.max_lines)
    groups: list[list[str]] = []
    rest = text
    while rest:
        lines = wrap(prefix + rest, lim)
        group = lines[: lim.max_lines]
        used = _consumed(prefix + rest, group)
        if used is not None and used > len(prefix):
            groups.append(group)
            rest = rest[used - len(prefix) :].lstrip(" ")
            continue
        # The label leaves no room for the next word (a very long word on one-line cues): this
        # cue goes without it.
        lines = wrap(rest, lim)
        group = lines[: lim.max_lines]
        used = _consumed(rest, group)
        if not used:  # wrapped lines are always pieces of the text; never loop on them
            groups.extend(chunk_lines(lines, lim.max_lines))
            break
        groups.append(group)
        rest = rest[used:].lstrip(" ")
    return groups


def cues(
    segments: Sequence[Segment],
    variant: Variant,
    limits: LayoutLimits | None = None,
    *,
    labels: bool = False,
) -> list[Cue]:
    """The subtitle cues for ``segments`` in ``variant``, in order of their start time.

    With ``labels``, each cue of a segment with a speaker starts with ``Them: `` or ``Me: ``,
    counted in the line's width; without, the lines hold the text only and ``Cue.speaker`` says
    whose it is.
    """
    lim = limits or LayoutLimits()
    raw: list[Cue] = []
    for segment in sorted(segments, key=lambda s: (s.start, s.end)):
        first, second = _texts(segment, variant)
        if not first:
            continue
        prefix = _prefix(segment) if labels else ""
        start, end = segment.start, max(segment.end, segment.start)
        if variant is Variant.BILINGUAL:
            lines = [_safe(x) for x in wrap(prefix + first, lim) + (wrap(second, lim) if second else [])]
            raw.append(Cue(start, end, tuple(lines), segment.speaker))
            continue
        groups = [[_safe(x) for x in group] for group in _labelled_groups(first, prefix, lim)]
        # Time in proportion to the text; a label takes none.
        weights = [
            max(sum(len(x) for x in group) - (len(prefix) if prefix and group[0].startswith(prefix) else 0), 1)
            for group in groups
        ]
        total = sum(weights)
        t = start
        for group, weight in zip(groups, weights, strict=True):
            t_end = t + (end - start) * weight / total
            raw.append(Cue(t, t_end, tuple(group), segment.speaker))
            t = t_end
    # The two directions' lines may overlap in time; readers want cues by start time.
    raw.sort(key=lambda cue: cue.start)
    # Each cue at least MIN_CUE_SECONDS long, without running into the next one.
    out: list[Cue] = []
    for i, cue in enumerate(raw):
        limit = raw[i + 1].start if i + 1 < len(raw) else float("inf")
        end = max(cue.end, min(cue.start + MIN_CUE_SECONDS, limit))
        end = max(end, cue.start + 0.001)  # a reader needs end > start
        out.append(Cue(cue.start, end, cue.lines, cue.speaker))
    return out


def _ms(seconds: float) -> int:
    return max(0, round(seconds * 1000))


def _clock(seconds: float, sep: str) -> str:
    ms = _ms(seconds)
    h, rest = divmod(ms, 3_600_000)
    m, rest = divmod(rest, 60_000)
    s, ms = divmod(rest, 1000)
    return f"{h:02d}:{m:02d}:{s:02d}{sep}{ms:03d}"


def to_srt(segments: Sequence[Segment], variant: Variant = Variant.TRANSLATION) -> str:
    blocks = []
    for number, cue in enumerate(cues(segments, variant, labels=True), start=1):
        timing = f"{_clock(cue.start, ',')} --> {_clock(cue.end, ',')}"
        blocks.append(f"{number}\n{timing}\n" + "\n".join(cue.lines) + "\n")
    return "\n".join(blocks)


def _vtt_escape(line: str) -> str:
    return line.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _vtt_voice(speaker: str) -> str:
    """A voice span's opening tag for ``speaker`` (``<v Them>``); empty without a speaker."""
    name = " ".join(speaker_label(speaker).split())
    return f"<v {_vtt_escape(name)}>" if name else ""


def to_vtt(segments: Sequence[Segment], variant: Variant = Variant.TRANSLATION) -> str:
    blocks = ["WEBVTT\n"]
    for number, cue in enumerate(cues(segments, variant), start=1):
        timing = f"{_clock(cue.start, '.')} --> {_clock(cue.end, '.')}"
        text = "\n".join(_vtt_escape(x) for x in cue.lines)
        voice = _vtt_voice(cue.speaker)
        if voice:
            text = f"{voice}{text}</v>"
        blocks.append(f"{number}\n{timing}\n{text}\n")
    return "\n".join(blocks)


def _stamp(seconds: float) -> str:
    whole = int(max(seconds, 0.0))
    return f"{whole // 3600:d}:{whole // 60 % 60:02d}:{whole % 60:02d}"


def to_text(segments: Sequence[Segment], variant: Variant = Variant.TRANSLATION) -> str:
    """One paragraph per segment: ``[h:mm:ss] text`` (``[h:mm:ss] Them: text`` when the segment has
    a speaker); bilingual adds the source, indented."""
    out = []
    for segment in sorted(segments, key=lambda s: (s.start, s.end)):
        first, second = _texts(segment, variant)
        if not first:
            continue
        out.append(f"[{_stamp(segment.start)}] {_prefix(segment)}{first}\n")
        if second:
            out.append(f"    {second}\n")
    return "".join(out)


def to_json(segments: Sequence[Segment], variant: Variant = Variant.BILINGUAL) -> str:
    items: list[dict[str, object]] = []
    for segment in sorted(segments, key=lambda s: (s.start, s.end)):
        first, _second = _texts(segment, variant, mark=False)
        if not first:
            continue
        item: dict[str, object] = {"start": segment.start, "end": segment.end, "language": segment.language}
        if segment.speaker:
            item["speaker"] = segment.speaker
        if segment.unfinished:
            item["unfinished"] = True
        if variant is Variant.TRANSLATION:
            item["translation"] = first
        elif variant is Variant.SOURCE:
            item["source"] = first
        else:
            item["translation"] = first
            item["source"] = segment.source
        items.append(item)
    document = {"format": JSON_FORMAT_NAME, "version": JSON_VERSION, "variant": variant.value, "segments": items}
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def one_side_unlabelled(segments: Sequence[Segment]) -> list[Segment]:
    """``segments``, without speakers when only one side spoke: labels say who is who only where
    there are two."""
    if len({segment.speaker for segment in segments}) > 1:
        return list(segments)
    return [replace(segment, speaker="") if segment.speaker else segment for segment in segments]


def render(segments: Sequence[Segment], fmt: ExportFormat, variant: Variant) -> str:
    """``segments`` as ``fmt``; the subtitle and text formats name the speakers when both sides
    spoke, JSON keeps every segment's speaker as data."""
    if fmt is not ExportFormat.JSON:
        segments = one_side_unlabelled(segments)
    match fmt:
        case ExportFormat.SRT:
            return to_srt(segments, variant)
        case ExportFormat.VTT:
            return to_vtt(segments, variant)
        case ExportFormat.TEXT:
            return to_text(segments, variant)
        case ExportFormat.JSON:
            return to_json(segments, variant)


def write_export(path: Path, segments: Sequence[Segment], fmt: ExportFormat, variant: Variant) -> None:
    """Write atomically, UTF-8 without BOM; raises OSError.

    The data goes to a new temporary file next to ``path`` — created exclusively (``O_EXCL``, never
    an existing file), not through a symlink (``O_NOFOLLOW``) and readable by this user only (0600,
    like the journals) — that is then renamed over ``path``; a symlink planted at ``path`` is
    replaced, never followed.
    """
    data = render(segments, fmt, variant).encode("utf-8")
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC | getattr(os, "O_NOFOLLOW", 0)
    for _ in range(100):
        tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
        try:
            fd = os.open(tmp, flags, 0o600)
        except FileExistsError:
            continue  # someone's file (or symlink) by that name: never touch it, pick another name
        break
    else:
        raise FileExistsError(f"Could not create a temporary file next to {path}")
    try:
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view) :]
            os.fsync(fd)
        finally:
            os.close(fd)
        tmp.replace(path)
    except OSError:
        tmp.unlink(missing_ok=True)
        raise
    with contextlib.suppress(OSError):
        dir_fd = os.open(path.parent, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)
