"""The domain check on the states the sandbox recorded (``recorded_states``): real QEMU domains
as libvirt dumped them (with everything libvirt adds) against the VMIs that made them, and what a
preview says of each recorded VM. A VM state recorded later without a verdict here fails
``test_every_recorded_vm_state_has_a_domain_verdict``."""

from __future__ import annotations

import dataclasses
import re
from typing import Any

import pytest
import recorded_states
from recorded_states import State

from pulumi_kubevirt_provider.domain import access, check, compare
from pulumi_kubevirt_provider.domain import facts as F


class Recorded:
    """An access.Backend that answers with a recorded domain, recording the repairs asked of it."""

    name = "recorded"

    def __init__(self, reading: access.Reading) -> None:
        self.reading = reading
        self.calls: list[tuple[str, Any]] = []

    def read(self, vmi: dict[str, Any]) -> access.Reading:
        return self.reading

    def resume(self, vmi: dict[str, Any]) -> None:
        self.calls.append(("resume", None))

    def set_memory(self, vmi: dict[str, Any], kib: int) -> None:
        self.calls.append(("setmem", kib))


def with_domain() -> list[Any]:
    """VMIs that run, each with its recorded domain: the VMI files, and the VMI beside a VM."""
    return [
        pytest.param(s.object if s.kind == "virtualmachineinstance" else s.vmi, s.reading(), id=s.id)
        for s in recorded_states.states(having="domain")
    ]


@pytest.mark.parametrize(("vmi", "reading"), with_domain())
def test_a_recorded_domain_is_the_one_its_vmi_implies(vmi: dict[str, Any], reading: access.Reading) -> None:
    """Everything libvirt adds (controllers, PCI addresses, the expanded machine type, CPU model and
    features, its own aliases) is no drift; the facts compared are all known."""
    have = F.from_reading(reading)
    assert compare.domain_drift(F.expected(vmi), have) == []
    assert have.memory and have.current_memory and have.vcpus and have.topology and have.machine
    assert set(have.disks or {}) == set(F.disk_names(vmi["spec"]))
    assert set(have.interfaces or {}) == {"default"}


# what `up` finds after each change made behind KubeVirt's back: edit of the recorded domain -> finding
OUTSIDE: dict[str, tuple[Any, tuple[str, str, str, str]]] = {
    "virsh suspend": ({"state": access.PAUSED}, ("run state", "paused", "running", compare.RESUME)),
    "virsh destroy": ({"state": access.SHUT_OFF}, ("run state", "shut off", "running", compare.RESTART)),
    "virsh undefine": (
        {"persistent": False},
        ("definition", "transient (undefined)", "persistent", compare.RESTART),
    ),
    "virsh setmem 64M": (
        (r"<currentMemory unit='KiB'>\d+<", "<currentMemory unit='KiB'>65536<"),
        ("memory", "64Mi", "128Mi", compare.SETMEM),
    ),
    "boot memory edited": (
        (r"<memory unit='KiB'>\d+<", "<memory unit='KiB'>262144<"),
        ("boot memory", "256Mi", "128Mi", compare.RESTART),
    ),
    "virsh setvcpus 2": ((r"current='1'>", "current='2'>"), ("vCPUs", "2", "1", compare.RESTART)),
    "disk bus": (
        (r"<target dev='vda' bus='virtio'/>", "<target dev='sda' bus='sata'/>"),
        ("disk containerdisk bus", "sata", "virtio", compare.RESTART),
    ),
    "disk made a cdrom": (
        (
            r"device='disk' model='virtio-non-transitional'>(\s*<driver name='qemu' type='qcow2')",
            r"device='cdrom'>\1",
        ),
        ("disk containerdisk device", "cdrom", "disk", compare.RESTART),
    ),
    "disk made read-only": (
        (r"(<alias name='ua-containerdisk'/>)", r"\1<readonly/>"),
        ("disk containerdisk", "read-only", "writable", compare.RESTART),
    ),
    "disk detached": (
        (r"ua-cloudinitdisk", "virtio-disk1"),
        ("disk cloudinitdisk", "absent", "attached (disk)", compare.RESTART),
    ),
    "interface model": (
        (r"<model type='virtio-non-transitional'/>", "<model type='e1000'/>"),
        ("interface default model", "e1000", "virtio", compare.RESTART),
    ),
}


