"""Loading the realtime stack after the window is up, and what start-up made kept out of the
garbage collector's full passes (each walked over 100,000 long-lived objects, holding the loop)."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from translator_gui.meeting.engines import load_realtime_stack


@pytest.fixture
def unfrozen() -> Iterator[None]:
    gc.unfreeze()
    yield
    gc.unfreeze()


@pytest.mark.asyncio
async def test_after_the_stack_is_loaded_a_full_collection_walks_only_what_came_since(unfrozen: None) -> None:
    import openai  # noqa: F401  # the SDK's models: most of what start-up makes

    assert gc.get_freeze_count() == 0
    await load_realtime_stack()
    assert gc.get_freeze_count() > 50_000
    gc.collect()
    assert len(gc.get_objects()) < gc.get_freeze_count() / 10, "a full pass no longer walks the start-up's objects"
