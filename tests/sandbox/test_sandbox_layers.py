"""The sandbox's layers as contracts (import-linter style), no import cycle in it, and a provider
that knows nothing of it. Pure: reads source files only.

The import graph: an AST walk (``ast.walk``) over every module of ``sandbox/kubevirt_sandbox``,
so imports at module level, inside functions and under ``if TYPE_CHECKING`` all count (an import
inside a function that only hides a cycle is still an edge). ``from kubevirt_sandbox import tools``
is an edge to the submodule ``kubevirt_sandbox.tools``; relative imports are resolved. Not seen: a
module named only at run time (``controllers/manager.optional`` imports ``cdi``, ``services`` and
``migration`` by name; they sit in the layer below the manager and import nothing above it).

The cycle check: Tarjan's strongly connected components over that graph; a component of two or
more modules (or a module importing itself) is a cycle, reported with every import inside it, each
by file and line.

The contracts (data below):

- ``SANDBOX``: layers of the package, top first: a module imports only modules of lower layers,
  and modules of one layer none of each other (import-linter's independent siblings). Every module
  must be in a layer, so a new module is placed, not slipped in.
- ``CONTROLLERS``: the same inside ``kubevirt_sandbox.controllers`` (the KubeVirt stand-in).
- ``CONTROLLERS_IMPORT_ONLY``: the controllers import their own modules (their runtime,
  ``controllers/runtime.py``, and the other controllers) and four small ground-floor helpers,
  nothing else of the sandbox: not the CLI side (``libvirtd``, ``accel``, ``pausing``, ``tools``).
- ``test_the_provider_knows_nothing_of_the_sandbox``: no module of the provider imports the
  sandbox or names it in code (identifiers, string literals other than docstrings): what the
  provider needs is said in KubeVirt's terms.

Each contract and the cycle check are run once more on a copy of the tree with one wrong import
added, and must report it by file and line.
"""

from __future__ import annotations

import ast
import dataclasses
import shutil
from collections.abc import Iterable
from pathlib import Path

import import_graph
import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = "kubevirt_sandbox"
SANDBOX_DIR = ROOT / "sandbox"  # holds the package folder kubevirt_sandbox/
PROVIDER_DIR = ROOT / "provider"  # holds pulumi_kubevirt_provider/


@dataclasses.dataclass(frozen=True)
class Edge:
    importer: str
    imported: str
    where: str  # "sandbox/kubevirt_sandbox/controllers/vmi.py:27"

    def __str__(self) -> str:
        return f"{self.where}: {self.importer} -> {self.imported}"


@dataclasses.dataclass(frozen=True)
class Layers:
    """import-linter's ``layers`` contract: ``layers`` top first, names relative to ``container``;
    a name stands for that module and everything under it; siblings in a layer are independent."""

    name: str
    container: str
    layers: tuple[tuple[str, ...], ...]

    def place(self, module: str) -> tuple[int, str] | None:
        """(layer index, top name) of a module under the container; None outside it or unlisted."""
        if not module.startswith(self.container + "."):
            return None
        top = module[len(self.container) + 1 :].split(".")[0]
        return next(((i, top) for i, layer in enumerate(self.layers) if top in layer), None)

    def unlisted(self, modules: Iterable[str]) -> list[str]:
        return sorted(m for m in modules if m.startswith(self.container + ".") and self.place(m) is None)

    def broken_by(self, edges: Iterable[Edge]) -> list[str]:
        found = []
        for edge in edges:
            src, dst = self.place(edge.importer), self.place(edge.imported)
            if src is None or dst is None or src[1] == dst[1]:
                continue  # outside the container, or inside one entry (its own contract's business)
            if dst[0] < src[0]:
                found.append(f"{edge} ({self.name}: {src[1]} imports {dst[1]}, a layer above it)")
            elif dst[0] == src[0]:
                found.append(f"{edge} ({self.name}: {src[1]} and {dst[1]} are independent siblings)")
        return found


