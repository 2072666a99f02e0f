"""VirtualMachineInstanceMigration: a real libvirt live migration between two node daemons.

Phases as KubeVirt's: Pending -> Scheduling -> Scheduled -> PreparingTarget -> TargetReady ->
Running -> Succeeded | Failed. There is no admission webhook, so what KubeVirt refuses at create
time (the VMI missing or not running, LiveMigratable False, another migration of the VMI in
flight) ends here in phase Failed, with the reason in a ``Failed`` condition and in
``status.migrationState.failureReason``.

Both daemons run on this machine and see the same files (overlays, seeds, volumes), so the
migration is a shared-storage live migration (``VIR_MIGRATE_UNSAFE``: the files sit on a local
file system libvirt cannot prove shared) over ``tcp://127.0.0.1:<free port>`` with the
destination listening on 127.0.0.1. User-mode network forwards are not part of the domain
XML (services.py adds them at run time per node), so source and destination never compete for a
host port.

A fast-boot VMI (fastboot.py) has no domain: its migration goes through the same phases and
completes by status only (``nodeName`` and ``migrationState`` move to the target).
"""

from __future__ import annotations

import socket
import threading
import time
from typing import Any

from kubevirt_sandbox.controllers import domainxml, fastboot, kube, runtime
from kubevirt_sandbox.controllers import vmi as vmis

log = runtime.log

FINALIZER = "kubevirt.io/migrationJobFinalize"
VMI_LABEL = "kubevirt.io/vmi-name"
FINISHED = ("Succeeded", "Failed")
ACCEPTED = ("Pending", "Scheduling", "Scheduled", "PreparingTarget", "TargetReady", "Running")
_jobs: dict[str, dict[str, Any]] = {}


def in_flight(migrations: list[dict[str, Any]]) -> set[str]:
    """VMI keys with an accepted, unfinished migration (the VMI handler keeps its hands off)."""
    out = set()
    for mig in migrations:
        if (mig.get("status") or {}).get("phase") in ACCEPTED:
            out.add(f"{mig['metadata']['namespace']}/{mig['spec']['vmiName']}")
    return out


def _set(ctx: runtime.Context, mig: dict[str, Any], phase: str, extra: dict[str, Any] | None = None) -> None:
    m = mig["metadata"]
    old = mig.get("status") or {}
    status: dict[str, Any] = dict(extra or {})
    status["phase"] = phase
    if old.get("phase") != phase:
        stamps = list(old.get("phaseTransitionTimestamps") or [])
        stamps.append({"phase": phase, "phaseTransitionTimestamp": runtime.now()})
        status["phaseTransitionTimestamps"] = stamps
        log.info("migration %s: %s -> %s", kube.key(mig), old.get("phase"), phase)
    mig.update(
        ctx.kube.patch(
            "VirtualMachineInstanceMigration", m["namespace"], m["name"], {"status": status}, sub="status"
        )
    )


def _fail(ctx: runtime.Context, mig: dict[str, Any], message: str, reason: str = "MigrationRejected") -> None:
    state = dict((mig.get("status") or {}).get("migrationState") or {})
    state.update({"failed": True, "completed": True, "failureReason": message, "endTimestamp": runtime.now()})
    state.setdefault("migrationUid", mig["metadata"]["uid"])
    _set(
        ctx,
        mig,
        "Failed",
        {
            "migrationState": state,
            "conditions": [kube.condition("Failed", True, reason, message, runtime.now())],
        },
    )


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _migrate(ctx: runtime.Context, job: dict[str, Any], name: str, source: str, target: str) -> None:
    import libvirt

    try:
        dom = ctx.lookup(source, name)
        if dom is None:
            raise RuntimeError(f"domain {name} not found on {source}")
        port = _free_port()
        params = {
            libvirt.VIR_MIGRATE_PARAM_URI: f"tcp://127.0.0.1:{port}",
            libvirt.VIR_MIGRATE_PARAM_LISTEN_ADDRESS: "127.0.0.1",
        }
        flags = (
            libvirt.VIR_MIGRATE_LIVE
            | libvirt.VIR_MIGRATE_PERSIST_DEST
            | libvirt.VIR_MIGRATE_UNDEFINE_SOURCE
            | libvirt.VIR_MIGRATE_UNSAFE
        )
        # A connection of its own: migrate3 blocks for the whole migration.
        dest = libvirt.open(ctx.nodes[target].uri)
        src = libvirt.open(ctx.nodes[source].uri)
        try:
            t0 = time.monotonic()
            src.lookupByName(name).migrate3(dest, params, flags)
            job["seconds"] = time.monotonic() - t0
        finally:
            src.close()
            dest.close()
        job["result"] = "ok"
    except Exception as exc:
        job["result"] = "error"
        job["error"] = str(exc)


