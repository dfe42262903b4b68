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
4. **Length limit**: a run-on longer than ``max_chars`` is force-closed at its last sentence end,
   else its last word boundary (see :func:`~translator_gui.transcript.sentences.break_point`).  The
   same limit bounds source text waiting for its translation: its oldest part becomes a
   source-only line.  So each stream holds at most ``max_chars`` characters plus one fragment.
5. ``flush`` (session end) and ``set_language`` (target changed) close the open line with all
   the text of both streams.

Pairing: when the translation closes a line, the source text that belongs to it is the leading
source fragments whose ``elapsed_ms`` is at or before the ``elapsed_ms`` of the translation
fragment that ended the line (when both streams carry positions); otherwise, by arrival, all
source text so far up to its last complete sentence (all of it when it has no sentence end yet).

Fragments are joined exactly as received (no spaces inserted); leading whitespace of a new line
and trailing whitespace of a closed line are dropped; an empty line is never emitted.
``start``/``end`` are the ``now`` of the first and last fragment in the line, except that a line
never starts before the previous one ended (source text can arrive while the previous line is
still open), so lines never overlap.
"""

from __future__ import annotations

from translator_gui.transcript.fragments import Fragment, FragmentBuffer
from translator_gui.transcript.segment import Segment
from translator_gui.transcript.sentences import break_point, first_sentence_end, last_sentence_end

DEFAULT_MAX_CHARS = 400


class CaptionSegmenter:
    """Caption lines from translation and source fragments; pure logic, no clock of its own."""

    def __init__(
        self,
        language: str,
        *,
        idle_seconds: float = 1.0,
        translation_wait: float = 3.0,
        max_chars: int = DEFAULT_MAX_CHARS,
    ) -> None:
        if idle_seconds <= 0:
            raise ValueError("idle_seconds must be positive")
        if translation_wait < 0:
            raise ValueError("translation_wait must not be negative")
        if max_chars < 2:
            raise ValueError("max_chars must be at least 2")
        self._language = language
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
        if self._tr.append(delta, now, elapsed_ms):
            self._last_activity = now
            self._last_translation = now
        return self._drain(now)

    def add_source(self, delta: str, now: float, elapsed_ms: int | None = None) -> list[Segment]:
        if self._src.append(delta, now, elapsed_ms):
            self._last_activity = now
        return self._drain(now)

    def poll(self, now: float) -> list[Segment]:
        """Close what time alone closes; cheap enough to call ~10 times a second."""
        out = self._drain(now)
        if self._last_activity is not None and (self._tr.text or self._src.text):
            wait = self._idle if self._tr.text else self._translation_wait
            if now - self._last_activity >= wait:
                self._emit(self._tr.take_all(), self._src.take_all(), out)
        return out

    def flush(self, now: float) -> list[Segment]:
        """Close everything (session end)."""
        out = self._drain(now)
        self._emit(self._tr.take_all(), self._src.take_all(), out)
        self._last_activity = None
        return out

    def set_language(self, code: str, now: float) -> list[Segment]:
        """Close the open line under the old target language, then switch to ``code``."""
        if code == self._language:
            return []
        out = self.flush(now)
        self._language = code
        return out

    # -- internals -------------------------------------------------------------------------

    def _drain(self, now: float) -> list[Segment]:
        out: list[Segment] = []
        while self._step(now, out):
            pass
        return out

    def _step(self, now: float, out: list[Segment]) -> bool:
        """Close at most one line; True if something was closed (emitted or not)."""
        translation = self._tr.text
        if translation:
            end = first_sentence_end(translation)
            if end is not None and end <= self._max:
                self._close_translation(end, out)
                return True
            if len(translation) > self._max:
                self._close_translation(break_point(translation, self._max), out)
                return True
        source = self._src.text
        if len(source) > self._max:
            self._emit([], self._src.take(break_point(source, self._max)), out)
            return True
        if source and not translation and self._source_led(now):
            end = first_sentence_end(source)
            if end is not None:
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
        end = last_sentence_end(source)
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