@dataclasses.dataclass(frozen=True)
class ImportsOnly:
    """The modules under ``importers`` import, of the package, only themselves and ``allowed``."""

    name: str
    importers: str
    allowed: tuple[str, ...]

    def broken_by(self, edges: Iterable[Edge]) -> list[str]:
        def under(module: str, prefix: str) -> bool:
            return module == prefix or module.startswith(prefix + ".")

        return [
            f"{edge} ({self.name}: {edge.imported} is neither a controller nor an allowed helper)"
            for edge in edges
            if under(edge.importer, self.importers)
            and not under(edge.imported, self.importers)
            and not any(under(edge.imported, a) for a in self.allowed)
        ]


# The ground floor the controllers may use: records and helpers that import nothing of the sandbox.
GROUND_FOR_CONTROLLERS = ("cachedir", "libvirt_messages", "libvirt_node", "process")

SANDBOX = Layers(
    "sandbox layers",
    PACKAGE,
    (
        ("cli",),  # kubevirt-sandbox's commands
        ("restart",),  # kill|start of one part
        ("nodefail", "console", "pausing"),  # acting on a running sandbox
        ("sandbox",),  # up, down, state.json
        ("controlplane", "crds", "libvirtd"),  # the parts it starts
        ("accel",),  # KVM or TCG: boots the controllers' own domain
        ("controllers",),  # the KubeVirt stand-in, a process of its own
        ("tools", "pki", "admission"),
        ("inline_programs", *GROUND_FOR_CONTROLLERS),  # the ground floor
    ),
)
CONTROLLERS = Layers(
    "controllers layers",
    f"{PACKAGE}.controllers",
    (
        ("__main__",),
        ("manager",),  # the loop
        ("cdi", "migration", "replicaset", "services"),  # other kinds, on top of VMs and VMIs
        ("vm",),
        ("vmi",),
        ("fastboot", "nodes", "storage"),  # parts of a VMI's life that need the runtime
        ("runtime",),  # what every controller shares
        ("cloudinit", "domainxml", "images", "kube"),  # pure: no runtime
        ("cpumodel",),
    ),
)
CONTROLLERS_IMPORT_ONLY = ImportsOnly(
    "controllers import only their runtime",
    f"{PACKAGE}.controllers",
    tuple(f"{PACKAGE}.{name}" for name in GROUND_FOR_CONTROLLERS),
)
CONTRACTS: tuple[Layers | ImportsOnly, ...] = (SANDBOX, CONTROLLERS, CONTROLLERS_IMPORT_ONLY)


def modules_in(base: Path, package: str) -> dict[str, Path]:
    """Dotted module name -> file, for every module of ``package`` under ``base``."""
    found = {}
    for path in sorted((base / package).rglob("*.py")):
        parts = path.relative_to(base).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        found[name] = path
    return found


def imports_in(base: Path, package: str) -> list[Edge]:
    """Every import of one module of ``package`` by another, wherever it stands in the file."""
    modules = modules_in(base, package)
    edges = []
    for module, path in modules.items():
        here = module if path.name == "__init__.py" else module.rpartition(".")[0]
        where = path.relative_to(base.parent)
        for node in ast.walk(ast.parse(path.read_text(), str(path))):
            targets: list[str] = []
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                if node.level:
                    anchor = here.split(".")[: len(here.split(".")) - (node.level - 1)]
                    base_name = ".".join([*anchor, node.module] if node.module else anchor)
                else:
                    base_name = node.module or ""
                targets = [
                    f"{base_name}.{alias.name}" if f"{base_name}.{alias.name}" in modules else base_name
                    for alias in node.names
                ]
            for target in dict.fromkeys(targets):
                while target and target not in modules:  # `import a.b.C`-like: the module holding it
                    target = target.rpartition(".")[0]
                if target:
                    edges.append(Edge(module, target, f"{where}:{node.lineno}"))
    return edges


