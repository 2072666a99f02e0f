"""Fast boot: a VMI is Ready after a fixed delay with no QEMU domain, and stops at once.

A VM asks for it with the ``kubevirt-sandbox.io/fast-boot`` annotation; a sandbox started with
``up --fast`` does it for every VM. Real boots stay the default (test_controllers.py boots the
demo VM for real in the session sandbox, which runs without --fast).
"""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import sandbox_helpers as helpers
from sandbox_helpers import wait_for

from kubevirt_sandbox import sandbox as sandbox_module
from kubevirt_sandbox.controllers import fastboot, runtime
from kubevirt_sandbox.controllers import kube as kube_module

CLI = [sys.executable, "-m", "kubevirt_sandbox.cli"]
DELAY = 3.0
SLACK = 5.0  # the controllers poll every 0.5 s; VM, then VMI, then VM status: a few passes


def fast_vm(name: str, delay: float | str | None = DELAY) -> dict[str, Any]:
    vm = helpers.cirros(name)
    if delay is not None:
        vm["metadata"]["annotations"] = {fastboot.ANNOTATION: str(delay)}
    return vm


def ready_vm(kube: Any, name: str) -> dict[str, Any] | None:
    status = helpers.vm_status(kube, name)
    return status if status.get("ready") and status.get("printableStatus") == "Running" else None


def no_domain_named(sandbox: Any, name: str) -> bool:
    return all(name not in doms for doms in helpers.domains(sandbox).values())


# -- pure: who boots fast ----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("value", "seconds"),
    [("5", 5.0), ("0", 0.0), ("2.5s", 2.5), ("off", None), ("false", None), ("soon", None), ("-1", None)],
)
def test_an_annotation_value_reads_as_seconds_or_off(value: str, seconds: float | None) -> None:
    assert fastboot.parse(value) == seconds


def test_the_vm_annotation_wins_over_the_template_and_the_sandbox_default(tmp_path: Path) -> None:
    ctx = runtime.Context(tmp_path, kube=None, nodes={}, fast_boot=7.0)  # type: ignore[arg-type]
    vm = helpers.cirros("x")
    vm["metadata"]["uid"] = "u"
    assert fastboot.delay_for_vm(ctx, vm) == 7.0  # the sandbox's --fast
    vm["spec"]["template"]["metadata"]["annotations"] = {fastboot.ANNOTATION: "4"}
    assert fastboot.delay_for_vm(ctx, vm) == 4.0
    vm["metadata"]["annotations"] = {fastboot.ANNOTATION: "off"}
    assert fastboot.delay_for_vm(ctx, vm) is None  # a real boot in a fast sandbox
    vmi = fastboot.mark(ctx, vm, {"metadata": {"annotations": {fastboot.ANNOTATION: "4"}}})
    assert fastboot.ANNOTATION not in vmi["metadata"]["annotations"]
    assert fastboot.delay(vmi) is None


# -- through the session sandbox (real boots by default) --------------------------------------
@pytest.mark.controlplane
@pytest.mark.libvirt
def test_an_annotated_vm_is_ready_after_the_delay_with_no_domain(kube: Any, sandbox: Any) -> None:
    t0 = time.monotonic()
    kube.create("VirtualMachine", fast_vm("fast-a"))
    try:
        status = wait_for("the fast VM to be Ready", lambda: ready_vm(kube, "fast-a"), timeout=DELAY + 30)
        took = time.monotonic() - t0
        print(f"fast VM Ready {took:.1f}s after create (delay {DELAY:g}s)")
        assert DELAY <= took < DELAY + SLACK
        assert status["created"] is True
        vmi = helpers.ready_vmi(kube, "fast-a")
        assert vmi is not None
        assert vmi["metadata"]["annotations"][fastboot.ANNOTATION] == f"{DELAY:g}"
        st = vmi["status"]
        assert st["nodeName"] in {"sandbox-node-1", "sandbox-node-2"}
        assert vmi["metadata"]["labels"]["kubevirt.io/nodeName"] == st["nodeName"]
        assert [p["phase"] for p in st["phaseTransitionTimestamps"]] == [
            "Pending",
            "Scheduling",
            "Scheduled",
            "Running",
        ]
        ip = st["interfaces"][0]["ipAddress"]
        assert ip.startswith("10.244.") and st["interfaces"][0]["ipAddresses"] == [ip]
        conds = {c["type"]: c["status"] for c in st["conditions"]}
        assert conds["Ready"] == "True" and conds["LiveMigratable"] == "True"
        vm_conds = {c["type"]: c["status"] for c in status["conditions"]}
        assert vm_conds["Ready"] == "True" and vm_conds["LiveMigratable"] == "True"
        assert no_domain_named(sandbox, "default_fast-a")
        assert not list((Path(sandbox.directory) / "vmis").glob("default_fast-a_*"))
    finally:
        helpers.delete_vm(kube, "fast-a", timeout=10)


