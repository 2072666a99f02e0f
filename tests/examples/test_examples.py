"""Every example project goes up against the sandbox, shows what it promises, previews clean, and
goes down leaving nothing behind (the same Pulumi CLI and language host a user runs)."""

from __future__ import annotations

import os
import uuid
from pathlib import Path
from typing import Any

import pytest
from pulumi import automation as auto

from kubevirt_sandbox import tools
from pulumi_kubevirt_provider import errors, kube, settings

pytestmark = [pytest.mark.pulumi, pytest.mark.controlplane, pytest.mark.libvirt]

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def check_datavolume_vm(outputs: dict[str, Any]) -> None:
    assert outputs["datavolume_phase"] == "Succeeded"
    assert outputs["vm_ready"] is True


def check_live_migration(outputs: dict[str, Any]) -> None:
    assert outputs["migration_phase"] == "Succeeded"
    assert outputs["moved_to"] not in (None, outputs["started_on"])


def check_multi_vm(outputs: dict[str, Any]) -> None:
    ports = outputs["ssh_node_ports"]
    assert sorted(ports) == ["web-0", "web-1", "web-2"]
    assert all(30000 <= p <= 32767 for p in ports.values())


def check_yaml_plugin(outputs: dict[str, Any]) -> None:
    assert outputs["vm_ready"] is True
    assert 30000 <= outputs["ssh_node_port"] <= 32767


def check_with_pulumi_kubernetes(outputs: dict[str, Any]) -> None:
    assert outputs["vm_ready"] == {"vm-0": True, "vm-1": True}
    assert outputs["ssh_key_secret"] == "ssh-key"


def live_with_pulumi_kubernetes(cluster: kube.Cluster, namespace: str) -> None:
    """The VMs went into the Namespace pulumi-kubernetes made, using its two Secrets."""
    secrets = cluster.request("GET", f"/api/v1/namespaces/{namespace}/secrets")
    assert {"ssh-key", "cloud-init"} <= {s["metadata"]["name"] for s in secrets["items"]}
    for vm in cluster.list(kube.VM, namespace):
        spec = vm["spec"]["template"]["spec"]
        [credential] = spec["accessCredentials"]
        assert credential["sshPublicKey"]["source"] == {"secret": {"secretName": "ssh-key"}}
        seed = {"name": "cloudinit", "cloudInitNoCloud": {"secretRef": {"name": "cloud-init"}}}
        assert seed in spec["volumes"]


CHECKS = {
    "01-datavolume-vm": check_datavolume_vm,
    "02-live-migration": check_live_migration,
    "03-multi-vm": check_multi_vm,
    "04-yaml-plugin": check_yaml_plugin,
    "05-with-pulumi-kubernetes": check_with_pulumi_kubernetes,
}
LIVE_CHECKS = {"05-with-pulumi-kubernetes": live_with_pulumi_kubernetes}


def ssh_public_key() -> str:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import ed25519

    key = ed25519.Ed25519PrivateKey.generate().public_key()
    return key.public_bytes(serialization.Encoding.OpenSSH, serialization.PublicFormat.OpenSSH).decode()


# Examples that make their own Namespace (with pulumi-kubernetes), and the project config they take.
OWN_NAMESPACE = {
    "05-with-pulumi-kubernetes": lambda namespace: {
        "namespace": namespace,
        "sshPublicKey": ssh_public_key(),
        "sandboxFastBoot": "2",  # no QEMU: what it shows is the two providers working together
    },
}


def test_every_example_is_covered() -> None:
    assert sorted(p.name for p in EXAMPLES.iterdir() if (p / "Pulumi.yaml").exists()) == sorted(CHECKS)


@pytest.mark.parametrize("example", sorted(CHECKS))
def test_the_example_goes_up_previews_clean_and_goes_down(
    example: str, sandbox: Any, pulumi_env: dict[str, str], venv_dir: str
) -> None:
    cluster = kube.Cluster(settings.ClusterSettings(kubeconfig=sandbox.kubeconfig))
    namespace = f"ex-{uuid.uuid4().hex[:6]}"
    if example not in OWN_NAMESPACE:
        cluster.request("POST", "/api/v1/namespaces", body={"metadata": {"name": namespace}})
    env = dict(pulumi_env, PATH=f"{venv_dir}/bin{os.pathsep}{pulumi_env['PATH']}")
    stack = auto.create_or_select_stack(
        stack_name=namespace,
        work_dir=str(EXAMPLES / example),
        opts=auto.LocalWorkspaceOptions(
            env_vars=env, pulumi_command=auto.PulumiCommand(root=str(tools.pulumi_root()))
        ),
    )
    try:
        config = {
            "kubevirt:kubeconfig": sandbox.kubeconfig,
            "kubevirt:namespace": namespace,
            "kubevirt:domainAccess": "libvirt",
            "kubevirt:libvirtUri": sandbox.libvirt_uri_template,
            **OWN_NAMESPACE.get(example, lambda _: {})(namespace),
        }
        stack.set_all_config({k: auto.ConfigValue(v) for k, v in config.items()})  # one CLI call
        up = stack.up(on_output=print)
        CHECKS[example]({k: v.value for k, v in up.outputs.items()})
        if example in LIVE_CHECKS:
            LIVE_CHECKS[example](cluster, namespace)
        preview = stack.preview(on_output=print)
        assert {k: v for k, v in preview.change_summary.items() if k != "same"} == {}
        stack.destroy(on_output=print)
        assert cluster.list(kube.VM, namespace) == []
        assert cluster.list(kube.VMI, namespace) == []
        assert cluster.list(kube.DATAVOLUME, namespace) == []
        assert cluster.list(kube.SERVICE, namespace) == []
    finally:
        stack.workspace.remove_stack(stack.name, force=True)
        Path(EXAMPLES / example / f"Pulumi.{namespace}.yaml").unlink(missing_ok=True)
        try:
            cluster.request("DELETE", f"/api/v1/namespaces/{namespace}")
        except errors.NotFound:
            assert example in OWN_NAMESPACE  # its destroy deleted it
        cluster.close()
