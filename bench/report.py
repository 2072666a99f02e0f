"""The benchmark's output: the table, the target lines, the plot, and the results file
``bench/results/<date>.md``."""

from __future__ import annotations

import argparse
import datetime
import os
import platform
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

from audit import VERBS
from targets import check_targets
from workload import OPS, TOOLS

RESULTS = Path(__file__).parent / "results"


def table(results: dict[tuple[str, int, bool], dict[str, dict[str, Any]]]) -> list[str]:
    out = [
        "| tool | N | operation | wall (s) | requests | "
        + " | ".join(VERBS)
        + " | controllers' | CPU (s) | peak RSS (MiB) | state B/VM |",
        "|---|---:|---|---:|---:|" + "---:|" * len(VERBS) + "---:|---:|---:|---:|",
    ]
    for (tool, n, real), rows in results.items():
        for op, r in rows.items():
            state = f"{r['state_per_vm']:.0f}" if "state_per_vm" in r else ""
            out.append(
                f"| {tool}{' (real boot)' if real else ''} | {n} | {op} | {r['wall']:.1f} "
                f"| {r['requests']} | "
                + " | ".join(str(r["verbs"].get(v, 0)) for v in VERBS)
                + f" | {r['controllers']} | {r['cpu']:.1f} | {r['rss']:.0f} | {state} |"
            )
    return out


def plot(results: dict[tuple[str, int, bool], dict[str, dict[str, Any]]], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, axes = plt.subplots(1, len(OPS), figsize=(4 * len(OPS), 3.6))
    tools_seen = sorted({t for (t, _, real) in results if not real}, key=TOOLS.index)
    for ax, op in zip(axes, OPS, strict=True):
        for tool in tools_seen:
            pts = sorted(
                (n, rows[op]["wall"])
                for (t, n, real), rows in results.items()
                if t == tool and not real and op in rows
            )
            ax.plot([p[0] for p in pts], [p[1] for p in pts], marker="o", label=tool)
        ax.set_title(op)
        ax.set_xlabel("VMs (each with a Service)")
        ax.set_xscale("log")
        ax.grid(alpha=0.3)
    axes[0].set_ylabel("wall time (s)")
    axes[-1].legend()
    fig.tight_layout()
    fig.savefig(path, dpi=100)


def report(
    args: argparse.Namespace,
    results: dict[tuple[str, int, bool], dict[str, dict[str, Any]]],
    p6: dict[str, float] | None,
    accel: str,
    load_before: tuple[float, float, float],
    agents: Counter[str],
    started: float,
    final: bool,
    known: set[str] | None = None,
) -> list[tuple[str, bool | None, str]]:
    """Print (when final) and write the table, the target lines and the plot; the target lines.
    Called after every row too (not final), so that a long run leaves its rows so far."""
    load_after = os.getloadavg()
    targets = check_targets(results, p6)
    cores = os.cpu_count() or 1
    setting = (
        f"sandbox fast mode: each VMI Ready {args.delay:g}s after it is made (no QEMU), runStrategy Always, "
        f"every VM waits for Ready, each VM with a ClusterIP Service; `--parallel 2N+8`; "
        "kubevirt:domainAccess off; one run per row"
        + (f" (the no-op preview: the median of {args.preview_rounds})" if args.preview_rounds > 1 else "")
    )
    machine = (
        f"{cores} cores, {platform.machine()}, Linux {platform.release()}, sandbox accel {accel}; "
        f"load average {load_before[0]:.1f} at the start, {load_after[0]:.1f} now (1 min; "
        "the machine is shared with other "
        "work: the numbers are noisy)"
    )
    lines = table(results)

    def verdict(name: str, ok: bool | None) -> str:
        if ok is None:
            return "info"
        if ok:
            return "PASS"
        return "MISS (known)" if name.split(" ")[0] in (known or set()) else "FAIL"

    verdict_lines = [f"{verdict(name, ok)} {name}: {text}" for name, ok, text in targets]
    if final:
        print(f"# {setting}")
        print(f"# {machine}")
        print("\n".join(lines))
        print("\n".join(verdict_lines))
        print(f"# user agents seen: {dict(agents)}", file=sys.stderr)
        print(f"# took {time.monotonic() - started:.0f}s", file=sys.stderr)
    if args.no_write:
        return targets
    RESULTS.mkdir(exist_ok=True)
    day = datetime.date.today().isoformat()
    png = RESULTS / f"{day}.png"
    plot(results, png)
    (RESULTS / f"{day}.md").write_text(
        "\n".join(
            [
                f"# bench/run.py, {day}",
                "",
                f"`bench/run.py {' '.join(sys.argv[1:])}`".replace(" `", "`")
                + ("" if final else " (still running: the rows so far)"),
                "",
                f"- {setting}",
                f"- {machine}; {time.monotonic() - started:.0f} s so far",
                "- requests: what reached the API server from the tool (audit log, by user agent); "
                "controllers': the sandbox controllers' own requests in the same time "
                "(their 0.5 s list loop)",
                "- CPU and peak RSS: the provider processes (dynamic-provider python, "
                "pulumi-resource-kubevirt, pulumi-resource-kubernetes, the floor script), sampled every "
                "0.1 s; the Pulumi engine and the "
                "program are not counted",
                "",
                *lines,
                "",
                "## Targets",
                "",
                *(f"- {v}" for v in verdict_lines),
                "",
                f"![time vs N]({png.name})",
                "",
            ]
        )
    )
    if final:
        print(f"written to {RESULTS / (day + '.md')} and {png}", file=sys.stderr)
    return targets
