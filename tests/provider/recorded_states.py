"""The object states ``scripts/record_states.py`` recorded from the sandbox, for the fast tests.

``data/states/<kind>/<state>.yaml`` holds ``object`` (as the API server returned it), ``moment``
(when it was taken), ``declared`` (what was applied), ``declared_before`` (the declaration before
a change), and beside a VM or VMI that runs, ``vmi`` and ``domain`` (the libvirt domain as the
provider's libvirt backend read it). Tests parametrize over these files, so a state recorded later
adds cases (and, where a test keeps a table of verdicts, fails until its verdict is written down).
"""

from __future__ import annotations

import dataclasses
import functools
from pathlib import Path
from typing import Any

import pytest
import yaml

from pulumi_kubevirt_provider.domain import access

STATES = Path(__file__).resolve().parent / "data" / "states"


@dataclasses.dataclass(frozen=True)
class State:
    kind: str  # the folder: virtualmachine, virtualmachineinstance, datavolume, service, migration
    name: str
    moment: str
    object: dict[str, Any] | None
    declared: dict[str, Any] | None = None
    declared_before: dict[str, Any] | None = None
    vmi: dict[str, Any] | None = None
    domain: dict[str, Any] | None = None

    @property
    def id(self) -> str:
        return f"{self.kind}/{self.name}"

    def reading(self) -> access.Reading:
        """The recorded domain, as the backend returned it."""
        assert self.domain is not None, f"{self.id} has no domain"
        return access.Reading(**self.domain)


@functools.cache
def _all() -> tuple[State, ...]:
    found = []
    for path in sorted(STATES.glob("*/*.yaml")):
        doc = yaml.safe_load(path.read_text())
        assert doc.get("how") and doc.get("moment"), f"{path}: no header saying how it was recorded"
        fields = {f.name for f in dataclasses.fields(State)} - {"kind", "name"}
        found.append(State(kind=path.parent.name, name=path.stem, **{k: doc.get(k) for k in fields}))
    return tuple(found)


def states(kind: str | None = None, having: str | None = None) -> list[State]:
    """The recorded states (of one kind; with field ``having`` set)."""
    return [s for s in _all() if (kind is None or s.kind == kind) and (having is None or getattr(s, having))]


def params(kind: str | None = None, having: str | None = None) -> list[Any]:
    """``states`` as pytest parameters named ``<kind>/<state>``."""
    return [pytest.param(s, id=s.id) for s in states(kind, having)]
