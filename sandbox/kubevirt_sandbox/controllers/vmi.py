"""The VMI handler: what virt-controller's VMI part and virt-handler do, for one VMI at a time.

Pending -> Scheduling -> Scheduled (a node chosen, honouring nodeSelector) -> Running (the domain
started on that node's libvirt daemon) -> Succeeded (guest powered off, or the VMI deleted) or
Failed (the domain died: destroyed, crashed, QEMU gone; or its node turned NotReady, reason
``NodeUnresponsive``, as virt-controller fails the VMIs of a node that stopped answering).
``Ready`` turns True only once the guest proves it is up: its serial console shows the demo
image's ``ready`` line or a login prompt. The guest IP reported in ``status.interfaces`` is the
one the guest printed there.

A VMI marked for fast boot (fastboot.py) takes the same phases without a domain: this handler
delegates to fastboot where it would start, watch or stop one.

The VMI CRD has no status subresource (as in KubeVirt): status is written with a merge patch
of the whole object.
"""

from __future__ import annotations

import re
import shutil
import time
from pathlib import Path
from typing import Any

from kubevirt_sandbox import libvirt_messages
from kubevirt_sandbox.controllers import cloudinit, domainxml, fastboot, images, kube, nodes, runtime, storage

log = runtime.log

FINALIZERS = ("kubevirt.io/virtualMachineControllerFinalize", "kubevirt.io/foregroundDeleteVirtualMachine")
FINISHED = ("Succeeded", "Failed")
READY_LINE = re.compile(rb"kubevirt-sandbox-demo: ready ip=(\S+)|(\S+) login:")
NODE_LABEL = "kubevirt.io/nodeName"
UNPAUSED_GATE = "kubevirt.io/virtual-machine-unpaused"
NOT_RUNNING = "Guest VM is not reported as running"
NODE_UNRESPONSIVE = "NodeUnresponsive"  # virt-controller's reason for a VMI failed with its node
LAUNCHER_IMAGE = "kubevirt-sandbox"  # status.launcherContainerImageVersion of a VMI with a domain


def is_finished(vmi: dict[str, Any] | None) -> bool:
    return vmi is not None and bool(vmi) and (vmi.get("status") or {}).get("phase") in FINISHED


def patch_status(ctx: runtime.Context, vmi: dict[str, Any], status: dict[str, Any], **meta: Any) -> None:
    m = vmi["metadata"]
    old = vmi.get("status") or {}
    if status.get("phase") and status["phase"] != old.get("phase"):
        stamps = list(old.get("phaseTransitionTimestamps") or [])
        stamps.append({"phase": status["phase"], "phaseTransitionTimestamp": runtime.now()})
        status["phaseTransitionTimestamps"] = stamps
        log.info("VMI %s/%s: phase %s -> %s", m["namespace"], m["name"], old.get("phase"), status["phase"])
    if "conditions" in status:
        status["conditions"] = kube.merge_conditions(old.get("conditions") or [], status["conditions"])
    body: dict[str, Any] = {"status": status}
    if meta:
        body["metadata"] = meta
    updated = ctx.kube.patch("VirtualMachineInstance", m["namespace"], m["name"], body)
    vmi.update(updated)


def _ready_conditions(ready: bool, reason: str, message: str, migratable: tuple[bool, str, str]) -> list[Any]:
    now = runtime.now()
    return [
        kube.condition("Ready", ready, reason, message, now),
        kube.condition("LiveMigratable", migratable[0], migratable[1], migratable[2], now),
    ]


def live_migratable(ctx: runtime.Context, vmi: dict[str, Any]) -> tuple[bool, str, str]:
    """KubeVirt: a VMI whose disks sit on a PVC that is not ReadWriteMany cannot migrate."""
    for vol in vmi["spec"].get("volumes") or []:
        claim = storage.claim_name(vol)
        if claim:
            pvc = ctx.kube.get("PersistentVolumeClaim", vmi["metadata"]["namespace"], claim)
            modes = ((pvc or {}).get("spec") or {}).get("accessModes") or []
            if "ReadWriteMany" not in modes:
                return (
                    False,
                    "DisksNotLiveMigratable",
                    f"cannot migrate VMI: PVC {claim} is not shared, live migration requires that all "
                    "PVCs must be shared (using ReadWriteMany access mode)",
                )
    return True, "", ""