@pytest.mark.controlplane
@pytest.mark.libvirt
def test_a_fast_vm_halts_and_is_deleted_promptly(kube: Any, sandbox: Any) -> None:
    kube.create("VirtualMachine", fast_vm("fast-b", 1))
    wait_for("the fast VM to be Ready", lambda: ready_vm(kube, "fast-b"), timeout=30)
    t0 = time.monotonic()
    kube.patch("VirtualMachine", "default", "fast-b", {"spec": {"runStrategy": "Halted"}})
    wait_for(
        "the fast VM to be Stopped",
        lambda: (
            helpers.vmi_of(kube, "fast-b") is None
            and helpers.vm_status(kube, "fast-b").get("printableStatus") == "Stopped"
        ),
        timeout=10,
    )
    halted = time.monotonic() - t0
    kube.patch("VirtualMachine", "default", "fast-b", {"spec": {"runStrategy": "Always"}})
    wait_for("the fast VM to be Ready again", lambda: ready_vm(kube, "fast-b"), timeout=30)
    t0 = time.monotonic()
    helpers.delete_vm(kube, "fast-b", timeout=10)
    deleted = time.monotonic() - t0
    print(f"Halted -> Stopped {halted:.1f}s, delete -> gone {deleted:.1f}s")
    assert halted < 4 and deleted < 4  # a real guest waits up to 15 s for its ACPI power-off


@pytest.mark.controlplane
@pytest.mark.libvirt
def test_a_fast_vm_with_a_missing_image_stays_in_err_image_pull_as_a_real_one_would(kube: Any) -> None:
    vm = fast_vm("fast-f", 0)
    vm["spec"]["template"]["spec"]["volumes"][0]["containerDisk"]["image"] = "example.org/none:1"
    kube.create("VirtualMachine", vm)
    try:
        wait_for(
            "ErrImagePull",
            lambda: helpers.vm_status(kube, "fast-f").get("printableStatus") == "ErrImagePull",
            timeout=20,
        )
        assert helpers.ready_vmi(kube, "fast-f") is None
    finally:
        helpers.delete_vm(kube, "fast-f", timeout=10)


@pytest.mark.controlplane
@pytest.mark.libvirt
def test_a_fast_vmi_migrates_by_status_only(kube: Any, sandbox: Any) -> None:
    kube.create("VirtualMachine", fast_vm("fast-c", 0))
    try:
        vmi = wait_for("the fast VMI to be Ready", lambda: helpers.ready_vmi(kube, "fast-c"), timeout=30)
        source = vmi["status"]["nodeName"]
        kube.create(
            "VirtualMachineInstanceMigration",
            {
                "apiVersion": "kubevirt.io/v1",
                "kind": "VirtualMachineInstanceMigration",
                "metadata": {"name": "fast-c-mig", "namespace": "default"},
                "spec": {"vmiName": "fast-c"},
            },
        )
        mig = wait_for(
            "the migration to finish",
            lambda: (
                (
                    (kube.get("VirtualMachineInstanceMigration", "default", "fast-c-mig") or {}).get("status")
                    or {}
                ).get("phase")
                in ("Succeeded", "Failed")
                and kube.get("VirtualMachineInstanceMigration", "default", "fast-c-mig")
            ),
            timeout=20,
        )
        assert mig["status"]["phase"] == "Succeeded", mig["status"]
        after = helpers.ready_vmi(kube, "fast-c")
        assert after is not None
        assert after["status"]["nodeName"] == mig["status"]["migrationState"]["targetNode"] != source
        assert after["status"]["migrationState"]["completed"] is True
        assert no_domain_named(sandbox, "default_fast-c")
    finally:
        kube.delete("VirtualMachineInstanceMigration", "default", "fast-c-mig")
        helpers.delete_vm(kube, "fast-c", timeout=10)


