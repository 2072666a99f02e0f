"""ExecBackend reads and repairs a domain through the real kube-apiserver's exec API.

Real: the API server (RBAC on), its exec subresource and WebSocket proxying to the node's
kubelet, TLS both ways, the v5.channel.k8s.io protocol. Recorded: what the launcher's
``compute`` container answered (tests/provider/data/launcher/exchange.json, made by
scripts/record_launcher_exchange.py with the real virsh against a real QEMU domain), replayed by
a stand-in kubelet (recorded_kubelet.py) on a Node object that points the API server at it.
"""

from __future__ import annotations

import base64
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import recorded_kubelet
import yaml

from kubevirt_sandbox import controlplane, pki
from pulumi_kubevirt_provider import kube, settings
from pulumi_kubevirt_provider.domain import access, launcher

pytestmark = pytest.mark.controlplane

RECORDING = Path(__file__).parents[1] / "data" / "launcher" / "exchange.json"
NODE = f"launcher-node-{uuid.uuid4().hex[:6]}"


@pytest.fixture(scope="module")
def kubelet(control_plane: controlplane.ControlPlane) -> Iterator[recorded_kubelet.RecordedKubelet]:
    """The recorded kubelet, and a Node object declaring it (WebSockets go straight to it)."""
    cert, key = pki.issue(
        Path(control_plane.directory) / "pki", "recorded-kubelet", server=True, ips=("127.0.0.1",)
    )
    admin = kube.Cluster(settings.ClusterSettings(kubeconfig=control_plane.kubeconfig))
    with recorded_kubelet.RecordedKubelet(recorded_kubelet.load(RECORDING), cert, key) as server:
        admin.request("POST", "/api/v1/nodes", body={"metadata": {"name": NODE}})
        status = {
            "addresses": [{"type": "InternalIP", "address": "127.0.0.1"}],
            "daemonEndpoints": {"kubeletEndpoint": {"Port": server.port}},
            "declaredFeatures": ["ExtendWebSocketsToKubelet"],
            "conditions": [{"type": "Ready", "status": "True", "reason": "KubeletReady"}],
        }
        node = admin.request(
            "PATCH",
            f"/api/v1/nodes/{NODE}/status",
            body={"status": status},
            content_type="application/merge-patch+json",
        )
        assert node["status"]["declaredFeatures"] == ["ExtendWebSocketsToKubelet"], node["status"]
        try:
            yield server
        finally:
            admin.request("DELETE", f"/api/v1/nodes/{NODE}")
            admin.close()


def make_vmi(cluster: kube.Cluster, namespace: str, name: str, node: str = NODE) -> dict[str, Any]:
    cluster.request(
        "POST",
        kube.VMI.path(namespace),
        body={
            "apiVersion": "kubevirt.io/v1",
            "kind": "VirtualMachineInstance",
            "metadata": {"name": name},
            "spec": {"domain": {"devices": {}, "memory": {"guest": "256Mi"}}},
        },
    )
    # VMIs have no status subresource: virt-handler writes status with a plain patch too.
    return cluster.patch(kube.VMI, namespace, name, {"status": {"phase": "Running", "nodeName": node}})


def make_launcher_pod(
    cluster: kube.Cluster, vmi: dict[str, Any], node: str = NODE, phase: str = "Running"
) -> dict[str, Any]:
    """A virt-launcher pod as virt-controller renders it (the parts the backend reads)."""
    meta = vmi["metadata"]
    name = f"virt-launcher-{meta['name']}-{uuid.uuid4().hex[:5]}"
    cluster.request(
        "POST",
        kube.POD.path(meta["namespace"]),
        body={
            "metadata": {
                "name": name,
                "labels": {"kubevirt.io": "virt-launcher", "kubevirt.io/created-by": meta["uid"]},
            },
            "spec": {
                "nodeName": node,
                "securityContext": {"runAsUser": 107, "runAsNonRoot": True},
                "containers": [
                    {
                        "name": "compute",
                        "image": "quay.io/kubevirt/virt-launcher:v1.9.0",
                        "command": ["/usr/bin/virt-launcher-monitor"],
                        "args": ["--name", meta["name"], "--uid", meta["uid"], "--run-as-nonroot"],
                    }
                ],
            },
        },
    )
    return cluster.patch(kube.POD, meta["namespace"], name, {"status": {"phase": phase}}, "status")


@pytest.fixture()
def backend(cluster: kube.Cluster) -> launcher.ExecBackend:
    return launcher.ExecBackend(cluster, timeout=20)


def answered(kubelet: recorded_kubelet.RecordedKubelet, before: int) -> list[tuple[str, str | None]]:
    return [(r.path, r.answered) for r in kubelet.requests[before:]]