# -- scheduling ------------------------------------------------------------------------------
def schedule(
    ctx: runtime.Context, vmi: dict[str, Any], exclude: str = "", extra: dict[str, str] | None = None
) -> str | None:
    selector = dict(vmi["spec"].get("nodeSelector") or {})
    selector.update(extra or {})
    candidates = []
    for name in nodes.ready_nodes(ctx):
        if name == exclude:
            continue
        labels = {
            "kubernetes.io/hostname": name,
            "kubevirt.io/schedulable": "true",
            "kubernetes.io/os": "linux",
        }
        if all(labels.get(k) == v for k, v in selector.items()):
            candidates.append(name)
    if not candidates:
        return None

    def load(node: str) -> int:
        try:
            return len(ctx.conn(node).listAllDomains())
        except Exception:
            return 1 << 30

    return min(candidates, key=lambda n: (load(n), n))


# -- disks -----------------------------------------------------------------------------------
def _secret_reader(ctx: runtime.Context, namespace: str) -> Any:
    def read(name: str) -> dict[str, str]:
        secret = ctx.kube.get("Secret", namespace, name)
        if secret is None:
            raise runtime.NotYet("SecretNotFound", f"secret {namespace}/{name} not found")
        return dict(secret.get("data") or {})

    return read


def prepare_disks(ctx: runtime.Context, vmi: dict[str, Any]) -> dict[str, domainxml.DiskSource]:
    folder = ctx.private_vmi_dir(vmi)
    ns = vmi["metadata"]["namespace"]
    sources: dict[str, domainxml.DiskSource] = {}
    for vol in vmi["spec"].get("volumes") or []:
        name = vol["name"]
        if "containerDisk" in vol:
            ref = vol["containerDisk"]["image"]
            try:
                base, fmt = images.resolve(ref)
            except images.ImageNotFound as exc:
                raise runtime.NotYet("ErrImagePull", str(exc)) from exc
            target = folder / f"{name}.qcow2"
            if not target.exists():
                images.overlay(base, fmt, target)
            sources[name] = domainxml.DiskSource(str(target), "qcow2")
        elif "cloudInitNoCloud" in vol or "cloudInitConfigDrive" in vol:
            target = folder / f"{name}.iso"
            if not target.exists():
                cloudinit.build(vol, vmi, target, _secret_reader(ctx, ns))
            sources[name] = domainxml.DiskSource(str(target), "raw")
        elif "emptyDisk" in vol:
            target = folder / f"{name}.qcow2"
            if not target.exists():
                size = domainxml.quantity_bytes(vol["emptyDisk"]["capacity"])
                images.create_empty(target, size)
            sources[name] = domainxml.DiskSource(str(target), "qcow2")
        elif storage.claim_name(vol):
            path = storage.volume_file(ctx, ns, vol)
            sources[name] = domainxml.DiskSource(str(path), "raw")
        elif "secret" in vol or "configMap" in vol or "serviceAccount" in vol or "downwardAPI" in vol:
            continue  # not mapped by the sandbox
    return sources


# -- the domain ------------------------------------------------------------------------------
def serial_log(ctx: runtime.Context, vmi: dict[str, Any]) -> Path:
    return ctx.vmi_dir(vmi) / "serial0.log"


