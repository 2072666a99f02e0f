"""What the provider finds about a resource, as data, and the one place that words it.

The core (``resources/``, ``domain/``) makes a :class:`Finding` for each thing it has to tell:
drift in the cluster or in the libvirt domain, a change KubeVirt has not applied yet (pending),
what ``up`` will do about drift (the plan) or does (a repair), whether a VM applies a template
change live or at its next restart (the classification, decided here once), the data a
replacement deletes, and plain notices. Each finding carries its facts (path, declared and live
values, cause, what ``up`` does), never a value under a secret input: :func:`cluster_drift`
keeps only :data:`SECRET` for those.

:func:`line` is the only function that turns a finding into words: the log lines of both
transports, the VM's ``drift`` and ``pending`` outputs and the report's messages all come from
it. :func:`tell` says a finding through the current operation (``operation.py``), which also
collects it; the transport then sends the operation's findings once more, machine-readable, as
one line that starts with :data:`PREFIX` (:func:`machine_line`), and the report reads that line
back with :func:`decode` instead of the sentences.
"""

from __future__ import annotations

import dataclasses
import json
from typing import Any, ClassVar

from pulumi_kubevirt_provider import liveupdate, operation

SECRET = "[secret]"
CHANGED_OUTSIDE = "changed outside Pulumi"
# The label of lines about the provider process rather than one resource (the cluster is
# unreachable, domain access is off ...).
PROCESS = "pulumi-kubevirt"
# Starts the machine-readable line each transport sends after an operation that found something.
PREFIX = "pulumi-kubevirt findings v1: "
FORMAT = 1


@dataclasses.dataclass(frozen=True)
class Finding:
    KIND: ClassVar[str] = ""


@dataclasses.dataclass(frozen=True)
class ClusterDrift(Finding):
    """A field of the live object is not what was applied. ``declared``/``live`` are JSON values,
    both :data:`SECRET` when the path is under an input that holds a secret (``secret``)."""

    KIND = "cluster-drift"
    path: str
    declared: Any
    live: Any
    secret: bool = False
    up: str = "applies the declared value"


@dataclasses.dataclass(frozen=True)
class Deleted(Finding):
    """The object is gone from the cluster."""

    KIND = "deleted"
    path: str = "metadata"
    up: str = "recreates it"


@dataclasses.dataclass(frozen=True)
class DomainDrift(Finding):
    """The libvirt domain that runs the VM is not the declared machine. ``field`` is how the user
    reads it ("memory", "disk scratch bus"); ``repair`` how ``up`` repairs it (``compare.RESUME``,
    ``SETMEM``, ``RESTART``, ``WAIT``)."""

    KIND = "domain-drift"
    field: str
    live: str
    declared: str
    repair: str

    def path(self) -> str:
        """Where it is in the ``domain`` output, in the engine's property-path syntax:
        ``domain.currentMemory``, ``domain.state``, ``domain.disks["scratch"].bus``."""
        if self.field in _DOMAIN_PATHS:
            return f"domain.{_DOMAIN_PATHS[self.field]}"
        device, name, *attribute = self.field.split(" ")
        path = f'domain.{device}s["{name}"]'
        return path + (f".{attribute[0].lower()}" if attribute else "")


_DOMAIN_PATHS = {
    "run state": "state",
    "definition": "persistent",
    "boot memory": "memory",
    "memory": "currentMemory",
    "vCPUs": "vcpus",
    "CPU topology": "topology",
    "machine type": "machine",
}


@dataclasses.dataclass(frozen=True)
class Repairing(DomainDrift):
    """``up`` is repairing this domain drift."""

    KIND = "repairing"


@dataclasses.dataclass(frozen=True)
class Pending(Finding):
    """A template change the running VMI does not have yet (``subject``), and why (``cause``)."""

    KIND = "pending"
    subject: str
    cause: str = ""
    up: str = "nothing: KubeVirt applies it"


@dataclasses.dataclass(frozen=True)
class Hotplug(Finding):
    """A domain field KubeVirt is changing live right now: not drift."""

    KIND = "hotplug"
    field: str
    live: str
    declared: str
    cause: str = "KubeVirt hotplug in progress"


@dataclasses.dataclass(frozen=True)
class Migrating(Finding):
    KIND = "migrating"
    target: str


