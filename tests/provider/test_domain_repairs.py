"""The domain check's decisions without libvirt: what a preview says and what ``up`` repairs when the
domain is paused, ballooned, resized or unreadable. The domain is the one the sandbox's converter
builds for the VMI (parity with the provider's expectations is test_domain_parity.py), read through
a stand-in backend; test_domain_drift.py proves the same against real QEMU domains."""

from __future__ import annotations

import copy
import re
from typing import Any

import fake_cluster
import pytest

from kubevirt_sandbox.controllers import domainxml
from kubevirt_sandbox.controllers import vm as sandbox_vm
from kubevirt_sandbox.controllers import vmi as sandbox_vmi
from pulumi_kubevirt_provider import findings, kube, operation
from pulumi_kubevirt_provider.domain import access, check, compare
from pulumi_kubevirt_provider.resources import vm as vm_handler

UID = "0f0e0d0c-0000-4000-8000-000000000042"


def vm_object(strategy: str = "Always", memory: str = "256Mi") -> dict[str, Any]:
    return {
        "apiVersion": "kubevirt.io/v1",
        "kind": "VirtualMachine",
        "metadata": {"name": "web", "namespace": "ns", "uid": "vm-uid"},
        "spec": {
            "runStrategy": strategy,
            "template": {
                "spec": {
                    "domain": {
                        "devices": {"disks": [{"name": "root", "disk": {"bus": "virtio"}}]},
                        "resources": {"requests": {"memory": memory}},
                    },
                    "volumes": [{"name": "root", "containerDisk": {"image": "quay.io/x/cirros"}}],
                }
            },
        },
        "status": {"created": True, "ready": True, "printableStatus": "Running"},
    }


def vmi_of(vm: dict[str, Any]) -> dict[str, Any]:
    vmi = sandbox_vm.new_vmi(vm)
    vmi["metadata"]["uid"] = UID
    vmi["status"] = {
        "phase": "Running",
        "nodeName": "node-1",
        "interfaces": sandbox_vmi.interfaces_status(vmi, "10.0.2.15"),
    }
    return vmi


def domain_xml(vmi: dict[str, Any]) -> str:
    sources = {"root": domainxml.DiskSource("/v/root.qcow2", "qcow2")}
    return domainxml.convert(vmi, sources, "/v/serial0.log", "qemu")


