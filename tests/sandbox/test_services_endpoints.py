"""Endpoints and EndpointSlices the sandbox writes for a Service selecting VMIs (recorded objects)."""

from __future__ import annotations

from typing import Any

from kubevirt_sandbox.controllers import services

SEED_SERVICE = {
    "metadata": {"name": "cirros-vm-ssh", "namespace": "default", "uid": "svc-uid"},
    "spec": {
        "type": "NodePort",
        "selector": {"kubevirt.io/vm": "cirros-vm"},
        "ports": [{"port": 27017, "targetPort": 22, "nodePort": 30000, "protocol": "TCP"}],
    },
}


def vmi(name: str, ip: str | None, node: str, ports: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    iface: dict[str, Any] = {"name": "default", "masquerade": {}}
    if ports:
        iface["ports"] = ports
    status: dict[str, Any] = {"nodeName": node, "interfaces": [{"name": "default"}]}
    if ip:
        status["interfaces"][0]["ipAddress"] = ip
    return {
        "metadata": {"name": name, "namespace": "default", "uid": f"{name}-uid"},
        "spec": {"domain": {"devices": {"interfaces": [iface]}}},
        "status": status,
    }


def test_the_seed_service_maps_port_27017_to_guest_port_22() -> None:
    ready = [vmi("cirros-vm", "10.0.2.15", "sandbox-node-2")]
    assert services.endpoint_ports(SEED_SERVICE, ready) == [{"port": 22, "protocol": "TCP"}]
    assert services.endpoint_ports(SEED_SERVICE, []) == [{"port": 22, "protocol": "TCP"}]


def test_a_named_target_port_resolves_through_the_vmi_interface_ports() -> None:
    svc = {**SEED_SERVICE, "spec": {"ports": [{"name": "ssh", "port": 2222, "targetPort": "ssh"}]}}
    ready = [vmi("a", "10.0.2.15", "n1", ports=[{"name": "ssh", "port": 22}])]
    assert services.endpoint_ports(svc, ready) == [{"port": 22, "protocol": "TCP", "name": "ssh"}]
    # Unknown name and no VMI: the Service port itself.
    assert services.endpoint_ports(svc, []) == [{"port": 2222, "protocol": "TCP", "name": "ssh"}]


def test_addresses_skip_vmis_without_an_ip_and_point_at_the_vmi() -> None:
    ready = [vmi("a", "10.0.2.15", "sandbox-node-1"), vmi("b", None, "sandbox-node-2")]
    assert services.endpoint_addresses("default", ready) == [
        {
            "ip": "10.0.2.15",
            "nodeName": "sandbox-node-1",
            "targetRef": {
                "kind": "VirtualMachineInstance",
                "namespace": "default",
                "name": "a",
                "uid": "a-uid",
            },
        }
    ]


def test_endpoints_and_slice_objects() -> None:
    ready = [vmi("cirros-vm", "10.0.2.15", "sandbox-node-2")]
    addresses = services.endpoint_addresses("default", ready)
    ports = services.endpoint_ports(SEED_SERVICE, ready)
    ep = services.endpoints_object(SEED_SERVICE, addresses, ports)
    assert ep["metadata"]["name"] == "cirros-vm-ssh"
    assert ep["subsets"] == [{"addresses": addresses, "ports": ports}]
    assert services.endpoints_object(SEED_SERVICE, [], ports)["subsets"] == []
    sl = services.slice_object(SEED_SERVICE, addresses, ports)
    assert sl["metadata"]["name"] == "cirros-vm-ssh-sandbox"
    assert sl["metadata"]["labels"]["kubernetes.io/service-name"] == "cirros-vm-ssh"
    assert sl["metadata"]["ownerReferences"][0]["uid"] == "svc-uid"
    assert sl["endpoints"] == [
        {
            "addresses": ["10.0.2.15"],
            "conditions": {"ready": True, "serving": True, "terminating": False},
            "nodeName": "sandbox-node-2",
            "targetRef": addresses[0]["targetRef"],
        }
    ]
    assert sl["ports"] == ports


def test_a_service_under_deletion_gets_no_more_endpoints() -> None:
    """pulumi-kubernetes deletes Services in the foreground: the garbage collector removes the
    slices (blocking owner references), and rewriting them would keep the Service forever."""
    live = {"metadata": {"name": "a", "namespace": "ns"}, "spec": {"selector": {"app": "a"}}}
    going = {
        "metadata": {"name": "b", "namespace": "ns", "deletionTimestamp": "2026-12-01T22:26:16Z"},
        "spec": {"selector": {"app": "b"}},
    }
    no_selector = {"metadata": {"name": "c", "namespace": "ns"}, "spec": {}}
    assert [s["metadata"]["name"] for s in services.served([live, going, no_selector])] == ["a"]
