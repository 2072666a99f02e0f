"""The one polling loop every wait goes through.

It fetches, runs a readiness check, prints a progress line when the status changes (and at
least every ``progress_every`` seconds), enforces the timeout and stops when the operation is
cancelled (Ctrl-C through the resource plugin). Clock and sleep are parameters so that tests
need not wait for real.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from pulumi_kubevirt_provider import errors, operation, readiness, tunables


def progress(resource: str, message: str) -> None:
    """A wait's progress line, sent where the current operation's transport sends messages (see
    operation.py). Only progress: what the provider finds is a ``findings.Finding``."""
    operation.current().say(resource, message)


def sleep_unless_cancelled(seconds: float) -> None:
    operation.cancelled.wait(seconds)


def until(
    resource: str,
    what: str,
    fetch: Callable[[], dict[str, Any] | None],
    check: Callable[[dict[str, Any] | None], readiness.Verdict],
    timeout: float,
    *,
    interval: float = 1.0,
    progress_every: float = tunables.TUNABLES.progress_every,
    clock: Callable[[], float] = time.monotonic,
    sleep: Callable[[float], None] = sleep_unless_cancelled,
    say: Callable[[str, str], None] = progress,
    cancelled: Callable[[], bool] = operation.cancelled.is_set,
) -> dict[str, Any] | None:
    """Poll until ``check`` says done; return the last object seen."""
    start = clock()
    last_status, last_said = "", start
    obj: dict[str, Any] | None = None
    while True:
        if cancelled():
            raise errors.Cancelled(f"{resource}: cancelled while waiting for {what}", obj)
        try:
            obj = fetch()
            verdict = check(obj)
        except errors.Cancelled:  # the fetch heard it first (kube.Cluster.follow)
            raise errors.Cancelled(f"{resource}: cancelled while waiting for {what}", obj) from None
        except errors.Unreachable as exc:
            # kube.py has already retried; an API server restart longer than that is not the end
            # of the wait: keep the last object and poll on until the wait's own timeout.
            verdict = readiness.Verdict(False, f"API server unreachable ({exc})")
        if verdict.failed:
            raise errors.ReadinessFailed(f"{resource}: {what} failed: {verdict.failed}", obj)
        if verdict.done:
            return obj
        now = clock()
        if verdict.status != last_status or now - last_said >= progress_every:
            say(resource, f"waiting for {what}: {verdict.status} ({now - start:.0f}s)")
            last_status, last_said = verdict.status, now
        if now - start >= timeout:
            raise errors.ReadinessTimeout(
                f"{resource}: {what} not reached after {timeout:.0f}s (last status: {verdict.status}). "
                "The object was left in place; look at it with kubectl, or raise the timeout "
                "(customTimeouts, or the resource's `timeouts`).",
                obj,
            )
        sleep(interval)