class StandIn:
    """An access.Backend over a domain XML the test edits, recording the repairs asked of it."""

    name = "stand-in"

    def __init__(self, xml: str, state: str = access.RUNNING) -> None:
        self.xml, self.state, self.calls = xml, state, []  # type: ignore[var-annotated]
        self.fails: Exception | None = None

    def read(self, vmi: dict[str, Any]) -> access.Reading:
        if self.fails is not None:
            raise self.fails
        return access.Reading(state=self.state, xml=self.xml, persistent=True, where="node-1")

    def resume(self, vmi: dict[str, Any]) -> None:
        self.calls.append("resume")
        self.state = access.RUNNING

    def set_memory(self, vmi: dict[str, Any], kib: int) -> None:
        self.calls.append(f"setmem {kib}")
        self.xml = ballooned(self.xml, kib // 1024)


def ballooned(xml: str, mib: int) -> str:
    return re.sub(r"<currentMemory unit=(['\"])b\1>\d+<", f"<currentMemory unit='b'>{mib * 2**20}<", xml)


@pytest.fixture()
def said() -> Any:
    lines: list[str] = []
    with operation.running(operation.Operation(say=lambda r, m: lines.append(f"{r}: {m}"))):
        yield lines


def test_the_declared_domain_is_clean_and_summarised() -> None:
    vm = vm_object()
    vmi = vmi_of(vm)
    report = check.inspect(StandIn(domain_xml(vmi)), vm, vmi)
    assert (report.drift, report.pending, report.notice) == ([], [], None)
    summary = report.summary()
    assert summary is not None
    assert (summary["memory"], summary["currentMemory"], summary["machine"]) == ("256Mi", "256Mi", "q35")
    assert (summary["node"], summary["access"]) == ("node-1", "stand-in")


def test_a_paused_domain_is_resumed_live(said: list[str]) -> None:
    vm = vm_object()
    vmi = vmi_of(vm)
    backend = StandIn(domain_xml(vmi), state=access.PAUSED)
    report = check.inspect(backend, vm, vmi)
    assert report.lines() == ["domain run state paused, declared running (changed outside Pulumi)"]
    assert findings.line(report.plan("Always")) == (
        "up resumes the domain (a pause KubeVirt does not know about: the VMI has no Paused "
        "condition; `virtctl pause` would have set one)"
    )
    assert check.repair(backend, report, vmi, print) is False
    assert backend.calls == ["resume"]


def test_a_ballooned_domain_gets_its_memory_back_and_settles() -> None:
    vm = vm_object()
    vmi = vmi_of(vm)
    backend = StandIn(ballooned(domain_xml(vmi), 128))
    report = check.inspect(backend, vm, vmi)
    assert report.lines() == ["domain memory 128Mi, declared 256Mi (changed outside Pulumi)"]
    assert findings.line(report.plan("Manual")) == "up sets the memory back live"
    lines: list[str] = []
    assert check.repair(backend, report, vmi, lines.append) is False
    assert backend.calls == ["setmem 262144"] and lines == ["setting the domain's memory back to 256Mi"]
    settled = check.settle(backend, lambda: (vm, vmi), 5, lines.append, sleep=lambda s: None)
    assert settled.drift == []


def test_a_balloon_the_guest_does_not_give_back_is_said_once_the_settle_cap_passes() -> None:
    vm = vm_object()
    vmi = vmi_of(vm)
    backend = StandIn(ballooned(domain_xml(vmi), 128))
    ticks = iter(range(100))
    lines: list[str] = []
    check.settle(backend, lambda: (vm, vmi), 3, lines.append, clock=lambda: next(ticks), sleep=lambda s: None)
    assert lines == ["still domain memory 128Mi, declared 256Mi (changed outside Pulumi) after 3s"]


def test_a_resized_domain_needs_a_restart_that_manual_leaves_to_the_operator() -> None:
    vm = vm_object()
    vmi = vmi_of(vm)
    other = copy.deepcopy(vmi)
    other["spec"]["domain"]["cpu"].update(sockets=2, maxSockets=8)
    backend = StandIn(domain_xml(other))
    report = check.inspect(backend, vm, vmi)
    assert report.lines() == [
        "domain vCPUs 2, declared 1 (changed outside Pulumi)",
        "domain CPU topology 8 sockets x 1 cores x 1 threads, declared 4 sockets x 1 cores x 1 threads "
        "(changed outside Pulumi)",
    ]
    assert findings.line(report.plan("Always")) == (
        "up restarts the VM into its declared template (KubeVirt cannot repair this live)"
    )
    assert findings.line(report.plan("Manual")).startswith(
        "up cannot repair it without a restart, which runStrategy Manual"
    )
    assert check.repair(backend, report, vmi, print) is True and backend.calls == []


def test_a_cpu_hotplug_in_progress_is_pending_not_drift() -> None:
    vm = vm_object()
    vmi = vmi_of(vm)
    other = copy.deepcopy(vmi)
    other["spec"]["domain"]["cpu"]["sockets"] = 2
    vmi["status"]["conditions"] = [{"type": "HotVCPUChange", "status": "True"}]
    report = check.inspect(StandIn(domain_xml(other)), vm, vmi)
    assert report.drift == []
    assert report.pending_lines() == ["pending: domain vCPUs 2, becoming 1 (KubeVirt hotplug in progress)"]


def test_a_migration_in_flight_is_pending_and_the_domain_is_not_read() -> None:
    vm = vm_object()
    vmi = vmi_of(vm)
    vmi["status"]["migrationState"] = {"targetNode": "node-2"}
    backend = StandIn("not read")
    backend.fails = AssertionError("read during a migration")
    report = check.inspect(backend, vm, vmi)
    assert report.pending_lines() == ["pending: migrating to node-2"] and report.drift == []


@pytest.mark.parametrize(
    ("problem", "notice"),
    [
        (access.Unavailable("no running virt-launcher pod for VMI ns/web on node node-1"),
         "no running virt-launcher pod for VMI ns/web on node node-1"),
        (None, "the domain of VMI ns/web could not be parsed (not well-formed XML"),
    ],
)  # fmt: skip
def test_a_domain_that_cannot_be_read_is_a_notice_never_a_failure(
    problem: Exception | None, notice: str
) -> None:
    vm = vm_object()
    vmi = vmi_of(vm)
    backend = StandIn("<domain><unclosed></domain>")
    backend.fails = problem
    report = check.inspect(backend, vm, vmi)
    assert report.notice is not None and report.notice.startswith(notice)
    assert report.drift == [] and report.facts is None


def test_a_sandbox_fast_boot_vmi_without_a_domain_is_a_notice() -> None:
    vm = vm_object()
    vmi = vmi_of(vm)
    vmi["metadata"].setdefault("annotations", {})[check.SANDBOX_FAST_BOOT] = "1"
    report = check.inspect(StandIn("", state=access.ABSENT), vm, vmi)
    assert report.notice == (
        "VMI ns/web is a kubevirt-sandbox fast-boot VMI (no domain runs it): domain not checked"
    )


@pytest.mark.parametrize(
    ("phase", "printable", "ready", "actual"),
    [
        ("Failed", "Stopped", False, "Stopped (VMI Failed)"),
        ("Running", "Running", False, "running, guest not Ready"),
        (None, "Starting", False, "Starting"),
        # virsh destroy: the VMI has failed, the VM's status (updated after it) still says Ready.
        ("Failed", "Running", True, "Stopped (VMI Failed)"),
    ],
)
def test_a_vm_declared_running_that_is_not_ready_is_waited_for(
    phase: str | None, printable: str, ready: bool, actual: str
) -> None:
    vm = vm_object()
    vm["status"] = {"created": True, "ready": ready, "printableStatus": printable}
    vmi = vmi_of(vm) if phase else None
    if vmi is not None:
        vmi["status"]["phase"] = phase
    report = check.inspect(None, vm, vmi)
    assert report.drift == [findings.DomainDrift("run state", actual, "running and Ready", compare.WAIT)]
    assert findings.line(report.plan("Always")) == "up waits until KubeVirt has it running and Ready again"


def test_a_preview_shows_domain_drift_as_paths_with_the_plan(said: list[str]) -> None:
    cfg, fake = fake_cluster.install()
    vm = vm_object()
    vmi = vmi_of(vm)
    fake.put(kube.VM, vm)
    fake.put(kube.VMI, vmi)
    check._backends[cfg] = StandIn(ballooned(domain_xml(vmi), 128))
    handler = vm_handler.VirtualMachineHandler(cfg)
    props = {"metadata": vm["metadata"], "spec": vm["spec"]}
    result = handler.diff("ns/web", props, props)
    assert list(result.detailed) == ["domain.currentMemory"] and result.drift
    assert said == [
        "web: domain memory 128Mi, declared 256Mi (changed outside Pulumi)",
        "web: up sets the memory back live",
    ]


def test_backends_follow_the_domain_access_setting() -> None:
    from pulumi_kubevirt_provider.domain.launcher import ExecBackend

    cfg, fake = fake_cluster.install(domain_access="exec")
    assert isinstance(check.backend_for(cfg, fake), ExecBackend)
    assert check.backend_for(cfg, fake) is check.backend_for(cfg, fake)  # one per configuration
    off, fake = fake_cluster.install(domain_access="off")
    assert check.backend_for(off, fake) is None


def cluster_with(vm: dict[str, Any], vmi: dict[str, Any], backend: StandIn) -> tuple[Any, Any]:
    cfg, fake = fake_cluster.install()
    fake.put(kube.VM, vm)
    fake.put(kube.VMI, vmi)
    check._backends[cfg] = backend
    return vm_handler.VirtualMachineHandler(cfg), fake


def test_up_sets_a_ballooned_memory_back_live_without_a_restart(said: list[str]) -> None:
    vm = vm_object()
    vmi = vmi_of(vm)
    backend = StandIn(ballooned(domain_xml(vmi), 128))
    handler, fake = cluster_with(vm, vmi, backend)
    props = {"metadata": vm["metadata"], "spec": vm["spec"]}
    outputs = handler.update("ns/web", props, props)
    assert backend.calls == ["setmem 262144"]
    assert "web: repairing: domain memory 128Mi, declared 256Mi (changed outside Pulumi)" in said
    assert fake.get(kube.VMI, "ns", "web")["metadata"]["uid"] == UID  # the same VMI: no restart
    # The state records the repaired domain, not the one before the repair.
    assert outputs["drift"] == [] and outputs["domain"]["currentMemory"] == "256Mi"


@pytest.mark.parametrize("strategy", ["Always", "Manual"])
def test_up_restarts_a_resized_domain_under_always_and_leaves_it_to_the_operator_under_manual(
    said: list[str], strategy: str
) -> None:
    vm = vm_object(strategy)
    vmi = vmi_of(vm)
    resized = copy.deepcopy(vmi)
    resized["spec"]["domain"]["cpu"].update(sockets=2, maxSockets=8)
    backend = StandIn(domain_xml(resized))
    handler, fake = cluster_with(vm, vmi, backend)
    real_delete = fake.delete

    def delete(kind: kube.Kind, ns: str, name: str, propagation: str = "Background", **kw: Any) -> Any:
        gone = real_delete(kind, ns, name, propagation, **kw)
        if kind is kube.VMI:  # the VM controller starts a new VMI from the template, then says so
            fake.put(kube.VMI, {**vmi, "metadata": {**vmi["metadata"], "uid": "new-uid"}})
            fake.put(kube.VM, fake.get(kube.VM, ns, name))
            backend.xml = domain_xml(vmi)
        return gone

    fake.delete = delete  # type: ignore[method-assign]
    props = {"metadata": vm["metadata"], "spec": vm["spec"]}
    handler.update("ns/web", props, props)
    uid = fake.get(kube.VMI, "ns", "web")["metadata"]["uid"]
    if strategy == "Always":
        assert uid == "new-uid" and "web: restarting to bring back the declared domain" in said
    else:
        assert uid == UID
        assert any("runStrategy Manual leaves restarts to you: run `virtctl restart`" in s for s in said)
