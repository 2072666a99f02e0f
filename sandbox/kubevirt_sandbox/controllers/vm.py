"""The VirtualMachine controller: run strategies, the VMI it owns, and the VM's status.

Follows virt-controller's vm.go as seen through the API: a VMI named like the VM with the
template's labels and annotations (plus ``vmi.kubevirt.io/id`` as KubeVirt v1.7+ sets it), one
controller ownerReference, KubeVirt's two finalizers; the VM carries
``kubevirt.io/virtualMachineControllerFinalize`` so that deleting it waits for its VMI.

RestartRequired: the template, minus what KubeVirt's LiveUpdate rollout applies to a running
VM (CPU sockets, memory.guest, nodeSelector, affinity, tolerations), is hashed into the VMI's
``kubevirt-sandbox/restart-hash`` annotation when the VMI is made; a different hash later sets
the condition. Live changes are accepted (observedGeneration follows) but not hot-plugged.

Crash loops, as virt-controller backs off: a VMI that ends (Failed) without ever having been
Running is a start failure; the VM records it in ``status.startFailure`` (consecutiveFailCount,
lastFailedVMIUID, retryAfterTimestamp) and starts the next VMI only after a delay that grows with
the count (10 s x count², plus up to half of that at random, at most 300 s), showing
``printableStatus: CrashLoopBackOff`` meanwhile. The failed VMI's ``Synchronized=False`` condition
(reason and libvirt's message) is copied to the VM and kept while no VMI exists, so the reason stays
visible through the API. A VMI that reaches Running clears the record.

Fast boot (fastboot.py): whether the VMI boots for real or after a fixed delay is decided here,
once, when the VMI is made, and written on the VMI.
"""

from __future__ import annotations

import copy
import datetime
import hashlib
import json
import math
import random
from typing import Any

from kubevirt_sandbox.controllers import fastboot, kube, runtime
from kubevirt_sandbox.controllers import vmi as vmis

log = runtime.log

VM_FINALIZER = "kubevirt.io/virtualMachineControllerFinalize"
RESTART_HASH = "kubevirt-sandbox/restart-hash"
VM_GENERATION = "kubevirt.io/vm-generation"
ID_LABEL = "vmi.kubevirt.io/id"
MAX_CRASH_LOOP_BACKOFF = 300  # seconds, KubeVirt's defaultMaxCrashLoopBackoffDelaySeconds
BACKOFF_STRATEGIES = ("Always", "RerunOnFailure", "Once")
_STAMP = "%Y-%m-%dT%H:%M:%SZ"


def run_strategy(vm: dict[str, Any]) -> str:
    spec = vm.get("spec") or {}
    if spec.get("runStrategy"):
        return str(spec["runStrategy"])
    if "running" in spec:
        return "Always" if spec["running"] else "Halted"
    return "Halted"


def restart_hash(template: dict[str, Any]) -> str:
    spec = copy.deepcopy((template or {}).get("spec") or {})
    domain = spec.get("domain") or {}
    (domain.get("cpu") or {}).pop("sockets", None)
    (domain.get("memory") or {}).pop("guest", None)
    for live in ("nodeSelector", "affinity", "tolerations"):
        spec.pop(live, None)
    return hashlib.sha256(json.dumps(spec, sort_keys=True).encode()).hexdigest()[:16]


def id_label(name: str) -> str:
    if len(name) <= 63:
        return name
    return f"{name[:54]}-{hashlib.sha1(name.encode()).hexdigest()[:8]}"


def _cpu_count(quantity: Any) -> int:
    """A CPU quantity (``2``, ``500m``, ``1.5``) rounded up to whole CPUs, as Quantity.Value() does."""
    text = str(quantity).strip()
    value = float(text[:-1]) / 1000 if text.endswith("m") else float(text)
    return max(1, math.ceil(value))


