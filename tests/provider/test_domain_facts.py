"""The domain check's reading and comparison, on real domain XML, without a cluster.

KubeVirt's own reference domain (read at run time from shared/kubevirt-api) must parse into the
fields KubeVirt maps; a domain equal to what its VMI implies has no drift; each hand-made change
is one finding that names the field, and changes KubeVirt has not applied yet are pending.
"""

from __future__ import annotations

import copy
from typing import Any

import pytest

from kubevirt_sandbox import crds
from pulumi_kubevirt_provider import findings
from pulumi_kubevirt_provider.domain import access, check, compare
from pulumi_kubevirt_provider.domain import facts as F

MiB = 1024 * 1024


def vmi(memory: str = "256Mi", sockets: int = 1) -> dict[str, Any]:
    return {
        "metadata": {"namespace": "ns", "name": "cirros-vm", "uid": "u-1"},
        "spec": {
            "domain": {
                "cpu": {"sockets": sockets, "cores": 1, "threads": 1, "maxSockets": 4},
                "resources": {"requests": {"memory": memory}},
                "devices": {
                    "disks": [
                        {"name": "containerdisk", "disk": {"bus": "virtio"}},
                        {"name": "cloudinitdisk", "cdrom": {"bus": "sata"}},
                    ],
                    "interfaces": [{"name": "default", "masquerade": {}}],
                },
            },
            "networks": [{"name": "default", "pod": {}}],
            "volumes": [
                {"name": "containerdisk", "containerDisk": {"image": "x"}},
                {"name": "cloudinitdisk", "cloudInitNoCloud": {"userData": "#!/bin/sh"}},
            ],
        },
        "status": {
            "phase": "Running",
            "nodeName": "node-1",
            "machine": {"type": "pc-q35-rhel9.6.0"},
            "interfaces": [{"name": "default", "mac": "52:54:00:AA:BB:CC"}],
        },
    }


def domain_xml(memory_mib: int = 256, current_mib: int | None = None, vcpus: int = 1) -> str:
    current = current_mib or memory_mib
    return f"""<domain type='qemu' id='3'>
  <name>ns_cirros-vm</name>
  <memory unit='KiB'>{memory_mib * 1024}</memory>
  <currentMemory unit='KiB'>{current * 1024}</currentMemory>
  <vcpu placement='static' current='{vcpus}'>4</vcpu>
  <os><type arch='x86_64' machine='pc-q35-rhel9.6.0'>hvm</type></os>
  <cpu mode='custom'><topology sockets='4' dies='1' cores='1' threads='1'/></cpu>
  <devices>
    <disk type='file' device='disk'>
      <source file='/var/run/kubevirt-ephemeral-disks/disk-data/containerdisk/disk.qcow2'/>
      <target dev='vda' bus='virtio'/>
      <alias name='ua-containerdisk'/>
      <address type='pci' domain='0x0000' bus='0x07' slot='0x00' function='0x0'/>
    </disk>
    <disk type='file' device='cdrom'>
      <source file='/var/run/kubevirt-ephemeral-disks/cloud-init-data/ns/cirros-vm/noCloud.iso'/>
      <target dev='sda' bus='sata'/>
      <readonly/>
      <alias name='ua-cloudinitdisk'/>
    </disk>
    <controller type='usb' index='0' model='none'><alias name='usb'/></controller>
    <controller type='pci' index='1' model='pcie-root-port'><alias name='pci.1'/></controller>
    <interface type='ethernet'>
      <mac address='52:54:00:aa:bb:cc'/>
      <model type='virtio-non-transitional'/>
      <alias name='ua-default'/>
    </interface>
    <memballoon model='virtio-non-transitional'><alias name='balloon0'/></memballoon>
  </devices>
</domain>"""


def read(xml: str | None = None, state: str = "running", persistent: bool = True) -> F.Facts:
    return F.from_reading(access.Reading(state=state, xml=xml or domain_xml(), persistent=persistent))


def lines(want: dict[str, Any], have: F.Facts) -> list[str]:
    return [findings.line(f) for f in compare.domain_drift(F.expected(want), have)]


def test_kubevirts_reference_domain_parses_into_the_fields_kubevirt_maps() -> None:
    path = crds.api_dir() / "kubevirt-v1.9.0" / "domain-xml-fixtures" / "domain_x86_64.xml"
    facts = F.from_reading(access.Reading(state="running", xml=path.read_text(), persistent=True))
    assert facts.memory == 8388608
    assert facts.machine == "q35"
    assert facts.disks is not None and facts.interfaces is not None
    assert facts.disks["myvolume"] == F.Disk(
        "disk", "virtio", False, "/var/run/kubevirt-private/vmi-disks/myvolume/disk.img"
    )
    assert facts.disks["cdrom_tray_open"].readonly and facts.disks["cdrom_tray_open"].device == "cdrom"
    assert facts.disks["pvc_block_test"].source == "/dev/pvc_block_test"
    assert facts.interfaces["default"].model == "virtio"
    # libvirt's and KubeVirt's own devices (controllers, the guest agent channel) are not the user's.
    assert all(not n.startswith(("ua-", "pci", "usb")) for n in facts.disks)


