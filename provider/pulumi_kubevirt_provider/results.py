"""What the provider core answers, whichever transport carries it to the engine.

The dynamic-provider adapter (``dynamic.py``) and the resource plugin (``plugin/``) translate these
into their own shapes; nothing here knows either of them.
"""

from __future__ import annotations

import dataclasses
import enum
from typing import Any


class DiffKind(enum.Enum):
    ADD = "add"
    ADD_REPLACE = "add-replace"
    DELETE = "delete"
    DELETE_REPLACE = "delete-replace"
    UPDATE = "update"
    UPDATE_REPLACE = "update-replace"


@dataclasses.dataclass(frozen=True)
class PropertyChange:
    kind: DiffKind
    input_diff: bool = True  # False: the difference is with the cluster or the domain (drift)


@dataclasses.dataclass(frozen=True)
class CheckFailure:
    property: str  # the top-level input property, as the engine wants it
    reason: str  # starts with the manifest path


@dataclasses.dataclass
class Check:
    inputs: dict[str, Any]
    failures: list[CheckFailure] = dataclasses.field(default_factory=list)


@dataclasses.dataclass
class Diff:
    """Per-path changes in the engine's property-path syntax (``spec.template.spec.domain.memory.guest``,
    ``metadata.labels["app.kubernetes.io/name"]``, ``domain.currentMemory``)."""

    detailed: dict[str, PropertyChange] = dataclasses.field(default_factory=dict)
    replaces: list[str] = dataclasses.field(default_factory=list)
    delete_before_replace: bool = False

    @property
    def changes(self) -> bool:
        return bool(self.detailed or self.replaces)

    @property
    def drift(self) -> bool:
        """Differences the engine cannot see in the inputs (cluster or domain drift)."""
        return any(not c.input_diff for c in self.detailed.values())

    @property
    def inputs_changed(self) -> bool:
        return any(c.input_diff for c in self.detailed.values())


@dataclasses.dataclass
class Created:
    id: str
    outputs: dict[str, Any]


@dataclasses.dataclass
class Read:
    """``id`` is empty when the object is gone."""

    id: str
    outputs: dict[str, Any]
    inputs: dict[str, Any]