def _check_startable(vmi: dict[str, Any], ctx: runtime.Context | None = None) -> None:
    """What keeps a VMI in Scheduled before any disk is made: too little memory, a missing image;
    with ``ctx`` (a fast boot, which makes no disk), a claim that does not exist, as a real start
    finds it (storage.volume_file)."""
    try:
        domainxml.check_memory(vmi["spec"])
    except domainxml.GuestMemoryTooSmall as exc:
        raise runtime.NotYet(exc.reason, str(exc)) from exc
    ns = vmi["metadata"].get("namespace")
    for vol in vmi["spec"].get("volumes") or []:
        if "containerDisk" in vol:
            try:
                images.resolve(vol["containerDisk"]["image"])
            except images.ImageNotFound as exc:
                raise runtime.NotYet("ErrImagePull", str(exc)) from exc
        claim = vol["persistentVolumeClaim"]["claimName"] if "persistentVolumeClaim" in vol else None
        if ctx is not None and claim and ctx.kube.get("PersistentVolumeClaim", ns, claim) is None:
            raise runtime.NotYet("ErrorPvcNotFound", f"PVC {ns}/{claim} does not exist")


def start_domain(ctx: runtime.Context, vmi: dict[str, Any], node: str) -> None:
    _check_startable(vmi)
    sources = prepare_disks(ctx, vmi)
    log_path = serial_log(ctx, vmi)
    log_path.touch()
    daemon = ctx.nodes[node]
    xml = domainxml.convert(
        vmi,
        sources,
        str(log_path),
        daemon.domain_type,
        daemon.cpu_fixup,
        vnc_password=domainxml.vnc_password(),
    )
    (ctx.vmi_dir(vmi) / "domain.xml").write_text(xml)
    conn = ctx.conn(node)
    dom = conn.defineXML(xml)
    dom.create()
    ctx.memo_for(vmi["metadata"]["uid"])["started"] = time.monotonic()
    log.info("VMI %s: domain %s started on %s", kube.key(vmi), dom.name(), node)


def destroy_domain(ctx: runtime.Context, vmi: dict[str, Any]) -> None:
    import libvirt

    name = domainxml.domain_name(vmi["metadata"]["namespace"], vmi["metadata"]["name"])
    uid = vmi["metadata"].get("uid", "")
    for node in ctx.nodes:
        try:
            dom = ctx.lookup(node, name)
        except libvirt.libvirtError:
            continue
        if dom is None or not _same_vmi(dom, uid):
            continue
        try:
            # Someone may have undefined it (`virsh undefine`): a transient domain is gone once
            # destroyed, and there is nothing to undefine.
            persistent = dom.isPersistent()
            if dom.isActive():
                dom.destroy()
            if persistent:
                dom.undefine()
            log.info(
                "VMI %s: domain %s removed from %s%s",
                kube.key(vmi),
                name,
                node,
                "" if persistent else " (it was transient)",
            )
        except libvirt.libvirtError as exc:
            if exc.get_error_code() == libvirt.VIR_ERR_NO_DOMAIN:
                continue  # went away meanwhile
            log.warning("VMI %s: removing domain on %s: %s", kube.key(vmi), node, exc)


def _same_vmi(dom: Any, uid: str) -> bool:
    return not uid or f"<uid>{uid}</uid>" in dom.XMLDesc(0)


def guest_ready(ctx: runtime.Context, vmi: dict[str, Any]) -> str | None:
    """The guest IP once the guest said it is up on its serial console, else None."""
    path = serial_log(ctx, vmi)
    try:
        data = path.read_bytes()[-65536:]
    except OSError:
        return None
    m = READY_LINE.search(data)
    if not m:
        return None
    return (m.group(1) or b"").decode() or ""


def interfaces_status(vmi: dict[str, Any], ip: str) -> list[dict[str, Any]]:
    out = []
    for iface in domainxml.interfaces(vmi["spec"]):
        entry: dict[str, Any] = {
            "name": iface["name"],
            "interfaceName": "eth0",
            "mac": domainxml.mac_address(vmi["metadata"].get("uid", ""), iface),
            "infoSource": "domain, guest-agent",
            "queueCount": 1,
            "linkState": "up",
        }
        if ip and ip != "none":
            entry["ipAddress"] = ip
            entry["ipAddresses"] = [ip]
        out.append(entry)
    return out


