"""The converter builds the domain with an XML library: no VMI value can add attributes or elements.

Pure functions, no services. Enumerated values (disk bus, interface model, CPU feature policy) are
checked against what KubeVirt allows and refused with an error naming the field; a MAC, machine
type or firmware UUID that is not one is refused the same way; free text (names, serials, paths)
is escaped.
"""

from __future__ import annotations

import copy
import xml.etree.ElementTree as ET
from typing import Any

import pytest

from kubevirt_sandbox.controllers import domainxml


def vmi() -> dict[str, Any]:
    return {
        "metadata": {"namespace": "default", "name": "x", "uid": "u-1"},
        "spec": {
            "domain": {
                "resources": {"requests": {"memory": "128Mi"}},
                "devices": {
                    "disks": [{"name": "root", "disk": {"bus": "virtio"}}],
                    "interfaces": [{"name": "default", "masquerade": {}}],
                },
            },
            "volumes": [{"name": "root", "containerDisk": {"image": "demo"}}],
        },
    }


def convert(v: dict[str, Any]) -> str:
    return domainxml.convert(v, {"root": domainxml.DiskSource("/d.qcow2", "qcow2")}, "/s.log", "qemu")


def with_(path: str, value: Any) -> dict[str, Any]:
    """The VMI with ``value`` at a dotted path into its spec (list items by index)."""
    v = copy.deepcopy(vmi())
    node: Any = v["spec"]
    keys = path.split(".")
    for key in keys[:-1]:
        node = node[int(key)] if key.isdigit() else node.setdefault(key, {})
    node[keys[-1]] = value
    return v


@pytest.mark.parametrize(
    ("path", "value", "field"),
    [
        ("domain.devices.disks.0.disk.bus", "virtio' device='lun", "spec.domain.devices.disks[0].disk.bus"),
        ("domain.devices.disks.0.disk.bus", "ide", "spec.domain.devices.disks[0].disk.bus"),
        (
            "domain.devices.interfaces.0.macAddress",
            "52:54:00:00:00:01'/><hostdev/><x a='",
            "spec.domain.devices.interfaces[0].macAddress",
        ),
        (
            "domain.devices.interfaces.0.macAddress",
            "52:54:00:00:01",
            "spec.domain.devices.interfaces[0].macAddress",
        ),
        (
            "domain.devices.interfaces.0.model",
            "virtio'/><qemu:commandline",
            "spec.domain.devices.interfaces[0].model",
        ),
        ("domain.machine", {"type": "q35'><foo"}, "spec.domain.machine.type"),
        ("domain.firmware", {"uuid": "x'/><y"}, "spec.domain.firmware.uuid"),
        (
            "domain.cpu",
            {"features": [{"name": "pcid", "policy": "require'/><z"}]},
            "spec.domain.cpu.features[0].policy",
        ),
        ("domain.devices.disks.0.bootOrder", "1'/><q", "spec.domain.devices.disks[0].bootOrder"),
    ],
)
def test_a_value_kubevirt_does_not_allow_is_refused_naming_the_field(
    path: str, value: Any, field: str
) -> None:
    with pytest.raises(ValueError, match=field.replace("[", r"\[").replace("]", r"\]")):
        convert(with_(path, value))


def test_every_bus_and_model_kubevirt_allows_is_converted() -> None:
    for bus in domainxml.DISK_BUSES:
        root = ET.fromstring(convert(with_("domain.devices.disks.0.disk.bus", bus)))
        assert root.find("devices/disk/target").get("bus") == bus  # type: ignore[union-attr]
    for model in domainxml.INTERFACE_MODELS:
        root = ET.fromstring(convert(with_("domain.devices.interfaces.0.model", model)))
        want = "virtio-non-transitional" if model == "virtio" else model
        assert root.find("devices/interface/model").get("type") == want  # type: ignore[union-attr]


def test_free_text_is_escaped_and_adds_nothing() -> None:
    """Names, serials, the firmware serial, a CPU model and a source path carry quotes and tags."""
    evil = "a'\"/><hostdev mode='subsystem'/><b x='"
    v = with_("domain.firmware", {"serial": evil})
    spec = v["spec"]
    spec["domain"]["devices"]["disks"][0]["serial"] = evil
    spec["domain"]["cpu"] = {"model": evil, "features": [{"name": evil}]}
    v["metadata"]["uid"] = evil
    xml = domainxml.convert(
        v, {"root": domainxml.DiskSource(f"/d{evil}.qcow2", "qcow2")}, f"/s{evil}.log", "qemu"
    )
    root = ET.fromstring(xml)
    assert root.find(".//hostdev") is None and root.find(".//b") is None
    assert root.find("sysinfo/system/entry[@name='serial']").text == evil  # type: ignore[union-attr]
    assert root.find("devices/disk/serial").text == evil  # type: ignore[union-attr]
    assert root.find("devices/disk/source").get("file") == f"/d{evil}.qcow2"  # type: ignore[union-attr]
    assert root.find("devices/serial/log").get("file") == f"/s{evil}.log"  # type: ignore[union-attr]
    assert root.find("cpu/model").text == evil  # type: ignore[union-attr]
    assert root.find("cpu/feature").get("name") == evil  # type: ignore[union-attr]
    assert root.find("{http://kubevirt.io}kubevirt/{http://kubevirt.io}uid") is None  # metadata is below
    assert root.find("metadata/{http://kubevirt.io}kubevirt/{http://kubevirt.io}uid").text == evil  # type: ignore[union-attr]


def test_the_serial_console_is_a_pty_logged_to_the_file_and_vnc_listens_on_loopback_only() -> None:
    root = ET.fromstring(convert(vmi()))
    serial = root.find("devices/serial")
    assert serial is not None and serial.get("type") == "pty"
    assert serial.find("log").attrib == {"file": "/s.log", "append": "on"}  # type: ignore[union-attr]
    graphics = root.find("devices/graphics")
    assert graphics is not None and graphics.get("type") == "vnc" and graphics.get("autoport") == "yes"
    assert {graphics.get("listen")} | {x.get("address") for x in graphics.findall("listen")} == {"127.0.0.1"}
    assert root.find("devices/video/model").get("type") == "vga"  # type: ignore[union-attr]


def test_a_vnc_password_is_set_on_the_vnc_server_only_as_an_attribute() -> None:
    xml = domainxml.convert(
        vmi(), {"root": domainxml.DiskSource("/d.qcow2", "qcow2")}, "/s.log", "qemu", vnc_password="a'/><b"
    )
    root = ET.fromstring(xml)
    assert root.find("devices/graphics").get("passwd") == "a'/><b"  # type: ignore[union-attr]
    assert root.find(".//b") is None
    assert "<uid>u-1</uid>" in xml  # the VMI handler finds its domains by this text


def test_each_vnc_password_uses_all_eight_characters_vnc_reads_from_a_wide_alphabet() -> None:
    # Guests reach the VNC servers on the host's loopback (10.0.2.2): the password is all that
    # stands between one guest and another's screen. VNC reads 8 characters; 8 hex digits
    # (token_hex(4)) are 32 bits, found by an online guesser; ~90 symbols give > 50 bits.
    draws = [domainxml.vnc_password() for _ in range(2000)]
    assert all(len(p) == 8 and p.isprintable() and p.isascii() for p in draws)
    assert len(set("".join(draws))) >= 80
    assert len(set(draws)) == len(draws)
    assert not set("\"'`\\ ") & set("".join(draws))  # pasteable into a shell or a viewer's prompt