def new_vmi(vm: dict[str, Any]) -> dict[str, Any]:
    m = vm["metadata"]
    template = vm["spec"].get("template") or {}
    tmeta = template.get("metadata") or {}
    labels = dict(tmeta.get("labels") or {})
    labels[ID_LABEL] = id_label(m["name"])
    annotations = dict(tmeta.get("annotations") or {})
    annotations.update(
        {
            "kubevirt.io/latest-observed-api-version": "v1",
            "kubevirt.io/storage-observed-api-version": "v1",
            VM_GENERATION: str(m.get("generation", 1)),
            RESTART_HASH: restart_hash(template),
        }
    )
    spec = default_vmi_spec(template.get("spec") or {}, (m["namespace"], m["name"]))
    return {
        "apiVersion": "kubevirt.io/v1",
        "kind": "VirtualMachineInstance",
        "metadata": {
            "name": m["name"],
            "namespace": m["namespace"],
            "labels": labels,
            "annotations": annotations,
            "finalizers": list(vmis.FINALIZERS),
            "ownerReferences": [
                {
                    "apiVersion": "kubevirt.io/v1",
                    "kind": "VirtualMachine",
                    "name": m["name"],
                    "uid": m["uid"],
                    "controller": True,
                    "blockOwnerDeletion": True,
                }
            ],
        },
        "spec": spec,
    }


def default_vmi_spec(
    template_spec: dict[str, Any], firmware_of: tuple[str, str] | None = None
) -> dict[str, Any]:
    """A copy of a template's VMI spec with what KubeVirt fills in on every new VMI.

    Machine type, the firmware uuid (derived from ``firmware_of`` = (namespace, name) when given;
    a VMI whose name the API server generates gets it from the converter), CPU model, topology
    and the LiveUpdate room for CPU hotplug (maxSockets).
    """
    spec = copy.deepcopy(template_spec)
    domain = spec.setdefault("domain", {})
    domain.setdefault("machine", {}).setdefault("type", "q35")
    if firmware_of is not None:
        fw = domain.setdefault("firmware", {})
        fw.setdefault("uuid", vmis.domainxml.firmware_uuid(spec, *firmware_of))
    cpu = domain.setdefault("cpu", {})
    cpu.setdefault("model", vmis.domainxml.cpumodel.HOST_MODEL)  # KubeVirt's default cpuModel
    if not (cpu.get("sockets") or cpu.get("cores") or cpu.get("threads")):
        # KubeVirt: no topology given -> sockets from the CPU limit or request, 1 core, 1 thread.
        res = domain.get("resources") or {}
        cpus = (res.get("limits") or {}).get("cpu") or (res.get("requests") or {}).get("cpu")
        cpu.update(sockets=_cpu_count(cpus) if cpus else 1, cores=1, threads=1)
    # LiveUpdate rollout (KubeVirt's default): room for CPU hotplug, on the VMI only.
    if not cpu.get("maxSockets"):
        cpu["maxSockets"] = vmis.domainxml.default_max_sockets(spec)
    return spec


