"""Turn two append-only transcript streams into caption lines (``Segment``).

The realtime service streams the translation and the source transcript as fragments and never
says "this sentence is final", so the segmenter decides where a line ends:

1. **Sentence end in the translation** (see :mod:`translator_gui.transcript.sentences`): a line
   closes once a terminator is *confirmed* by the text after it — immediately when the next
   fragment arrives for CJK/Arabic/Devanagari full stops, after whitespace and a next sentence
   that does not start in lowercase for ``. ! ? …``.  A terminator at the very end of the text so
   far waits for the next fragment or the idle timeout.
2. **Idle**: ``poll`` closes the open line once ``idle_seconds`` pass with no new text in either
   stream.  A line with only source text waits ``translation_wait`` seconds instead (at least
   ``idle_seconds``), because its translation usually lags a little behind.
3. **Source-only speech** (already in the target language, so nothing is translated): when the
   open line has no translation and the translation stream has been silent for
   ``translation_wait`` seconds, complete source sentences close as source-only lines.
4. **Length limit**: a line is never longer than a caption — ``caption.max_lines`` lines of
   ``caption``'s width (2 × 42 characters, 2 × 16 CJK) — nor than ``max_chars`` characters.  A
   longer run-on is force-closed at its last sentence end, else its best clause boundary (a
   comma, semicolon or dash, else before a conjunction), else its last word boundary (see
   :func:`~translator_gui.transcript.sentences.break_point`).  Source text waiting for its
   translation is bounded by ``max_chars``: its oldest part becomes a source-only line.  So each
   stream holds at most ``max_chars`` characters plus one fragment.
5. ``flush`` (session end) and ``set_language`` (target changed) close the open line with all
   the text of both streams.

Pairing: when the translation closes a line, the source text that belongs to it is the leading
source fragments whose ``elapsed_ms`` is at or before the ``elapsed_ms`` of the translation
fragment that ended the line (when both streams carry positions); otherwise, by arrival, all
source text so far up to its last complete sentence (all of it when it has no sentence end yet).

Sentence ends follow the rules of the text's language: ``language`` for the translation,
``source_language`` (None when the service detects it) for the source.

**Checkpoints**: text still being spoken lives only here until its line closes.  When new text
arrives and the oldest text not yet handed on is ``checkpoint_every`` seconds old (2 s), the whole
open line — as it stands *before* this delivery closes anything — goes to ``checkpoint`` (the
journal writes it as a checkpoint), unless the delivery closes all of it.  The lines returned
right after it are therefore a prefix of that checkpoint: a reader subtracts them, and what is
left is the unfinished text (see :mod:`translator_gui.transcript.checkpoints`).

Fragments are joined exactly as received (no spaces inserted); leading whitespace of a new line
and trailing whitespace of a closed line are dropped; an empty line is never emitted.
``start``/``end`` are the ``now`` of the first and last fragment in the line, except that a line
never starts before the previous one ended (source text can arrive while the previous line is
still open), so lines never overlap.
"""

from __future__ import annotations

from collections.abc import Callable

from translator_gui.transcript.fragments import Fragment, FragmentBuffer
from translator_gui.transcript.layout import LayoutLimits
from translator_gui.transcript.segment import Segment
from translator_gui.transcript.sentences import break_point, first_sentence_end, last_sentence_end

DEFAULT_MAX_CHARS = 400
CAPTION = LayoutLimits()  # a line of the transcript fits one caption of this layout
CHECKPOINT_SECONDS = 2.0
_LOOKAHEAD = 64  # characters past the longest line that can confirm a sentence end at its edge
Checkpoint = Callable[[Segment], object]