def test_a_running_domain_reads_with_its_state_persistence_and_xml_through_the_api_server(
    cluster: kube.Cluster, namespace: str, kubelet: recorded_kubelet.RecordedKubelet, backend: Any
) -> None:
    vmi = make_vmi(cluster, namespace, "rec-vm")
    pod = make_launcher_pod(cluster, vmi)
    before = len(kubelet.requests)

    reading = backend.read(vmi)

    assert reading.state == access.RUNNING
    assert reading.persistent is True
    assert reading.xml is not None and reading.xml.startswith("<domain type=")
    assert f"<name>{namespace}_rec-vm</name>" in reading.xml
    assert "<memory unit='KiB'>262144</memory>" in reading.xml
    assert reading.where == f"pod {pod['metadata']['name']}"
    request = kubelet.requests[-1]
    assert answered(kubelet, before) == [
        (f"/exec/{namespace}/{pod['metadata']['name']}/compute", "read-running")
    ]
    assert request.command == [
        "virsh",
        "-c",
        launcher.NONROOT_URI,
        f"dominfo {namespace}_rec-vm; dumpxml {namespace}_rec-vm",
    ]
    assert request.subprotocols[0] == "v5.channel.k8s.io"


def test_a_domain_libvirt_does_not_know_reads_as_absent(
    cluster: kube.Cluster, namespace: str, kubelet: recorded_kubelet.RecordedKubelet, backend: Any
) -> None:
    vmi = make_vmi(cluster, namespace, "no-such-vm")
    make_launcher_pod(cluster, vmi)
    before = len(kubelet.requests)

    reading = backend.read(vmi)

    assert reading == access.Reading(state=access.ABSENT, where=reading.where)
    assert reading.where.startswith("pod virt-launcher-no-such-vm-")
    assert [a for _, a in answered(kubelet, before)] == ["read-unknown"]


def test_set_memory_sends_setmem_live_in_kib_to_the_launcher(
    cluster: kube.Cluster, namespace: str, kubelet: recorded_kubelet.RecordedKubelet, backend: Any
) -> None:
    vmi = make_vmi(cluster, namespace, "rec-vm")
    make_launcher_pod(cluster, vmi)
    before = len(kubelet.requests)

    backend.set_memory(vmi, 131072)

    assert [a for _, a in answered(kubelet, before)] == ["setmem"]
    assert kubelet.requests[-1].command == [
        "virsh",
        "-c",
        launcher.NONROOT_URI,
        "setmem",
        f"{namespace}_rec-vm",
        "131072",
        "--live",
    ]


def test_a_repair_libvirt_refuses_raises_repair_failed_with_virsh_error(
    cluster: kube.Cluster, namespace: str, kubelet: recorded_kubelet.RecordedKubelet, backend: Any
) -> None:
    vmi = make_vmi(cluster, namespace, "rec-vm")
    make_launcher_pod(cluster, vmi)

    with pytest.raises(access.RepairFailed) as err:
        backend.resume(vmi)

    assert str(err.value) == (
        f"error: Failed to resume domain '{namespace}_rec-vm'\n"
        "error: Requested operation is not valid: domain is already running"
    )


def test_during_a_migration_the_launcher_on_the_vmi_node_is_used(
    cluster: kube.Cluster, namespace: str, kubelet: recorded_kubelet.RecordedKubelet, backend: Any
) -> None:
    vmi = make_vmi(cluster, namespace, "rec-vm")
    make_launcher_pod(cluster, vmi, node="migration-target-node")  # no such kubelet: exec would fail
    source = make_launcher_pod(cluster, vmi)
    make_launcher_pod(cluster, vmi, phase="Succeeded")  # an old launcher on the same node

    assert backend.read(vmi).where == f"pod {source['metadata']['name']}"
    assert kubelet.requests[-1].path == f"/exec/{namespace}/{source['metadata']['name']}/compute"


def test_a_vmi_without_a_launcher_pod_is_unavailable_with_one_line(
    cluster: kube.Cluster, namespace: str, kubelet: recorded_kubelet.RecordedKubelet, backend: Any
) -> None:
    vmi = make_vmi(cluster, namespace, "rec-vm")

    with pytest.raises(access.Unavailable) as err:
        backend.read(vmi)

    assert str(err.value) == f"no running virt-launcher pod for VMI {namespace}/rec-vm on node {NODE}"


