"""A VirtualMachineInstanceMigration live-migrates the guest between the two node daemons."""

from __future__ import annotations

import time
from typing import Any

import pytest
import sandbox_helpers as helpers
from sandbox_helpers import wait_for

pytestmark = [pytest.mark.controlplane, pytest.mark.libvirt]


def migration(name: str, vmi: str) -> dict[str, Any]:
    return {
        "apiVersion": "kubevirt.io/v1",
        "kind": "VirtualMachineInstanceMigration",
        "metadata": {"name": name, "namespace": "default"},
        "spec": {"vmiName": vmi},
    }


def mig_status(kube: Any, name: str) -> dict[str, Any]:
    return dict(((kube.get("VirtualMachineInstanceMigration", "default", name) or {}).get("status")) or {})


def finished(kube: Any, name: str) -> dict[str, Any] | None:
    st = mig_status(kube, name)
    return st if st.get("phase") in ("Succeeded", "Failed") else None


def test_a_live_migration_moves_the_domain_to_the_other_node_and_the_guest_keeps_answering(
    kube: Any, sandbox: Any
) -> None:
    vm = helpers.cirros("mover", "Always")
    kube.create("VirtualMachine", vm)
    svc = kube.create(
        "Service",
        {
            "apiVersion": "v1",
            "kind": "Service",
            "metadata": {"name": "mover-ssh", "namespace": "default"},
            "spec": {
                "type": "NodePort",
                "selector": {"kubevirt.io/vm": "mover"},
                "ports": [{"port": 22, "targetPort": 22}],
            },
        },
    )
    node_port = svc["spec"]["ports"][0]["nodePort"]
    try:
        vmi = wait_for("boot", lambda: helpers.ready_vmi(kube, "mover"), timeout=60)
        source = vmi["status"]["nodeName"]
        target = {"sandbox-node-1": "sandbox-node-2", "sandbox-node-2": "sandbox-node-1"}[source]
        assert wait_for("banner before", lambda: helpers.banner(node_port), timeout=20).startswith(
            b"SSH-2.0-"
        )

        t0 = time.monotonic()
        kube.create("VirtualMachineInstanceMigration", migration("move-1", "mover"))
        st = wait_for("the migration to finish", lambda: finished(kube, "move-1"), timeout=90)
        print(f"migration finished in {time.monotonic() - t0:.1f}s (API round trip included)")
        assert st["phase"] == "Succeeded", st
        phases = [p["phase"] for p in st["phaseTransitionTimestamps"]]
        assert phases == [
            "Pending",
            "Scheduling",
            "Scheduled",
            "PreparingTarget",
            "TargetReady",
            "Running",
            "Succeeded",
        ]
        mig = kube.get("VirtualMachineInstanceMigration", "default", "move-1")
        assert mig["metadata"]["labels"]["kubevirt.io/vmi-name"] == "mover"
        assert "kubevirt.io/migrationJobFinalize" in mig["metadata"]["finalizers"]

        vmi = helpers.vmi_of(kube, "mover")
        assert (
            vmi["metadata"]["uid"] == helpers.ready_vmi(kube, "mover")["metadata"]["uid"]
        )  # same VMI, still Ready
        assert vmi["status"]["nodeName"] == target
        ms = vmi["status"]["migrationState"]
        assert ms["completed"] is True and not ms.get("failed")
        assert (ms["sourceNode"], ms["targetNode"]) == (source, target)
        doms = helpers.domains(sandbox)
        assert doms[target].get("default_mover") is True
        assert "default_mover" not in doms[source]
        assert wait_for("banner after", lambda: helpers.banner(node_port), timeout=20).startswith(b"SSH-2.0-")
        time.sleep(1.0)
        assert helpers.ready_vmi(kube, "mover")["metadata"]["uid"] == vmi["metadata"]["uid"]

        # A second migration of the same VMI while one is in flight is refused (KubeVirt's webhook would).
        kube.create("VirtualMachineInstanceMigration", migration("move-2", "mover"))
        kube.create("VirtualMachineInstanceMigration", migration("move-3", "mover"))
        second = wait_for("move-2", lambda: finished(kube, "move-2"), timeout=90)
        third = wait_for("move-3", lambda: finished(kube, "move-3"), timeout=90)
        assert second["phase"] == "Succeeded", second
        assert third["phase"] == "Failed"
        assert "in-flight migration" in third["conditions"][0]["message"]
        assert helpers.vmi_of(kube, "mover")["status"]["nodeName"] == source
    finally:
        kube.delete("Service", "default", "mover-ssh")
        helpers.delete_vm(kube, "mover")
        for name in ("move-1", "move-2", "move-3"):
            kube.delete("VirtualMachineInstanceMigration", "default", name)


def test_migrating_a_vmi_that_does_not_run_fails_with_a_clear_message(kube: Any) -> None:
    kube.create("VirtualMachineInstanceMigration", migration("nowhere", "no-such-vmi"))
    try:
        st = wait_for("refusal", lambda: finished(kube, "nowhere"), timeout=20)
        assert st["phase"] == "Failed"
        assert "does not exist" in st["migrationState"]["failureReason"]
    finally:
        kube.delete("VirtualMachineInstanceMigration", "default", "nowhere")
