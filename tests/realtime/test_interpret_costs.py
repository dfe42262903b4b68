"""What Interpret costs, from the usage the service reports: each answer re-reads the conversation,
so the conversation is bounded (``truncation``), cached and uncached, audio and text tokens and the
input transcription are each priced at their own rate (or, where that rate is not known, at one
certainly no lower, said as "at most"), and a model without a known price is "cost unknown": under a
spending cap such a session does not start, instead of counting $0 and never stopping."""

from __future__ import annotations

import pytest

from tests.fakes.realtime_server import Conversation, FakeRealtimeServer
from tests.realtime.conftest import WAIT, Recorder
from translator_gui.realtime.engine import ProblemKind, SessionState, TokenUsage, Usage
from translator_gui.realtime.factory import make_session
from translator_gui.realtime.languages import Mode
from translator_gui.realtime.modes.interpret import InterpretSession, token_usage
from translator_gui.realtime.options import SessionOptions
from translator_gui.realtime.pricing import PRICE_TABLE_DATE, CostMeter, estimate, price_of

TURN_SECONDS = 6.0
TURNS_AN_HOUR = int(3600 / TURN_SECONDS)
ANSWER_TEXT = "Bu toplantıda bütçeyi ve gelecek ayın planını konuşacağız."  # about 6 s of speech


def an_hour_of_turns(session: dict[str, object]) -> tuple[list[TokenUsage], list[float]]:
    """The usage the service reports for an hour of 6 s turns, and the minute of each answer."""
    conversation = Conversation(session)
    usages, minutes = [], []
    answer_audio = bytes(int(TURN_SECONDS * 24_000) * 2)
    for turn in range(TURNS_AN_HOUR):
        conversation.user_turn(TURN_SECONDS * 1000)
        usage = token_usage({"response": {"usage": conversation.answer(ANSWER_TEXT, answer_audio)}})
        assert usage is not None
        usages.append(usage)
        minutes.append((turn + 1) * TURN_SECONDS / 60)
    return usages, minutes


def interpret_config() -> dict[str, object]:
    session = InterpretSession("tr", lambda event: None, SessionOptions(api_key="sk-test"))
    return dict(session._session_config("tr"))


def old_meter(usages: list[TokenUsage]) -> float:
    """How the estimate used to be made: every answer's input audio at the uncached rate."""
    return sum(u.audio_in * 32 + u.audio_out * 64 for u in usages) / 1e6


def meter_over(usages: list[TokenUsage], minutes: list[float], cap: float) -> tuple[CostMeter, float | None]:
    """The app's meter after ``usages``, and the minute at which it first reached ``cap``."""
    meter = CostMeter("gpt-realtime-2", transcription_model="gpt-realtime-whisper")
    reached = None
    for usage, minute in zip(usages, minutes, strict=True):
        meter.observe(Usage(minute * 60))
        meter.observe(TokenUsage(transcription_seconds=TURN_SECONDS))
        meter.observe(usage)
        cost = meter.cost
        assert cost is not None
        if reached is None and cost >= cap:
            reached = minute
    return meter, reached


def test_an_hour_of_6_s_turns_is_priced_from_bounded_reported_usage() -> None:
    unbounded, minutes = an_hour_of_turns({**interpret_config(), "truncation": "auto"})
    bounded, _ = an_hour_of_turns(interpret_config())
    meter, cap_reached = meter_over(bounded, minutes, cap=5.0)
    unbounded_meter, _ = meter_over(unbounded, minutes, cap=5.0)
    cost = meter.estimate
    assert cost.dollars is not None
    print(
        f"\nan hour of {TURN_SECONDS:.0f} s turns: the old estimate ${old_meter(unbounded):,.2f}; "
        f"now at most ${cost.dollars:,.2f} (without the bounded context at most ${unbounded_meter.cost:,.2f}); "
        f"a $5 cap is reached after {cap_reached} min; "
        f"input tokens per answer at the end: {bounded[-1].audio_in + bounded[-1].text_in} "
        f"(unbounded: {unbounded[-1].audio_in + unbounded[-1].text_in}), "
        f"cached {bounded[-1].cached_audio_in + bounded[-1].cached_text_in}"
    )
    # the context the service keeps by itself (28,224 tokens for a 32k model) still made it ~$450
    assert old_meter(unbounded) > 400
    assert cost.upper_bound  # cached and text rates of gpt-realtime-2 are not known: priced no lower
    assert cost.dollars < 40
    assert max(u.audio_in + u.text_in for u in bounded) < 1_600  # the context stays bounded
    assert sum(u.cached_audio_in + u.cached_text_in for u in bounded) > 0  # and mostly re-read from the cache
    assert cap_reached is not None and cap_reached > 4


def test_each_kind_of_token_has_its_own_rate() -> None:
    price = price_of("gpt-realtime-2")
    assert price is not None and price.cached_audio_in_per_million is None  # not known: not invented
    exact = estimate("gpt-realtime-2", 60, TokenUsage(audio_in=1_000_000, audio_out=500_000))
    assert exact.dollars == pytest.approx(64) and not exact.upper_bound
    bounded = estimate("gpt-realtime-2", 60, TokenUsage(audio_in=1_000_000, cached_audio_in=900_000, text_in=10))
    assert bounded.dollars == pytest.approx((1_000_000 * 32 + 10 * 32) / 1e6) and bounded.upper_bound
    with_transcription = estimate("gpt-realtime-2", 60, TokenUsage(audio_out=1_000_000, transcription_seconds=120),
                                  transcription_model="gpt-realtime-whisper")  # fmt: skip
    assert with_transcription.dollars == pytest.approx(64 + 2 * 0.017)


@pytest.mark.parametrize("model", ["gpt-realtime-2.1", "gpt-transcribe", "gpt-unheard-of"])
def test_a_model_without_a_known_price_has_an_unknown_cost(model: str) -> None:
    meter = CostMeter(model)
    meter.observe(Usage(60.0))
    meter.observe(TokenUsage(audio_in=1_000, audio_out=2_000))
    assert meter.cost is None and not meter.known
    assert estimate("gpt-realtime-2", 60, transcription_model=model).dollars is None
    assert PRICE_TABLE_DATE


@pytest.mark.asyncio
async def test_a_cap_the_app_cannot_keep_refuses_the_start(recorder: Recorder) -> None:
    async with FakeRealtimeServer() as realtime:
        options = SessionOptions(api_key="sk-test", base_url=realtime.base_url, model="gpt-realtime-2.1",
                                 connect_timeout=WAIT)  # fmt: skip
        engine = make_session(Mode.INTERPRET, "tr", recorder, options, spending_cap=5.0)
        await engine.start()
        assert engine.state is SessionState.CLOSED
        [problem] = recorder.problems
        assert problem.kind is ProblemKind.SPENDING and problem.fatal
        assert "gpt-realtime-2.1" in problem.message and "$5.00" in problem.message
        assert realtime.state.handshakes == []  # nothing was spent

        # without a cap it runs; its cost is shown as unknown
        uncapped = make_session(Mode.INTERPRET, "tr", Recorder(), options)
        await uncapped.start()
        assert uncapped.state is SessionState.LIVE
        await uncapped.stop(grace=1.0)