# -- reconcile -------------------------------------------------------------------------------
def reconcile(ctx: runtime.Context, vmi: dict[str, Any], migrating: bool) -> None:
    """One pass over one VMI: finalize a deleted one, clean a finished one, else step its phase.

    The phase steps are the table ``PHASE_STEPS`` (phase -> handler); each handler moves the VMI
    at most one phase on. A VMI whose node is lost (NotReady) fails first, whatever its phase; a
    VMI being migrated is left to the migration controller.
    """
    status = vmi.get("status") or {}
    phase = status.get("phase") or ""
    if vmi["metadata"].get("deletionTimestamp"):
        _finalize(ctx, vmi)
        return
    if phase in FINISHED:
        _clean_finished(ctx, vmi)
        return
    if fastboot.delay(vmi) is not None:
        fastboot.seen(ctx, vmi)
    if node_lost(ctx, vmi):
        _fail_node_lost(ctx, vmi)
        return
    if migrating:
        return
    step = PHASE_STEPS.get(phase)
    if step is not None:
        step(ctx, vmi)


def node_lost(ctx: runtime.Context, vmi: dict[str, Any]) -> bool:
    """The VMI was placed on a node that is NotReady now (its libvirt daemon is gone)."""
    node = (vmi.get("status") or {}).get("nodeName")
    return bool(node) and nodes.lost(ctx, str(node))


def _fail_node_lost(ctx: runtime.Context, vmi: dict[str, Any]) -> None:
    """virt-controller fails the VMIs of a node that stopped answering (reason NodeUnresponsive).

    Its domain died with the node; the VM controller then starts a new VMI elsewhere for
    runStrategy Always and RerunOnFailure, and leaves a Manual VM stopped.
    """
    node = vmi["status"]["nodeName"]
    why = f"node {node} is NotReady: its libvirt daemon is gone, and the guest with it"
    log.warning("VMI %s: %s -> Failed", kube.key(vmi), why)
    patch_status(
        ctx,
        vmi,
        {
            "phase": "Failed",
            "reason": NODE_UNRESPONSIVE,
            "conditions": _ready_conditions(False, "GuestNotRunning", why, (False, "NotRunning", why)),
        },
    )


def _clean_finished(ctx: runtime.Context, vmi: dict[str, Any]) -> None:
    """A Succeeded/Failed VMI: remove its domain once (a fast VMI has none)."""
    memo = ctx.memo_for(vmi["metadata"]["uid"])
    if fastboot.delay(vmi) is None and not memo.get("cleaned"):
        destroy_domain(ctx, vmi)
        memo["cleaned"] = True


def _to_pending(ctx: runtime.Context, vmi: dict[str, Any]) -> None:
    """A new VMI: Pending, with what virt-controller fills in first."""
    patch_status(
        ctx,
        vmi,
        {
            "phase": "Pending",
            "guestOSInfo": {},
            "qosClass": "Burstable",
            "machine": {"type": (vmi["spec"]["domain"].get("machine") or {}).get("type") or "q35"},
            "conditions": [kube.condition("Ready", False, "GuestNotRunning", NOT_RUNNING, runtime.now())],
        },
    )


def _to_scheduling(ctx: runtime.Context, vmi: dict[str, Any]) -> None:
    patch_status(ctx, vmi, {"phase": "Scheduling"})


def _place(ctx: runtime.Context, vmi: dict[str, Any]) -> None:
    """Scheduling -> Scheduled on a Ready node that matches, or stay Unschedulable."""
    node = schedule(ctx, vmi)
    if node is None:
        patch_status(
            ctx,
            vmi,
            {
                "conditions": [
                    kube.condition(
                        "PodScheduled",
                        False,
                        "Unschedulable",
                        unschedulable_message(len(ctx.nodes), len(nodes.ready_nodes(ctx))),
                        runtime.now(),
                    )
                ]
            },
        )
        return
    labels = dict(vmi["metadata"].get("labels") or {})
    labels[NODE_LABEL] = node
    patch_status(ctx, vmi, {"phase": "Scheduled", "nodeName": node}, labels=labels)