class CaptionSegmenter:
    """Caption lines from translation and source fragments; pure logic, no clock of its own."""

    def __init__(
        self,
        language: str,
        *,
        source_language: str | None = None,
        idle_seconds: float = 1.0,
        translation_wait: float = 3.0,
        max_chars: int = DEFAULT_MAX_CHARS,
        caption: LayoutLimits | None = CAPTION,
        checkpoint: Checkpoint | None = None,
        checkpoint_every: float = CHECKPOINT_SECONDS,
    ) -> None:
        """``caption=None``: lines are bounded by ``max_chars`` only."""
        if idle_seconds <= 0:
            raise ValueError("idle_seconds must be positive")
        if translation_wait < 0:
            raise ValueError("translation_wait must not be negative")
        if max_chars < 2:
            raise ValueError("max_chars must be at least 2")
        self._language = language
        self._source_language = source_language
        self._caption = caption
        self._checkpoint = checkpoint
        self._checkpoint_every = checkpoint_every
        self._unsaved_since: float | None = None  # when the oldest text not handed on arrived
        self._idle = idle_seconds
        self._translation_wait = max(translation_wait, idle_seconds)
        self._max = max_chars
        self._tr = FragmentBuffer()
        self._src = FragmentBuffer()
        self._last_activity: float | None = None
        self._last_translation: float | None = None
        self._prev_end: float | None = None

    @property
    def language(self) -> str:
        return self._language

    @property
    def live(self) -> tuple[str, str]:
        """(translation, source) text of the open line."""
        return self._tr.text, self._src.text

    def add_translation(self, delta: str, now: float, elapsed_ms: int | None = None) -> list[Segment]:
        if not self._tr.append(delta, now, elapsed_ms):
            return self._drain(now)
        self._last_translation = now
        return self._delivered(now)

    def add_source(self, delta: str, now: float, elapsed_ms: int | None = None) -> list[Segment]:
        if not self._src.append(delta, now, elapsed_ms):
            return self._drain(now)
        return self._delivered(now)

    def poll(self, now: float) -> list[Segment]:
        """Close what time alone closes; cheap enough to call ~10 times a second."""
        out = self._drain(now)
        if self._last_activity is not None and (self._tr.text or self._src.text):
            wait = self._idle if self._tr.text else self._translation_wait
            if now - self._last_activity >= wait:
                self._emit(self._tr.take_all(), self._src.take_all(), out)
        self._forget_saved()
        return out

    def flush(self, now: float) -> list[Segment]:
        """Close everything (session end)."""
        out = self._drain(now)
        self._emit(self._tr.take_all(), self._src.take_all(), out)
        self._last_activity = None
        self._unsaved_since = None
        return out

    def set_language(self, code: str, now: float) -> list[Segment]:
        """Close the open line under the old target language, then switch to ``code``."""
        if code == self._language:
            return []
        out = self.flush(now)
        self._language = code
        return out

    # -- internals -------------------------------------------------------------------------

    def _delivered(self, now: float) -> list[Segment]:
        """New text arrived: close what it closes, checkpointing the open line when it is due."""
        self._last_activity = now
        if self._unsaved_since is None:
            self._unsaved_since = now
        due = self._checkpoint is not None and now - self._unsaved_since >= self._checkpoint_every
        snapshot = self._open_line(now) if due else None
        out = self._drain(now)
        if snapshot is not None and self._checkpoint is not None and (self._tr.text or self._src.text):
            self._checkpoint(snapshot)
            self._unsaved_since = None
        self._forget_saved()
        return out

    def _forget_saved(self) -> None:
        if not (self._tr.text or self._src.text):
            self._unsaved_since = None  # every word is in a closed line

    def _open_line(self, now: float) -> Segment:
        """The open line as it stands, marked unfinished."""
        starts = [t for t in (self._tr.first_now, self._src.first_now) if t is not None]
        start = min(starts, default=now)
        if self._prev_end is not None:
            start = max(start, self._prev_end)
        return Segment(start, max(start, now), self._src.text.strip(), self._tr.text.strip(), self._language,
                       unfinished=True)

    def _too_wide(self, text: str) -> bool:
        return len(text) > self._max or self._measure(text) > self._limit

    def _window(self, text: str) -> str:
        """The part of ``text`` a line can come from (plus what confirms a sentence end at its
        edge): a huge delta is then cut in time proportional to its length."""
        longest = self._max
        if self._caption is not None:  # marks take no room: a caption may hold more characters than cells
            longest = min(longest, 3 * self._caption.max_chars * self._caption.max_lines)
        return text[: longest + _LOOKAHEAD]

    def _measure(self, text: str) -> int:
        """One width for both bounds: at most ``_limit`` when ``text`` fits a caption and ``max_chars``."""
        if self._caption is None:
            return len(text)
        room = self._caption.capacity * self._caption.max_lines
        return max(self._caption.width(text) * self._max, len(text) * room)

    @property
    def _limit(self) -> int:
        if self._caption is None:
            return self._max
        return self._caption.capacity * self._caption.max_lines * self._max

    def _cut(self, text: str, language: str | None) -> int:
        window = self._window(text)
        room = min(len(window), self._max)
        if self._caption is not None:
            room = min(room, self._caption.room(window, self._caption.capacity * self._caption.max_lines))
        return break_point(window, self._limit, language, width=self._measure, room=room)

    def _drain(self, now: float) -> list[Segment]:
        out: list[Segment] = []
        while self._step(now, out):
            pass
        return out

    def _step(self, now: float, out: list[Segment]) -> bool:
        """Close at most one line; True if something was closed (emitted or not)."""
        translation = self._tr.text
        if translation:
            end = first_sentence_end(self._window(translation), language=self._language)
            if end is not None and not self._too_wide(translation[:end]):
                self._close_translation(end, out)
                return True
            if self._too_wide(translation):
                self._close_translation(self._cut(translation, self._language), out)
                return True
        source = self._src.text
        if len(source) > self._max:
            self._emit([], self._src.take(self._cut(source, self._source_language)), out)
            return True
        if source and not translation and self._source_led(now):
            end = first_sentence_end(self._window(source), language=self._source_language)
            if end is not None:
                if self._too_wide(source[:end]):
                    end = self._cut(source, self._source_language)
                self._emit([], self._src.take(end), out)
                return True
        return False

    def _source_led(self, now: float) -> bool:
        """True when the translation stream has been silent long enough to stop waiting for it."""
        since = self._src.first_now
        if since is None:
            return False
        if self._last_translation is not None:
            since = max(since, self._last_translation)
        return now - since >= self._translation_wait

    def _close_translation(self, cut: int, out: list[Segment]) -> None:
        head = self._tr.take(cut)
        self._emit(head, self._src.take(self._paired_source_length(head)), out)

    def _paired_source_length(self, translation: list[Fragment]) -> int:
        position = translation[-1].elapsed_ms if translation else None
        if position is not None and self._src.has_elapsed():
            return self._src.length_until(position)
        source = self._src.text
        end = last_sentence_end(source, self._source_language)
        return len(source) if end is None else end

    def _emit(self, translation: list[Fragment], source: list[Fragment], out: list[Segment]) -> None:
        tr_text = "".join(f.text for f in translation).strip()
        src_text = "".join(f.text for f in source).strip()
        if not tr_text and not src_text:
            return
        times = [f.now for f in translation] + [f.now for f in source]
        start, end = min(times), max(times)
        if self._prev_end is not None:
            start = max(start, self._prev_end)
            end = max(end, start)
        self._prev_end = end
        out.append(Segment(start, end, src_text, tr_text, self._language))
