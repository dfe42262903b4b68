"""The meeting core on its own: no window, no Qt event loop — real PulseAudio devices, real fake
services on loopback, the real keyring, and the events a UI would show."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import replace
from pathlib import Path

import pytest
import pytest_asyncio

from tests.fakes.realtime_server import FakeRealtimeServer
from tests.fakes.translation_server import FakeServerThread
from tests.testbed import KeyringBed, PulseBed
from translator_gui.meeting.engines import EngineRequest
from translator_gui.meeting.events import (
    DirectionRunning,
    KeyNeeded,
    MeetingEvent,
    MeetingRunning,
    Notice,
)
from translator_gui.meeting.meeting import SWITCH_FINISH_SECONDS, Meeting
from translator_gui.meeting.options import LaunchOptions
from translator_gui.realtime.engine import Engine, EventSink
from translator_gui.secrets import SecretStore
from translator_gui.settings import Settings
from translator_gui.side import Side
from translator_gui.transcript.segment import Segment

pytestmark = [pytest.mark.audio, pytest.mark.asyncio]

WAIT = 20.0  # seconds; a fresh PulseAudio daemon can take a while for its first audio
OPTIONS = LaunchOptions(
    target="de", input_device="micfeed.monitor", output_device="speaker",
    me_target="en", me_input_device="micfeed.monitor", me_output_device="virtualmic",
    directions=(Side.THEM, Side.ME),
)


class Seen:
    """The meeting's listener: keeps every event, and lets a test await a condition on them."""

    def __init__(self) -> None:
        self.events: list[MeetingEvent] = []
        self._changed = asyncio.Event()

    def __call__(self, event: MeetingEvent) -> None:
        self.events.append(event)
        self._changed.set()

    def of(self, kind: type[MeetingEvent]) -> list[MeetingEvent]:
        return [e for e in self.events if isinstance(e, kind)]

    def notices(self) -> list[str]:
        return [e.text for e in self.events if isinstance(e, Notice)]

    async def until(self, predicate: Callable[[], bool], timeout: float = WAIT) -> None:  # noqa: ASYNC109
        async with asyncio.timeout(timeout):
            while not predicate():
                self._changed.clear()
                await self._changed.wait()


@pytest.fixture
def servers() -> Iterator[dict[Side, FakeServerThread]]:
    with FakeServerThread() as them, FakeServerThread() as me:
        yield {Side.THEM: them, Side.ME: me}


@pytest_asyncio.fixture
async def meeting_for(
    pulse: PulseBed, tmp_path: Path, servers: dict[Side, FakeServerThread]
) -> AsyncIterator[Callable[..., tuple[Meeting, Seen, list[EngineRequest]]]]:
    made: list[Meeting] = []

    def make(options: LaunchOptions = OPTIONS, environ: dict[str, str] | None = None,
             secrets: SecretStore | None = None) -> tuple[Meeting, Seen, list[EngineRequest]]:
        seen, requests = Seen(), []

        def each_to_its_own(request: EngineRequest, emit: EventSink) -> Engine:
            requests.append(request)
            return meeting.make_engine_for(replace(request, base_url=servers[request.side].base_url), emit)

        meeting = Meeting(
            Settings(tmp_path / "settings.ini"), secrets or SecretStore("translator-gui-test-meeting"),
            replace(options, transcript_dir=tmp_path / "transcripts"), seen,
            environ={"OPENAI_API_KEY": "sk-test"} if environ is None else environ,
            engine_factory=each_to_its_own,
        )
        made.append(meeting)
        return meeting, seen, requests

    yield make
    for meeting in made:
        await meeting.shutdown()


def _journal(folder: Path) -> list[dict[str, object]]:
    (path,) = sorted(folder.glob("*.jsonl"))
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


async def test_both_directions_share_one_transcript_and_one_clock(
    meeting_for: Callable[..., tuple[Meeting, Seen, list[EngineRequest]]],
    servers: dict[Side, FakeServerThread], tmp_path: Path,
) -> None:
    meeting, seen, requests = meeting_for()
    await meeting.start()
    await seen.until(lambda: len(seen.of(DirectionRunning)) == 2)
    assert {r.side: r.target for r in requests} == {Side.THEM: "de", Side.ME: "en"}
    for server in servers.values():
        assert await server.wait_for(lambda s: len(s.appends) > 0, WAIT)
    servers[Side.THEM].say("Hello everyone. ", "Hallo zusammen. ")
    servers[Side.ME].say("Ich beginne. ", "I will begin. ")
    await seen.until(lambda: {e.speaker for e in seen.of(Segment)} == {Side.THEM, Side.ME})  # type: ignore[union-attr]

    await meeting.stop()
    assert not meeting.running
    ended = seen.of(MeetingRunning)[-1]
    assert isinstance(ended, MeetingRunning) and not ended.running and ended.transcript is not None
    lines = _journal(tmp_path / "transcripts")
    assert {line["speaker"]: line["translation"] for line in lines} == {
        "them": "Hallo zusammen.", "me": "I will begin."
    }
    assert all(0 <= float(str(line["start"])) <= float(str(line["end"])) < WAIT for line in lines)
    assert any("Transcript saved" in text for text in seen.notices())


