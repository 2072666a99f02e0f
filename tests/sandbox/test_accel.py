"""KVM or TCG, decided by booting the converter's demo domain; the demo VM boots under both.

The session's libvirt daemon probed when it started (``accel.decide``): it started the domain the
converter writes for the demo VM under KVM and waited for the guest's ready line. These tests boot
that same domain again, under the accelerator the probe chose (KVM tests skip, saying why, where the
probe chose TCG) and under TCG whatever the probe said, and print how long each took.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from kubevirt_sandbox import accel, libvirt_node
from kubevirt_sandbox.controllers import cpumodel

pytestmark = pytest.mark.libvirt


def test_the_daemon_says_which_accelerator_it_chose_and_why(libvirt_daemon: libvirt_node.Daemon) -> None:
    assert libvirt_daemon.accel in ("kvm", "tcg")
    assert libvirt_daemon.accel_reason
    assert libvirt_daemon.cpu_fixup in cpumodel.FIXUPS
    if libvirt_daemon.accel == "tcg":
        assert libvirt_daemon.cpu_fixup == ""
    print(f"\n{libvirt_daemon.name}: {libvirt_daemon.accel} ({libvirt_daemon.accel_reason})")


def test_a_tcg_decision_on_a_kvm_machine_names_libvirts_reason_for_each_cpu_definition_tried(
    libvirt_daemon: libvirt_node.Daemon,
) -> None:
    if libvirt_daemon.accel == "kvm" or not os.access("/dev/kvm", os.R_OK | os.W_OK):
        pytest.skip(f"the probe did not fall back from a usable /dev/kvm ({libvirt_daemon.accel_reason})")
    if os.environ.get("KUBEVIRT_SANDBOX_ACCEL"):
        pytest.skip("KUBEVIRT_SANDBOX_ACCEL is set: no probe ran")
    reason = libvirt_daemon.accel_reason
    for fixup in cpumodel.CANDIDATES:
        assert cpumodel.FIXUPS[fixup].why in reason
    assert "\n" not in reason


def test_the_demo_vm_boots_to_ready_under_kvm_when_the_probe_chose_kvm(
    libvirt_daemon: libvirt_node.Daemon,
) -> None:
    if libvirt_daemon.accel != "kvm":
        pytest.skip(f"the probe chose TCG on this machine: {libvirt_daemon.accel_reason}")
    took = accel.boot_demo(
        libvirt_daemon.uri, Path(libvirt_daemon.directory), "kvm", libvirt_daemon.cpu_fixup, timeout=60
    )
    print(f"\ndemo guest ready under KVM {took:.1f} s after start (fix-up {libvirt_daemon.cpu_fixup!r})")
    assert took < 60


def test_the_demo_vm_boots_to_ready_under_forced_tcg(libvirt_daemon: libvirt_node.Daemon) -> None:
    took = accel.boot_demo(libvirt_daemon.uri, Path(libvirt_daemon.directory), "qemu", timeout=120)
    print(f"\ndemo guest ready under TCG {took:.1f} s after start")
    assert took < 120


def test_a_cpu_model_libvirt_does_not_know_fails_the_boot_with_libvirts_reason(
    libvirt_daemon: libvirt_node.Daemon, tmp_path: Path
) -> None:
    import libvirt

    root, _ = accel.payload(tmp_path)
    assert '<cpu mode="host-model">' in accel.domain_xml(tmp_path, root, libvirt_daemon.domain_type, "")
    xml = accel.domain_xml(tmp_path, root, libvirt_daemon.domain_type, "").replace(
        '<cpu mode="host-model">', '<cpu mode="custom" match="exact">\n    <model>NoSuchModel</model>'
    )
    conn = libvirt.open(libvirt_daemon.uri)
    try:
        with pytest.raises(accel.BootFailed, match="Unknown CPU model NoSuchModel"):
            accel.boot(conn, xml, tmp_path / "serial0.log", Path(libvirt_daemon.directory, "log", "qemu"))
        assert accel.PROBE_NAMESPACE + "_" + accel.PROBE_NAME not in [d.name() for d in conn.listAllDomains()]
    finally:
        conn.close()


def test_kubevirt_sandbox_accel_overrides_the_probe(
    libvirt_daemon: libvirt_node.Daemon, monkeypatch: pytest.MonkeyPatch
) -> None:
    for forced in ("kvm", "tcg"):
        monkeypatch.setenv("KUBEVIRT_SANDBOX_ACCEL", forced)
        decision = accel.decide(libvirt_daemon.uri, Path(libvirt_daemon.directory))
        assert decision == accel.Decision(forced, f"KUBEVIRT_SANDBOX_ACCEL={forced}, no probe")


def test_the_cached_answer_is_keyed_to_the_domains_it_tested(tmp_path: Path) -> None:
    root, identity = accel.payload(tmp_path)
    xmls = [accel.domain_xml(tmp_path, root, "kvm", f) for f in cpumodel.CANDIDATES]
    key = accel.cache_key(xmls, identity, tmp_path, 9000000)
    assert accel.cache_key(xmls, identity, tmp_path, 9000000) == key
    # the same domains written into another probe folder are the same test
    other = tmp_path / "other"
    assert (
        accel.cache_key([x.replace(str(tmp_path), str(other)) for x in xmls], identity, other, 9000000) == key
    )
    assert all('<cpu mode="host-model">' in x for x in xmls)
    changed = [x.replace('<cpu mode="host-model">', '<cpu mode="host-passthrough">') for x in xmls]
    assert accel.cache_key(changed, identity, tmp_path, 9000000) != key
    assert accel.cache_key(xmls, identity + "-rebuilt", tmp_path, 9000000) != key
    assert accel.cache_key(xmls, identity, tmp_path, 9001000) != key
