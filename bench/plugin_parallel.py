"""Do N VMs that wait for Ready overlap? `pulumi up` of 1 and of N VMs, per transport, in fast mode.

Issue 11 ("Must show" 5), issue 15 (target P2): with readiness delayed by a fixed time instead of
a real boot (a sandbox of its own started with ``--fast``: each VMI is Ready ``--delay`` seconds
after it is made, no QEMU, so no TCG boots compete for the cores), `pulumi up --parallel 32` of N
VMs (runStrategy Always, each waiting for Ready) and `pulumi destroy --parallel 32`, through the
resource plugin (``kubevirt:transport: plugin``) and through the dynamic resources (the baseline,
same run). Prints one table and writes it to ``bench/results/plugin_parallel-<date>.md``.

Target (checked; the exit status is 1 when it is missed): plugin, N VMs ≤ 1.5 × plugin, 1 VM.

    .venv/bin/python bench/plugin_parallel.py [--delay 5] [--counts 1 20] [--parallel 32]
"""

from __future__ import annotations

import argparse
import datetime
import os
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path

import pulumi_kubevirt as kv
from kubevirt_sandbox import sandbox

sys.path.insert(0, str(Path(__file__).parent))
from provider_up import make_stack, spec  # noqa: E402

TRANSPORTS = ("plugin", "dynamic")
TARGET = 1.5  # plugin: up of N VMs <= TARGET x up of 1 VM
RESULTS = Path(__file__).parent / "results"


def measure(sb: sandbox.Sandbox, home: Path, transport: str, count: int, parallel: int) -> dict[str, float]:
    def program() -> None:
        for i in range(count):
            kv.VirtualMachine(f"vm-{i}", spec=spec("Always"))

    config = {"kubevirt:transport": transport, "kubevirt:domainAccess": "off"}
    stack = make_stack(sb, home, f"parallel-{transport}-{count}", program, config)
    try:
        started = time.monotonic()
        result = stack.up(parallel=parallel)
        up = time.monotonic() - started
        created = {str(op): n for op, n in (result.summary.resource_changes or {}).items()}
        if created.get("create", 0) < count:
            raise RuntimeError(f"{transport} N={count}: up created {created}, expected {count} VMs")
        started = time.monotonic()
        stack.destroy(parallel=parallel)
        destroy = time.monotonic() - started
    finally:
        stack.workspace.remove_stack(stack.name, force=True)
    return {"up": up, "destroy": destroy}


def table(rows: list[tuple[str, int, float, float, float]]) -> list[str]:
    out = [
        "| transport | N | up (s) | ratio to N=1 | destroy (s) |",
        "|---|---:|---:|---:|---:|",
    ]
    for transport, count, up, ratio, destroy in rows:
        out.append(f"| {transport} | {count} | {up:.1f} | {ratio:.2f}× | {destroy:.1f} |")
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--delay", type=float, default=5.0, help="fast-boot delay d in seconds (default 5)")
    ap.add_argument("--counts", type=int, nargs="+", default=[1, 20], help="VM counts (the first is N=1)")
    ap.add_argument("--parallel", type=int, default=32, help="pulumi up/destroy --parallel (default 32)")
    ap.add_argument("--rounds", type=int, default=1, help="runs per row; the median is shown (default 1)")
    ap.add_argument("--transports", nargs="+", default=list(TRANSPORTS), choices=TRANSPORTS)
    ap.add_argument("--no-write", action="store_true", help="print only, do not write bench/results")
    args = ap.parse_args()
    cores = os.cpu_count() or 1
    measured: dict[tuple[str, int], list[dict[str, float]]] = {}
    with (
        tempfile.TemporaryDirectory(prefix="bench-") as tmp,
        sandbox.running(Path(tmp) / "sandbox", fast_boot=args.delay) as sb,
    ):
        accel = sb.nodes[0].accel if sb.nodes else "?"
        for rnd in range(args.rounds):
            for transport in args.transports:
                for count in args.counts:
                    home = Path(tmp) / f"home-{transport}-{count}-{rnd}"
                    times = measure(sb, home, transport, count, args.parallel)
                    measured.setdefault((transport, count), []).append(times)
                    print(
                        f"  {transport} N={count}: up {times['up']:.1f}s, destroy {times['destroy']:.1f}s",
                        file=sys.stderr,
                        flush=True,
                    )
    rows: list[tuple[str, int, float, float, float]] = []
    verdicts: list[tuple[str, bool]] = []
    base_n = args.counts[0]
    for transport in args.transports:
        base = statistics.median(t["up"] for t in measured[(transport, base_n)])
        for count in args.counts:
            up = statistics.median(t["up"] for t in measured[(transport, count)])
            destroy = statistics.median(t["destroy"] for t in measured[(transport, count)])
            rows.append((transport, count, up, up / base, destroy))
            if transport == "plugin" and count != base_n:
                ok = up <= TARGET * base
                verdicts.append(
                    (
                        f"plugin: up of {count} VMs {up:.1f}s ≤ {TARGET}× up of {base_n} VM "
                        f"({TARGET * base:.1f}s): {'PASS' if ok else 'FAIL'}",
                        ok,
                    )
                )
    setting = (
        f"fast mode, each VMI Ready {args.delay:g}s after it is made (no QEMU); "
        f"`pulumi up/destroy --parallel {args.parallel}` (the engine's default --parallel is "
        f"4 × cores = {4 * cores} on this machine); runStrategy Always, every VM waits for Ready; "
        f"kubevirt:domainAccess off; {args.rounds} run(s) per row, median"
    )
    machine = f"{cores} cores, {platform.machine()}, Linux {platform.release()}, sandbox accel {accel}"
    lines = table(rows)
    print(f"# {setting}")
    print(f"# {machine}")
    print("\n".join(lines))
    for text, _ in verdicts:
        print(text)
    if not args.no_write:
        RESULTS.mkdir(exist_ok=True)
        day = datetime.date.today().isoformat()
        path = RESULTS / f"plugin_parallel-{day}.md"
        path.write_text(
            "\n".join(
                [
                    f"# plugin_parallel, {day}",
                    "",
                    f"`bench/plugin_parallel.py {' '.join(sys.argv[1:])}`".replace(" `", "`"),
                    "",
                    f"- {setting}",
                    f"- {machine}",
                    "",
                    *lines,
                    "",
                    *(f"- {text}" for text, _ in verdicts),
                    "",
                    "Each run (up s / destroy s):",
                    "",
                    *(
                        f"- {t} N={n}: " + ", ".join(f"{r['up']:.1f} / {r['destroy']:.1f}" for r in runs)
                        for (t, n), runs in measured.items()
                    ),
                    "",
                ]
            )
        )
        print(f"written to {path}", file=sys.stderr)
    return 0 if all(ok for _, ok in verdicts) else 1


if __name__ == "__main__":
    sys.exit(main())
