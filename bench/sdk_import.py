"""How long ``import pulumi_kubevirt`` takes, and how long validating one VM takes.

Run: ``.venv/bin/python bench/sdk_import.py [--runs N]``. Each import is timed in a fresh
subprocess (cold interpreter, warm disk cache); the table shows the median and the spread.
Informational only: no test asserts on these numbers.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time

VM = {
    "apiVersion": "kubevirt.io/v1",
    "kind": "VirtualMachine",
    "metadata": {"name": "bench"},
    "spec": {
        "runStrategy": "Always",
        "template": {
            "spec": {
                "domain": {
                    "memory": {"guest": "128Mi"},
                    "devices": {
                        "disks": [{"name": "root", "disk": {"bus": "virtio"}}],
                        "interfaces": [{"name": "default", "masquerade": {}}],
                    },
                },
                "networks": [{"name": "default", "pod": {}}],
                "volumes": [
                    {
                        "name": "root",
                        "containerDisk": {"image": "quay.io/kubevirt/cirros-container-disk-demo"},
                    }
                ],
            }
        },
    },
}

SNIPPETS = {
    "python -c pass (baseline)": "pass",
    "import pydantic": "import pydantic",
    "import pulumi_kubevirt": "import pulumi_kubevirt",
    "import + first validate(VM)": (
        "import pulumi_kubevirt.models as m, json, sys; m.validate(json.loads(sys.argv[1]))"
    ),
}


def fresh(code: str) -> float:
    import json

    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code, json.dumps(VM)], check=True)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()

    rows = []
    for label, code in SNIPPETS.items():
        times = [fresh(code) for _ in range(args.runs)]
        rows.append((label, statistics.median(times), min(times), max(times)))

    from pulumi_kubevirt import models

    models.validate(VM)  # build validators once
    n = 200
    start = time.perf_counter()
    for _ in range(n):
        models.validate(VM)
    warm = (time.perf_counter() - start) / n

    print(f"{'what':40} {'median':>9} {'min':>9} {'max':>9}   ({args.runs} fresh subprocesses each)")
    for label, med, lo, hi in rows:
        print(f"{label:40} {med * 1000:7.0f}ms {lo * 1000:7.0f}ms {hi * 1000:7.0f}ms")
    print(f"{'validate(VM), warm (in-process)':40} {warm * 1e6:7.0f}us   (mean of {n})")


if __name__ == "__main__":
    main()
