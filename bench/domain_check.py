"""What the domain check adds to a no-op `pulumi preview` of N running VMs, in the sandbox.

Boots N VMs (runStrategy Always) in a sandbox of its own, then runs no-op previews of the same
stack with ``kubevirt:domainAccess`` off and with the libvirt backend, alternating, and prints the
median of each and the difference. It also times the check alone in this process (one libvirt
read, parse and comparison per VM, as the provider does it). Asserts nothing.

    .venv/bin/python bench/domain_check.py [--vms 20] [--rounds 5]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

from pulumi import automation as auto

import pulumi_kubevirt as kv
from kubevirt_sandbox import sandbox
from pulumi_kubevirt_provider import kube, settings
from pulumi_kubevirt_provider.domain import check
from pulumi_kubevirt_provider.domain.libvirt_access import LibvirtBackend

sys.path.insert(0, str(Path(__file__).parent))
from provider_up import domain_config, make_stack, spec  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--vms", type=int, default=20)
    ap.add_argument("--rounds", type=int, default=5)
    args = ap.parse_args()
    timings: dict[str, list[float]] = {"off": [], "libvirt": []}
    with tempfile.TemporaryDirectory(prefix="bench-") as tmp, sandbox.running(Path(tmp) / "sandbox") as sb:

        def program() -> None:
            for i in range(args.vms):
                kv.VirtualMachine(f"vm-{i}", spec=spec("Always"))

        stack = make_stack(sb, Path(tmp) / "home", "domain-check", program, domain_config(sb))
        started = time.monotonic()
        stack.up()
        print(f"  {args.vms} VMs up in {time.monotonic() - started:.0f}s", file=sys.stderr, flush=True)
        for _ in range(args.rounds):
            for mode in ("off", "libvirt"):
                stack.set_config("kubevirt:domainAccess", auto.ConfigValue(mode))
                started = time.monotonic()
                preview = stack.preview()
                timings[mode].append(time.monotonic() - started)
                changed = {k: v for k, v in preview.change_summary.items() if v and k != "same"}
                assert not changed, f"the no-op preview is not: {changed}"

        # The check alone, in process: what each VM's diff adds.
        cluster = kube.Cluster(settings.ClusterSettings(kubeconfig=sb.kubeconfig))
        backend = LibvirtBackend(sb.libvirt_uri_template)
        vms = cluster.list(kube.VM, "default")
        vmis = {v["metadata"]["name"]: v for v in cluster.list(kube.VMI, "default")}
        per_vm = []
        for _ in range(args.rounds):
            for vm in vms:
                started = time.perf_counter()
                report = check.inspect(backend, vm, vmis.get(vm["metadata"]["name"]))
                per_vm.append(time.perf_counter() - started)
                assert report.facts is not None and not report.drift, report
        stack.destroy()
        cluster.close()

    off, on = statistics.median(timings["off"]), statistics.median(timings["libvirt"])
    print(f"no-op preview of {args.vms} running VMs, median of {args.rounds} (TCG, 2 cores)")
    print(f"{'domainAccess':<14} {'preview (s)':>12}")
    print(f"{'off':<14} {off:>12.2f}")
    print(f"{'libvirt':<14} {on:>12.2f}")
    print(f"{'added':<14} {on - off:>12.2f}")
    print(
        f"check alone, per VM: median {statistics.median(per_vm) * 1000:.1f} ms, "
        f"max {max(per_vm) * 1000:.1f} ms; all {len(vms)} VMs sequentially "
        f"{statistics.median(per_vm) * len(vms) * 1000:.0f} ms"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
