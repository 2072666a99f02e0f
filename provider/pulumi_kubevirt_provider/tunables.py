"""How long the provider waits and how hard it retries: its fixed bounds and periods, in one place.

None of these is a stack config key (those are ``config_keys``); tests replace them with
``dataclasses.replace``.
"""

from __future__ import annotations

import dataclasses
import os
import random

# Fault injection for tests/reliability only (never set it otherwise): ``<plural>=<seconds>[,...]``
# holds back every event of the shared watches (watching.py) of those kinds by that long, as a
# slow or lagging watch would (``virtualmachineinstances=2``).
TEST_WATCH_DELAY_ENV = "PULUMI_KUBEVIRT_TEST_WATCH_DELAY"


def watch_delay_for_tests(watch_name: str) -> float:
    """Seconds ``TEST_WATCH_DELAY_ENV`` holds back the events of the watch ``watch_name``
    (``<plural> in <namespace>``); 0 when unset or malformed."""
    for entry in os.environ.get(TEST_WATCH_DELAY_ENV, "").split(","):
        plural, _, seconds = entry.partition("=")
        if plural.strip() and watch_name.split(" ", 1)[0] == plural.strip():
            try:
                return max(0.0, float(seconds))
            except ValueError:
                return 0.0
    return 0.0


@dataclasses.dataclass(frozen=True)
class Tunables:
    """The provider's fixed bounds and periods, in seconds, in one place (``TUNABLES``)."""

    default_timeouts: dict[str, dict[str, float]] = dataclasses.field(
        default_factory=lambda: {
            # per operation when neither `timeouts` nor the engine's customTimeouts say
            "VirtualMachine": {"create": 600, "update": 600, "delete": 300},
            "VirtualMachineMigration": {"create": 600, "update": 600, "delete": 300},
            "DataVolume": {"create": 1800, "update": 1800, "delete": 300},
            "VirtualMachineService": {"create": 60, "update": 60, "delete": 60},
            "VirtualMachineInstancetype": {"create": 60, "update": 60, "delete": 60},
            "VirtualMachineClusterInstancetype": {"create": 60, "update": 60, "delete": 60},
            "VirtualMachinePreference": {"create": 60, "update": 60, "delete": 60},
            "VirtualMachineClusterPreference": {"create": 60, "update": 60, "delete": 60},
        }
    )
    request_timeout: float = 30.0
    """One Kubernetes API call (each attempt; RetrySettings bound the retries)."""
    list_ttl: float = 5.0
    """How long a list of one kind and namespace answers reads (a no-op preview lists once)."""
    stop_cap: float = 120.0
    """Longest graceful stop of a running VM before it is deleted (at most half the delete timeout)."""
    settle_cap: float = 60.0
    """Longest wait after a domain repair for KubeVirt to report the VM settled again."""
    exec_timeout: float = 30.0
    """One ``virsh`` through the Kubernetes exec API (the exec domain backend)."""
    libvirt_connect_timeout: float = 10.0
    libvirt_call_timeout: float = 30.0
    """The libvirt domain backend: opening a node's connection, and each call on it."""
    progress_every: float = 10.0
    """A waiting resource prints its progress line at least this often."""


TUNABLES = Tunables()


@dataclasses.dataclass(frozen=True)
class RetrySettings:
    """How ``kube.Cluster.request`` retries what fails for a reason that passes: 429, 5xx, a
    connection reset, and a refused connection to a server it has reached before (restarting).
    Only idempotent requests are retried (GET, LIST, DELETE, server-side apply, JSON merge
    patch: ``kube.idempotent``); 429 always, since the server did not process the request. The
    decision is ``kube.retryable``'s."""

    attempts: int = 12
    """Attempts per request, the first included."""
    first_delay: float = 0.5
    """Seconds before the second attempt; each further delay doubles."""
    max_delay: float = 10.0
    """Ceiling on one backoff delay."""
    max_retry_after: float = 30.0
    """Ceiling on a server's ``Retry-After``; the server's value is used up to it."""
    deadline: float = 90.0
    """Seconds after the first attempt; no attempt starts after it. Long enough for an API
    server restart, short enough that a dead one is reported within a preview."""
    jitter: float = 0.2
    """Each backoff delay is shortened by up to this fraction at random, so that many waiting
    resources do not retry in step."""

    def backoff(self, retry: int) -> float:
        """The delay before retry number ``retry`` (1 for the second attempt)."""
        delay = min(self.max_delay, self.first_delay * 2 ** (retry - 1))
        return float(delay * (1 - self.jitter * random.random()))
