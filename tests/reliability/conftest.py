"""One private sandbox for the fault-injection suite: its tests kill its daemons.

Fast mode (every VMI Ready a few seconds after it is made, no QEMU) unless a VM asks for a real
boot (annotation ``kubevirt-sandbox.io/fast-boot: "off"``): only the libvirtd fault needs a
domain. Stacks use the resource plugin unless a test says otherwise.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from kubevirt_sandbox import sandbox as sandbox_module
from pulumi_kubevirt_provider import kube, settings

FAST_BOOT = 3.0  # seconds from VMI to Ready in the private sandbox


@pytest.fixture(scope="module")
def faulty(tmp_path_factory: pytest.TempPathFactory) -> Iterator[sandbox_module.Sandbox]:
    """A sandbox of the module's own, to break and mend; its API server keeps an audit log
    (``sb.plane.audit_log``: who asked for what, e.g. the VMI deletes of a restart)."""
    directory = tmp_path_factory.mktemp("faulty")
    with sandbox_module.running(directory, fast_boot=FAST_BOOT, audit_log=directory / "audit.log") as sb:
        yield sb


@pytest.fixture()
def faulty_cluster(faulty: sandbox_module.Sandbox) -> Iterator[kube.Cluster]:
    c = kube.Cluster(settings.ClusterSettings(kubeconfig=faulty.kubeconfig))
    yield c
    c.close()


@pytest.fixture()
def faulty_namespace(faulty_cluster: kube.Cluster) -> str:
    """A namespace per test (never deleted: the sandbox goes at the end of the module)."""
    name = f"r-{uuid.uuid4().hex[:8]}"
    faulty_cluster.request("POST", "/api/v1/namespaces", body={"metadata": {"name": name}})
    return name


@pytest.fixture()
def stack_config(faulty: sandbox_module.Sandbox, faulty_namespace: str) -> dict[str, str]:
    return {
        "kubevirt:kubeconfig": faulty.kubeconfig,
        "kubevirt:namespace": faulty_namespace,
        "kubevirt:transport": "plugin",
        "kubevirt:domainAccess": "libvirt",
        "kubevirt:libvirtUri": faulty.libvirt_uri_template,
    }


@pytest.fixture()
def work(tmp_path: Path) -> Path:
    return tmp_path