async def test_a_direction_switched_off_and_on_while_the_other_runs(
    meeting_for: Callable[..., tuple[Meeting, Seen, list[EngineRequest]]],
    servers: dict[Side, FakeServerThread],
) -> None:
    meeting, seen, requests = meeting_for()
    await meeting.start()
    await seen.until(lambda: meeting.directions[Side.ME].running and meeting.directions[Side.THEM].running)
    assert await servers[Side.ME].wait_for(lambda s: len(s.appends) > 0, WAIT)
    servers[Side.ME].say("Erstens. ", "First. ")
    await seen.until(lambda: len(seen.of(Segment)) == 1)
    meeting.switch(Side.ME, False)
    await seen.until(lambda: not meeting.directions[Side.ME].running)
    assert meeting.directions[Side.THEM].running and meeting.running
    assert not meeting.directions[Side.ME].settings.enabled, "the switch is remembered"

    meeting.switch(Side.ME, True)
    await seen.until(lambda: meeting.directions[Side.ME].running)
    assert await servers[Side.ME].wait_for(lambda s: s.connections_opened == 2, WAIT)
    assert servers[Side.THEM].check(lambda s: s.connections_opened == 1 and s.connections_ended == 0)
    assert [r.side for r in requests].count(Side.ME) == 2
    assert await servers[Side.ME].wait_for(lambda s: len(s.appends) > 0, WAIT)
    servers[Side.ME].say("Zweitens. ", "Second. ")
    await seen.until(lambda: len(seen.of(Segment)) == 2)
    await meeting.stop()
    (path,) = _journal_files(meeting)  # one transcript for the whole meeting
    assert [line["translation"] for line in _journal(path.parent)] == ["First.", "Second."]


def _journal_files(meeting: Meeting) -> list[Path]:
    return sorted(meeting.transcript_dir().glob("*.jsonl"))


async def test_a_language_of_another_mode_restarts_that_direction_only(
    meeting_for: Callable[..., tuple[Meeting, Seen, list[EngineRequest]]],
    servers: dict[Side, FakeServerThread],
) -> None:
    meeting, seen, requests = meeting_for()
    async with FakeRealtimeServer() as realtime:
        def routed(request: EngineRequest, emit: EventSink) -> Engine:
            requests.append(request)
            url = realtime.base_url if request.target == "ar" else servers[request.side].base_url
            return meeting.make_engine_for(replace(request, base_url=url), emit)

        meeting.engine_factory = routed
        await meeting.start()
        await seen.until(lambda: meeting.running and len(seen.of(DirectionRunning)) == 2)
        meeting.choose_target(Side.THEM, "ar")  # Arabic: Interpret mode, another kind of session
        assert "Arabic is produced by a conversation model acting as interpreter (Interpret mode); the " \
               "session restarts once." in seen.notices()[-1]
        assert await realtime.wait_for(lambda s: len(s.session_updates) > 0, WAIT)
        await seen.until(lambda: meeting.directions[Side.THEM].running and requests[-1].target == "ar")
        assert servers[Side.ME].check(lambda s: s.connections_opened == 1), "the other direction ran on"
        assert await realtime.wait_for(lambda s: "instructions" in s.session_updates[0], WAIT)
        theirs, mine = meeting.directions[Side.THEM].pipeline, meeting.directions[Side.ME].pipeline
        assert theirs is not None and mine is not None and theirs.journal is mine.journal
        await meeting.stop()


async def test_a_loop_between_the_directions_is_refused(
    meeting_for: Callable[..., tuple[Meeting, Seen, list[EngineRequest]]],
) -> None:
    # Me → them plays into the speaker that Them → me listens to: my translation would be translated back.
    meeting, seen, requests = meeting_for(replace(OPTIONS, input_device="speaker.monitor", me_output_device="speaker"))
    await meeting.start()
    assert not meeting.running and requests == []
    assert seen.notices()[-1].startswith("Translated speech would be played into “Null Output (speaker)”")


