"""The plugin's schema through the Pulumi CLI: what `pulumi package get-schema` prints, and SDKs
generated from it for other languages (proof that the schema serves more than Python)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from kubevirt_sandbox import tools

pytestmark = [pytest.mark.pulumi]

PLUGIN = Path(sys.executable).parent / "pulumi-resource-kubevirt"


def pulumi(env: dict[str, str], *args: str, cwd: Path) -> str:
    done = subprocess.run(
        [str(tools.find("pulumi")), *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, f"pulumi {' '.join(args)}:\n{done.stdout}\n{done.stderr}"
    return done.stdout


def test_get_schema_through_the_cli_lists_the_kinds_inputs_and_outputs(
    pulumi_env: dict[str, str], tmp_path: Path
) -> None:
    doc = json.loads(pulumi(pulumi_env, "package", "get-schema", str(PLUGIN), cwd=tmp_path))
    vm = doc["resources"]["kubevirt:index:VirtualMachine"]
    assert vm["requiredInputs"] == ["spec"]
    assert {"metadata", "spec", "timeouts", "restart_on_change", "cloud_init"} <= set(vm["inputProperties"])
    assert {"uid", "printable_status", "ready", "node_name", "ip_addresses", "drift", "pending"} <= set(
        vm["properties"]
    )
    dv = doc["resources"]["kubevirt:index:DataVolume"]
    assert dv["inputProperties"]["spec"]["$ref"] == "#/types/kubevirt:cdi/v1beta1:DataVolumeSpec"
    assert {"phase", "progress", "claim_name"} <= set(dv["properties"])
    assert set(doc["resources"]["kubevirt:index:VirtualMachineService"]["properties"]) >= {
        "cluster_ip",
        "node_ports",
    }
    assert set(doc["resources"]["kubevirt:index:VirtualMachineMigration"]["properties"]) >= {
        "phase",
        "source_node",
        "target_node",
    }
    assert "kubevirt:core/v1:ServicePort" in doc["types"]


@pytest.mark.parametrize(
    ("language", "expect"), [("python", "virtual_machine.py"), ("nodejs", "virtualMachine.ts")]
)
def test_sdks_generated_from_the_schema_have_the_resources(
    pulumi_env: dict[str, str], tmp_path: Path, language: str, expect: str
) -> None:
    """`pulumi package gen-sdk` delegates to language hosts that cannot generate here (the 3.79
    Python host predates GeneratePackage; the Node.js host's module is not served), so the same
    Pulumi codegen packages run through scripts/sdkgen (built by the bootstrap)."""
    schema = tmp_path / "schema.json"
    schema.write_text(pulumi(pulumi_env, "package", "get-schema", str(PLUGIN), cwd=tmp_path))
    out = tmp_path / "sdk"
    done = subprocess.run(
        [str(tools.find("pulumi-kubevirt-sdkgen")), str(schema), language, str(out)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    made = {p.name for p in out.rglob("*")}
    assert expect in made, sorted(made)[:50]
    assert {"data_volume.py", "virtual_machine_service.py"} <= made or {
        "dataVolume.ts",
        "virtualMachineService.ts",
    } <= made
