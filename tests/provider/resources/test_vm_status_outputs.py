"""A VM's status outputs are a mapping of what the caller read: the VM, its VMI and the domain check.

``status_outputs`` reads nothing (no cluster, no libvirt): the objects here are the sandbox VM
controller's (KubeVirt's as seen through the API) and a domain check of a stand-in backend, and a
cluster that would fail every request proves no read is made.
"""

from __future__ import annotations

import copy
from typing import Any

import fake_cluster
from domain.test_check_repairs import StandIn, ballooned, domain_xml, vm_object, vmi_of

from pulumi_kubevirt_provider import operation
from pulumi_kubevirt_provider.domain import check
from pulumi_kubevirt_provider.resources import base
from pulumi_kubevirt_provider.resources import vm as vm_handler


class NoCluster:
    """Any attribute a read would use fails the test."""

    def __getattr__(self, name: str) -> Any:
        raise AssertionError(f"status_outputs read the cluster ({name})")


def handler() -> vm_handler.VirtualMachineHandler:
    cfg, _ = fake_cluster.install()
    base._clusters[cfg] = NoCluster()  # type: ignore[assignment]
    return vm_handler.VirtualMachineHandler(cfg)


def test_a_running_vm_maps_its_vmi_and_domain_without_a_read() -> None:
    vm = vm_object()
    vm["status"]["conditions"] = [{"type": "Ready", "status": "True", "lastProbeTime": None}]
    vmi = vmi_of(vm)
    domain = check.inspect(StandIn(domain_xml(vmi)), vm, vmi)
    outputs = handler().status_outputs(vm, {}, vmi=vmi, domain=domain)
    assert outputs["printable_status"] == "Running" and outputs["ready"] and outputs["created"]
    assert outputs["conditions"] == [{"type": "Ready", "status": "True"}]
    assert (outputs["node_name"], outputs["ip_addresses"]) == ("node-1", ["10.0.2.15"])
    assert outputs["domain"]["node"] == "node-1" and outputs["domain"]["access"] == "stand-in"
    assert (outputs["drift"], outputs["pending"], outputs["restart_required"]) == ([], [], False)


def test_domain_drift_and_a_restart_required_are_reported_as_given() -> None:
    vm = vm_object()
    vm["status"]["conditions"] = [{"type": "RestartRequired", "status": "True", "message": "cpu"}]
    vmi = vmi_of(vm)
    with operation.running(operation.Operation(say=lambda r, m: None)):
        domain = check.inspect(StandIn(ballooned(domain_xml(vmi), 128)), vm, vmi)
    outputs = handler().status_outputs(vm, {}, vmi=vmi, domain=domain)
    assert outputs["drift"] == ["domain memory 128Mi, declared 256Mi (changed outside Pulumi)"]
    assert outputs["restart_required"] is True


def test_a_stopped_vm_has_no_vmi_and_no_domain_outputs() -> None:
    vm = vm_object(strategy="Halted")
    vm["status"] = {"printableStatus": "Stopped"}
    outputs = handler().status_outputs(copy.deepcopy(vm), {})
    assert outputs == {
        "printable_status": "Stopped",
        "ready": False,
        "created": False,
        "restart_required": False,
        "conditions": [],
        "node_name": None,
        "ip_addresses": [],
        "domain": None,
        "drift": [],
        "pending": [],
    }