@dataclasses.dataclass(frozen=True)
class PausedByKubeVirt(Finding):
    """The domain is paused through KubeVirt (``virtctl pause``): operator intent, not drift."""

    KIND = "paused"
    up: str = "leaves it paused"


@dataclasses.dataclass(frozen=True)
class Plan(Finding):
    """What ``up`` does about the drift of a VM's domain, one action each."""

    KIND = "plan"
    actions: tuple[str, ...]


@dataclasses.dataclass(frozen=True)
class Classification(Finding):
    """How KubeVirt applies a change to a VM's template: ``live`` paths to the running VM
    (LiveUpdate), ``restart`` paths at its next restart (RestartRequired). Made by
    :func:`classify` only."""

    KIND = "classification"
    live: tuple[str, ...]
    restart: tuple[str, ...]
    running: bool
    restart_on_change: bool = False

    @property
    def up(self) -> str:
        if self.restart and self.running:
            return "restarts the VM" if self.restart_on_change else "does not restart the VM"
        return "applies it" if self.live or self.restart else ""


@dataclasses.dataclass(frozen=True)
class Replacement(Finding):
    """What a replacement deletes besides the object (``replacements.data_loss``)."""

    KIND = "replacement"
    loss: str


@dataclasses.dataclass(frozen=True)
class TakeBack(Finding):
    """``up`` takes back fields that other managers changed imperatively."""

    KIND = "take-back"
    managers: tuple[str, ...]


@dataclasses.dataclass(frozen=True)
class PutBack(Finding):
    """``up`` puts a declared list back whole (a merge patch before the apply)."""

    KIND = "put-back"
    path: str


@dataclasses.dataclass(frozen=True)
class Notice(Finding):
    KIND = "notice"
    text: str


_KINDS: dict[str, type[Finding]] = {
    cls.KIND: cls
    for cls in (
        ClusterDrift,
        Deleted,
        DomainDrift,
        Repairing,
        Pending,
        Hotplug,
        Migrating,
        PausedByKubeVirt,
        Plan,
        Classification,
        Replacement,
        TakeBack,
        PutBack,
        Notice,
    )
}
PENDING = (Pending, Hotplug, Migrating)  # the kinds that are changes on their way, with "pending: "


# -- making findings ---------------------------------------------------------------------------
def cluster_drift(path: str, declared: Any, live: Any, *, secret: bool) -> ClusterDrift:
    """A cluster drift finding that never holds the values of a path under a secret input."""
    if secret:
        return ClusterDrift(path, SECRET, SECRET, secret=True)
    return ClusterDrift(path, declared, live)


def classify(
    old: dict[str, Any], new: dict[str, Any], *, running: bool, restart_on_change: bool = False
) -> Classification:
    """Live or restart, for a VM's declared template change: decided here, for the preview's line
    and for the report alike (``liveupdate.classify`` knows which paths KubeVirt applies live)."""
    live, restart = liveupdate.classify(old, new)
    return Classification(tuple(live), tuple(restart), running, restart_on_change)


# -- the one renderer ------------------------------------------------------------------------
REPLACED = "replaced (deleted first, then created): "
PAUSED_BY_KUBEVIRT = (
    "paused through KubeVirt (the VMI's Paused condition, as `virtctl pause` sets it): operator "
    "intent, not drift; `up` leaves it paused (`virtctl unpause` resumes it)"
)


def _domain_text(f: DomainDrift) -> str:
    return f"domain {f.field} {f.live}, declared {f.declared} ({CHANGED_OUTSIDE})"


def pending_text(f: Finding) -> str:
    """A pending finding's words without the leading ``pending: `` (the report's list)."""
    if isinstance(f, Pending):
        return f"{f.subject}; {f.cause}" if f.cause else f.subject
    if isinstance(f, Hotplug):
        return f"domain {f.field} {f.live}, becoming {f.declared} ({f.cause})"
    if isinstance(f, Migrating):
        return f"migrating to {f.target}"
    raise TypeError(f"not a pending finding: {f!r}")


