"""Every relative link in README.md and docs/ resolves: the file exists and a `#anchor` names a heading
of the target file by GitHub's slug rules. The README stays short (the rest of the manual is in docs/)."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import unquote

import pytest

ROOT = Path(__file__).resolve().parent.parent
README_MAX_LINES = 200

_FENCE = re.compile(r"^\s*(```|~~~)")
_CODE_SPAN = re.compile(r"(`+).*?\1")
# [text](target) or ![alt](target), optionally with a title; the text may hold one level of brackets.
_INLINE = re.compile(r"!?\[(?:[^\[\]]|\[[^\[\]]*\])*\]\(\s*<?([^)\s>]*)>?(?:\s+\"[^\"]*\")?\s*\)")
_REFDEF = re.compile(r"^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s+\"[^\"]*\")?\s*$")
_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
_HTML_ANCHOR = re.compile(r"<a\s+(?:name|id)=\"([^\"]+)\"", re.I)
_SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:")


def markdown_files(root: Path = ROOT) -> list[Path]:
    return [root / "README.md", *sorted((root / "docs").rglob("*.md"))]


def _prose_lines(text: str) -> list[tuple[int, str]]:
    """(line number, line) outside fenced code blocks and YAML front matter, code spans blanked."""
    lines = text.split("\n")
    out: list[tuple[int, str]] = []
    start = 0
    if lines and lines[0].strip() == "---":  # front matter, as Pulumi's registry docs have
        for i in range(1, len(lines)):
            if lines[i].strip() == "---":
                start = i + 1
                break
    fence: str | None = None
    for n, line in enumerate(lines[start:], start + 1):
        m = _FENCE.match(line)
        if m:
            if fence is None:
                fence = m.group(1)
            elif m.group(1) == fence:
                fence = None
            continue
        if fence is None:
            out.append((n, _CODE_SPAN.sub("", line)))
    return out


def slug(heading: str) -> str:
    """GitHub's anchor for a heading: its text lower-cased, punctuation dropped, spaces to hyphens."""
    text = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", heading)  # a link counts as its text
    text = re.sub(r"<[^>]+>", "", text)  # inline HTML
    text = text.replace("`", "").replace("*", "")
    text = re.sub(r"(?<!\w)_+|_+(?!\w)", "", text)  # emphasis underscores, not those inside words
    return re.sub(r"[^\w\- ]", "", text.strip().lower()).replace(" ", "-")


def anchors(path: Path) -> set[str]:
    seen: dict[str, int] = {}
    out: set[str] = set()
    for _, line in _prose_lines(path.read_text()):
        out.update(a for a in _HTML_ANCHOR.findall(line))
        m = _HEADING.match(line)
        if not m:
            continue
        base = slug(m.group(2))
        n = seen.get(base, 0)
        seen[base] = n + 1
        out.add(base if n == 0 else f"{base}-{n}")
    return out


def links(path: Path) -> list[tuple[int, str]]:
    out: list[tuple[int, str]] = []
    for n, line in _prose_lines(path.read_text()):
        out += [(n, t) for t in _INLINE.findall(line)]
        m = _REFDEF.match(line)
        if m:
            out.append((n, m.group(1)))
    return out


def broken_links(files: list[Path], root: Path = ROOT) -> list[str]:
    problems = []
    for path in files:
        for n, target in links(path):
            where = f"{path.relative_to(root)}:{n}: {target}"
            if not target or _SCHEME.match(target) or target.startswith("//"):
                continue  # an absolute URL: not this test's business
            file_part, _, anchor = target.partition("#")
            dest = (path.parent / unquote(file_part)).resolve() if file_part else path
            if not dest.exists():
                problems.append(f"{where}: no such file")
                continue
            if anchor and (dest.suffix != ".md" or unquote(anchor) not in anchors(dest)):
                problems.append(f"{where}: no heading with anchor #{anchor} in {dest.name}")
    return problems


def test_every_relative_link_in_the_readme_and_docs_resolves() -> None:
    files = markdown_files()
    assert len(files) > 5 and sum(len(links(f)) for f in files) > 20  # the parser finds links at all
    assert broken_links(files) == []


def test_the_readme_fits_on_a_screen_or_two_and_links_every_docs_page() -> None:
    readme = (ROOT / "README.md").read_text()
    assert len(readme.splitlines()) <= README_MAX_LINES
    linked = {t.partition("#")[0] for _, t in links(ROOT / "README.md")}
    assert "docs/_index.md" in linked
    index = {"docs/" + t.partition("#")[0] for _, t in links(ROOT / "docs" / "_index.md")}
    pages = {f"docs/{p.name}" for p in (ROOT / "docs").glob("*.md")} - {"docs/_index.md"}
    assert pages - linked - index == set()  # every page is reached from the README or the index


@pytest.mark.parametrize(
    ("heading", "anchor"),
    [
        ("Fast mode (no QEMU)", "fast-mode-no-qemu"),
        ("KVM or TCG: the probe", "kvm-or-tcg-the-probe"),
        ("The `transport` key, **bold** and [a link](x.md)", "the-transport-key-bold-and-a-link"),
        ("Limits (today)", "limits-today"),
        ("snake_case names", "snake_case-names"),
    ],
)
def test_anchors_follow_githubs_slug_rules(heading: str, anchor: str) -> None:
    assert slug(heading) == anchor


def test_the_checker_catches_a_missing_file_a_missing_anchor_and_ignores_code(tmp_path: Path) -> None:
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a.md").write_text("# A page\n\n## Twice\n\n## Twice\n")
    (tmp_path / "README.md").write_text(
        "# Top\n\n[ok](docs/a.md#twice-1) [ok](#top) [web](https://example.com/x.md)\n"
        "[gone](docs/b.md) [bad anchor](docs/a.md#nowhere) `[in code](nope.md)`\n\n"
        "```\n[in a fence](nope.md)\n```\n\n[ref]: docs/c.md\n"
    )
    assert broken_links(markdown_files(tmp_path), tmp_path) == [
        "README.md:4: docs/b.md: no such file",
        "README.md:4: docs/a.md#nowhere: no heading with anchor #nowhere in a.md",
        "README.md:10: docs/c.md: no such file",
    ]
