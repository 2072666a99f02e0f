"""Network interfaces: each helper returns the interface and its network under one name
(KubeVirt pairs them by name), for ``vm.virtual_machine(networks=[...])``."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from pulumi_kubevirt_models import base, enums
from pulumi_kubevirt_models.generated import kubevirt_v1


@dataclass(frozen=True)
class NetworkAttachment:
    """An interface (``domain.devices.interfaces``) and its network (``networks``)."""

    interface: kubevirt_v1.Interface
    network: kubevirt_v1.Network


def _ports(ports: list[tuple[int, enums.PortProtocol]] | None) -> list[kubevirt_v1.Port] | None:
    if not ports:
        return None
    return [kubevirt_v1.Port(port=port, protocol=protocol) for port, protocol in ports]


def pod(
    name: str = "default",
    *,
    binding: Literal["masquerade", "bridge"] = "masquerade",
    ports: list[tuple[int, enums.PortProtocol]] | None = None,
) -> NetworkAttachment:
    """The pod network (at most one per VM). ``masquerade`` NATs the guest behind the pod IP;
    ``ports`` (with masquerade) limits which ports are forwarded."""
    interface = kubevirt_v1.Interface(name=name)
    if binding == "masquerade":
        interface.masquerade = kubevirt_v1.InterfaceMasquerade()
    else:
        interface.bridge = kubevirt_v1.InterfaceBridge()
    forwarded = _ports(ports)
    if forwarded is not None:
        interface.ports = forwarded
    return NetworkAttachment(interface, kubevirt_v1.Network(name=name, pod=kubevirt_v1.PodNetwork()))


def multus(
    name: str,
    network_attachment_definition: base.Input[str],
    *,
    binding: Literal["bridge", "sriov"] = "bridge",
) -> NetworkAttachment:
    """A secondary network through Multus (``<namespace>/<name>`` of a NetworkAttachmentDefinition,
    or an Output of it)."""
    interface = kubevirt_v1.Interface(name=name)
    if binding == "bridge":
        interface.bridge = kubevirt_v1.InterfaceBridge()
    else:
        interface.sriov = kubevirt_v1.InterfaceSRIOV()
    network = kubevirt_v1.Network(
        name=name, multus=kubevirt_v1.MultusNetwork(networkName=network_attachment_definition)
    )
    return NetworkAttachment(interface, network)
