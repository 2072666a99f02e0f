"""One unreachable libvirt node costs one bounded wait and one notice, and no other node waits.

No daemon is needed: libvirt's built-in ``test`` driver opens a node description from a file
(``test:///<dir>/<node>.xml``), so a healthy node is a real file holding the VM's domain, and a
node that stalls is a named pipe that nobody writes: ``libvirt.open`` blocks on it, as it does
on an SSH host that drops packets or a daemon that accepts and never answers.
"""

from __future__ import annotations

import errno
import os
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from pulumi_kubevirt_provider.domain import access, check
from pulumi_kubevirt_provider.domain.libvirt_access import LibvirtBackend

NODE_XML = """<node>
  <domain type='test'>
    <name>ns_{vm}</name>
    <memory unit='MiB'>128</memory>
    <currentMemory unit='MiB'>128</currentMemory>
    <vcpu>1</vcpu>
    <os><type arch='x86_64' machine='pc'>hvm</type></os>
  </domain>
</node>
"""


def vmi(name: str, node: str) -> dict[str, Any]:
    return {
        "metadata": {"namespace": "ns", "name": name, "uid": f"u-{name}"},
        "spec": {"domain": {"devices": {}, "resources": {"requests": {"memory": "128Mi"}}}},
        "status": {"phase": "Running", "nodeName": node},
    }


@pytest.fixture()
def nodes(tmp_path: Path) -> Iterator[Path]:
    """``healthy`` runs VM ``web``; ``stalled`` never answers; ``gone`` does not exist."""
    (tmp_path / "healthy.xml").write_text(NODE_XML.format(vm="web"))
    fifo = tmp_path / "stalled.xml"
    os.mkfifo(fifo)
    yield tmp_path
    # Let the abandoned open finish (it reads an empty node), so no thread stays blocked.
    try:
        fd = os.open(fifo, os.O_WRONLY | os.O_NONBLOCK)
    except OSError as exc:
        assert exc.errno == errno.ENXIO  # nobody is reading: nothing is blocked
    else:
        os.write(fd, b"<node/>")
        os.close(fd)


def in_thread(call: Any) -> tuple[threading.Thread, dict[str, Any]]:
    box: dict[str, Any] = {}

    def run() -> None:
        start = time.monotonic()
        try:
            box["result"] = call()
        except Exception as exc:
            box["error"] = exc
        box["seconds"] = time.monotonic() - start

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    return thread, box


def test_a_stalled_node_times_out_once_and_is_remembered_for_the_run(nodes: Path) -> None:
    backend = LibvirtBackend(f"test://{nodes}/{{node}}.xml", connect_timeout=0.5)
    thread, box = in_thread(lambda: backend.read(vmi("db", "stalled")))
    thread.join(5)
    assert not thread.is_alive(), "the read of a stalled node did not return"
    assert isinstance(box.get("error"), access.Unavailable) and box["seconds"] < 3
    first = str(box["error"])
    assert "did not answer within 0.5s" in first and "stalled.xml" in first
    # Every later VM on that node: at once, and the same text (so the preview shows one notice).
    start = time.monotonic()
    with pytest.raises(access.Unavailable) as again:
        backend.read(vmi("cache", "stalled"))
    assert time.monotonic() - start < 0.1 and str(again.value) == first
    reports = [check.inspect(backend, {"spec": {"runStrategy": "Always"}}, vmi(n, "stalled")) for n in "ab"]
    assert {r.notice for r in reports} == {first}


def test_vms_on_healthy_nodes_are_read_while_another_node_stalls(nodes: Path) -> None:
    backend = LibvirtBackend(f"test://{nodes}/{{node}}.xml", connect_timeout=1.5)
    stalled, _ = in_thread(lambda: backend.read(vmi("db", "stalled")))
    time.sleep(0.2)  # the stalled connect is under way
    healthy, box = in_thread(lambda: backend.read(vmi("web", "healthy")))
    healthy.join(1.0)
    assert not healthy.is_alive(), "the healthy node waited for the stalled one"
    assert stalled.is_alive()
    reading = box["result"]
    assert reading.state == access.RUNNING and reading.xml and "<name>ns_web</name>" in reading.xml
    assert backend.read(vmi("other", "healthy")).state == access.ABSENT
    stalled.join(10)


def test_a_node_that_refuses_is_remembered_too(nodes: Path) -> None:
    backend = LibvirtBackend(f"test://{nodes}/{{node}}.xml", connect_timeout=2.0)
    with pytest.raises(access.Unavailable, match="cannot reach libvirt at test://") as first:
        backend.read(vmi("a", "gone"))
    (nodes / "gone.xml").write_text(NODE_XML.format(vm="b"))  # too late for this run
    with pytest.raises(access.Unavailable) as second:
        backend.read(vmi("b", "gone"))
    assert str(second.value) == str(first.value)


@pytest.mark.parametrize(
    "node",
    ["node-1/system?command=/bin/sh", "Node_1", "node 1", "-node", "node.", "a" * 254, "node-1#x"],
)
def test_a_node_name_that_is_not_dns_1123_never_reaches_a_uri(
    nodes: Path, node: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    import libvirt

    opened: list[str] = []
    monkeypatch.setattr(libvirt, "open", lambda uri: opened.append(uri))
    backend = LibvirtBackend("qemu+ssh://root@{node}/system", connect_timeout=1.0)
    with pytest.raises(access.Unavailable, match=r"not a valid node name \(DNS-1123 subdomain\)"):
        backend.read(vmi("web", node))
    assert opened == []


def test_dotted_node_names_are_valid() -> None:
    from pulumi_kubevirt_provider.domain import libvirt_access

    assert libvirt_access.valid_node_name("ip-10-0-1-7.eu-west-1.compute.internal")
    assert libvirt_access.valid_node_name("sandbox-node-1")
