"""What every fault must end in: a converging `pulumi up`, nothing orphaned, nothing lost.

Orphaned: an object of the stack's kinds (VirtualMachine, DataVolume, Service, and the cloud-init
Secrets the provider makes) in the stack's namespace that `pulumi stack export` does not account
for (a Secret is accounted for by an ownerReference to a VM the state holds). Lost: a resource the
program declares that the state lacks, or that the state holds but the cluster does not. Then a
`pulumi preview --expect-no-changes` must be clean.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from pulumi import automation as auto

from pulumi_kubevirt_provider import kube

KINDS = {"VirtualMachine": kube.VM, "DataVolume": kube.DATAVOLUME, "VirtualMachineService": kube.SERVICE}


def fast_boot(seconds: float | str) -> dict[str, Any]:
    return {"annotations": {"kubevirt-sandbox.io/fast-boot": str(seconds)}}


def vm_spec(memory: str = "128Mi", run_strategy: str = "Always") -> dict[str, Any]:
    return {
        "runStrategy": run_strategy,
        "template": {
            "spec": {
                "domain": {
                    "devices": {"disks": [{"name": "root", "disk": {"bus": "virtio"}}]},
                    "resources": {"requests": {"memory": memory}},
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


def kind_of(urn: str) -> str:
    """``urn:pulumi:s::p::kubevirt:index:VirtualMachine::vm`` (or the dynamic type) -> VirtualMachine."""
    type_ = urn.split("::")[2]
    return type_.rsplit(":", 1)[-1]


@dataclass
class Audit:
    orphaned: list[str] = field(default_factory=list)
    lost: list[str] = field(default_factory=list)

    def __bool__(self) -> bool:
        return not self.orphaned and not self.lost


def audit(
    deployment: dict[str, Any],
    cluster: kube.Cluster,
    namespace: str,
    declared: dict[str, set[str]],
    also: tuple[str, ...] = (),
) -> Audit:
    """Compare the state (``stack.export_stack().deployment``) with the namespace's objects (and
    those of the namespaces ``also``: a declared name ``ns/name`` is in one of them)."""
    result = Audit()
    held: dict[str, set[str]] = {k: set() for k in KINDS}
    vm_uids: set[str] = set()
    for res in deployment.get("resources") or []:
        kind = kind_of(res["urn"])
        if kind in KINDS and res.get("id"):
            held[kind].add(res["id"])
            if kind == "VirtualMachine":
                vm_uids.add((res.get("outputs") or {}).get("uid") or "")
    for op in deployment.get("pending_operations") or []:
        result.lost.append(f"pending {op.get('type')} of {op['resource']['urn']}")
    namespaces = (namespace, *also)
    for kind, k in KINDS.items():
        live = {f"{ns}/{o['metadata']['name']}" for ns in namespaces for o in cluster.list(k, ns)}
        result.orphaned += [f"{kind} {i}" for i in sorted(live - held[kind])]
        result.lost += [f"{kind} {i}: in the state, not in the cluster" for i in sorted(held[kind] - live)]
        want = {n if "/" in n else f"{namespace}/{n}" for n in declared.get(kind, set())}
        result.lost += [f"{kind} {i}: declared, not in the state" for i in sorted(want - held[kind])]
    for secret in (s for ns in namespaces for s in cluster.list(kube.SECRET, ns)):
        owners = {
            o.get("uid")
            for o in secret["metadata"].get("ownerReferences") or []
            if o.get("kind") == "VirtualMachine"
        }
        if not owners & vm_uids:
            meta = secret["metadata"]
            result.orphaned.append(f"Secret {meta['namespace']}/{meta['name']} (owners {sorted(owners)})")
    return result


def converge(
    stack: auto.Stack,
    cluster: kube.Cluster,
    namespace: str,
    declared: dict[str, set[str]],
    say: Callable[[str], None],
    up: bool = True,
    also: tuple[str, ...] = (),
) -> Audit:
    """`up` (which must succeed; skipped when the `up` that met the fault converged already), the
    audit, then a preview that must show no change."""
    if up:
        stack.up(on_output=say)
    found = audit(stack.export_stack().deployment, cluster, namespace, declared, also)
    stack.preview(on_output=say, expect_no_changes=True)
    return found


class Background:
    """`stack.up` in a thread, so that the test can break things while it runs."""

    def __init__(self, run: Callable[[], Any]) -> None:
        self.result: Any = None
        self.error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, args=(run,), daemon=True)
        self._thread.start()

    def _run(self, run: Callable[[], Any]) -> None:
        try:
            self.result = run()
        except BaseException as exc:  # reported by the test
            self.error = exc

    def running(self) -> bool:
        return self._thread.is_alive()

    def join(self, timeout: float) -> None:
        self._thread.join(timeout)
        assert not self._thread.is_alive(), f"the background `up` did not end within {timeout:.0f}s"


def wait_for(
    what: str, check: Callable[[], Any], timeout: float, background: Background | None = None
) -> Any:
    deadline = time.monotonic() + timeout
    while True:
        try:
            value = check()
        except Exception:
            value = None
        if value:
            return value
        if background is not None and not background.running():
            raise AssertionError(f"the `up` ended before {what}: {background.error or background.result}")
        assert time.monotonic() < deadline, f"no {what} after {timeout:.0f}s"
        time.sleep(0.2)


def report(fault: str, first_up: str, found: Audit) -> None:
    """One line per fault, for the Reliability table in docs/reliability.md."""
    print(
        f"RELIABILITY fault={fault!r} first_up={first_up} converged=yes "
        f"orphaned={len(found.orphaned)} lost={len(found.lost)}"
    )