def unschedulable_message(total: int, ready: int) -> str:
    """kube-scheduler's one line for a pod no node takes: why, counted per reason."""
    reasons = []
    if ready:
        reasons.append(f"{ready} node(s) didn't match Pod's node affinity/selector")
    if total - ready:
        reasons.append(f"{total - ready} node(s) had untolerated taint {{node.kubernetes.io/not-ready: }}")
    return f"0/{total} nodes are available: {', '.join(reasons)}."


def _start(ctx: runtime.Context, vmi: dict[str, Any]) -> None:
    """Scheduled -> Running: start the domain (or the fast boot's clock) on the chosen node."""
    import libvirt

    node = str((vmi.get("status") or {}).get("nodeName") or "")
    try:
        if fastboot.delay(vmi) is not None:
            _check_startable(vmi, ctx)
            fastboot.started(ctx, vmi, node)
        else:
            start_domain(ctx, vmi, node)
    except runtime.NotYet as exc:
        patch_status(
            ctx,
            vmi,
            {
                "reason": exc.reason,
                "conditions": [
                    kube.condition("Ready", False, "GuestNotRunning", NOT_RUNNING, runtime.now()),
                    kube.condition("Synchronized", False, exc.reason, str(exc), runtime.now()),
                ],
            },
        )
        return
    except (libvirt.libvirtError, ValueError, OSError) as exc:
        _fail_start(ctx, vmi, exc)
        return
    mem = domainxml.guest_memory(vmi["spec"])
    sockets, cores, threads = domainxml.cpu_topology(vmi["spec"])
    running = {
        "phase": "Running",
        "reason": None,
        "interfaces": interfaces_status(vmi, ""),
        "memory": {"guestAtBoot": str(mem), "guestCurrent": str(mem), "guestRequested": str(mem)},
        "currentCPUTopology": {"sockets": sockets, "cores": cores, "threads": threads},
        "migrationMethod": "LiveMigration",
        "migrationTransport": "Unix",
        "conditions": _ready_conditions(
            False, "GuestNotRunning", "Guest is booting", live_migratable(ctx, vmi)
        )
        + [kube.condition("Synchronized", True, "", "", runtime.now())],
    }
    if fastboot.delay(vmi) is None:
        # A launcher runs the domain; a fast VMI names none, which tells a client (the provider's
        # domain check) in KubeVirt's own terms that no domain runs it.
        running["launcherContainerImageVersion"] = LAUNCHER_IMAGE
    patch_status(ctx, vmi, running)


def _fail_start(ctx: runtime.Context, vmi: dict[str, Any], exc: Exception) -> None:
    """The domain could not start: Failed, with libvirt's reason as Synchronized=False.

    libvirt's reason on one line (QEMU's timestamps and warnings dropped) is the VMI's
    Synchronized=False message: the VM copies it, the provider shows it.
    """
    why = libvirt_messages.one_line(str(exc))
    log.warning("VMI %s: cannot start: %s", kube.key(vmi), why)
    destroy_domain(ctx, vmi)
    patch_status(
        ctx,
        vmi,
        {
            "phase": "Failed",
            "reason": "FailedCreate",
            "conditions": [
                kube.condition("Ready", False, "GuestNotRunning", NOT_RUNNING, runtime.now()),
                kube.condition("Synchronized", False, "FailedCreate", why, runtime.now()),
            ],
        },
    )


def _run(ctx: runtime.Context, vmi: dict[str, Any]) -> None:
    """Running: a fast VMI turns Ready when its delay is over; a real one is watched."""
    if fastboot.delay(vmi) is not None:
        if fastboot.due(ctx, vmi):
            _mark_ready(ctx, vmi, fastboot.address(vmi))
    else:
        node = str((vmi.get("status") or {}).get("nodeName") or "")
        if node in ctx.nodes and not nodes.daemon_alive(ctx, node):
            return  # the daemon died during this pass: the node check fails the VMI on the next
        _watch_running(ctx, vmi, node)


