"""The import layers of this repository as contracts (import-linter style), checked on the source.

Between the packages (``PACKAGES``): the models (``pulumi_kubevirt_models``, folder ``models/``)
<- the provider (``pulumi_kubevirt_provider``) <- the SDK (``pulumi_kubevirt``); the models import
nothing of this project, the sandbox (``kubevirt_sandbox``) none of the others, and none of the
others the sandbox.

Inside a package (``CONTRACTS``, data below): import-linter's ``layers`` contract. Layers are
listed top first, by names relative to a container; a name stands for that module and everything
under it (the longest listed name wins: ``plugin.wire`` sits lower than the rest of ``plugin``). A
module imports only modules of lower layers, modules of one layer none of each other, and every
module under a container must be placed (a new module is placed, not slipped in). The sandbox's
inner layers and its own cycle check are in ``tests/sandbox/test_sandbox_layers.py``.

Also: no module of the provider imports the models inside a function (the provider imports
``pulumi_kubevirt_models`` at module level; its names load on first use, PEP 562), and the provider
(and the report in it) has no import cycle.

The import graph: an AST walk over every module's source, so imports at module level and inside
functions count alike (an import inside a function only hides a cycle), and so do imports under
``if TYPE_CHECKING`` between packages; inside a package those never run and are left out of the
layers and the cycle check (the kind table names its handlers' base class for type checkers only).
``from pkg import name`` is an edge to the submodule ``pkg.name`` when there is one; relative
imports are resolved. The cycle check: Tarjan's strongly connected components over the
provider's part of that graph; a component of two modules or more, or a module importing itself,
is a cycle, reported with every import inside it by file and line.

Each check runs once more on a copy of the tree with one deliberately wrong import added per
contract, and must report exactly that import, by file and line.
"""

from __future__ import annotations

import ast
import dataclasses
import shutil
from collections.abc import Iterable, Iterator
from pathlib import Path

import import_graph
import pytest

ROOT = Path(__file__).resolve().parents[1]

# Each package of this repository, by the folder that holds it, with what it may import of the
# others: models <- provider <- SDK, and the sandbox on its own.
PACKAGES = {
    "pulumi_kubevirt_models": "models",
    "pulumi_kubevirt_provider": "provider",
    "pulumi_kubevirt": "sdk",
    "kubevirt_sandbox": "sandbox",
}
MAY_IMPORT = {
    "pulumi_kubevirt_models": set(),
    "pulumi_kubevirt_provider": {"pulumi_kubevirt_models"},
    "pulumi_kubevirt": {"pulumi_kubevirt_models", "pulumi_kubevirt_provider"},
    "kubevirt_sandbox": set(),
}


@dataclasses.dataclass(frozen=True)
class Layers:
    """import-linter's ``layers`` contract: ``layers`` top first, names relative to ``container``."""

    container: str
    layers: tuple[tuple[str, ...], ...]

    def place(self, module: str) -> tuple[int, str] | None:
        """(layer index, listed name) of a module under the container; None outside it or unlisted."""
        if not module.startswith(self.container + "."):
            return None
        rel = module[len(self.container) + 1 :]
        found = [
            (len(name), i, name)
            for i, layer in enumerate(self.layers)
            for name in layer
            if rel == name or rel.startswith(name + ".")
        ]
        return max(found)[1:] if found else None


# The provider's layers, top first, derived from its imports.
PROVIDER = Layers(
    "pulumi_kubevirt_provider",
    (
        ("report",),  # the preview report (pulumi-kubevirt report): reads what the core found
        ("dynamic", "plugin"),  # the two transports, independent of each other
        ("resources",),  # one handler per kind
        ("domain",),  # the domain check: libvirt or the launcher (through kube)
        ("waiting",),  # the one wait loop
        ("readiness", "replacements"),  # per-kind verdicts and replacement rules
        ("kinds",),  # the kind table
        ("kube",),  # the one API client
        ("watching", "credentials", "findings"),  # the shared watch; credentials; typed findings
        ("settings",),  # ClusterSettings
        # Which kubeconfig; what a change applies live; the plugin's wire format (Pulumi's secret
        # signature, which the VM handler reads too).
        ("kubeconfig", "liveupdate", "plugin.wire"),
        (
            "config_keys",
            "tunables",
            "redaction",
            "package",
            "errors",
            "operation",
            "results",
            "diff",
            "selftest",
        ),
    ),
)