def reconcile(ctx: runtime.Context, mig: dict[str, Any], migrations: list[dict[str, Any]]) -> None:
    """One pass over one migration: release a deleted one, accept or refuse a new one, else step
    its phase through ``PHASE_STEPS`` (phase -> handler, one phase per pass)."""
    m = mig["metadata"]
    phase = (mig.get("status") or {}).get("phase") or ""
    if m.get("deletionTimestamp"):
        _release(ctx, mig)
        return
    if phase in FINISHED:
        return
    vmi = ctx.kube.get("VirtualMachineInstance", m["namespace"], mig["spec"]["vmiName"])
    if phase == "":
        _accept(ctx, mig, vmi, migrations)
        return
    if vmi is None or (vmi.get("status") or {}).get("phase") != "Running":
        _fail(
            ctx, mig, f"VMI {m['namespace']}/{mig['spec']['vmiName']} is no longer running", "VMINotRunning"
        )
        return
    step = PHASE_STEPS.get(phase)
    if step is not None:
        step(ctx, mig, vmi, dict((mig.get("status") or {}).get("migrationState") or {}))


def _release(ctx: runtime.Context, mig: dict[str, Any]) -> None:
    """A deleted migration: abort it while it runs, then drop the finalizer."""
    m = mig["metadata"]
    job = _jobs.get(m["uid"])
    if job is not None and "result" not in job:
        _abort(ctx, job)
        return  # wait until the migration has stopped
    if FINALIZER in (m.get("finalizers") or []):
        rest = [f for f in m["finalizers"] if f != FINALIZER]
        ctx.kube.patch(
            "VirtualMachineInstanceMigration",
            m["namespace"],
            m["name"],
            {"metadata": {"finalizers": rest or None}},
        )


def _accept(
    ctx: runtime.Context, mig: dict[str, Any], vmi: dict[str, Any] | None, migrations: list[dict[str, Any]]
) -> None:
    """A new migration: label and finalizer as KubeVirt adds them, then Pending or refused (Failed)."""
    m = mig["metadata"]
    labels = dict(m.get("labels") or {})
    labels[VMI_LABEL] = mig["spec"]["vmiName"]
    mig.update(
        ctx.kube.patch(
            "VirtualMachineInstanceMigration",
            m["namespace"],
            m["name"],
            {"metadata": {"labels": labels, "finalizers": _with(m.get("finalizers") or [], FINALIZER)}},
        )
    )
    reason = _refusal(vmi, mig, migrations, m["namespace"])
    if reason:
        _fail(ctx, mig, reason)
        return
    _set(ctx, mig, "Pending")


def _to_scheduling(
    ctx: runtime.Context, mig: dict[str, Any], vmi: dict[str, Any], state: dict[str, Any]
) -> None:
    _set(ctx, mig, "Scheduling")


def _pick_target(
    ctx: runtime.Context, mig: dict[str, Any], vmi: dict[str, Any], state: dict[str, Any]
) -> None:
    """Scheduling -> Scheduled on another Ready node; Failed after 5 minutes without one."""
    source = vmi["status"]["nodeName"]
    target = vmis.schedule(ctx, vmi, exclude=source, extra=mig["spec"].get("addedNodeSelector"))
    if target is None:
        if time.time() - _created(mig) > 300:
            _fail(ctx, mig, "no node can take the VMI (unschedulable for 5 minutes)", "Unschedulable")
        return
    state.update(
        {
            "migrationUid": mig["metadata"]["uid"],
            "sourceNode": source,
            "targetNode": target,
            "targetNodeAddress": "127.0.0.1",
            "mode": "PreCopy",
            "migrationConfiguration": {"allowPostCopy": False, "allowAutoConverge": False},
        }
    )
    _set(ctx, mig, "Scheduled", {"migrationState": state})


def _to_preparing(
    ctx: runtime.Context, mig: dict[str, Any], vmi: dict[str, Any], state: dict[str, Any]
) -> None:
    _set(ctx, mig, "PreparingTarget")


def _target_ready(
    ctx: runtime.Context, mig: dict[str, Any], vmi: dict[str, Any], state: dict[str, Any]
) -> None:
    state["targetNodeDomainDetected"] = False
    _set(ctx, mig, "TargetReady", {"migrationState": state})


def _launch(ctx: runtime.Context, mig: dict[str, Any], vmi: dict[str, Any], state: dict[str, Any]) -> None:
    """TargetReady -> Running: start the libvirt migration in a thread (a fast VMI has none)."""
    m = mig["metadata"]
    ns, vmi_name = m["namespace"], mig["spec"]["vmiName"]
    source = vmi["status"]["nodeName"]
    state["startTimestamp"] = runtime.now()
    vmis.patch_status(ctx, vmi, {"migrationState": dict(state)})
    job: dict[str, Any] = {
        "source": source,
        "target": state["targetNode"],
        "name": domainxml.domain_name(ns, vmi_name),
    }
    _jobs[m["uid"]] = job
    _set(ctx, mig, "Running", {"migrationState": state})
    if fastboot.delay(vmi) is not None:
        job.update(result="ok", seconds=0.0)  # no domain: the status is all there is to move
    else:
        threading.Thread(
            target=_migrate, args=(ctx, job, job["name"], source, state["targetNode"]), daemon=True
        ).start()
    log.info("migration %s: %s from %s to %s started", kube.key(mig), vmi_name, source, state["targetNode"])


