"""What only the resource plugin can do, through the real engine against the real API server:
partial state after a failed wait, `pulumi import`, `customTimeouts`. (Ctrl-C during a wait is
a fault of tests/reliability/test_faults.py.)

The behaviour both transports share is tested over both by the other stack tests (the
`transport` fixture); these use `kubevirt:transport: plugin` only.
"""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

import pulumi
import pytest
import yaml
from conftest import FakeVirtController, Stacks
from pulumi import automation as auto

import pulumi_kubevirt as kv
from kubevirt_sandbox import controlplane
from pulumi_kubevirt_provider import kube, package

pytestmark = [pytest.mark.pulumi, pytest.mark.controlplane]

PLUGIN = {"kubevirt:transport": "plugin"}
VM_TYPE = "kubevirt:index:VirtualMachine"


def running_spec() -> dict[str, Any]:
    return {
        "runStrategy": "Always",
        "template": {
            "spec": {
                "domain": {
                    "devices": {"disks": [{"name": "root", "disk": {"bus": "virtio"}}]},
                    "resources": {"requests": {"memory": "128Mi"}},
                },
                "volumes": [
                    {
                        "name": "root",
                        "containerDisk": {"image": "quay.io/kubevirt/cirros-container-disk-demo"},
                    }
                ],
            }
        },
    }


@pytest.fixture()
def plugin_stacks(
    pulumi_env: dict[str, str],
    control_plane: controlplane.ControlPlane,
    venv_dir: str,
    tmp_path: Path,
    namespace: str,
) -> Any:
    s = Stacks(pulumi_env, control_plane.kubeconfig, venv_dir, tmp_path, PLUGIN)
    yield s
    s.cleanup()


def recorded(stacks: Stacks, stack: auto.Stack, name: str) -> dict[str, Any] | None:
    state = stacks.state_as_stored(stack)
    return next(
        (r for r in state["deployment"].get("resources") or [] if r["urn"].endswith(f"{VM_TYPE}::{name}")),
        None,
    )


def test_a_vm_that_times_out_is_recorded_and_the_next_up_finishes_it(
    plugin_stacks: Stacks, cluster: kube.Cluster, namespace: str
) -> None:
    def program() -> None:
        kv.VirtualMachine(
            "slow",
            spec=running_spec(),
            opts=pulumi.ResourceOptions(custom_timeouts=pulumi.CustomTimeouts(create="4s", update="60s")),
        )

    stack = plugin_stacks.new(program, namespace)
    started = time.monotonic()
    with pytest.raises(auto.CommandError) as err:
        stack.up(on_output=plugin_stacks.say)  # nobody makes it Ready
    assert time.monotonic() - started < 60
    assert "slow: readiness not reached after 4s (last status: " in str(err.value)
    assert "Traceback" not in str(err.value)
    entry = recorded(plugin_stacks, stack, "slow")
    assert entry is not None and entry["id"] == f"{namespace}/slow", "the half-made VM is in the state"
    assert entry.get("initErrors"), entry
    assert cluster.get(kube.VM, namespace, "slow") is not None

    with FakeVirtController(cluster, namespace):
        up = stack.up(on_output=plugin_stacks.say)
        assert {k: v for k, v in up.summary.resource_changes.items() if k != "same"} == {"update": 1}
        assert "already exists" not in "\n".join(plugin_stacks.outputs)
        entry = recorded(plugin_stacks, stack, "slow")
        assert entry is not None and not entry.get("initErrors") and entry["outputs"]["ready"] is True
        stack.destroy(on_output=plugin_stacks.say)  # while the VM can still stop


def test_pulumi_import_and_the_import_option_take_a_kubectl_vm_and_preview_clean(
    plugin_stacks: Stacks, cluster: kube.Cluster, namespace: str
) -> None:
    for name in ("by-cli", "by-option"):
        cluster.request(  # as kubectl creates it (its field manager, not our client's User-Agent)
            "POST",
            kube.VM.path(namespace),
            query={"fieldManager": "kubectl-create"},
            body={
                "apiVersion": "kubevirt.io/v1",
                "kind": "VirtualMachine",
                "metadata": {"name": name, "namespace": namespace},
                "spec": {**running_spec(), "runStrategy": "Halted"},
            },
        )
    declared = {"by-option": False}

    def program() -> None:
        kv.VirtualMachine("by-cli", spec={**running_spec(), "runStrategy": "Halted"})
        if declared["by-option"]:
            kv.VirtualMachine(
                "by-option",
                spec={**running_spec(), "runStrategy": "Halted"},
                opts=pulumi.ResourceOptions(import_=f"{namespace}/by-option"),
            )

    stack = plugin_stacks.new(program, namespace)
    imported = stack.workspace.pulumi_command.run(
        [
            "import",
            VM_TYPE,
            "by-cli",
            f"{namespace}/by-cli",
            "--yes",
            "--generate-code=false",
            "--stack",
            stack.name,
            "--non-interactive",
        ],
        str(plugin_stacks.work),
        plugin_stacks.env,
    )
    assert imported.code == 0, imported.stderr
    stack.preview(on_output=plugin_stacks.say, expect_no_changes=True)

    declared["by-option"] = True
    up = stack.up(on_output=plugin_stacks.say)
    assert up.summary.resource_changes == {"import": 1, "same": 2}
    stack.preview(on_output=plugin_stacks.say, expect_no_changes=True)
    managers = {m["manager"] for m in cluster.get(kube.VM, namespace, "by-cli")["metadata"]["managedFields"]}
    assert "pulumi-kubevirt" not in managers, "an import writes nothing"


