"""Wall time of `pulumi up`, a no-op `preview` and `destroy` for 1 and for N VMs in the sandbox.

Runs the real Pulumi CLI (Automation API, inline program) against a sandbox of its own, with
VMs that really boot (runStrategy Always: `up` waits until each is Ready) and with VMs that
stay Halted (no wait). Prints a table; asserts nothing.

    .venv/bin/python bench/provider_up.py [--counts 1 20] [--keep]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from pulumi import automation as auto

import pulumi_kubevirt as kv
from kubevirt_sandbox import sandbox, tools


def spec(run_strategy: str) -> dict[str, Any]:
    return {
        "runStrategy": run_strategy,
        "template": {
            "spec": {
                "domain": {
                    "devices": {"disks": [{"name": "root", "disk": {"bus": "virtio"}}]},
                    "resources": {"requests": {"memory": "128Mi"}},
                },
                "volumes": [
                    {
                        "name": "root",
                        "containerDisk": {"image": "quay.io/kubevirt/cirros-container-disk-demo"},
                    }
                ],
            }
        },
    }


def domain_config(sb: sandbox.Sandbox) -> dict[str, str]:
    """Stack config for the domain check through the sandbox's libvirt sockets."""
    return {"kubevirt:domainAccess": "libvirt", "kubevirt:libvirtUri": sb.libvirt_uri_template}


def make_stack(
    sb: sandbox.Sandbox, home: Path, name: str, program: Any, config: dict[str, str] | None = None
) -> auto.Stack:
    """An Automation API stack with an inline program against the sandbox (local backend in ``home``)."""
    env = tools.pulumi_env(home)
    env.update(PULUMI_CONFIG_PASSPHRASE="bench", PATH=f"{sys.prefix}/bin{os.pathsep}{env['PATH']}")
    stack: auto.Stack = tools.inline_stack(
        name, "bench", program, home, env, {"kubevirt:kubeconfig": sb.kubeconfig, **(config or {})}
    )
    return stack


def measure(sb: sandbox.Sandbox, home: Path, count: int, run_strategy: str) -> dict[str, float]:
    def program() -> None:
        for i in range(count):
            kv.VirtualMachine(f"bench-{run_strategy.lower()}-{i}", spec=spec(run_strategy))

    stack = make_stack(sb, home, f"bench-{run_strategy.lower()}-{count}", program, domain_config(sb))
    times = {}
    for name, op in (("up", stack.up), ("preview (no-op)", stack.preview), ("destroy", stack.destroy)):
        start = time.monotonic()
        op()
        times[name] = time.monotonic() - start
    stack.workspace.remove_stack(stack.name, force=True)
    return times


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--counts", type=int, nargs="+", default=[1, 20])
    args = ap.parse_args()
    rows = []
    with tempfile.TemporaryDirectory(prefix="bench-") as tmp, sandbox.running(Path(tmp) / "sandbox") as sb:
        for strategy in ("Halted", "Always"):
            for count in args.counts:
                times = measure(sb, Path(tmp) / f"home-{strategy}-{count}", count, strategy)
                rows.append((strategy, count, times))
                print(f"  measured {count} x {strategy}: {times}", file=sys.stderr, flush=True)
    header = ("VMs", "runStrategy", "up (s)", "per VM", "no-op preview (s)", "destroy (s)")
    print(f"{header[0]:>4}  {header[1]:<11} {header[2]:>8} {header[3]:>7} {header[4]:>18} {header[5]:>12}")
    for strategy, count, t in rows:
        up, preview, destroy = t["up"], t["preview (no-op)"], t["destroy"]
        print(f"{count:>4}  {strategy:<11} {up:>8.1f} {up / count:>7.2f} {preview:>18.1f} {destroy:>12.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
