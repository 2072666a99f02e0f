"""The controllers' loop: list everything, reconcile each object, sleep a little, again.

Lists with a short period rather than watches: a handful of objects, one process, and a loop
that is trivially correct after a restart (everything is re-read from the API and libvirt).
One object's error is logged and retried on the next pass; it never stops the loop.
"""

from __future__ import annotations

import argparse
import importlib
import json
import logging
import signal
import sys
import threading
from pathlib import Path
from typing import Any

from kubevirt_sandbox import libvirt_node
from kubevirt_sandbox.controllers import kube, nodes, replicaset, runtime, vm, vmi

PERIOD = 0.5
log = runtime.log


def optional(name: str) -> Any:
    """The controller module ``name``, or None when it is not there at all. A controller that is
    there but cannot be imported (a missing dependency, a broken import) raises: it must not
    silently turn itself off."""
    module = f"kubevirt_sandbox.controllers.{name}"
    try:
        return importlib.import_module(module)
    except ModuleNotFoundError as exc:
        if exc.name != module:
            raise
        log.warning("controller %s is not installed: off", name)
        return None


def _safely(what: str, fn: Any, *args: Any) -> None:
    try:
        fn(*args)
    except (kube.Conflict, kube.NotFound) as exc:
        # a newer version exists or it is gone: the next pass sees it
        log.debug("%s: %s: %s", what, type(exc).__name__, exc)
    except Exception:
        log.exception("%s failed", what)


def run_once(ctx: runtime.Context, modules: dict[str, Any]) -> None:
    _safely("node config", nodes.refresh, ctx, ctx.directory / "controllers.json")
    _safely("nodes", nodes.reconcile, ctx)
    vms = ctx.kube.list("VirtualMachine")
    vmi_list = ctx.kube.list("VirtualMachineInstance")
    vmis = {kube.key(o): o for o in vmi_list}
    migrations = ctx.kube.list("VirtualMachineInstanceMigration")
    migration = modules.get("migration")
    cdi = modules.get("cdi")
    if cdi is not None:
        _safely("datavolumes", cdi.reconcile_all, ctx)
    busy = migration.in_flight(migrations) if migration is not None else set()
    for obj in vms:
        _safely(
            f"VM {kube.key(obj)}",
            vm.reconcile,
            ctx,
            obj,
            vmis.get(kube.key(obj)),
            getattr(cdi, "ensure_templates", None),
        )
    _safely("replica sets", replicaset.reconcile_all, ctx, vmi_list)
    for key, obj in vmis.items():
        _safely(f"VMI {key}", vmi.reconcile, ctx, obj, key in busy)
    if migration is not None:
        for obj in migrations:
            _safely(f"migration {kube.key(obj)}", migration.reconcile, ctx, obj, migrations)
    services = modules.get("services")
    if services is not None:
        _safely("services", services.reconcile_all, ctx)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="kubevirt_sandbox.controllers")
    parser.add_argument("--dir", type=Path, required=True)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s", stream=sys.stdout)
    state = json.loads((args.dir / "controllers.json").read_text())
    daemons = {n["name"]: libvirt_node.Daemon(**n) for n in state["nodes"]}
    ctx = runtime.Context(args.dir, kube.Kube(state["kubeconfig"]), daemons, fast_boot=state.get("fast_boot"))
    modules = {name: optional(name) for name in ("cdi", "services", "migration")}
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    boots = "real" if ctx.fast_boot is None else f"fast ({ctx.fast_boot:g}s, no QEMU) unless a VM says off"
    log.info("controllers started for %s (nodes: %s; boots: %s)", args.dir, ", ".join(daemons), boots)
    while not stop.is_set():
        try:
            run_once(ctx, modules)
        except Exception:
            log.exception("pass failed")
        stop.wait(PERIOD)
    for mod in modules.values():
        if mod is not None and hasattr(mod, "shutdown"):
            mod.shutdown()
    log.info("controllers stopped")
    return 0
