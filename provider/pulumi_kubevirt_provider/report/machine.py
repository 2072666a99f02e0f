"""The report as JSON, for policy engines and scripts: the same facts as the Markdown, complete."""

from __future__ import annotations

import json
from typing import Any

from pulumi_kubevirt_provider.report import model

FORMAT_VERSION = 1


def _resource(r: model.Resource) -> dict[str, Any]:
    return {
        "urn": r.urn,
        "name": r.name,
        "kind": r.kind,
        "type": r.type,
        "transport": r.transport or None,
        "object": r.object or None,
        "operation": r.operation.value,
        "categories": [c.value for c in r.categories],
        "class": r.change_class.value if r.change_class else None,
        "why": r.why,
        "changes": [
            {
                "path": c.path,
                "kind": c.kind,
                "before": c.before,
                "after": c.after,
                "effect": c.effect.value if c.effect else None,
            }
            for c in r.changes
        ],
        "drift": [{"source": d.source.value, "path": d.path, "message": d.message} for d in r.drift],
        "driftDetail": "per-path" if r.drift_detail else "unavailable",
        "plan": r.plan,
        "pending": r.pending,
        "imports": r.imports,
        "migrations": r.migrations,
        "notes": r.notes,
    }


def as_dict(report: model.Report) -> dict[str, Any]:
    return {
        "formatVersion": FORMAT_VERSION,
        "summary": {**report.summary, "unchanged": report.unchanged},
        "transports": report.transports,
        "errors": report.errors,
        "notes": report.notes,
        "resources": [_resource(r) for r in report.resources],
    }


def render(report: model.Report) -> str:
    return json.dumps(as_dict(report), indent=2, ensure_ascii=False) + "\n"
