"""The import direction between the four packages, checked on every module's source.

models (``pulumi_kubevirt.models``) <- provider (``pulumi_kubevirt_provider``) <- SDK
(``pulumi_kubevirt``); the sandbox (``kubevirt_sandbox``) depends on none of them, and the models on
nothing of this project but themselves. Imports inside functions count: they only hide a cycle.
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = {
    "models": ROOT / "sdk" / "pulumi_kubevirt" / "models",
    "provider": ROOT / "provider" / "pulumi_kubevirt_provider",
    "sandbox": ROOT / "sandbox" / "kubevirt_sandbox",
}


def layer_of(module: str) -> str | None:
    if module == "pulumi_kubevirt.models" or module.startswith("pulumi_kubevirt.models."):
        return "models"
    if module == "pulumi_kubevirt_provider" or module.startswith("pulumi_kubevirt_provider."):
        return "provider"
    if module == "pulumi_kubevirt" or module.startswith("pulumi_kubevirt."):
        return "sdk"
    if module == "kubevirt_sandbox" or module.startswith("kubevirt_sandbox."):
        return "sandbox"
    return None


ALLOWED = {"models": {"models"}, "provider": {"models", "provider"}, "sandbox": {"sandbox"}}


def wrong_imports(layer: str, source: str) -> list[str]:
    """The imports in ``source`` that a module of ``layer`` must not make."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [node.module]
            if node.module == "pulumi_kubevirt" and all(alias.name == "models" for alias in node.names):
                names = ["pulumi_kubevirt.models"]
        else:
            continue
        found += [
            f"line {node.lineno}: {n}" for n in names if (lay := layer_of(n)) and lay not in ALLOWED[layer]
        ]
    return found


def test_each_package_imports_only_what_its_layer_may() -> None:
    problems = {
        str(path.relative_to(ROOT)): wrong
        for layer, folder in PACKAGES.items()
        for path in sorted(folder.rglob("*.py"))
        if (wrong := wrong_imports(layer, path.read_text()))
    }
    assert problems == {}


def test_the_check_catches_a_provider_module_importing_the_sdk() -> None:
    source = "def f():\n    from pulumi_kubevirt import resources\n    import kubevirt_sandbox.tools\n"
    assert wrong_imports("provider", source) == ["line 2: pulumi_kubevirt", "line 3: kubevirt_sandbox.tools"]
    assert wrong_imports("provider", "from pulumi_kubevirt.models import kubevirt_v1\n") == []
    assert wrong_imports("sandbox", "import pulumi_kubevirt_provider.kube\n") == [
        "line 1: pulumi_kubevirt_provider.kube"
    ]
    assert wrong_imports("models", "from pulumi_kubevirt import vm\n") != []
