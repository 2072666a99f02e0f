"""The import layers of this repository as contracts (import-linter style), checked on the source.

Between the packages (``PACKAGES``): the models (``pulumi_kubevirt_models``, folder ``models/``)
<- the provider (``pulumi_kubevirt_provider``) <- the SDK (``pulumi_kubevirt``); the models import
nothing of this project, the sandbox (``kubevirt_sandbox``) none of the others, and none of the
others the sandbox.

Inside a package (``CONTRACTS``, data below): import-linter's ``layers`` contract. Layers are
listed top first, by names relative to a container; a name stands for that module and everything
under it (the longest listed name wins: ``plugin.wire`` sits lower than the rest of ``plugin``). A
module imports only modules of lower layers, modules of one layer none of each other, and every
module under a container must be placed (a new module is placed, not slipped in). Names not there
yet are placed already (``report``: the preview report moves into the provider; ``kinds``,
``config_keys``, ``tunables``, ``kubeconfig``, ``credentials``, ``redaction``: issue 22's other
parts); their contracts hold vacuously until then. The sandbox's inner layers are in
``tests/sandbox/test_sandbox_layers.py``; ``SANDBOX`` is the hook for running contracts of it here.

Also: no module of the provider imports the models inside a function (the provider imports
``pulumi_kubevirt_models`` at module level; its names load on first use, PEP 562), and the provider
(and the report in it) has no import cycle.

The import graph: an AST walk over every module's source, so imports at module level, inside
functions and under ``if TYPE_CHECKING`` all count (an import inside a function only hides a
cycle). ``from pkg import name`` is an edge to the submodule ``pkg.name`` when there is one;
relative imports are resolved. The cycle check: Tarjan's strongly connected components over that
graph (module- and function-level edges alike); a component of two modules or more, or a module
importing itself, is a cycle, reported with every import inside it by file and line.

Each check runs once more on a copy of the tree with one deliberately wrong import added per
contract, and must report exactly that import, by file and line.
"""

from __future__ import annotations

import ast
import dataclasses
import shutil
from collections.abc import Iterable, Iterator
from pathlib import Path

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


# The provider's layers, top first, derived from its imports (and where the other parts of issue
# 22 put their new modules).
PROVIDER = Layers(
    "pulumi_kubevirt_provider",
    (
        ("report",),  # the preview report (pulumi-kubevirt report): reads the core's findings
        ("dynamic", "plugin"),  # the two transports, independent of each other
        ("kinds",),  # the kind table the transports derive from
        ("resources",),  # one handler per kind
        ("domain",),  # the domain check: libvirt or the launcher, through kube
        ("kube",),  # the one API client
        ("watching", "waiting", "credentials"),  # the shared watch, the wait loop, loaded credentials
        ("settings",),  # ClusterSettings
        # Which kubeconfig; what a change applies live; the plugin's wire format (Pulumi's secret
        # signature, which the VM handler reads too).
        ("kubeconfig", "liveupdate", "plugin.wire"),
        (
            "config_keys",
            "tunables",
            "redaction",
            "errors",
            "operation",
            "results",
            "readiness",
            "replacements",
            "diff",
            "selftest",
        ),
    ),
)

CONTRACTS = {
    "provider": PROVIDER,
    "provider.plugin": Layers(
        "pulumi_kubevirt_provider.plugin", (("__main__",), ("server",), ("schema", "wire"))
    ),
    "provider.resources": Layers(
        "pulumi_kubevirt_provider.resources", (("datavolume", "migration", "service", "vm"), ("base",))
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
# The hook for the sandbox's inner layers (tests/sandbox/test_sandbox_layers.py states them):
# a contract added here runs through every check below.
SANDBOX: dict[str, Layers] = {}

# Imports the contracts and the cycle check let through, each with its reason. Older stacks
# stored ``pulumi_kubevirt_provider.resources.<kind>.<Kind>Provider`` as their dynamic provider
# (pickled by reference); a module ``__getattr__`` in each handler module still hands out the
# dynamic adapter under that name (tests/provider/test_core.py), importing it when asked.
OLD_STATE_NAMES = {
    (f"pulumi_kubevirt_provider.resources.{kind}", "pulumi_kubevirt_provider.dynamic")
    for kind in ("datavolume", "migration", "service", "vm")
}


@dataclasses.dataclass(frozen=True)
class Edge:
    importer: str
    imported: str
    where: str  # "provider/pulumi_kubevirt_provider/diff.py:22"
    in_function: bool

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


def _imports(tree: ast.AST, in_function: bool = False) -> Iterator[tuple[ast.Import | ast.ImportFrom, bool]]:
    for node in ast.iter_child_nodes(tree):
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            yield node, in_function
        inner = in_function or isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda))
        yield from _imports(node, inner)