CONTRACTS = {
    "provider": PROVIDER,
    "provider.plugin": Layers(
        "pulumi_kubevirt_provider.plugin",
        (("__main__",), ("launch",), ("server",), ("rpc", "schema", "wire")),
    ),
    "provider.resources": Layers(
        "pulumi_kubevirt_provider.resources",
        (("datavolume", "instancetype", "migration", "service", "vm"), ("base",)),
    ),
    "provider.domain": Layers(
        "pulumi_kubevirt_provider.domain",
        (("check",), ("launcher", "libvirt_access", "compare"), ("facts",), ("access",)),
    ),
    "models": Layers(
        "pulumi_kubevirt_models",
        (("admission",), ("manifest", "service"), ("generated", "errors"), ("base", "enums", "quantity")),
    ),
}
# The one import the contracts and the cycle check let through. Older stacks stored
# ``pulumi_kubevirt_provider.resources.<kind>.<Kind>Provider`` as their dynamic provider (pickled
# by reference), and unpickling one imports that package first: ``resources/__init__.py`` imports
# dynamic.py, whose one alias table (``OLD_PATHS``) puts the adapters back under those names
# (tests/provider/test_kinds.py loads recorded old states).
OLD_STATE_NAMES = {("pulumi_kubevirt_provider.resources", "pulumi_kubevirt_provider.dynamic")}


@dataclasses.dataclass(frozen=True)
class Edge:
    importer: str
    imported: str
    where: str  # "provider/pulumi_kubevirt_provider/diff.py:22"
    level: str  # "module", "function" (inside one) or "type" (under if TYPE_CHECKING: never runs)

    def __str__(self) -> str:
        return f"{self.where}: {self.importer} -> {self.imported}"


def modules_under(root: Path) -> dict[str, Path]:
    """Every module of the packages in ``PACKAGES`` found under ``root``, by dotted name."""
    found = {}
    for package, folder in PACKAGES.items():
        for path in sorted((root / folder / package).rglob("*.py")):
            parts = path.relative_to(root / folder).with_suffix("").parts
            found[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    return found


def _type_checking(node: ast.AST) -> bool:
    """``if TYPE_CHECKING:`` (or ``typing.TYPE_CHECKING``, ``_typing.TYPE_CHECKING``)."""
    test = node.test if isinstance(node, ast.If) else None
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _imports(tree: ast.AST, level: str = "module") -> Iterator[tuple[ast.Import | ast.ImportFrom, str]]:
    """Every import statement with where it runs: "module", "function" or "type" (only for type
    checkers: under ``if TYPE_CHECKING``)."""
    for node in ast.iter_child_nodes(tree):
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            yield node, level
        elif isinstance(node, ast.If) and _type_checking(node):
            for child in node.body:
                yield from _imports(ast.Module(body=[child], type_ignores=[]), "type")
            for child in node.orelse:
                yield from _imports(ast.Module(body=[child], type_ignores=[]), level)
        else:
            inner = (
                "function" if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)) else level
            )
            yield from _imports(node, "type" if level == "type" else inner)


def edges_of(module: str, path: Path, known: Iterable[str], root: Path) -> list[Edge]:
    """The imports ``module`` makes of this repository's packages (module level, inside functions,
    under TYPE_CHECKING), each resolved to the module it names."""
    known = set(known)
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    out = []
    for node, level in _imports(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        else:
            base = node.module or ""
            if node.level:
                up = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*up, *([node.module] if node.module else [])])
            targets = [f"{base}.{a.name}" if f"{base}.{a.name}" in known else base for a in node.names]
        where = f"{path.relative_to(root)}:{node.lineno}"
        out += [Edge(module, t, where, level) for t in dict.fromkeys(targets) if t.split(".")[0] in PACKAGES]
    return out


def graph(root: Path = ROOT) -> list[Edge]:
    mods = modules_under(root)
    return [edge for module, path in mods.items() for edge in edges_of(module, path, mods, root)]


# -- the checks ---------------------------------------------------------------------------------


def between_packages(edges: Iterable[Edge]) -> list[str]:
    """Imports of a package the importer's package may not import."""
    return [
        str(e)
        for e in edges
        if (src := e.importer.split(".")[0]) != (dst := e.imported.split(".")[0])
        and dst not in MAY_IMPORT[src]
    ]


def broken_contracts(
    contracts: dict[str, Layers], edges: Iterable[Edge], modules: Iterable[str]
) -> list[str]:
    """Every import that runs up a layer or sideways within one, and every unplaced module."""
    found = []
    for name, contract in contracts.items():
        found += [
            f"{name}: {m} is in no layer"
            for m in sorted(modules)
            if m.startswith(contract.container + ".") and contract.place(m) is None
        ]
        for e in edges:
            src, dst = contract.place(e.importer), contract.place(e.imported)
            if src is None or dst is None or src[1] == dst[1] or e.level == "type":
                continue
            if (e.importer, e.imported) in OLD_STATE_NAMES:
                continue
            if dst[0] < src[0]:
                found.append(f"{name}: {e} (up from {src[1]!r} to {dst[1]!r})")
            elif dst[0] == src[0]:
                found.append(f"{name}: {e} (sideways: {src[1]!r} and {dst[1]!r} are independent)")
    return found