@pytest.mark.parametrize("change", OUTSIDE)
@pytest.mark.parametrize(("vmi", "reading"), with_domain())
def test_a_change_behind_kubevirts_back_is_one_finding_with_its_repair(
    vmi: dict[str, Any], reading: access.Reading, change: str
) -> None:
    edit, want = OUTSIDE[change]
    if isinstance(edit, dict):
        reading = dataclasses.replace(reading, **edit)
    else:
        assert reading.xml is not None
        pattern, replacement = edit
        xml, count = re.subn(pattern, replacement, reading.xml, count=1)
        assert count == 1, f"{pattern!r} not in the recorded domain"
        reading = dataclasses.replace(reading, xml=xml)
    findings = compare.domain_drift(F.expected(vmi), F.from_reading(reading))
    assert [(f.field, f.live, f.declared, f.repair) for f in findings] == [want]


AT_RESTART = "KubeVirt applies it at the next restart (RestartRequired)"

# VM state -> (domain findings as (field, repair), pending changes as (what, why)) a preview shows
EXPECTED: dict[str, tuple[list[tuple[str, str]], list[tuple[str, str]]]] = {
    "virtualmachine/created": ([("run state", compare.WAIT)], []),
    "virtualmachine/starting": ([("run state", compare.WAIT)], []),
    "virtualmachine/booting": ([("run state", compare.WAIT)], []),
    "virtualmachine/running-ready": ([], []),
    "virtualmachine/live-update-accepted": (
        [],
        [("CPU sockets 2 (running with 1)", "KubeVirt has not applied it to the running VMI yet")],
    ),
    "virtualmachine/restart-required": (
        [],
        [(f"CPU {what} 2 (running with 1)", AT_RESTART) for what in ("sockets", "cores")],
    ),
    "virtualmachine/halted": ([], []),
    "virtualmachine/terminating": ([], []),
    "virtualmachine/manual-stopped": ([], []),
    "virtualmachine/crash-loop-backoff": ([("run state", compare.WAIT)], []),
    "virtualmachine/crash-loop-failed-twice": ([("run state", compare.WAIT)], []),
    "virtualmachine/error-unschedulable": ([("run state", compare.WAIT)], []),
    "virtualmachine/err-image-pull": ([("run state", compare.WAIT)], []),
}


def test_every_recorded_vm_state_has_a_domain_verdict() -> None:
    assert sorted(s.id for s in recorded_states.states("virtualmachine")) == sorted(EXPECTED)


@pytest.mark.parametrize("state", recorded_states.params("virtualmachine"))
def test_what_a_preview_says_of_each_recorded_vm(state: State) -> None:
    backend = Recorded(state.reading()) if state.domain else None
    report = check.inspect(backend, state.object, state.vmi)
    drift, pending = EXPECTED[state.id]
    assert [(f.field, f.repair) for f in report.drift] == drift
    assert [(p.subject, p.cause) for p in report.pending] == pending
    assert report.notice is None
    if state.domain:
        assert report.facts is not None and report.where == state.domain["where"]
        assert report.summary() == {**report.facts.summary(), "node": report.where, "access": "recorded"}


@pytest.mark.parametrize("state", recorded_states.params("virtualmachine", having="domain"))
def test_up_repairs_a_recorded_domain_live_where_kubevirt_would_and_restarts_otherwise(state: State) -> None:
    assert state.vmi is not None
    paused = Recorded(dataclasses.replace(state.reading(), state=access.PAUSED))
    report = check.inspect(paused, state.object, state.vmi)
    assert check.repair(paused, report, state.vmi, lambda _: None) is False
    assert paused.calls == [("resume", None)]
    assert report.plan("Always").actions[0].startswith("resumes the domain")

    xml = re.sub(
        r"<currentMemory unit='KiB'>\d+<", "<currentMemory unit='KiB'>65536<", state.reading().xml or ""
    )
    ballooned = Recorded(dataclasses.replace(state.reading(), xml=xml))
    report = check.inspect(ballooned, state.object, state.vmi)
    assert check.repair(ballooned, report, state.vmi, lambda _: None) is False
    assert ballooned.calls == [("setmem", 128 * 1024)]
    assert report.plan("Always").actions == ("sets the memory back live",)

    destroyed = Recorded(dataclasses.replace(state.reading(), state=access.SHUT_OFF))
    report = check.inspect(destroyed, state.object, state.vmi)
    assert check.repair(destroyed, report, state.vmi, lambda _: None) is True
    assert destroyed.calls == []
    assert report.plan("Always").actions[0].startswith("restarts the VM into its declared template")
    assert "runStrategy Manual leaves to you" in report.plan("Manual").actions[0]