def cycles(edges: list[Edge]) -> list[list[Edge]]:
    """Tarjan's strongly connected components of the import graph; each cycle as its imports."""
    components = import_graph.strongly_connected((e.importer, e.imported) for e in edges)
    found = []
    for component in components:
        inside = [e for e in edges if e.importer in component and e.imported in component]
        if len(component) > 1 or inside:
            found.append(sorted(inside, key=str))
    return found


def problems(base: Path = SANDBOX_DIR) -> dict[str, list[str]]:
    """What each check finds in the sandbox under ``base`` (empty lists: all kept)."""
    edges = imports_in(base, PACKAGE)
    modules = modules_in(base, PACKAGE)
    found = {c.name: c.broken_by(edges) for c in CONTRACTS}
    found["in no layer"] = SANDBOX.unlisted(modules) + CONTROLLERS.unlisted(modules)
    found["cycles"] = [" | ".join(str(e) for e in cycle) for cycle in cycles(edges)]
    return found


def test_the_sandbox_keeps_its_layers_and_has_no_import_cycle() -> None:
    assert problems() == {
        "sandbox layers": [],
        "controllers layers": [],
        "controllers import only their runtime": [],
        "in no layer": [],
        "cycles": [],
    }


def test_the_graph_sees_imports_inside_functions_and_under_type_checking() -> None:
    edges = {(e.importer, e.imported) for e in imports_in(SANDBOX_DIR, PACKAGE)}
    assert ("kubevirt_sandbox.sandbox", "kubevirt_sandbox.controllers.kube") in edges  # in a function
    assert ("kubevirt_sandbox.pausing", "kubevirt_sandbox.sandbox") in edges  # if TYPE_CHECKING
    assert ("kubevirt_sandbox.accel", "kubevirt_sandbox.controllers.vm") in edges  # from pkg import mod


def copy_of_the_sandbox(tmp_path: Path) -> Path:
    base = tmp_path / "sandbox"
    shutil.copytree(SANDBOX_DIR / PACKAGE, base / PACKAGE, ignore=shutil.ignore_patterns("__pycache__"))
    return base


def add_lines(path: Path, code: str) -> int:
    """Append ``code`` to ``path``; the line number of its last line."""
    text = path.read_text().rstrip("\n") + "\n\n\n" + code.rstrip("\n") + "\n"
    path.write_text(text)
    return text.count("\n")


FUNCTION_LEVEL = "def _later() -> None:\n    from {} import {}\n"
WRONG_IMPORTS = {
    # the ground floor reaching up (and, through sandbox -> controlplane -> process, a cycle)
    "ground reaches up": (
        "process.py",
        FUNCTION_LEVEL.format(PACKAGE, "sandbox"),
        "sandbox layers",
        f"{PACKAGE}.sandbox",
    ),
    "siblings": ("console.py", f"from {PACKAGE} import pausing\n", "sandbox layers", f"{PACKAGE}.pausing"),
    # the import this change removed: a part of a VMI's life reaching up to the VMI handler
    "storage -> vmi": (
        "controllers/storage.py",
        FUNCTION_LEVEL.format(f"{PACKAGE}.controllers", "vmi"),
        "controllers layers",
        f"{PACKAGE}.controllers.vmi",
    ),
    # a controller reaching for the CLI side's tools (below it: the layers alone would allow it)
    "controller -> tools": (
        "controllers/images.py",
        f"from {PACKAGE} import tools\n",
        "controllers import only their runtime",
        f"{PACKAGE}.tools",
    ),
    # a cycle through a function-level import: kube <- runtime <- vmi <- kube
    "cycle": (
        "controllers/kube.py",
        FUNCTION_LEVEL.format(f"{PACKAGE}.controllers", "vmi"),
        "cycles",
        f"{PACKAGE}.controllers.vmi",
    ),
}