def function_level_model_imports(edges: Iterable[Edge]) -> list[str]:
    """Imports of the models (or the SDK's face for them) inside a function of the provider."""
    return [
        str(e)
        for e in edges
        if e.level == "function"
        and e.importer.startswith("pulumi_kubevirt_provider")
        and e.imported.split(".")[0] in ("pulumi_kubevirt_models", "pulumi_kubevirt")
    ]


def cycles(edges: Iterable[Edge], within: str) -> list[list[str]]:
    """Tarjan's strongly connected components of the import graph among modules under ``within``
    (both levels; less ``OLD_STATE_NAMES``): each cycle as the imports inside it."""
    inside = [
        e
        for e in edges
        if e.importer.startswith(within)
        and e.imported.startswith(within)
        and e.level != "type"
        and (e.importer, e.imported) not in OLD_STATE_NAMES
    ]
    components = import_graph.strongly_connected((e.importer, e.imported) for e in inside)
    return [
        sorted(str(e) for e in inside if e.importer in c and e.imported in c)
        for c in components
        if len(c) > 1 or any(e.importer == e.imported for e in inside if e.importer in c)
    ]


# -- on the real tree ---------------------------------------------------------------------------


def test_each_package_imports_only_the_packages_below_it() -> None:
    assert between_packages(graph()) == []


def test_each_package_keeps_its_layers() -> None:
    assert broken_contracts(CONTRACTS, graph(), modules_under(ROOT)) == []


def test_the_provider_imports_the_models_at_module_level_only() -> None:
    assert function_level_model_imports(graph()) == []


def test_the_provider_has_no_import_cycle() -> None:
    assert cycles(graph(), "pulumi_kubevirt_provider") == []


def test_the_layers_hold_real_modules() -> None:
    """Every name a contract places is a module: a typo in the data would
    otherwise leave a layer that holds nothing."""
    mods = modules_under(ROOT)
    for name, contract in CONTRACTS.items():
        for listed in (n for layer in contract.layers for n in layer):
            full = f"{contract.container}.{listed}"
            assert full in mods, f"{name}: {listed}"


# -- on a copy with one wrong import per contract -----------------------------------------------

P, M = "provider/pulumi_kubevirt_provider", "models/pulumi_kubevirt_models"  # folders
PV, MV = "pulumi_kubevirt_provider", "pulumi_kubevirt_models"  # packages


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    """A copy of the packages (less the big generated model modules: they import only their
    package's base, enums and quantity and each other, and cost seconds to parse)."""
    for package, folder in PACKAGES.items():
        shutil.copytree(
            ROOT / folder / package,
            tmp_path / folder / package,
            ignore=shutil.ignore_patterns("__pycache__", "kubevirt_v1*.py", "cdi_*.py", "k8s_*.py"),
        )
    return tmp_path


def appended(tree: Path, additions: dict[str, str]) -> dict[str, str]:
    """Append each text (one import, maybe after a ``def`` line) to its file, new or real: where
    the import lands, as ``file:line``."""
    where = {}
    for rel, text in additions.items():
        path = tree / rel
        before = path.read_text("utf-8") if path.exists() else ""
        path.write_text(before + text)
        line = before.count("\n") + 1 + text.count("\n", 0, text.index("import"))
        where[rel] = f"{rel}:{line}"
    return where


def test_a_wrong_import_between_packages_is_reported_by_file_and_line(tree: Path) -> None:
    peek = "sandbox/kubevirt_sandbox/controllers/peek.py"
    at = appended(
        tree,
        {
            # the provider builds on the SDK, the models on the provider, the sandbox on the provider
            f"{P}/upward.py": "def build():\n    from pulumi_kubevirt.resources import VirtualMachine\n",
            f"{M}/leak.py": "\n\nfrom pulumi_kubevirt_provider import diff\n",
            peek: "import pulumi_kubevirt_provider.kube\n",
        },
    )
    assert sorted(between_packages(graph(tree))) == [
        f"{at[f'{M}/leak.py']}: {MV}.leak -> {PV}.diff",
        f"{at[f'{P}/upward.py']}: {PV}.upward -> pulumi_kubevirt.resources",
        f"{at[peek]}: kubevirt_sandbox.controllers.peek -> {PV}.kube",
    ]
    assert at[f"{M}/leak.py"].endswith(":3") and at[f"{P}/upward.py"].endswith(":2")


