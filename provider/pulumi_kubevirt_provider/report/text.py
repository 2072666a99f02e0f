"""The report for a terminal: the same facts as the Markdown, coloured when asked."""

from __future__ import annotations

from pulumi_kubevirt_provider.report import model, wording

_COLOURS = {
    "create": "32",  # green
    "live": "36",  # cyan
    "restart": "33",  # yellow
    "replace": "35",  # magenta
    "delete": "31",  # red
    "drift": "33;1",
    "dim": "2",
    "bold": "1",
}


class _Paint:
    def __init__(self, colour: bool) -> None:
        self.colour = colour

    def __call__(self, style: str, text: str) -> str:
        return f"\033[{_COLOURS[style]}m{text}\033[0m" if self.colour else text


def _style(r: model.Resource) -> str:
    cats = r.categories
    for c in (
        model.Category.REPLACE,
        model.Category.DELETE,
        model.Category.RESTART,
        model.Category.DRIFT,
        model.Category.CREATE,
        model.Category.LIVE,
    ):
        if c in cats:
            return c.value
    return "dim"


def render(report: model.Report, title: str = "Pulumi preview", colour: bool = False) -> str:
    paint = _Paint(colour)
    counts = report.summary
    out = [paint("bold", title), ""]
    out.append(
        "  ".join(
            paint(c.value, f"{model.CATEGORY_TITLES[c]}: {counts[c.value]}")
            if counts[c.value]
            else f"{model.CATEGORY_TITLES[c]}: 0"
            for c in model.Category
        )
        + (f"  unchanged: {report.unchanged}" if report.unchanged else "")
    )
    out.append("")
    for e in report.errors:
        out.append(paint("delete", f"error: {e}"))
    if wording.dynamic_drift(report):
        out.append(paint("dim", f"note: {wording.DRIFT_UNAVAILABLE.replace('`', '')}"))
    for n in report.notes:
        out.append(paint("dim", f"note: {n}"))
    if report.errors or report.notes or wording.dynamic_drift(report):
        out.append("")
    for r in wording.ordered(report.resources):
        head = f"{r.kind} {r.name}: {wording.headline(r).replace('`', '')}"
        out.append(paint(_style(r), head) + (paint("dim", f"  ({r.object})") if r.object else ""))
        for c in r.changes:
            if r.operation is model.Operation.CREATE:
                out.append(f"    {c.path} = {wording.value(c.after)}")
            else:
                effect = f"  [{c.effect.value}]" if c.effect else ""
                change = f"{wording.value(c.before)} → {wording.value(c.after)}"
                out.append(f"    {c.path}: {change}{paint('dim', effect)}")
        for w in r.why:
            out.append(f"    · {w.replace('`', '')}")
        for i in r.imports:
            out.append(f"    import: {i.replace('`', '')}")
        for m in r.migrations:
            out.append(f"    migration: {m.replace('`', '')}")
        for d in r.drift:
            where = f" {d.path}" if d.path else ""
            msg = f": {wording.drift_message(d)}" if d.message else ""
            out.append(paint("drift", f"    drift ({d.source.value}){where}{msg}"))
        for p in r.plan:
            out.append(f"    {p}")
        for p in r.pending:
            out.append(f"    pending: {p}")
        for n in r.notes:
            out.append(paint("dim", f"    {n}"))
        out.append("")
    if not report.resources:
        out.append("No resource changes, drift or pending changes.")
    return "\n".join(out).rstrip("\n") + "\n"
