"""Pure readiness checks: what "done" means for each kind, following the user's intent.

Each check looks at one object (or None when it does not exist) and returns a
:class:`Verdict`: done, failed (a terminal failure, with KubeVirt's or CDI's reason), or
waiting with a short description for the progress line.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from pulumi_kubevirt_provider import kinds

# A VM whose VMI failed to start this many times in a row fails the wait (KubeVirt's crash loop).
CRASHES_BEFORE_FAILING = 2


@dataclasses.dataclass(frozen=True)
class Verdict:
    done: bool
    status: str  # a short progress description: phase, percentage, ...
    failed: str | None = None


def _conditions(obj: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {c.get("type", ""): c for c in (obj.get("status") or {}).get("conditions") or []}


def vm(obj: dict[str, Any] | None, run_strategy: str | None, earlier_failure: str | None = None) -> Verdict:
    """A VM is ready the way its run strategy implies.

    Always, RerunOnFailure: its VMI is Ready. Halted: no VMI is left. Manual: nothing to wait
    for. Once: the VMI has started (it may finish and stay finished).

    A VM whose VMIs failed to start (``status.startFailure``, KubeVirt's crash-loop record) shows
    the reason in its status; after two failed starts in a row it is a failure with that reason,
    since KubeVirt only waits longer between attempts. ``earlier_failure``: the uid of the last
    failed VMI as the VM recorded it before the spec just applied (VMIs of an older template):
    failures up to it do not count against the declared template, which is waited for.
    """
    if obj is None:
        return Verdict(False, "not found")
    status = obj.get("status") or {}
    printable = status.get("printableStatus") or "Pending"
    strategy = (
        run_strategy
        or obj.get("spec", {}).get("runStrategy")
        or ("Always" if obj.get("spec", {}).get("running") else "Halted")
    )
    failure = _conditions(obj).get("Failure")
    why = start_failure_reason(obj)
    record = status.get("startFailure") or {}
    crashes = int(record.get("consecutiveFailCount") or 0)
    restarts = strategy in kinds.VIRTUAL_MACHINE.running_strategies
    if earlier_failure and record.get("lastFailedVMIUID") == earlier_failure:
        if printable == "CrashLoopBackOff" and restarts and not status.get("ready"):
            retry = record.get("retryAfterTimestamp")
            return Verdict(
                False,
                "CrashLoopBackOff from the previous template: waiting for the declared one to start"
                + (f" (next start after {retry})" if retry else ""),
            )
        crashes = 0
    if restarts and crashes >= CRASHES_BEFORE_FAILING and not status.get("ready"):
        # KubeVirt backs off longer after each failed start: a VM that failed twice will not
        # become Ready by waiting; fail now with its reason.
        reason = why or "no reason given"
        return Verdict(
            False,
            f"{printable}: {why}" if why else printable,
            failed=f"the VM failed to start {crashes} times in a row ({printable}): {reason}",
        )
    if printable == "CrashLoopBackOff" and strategy != "Manual" and why:
        retry = (status.get("startFailure") or {}).get("retryAfterTimestamp")
        return Verdict(False, f"CrashLoopBackOff: {why}" + (f" (next start after {retry})" if retry else ""))
    if (
        printable
        in (
            "ErrImagePull",
            "ImagePullBackOff",
            "ErrorUnschedulable",
            "ErrorPvcNotFound",
            "DataVolumeError",
            "CrashLoopBackOff",
        )
        and strategy != "Manual"
    ):
        reason = (failure or {}).get("message") or printable
        return Verdict(False, printable, failed=None if printable == "CrashLoopBackOff" else reason)
    if strategy == "Manual":
        return Verdict(True, printable)
    if strategy == "Halted":
        return Verdict(not status.get("created"), printable)
    if strategy == "Once":
        return Verdict(
            bool(status.get("created")) or printable in ("Running", "Stopped", "Succeeded"), printable
        )
    ready = bool(status.get("ready"))
    if ready:
        return Verdict(True, printable)
    return Verdict(False, f"{printable}, waiting for Ready" + (f": {why}" if why else ""))


# VMI phases before its domain runs: a VMI still in one has never started.
NOT_STARTED = ("", "Pending", "Scheduling", "Scheduled")


def stale_start(vm: dict[str, Any], vmi: dict[str, Any] | None, runs_declared: bool) -> str | None:
    """Why the VM's VMI must be restarted before a wait can judge the template just applied
    (None: leave it), given whether the VMI already carries the declared template.

    A VMI made from an older template that never started (Pending on a claim that does not
    exist, an image that cannot be pulled, no node that fits) keeps the VM in that old failure:
    KubeVirt applies a template change only when the VM next starts (RestartRequired) and never
    restarts a VMI that has not started, so a wait would judge the old template and fail with its
    reason however good the new one is. When the run strategy says run (Always, RerunOnFailure),
    the provider restarts it into the declared template. A VMI that runs is left alone: restarting
    a running VM for a template change is ``restart_on_change``'s decision.
    """
    if vmi is None or runs_declared:
        return None
    spec = vm.get("spec") or {}
    strategy = spec.get("runStrategy") or ("Always" if spec.get("running") else "Halted")
    deleting = (vmi.get("metadata") or {}).get("deletionTimestamp")
    if strategy not in kinds.VIRTUAL_MACHINE.running_strategies or deleting:
        return None
    vmi_status = vmi.get("status") or {}
    phase = vmi_status.get("phase") or ""
    if phase not in NOT_STARTED:
        return None
    printable = (vm.get("status") or {}).get("printableStatus")
    why = printable if printable and printable not in ("Starting", "Provisioning") else ""
    why = why or vmi_status.get("reason") or phase or "not started"
    return f"its VMI never started ({why}) and was made from an older template"


def start_failure_reason(obj: dict[str, Any]) -> str:
    """Why the VM's VMI does not start: the Synchronized=False message KubeVirt copies from the VMI."""
    sync = _conditions(obj).get("Synchronized") or {}
    if sync.get("status") != "False":
        return ""
    return str(sync.get("message") or sync.get("reason") or "")


def datavolume(obj: dict[str, Any] | None) -> Verdict:
    """Succeeded, or waiting for its first consumer (never deadlock a VM that will consume it)."""
    if obj is None:
        return Verdict(False, "not found")
    status = obj.get("status") or {}
    phase = status.get("phase") or "Pending"
    progress = status.get("progress") or "N/A"
    if phase in ("Succeeded", "WaitForFirstConsumer", "PendingPopulation"):
        return Verdict(True, phase)
    if phase == "Failed":
        running = _conditions(obj).get("Running") or {}
        return Verdict(
            False, phase, failed=running.get("message") or running.get("reason") or "import failed"
        )
    return Verdict(False, f"{phase} {progress}" if progress != "N/A" else phase)


def migration(obj: dict[str, Any] | None) -> Verdict:
    if obj is None:
        return Verdict(False, "not found")
    status = obj.get("status") or {}
    phase = status.get("phase") or "Pending"
    if phase == "Succeeded":
        return Verdict(True, phase)
    if phase == "Failed":
        state = status.get("migrationState") or {}
        reason = state.get("failureReason") or _conditions(obj).get("Failed", {}).get("message")
        return Verdict(False, phase, failed=reason or "the migration failed")
    return Verdict(False, phase)


def service(obj: dict[str, Any] | None) -> Verdict:
    if obj is None:
        return Verdict(False, "not found")
    spec = obj.get("spec") or {}
    if spec.get("type", "ClusterIP") != "ExternalName" and not spec.get("clusterIP"):
        return Verdict(False, "waiting for a cluster IP")
    if spec.get("type") in ("NodePort", "LoadBalancer") and not all(
        p.get("nodePort") for p in spec.get("ports", [])
    ):
        return Verdict(False, "waiting for node ports")
    return Verdict(True, "allocated")


def exists(obj: dict[str, Any] | None) -> Verdict:
    """Done once the object is in the API: a kind no controller acts on (an instancetype, a
    preference) has no status to wait for."""
    if obj is None:
        return Verdict(False, "not found")
    return Verdict(True, "exists")


def gone(obj: dict[str, Any] | None) -> Verdict:
    if obj is None:
        return Verdict(True, "deleted")
    finalizers = (obj.get("metadata") or {}).get("finalizers") or []
    return Verdict(False, "terminating" + (f" (finalizers: {', '.join(finalizers)})" if finalizers else ""))