def test_a_wrong_import_up_each_layer_contract_is_reported_by_file_and_line(tree: Path) -> None:
    at = appended(
        tree,
        {
            f"{P}/kube.py": "from pulumi_kubevirt_provider import waiting\n",
            f"{P}/plugin/wire.py": "from pulumi_kubevirt_provider.plugin import server\n",
            f"{P}/resources/base.py": "from . import vm\n",
            f"{P}/domain/access.py": "from pulumi_kubevirt_provider.domain import check\n",
            f"{M}/base.py": "from pulumi_kubevirt_models import manifest\n",
        },
    )
    assert sorted(broken_contracts(CONTRACTS, graph(tree), modules_under(tree))) == sorted(
        [
            f"provider: {at[f'{P}/kube.py']}: {PV}.kube -> {PV}.waiting (up from 'kube' to 'waiting')",
            f"provider.plugin: {at[f'{P}/plugin/wire.py']}: {PV}.plugin.wire -> {PV}.plugin.server"
            " (up from 'wire' to 'server')",
            # wire sits below the provider's handlers, so the import breaks that contract too
            f"provider: {at[f'{P}/plugin/wire.py']}: {PV}.plugin.wire -> {PV}.plugin.server"
            " (up from 'plugin.wire' to 'plugin')",
            f"provider.resources: {at[f'{P}/resources/base.py']}: {PV}.resources.base -> {PV}.resources.vm"
            " (up from 'base' to 'vm')",
            f"provider.domain: {at[f'{P}/domain/access.py']}: {PV}.domain.access -> {PV}.domain.check"
            " (up from 'access' to 'check')",
            f"models: {at[f'{M}/base.py']}: {MV}.base -> {MV}.manifest (up from 'base' to 'manifest')",
        ]
    )


def test_a_sideways_import_and_an_unplaced_module_are_reported(tree: Path) -> None:
    at = appended(
        tree,
        {
            f"{P}/diff.py": "from pulumi_kubevirt_provider import results\n",
            f"{P}/stray.py": "import json\n",
        },
    )
    assert sorted(broken_contracts(CONTRACTS, graph(tree), modules_under(tree))) == [
        f"provider: {at[f'{P}/diff.py']}: {PV}.diff -> {PV}.results"
        " (sideways: 'diff' and 'results' are independent)",
        f"provider: {PV}.stray is in no layer",
    ]


def test_a_function_level_model_import_in_the_provider_is_reported(tree: Path) -> None:
    at = appended(
        tree,
        {
            f"{P}/readiness.py": "def _late():\n    from pulumi_kubevirt_models import kubevirt_v1\n",
            f"{P}/diff.py": "def _face():\n    from pulumi_kubevirt import models\n",
            # at module level, as the provider does: fine
            f"{P}/liveupdate.py": "import pulumi_kubevirt_models as models\n",
        },
    )
    assert sorted(function_level_model_imports(graph(tree))) == [
        f"{at[f'{P}/diff.py']}: {PV}.diff -> pulumi_kubevirt.models",
        f"{at[f'{P}/readiness.py']}: {PV}.readiness -> {MV}",
    ]


def test_an_import_cycle_in_the_provider_is_reported_with_its_imports(tree: Path) -> None:
    """A function-level import counts: it is the usual way a cycle hides."""
    at = appended(
        tree, {f"{P}/diff.py": "def _late():\n    from pulumi_kubevirt_provider import liveupdate\n"}
    )
    assert [[e for e in c if e.startswith(at[f"{P}/diff.py"])] for c in cycles(graph(tree), PV)] == [
        [f"{at[f'{P}/diff.py']}: {PV}.diff -> {PV}.liveupdate"]
    ]
    (cycle,) = cycles(graph(tree), PV)
    assert any(e.endswith(f": {PV}.liveupdate -> {PV}.diff") for e in cycle), cycle


def test_a_type_only_import_closes_no_cycle_and_breaks_no_layer(tree: Path) -> None:
    appended(
        tree,
        {f"{P}/diff.py": "import typing\nif typing.TYPE_CHECKING:\n    from . import liveupdate\n"},
    )
    edges = graph(tree)
    assert [e.level for e in edges if e.importer == f"{PV}.diff" and e.imported == f"{PV}.liveupdate"] == [
        "type"
    ]
    assert cycles(edges, PV) == []
    assert broken_contracts(CONTRACTS, edges, modules_under(tree)) == []
