"""What one engine call carries besides its properties: where its messages go, the engine's
timeout for it, and whether the user has cancelled.

The provider core is the same for both transports; only these things differ:

- messages: the dynamic-provider server has no engine logger, so lines go to the process's
  stderr prefixed with the resource's name (the CLI prints them unattributed); the resource
  plugin sends them through the engine's Log service with the resource's URN, so they land in
  ``pulumi preview --json`` diagnostics attributed to that resource;
- ``timeout``: the engine's ``customTimeouts`` for this call (plugin only), which win over the
  resource's ``timeouts`` input;
- cancellation: the plugin's ``Cancel`` call (Ctrl-C) sets :data:`cancelled`; every wait watches it;
- ``found``: the findings said during the call (``findings.tell``), which the transport sends
  once more as one machine-readable line when the call ends (``findings.machine_line``).

A transport sets the current operation with :func:`running` around each call; the core reads it
through :func:`current`.
"""

from __future__ import annotations

import contextlib
import contextvars
import dataclasses
import sys
import threading
from collections.abc import Callable, Iterator
from typing import Any


def to_stderr(resource: str, message: str) -> None:
    print(f"{resource}: {message}", file=sys.stderr, flush=True)


@dataclasses.dataclass(frozen=True)
class Operation:
    say: Callable[[str, str], None] = to_stderr  # (resource label, message)
    timeout: float | None = None  # seconds, from the engine's customTimeouts
    urn: str | None = None  # the resource's URN, where the transport knows it (the plugin)
    # Top-level inputs that hold a secret (the plugin knows; the dynamic protocol strips the mark):
    # messages about paths under them never print values.
    secret_keys: frozenset[str] = frozenset()
    # (label, findings.Finding) of this call; None: not collected (a transport passes a new list).
    found: list[tuple[str, Any]] | None = None


# Operation is frozen, so one shared default is safe.
_current: contextvars.ContextVar[Operation] = contextvars.ContextVar(
    "operation",
    default=Operation(),  # noqa: B039
)

# Set once the engine asks the provider process to cancel: waits stop, the process is going away.
cancelled = threading.Event()


def current() -> Operation:
    return _current.get()


@contextlib.contextmanager
def running(op: Operation) -> Iterator[Operation]:
    token = _current.set(op)
    try:
        yield op
    finally:
        _current.reset(token)
