"""Programs may mix in pulumi_kubernetes resources: the plugin built here serves them offline."""

from __future__ import annotations

import importlib.metadata
import os
import uuid
from pathlib import Path
from typing import Any

import pulumi
import pulumi_kubernetes as k8s
import pytest

from kubevirt_sandbox import controlplane, tools

pytestmark = [pytest.mark.pulumi, pytest.mark.controlplane]


def test_the_plugin_is_the_release_of_the_installed_sdk() -> None:
    plugin = (tools.pulumi_root() / "plugins" / "pulumi-resource-kubernetes").read_bytes()
    version = importlib.metadata.version("pulumi_kubernetes")
    assert version == "4.25.0"
    assert b'"version":"4.25.0"' in plugin  # the schema the plugin embeds carries its release


def test_a_configmap_from_pulumi_kubernetes_goes_up_and_down(
    control_plane: controlplane.ControlPlane,
    pulumi_env: dict[str, str],
    venv_dir: str,
    tmp_path: Path,
    api_client: Any,
) -> None:
    name = f"cm-{uuid.uuid4().hex[:6]}"

    def program() -> None:
        provider = k8s.Provider("sandbox", kubeconfig=Path(control_plane.kubeconfig).read_text())
        k8s.core.v1.ConfigMap(
            name,
            metadata={"name": name, "namespace": "default"},
            data={"hello": "world"},
            opts=pulumi.ResourceOptions(provider=provider),
        )

    env = dict(pulumi_env, PATH=f"{venv_dir}/bin{os.pathsep}{pulumi_env['PATH']}")
    stack = tools.inline_stack(name, "k8s-plugin", program, tmp_path, env)
    try:
        up = stack.up(on_output=print)
        assert up.summary.resource_changes == {"create": 3}
        from kubernetes import client

        raw = client.CoreV1Api(api_client).read_namespaced_config_map(name, "default", _preload_content=False)
        assert b'"hello":"world"' in raw.data
        assert {k: v for k, v in stack.preview().change_summary.items() if k != "same"} == {}
        stack.destroy(on_output=print)
    finally:
        stack.workspace.remove_stack(stack.name, force=True)
