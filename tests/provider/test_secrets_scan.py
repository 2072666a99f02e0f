"""Secrets planted in a stack appear nowhere they should not: not in the state as stored, not in
anything the CLI printed (up, preview, refresh, destroy), not in a file left under /tmp. Over
both transports.

Planted: inline user data over KubeVirt's 2 KiB inline limit (NoCloud), base64 user data
(ConfigDrive), and the kubeconfig given as a secret config value (its client key). The cluster's
own storage (etcd under the control plane's folder) is where a Secret belongs and is not scanned.
"""

from __future__ import annotations

import base64
import os
import time
import uuid
from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import FakeVirtController
from pulumi import automation as auto

import pulumi_kubevirt as kv
from kubevirt_sandbox import controlplane
from pulumi_kubevirt_provider import kube

pytestmark = [pytest.mark.pulumi, pytest.mark.controlplane]


def vm_spec(inline: str, encoded: str) -> dict[str, Any]:
    return {
        "runStrategy": "Halted",
        "template": {
            "spec": {
                "domain": {
                    "devices": {
                        "disks": [
                            {"name": "root", "disk": {"bus": "virtio"}},
                            {"name": "nocloud", "disk": {"bus": "virtio"}},
                            {"name": "drive", "disk": {"bus": "virtio"}},
                        ]
                    },
                    "resources": {"requests": {"memory": "128Mi"}},
                },
                "volumes": [
                    {
                        "name": "root",
                        "containerDisk": {"image": "quay.io/kubevirt/cirros-container-disk-demo"},
                    },
                    {"name": "nocloud", "cloudInitNoCloud": {"userData": inline}},
                    {"name": "drive", "cloudInitConfigDrive": {"userDataBase64": encoded}},
                ],
            }
        },
    }


def files_mentioning(root: Path, markers: list[str], since: float, skip: Path) -> list[str]:
    hits = []
    for dirpath, _, names in os.walk(root):
        if Path(dirpath).is_relative_to(skip):
            continue
        for name in names:
            path = Path(dirpath) / name
            try:
                if path.is_symlink() or path.stat().st_mtime < since or path.stat().st_size > 50_000_000:
                    continue
                data = path.read_bytes()
            except OSError:
                continue
            hits += [f"{path}: {m}" for m in markers if m.encode() in data]
    return hits


def test_planted_secrets_appear_in_no_state_output_or_temp_file(
    stacks: Any,
    cluster: kube.Cluster,
    control_plane: controlplane.ControlPlane,
    namespace: str,
) -> None:
    started = time.time()
    marker = f"planted-{uuid.uuid4().hex}"
    encoded_marker = f"encoded-{uuid.uuid4().hex}"
    inline = f"#cloud-config\nchpasswd: {{list: 'cirros:{marker}'}}\n# " + "x" * 3000 + "\n"
    encoded = base64.b64encode(f"#!/bin/sh\necho {encoded_marker}\n".encode()).decode()
    kubeconfig = Path(control_plane.kubeconfig).read_text()
    key = next(u["user"]["client-key-data"] for u in yaml.safe_load(kubeconfig)["users"])
    markers = [marker, encoded_marker, encoded, key[-100:-40]]  # the random part of the key

    stack = stacks.new(lambda: kv.VirtualMachine("carrier", spec=vm_spec(inline, encoded)), namespace)
    stack.set_config("kubevirt:kubeconfig", auto.ConfigValue(kubeconfig, secret=True))
    with FakeVirtController(cluster, namespace):
        stack.up(on_output=stacks.say)
        secret = cluster.get(kube.SECRET, namespace, "carrier-drive-cloudinit")
        assert secret is not None and base64.b64decode(secret["data"]["userdata"]).decode().endswith(
            f"echo {encoded_marker}\n"
        ), "the decoded user data went to the Secret"
        vm = cluster.get(kube.VM, namespace, "carrier")
        assert vm is not None and not any(m in str(vm) for m in markers), "nothing secret in the VM object"
        stack.preview(on_output=stacks.say)
        stack.refresh(on_output=stacks.say)
        state = str(stacks.state_as_stored(stack))
        config = (stacks.work / f"Pulumi.{stack.name}.yaml").read_text()
        stack.destroy(on_output=stacks.say)

    assert [m for m in markers if m in state] == [], "secrets in the stored state"
    assert [m for m in markers if m in config] == [], "secrets in the stack's config file"
    assert [m for m in markers if m in "\n".join(stacks.outputs)] == [], "secrets in the CLI's output"
    assert files_mentioning(Path("/tmp"), markers, started, Path(control_plane.directory)) == []