@pytest.mark.controlplane
@pytest.mark.libvirt
def test_the_libvirt_backend_finds_no_domain_for_a_fast_vmi_which_names_no_launcher(
    kube: Any, sandbox: Any
) -> None:
    """The provider's domain check reads an absent domain; the VMI says why in KubeVirt's terms:
    no virt-launcher image runs it (``status.launcherContainerImageVersion`` absent)."""
    from pulumi_kubevirt_provider.domain import access
    from pulumi_kubevirt_provider.domain.libvirt_access import LibvirtBackend

    kube.create("VirtualMachine", fast_vm("fast-d", 0))
    try:
        vmi = wait_for("the fast VMI to be Ready", lambda: helpers.ready_vmi(kube, "fast-d"), timeout=30)
        assert fastboot.delay(vmi) == 0.0
        assert "launcherContainerImageVersion" not in vmi["status"]
        backend = LibvirtBackend(sandbox.libvirt_uri_template)
        try:
            assert backend.read(vmi).state == access.ABSENT
        finally:
            backend.close()
    finally:
        helpers.delete_vm(kube, "fast-d", timeout=10)


@pytest.mark.controlplane
@pytest.mark.libvirt
def test_the_domain_check_reports_no_drift_for_a_fast_vmi(kube: Any, sandbox: Any) -> None:
    from pulumi_kubevirt_provider.domain import check
    from pulumi_kubevirt_provider.domain.libvirt_access import LibvirtBackend

    kube.create("VirtualMachine", fast_vm("fast-e", 0))
    try:
        wait_for("the fast VM to be Ready", lambda: ready_vm(kube, "fast-e"), timeout=30)
        vm = kube.get("VirtualMachine", "default", "fast-e")
        vmi = kube.get("VirtualMachineInstance", "default", "fast-e")
        backend = LibvirtBackend(sandbox.libvirt_uri_template)
        try:
            report = check.inspect(backend, vm, vmi)
        finally:
            backend.close()
        assert report.drift == [], report.lines()
        assert report.notice and "runs in no virt-launcher" in report.notice
    finally:
        helpers.delete_vm(kube, "fast-e", timeout=10)


# -- a sandbox of its own, started with `up --fast` --------------------------------------------
@pytest.fixture(scope="module")
def fast_sandbox(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, Any]]:
    directory = tmp_path_factory.mktemp("fast-sandbox")
    up = subprocess.run(
        [*CLI, "--dir", str(directory), "up", "--nodes", "1", "--fast=2"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    try:
        assert up.returncode == 0, up.stderr
        assert "boots: fast: Ready 2s after the VMI is made" in up.stderr
        sb = sandbox_module.load(directory)
        assert sb is not None
        yield directory, sb
    finally:
        errors = sandbox_module.down(directory)
        assert not errors, errors


@pytest.mark.controlplane
@pytest.mark.libvirt
def test_up_fast_is_remembered_and_reported_by_status_and_env(fast_sandbox: tuple[Path, Any]) -> None:
    directory, sb = fast_sandbox
    assert sb.fast_boot == 2.0
    for command in ("status", "env"):
        out = subprocess.run([*CLI, "--dir", str(directory), command], capture_output=True, text=True)
        assert out.returncode == 0, out.stdout + out.stderr
        assert "boots: fast: Ready 2s after the VMI is made, no QEMU (up --fast)" in out.stdout


@pytest.mark.controlplane
@pytest.mark.libvirt
def test_up_fast_applies_to_vms_without_the_annotation(fast_sandbox: tuple[Path, Any]) -> None:
    _, sb = fast_sandbox
    k = kube_module.Kube(sb.kubeconfig)
    try:
        t0 = time.monotonic()
        k.create("VirtualMachine", fast_vm("plain", None))
        wait_for("the VM to be Ready", lambda: ready_vm(k, "plain"), timeout=30)
        took = time.monotonic() - t0
        print(f"VM without the annotation Ready {took:.1f}s after create (up --fast=2)")
        assert 2.0 <= took < 2.0 + SLACK
        vmi = k.get("VirtualMachineInstance", "default", "plain")
        assert fastboot.delay(vmi) == 2.0
        assert no_domain_named(sb, "default_plain")
        t0 = time.monotonic()
        helpers.delete_vm(k, "plain", timeout=10)
        assert time.monotonic() - t0 < 4
    finally:
        k.close()
