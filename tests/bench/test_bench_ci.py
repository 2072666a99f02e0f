"""The benchmark's CI run (issue 15): `bench/run.py --ci` holds the provider to targets P1-P6.

It starts its own sandbox (fast mode, audit log on), runs the plugin transport at N=1 and N=10
(up, no-op preview, preview after a change, refresh, destroy) and the empty-program previews, and
exits 1 with one line per missed target. The numbers are a benchmark's, not a timed assertion:
this test only carries the benchmark's verdict into the suite, with its table in the output.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = [pytest.mark.pulumi, pytest.mark.controlplane]

ROOT = Path(__file__).resolve().parents[2]
# Targets this project misses today (docs/performance.md): reported as "MISS (known)" on every
# run, not failing it. Remove a name when its target is met, so that it is held from then on
# (P6 since `import pulumi_kubevirt` leaves the typed models unloaded; P3-requests since waits
# follow one shared watch per kind and namespace). None is missed today.
KNOWN_MISSES: list[str] = []


def test_bench_ci_meets_the_targets() -> None:
    run = subprocess.run(
        [
            sys.executable,
            str(ROOT / "bench" / "run.py"),
            "--ci",
            "--no-write",
            *(["--known-misses", *KNOWN_MISSES] if KNOWN_MISSES else []),
        ],
        capture_output=True,
        text=True,
        timeout=900,
    )
    print(run.stdout)
    print(run.stderr[-4000:], file=sys.stderr)
    missed = [line for line in run.stdout.splitlines() if line.startswith("FAIL ")]
    print("\n".join(line for line in run.stdout.splitlines() if line.startswith("MISS (known)")))
    assert run.returncode == 0, "targets missed:\n" + "\n".join(missed or [run.stderr[-2000:]])
