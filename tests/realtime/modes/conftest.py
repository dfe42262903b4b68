"""The fake ``/v1/realtime`` for the Captions and Interpret sessions."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest_asyncio

from tests.fakes.realtime_server import FakeRealtimeServer


@pytest_asyncio.fixture
async def realtime() -> AsyncIterator[FakeRealtimeServer]:
    async with FakeRealtimeServer() as server:
        yield server
