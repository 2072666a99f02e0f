"""The VirtualMachine controller: run strategies, the VMI it owns, and the VM's status.

Follows virt-controller's vm.go as seen through the API: a VMI named like the VM with the
template's labels and annotations (plus ``vmi.kubevirt.io/id`` as KubeVirt v1.7+ sets it), one
controller ownerReference, KubeVirt's two finalizers; the VM carries
``kubevirt.io/virtualMachineControllerFinalize`` so that deleting it waits for its VMI.

RestartRequired: the template, minus what KubeVirt's LiveUpdate rollout applies to a running
VM (CPU sockets, memory.guest, nodeSelector, affinity, tolerations), is hashed into the VMI's
``kubevirt-sandbox/restart-hash`` annotation when the VMI is made; a different hash later sets
the condition. Live changes are accepted (observedGeneration follows) but not hot-plugged.
"""

from __future__ import annotations

import copy
import hashlib
import json
import math
from typing import Any

from kubevirt_sandbox.controllers import kube, runtime
from kubevirt_sandbox.controllers import vmi as vmis

log = runtime.log

VM_FINALIZER = "kubevirt.io/virtualMachineControllerFinalize"
RESTART_HASH = "kubevirt-sandbox/restart-hash"
VM_GENERATION = "kubevirt.io/vm-generation"
ID_LABEL = "vmi.kubevirt.io/id"


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
    spec = copy.deepcopy(template.get("spec") or {})
    domain = spec.setdefault("domain", {})
    domain.setdefault("machine", {}).setdefault("type", "q35")
    fw = domain.setdefault("firmware", {})
    fw.setdefault("uuid", vmis.domainxml.firmware_uuid(spec, m["namespace"], m["name"]))
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


def _owned(vm: dict[str, Any], vmi: dict[str, Any] | None) -> bool:
    if vmi is None:
        return False
    refs = vmi["metadata"].get("ownerReferences") or []
    return any(r.get("uid") == vm["metadata"]["uid"] for r in refs)


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
    want: str | None = None  # "start" | "stop" | None (leave as is)
    if strategy == "Always":
        want = "start"
    elif strategy == "Halted":
        want = "stop"
    elif strategy == "RerunOnFailure":
        want = "start" if vmi is None or (vmi.get("status") or {}).get("phase") == "Failed" else None
    elif strategy == "Once":
        # KubeVirt: start when there is no VMI; a finished VMI stays (deleting it starts another).
        want = "start" if vmi is None else None
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

    if want == "start":
        if vmi is not None and vmis.is_finished(vmi) and not vmi["metadata"].get("deletionTimestamp"):
            log.info("VM %s/%s: VMI finished (%s), replacing it", ns, name, vmi["status"]["phase"])
            ctx.kube.delete("VirtualMachineInstance", ns, name)
        elif vmi is None:
            if not _data_volumes_ready(ctx, vm):
                _write_status(ctx, vm, None, "Provisioning")
                return
            log.info("VM %s/%s: creating its VMI (runStrategy %s)", ns, name, strategy)
            try:
                vmi = ctx.kube.create("VirtualMachineInstance", new_vmi(vm))
            except kube.Conflict:
                vmi = None
    elif want == "stop" and vmi is not None and not vmi["metadata"].get("deletionTimestamp"):
        log.info("VM %s/%s: stopping (runStrategy %s): deleting its VMI", ns, name, strategy)
        ctx.kube.delete("VirtualMachineInstance", ns, name)
        vmi = ctx.kube.get("VirtualMachineInstance", ns, name)
    _write_status(ctx, vm, vmi, None)


def _data_volumes_ready(ctx: runtime.Context, vm: dict[str, Any]) -> bool:
    """KubeVirt starts a VM once its DataVolumes exist (the import itself may still run)."""
    ns = vm["metadata"]["namespace"]
    for vol in ((vm["spec"].get("template") or {}).get("spec") or {}).get("volumes") or []:
        if "dataVolume" in vol and ctx.kube.get("DataVolume", ns, vol["dataVolume"]["name"]) is None:
            return False
    return True


def _printable(vm: dict[str, Any], vmi: dict[str, Any] | None) -> str:
    strategy = run_strategy(vm)
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
    ctx: runtime.Context, vm: dict[str, Any], vmi: dict[str, Any] | None, printable: str | None
) -> None:
    m = vm["metadata"]
    old = vm.get("status") or {}
    printable = printable or _printable(vm, vmi)
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


def _same_conditions(a: Any, b: Any) -> bool:
    def norm(cs: Any) -> list[tuple[Any, ...]]:
        return sorted((c.get("type"), c.get("status"), c.get("reason"), c.get("message")) for c in cs or [])

    return norm(a) == norm(b)