def test_an_explicit_provider_carries_its_own_cluster_settings(
    pulumi_env: dict[str, str],
    control_plane: controlplane.ControlPlane,
    cluster: kube.Cluster,
    namespace: str,
    venv_dir: str,
    tmp_path: Path,
) -> None:
    # The stack's own config points nowhere useful: only the provider's inputs can make this work.
    stacks = Stacks(pulumi_env, "/nonexistent/kubeconfig", venv_dir, tmp_path)
    kubeconfig = Path(control_plane.kubeconfig).read_text()

    def program() -> None:
        cluster_b = kv.Provider("cluster-b", kubeconfig=kubeconfig, namespace=namespace, domain_access="off")
        kv.VirtualMachine(
            "explicit",
            spec={**running_spec(), "runStrategy": "Halted"},
            opts=pulumi.ResourceOptions(provider=cluster_b),
        )

    stack = stacks.new(program, "default")
    try:
        up = stack.up(on_output=stacks.say)
        assert up.summary.resource_changes.get("create") == 3  # stack, provider, VM
        vm = cluster.get(kube.VM, namespace, "explicit")
        assert vm is not None
        key = next(u["user"]["client-key-data"] for u in yaml.safe_load(kubeconfig)["users"])
        state = json.dumps(stacks.state_as_stored(stack))
        assert key[:40] not in state and "client-key-data" not in state, (
            "the kubeconfig is a secret in the state"
        )
        stack.preview(on_output=stacks.say, expect_no_changes=True)
    finally:
        stacks.cleanup()


def where(text: str, obj: Any, path: str = "") -> list[str]:
    """The paths in ``obj`` whose string values contain ``text``."""
    if isinstance(obj, dict):
        return [p for k, v in obj.items() for p in where(text, v, f"{path}.{k}")]
    if isinstance(obj, list):
        return [p for i, v in enumerate(obj) for p in where(text, v, f"{path}[{i}]")]
    return [path] if isinstance(obj, str) and text in obj else []


class UnmarkedProvider(kv.Provider):
    """kv.Provider as YAML or another language's SDK declares it: the kubeconfig a plain string."""

    def __init__(self, name: str, props: dict[str, Any]) -> None:
        version = pulumi.ResourceOptions(version=package.version())
        pulumi.ProviderResource.__init__(self, "kubevirt", name, props, version)


@pytest.mark.parametrize("how", ["unmarked provider input", "plain stack config (dynamic)"])
def test_kubeconfig_content_never_lands_in_the_state_in_plaintext(
    pulumi_env: dict[str, str],
    control_plane: controlplane.ControlPlane,
    cluster: kube.Cluster,
    namespace: str,
    venv_dir: str,
    tmp_path: Path,
    how: str,
) -> None:
    """Kubeconfig content that the program did not mark secret: an explicit provider's plain string
    input, and, for the dynamic transport, `kubevirt:kubeconfig` set without `--secret`."""
    kubeconfig = Path(control_plane.kubeconfig).read_text()
    key = next(u["user"]["client-key-data"] for u in yaml.safe_load(kubeconfig)["users"])
    halted = {**running_spec(), "runStrategy": "Halted"}
    if how.startswith("unmarked"):
        stacks = Stacks(pulumi_env, "/nonexistent/kubeconfig", venv_dir, tmp_path)

        def program() -> None:
            plain = UnmarkedProvider(
                "plain", {"kubeconfig": kubeconfig, "namespace": namespace, "domainAccess": "off"}
            )
            kv.VirtualMachine("unmarked", spec=halted, opts=pulumi.ResourceOptions(provider=plain))

    else:
        stacks = Stacks(pulumi_env, kubeconfig, venv_dir, tmp_path, {"kubevirt:transport": "dynamic"})

        def program() -> None:
            kv.VirtualMachine("unmarked", spec=halted)

    stack = stacks.new(program, namespace)
    try:
        if how.startswith("unmarked"):  # the plugin marks it secret in its CheckConfig
            stack.up(on_output=stacks.say)
            assert cluster.get(kube.VM, namespace, "unmarked") is not None
        else:  # the engine would store the stack config as the dynamic provider's inputs: refused
            with pytest.raises(auto.errors.CommandError) as refused:
                stack.up(on_output=stacks.say)
            text = str(refused.value) + "\n".join(stacks.outputs)
            assert "pulumi config set --secret kubevirt:kubeconfig" in text, text
            assert "Traceback" not in text, text
            assert cluster.get(kube.VM, namespace, "unmarked") is None
        state = stacks.state_as_stored(stack)
        assert key[:40] not in json.dumps(state), (
            f"the kubeconfig's client key in plaintext at {where(key[:40], state)}"
        )
    finally:
        stacks.cleanup()
