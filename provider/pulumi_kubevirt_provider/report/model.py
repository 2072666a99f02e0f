"""The facts of a preview report, as plain data: what every renderer and the policy read.

Nothing here parses or renders; ``facts.py`` builds these from a preview, ``markdown.py``,
``text.py`` and ``machine.py`` write them out, ``policy.py`` judges them.
"""

from __future__ import annotations

import dataclasses
import enum
from typing import Any


class Operation(enum.StrEnum):
    CREATE = "create"
    UPDATE = "update"
    REPLACE = "replace"
    DELETE = "delete"
    SAME = "same"
    READ = "read"
    IMPORT = "import"
    OTHER = "other"


class ChangeClass(enum.StrEnum):
    """What a declared update does to a VM (and, for other kinds, whether it is in place)."""

    LIVE = "applied live"  # KubeVirt's LiveUpdate applies it to the running VM
    RESTART = "needs a restart"  # RestartRequired: applied at the VM's next restart
    REPLACE = "replace"  # deleted and created again
    STOPPED = "applied at next start"  # the VM is not running: nothing to restart
    IN_PLACE = "in place"  # not a template change (labels, runStrategy, a Service port ...)


class Source(enum.StrEnum):
    DECLARED = "declared"  # the program's inputs changed
    CLUSTER = "cluster"  # the live object is not what was declared (drift)
    DOMAIN = "domain"  # the libvirt domain is not the declared machine (drift)


class Category(enum.StrEnum):
    """The summary's columns, in order; also the names ``--fail-on`` takes."""

    CREATE = "create"
    LIVE = "live"
    RESTART = "restart"
    REPLACE = "replace"
    DELETE = "delete"
    DRIFT = "drift"


CATEGORY_TITLES = {
    Category.CREATE: "create",
    Category.LIVE: "update, live",
    Category.RESTART: "update, needs restart",
    Category.REPLACE: "replace",
    Category.DELETE: "delete",
    Category.DRIFT: "drift",
}


@dataclasses.dataclass(frozen=True)
class FieldChange:
    """One declared path: ``before``/``after`` are JSON values, ``None`` when absent,
    ``"[secret]"`` when secret."""

    path: str
    kind: str  # add, delete, update (the engine's kinds, "-replace" appended when it replaces)
    before: Any = None
    after: Any = None
    effect: ChangeClass | None = None


@dataclasses.dataclass(frozen=True)
class Drift:
    source: Source
    path: str | None  # None when only the provider's line is known (dynamic transport)
    message: str | None = None  # the provider's line, without the resource's name


@dataclasses.dataclass
class Resource:
    urn: str
    name: str  # the Pulumi resource name
    kind: str  # VirtualMachine, DataVolume, ... or the raw type token for other resources
    type: str
    transport: str  # plugin, dynamic, or "" for resources that are not pulumi-kubevirt's
    operation: Operation
    object: str = ""  # namespace/name in the cluster
    change_class: ChangeClass | None = None
    why: list[str] = dataclasses.field(default_factory=list)
    changes: list[FieldChange] = dataclasses.field(default_factory=list)
    drift: list[Drift] = dataclasses.field(default_factory=list)
    drift_detail: bool = True  # False: the transport cannot say which paths drifted
    plan: list[str] = dataclasses.field(default_factory=list)  # what `up` does about the drift
    pending: list[str] = dataclasses.field(default_factory=list)
    imports: list[str] = dataclasses.field(default_factory=list)
    migrations: list[str] = dataclasses.field(default_factory=list)
    notes: list[str] = dataclasses.field(default_factory=list)

    @property
    def categories(self) -> list[Category]:
        out = []
        if self.operation is Operation.CREATE:
            out.append(Category.CREATE)
        elif self.operation is Operation.REPLACE:
            out.append(Category.REPLACE)
        elif self.operation is Operation.DELETE:
            out.append(Category.DELETE)
        elif self.operation is Operation.UPDATE and self.changes:
            out.append(Category.RESTART if self.change_class is ChangeClass.RESTART else Category.LIVE)
        if self.drift:
            out.append(Category.DRIFT)
        return out

    @property
    def noteworthy(self) -> bool:
        """Worth a section: it changes, drifted, or has something pending."""
        return bool(
            self.operation not in (Operation.SAME, Operation.READ) or self.drift or self.pending or self.notes
        )


@dataclasses.dataclass
class Report:
    resources: list[Resource]
    notes: list[str] = dataclasses.field(default_factory=list)  # lines no resource could claim
    errors: list[str] = dataclasses.field(default_factory=list)  # error diagnostics
    unchanged: int = 0

    def count(self, category: Category) -> int:
        return sum(1 for r in self.resources if category in r.categories)

    @property
    def summary(self) -> dict[str, int]:
        return {c.value: self.count(c) for c in Category}

    @property
    def transports(self) -> list[str]:
        return sorted({r.transport for r in self.resources if r.transport})