# -- crash loop backoff ----------------------------------------------------------------------
def start_backoff_seconds(fail_count: int, jitter: float, max_delay: int = MAX_CRASH_LOOP_BACKOFF) -> int:
    """KubeVirt's delay before the next start: interval x count², plus up to half of it, capped.

    The interval is max_delay/30 but at least 10 s; ``jitter`` in [0, 1) picks the random part.
    """
    count = max(fail_count, 1)
    delay = max(max_delay // 30, 10) * count * count
    delay += int(jitter * (delay // 2 + 1))
    return min(delay, max_delay)


def ever_running(vmi: dict[str, Any] | None) -> bool:
    stamps = ((vmi or {}).get("status") or {}).get("phaseTransitionTimestamps") or []
    return any(s.get("phase") == "Running" for s in stamps)


def failed_early(vmi: dict[str, Any] | None) -> bool:
    """The VMI ended without ever having been Running: a start failure."""
    return vmis.is_finished(vmi) and not ever_running(vmi)


def next_start_failure(
    old: dict[str, Any] | None,
    vmi: dict[str, Any] | None,
    strategy: str,
    now: datetime.datetime,
    jitter: float,
) -> dict[str, Any] | None:
    """``status.startFailure`` after seeing ``vmi`` (virt-controller's syncStartFailureStatus)."""
    if ever_running(vmi) or strategy not in BACKOFF_STRATEGIES:
        return None
    if vmi is not None and failed_early(vmi):
        uid = vmi["metadata"].get("uid")
        if old and old.get("lastFailedVMIUID") == uid:
            return old  # already counted
        count = int((old or {}).get("consecutiveFailCount") or 0) + 1
        retry = now + datetime.timedelta(seconds=start_backoff_seconds(count, jitter))
        return {
            "consecutiveFailCount": count,
            "lastFailedVMIUID": uid,
            "retryAfterTimestamp": retry.strftime(_STAMP),
        }
    return old


def backoff_left(failure: dict[str, Any] | None, now: datetime.datetime) -> float:
    """Seconds until the next start is allowed (0: now)."""
    if not failure or not failure.get("retryAfterTimestamp"):
        return 0.0
    retry = datetime.datetime.strptime(failure["retryAfterTimestamp"], _STAMP).replace(tzinfo=datetime.UTC)
    return max(0.0, (retry - now).total_seconds())


def in_crash_loop(vm: dict[str, Any], vmi: dict[str, Any] | None, failure: dict[str, Any] | None) -> bool:
    """KubeVirt's CrashLoopBackOff: no live VMI, start failures counted, a strategy that restarts."""
    if vmi is not None and not vmis.is_finished(vmi):
        return False
    return bool(failure and int(failure.get("consecutiveFailCount") or 0) > 0) and (
        run_strategy(vm) in BACKOFF_STRATEGIES
    )


def _owned(vm: dict[str, Any], vmi: dict[str, Any] | None) -> bool:
    if vmi is None:
        return False
    refs = vmi["metadata"].get("ownerReferences") or []
    return any(r.get("uid") == vm["metadata"]["uid"] for r in refs)


def desired_action(strategy: str, vmi: dict[str, Any] | None) -> str | None:
    """What the run strategy asks for given the VM's VMI: "start", "stop" or None (leave as is).

    Always: a VMI that runs (a finished one is replaced, e.g. after its node failed).
    RerunOnFailure: a new VMI when there is none or it Failed; a Succeeded one stays.
    Once: start when there is no VMI; a finished VMI stays (deleting it starts another).
    Halted: no VMI. Manual: nothing by itself (stateChangeRequests only), a Failed VMI stays.
    """
    if strategy == "Always":
        return "start"
    if strategy == "Halted":
        return "stop"
    if strategy == "RerunOnFailure":
        return "start" if vmi is None or (vmi.get("status") or {}).get("phase") == "Failed" else None
    if strategy == "Once":
        return "start" if vmi is None else None
    return None


def reconcile(
    ctx: runtime.Context, vm: dict[str, Any], vmi: dict[str, Any] | None, dv_hook: Any = None
) -> None:
    m = vm["metadata"]
    ns, name = m["namespace"], m["name"]
    if vmi is not None and not _owned(vm, vmi):
        vmi = None  # someone else's VMI of the same name: not ours to touch
    if m.get("deletionTimestamp"):
        if vmi is not None and not vmi["metadata"].get("deletionTimestamp"):
            ctx.kube.delete("VirtualMachineInstance", ns, name)
        if vmi is None and VM_FINALIZER in (m.get("finalizers") or []):
            rest = [f for f in m["finalizers"] if f != VM_FINALIZER]
            ctx.kube.patch("VirtualMachine", ns, name, {"metadata": {"finalizers": rest or None}})
            return
        _write_status(ctx, vm, vmi, "Terminating")
        return
    if VM_FINALIZER not in (m.get("finalizers") or []):
        vm.update(
            ctx.kube.patch(
                "VirtualMachine",
                ns,
                name,
                {"metadata": {"finalizers": [*(m.get("finalizers") or []), VM_FINALIZER]}},
            )
        )
    if dv_hook is not None:
        dv_hook(ctx, vm)

    strategy = run_strategy(vm)
    status = vm.get("status") or {}
    requests = list(status.get("stateChangeRequests") or [])
    want = desired_action(strategy, vmi)
    if strategy in ("Manual", "RerunOnFailure") and requests:
        action = requests[0].get("action")
        want = "start" if action == "Start" else "stop" if action == "Stop" else want
        ctx.kube.patch(
            "VirtualMachine",
            ns,
            name,
            {"status": {"stateChangeRequests": requests[1:] or None}},
            sub="status",
        )

    now = datetime.datetime.now(datetime.UTC)
    failure = next_start_failure(status.get("startFailure"), vmi, strategy, now, random.random())
    if failure is not None and failure is not status.get("startFailure"):
        log.warning(
            "VM %s/%s: start failure %d (the VMI failed before running); next start after %s",
            ns,
            name,
            failure["consecutiveFailCount"],
            failure["retryAfterTimestamp"],
        )
    if want == "start":
        if vmi is not None and vmis.is_finished(vmi) and not vmi["metadata"].get("deletionTimestamp"):
            log.info("VM %s/%s: VMI finished (%s), replacing it", ns, name, vmi["status"]["phase"])
            ctx.kube.delete("VirtualMachineInstance", ns, name)
        elif vmi is None:
            if backoff_left(failure, now) > 0:
                _write_status(ctx, vm, None, None, failure)
                return
            if not _data_volumes_ready(ctx, vm):
                _write_status(ctx, vm, None, "Provisioning", failure)
                return
            log.info("VM %s/%s: creating its VMI (runStrategy %s)", ns, name, strategy)
            try:
                vmi = ctx.kube.create("VirtualMachineInstance", fastboot.mark(ctx, vm, new_vmi(vm)))
            except kube.Conflict:
                vmi = None
    elif want == "stop" and vmi is not None and not vmi["metadata"].get("deletionTimestamp"):
        log.info("VM %s/%s: stopping (runStrategy %s): deleting its VMI", ns, name, strategy)
        ctx.kube.delete("VirtualMachineInstance", ns, name)
        vmi = ctx.kube.get("VirtualMachineInstance", ns, name)
    _write_status(ctx, vm, vmi, None, failure)


def _data_volumes_ready(ctx: runtime.Context, vm: dict[str, Any]) -> bool:
    """KubeVirt starts a VM once its DataVolumes exist (the import itself may still run)."""
    ns = vm["metadata"]["namespace"]
    for vol in ((vm["spec"].get("template") or {}).get("spec") or {}).get("volumes") or []:
        if "dataVolume" in vol and ctx.kube.get("DataVolume", ns, vol["dataVolume"]["name"]) is None:
            return False
    return True


def _printable(vm: dict[str, Any], vmi: dict[str, Any] | None, failure: dict[str, Any] | None = None) -> str:
    strategy = run_strategy(vm)
    if in_crash_loop(vm, vmi, failure):
        return "CrashLoopBackOff"
    if vmi is None:
        return "Stopped"
    st = vmi.get("status") or {}
    phase = st.get("phase") or ""
    if vmi["metadata"].get("deletionTimestamp"):
        return "Stopping"
    if phase in ("", "Pending", "Scheduling", "Scheduled"):
        if st.get("reason") == "ErrImagePull":
            return "ErrImagePull"
        if st.get("reason") in ("ErrorPvcNotFound", "DataVolumeNotReady", "WaitingForVolumeBinding"):
            return {"DataVolumeNotReady": "Provisioning"}.get(st["reason"], st["reason"])
        if any(c.get("reason") == "Unschedulable" for c in st.get("conditions") or []):
            return "ErrorUnschedulable"
        return "Starting"
    if phase == "Running":
        if strategy == "Halted":
            return "Stopping"
        ms = st.get("migrationState") or {}
        if ms and not ms.get("completed") and not ms.get("failed"):
            return "Migrating"
        if any(c.get("type") == "Paused" and c.get("status") == "True" for c in st.get("conditions") or []):
            return "Paused"
        return "Running"
    if phase == "Failed" and strategy in ("Always", "RerunOnFailure"):
        return "Starting"
    return "Stopped"


def _write_status(
    ctx: runtime.Context,
    vm: dict[str, Any],
    vmi: dict[str, Any] | None,
    printable: str | None,
    failure: dict[str, Any] | None = None,
) -> None:
    m = vm["metadata"]
    old = vm.get("status") or {}
    printable = printable or _printable(vm, vmi, failure)
    vst = (vmi or {}).get("status") or {}
    vconds = {c["type"]: c for c in vst.get("conditions") or []}
    ready = (vconds.get("Ready") or {}).get("status") == "True" and not vmis.is_finished(vmi)
    now = runtime.now()
    conds = [
        kube.condition(
            "Ready",
            ready,
            ""
            if ready
            else (
                "VMINotExists"
                if vmi is None
                else (vconds.get("Ready") or {}).get("reason") or "GuestNotRunning"
            ),
            ""
            if ready
            else ("VMI does not exist" if vmi is None else (vconds.get("Ready") or {}).get("message", "")),
            now,
        )
    ]
    for copied in ("LiveMigratable", "Paused"):  # KubeVirt copies the VMI's conditions over
        if copied in vconds and vmi is not None and not vmis.is_finished(vmi):
            conds.append(dict(vconds[copied]))
    synchronized = synchronized_failure(old, vmi, failure)
    if synchronized is not None:
        conds.append(synchronized)
    observed = m.get("generation")
    if vmi is not None and not vmis.is_finished(vmi):
        ann = vmi["metadata"].get("annotations") or {}
        template_hash = restart_hash(vm["spec"].get("template") or {})
        if ann.get(RESTART_HASH) and ann[RESTART_HASH] != template_hash:
            conds.append(
                kube.condition(
                    "RestartRequired",
                    True,
                    "",
                    "a non-live-updatable field was changed in the template spec",
                    now,
                )
            )
            observed = int(ann.get(VM_GENERATION) or observed or 1)
        elif ann.get(VM_GENERATION) != str(m.get("generation")):
            ctx.kube.patch(
                "VirtualMachineInstance",
                vmi["metadata"]["namespace"],
                vmi["metadata"]["name"],
                {"metadata": {"annotations": {VM_GENERATION: str(m.get("generation"))}}},
            )
    status: dict[str, Any] = {
        "printableStatus": printable,
        "created": vmi is not None,
        "ready": ready,
        "conditions": kube.merge_conditions(old.get("conditions") or [], conds),
        "observedGeneration": observed,
        "desiredGeneration": m.get("generation"),
        "runStrategy": run_strategy(vm),
        "startFailure": failure,
    }
    if not status["created"]:
        status["created"] = None
    if not status["ready"]:
        status["ready"] = None
    if all(old.get(k) == v for k, v in status.items() if k != "conditions") and _same_conditions(
        old.get("conditions"), status["conditions"]
    ):
        return
    if old.get("printableStatus") != printable:
        log.info("VM %s/%s: %s -> %s", m["namespace"], m["name"], old.get("printableStatus"), printable)
    patch = dict(status)
    patch["conditions"] = status["conditions"]
    vm.update(ctx.kube.patch("VirtualMachine", m["namespace"], m["name"], {"status": patch}, sub="status"))


def synchronized_failure(
    old_status: dict[str, Any], vmi: dict[str, Any] | None, failure: dict[str, Any] | None
) -> dict[str, Any] | None:
    """The VM's Synchronized=False condition: the VMI's (reason, libvirt's message), kept in a crash loop.

    KubeVirt copies the VMI's conditions to the VM and leaves them while no VMI exists; the
    sandbox does so for Synchronized=False, the condition that carries why a VMI cannot start.
    """
    own = {c.get("type"): c for c in ((vmi or {}).get("status") or {}).get("conditions") or []}
    sync = own.get("Synchronized")
    if sync is not None and sync.get("status") == "False":
        return dict(sync)
    if failure and (vmi is None or vmis.is_finished(vmi)):
        for cond in old_status.get("conditions") or []:
            if cond.get("type") == "Synchronized" and cond.get("status") == "False":
                return dict(cond)
    return None


def _same_conditions(a: Any, b: Any) -> bool:
    def norm(cs: Any) -> list[tuple[Any, ...]]:
        return sorted((c.get("type"), c.get("status"), c.get("reason"), c.get("message")) for c in cs or [])

    return norm(a) == norm(b)
