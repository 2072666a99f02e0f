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


def problems_in(packages: dict[str, Path], root: Path = ROOT) -> dict[str, list[str]]:
    """Every module under the packages' folders with the imports its layer must not make."""
    return {
        str(path.relative_to(root)): wrong
        for layer, folder in packages.items()
        for path in sorted(folder.rglob("*.py"))
        if (wrong := wrong_imports(layer, path.read_text()))
    }


def test_each_package_imports_only_what_its_layer_may() -> None:
    assert problems_in(PACKAGES) == {}


def test_the_check_fails_on_a_tree_with_a_deliberately_wrong_import(tmp_path: Path) -> None:
    """The same walk as above over a copy of the real packages (less the big generated model
    modules, which import nothing of this project) with one upward import added to each layer:
    every one is reported, by file and line, and nothing else is."""
    import shutil

    generated = ("kubevirt_v1*.py", "cdi_*.py", "k8s_*.py")
    copies = {}
    for layer, folder in PACKAGES.items():
        copies[layer] = tmp_path / folder.relative_to(ROOT)
        shutil.copytree(folder, copies[layer], ignore=shutil.ignore_patterns("__pycache__", *generated))
    (copies["provider"] / "upward.py").write_text(
        "def build():\n    from pulumi_kubevirt.resources import VirtualMachine\n    return VirtualMachine\n"
    )
    (copies["sandbox"] / "controllers" / "peek.py").write_text("import pulumi_kubevirt_provider.kube\n")
    (copies["models"] / "_leak.py").write_text("\n\nfrom pulumi_kubevirt import vm\n")

    assert problems_in(copies, tmp_path) == {
        "provider/pulumi_kubevirt_provider/upward.py": ["line 2: pulumi_kubevirt.resources"],
        "sandbox/kubevirt_sandbox/controllers/peek.py": ["line 1: pulumi_kubevirt_provider.kube"],
        "sdk/pulumi_kubevirt/models/_leak.py": ["line 3: pulumi_kubevirt"],
    }


def test_the_check_catches_a_provider_module_importing_the_sdk() -> None:
    source = "def f():\n    from pulumi_kubevirt import resources\n    import kubevirt_sandbox.tools\n"
    assert wrong_imports("provider", source) == ["line 2: pulumi_kubevirt", "line 3: kubevirt_sandbox.tools"]
    assert wrong_imports("provider", "from pulumi_kubevirt.models import kubevirt_v1\n") == []
    assert wrong_imports("sandbox", "import pulumi_kubevirt_provider.kube\n") == [
        "line 1: pulumi_kubevirt_provider.kube"
    ]
    assert wrong_imports("models", "from pulumi_kubevirt import vm\n") != []
