"""Fast boot: a VMI that becomes Ready after a fixed delay, with no QEMU domain behind it.

Why: a benchmark of the provider (N VMs that wait for Ready) should measure the provider, not N
TCG boots competing for two cores. KubeVirt's own density tests do the same with a fake kubelet.

Which VMIs: a VM annotated ``kubevirt-sandbox.io/fast-boot: "<seconds>"`` (on the VM, or on its
template, which the VM controller copies to the VMI anyway), or every VM of a sandbox started with
``kubevirt-sandbox up --fast[=SECONDS]``; ``"off"`` on a VM keeps a real boot in a fast sandbox.
The VM controller decides once, when it makes the VMI, and writes the delay into the VMI's own
``kubevirt-sandbox.io/fast-boot`` annotation; from then on that annotation is the only thing the
VMI handler and the migration controller look at. A client learns that no domain runs a fast VMI
in KubeVirt's terms: its status names no virt-launcher (no ``launcherContainerImageVersion``),
which the provider's domain check reads as "no domain to check".

What a fast VMI does: Pending -> Scheduling -> Scheduled (a Ready node, as for any VMI) ->
Running (one pass each, as for a real boot, but nothing is started) -> Ready once ``delay``
seconds have passed since the VMI handler first saw it, with an interface entry carrying an
address of its own (10.244.x.y, derived from the VMI's uid) and the Ready/LiveMigratable
conditions. Stopping (Halted, delete) ends it at once (no guest to power off), unless the VM's
template carries ``kubevirt-sandbox.io/fast-stop: "<seconds>"``: then the VMI stays in its
deletion that long, as a guest slow to power off would (for the faults that interrupt a graceful
stop: tests/reliability); a migration only
moves ``nodeName`` and ``migrationState``. NodePorts do not route to it (there is no QEMU
forward to connect to); its Endpoints are written as for any ready backend.
"""

from __future__ import annotations

import datetime
import hashlib
import time
from typing import Any

from kubevirt_sandbox.controllers import kube, runtime

log = runtime.log

ANNOTATION = "kubevirt-sandbox.io/fast-boot"
STOP_ANNOTATION = "kubevirt-sandbox.io/fast-stop"  # seconds a deleted fast VMI takes to stop
OFF = ("off", "false", "no", "")


def parse(value: Any) -> float | None:
    """An annotation value as a delay in seconds; None for off or a value that is not a number >= 0."""
    text = str(value).strip().lower()
    if text in OFF:
        return None
    try:
        seconds = float(text.removesuffix("s"))
    except ValueError:
        return None
    return seconds if seconds >= 0 else None


def delay_for_vm(ctx: runtime.Context, vm: dict[str, Any]) -> float | None:
    """The VM's annotation, else its template's, else the sandbox's ``--fast`` (None: real boot)."""
    template_meta = ((vm.get("spec") or {}).get("template") or {}).get("metadata") or {}
    for marks in (vm["metadata"].get("annotations") or {}, template_meta.get("annotations") or {}):
        if ANNOTATION in marks:
            return parse(marks[ANNOTATION])
    return ctx.fast_boot


def mark(ctx: runtime.Context, vm: dict[str, Any], vmi: dict[str, Any]) -> dict[str, Any]:
    """A new VMI as the VM controller makes it, with the delay written on it (or the mark removed)."""
    marks = vmi["metadata"].setdefault("annotations", {})
    seconds = delay_for_vm(ctx, vm)
    if seconds is None:
        marks.pop(ANNOTATION, None)
    else:
        marks[ANNOTATION] = f"{seconds:g}"
    return vmi


def delay(vmi: dict[str, Any] | None) -> float | None:
    """The VMI's fast-boot delay, None for a VMI that boots for real."""
    marks = ((vmi or {}).get("metadata") or {}).get("annotations") or {}
    return parse(marks[ANNOTATION]) if ANNOTATION in marks else None


def stop_delay(vmi: dict[str, Any]) -> float:
    """Seconds a deleted fast VMI takes to stop (``fast-stop`` on its template); 0: at once."""
    marks = ((vmi or {}).get("metadata") or {}).get("annotations") or {}
    return parse(marks.get(STOP_ANNOTATION, "off")) or 0.0


def stopping(ctx: runtime.Context, vmi: dict[str, Any]) -> bool:
    """Whether a deleted fast VMI is still powering off (its ``fast-stop`` has not passed)."""
    seconds = stop_delay(vmi)
    if not seconds:
        return False
    asked = ctx.memo_for(vmi["metadata"]["uid"]).setdefault("stop_asked", time.monotonic())
    return time.monotonic() - asked < seconds


def _since(ctx: runtime.Context, vmi: dict[str, Any]) -> float:
    """When the delay started: the handler's first sight of the VMI (its creation after a restart)."""
    memo = ctx.memo_for(vmi["metadata"]["uid"])
    if "fast_since" not in memo:
        memo["fast_since"] = time.monotonic()
        stamp = vmi["metadata"].get("creationTimestamp")
        if (vmi.get("status") or {}).get("phase") and stamp:  # seen before this process started
            created = datetime.datetime.strptime(stamp, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=datetime.UTC)
            age = (datetime.datetime.now(datetime.UTC) - created).total_seconds()
            memo["fast_since"] -= max(0.0, age)
    return float(memo["fast_since"])


def seen(ctx: runtime.Context, vmi: dict[str, Any]) -> None:
    """Start the clock (called on every pass; only the first one counts)."""
    _since(ctx, vmi)


def started(ctx: runtime.Context, vmi: dict[str, Any], node: str | None) -> None:
    """Scheduled -> Running without a domain."""
    ctx.memo_for(vmi["metadata"]["uid"])["started"] = time.monotonic()
    log.info("VMI %s: fast boot on %s (no domain; Ready after %gs)", kube.key(vmi), node, delay(vmi))


def address(vmi: dict[str, Any]) -> str:
    """A pod-network-like address of its own for each VMI: 10.244.x.y from its uid."""
    digest = hashlib.sha256(vmi["metadata"].get("uid", "").encode()).digest()
    return f"10.244.{digest[0]}.{1 + digest[1] % 254}"


def due(ctx: runtime.Context, vmi: dict[str, Any]) -> bool:
    """The delay has passed and the VMI is not Ready yet."""
    seconds = delay(vmi) or 0.0
    conds = {c["type"]: c for c in (vmi.get("status") or {}).get("conditions") or []}
    ready = (conds.get("Ready") or {}).get("status") == "True"
    if ready or time.monotonic() - _since(ctx, vmi) < seconds:
        return False
    log.info("VMI %s: fast boot: guest is up (ip %s) after %gs", kube.key(vmi), address(vmi), seconds)
    return True