# phase -> the handler that moves a VMI in that phase on (reconcile's table)
PHASE_STEPS: dict[str, Any] = {
    "": _to_pending,
    "Pending": _to_scheduling,
    "Scheduling": _place,
    "Scheduled": _start,
    "Running": _run,
}


def _watch_running(ctx: runtime.Context, vmi: dict[str, Any], node: str) -> None:
    import libvirt

    name = domainxml.domain_name(vmi["metadata"]["namespace"], vmi["metadata"]["name"])
    dom = ctx.lookup(node, name)
    state, reason = (libvirt.VIR_DOMAIN_NOSTATE, 0) if dom is None else dom.state()
    if dom is None or state in (libvirt.VIR_DOMAIN_SHUTOFF, libvirt.VIR_DOMAIN_CRASHED):
        guest_off = (
            dom is not None
            and state == libvirt.VIR_DOMAIN_SHUTOFF
            and reason == libvirt.VIR_DOMAIN_SHUTOFF_SHUTDOWN
        )
        phase = "Succeeded" if guest_off else "Failed"
        why = (
            "the guest powered off"
            if guest_off
            else f"the domain is gone from {node} (state {state}, reason {reason})"
        )
        log.info("VMI %s: %s -> %s", kube.key(vmi), why, phase)
        patch_status(
            ctx,
            vmi,
            {
                "phase": phase,
                "reason": None if guest_off else "DomainDied",
                "conditions": _ready_conditions(False, "GuestNotRunning", why, (False, "NotRunning", why)),
            },
        )
        destroy_domain(ctx, vmi)
        ctx.memo_for(vmi["metadata"]["uid"])["cleaned"] = True
        return
    conds = {c["type"]: c for c in (vmi.get("status") or {}).get("conditions") or []}
    paused = paused_condition(state, reason, runtime.pause_requested(ctx.directory, vmi))
    if paused is None and state == libvirt.VIR_DOMAIN_PAUSED:
        memo = ctx.memo_for(vmi["metadata"]["uid"])
        if not memo.get("paused_behind"):
            memo["paused_behind"] = True
            log.info("VMI %s: the domain was paused behind KubeVirt's back: not reported", kube.key(vmi))
    else:
        ctx.memo_for(vmi["metadata"]["uid"]).pop("paused_behind", None)
    if paused is not None:
        if (conds.get("Paused") or {}).get("reason") != paused["reason"]:
            log.info("VMI %s: the domain is paused (%s)", kube.key(vmi), paused["reason"])
            ctx.memo_for(vmi["metadata"]["uid"])["paused"] = True
            others = [c for t, c in conds.items() if t not in ("Ready", "Paused")]
            # virt-controller sets the pod's readiness gate kubevirt.io/virtual-machine-unpaused
            # to False; the kubelet then makes the pod, hence the VMI, not Ready.
            patch_status(
                ctx,
                vmi,
                {
                    "conditions": [
                        kube.condition(
                            "Ready",
                            False,
                            "ReadinessGatesNotReady",
                            f'the status of pod readiness gate "{UNPAUSED_GATE}" is not "True", but False',
                            runtime.now(),
                        ),
                        paused,
                        *others,
                    ]
                },
            )
        return
    if "Paused" in conds:
        log.info("VMI %s: the domain runs again", kube.key(vmi))
        patch_status(ctx, vmi, {"conditions": [c for t, c in conds.items() if t != "Paused"]})
        conds.pop("Paused")
    ip = guest_ready(ctx, vmi)
    ready_now = (conds.get("Ready") or {}).get("status") == "True"
    if ip is not None and not ready_now:
        memo = ctx.memo_for(vmi["metadata"]["uid"])
        started = memo.get("started")
        took = f" {time.monotonic() - started:.1f}s after start" if started else ""
        if memo.pop("paused", False):
            took = " again after a pause"
        log.info("VMI %s: guest is up (ip %s)%s", kube.key(vmi), ip, took)
        _mark_ready(ctx, vmi, ip)


