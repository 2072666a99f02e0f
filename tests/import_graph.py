"""Tarjan's strongly connected components, for the import-cycle checks of ``tests/test_layers.py``
(the provider) and ``tests/sandbox/test_sandbox_layers.py`` (the sandbox)."""

from __future__ import annotations

from collections.abc import Iterable


def strongly_connected(edges: Iterable[tuple[str, str]]) -> list[set[str]]:
    """The strongly connected components of the graph of ``(importer, imported)`` edges, each
    module in exactly one (recursive: the packages have a few dozen modules)."""
    succ: dict[str, set[str]] = {}
    for importer, imported in edges:
        succ.setdefault(importer, set()).add(imported)
        succ.setdefault(imported, set())
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
    return components
