"""Words shared by the Markdown and text renderers: a resource's headline, values, the order."""

from __future__ import annotations

import json
from typing import Any

from pulumi_kubevirt_provider.report import model

ABSENT = "—"
DRIFT_UNAVAILABLE = (
    "drift detail per path is unavailable with the dynamic transport (`kubevirt:transport dynamic`): "
    "the engine's detailedDiff is empty for drift, and the lines below are the provider's messages, "
    "matched to the resource by its object name; use `pulumi config set kubevirt:transport plugin` "
    "for per-path drift"
)
DRIFT_UNAVAILABLE_SHORT = "Per-path detail unavailable (dynamic transport); the provider's lines:"

# Sections in this order: what a reviewer must not miss first.
_RANK = {
    model.Operation.REPLACE: 0,
    model.Operation.DELETE: 1,
}


def rank(resource: model.Resource) -> int:
    if resource.operation in _RANK:
        return _RANK[resource.operation]
    if resource.change_class is model.ChangeClass.RESTART:
        return 2
    if resource.drift:
        return 3
    if resource.operation is model.Operation.UPDATE:
        return 4
    if resource.operation is model.Operation.CREATE:
        return 5
    return 6


def ordered(resources: list[model.Resource]) -> list[model.Resource]:
    return sorted(resources, key=lambda r: (rank(r), r.name, r.urn))


def headline(resource: model.Resource) -> str:
    """``update, needs a restart``, ``create``, ``drift``, ``replace`` ..."""
    op = resource.operation
    if op is model.Operation.UPDATE and not resource.changes:
        return "drift" if resource.drift else "update"
    if op is model.Operation.SAME:
        return "pending" if resource.pending else "no change"
    text = op.value
    if op is model.Operation.UPDATE and resource.change_class:
        text += f", {resource.change_class.value}"
    if resource.drift and op is not model.Operation.UPDATE:
        text += ", drifted"
    elif resource.drift:
        text += ", and drift"
    return text


def value(v: Any, limit: int = 80) -> str:
    if v is None:
        return ABSENT
    text = v if isinstance(v, str) else json.dumps(v, separators=(",", ":"), sort_keys=True)
    return text if len(text) <= limit else text[: limit - 1] + "…"


_PHRASES = {
    model.Category.CREATE: ("to create", "to create"),
    model.Category.LIVE: ("updated live", "updated live"),
    model.Category.RESTART: ("needs a restart", "need a restart"),
    model.Category.REPLACE: ("to replace", "to replace"),
    model.Category.DELETE: ("to delete", "to delete"),
    model.Category.DRIFT: ("drifted", "drifted"),
}


def summary_words(report: model.Report) -> str:
    """``1 to create · 2 need a restart · 1 drifted (3 unchanged)``."""
    counts = report.summary
    parts = [f"{n} {_PHRASES[c][0 if n == 1 else 1]}" for c in model.Category if (n := counts[c.value])]
    text = " · ".join(parts) if parts else "no changes"
    return text + (f" ({report.unchanged} unchanged)" if report.unchanged else "")


def dynamic_drift(report: model.Report) -> bool:
    return any(not r.drift_detail and r.drift for r in report.resources)


def drift_message(d: model.Drift) -> str:
    """The provider's line, without the path when the path is shown beside it."""
    message = d.message or ""
    if d.path and message.startswith(d.path + " "):
        return message[len(d.path) + 1 :]
    return message