def _mark_ready(ctx: runtime.Context, vmi: dict[str, Any], ip: str) -> None:
    patch_status(
        ctx,
        vmi,
        {
            "interfaces": interfaces_status(vmi, ip),
            "guestOSInfo": {"id": "kubevirt-sandbox-demo", "name": "guest"},
            "conditions": _ready_conditions(True, "", "", live_migratable(ctx, vmi))
            + [kube.condition("Synchronized", True, "", "", runtime.now())],
        },
    )


def paused_condition(state: int, reason: int, through_kubevirt: bool = False) -> dict[str, Any] | None:
    """virt-handler's Paused condition for a paused domain, None when it sets none.

    A domain paused by a user through KubeVirt (``virtctl pause``; here ``kubevirt-sandbox pause``,
    ``through_kubevirt``) or by an I/O error gets one. One suspended behind KubeVirt's back
    (``virsh suspend`` in the launcher) gets none: its launcher did not pause it (KubeVirt's own
    launcher resumes such a domain at its next sync; the sandbox leaves it paused, for whoever
    checks the domain to find). One paused by a migration gets none either (KubeVirt sets
    PausedByMigrationMonitor only while a migration it drives is paused, which the sandbox never
    does).
    """
    import libvirt

    if state != libvirt.VIR_DOMAIN_PAUSED:
        return None
    if reason == libvirt.VIR_DOMAIN_PAUSED_USER and not through_kubevirt:
        return None
    known = {
        libvirt.VIR_DOMAIN_PAUSED_USER: ("PausedByUser", "VMI was paused by user"),
        libvirt.VIR_DOMAIN_PAUSED_IOERROR: ("PausedIOError", "VMI was paused, low-level IO error detected"),
    }
    if reason not in known:
        return None
    why, message = known[reason]
    return kube.condition("Paused", True, why, message, runtime.now())


def _finalize(ctx: runtime.Context, vmi: dict[str, Any]) -> None:
    """A deleted VMI: stop the guest (graceful within terminationGracePeriodSeconds), then let it go."""
    import libvirt

    m = vmi["metadata"]
    memo = ctx.memo_for(m["uid"])
    status = vmi.get("status") or {}
    grace = vmi["spec"].get("terminationGracePeriodSeconds")
    grace = 30 if grace is None else int(grace)
    node = status.get("nodeName")
    fast = fastboot.delay(vmi) is not None  # no guest to power off, no domain to remove
    if fast and fastboot.stopping(ctx, vmi):
        return
    if not fast and node and status.get("phase") == "Running" and grace > 0 and node in ctx.nodes:
        dom = ctx.lookup(node, domainxml.domain_name(m["namespace"], m["name"]))
        if dom is not None and dom.isActive():
            asked = memo.setdefault("shutdown_at", time.monotonic())
            if asked == memo["shutdown_at"] and not memo.get("shutdown_sent"):
                try:
                    dom.shutdown()
                except libvirt.libvirtError:
                    pass
                memo["shutdown_sent"] = True
            # The sandbox waits at most 15 s for an ACPI power-off, whatever the grace period.
            if time.monotonic() - asked < min(grace, 15):
                return
    if not fast:
        destroy_domain(ctx, vmi)
    shutil.rmtree(ctx.vmi_dir(vmi), ignore_errors=True)
    if status.get("phase") not in FINISHED:
        try:
            patch_status(
                ctx,
                vmi,
                {
                    "phase": "Succeeded",
                    "conditions": _ready_conditions(
                        False, "GuestNotRunning", "VMI deleted", (False, "NotRunning", "VMI deleted")
                    ),
                },
            )
        except kube.NotFound:
            return
    finalizers = [f for f in m.get("finalizers") or [] if f not in FINALIZERS]
    if finalizers != (m.get("finalizers") or []):
        try:
            ctx.kube.patch(
                "VirtualMachineInstance",
                m["namespace"],
                m["name"],
                {"metadata": {"finalizers": finalizers or None}},
            )
        except kube.NotFound:
            pass
    ctx.memo.pop(m["uid"], None)
