"""``pulumi-kubevirt report`` (and ``python -m pulumi_kubevirt_provider.report``).

Reads ``pulumi preview --json`` from a file or stdin, writes Markdown, JSON or text, and exits
3 when a ``--fail-on`` category is present (after writing the report), 1 on unreadable input.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from pulumi_kubevirt_provider.report import facts, machine, markdown, model, policy, preview, text


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="pulumi-kubevirt", description="pulumi-kubevirt tools")
    commands = parser.add_subparsers(dest="command", required=True)
    report = commands.add_parser(
        "report",
        help="a review report of `pulumi preview --json`",
        description="Summarize `pulumi preview --json`: what is created, updated live, restarted, "
        "replaced, deleted, and what drifted.",
    )
    add_report_arguments(report)
    return parser


def add_report_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("input", nargs="?", default="-", help="the preview JSON file (default: stdin)")
    parser.add_argument("--format", choices=("markdown", "json", "text"), default="markdown")
    parser.add_argument("-o", "--output", help="write here instead of stdout")
    parser.add_argument("--title", default="Pulumi preview", help="the report's heading")
    parser.add_argument(
        "--max-chars",
        type=int,
        default=markdown.GITHUB_LIMIT,
        help="Markdown size bound (default 65536, GitHub's comment limit)",
    )
    parser.add_argument(
        "--fail-on",
        default="",
        help=f"comma-separated: exit {policy.EXIT_TRIPPED} if any is present ({', '.join(policy.CHOICES)})",
    )
    parser.add_argument(
        "--color", choices=("auto", "always", "never"), default="auto", help="text format: colour"
    )


def _colour(choice: str, stream: object) -> bool:
    if choice != "auto":
        return choice == "always"
    return bool(getattr(stream, "isatty", lambda: False)()) and not os.environ.get("NO_COLOR")


def render(report: model.Report, args: argparse.Namespace, colour: bool) -> str:
    if args.format == "json":
        return machine.render(report)
    if args.format == "text":
        return text.render(report, args.title, colour=colour)
    return markdown.render(report, args.title, args.max_chars)


def run(args: argparse.Namespace) -> int:
    try:
        fail_on = policy.parse(args.fail_on)
        raw = sys.stdin.read() if args.input == "-" else Path(args.input).read_text()
        report = facts.build(preview.loads(raw))
    except (OSError, ValueError) as exc:
        print(f"pulumi-kubevirt report: {exc}", file=sys.stderr)
        return 1
    out = render(report, args, _colour(args.color, sys.stdout) and not args.output)
    if args.output:
        Path(args.output).write_text(out)
    else:
        sys.stdout.write(out)
    tripped = policy.tripped(report, fail_on)
    for line in tripped:
        print(f"pulumi-kubevirt report: --fail-on {line}", file=sys.stderr)
    return policy.EXIT_TRIPPED if tripped else 0


def main(argv: list[str] | None = None) -> int:
    return run(_parser().parse_args(argv))


def report_main(argv: list[str] | None = None) -> int:
    """``python -m pulumi_kubevirt_provider.report``: the ``report`` subcommand's arguments directly."""
    parser = argparse.ArgumentParser(prog="python -m pulumi_kubevirt_provider.report")
    add_report_arguments(parser)
    return run(parser.parse_args(argv))