def restricted_cluster(
    control_plane: controlplane.ControlPlane, cluster: kube.Cluster, namespace: str, tmp_path: Path
) -> kube.Cluster:
    """A user who may read pods and VMIs in ``namespace``, and nothing else (no pods/exec)."""
    user = f"domain-reader-{uuid.uuid4().hex[:6]}"
    rbac = "/apis/rbac.authorization.k8s.io/v1"
    cluster.request(
        "POST",
        f"{rbac}/namespaces/{namespace}/roles",
        body={
            "metadata": {"name": "domain-reader"},
            "rules": [
                {"apiGroups": [""], "resources": ["pods"], "verbs": ["get", "list", "watch"]},
                {
                    "apiGroups": ["kubevirt.io"],
                    "resources": ["virtualmachineinstances"],
                    "verbs": ["get", "list", "watch"],
                },
            ],
        },
    )
    cluster.request(
        "POST",
        f"{rbac}/namespaces/{namespace}/rolebindings",
        body={
            "metadata": {"name": "domain-reader"},
            "roleRef": {"apiGroup": "rbac.authorization.k8s.io", "kind": "Role", "name": "domain-reader"},
            "subjects": [{"apiGroup": "rbac.authorization.k8s.io", "kind": "User", "name": user}],
        },
    )
    cert, key = pki.issue(Path(control_plane.directory) / "pki", user)
    config = yaml.safe_load(Path(control_plane.kubeconfig).read_text())
    config["users"] = [
        {
            "name": "sandbox-admin",  # the context's user name; the credentials are the reader's
            "user": {
                "client-certificate-data": base64.b64encode(cert).decode(),
                "client-key-data": base64.b64encode(key).decode(),
            },
        }
    ]
    path = tmp_path / "reader.kubeconfig"
    path.write_text(yaml.safe_dump(config))
    return kube.Cluster(settings.ClusterSettings(kubeconfig=str(path)))


def test_a_user_without_pods_exec_gets_one_actionable_line(
    control_plane: controlplane.ControlPlane,
    cluster: kube.Cluster,
    namespace: str,
    kubelet: recorded_kubelet.RecordedKubelet,
    tmp_path: Path,
) -> None:
    vmi = make_vmi(cluster, namespace, "rec-vm")
    make_launcher_pod(cluster, vmi)
    reader = restricted_cluster(control_plane, cluster, namespace, tmp_path)
    before = len(kubelet.requests)
    try:
        # the reader can see the VMI and its pod: only the exec is refused
        seen = reader.get(kube.VMI, namespace, "rec-vm")
        assert seen is not None
        with pytest.raises(access.Unavailable) as err:
            launcher.ExecBackend(reader, timeout=20).read(seen)
    finally:
        reader.close()

    assert str(err.value) == (
        f"no permission to exec into virt-launcher pods in namespace {namespace} (pods/exec, create): "
        f"domain of VMI {namespace}/rec-vm not checked; grant it, or set kubevirt:domainAccess to off"
    )
    assert kubelet.requests[before:] == []


@pytest.mark.pulumi
def test_a_pulumi_preview_reads_the_domain_through_the_launcher_and_reports_drift(
    fake_virt_controller: Any,  # first: it must outlive the stacks' destroy, which stops the VM
    stacks: Any,
    cluster: kube.Cluster,
    namespace: str,
    kubelet: recorded_kubelet.RecordedKubelet,
) -> None:
    """The whole path with ``kubevirt:domainAccess: exec``: the engine, the provider, the API
    server's exec proxy and the recorded launcher. The fake virt-controller writes the VM's status
    only; the test plays virt-controller for the VMI and its launcher pod."""
    import pulumi_kubevirt as kv

    memory = {"guest": "256Mi"}

    def program() -> None:
        template = {"spec": {"domain": {"devices": {}, "memory": dict(memory)}}}
        kv.VirtualMachine("rec-vm", spec={"runStrategy": "Always", "template": template})

    def preview() -> tuple[dict[str, int], str]:
        stacks.outputs.clear()
        result = stack.preview(on_output=stacks.say)
        changes = {k: v for k, v in result.change_summary.items() if v and k != "same"}
        return changes, "\n".join(stacks.outputs)

    stacks.config["kubevirt:domainAccess"] = "exec"
    stack = stacks.new(program, namespace)
    stack.up(on_output=stacks.say)
    vmi = make_vmi(cluster, namespace, "rec-vm")  # 256Mi, as recorded

    changes, text = preview()
    assert changes == {}, text
    assert f"no running virt-launcher pod for VMI {namespace}/rec-vm on node {NODE}" in text

    make_launcher_pod(cluster, vmi)
    before = len(kubelet.requests)
    changes, text = preview()
    assert changes == {}, text
    assert "changed outside Pulumi" not in text
    assert [r.answered for r in kubelet.requests[before:]] == ["read-running"]

    # KubeVirt now runs the VM with 512Mi (the VMI says so); the domain in the launcher still has
    # the recorded 256Mi: that machine is not the declared one.
    memory["guest"] = "512Mi"
    stack.up(on_output=stacks.say)
    cluster.patch(kube.VMI, namespace, "rec-vm", {"spec": {"domain": {"memory": {"guest": "512Mi"}}}})
    changes, text = preview()
    assert changes == {"update": 1}, text
    assert "rec-vm: domain memory 256Mi, declared 512Mi (changed outside Pulumi)" in text
    assert "rec-vm: domain boot memory 256Mi, declared 512Mi (changed outside Pulumi)" in text