def edges_of(module: str, path: Path, known: Iterable[str], root: Path) -> list[Edge]:
    """The imports ``module`` makes of this repository's packages (module level, inside functions,
    under TYPE_CHECKING), each resolved to the module it names."""
    known = set(known)
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    out = []
    for node, in_function in _imports(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        else:
            base = node.module or ""
            if node.level:
                up = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*up, *([node.module] if node.module else [])])
            targets = [f"{base}.{a.name}" if f"{base}.{a.name}" in known else base for a in node.names]
        where = f"{path.relative_to(root)}:{node.lineno}"
        out += [
            Edge(module, t, where, in_function) for t in dict.fromkeys(targets) if t.split(".")[0] in PACKAGES
        ]
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
            if src is None or dst is None or src[1] == dst[1] or (e.importer, e.imported) in OLD_STATE_NAMES:
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
        if e.in_function
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
        and (e.importer, e.imported) not in OLD_STATE_NAMES
    ]
    succ: dict[str, set[str]] = {}
    for e in inside:
        succ.setdefault(e.importer, set()).add(e.imported)
        succ.setdefault(e.imported, set())
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    components: list[set[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(succ[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = set()
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.add(w)
                if w == v:
                    break
            components.append(component)

    for v in sorted(succ):
        if v not in index:
            visit(v)
    return [
        sorted(str(e) for e in inside if e.importer in c and e.imported in c)
        for c in components
        if len(c) > 1 or any(e.importer == e.imported for e in inside if e.importer in c)
    ]


# -- on the real tree ---------------------------------------------------------------------------


def test_each_package_imports_only_the_packages_below_it() -> None:
    assert between_packages(graph()) == []


def test_each_package_keeps_its_layers() -> None:
    assert broken_contracts({**CONTRACTS, **SANDBOX}, graph(), modules_under(ROOT)) == []


def test_the_provider_imports_the_models_at_module_level_only() -> None:
    assert function_level_model_imports(graph()) == []


def test_the_provider_has_no_import_cycle() -> None:
    assert cycles(graph(), "pulumi_kubevirt_provider") == []


def test_the_layers_hold_real_modules() -> None:
    """Every contract places modules that exist (or, for the names listed ahead, will): a typo in
    the data would otherwise leave a layer that holds nothing."""
    ahead = {"report", "kinds", "config_keys", "tunables", "kubeconfig", "credentials", "redaction"}
    mods = modules_under(ROOT)
    for name, contract in CONTRACTS.items():
        for layer in contract.layers:
            for listed in layer:
                full = f"{contract.container}.{listed}"
                assert full in mods or (name == "provider" and listed in ahead), f"{name}: {listed}"


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
            f"{P}/waiting.py": "from pulumi_kubevirt_provider import kube\n",
            f"{P}/plugin/wire.py": "from pulumi_kubevirt_provider.plugin import server\n",
            f"{P}/resources/base.py": "from . import vm\n",
            f"{P}/domain/access.py": "from pulumi_kubevirt_provider.domain import check\n",
            f"{M}/base.py": "from pulumi_kubevirt_models import manifest\n",
        },
    )
    assert sorted(broken_contracts(CONTRACTS, graph(tree), modules_under(tree))) == sorted(
        [
            f"provider: {at[f'{P}/waiting.py']}: {PV}.waiting -> {PV}.kube (up from 'waiting' to 'kube')",
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
            f"{P}/diff.py": "from pulumi_kubevirt_provider import readiness\n",
            f"{P}/stray.py": "import json\n",
        },
    )
    assert sorted(broken_contracts(CONTRACTS, graph(tree), modules_under(tree))) == [
        f"provider: {at[f'{P}/diff.py']}: {PV}.diff -> {PV}.readiness"
        " (sideways: 'diff' and 'readiness' are independent)",
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
