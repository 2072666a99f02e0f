"""The report reads the provider's findings as data (findings.decode): it holds no regular
expression, and none of the provider's sentences, which only findings.line writes."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import pulumi_kubevirt_provider.report

REPORT = Path(pulumi_kubevirt_provider.report.__file__).parent
MODULES = sorted(REPORT.glob("*.py"))
# Words of the provider's drift, pending and repair lines.
PROVIDER_WORDS = (
    "outside Pulumi",
    "in the cluster, declared",
    "becoming",
    "(running with",
    "needs a restart: ",
)


def test_the_report_package_is_where_the_test_looks() -> None:
    assert {p.name for p in MODULES} >= {"facts.py", "preview.py", "markdown.py"}


@pytest.mark.parametrize("module", MODULES, ids=lambda p: p.name)
def test_no_report_module_imports_regular_expressions(module: Path) -> None:
    tree = ast.parse(module.read_text())
    imported = {a.name.split(".")[0] for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
    imported |= {
        (n.module or "").split(".")[0]
        for n in ast.walk(tree)
        if isinstance(n, ast.ImportFrom) and not n.level
    }
    assert not imported & {"re", "regex", "fnmatch"}, module.name


@pytest.mark.parametrize("module", MODULES, ids=lambda p: p.name)
def test_no_report_module_spells_the_providers_sentences(module: Path) -> None:
    tree = ast.parse(module.read_text())
    texts = [n.value for n in ast.walk(tree) if isinstance(n, ast.Constant) and isinstance(n.value, str)]
    found = [(w, t) for t in texts for w in PROVIDER_WORDS if w in t and not _docstring(tree, t)]
    assert not found, f"{module.name}: {found}"


def _docstring(tree: ast.AST, text: str) -> bool:
    return any(
        isinstance(n, (ast.Module, ast.FunctionDef, ast.ClassDef))
        and ast.get_docstring(n, clean=False) == text
        for n in ast.walk(tree)
    )
