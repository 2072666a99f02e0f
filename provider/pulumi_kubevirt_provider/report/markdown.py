"""Markdown for one pull-request comment, under a size bound.

GitHub caps a comment at 65,536 characters. The header (marker, title, summary table, errors) is
always written whole; resource sections follow in order of importance (replace, delete,
restart, drift, update, create) while they fit; then one line per resource while those fit; the
rest is counted. What was left out is said in the comment.
"""

from __future__ import annotations

from pulumi_kubevirt_provider import findings
from pulumi_kubevirt_provider.report import model, wording

MARKER = "<!-- pulumi-kubevirt-report -->"
GITHUB_LIMIT = 65_536
_OPEN_UP_TO = 10  # resources shown expanded when the report has at most this many
_NOTES_SHOWN = 20


def _code(text: str) -> str:
    text = text.replace("\n", " ").replace("|", "\\|")
    fence = "``" if "`" in text else "`"
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def _cell(v: object) -> str:
    text = wording.value(v)
    return wording.ABSENT if text == wording.ABSENT else _code(text)


def _prose(text: str) -> str:
    return text.replace("|", "\\|").replace("<", "&lt;").replace(">", "&gt;")


def header(report: model.Report, title: str) -> str:
    counts = report.summary
    lines = [
        MARKER,
        f"### {_prose(title)}",
        "",
        f"**{_prose(wording.summary_words(report))}**",
        "",
        "| " + " | ".join(model.CATEGORY_TITLES[c] for c in model.Category) + " |",
        "|" + "---:|" * len(model.Category),
        "| " + " | ".join(str(counts[c.value]) for c in model.Category) + " |",
        "",
    ]
    if report.errors:
        lines += ["> [!CAUTION]", "> The preview reported errors:"]
        lines += [f"> - {_prose(e)}" for e in report.errors[:_NOTES_SHOWN]]
        if len(report.errors) > _NOTES_SHOWN:
            lines.append(f"> - … {len(report.errors) - _NOTES_SHOWN} more (see the JSON report)")
        lines.append("")
    if wording.dynamic_drift(report):
        lines += ["> [!NOTE]", f"> Drift: {_prose(wording.DRIFT_UNAVAILABLE)}.", ""]
    if report.notes:
        lines.append("<details><summary>Provider messages not tied to a resource</summary>\n")
        lines += [f"- {_prose(n)}" for n in report.notes[:_NOTES_SHOWN]]
        if len(report.notes) > _NOTES_SHOWN:
            lines.append(f"- … {len(report.notes) - _NOTES_SHOWN} more (see the JSON report)")
        lines += ["", "</details>", ""]
    return "\n".join(lines) + "\n"


def one_line(r: model.Resource) -> str:
    n = len(r.changes)
    paths = (
        f" ({n} path{'s' if n != 1 else ''})"
        if r.changes and r.operation is not model.Operation.CREATE
        else ""
    )
    drift = f", drift ({len(r.drift)})" if r.drift else ""
    return f"- **{r.kind}** {_code(r.name)}: {_prose(wording.headline(r))}{paths}{drift}\n"


def section(r: model.Resource, expanded: bool) -> str:
    out = [
        f"<details{' open' if expanded else ''}><summary><b>{r.kind}</b> <code>{_prose(r.name)}</code>: "
        f"{_prose(wording.headline(r)).replace('`', '')}</summary>",
        "",
    ]
    where = [f"object {_code(r.object)}"] if r.object else []
    if r.transport:
        where.append(f"transport {r.transport}")
    if where:
        out += [" · ".join(where), ""]
    if r.changes:
        label = "declared" if r.operation is model.Operation.CREATE else "before"
        if r.operation is model.Operation.CREATE:
            out += ["| path | declared |", "|---|---|"]
            out += [f"| {_code(c.path)} | {_cell(c.after)} |" for c in r.changes]
        else:
            out += [f"| path | {label} | after | effect |", "|---|---|---|---|"]
            out += [
                f"| {_code(c.path)} | {_cell(c.before)} | {_cell(c.after)} | "
                f"{c.effect.value if c.effect else c.kind} |"
                for c in r.changes
            ]
        out.append("")
    if r.why:
        out += [f"- {_prose(w)}" for w in r.why] + [""]
    for title, items in (("Imports that will run", r.imports), ("Migrations that will start", r.migrations)):
        if items:
            out += [f"**{title}**", ""] + [f"- {_prose(i)}" for i in items] + [""]
    if r.drift:
        out += [f"**Drift** ({findings.CHANGED_OUTSIDE})", ""]
        if not r.drift_detail:
            out += [f"_{wording.DRIFT_UNAVAILABLE_SHORT}_", ""]
        for d in r.drift:
            text = f"- {d.source.value}"
            if d.path:
                text += f" {_code(d.path)}"
            if d.message:
                text += f": {_prose(wording.drift_message(d))}"
            out.append(text)
        out += [f"- {_prose(p)}" for p in r.plan]
        out.append("")
    if r.pending:
        out += ["**Pending** (declared, not yet applied by KubeVirt)", ""]
        out += [f"- {_prose(p)}" for p in r.pending] + [""]
    if r.notes:
        out += ["**Provider messages**", ""] + [f"- {_prose(n)}" for n in r.notes] + [""]
    out += ["</details>", ""]
    return "\n".join(out) + "\n"


def render(report: model.Report, title: str = "Pulumi preview", limit: int = GITHUB_LIMIT) -> str:
    head = header(report, title)
    resources = wording.ordered(report.resources)
    expanded = len(resources) <= _OPEN_UP_TO
    reserve = 700  # room for the elision note
    avail = limit - len(head) - reserve
    sections = [section(r, expanded) for r in resources]
    if sum(map(len, sections)) <= avail + reserve:
        return (
            head
            + "".join(sections)
            + ("" if resources else "No resource changes, drift or pending changes.\n")
        )
    # Full sections first, in order of importance, leaving room for one line per other resource
    # (at least 40% of the room goes to those lines when they would not all fit).
    lines = [one_line(r) for r in resources]
    full_budget = max(avail - sum(map(len, lines)), int(avail * 0.6))
    body: list[str] = []
    used = 0
    full = 0
    for text in sections:
        if used + len(text) > full_budget:
            break
        body.append(text)
        used += len(text)
        full += 1
    rest = resources[full:]
    body.append("\n**Details elided** (size bound), one line each:\n\n")
    used += len(body[-1])
    listed = full
    for line in lines[full:]:
        if used + len(line) > avail:
            break
        body.append(line)
        used += len(line)
        listed += 1
    unlisted = resources[listed:]
    counts: dict[str, int] = {}
    for r in unlisted:
        key = wording.headline(r)
        counts[key] = counts.get(key, 0) + 1
    note = (
        f"\n> [!NOTE]\n> Elided to stay under {limit:,} characters: the details of {len(rest)} of "
        f"{len(resources)} resources"
    )
    if unlisted:
        note += (
            f"; {len(unlisted)} not listed at all ("
            + ", ".join(f"{n} {k}" for k, n in sorted(counts.items()))
            + ")"
        )
    note += ". The summary above counts every resource; the JSON report has them all.\n"
    body.append(note)
    return head + "".join(body)
