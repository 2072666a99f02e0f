"""The private libvirt daemon runs real QEMU domains, isolated from any other libvirt."""

from __future__ import annotations

import time
import uuid
from pathlib import Path

import libvirt
import pytest

from kubevirt_sandbox import libvirt_node, libvirtd

pytestmark = pytest.mark.libvirt

# A boot sector that writes "KV" to the first serial port and halts: enough to prove that a
# guest really ran, without a kernel or disk image.
BOOT_SECTOR = bytes([0xBA, 0xF8, 0x03, 0xB0, ord("K"), 0xEE, 0xB0, ord("V"), 0xEE, 0xF4, 0xEB, 0xFD])


def tiny_domain_xml(name: str, disk: Path, serial: Path, domain_type: str) -> str:
    return f"""
<domain type='{domain_type}'>
  <name>{name}</name>
  <uuid>{uuid.uuid4()}</uuid>
  <memory unit='b'>16777216</memory>
  <vcpu>1</vcpu>
  <os><type arch='x86_64' machine='pc'>hvm</type><boot dev='hd'/></os>
  <devices>
    <disk type='file' device='disk'>
      <driver name='qemu' type='raw'/>
      <source file='{disk}'/>
      <target dev='hda' bus='ide'/>
      <alias name='ua-bootsector'/>
    </disk>
    <serial type='file'><source path='{serial}'/><target port='0'/></serial>
  </devices>
</domain>"""


def write_boot_disk(path: Path) -> Path:
    path.write_bytes(BOOT_SECTOR + bytes(510 - len(BOOT_SECTOR)) + b"\x55\xaa")
    return path


def test_a_tiny_domain_is_defined_started_read_back_destroyed_and_undefined(
    libvirt_daemon: libvirt_node.Daemon, tmp_path: Path
) -> None:
    disk, serial = write_boot_disk(tmp_path / "boot.img"), tmp_path / "serial.log"
    conn = libvirt.open(libvirt_daemon.uri)
    try:
        dom = conn.defineXML(tiny_domain_xml("default_tiny", disk, serial, libvirt_daemon.domain_type))
        assert not dom.isActive()
        dom.create()
        assert dom.isActive()
        deadline = time.monotonic() + 30
        while not (serial.exists() and b"KV" in serial.read_bytes()):
            assert time.monotonic() < deadline, "the guest never wrote to its serial port"
            time.sleep(0.1)
        xml = dom.XMLDesc(0)
        assert "<name>default_tiny</name>" in xml
        assert "<memory unit='KiB'>16384</memory>" in xml
        assert f"<domain type='{libvirt_daemon.domain_type}' id=" in xml
        assert "ua-bootsector" in xml
        dom.destroy()
        assert not dom.isActive()
        dom.undefine()
        assert "default_tiny" not in [d.name() for d in conn.listAllDomains()]
    finally:
        conn.close()


def test_two_daemons_run_side_by_side_without_seeing_each_others_domains(
    libvirt_daemon: libvirt_node.Daemon, tmp_path: Path
) -> None:
    other = libvirtd.start("other-node", tmp_path / "other", accel=libvirt_daemon.accel)
    try:
        a, b = libvirt.open(libvirt_daemon.uri), libvirt.open(other.uri)
        try:
            disk = write_boot_disk(tmp_path / "boot.img")
            a.defineXML(
                tiny_domain_xml("default_only-on-a", disk, tmp_path / "s.log", libvirt_daemon.domain_type)
            )
            assert "default_only-on-a" in [d.name() for d in a.listAllDomains()]
            assert [d.name() for d in b.listAllDomains()] == []
            assert a.getCapabilities().split("<uuid>")[1] != b.getCapabilities().split("<uuid>")[1]
            a.lookupByName("default_only-on-a").undefine()
        finally:
            a.close()
            b.close()
    finally:
        libvirtd.stop(other)
    assert not Path(other.directory, "run", "libvirt-sock").exists() or not _connectable(other.uri)


def _connectable(uri: str) -> bool:
    try:
        libvirt.open(uri).close()
        return True
    except libvirt.libvirtError:
        return False
