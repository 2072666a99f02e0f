"""``--fail-on``: which categories of change make the command exit non-zero, and why."""

from __future__ import annotations

from pulumi_kubevirt_provider.report import model

CHOICES = ("replace", "restart", "drift", "delete", "create", "live")
EXIT_TRIPPED = 3  # distinct from 1 (bad input) and 2 (bad arguments)


def parse(text: str) -> list[model.Category]:
    names = [n.strip() for n in text.split(",") if n.strip()]
    unknown = [n for n in names if n not in CHOICES]
    if unknown:
        raise ValueError(f"--fail-on: unknown {', '.join(unknown)}; choose from {', '.join(CHOICES)}")
    return [model.Category(n) for n in names]


def tripped(report: model.Report, fail_on: list[model.Category]) -> list[str]:
    """One line per category that tripped, naming the resources."""
    lines = []
    for category in fail_on:
        hits = [r.name for r in report.resources if category in r.categories]
        if hits:
            shown = ", ".join(hits[:10]) + (f" and {len(hits) - 10} more" if len(hits) > 10 else "")
            lines.append(f"{category.value}: {shown}")
    return lines