def line(f: Finding, *, hidden_as_values: bool = False) -> str:
    """The finding in words, as the log line, the ``drift``/``pending`` outputs and the report
    show it; empty for a classification that has nothing to say (a VM that is not running).
    ``hidden_as_values``: a secret cluster drift spelled with ``[secret]`` in place of both values
    (the report's form) rather than "differs ... from the declared [secret]" (the log's)."""
    if isinstance(f, ClusterDrift):
        if f.secret and not hidden_as_values:
            return f"{f.path} differs in the cluster from the declared {SECRET} ({CHANGED_OUTSIDE})"
        if f.secret:
            return f"{f.path} is {SECRET} in the cluster, declared {SECRET} ({CHANGED_OUTSIDE})"
        return f"{f.path} is {f.live!r} in the cluster, declared {f.declared!r} ({CHANGED_OUTSIDE})"
    if isinstance(f, Deleted):
        return "deleted outside Pulumi: the update recreates it"
    if isinstance(f, Repairing):
        return f"repairing: {_domain_text(f)}"
    if isinstance(f, DomainDrift):
        return _domain_text(f)
    if isinstance(f, PENDING):
        return f"pending: {pending_text(f)}"
    if isinstance(f, PausedByKubeVirt):
        return PAUSED_BY_KUBEVIRT
    if isinstance(f, Plan):
        return "up " + "; ".join(f.actions)
    if isinstance(f, Classification):
        if f.restart and f.running:
            action = (
                "restarts the VM to apply them (restart_on_change)"
                if f.restart_on_change
                else "KubeVirt applies them at the next restart (RestartRequired)"
            )
            return f"needs a restart: {', '.join(f.restart)}; {action}"
        if f.live and f.running:
            return f"applied live: {', '.join(f.live)}"
        return ""
    if isinstance(f, Replacement):
        return REPLACED + f.loss
    if isinstance(f, TakeBack):
        return f"taking back fields {CHANGED_OUTSIDE} by {', '.join(f.managers)}"
    if isinstance(f, PutBack):
        return f"putting back {f.path} as declared"
    if isinstance(f, Notice):
        return f.text
    raise TypeError(f"no words for {f!r}")


def tell(label: str, f: Finding) -> None:
    """Say ``f`` where the current operation sends messages, and keep it for the transport's
    machine-readable line."""
    text = line(f)
    if not text:
        return
    op = operation.current()
    op.say(label, text)
    if op.found is not None:
        op.found.append((label, f))


def notice(label: str, text: str) -> None:
    tell(label, Notice(text))


# -- the machine-readable form ---------------------------------------------------------------
def to_json(f: Finding) -> dict[str, Any]:
    return {"kind": f.KIND, **{k: list(v) if isinstance(v, tuple) else v for k, v in vars(f).items()}}


def from_json(raw: dict[str, Any]) -> Finding:
    """A finding back from :func:`to_json`; ValueError if it is not one."""
    cls = _KINDS.get(str(raw.get("kind")))
    if cls is None:
        raise ValueError(f"unknown finding kind {raw.get('kind')!r}")
    values = {}
    for field in dataclasses.fields(cls):
        if field.name in raw:
            value = raw[field.name]
            values[field.name] = tuple(value) if isinstance(value, list) else value
    try:
        return cls(**values)
    except TypeError as exc:
        raise ValueError(f"not a {cls.KIND} finding: {raw!r}") from exc


def machine_line(found: list[tuple[str, Finding]], *, kind: str = "", object_: str = "") -> str:
    """One line for all the findings of an operation. ``kind`` (the Kubernetes kind) and
    ``object_`` (``namespace/name``) name the resource where the transport has no URN (dynamic)."""
    doc: dict[str, Any] = {"format": FORMAT}
    if kind:
        doc["kind"] = kind
    if object_:
        doc["object"] = object_
    doc["findings"] = [{"label": label, **to_json(f)} for label, f in found]
    return PREFIX + json.dumps(doc, separators=(",", ":"), default=str)


@dataclasses.dataclass(frozen=True)
class Decoded:
    kind: str
    object: str
    findings: tuple[tuple[str, Finding], ...]


def decode(text: str) -> Decoded | None:
    """The findings of a :func:`machine_line`; None if ``text`` is not one (or not readable)."""
    if not text.startswith(PREFIX):
        return None
    try:
        doc = json.loads(text[len(PREFIX) :])
        found = tuple((str(raw.get("label") or ""), from_json(raw)) for raw in doc["findings"])
    except (ValueError, KeyError, TypeError, AttributeError):
        return None
    return Decoded(str(doc.get("kind") or ""), str(doc.get("object") or ""), found)
