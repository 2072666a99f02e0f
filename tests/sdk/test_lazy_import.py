"""``import pulumi_kubevirt`` leaves the typed models unloaded until a program uses them (issue 15, P6).

The generated pydantic models take ~0.4 s to import, most of the cost of an empty program that
imports the SDK. Each check runs in a fresh interpreter: this test process has the models loaded.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest


def run(code: str) -> dict[str, object]:
    """Run ``code`` in a fresh interpreter; it prints one JSON object as its last line."""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    result: dict[str, object] = json.loads(out.stdout.splitlines()[-1])
    return result


LOADED = """
import json, sys
# What the provider may load up front: the models' package (its names load on first use) and the
# generated table of where each kind has quantities (strings only).
CHEAP = {
    "pulumi_kubevirt_models",
    "pulumi_kubevirt_models.generated",
    "pulumi_kubevirt_models.generated.quantities",
}
def loaded():
    return sorted(
        m for m in sys.modules
        if m in ("pydantic", "pulumi_kubevirt.models")
        or m.startswith(("pulumi_kubevirt_models", "pydantic.")) and m not in CHEAP
    )
def generated_models():
    return [m for m in loaded() if m.startswith("pulumi_kubevirt_models.generated.")]
"""


@pytest.mark.parametrize(
    "module",
    [
        "pulumi_kubevirt",
        # What the SDK's resources load, and what the engine's dynamic-provider host and the
        # resource plugin load before their first call.
        "pulumi_kubevirt_provider.dynamic",
        "pulumi_kubevirt_provider.plugin.server",
    ],
)
def test_importing_loads_no_model_and_no_pydantic(module: str) -> None:
    result = run(LOADED + f"import {module}\nprint(json.dumps({{'loaded': loaded()}}))")
    assert result["loaded"] == []


def test_the_domain_checks_memory_sizes_load_no_generated_model() -> None:
    """A no-op preview of a VM reads its guest memory (the domain check's pending changes): that
    parses a quantity, and must not load the generated models with it."""
    code = (
        LOADED
        + "from pulumi_kubevirt_provider.domain import facts\n"
        + "size = facts.guest_memory({'domain': {'memory': {'guest': '64Mi'}}})\n"
        + "generated = generated_models()\n"
        + "print(json.dumps({'size': size, 'generated': generated}))"
    )
    assert run(code) == {"size": 64 * 2**20, "generated": []}


VM = {
    "apiVersion": "kubevirt.io/v1",
    "kind": "VirtualMachine",
    "metadata": {"name": "a"},
    "spec": {
        "runStrategy": "Halted",
        "template": {"spec": {"domain": {"devices": {}, "memory": {"guest": "128Mi"}}}},
    },
}

USE = """
import pulumi_kubevirt
from pulumi_kubevirt import resources

# A resource's inputs as dicts: still no model.
split = resources._split_object(VM, None)
after_dicts = loaded()

not_in_dir = sorted(set(pulumi_kubevirt.__all__) - set(dir(pulumi_kubevirt)))
from pulumi_kubevirt import Quantity, ValidationError, VirtualMachine, models
parsed = pulumi_kubevirt.from_manifest(json.dumps(VM))  # JSON is YAML
try:
    pulumi_kubevirt.validate({**VM, "metadata": {"name": 5}})
    problems = []
except ValidationError as exc:
    problems = [str(p) for p in exc.problems]
try:
    pulumi_kubevirt.no_such_name
    missing = "no error"
except AttributeError as exc:
    missing = str(exc)
print(json.dumps({
    "after_dicts": after_dicts,
    "split": split,
    "not_in_dir": not_in_dir,
    "parsed": type(parsed).__module__ + "." + type(parsed).__name__,
    "problems": problems,
    "quantity": str(Quantity("1Gi")),
    "resource": VirtualMachine.__module__,
    "same_models": pulumi_kubevirt.models is models,
    "model_to_manifest": resources._manifest_part(parsed),
    "all_resolve": all(getattr(pulumi_kubevirt, n) is not None for n in pulumi_kubevirt.__all__),
    "missing": missing,
}))
"""


def test_the_lazy_names_work_once_used() -> None:
    result = run(LOADED + f"VM = {VM!r}\n" + USE)
    assert result["after_dicts"] == []
    assert result["split"] == [VM["spec"], VM["metadata"]]
    assert result["not_in_dir"] == []
    assert result["parsed"] == "pulumi_kubevirt_models.generated.kubevirt_v1.VirtualMachine"
    assert len(result["problems"]) == 1 and "metadata.name" in result["problems"][0]
    assert result["quantity"] == "1Gi"
    assert result["resource"] == "pulumi_kubevirt.resources"
    assert result["same_models"] is True
    assert result["model_to_manifest"] == VM  # a model is still turned into its manifest
    assert result["all_resolve"] is True
    assert result["missing"] == "module 'pulumi_kubevirt' has no attribute 'no_such_name'"


def test_a_no_op_diff_loads_no_generated_model() -> None:
    """A no-op preview compares every declared value with the live one, and a quantity the API
    server respelled by value: where the kind's quantities are comes from a small generated table,
    not from the models (issue 21)."""
    code = (
        LOADED
        + "import copy\n"
        + "from pulumi_kubevirt_provider import diff\n"
        + "from pulumi_kubevirt_provider.resources import vm\n"
        + f"VM = {VM!r}\n"
        + "VM['metadata']['labels'] = {'app.kubernetes.io/version': '1.1'}\n"
        + "live = {**copy.deepcopy(VM), 'status': {'ready': True}}\n"
        + "live['spec']['template']['spec']['domain']['memory']['guest'] = '0.125Gi'\n"
        + "s = vm.VirtualMachineHandler.schema\n"
        + "changes = list(diff.changed_paths(VM, copy.deepcopy(VM), schema=s))\n"
        + "changes += [p for p, _, _ in diff.differences(VM, live, schema=s)]\n"
        + "generated = generated_models()\n"
        + "print(json.dumps({'changes': changes, 'generated': generated}))"
    )
    assert run(code) == {"changes": [], "generated": []}