@pytest.mark.parametrize(("file", "code", "check", "imported"), WRONG_IMPORTS.values(), ids=WRONG_IMPORTS)
def test_each_check_reports_a_deliberately_wrong_import_by_file_and_line(
    tmp_path: Path, file: str, code: str, check: str, imported: str
) -> None:
    base = copy_of_the_sandbox(tmp_path)
    line = add_lines(base / PACKAGE / file, code)
    module = f"{PACKAGE}." + file.removesuffix(".py").replace("/", ".")
    expected = f"sandbox/{PACKAGE}/{file}:{line}: {module} -> {imported}"
    found = problems(base)
    assert any(expected in problem for problem in found[check]), (expected, found[check])


def test_a_module_in_no_layer_is_reported(tmp_path: Path) -> None:
    base = copy_of_the_sandbox(tmp_path)
    (base / PACKAGE / "newcomer.py").write_text('"""A module nobody placed."""\n')
    (base / PACKAGE / "controllers" / "snapshots.py").write_text('"""A controller nobody placed."""\n')
    assert problems(base)["in no layer"] == [
        "kubevirt_sandbox.newcomer",
        "kubevirt_sandbox.controllers.snapshots",
    ]


def test_the_cycle_check_names_every_import_of_the_cycle() -> None:
    edges = [
        Edge("a", "b", "a.py:1"),
        Edge("b", "c", "b.py:2"),
        Edge("c", "a", "c.py:3"),
        Edge("c", "d", "c.py:4"),
    ]
    assert [[str(e) for e in cycle] for cycle in cycles(edges)] == [
        ["a.py:1: a -> b", "b.py:2: b -> c", "c.py:3: c -> a"]
    ]
    assert cycles([Edge("a", "a", "a.py:9")]) == [[Edge("a", "a", "a.py:9")]]
    assert cycles(edges[:2]) == []


# -- the provider knows nothing of the sandbox ------------------------------------------------------
SANDBOX_WORDS = ("sandbox",)  # kubevirt_sandbox, kubevirt-sandbox.io/..., SANDBOX_FAST_BOOT, ...


def sandbox_mentions(base: Path, package: str) -> list[str]:
    """Imports of the sandbox, and identifiers or string literals (docstrings aside: they may say
    where a setting is useful) naming it, in the code of ``package`` under ``base``."""
    found = []
    for path in sorted((base / package).rglob("*.py")):
        tree = ast.parse(path.read_text(), str(path))
        docstrings = {
            id(node.body[0].value)
            for node in ast.walk(tree)
            if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef)
            and node.body
            and isinstance(node.body[0], ast.Expr)
            and isinstance(node.body[0].value, ast.Constant)
        }
        for node in ast.walk(tree):
            words: list[str] = []
            if isinstance(node, ast.Import):
                words = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                words = [node.module or "", *(a.name for a in node.names)]
            elif isinstance(node, ast.Name):
                words = [node.id]
            elif isinstance(node, ast.Attribute):
                words = [node.attr]
            elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
                words = [node.name]
            elif isinstance(node, ast.arg):
                words = [node.arg]
            elif (
                isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings
            ):
                words = [node.value]
            for word in words:
                if any(s in word.lower() for s in SANDBOX_WORDS):
                    found.append(f"{path.relative_to(base.parent)}:{node.lineno}: {word!r}")
    return found


def test_the_provider_knows_nothing_of_the_sandbox() -> None:
    assert sandbox_mentions(PROVIDER_DIR, "pulumi_kubevirt_provider") == []


def test_the_provider_check_reports_a_sandbox_annotation_by_file_and_line(tmp_path: Path) -> None:
    package = "pulumi_kubevirt_provider"
    base = tmp_path / "provider"
    shutil.copytree(PROVIDER_DIR / package, base / package, ignore=shutil.ignore_patterns("__pycache__"))
    line = add_lines(base / package / "domain" / "check.py", 'FAST = "kubevirt-sandbox.io/fast-boot"\n')
    (base / package / "peek.py").write_text("def f() -> None:\n    import kubevirt_sandbox.tools\n")
    assert sandbox_mentions(base, package) == [
        f"provider/{package}/domain/check.py:{line}: 'kubevirt-sandbox.io/fast-boot'",
        f"provider/{package}/peek.py:2: 'kubevirt_sandbox.tools'",
    ]