def test_a_domain_that_matches_its_vmi_has_no_drift() -> None:
    assert lines(vmi(), read()) == []
    summary = read().summary()
    assert summary["memory"] == "256Mi" and summary["vcpus"] == 1 and summary["state"] == "running"
    assert [d["name"] for d in summary["disks"]] == ["cloudinitdisk", "containerdisk"]


def test_setmem_is_the_balloon_and_is_reported_in_the_users_units() -> None:
    assert lines(vmi(), read(domain_xml(current_mib=128))) == [
        "domain memory 128Mi, declared 256Mi (changed outside Pulumi)"
    ]
    finding = compare.domain_drift(F.expected(vmi()), read(domain_xml(current_mib=128)))[0]
    assert finding.repair == compare.SETMEM


def test_libvirt_rounding_to_whole_mib_is_not_drift() -> None:
    # 64M = 62500 KiB; libvirt aligns it to 63488 KiB.
    xml = domain_xml().replace(f"{256 * 1024}</memory>", "63488</memory>")
    xml = xml.replace(f"{256 * 1024}</currentMemory>", "63488</currentMemory>")
    assert lines(vmi(memory="64M"), read(xml)) == []


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (lambda x: x.replace("current='1'", "current='2'"), "domain vCPUs 2, declared 1"),
        (
            lambda x: x.replace(
                x[
                    x.index("    <disk type='file' device='disk'>") : x.index(
                        "    <disk type='file' device='cdrom'>"
                    )
                ],
                "",
            ),
            "domain disk containerdisk absent, declared attached (disk)",
        ),
        (
            lambda x: x.replace("virtio-non-transitional'/>", "e1000'/>"),
            "domain interface default model e1000, declared virtio",
        ),
        (
            lambda x: x.replace("52:54:00:aa:bb:cc", "52:54:00:00:00:01"),
            "domain interface default MAC 52:54:00:00:00:01",
        ),
        (
            lambda x: x.replace("machine='pc-q35-rhel9.6.0'", "machine='pc-i440fx-7.2'"),
            "domain machine type pc-i440fx-7.2",
        ),
    ],
)
def test_each_hand_made_change_is_one_finding_naming_the_field(change: Any, expected: str) -> None:
    found = lines(vmi(), read(change(domain_xml())))
    assert len(found) == 1 and found[0].startswith(expected), found
    assert found[0].endswith("(changed outside Pulumi)")


@pytest.mark.parametrize(
    ("state", "persistent", "expected", "repair"),
    [
        ("paused", True, "domain run state paused, declared running", compare.RESUME),
        ("shut off", True, "domain run state shut off, declared running", compare.RESTART),
        ("absent", None, "domain run state absent, declared running", compare.RESTART),
        ("running", False, "domain definition transient (undefined), declared persistent", compare.RESTART),
    ],
)
def test_run_state_and_definition(state: str, persistent: bool | None, expected: str, repair: str) -> None:
    xml = None if state == "absent" else domain_xml()
    have = F.from_reading(access.Reading(state=state, xml=xml, persistent=persistent))
    found = compare.domain_drift(F.expected(vmi()), have)
    assert [findings.line(f) for f in found] == [f"{expected} (changed outside Pulumi)"]
    assert found[0].repair == repair


class FakeBackend:
    name = "recorded"

    def __init__(self, reading: access.Reading) -> None:
        self.reading = reading

    def read(self, vmi: dict[str, Any]) -> access.Reading:
        return self.reading

    def resume(self, vmi: dict[str, Any]) -> None:
        raise AssertionError("not called")

    def set_memory(self, vmi: dict[str, Any], kib: int) -> None:
        raise AssertionError("not called")


def vm_of(template: dict[str, Any], *conditions: str, ready: bool = True) -> dict[str, Any]:
    return {
        "metadata": {"namespace": "ns", "name": "cirros-vm"},
        "spec": {"runStrategy": "Always", "template": {"spec": template}},
        "status": {
            "ready": ready,
            "printableStatus": "Running",
            "conditions": [{"type": c, "status": "True"} for c in conditions],
        },
    }


def test_a_change_kubevirt_applies_at_the_next_restart_is_pending_not_drift() -> None:
    running = vmi(memory="256Mi")
    template = copy.deepcopy(running["spec"])
    template["domain"]["resources"]["requests"]["memory"] = "512Mi"
    report = check.inspect(
        FakeBackend(access.Reading("running", domain_xml(), True)),
        vm_of(template, "RestartRequired"),
        running,
    )
    assert report.drift == []
    assert report.pending_lines() == [
        "pending: memory 512Mi (running with 256Mi); "
        "KubeVirt applies it at the next restart (RestartRequired)"
    ]


