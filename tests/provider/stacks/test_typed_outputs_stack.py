"""Typed models with an Output inside, through the engine and both transports: a DataVolume's name
wired into a VM's volumes type-checks under mypy --strict, previews, goes up and previews clean."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from programs import typed_datavolume_vm

from pulumi_kubevirt_provider import kube

PROGRAM = Path(typed_datavolume_vm.__file__)
REPO = Path(__file__).resolve().parents[3]


def mypy_cache(name: str) -> Path:
    """mypy's cache for this checkout in the tool cache (warm: a second; cold: tens of seconds)."""
    root = Path(os.environ.get("PULUMI_KUBEVIRT_CACHE") or Path.home() / ".cache" / "pulumi-kubevirt")
    return root / "mypy" / hashlib.sha1(str(REPO).encode()).hexdigest()[:12] / name


def test_the_typed_program_type_checks_under_mypy_strict() -> None:
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--cache-dir",
            str(mypy_cache("typed-stack")),
            str(PROGRAM),
        ],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.pulumi
@pytest.mark.controlplane
@pytest.mark.libvirt
def test_a_datavolume_name_output_inside_typed_models_reaches_the_vm(
    sandbox_stacks: Any, sandbox_cluster: kube.Cluster, sandbox_namespace: str
) -> None:
    stack = sandbox_stacks.new(typed_datavolume_vm.program, sandbox_namespace)
    preview = stack.preview(on_output=sandbox_stacks.say)
    assert preview.change_summary.get("create") == 3
    up = stack.up(on_output=sandbox_stacks.say)
    assert up.outputs["volume_claim"].value == "typed-data"
    vm = sandbox_cluster.get(kube.VM, sandbox_namespace, "typed-vm")
    assert vm is not None
    volumes = vm["spec"]["template"]["spec"]["volumes"]
    assert volumes == [{"name": "data", "dataVolume": {"name": "typed-data"}}]
    stack.preview(on_output=sandbox_stacks.say, expect_no_changes=True)