def _job_after_restart(
    ctx: runtime.Context, mig: dict[str, Any], vmi: dict[str, Any], state: dict[str, Any]
) -> dict[str, Any]:
    """The controllers restarted mid-migration: look where the domain is."""
    ns, vmi_name = mig["metadata"]["namespace"], mig["spec"]["vmiName"]
    target = state.get("targetNode")
    arrived = bool(target) and bool(
        fastboot.delay(vmi) is not None or ctx.lookup(str(target), domainxml.domain_name(ns, vmi_name))
    )
    return {
        "result": "ok" if arrived else "error",
        "error": "the controllers restarted during the migration",
        "target": target,
    }


def _finish(ctx: runtime.Context, mig: dict[str, Any], vmi: dict[str, Any], state: dict[str, Any]) -> None:
    """Running -> Succeeded (the VMI moves to the target) or Failed, once the job has ended."""
    job = _jobs.get(mig["metadata"]["uid"]) or _job_after_restart(ctx, mig, vmi, state)
    if "result" not in job:
        return
    state["endTimestamp"] = runtime.now()
    state["completed"] = True
    if job["result"] != "ok":
        state.update({"failed": True, "failureReason": job.get("error", "")})
        vmis.patch_status(ctx, vmi, {"migrationState": dict(state)})
        _fail(ctx, mig, f"live migration failed: {job.get('error')}", "MigrationFailed")
        return
    target = job["target"]
    state.update({"targetNodeDomainDetected": True, "targetNodeDomainReadyTimestamp": runtime.now()})
    labels = dict(vmi["metadata"].get("labels") or {})
    labels[vmis.NODE_LABEL] = target
    vmis.patch_status(ctx, vmi, {"nodeName": target, "migrationState": dict(state)}, labels=labels)
    log.info(
        "migration %s: done in %.1fs, %s now on %s",
        kube.key(mig),
        job.get("seconds", 0),
        mig["spec"]["vmiName"],
        target,
    )
    _set(ctx, mig, "Succeeded", {"migrationState": state})


# phase -> the handler that moves a migration in that phase on (reconcile's table)
PHASE_STEPS: dict[str, Any] = {
    "Pending": _to_scheduling,
    "Scheduling": _pick_target,
    "Scheduled": _to_preparing,
    "PreparingTarget": _target_ready,
    "TargetReady": _launch,
    "Running": _finish,
}


def _with(items: list[str], item: str) -> list[str]:
    return items if item in items else [*items, item]


def _abort(ctx: runtime.Context, job: dict[str, Any]) -> None:
    import libvirt

    if job.get("aborted"):
        return
    try:
        dom = ctx.lookup(job["source"], job["name"])
        if dom is not None:
            dom.abortJob()
    except libvirt.libvirtError:
        pass
    job["aborted"] = True


def _created(mig: dict[str, Any]) -> float:
    import datetime

    stamp = mig["metadata"].get("creationTimestamp")
    if not stamp:
        return time.time()
    return datetime.datetime.strptime(stamp, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=datetime.UTC).timestamp()


def _refusal(
    vmi: dict[str, Any] | None, mig: dict[str, Any], migrations: list[dict[str, Any]], ns: str
) -> str:
    name = mig["spec"]["vmiName"]
    if vmi is None:
        return f"the VMI {ns}/{name} does not exist"
    st = vmi.get("status") or {}
    if st.get("phase") != "Running" or vmi["metadata"].get("deletionTimestamp"):
        return f"Cannot migrate VMI {ns}/{name}: it is not running (phase {st.get('phase') or 'Pending'})"
    conds = {c["type"]: c for c in st.get("conditions") or []}
    lm = conds.get("LiveMigratable")
    if lm is not None and lm.get("status") == "False":
        return (
            f"Cannot migrate VMI {ns}/{name}: LiveMigratable is False ({lm.get('reason')}): "
            f"{lm.get('message', '')}"
        )
    for other in migrations:
        if other["metadata"]["uid"] == mig["metadata"]["uid"] or other["metadata"]["namespace"] != ns:
            continue
        if other["spec"]["vmiName"] == name and (other.get("status") or {}).get("phase") in ACCEPTED:
            other_name = other["metadata"]["name"]
            return f"in-flight migration detected: {other_name} is already migrating VMI {ns}/{name}"
    return ""
