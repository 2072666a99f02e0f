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
from pulumi_kubevirt_provider import kube, settings

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


CHECKS = {
    "01-datavolume-vm": check_datavolume_vm,
    "02-live-migration": check_live_migration,
    "03-multi-vm": check_multi_vm,
    "04-yaml-plugin": check_yaml_plugin,
}


def test_every_example_is_covered() -> None:
    assert sorted(p.name for p in EXAMPLES.iterdir() if (p / "Pulumi.yaml").exists()) == sorted(CHECKS)


@pytest.mark.parametrize("example", sorted(CHECKS))
def test_the_example_goes_up_previews_clean_and_goes_down(
    example: str, sandbox: Any, pulumi_env: dict[str, str], venv_dir: str
) -> None:
    cluster = kube.Cluster(settings.ClusterSettings(kubeconfig=sandbox.kubeconfig))
    namespace = f"ex-{uuid.uuid4().hex[:6]}"
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
        stack.set_config("kubevirt:kubeconfig", auto.ConfigValue(sandbox.kubeconfig))
        stack.set_config("kubevirt:namespace", auto.ConfigValue(namespace))
        stack.set_config("kubevirt:domainAccess", auto.ConfigValue("libvirt"))
        stack.set_config("kubevirt:libvirtUri", auto.ConfigValue(sandbox.libvirt_uri_template))
        up = stack.up(on_output=print)
        CHECKS[example]({k: v.value for k, v in up.outputs.items()})
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
        cluster.request("DELETE", f"/api/v1/namespaces/{namespace}")
        cluster.close()