def test_a_vcpu_hotplug_in_progress_is_pending_not_drift() -> None:
    running = vmi(sockets=2)
    running["status"]["conditions"] = [{"type": "HotVCPUChange", "status": "True"}]
    report = check.inspect(
        FakeBackend(access.Reading("running", domain_xml(vcpus=1), True)), vm_of(running["spec"]), running
    )
    assert report.drift == []
    assert report.pending_lines() == ["pending: domain vCPUs 1, becoming 2 (KubeVirt hotplug in progress)"]


def test_a_vm_declared_running_whose_vmi_died_is_run_state_drift_that_up_waits_for() -> None:
    failed = vmi()
    failed["status"]["phase"] = "Failed"
    vm = vm_of(failed["spec"], ready=False)
    vm["status"]["printableStatus"] = "Starting"
    report = check.inspect(FakeBackend(access.Reading("absent")), vm, failed)
    assert report.lines() == [
        "domain run state Starting (VMI Failed), declared running and Ready (changed outside Pulumi)"
    ]
    assert findings.line(report.plan("Always")) == "up waits until KubeVirt has it running and Ready again"


def test_an_unreadable_domain_is_a_notice_never_drift() -> None:
    class Denied(FakeBackend):
        def read(self, vmi: dict[str, Any]) -> access.Reading:
            raise access.Unavailable("no permission to exec into virt-launcher pods in namespace ns")

    report = check.inspect(Denied(access.Reading("running")), vm_of(vmi()["spec"]), vmi())
    assert report.drift == [] and report.notice and "pods" in report.notice
    assert report.summary() is None


@pytest.mark.parametrize(
    ("config", "backend"),
    [
        ({}, "exec"),
        ({"kubevirt:libvirtUri": "qemu+ssh://root@{node}/system"}, "libvirt"),
        ({"kubevirt:domainAccess": "off", "kubevirt:libvirtUri": "qemu:///system"}, "off"),
        ({"kubevirt:domainAccess": "exec", "kubevirt:libvirtUri": "qemu:///system"}, "exec"),
    ],
)
def test_domain_access_auto_prefers_a_configured_libvirt_uri(config: dict[str, str], backend: str) -> None:
    from pulumi_kubevirt_provider import settings

    assert settings.ClusterSettings.from_config(config.get).domain_backend_name() == backend


@pytest.mark.parametrize(
    ("config", "message"),
    [
        (
            {"kubevirt:domainAccess": "ssh"},
            "kubevirt:domainAccess is 'ssh': use one of auto, libvirt, exec, off",
        ),
        ({"kubevirt:domainAccess": "libvirt"}, "kubevirt:libvirtUri is not set"),
    ],
)
def test_a_bad_domain_access_config_names_the_key_and_the_fix(config: dict[str, str], message: str) -> None:
    from pulumi_kubevirt_provider import settings

    with pytest.raises(ValueError, match="pulumi config set") as err:
        settings.ClusterSettings.from_config(config.get)
    assert message in str(err.value)


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (256 * MiB, "256Mi"),
        (2 * 1024 * MiB, "2Gi"),
        (100000 * 1024, "97.7Mi"),
        (512 * 1024, "512Ki"),
        (1000, "1000"),
    ],
)
def test_memory_reads_in_the_units_users_write(value: int, text: str) -> None:
    assert F.human_bytes(value) == text


def test_devices_kubevirt_maps_elsewhere_are_not_expected_as_disks_or_interfaces() -> None:
    # SR-IOV interfaces are <hostdev>s and downwardMetrics is a virtio-serial port: no drift.
    with_more = vmi()
    with_more["spec"]["domain"]["devices"]["interfaces"].append({"name": "fast", "sriov": {}})
    with_more["spec"]["volumes"].append({"name": "metrics", "downwardMetrics": {}})
    assert lines(with_more, read()) == []


@pytest.mark.parametrize(
    ("repairs", "strategy", "plan"),
    [
        (
            [compare.SETMEM, compare.RESUME],
            "Always",
            "up resumes the domain (a pause KubeVirt does not know about",
        ),
        ([compare.SETMEM, compare.RESTART], "Always", "up restarts the VM into its declared template"),
        (
            [compare.RESTART],
            "Manual",
            "up cannot repair it without a restart, which runStrategy Manual leaves",
        ),
    ],
)
def test_the_preview_says_what_up_will_do(repairs: list[str], strategy: str, plan: str) -> None:
    report = check.Report(drift=[findings.DomainDrift("x", "a", "b", r) for r in repairs])
    assert findings.line(report.plan(strategy)).startswith(plan)