async def test_a_language_the_chosen_mode_cannot_produce_is_refused(
    meeting_for: Callable[..., tuple[Meeting, Seen, list[EngineRequest]]],
) -> None:
    meeting, seen, requests = meeting_for(replace(OPTIONS, directions=(Side.THEM,)))
    meeting.settings.session_mode = "translate"
    meeting.choose_target(Side.THEM, "ar")
    await meeting.start()
    assert not meeting.running and requests == []
    assert seen.notices()[-1].startswith("Translate mode can't produce Arabic")


async def test_without_a_key_the_meeting_asks_and_starts_once_it_has_one(
    meeting_for: Callable[..., tuple[Meeting, Seen, list[EngineRequest]]], secret_service: KeyringBed,
) -> None:
    store = SecretStore("translator-gui-test-meeting-key")
    meeting, seen, requests = meeting_for(replace(OPTIONS, directions=(Side.THEM,)), environ={}, secrets=store)
    await meeting.start()
    assert seen.of(KeyNeeded) and not meeting.running
    meeting.keys.entered("sk-test")
    await seen.until(lambda: meeting.running)
    assert any("saved in the system keyring" in text for text in seen.notices())
    assert [r.api_key for r in requests] == ["sk-test"]
    assert await asyncio.to_thread(store.load) == "sk-test"
    await meeting.stop()
    await asyncio.to_thread(store.forget)


async def test_a_silence_hint_clears_itself_when_its_cause_is_gone(
    meeting_for: Callable[..., tuple[Meeting, Seen, list[EngineRequest]]],
    servers: dict[Side, FakeServerThread],
) -> None:
    meeting, seen, _ = meeting_for(replace(OPTIONS, directions=(Side.THEM,)))
    await meeting.start()
    await seen.until(lambda: seen.notices()[-1].startswith("Live"))
    meeting.devices.input_silent(Side.THEM, 20.0, "Listen to")  # what the input's meter reports
    assert seen.notices()[-1].startswith("No sound from “Sound from: Null Output (micfeed)” for 20 seconds")
    meeting.devices.input_heard(Side.THEM)  # the meter hears it again
    assert seen.notices()[-1] == "Live — translating into Deutsch"

    meeting.devices.input_silent(Side.THEM, 20.0, "Listen to")
    assert seen.notices()[-1].startswith("No sound from")
    assert await servers[Side.THEM].wait_for(lambda s: len(s.appends) > 0, WAIT)
    servers[Side.THEM].say("Hello. ", "Hallo. ")  # words came through: the device is the right one
    await seen.until(lambda: seen.notices()[-1] == "Live — translating into Deutsch")
    meeting.devices.input_silent(Side.THEM, 20.0, "Listen to")  # a pause in the meeting, no more
    assert seen.notices()[-1] == "Live — translating into Deutsch"
    await meeting.stop()


async def test_switching_a_behind_direction_off_or_to_another_mode_does_not_wait_for_its_backlog(
    meeting_for: Callable[..., tuple[Meeting, Seen, list[EngineRequest]]],
    servers: dict[Side, FakeServerThread],
) -> None:
    """Only Stop works through a backlog: a direction switched off, or restarted for another mode
    while people keep speaking, gives its old session a moment, not minutes."""
    meeting, seen, _ = meeting_for()
    servers[Side.THEM].read_slowly(0.25)
    servers[Side.ME].read_slowly(0.25)
    await meeting.start()
    await seen.until(lambda: meeting.directions[Side.ME].running and meeting.directions[Side.THEM].running)
    await seen.until(lambda: any(" s behind" in text for text in seen.notices()), timeout=30)
    switched = asyncio.get_running_loop().time()
    meeting.switch(Side.ME, False)
    await seen.until(lambda: not meeting.directions[Side.ME].running)
    assert asyncio.get_running_loop().time() - switched < SWITCH_FINISH_SECONDS + 3.0
    async with FakeRealtimeServer() as realtime:
        meeting.engine_factory = lambda request, emit: meeting.make_engine_for(
            replace(request, base_url=realtime.base_url), emit)
        restarted = asyncio.get_running_loop().time()
        meeting.choose_target(Side.THEM, "ar")  # Interpret: another kind of session
        assert await realtime.wait_for(lambda s: len(s.session_updates) > 0, WAIT)
        assert asyncio.get_running_loop().time() - restarted < SWITCH_FINISH_SECONDS + 3.0
        await meeting.stop()
