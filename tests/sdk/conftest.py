"""Fixtures for tests that build ``pulumi.Output`` values outside a Pulumi program."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import pytest


@pytest.fixture
def output_loop() -> Iterator[asyncio.AbstractEventLoop]:
    """A current event loop: ``pulumi.Output.from_input`` and ``apply`` schedule on it.

    Each test gets its own and leaves none behind, so the order tests run in does not matter.
    """
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    yield loop
    asyncio.set_event_loop(None)
    loop.close()
