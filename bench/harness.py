"""One tool at one size in the benchmark's sandbox: its stack, each operation timed with the
requests it sent (audit log), its provider's CPU and memory (sampler) and its state size; and the
previews that P5 and P6 time."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

from pulumi import automation as auto
from readiness import readiness_lag
from workload import FAST, OPS, OURS, manifests, program_for

from kubevirt_sandbox import sandbox, tools

HERE = Path(__file__).parent


def namespace_for(api: Any, name: str) -> None:
    from kubernetes import client

    core = client.CoreV1Api(api)
    try:
        core.create_namespace({"metadata": {"name": name}})
    except client.ApiException as exc:
        if exc.status != 409:
            raise


def state_sizes(stack: auto.Stack, n: int) -> dict[str, float]:
    resources = stack.export_stack().deployment["resources"]
    vm_bytes = svc_bytes = spec_bytes = 0
    for r in resources:
        kind = r.get("type", "")
        size = len(json.dumps(r, separators=(",", ":")))
        if "VirtualMachineService" in kind or kind.endswith(":Service"):
            svc_bytes += size
        elif "VirtualMachine" in kind:
            vm_bytes += size
            spec_bytes += len(json.dumps((r.get("inputs") or {}).get("spec") or {}, separators=(",", ":")))
    return {
        "state_per_vm": (vm_bytes + svc_bytes) / n,
        "vm_state_per_vm": vm_bytes / n,
        "beyond_spec_per_vm": (vm_bytes - spec_bytes) / n,
    }


def run_tool(
    ctx: dict[str, Any],
    tool: str,
    n: int,
    *,
    real: bool = False,
    domain_check: bool = False,
    ops: tuple[str, ...] = OPS,
) -> dict[str, dict[str, Any]]:
    """Every operation of one tool at one size; returns the measurements per operation."""
    sb, tmp, audit, sampler, observer = ctx["sb"], ctx["tmp"], ctx["audit"], ctx["sampler"], ctx["observer"]
    namespace = f"{tool}-{n}" + ("-real" if real else "")
    annotations = {FAST: "off"} if real else {}
    namespace_for(ctx["api"], namespace)
    audit.read()  # what came before belongs to no row
    rows: dict[str, dict[str, Any]] = {}
    flags = {"changed": False}
    parallel = 2 * n + 8
    stack = None
    if tool != "floor":
        config = {"kubevirt:namespace": namespace, "kubevirt:domainAccess": "off"}
        if tool in OURS:
            config["kubevirt:transport"] = tool
        else:
            config = {"kubernetes:kubeconfig": sb.kubeconfig}
        env = tools.pulumi_env(tmp / f"home-{namespace}")
        env.update(PULUMI_CONFIG_PASSPHRASE="bench", PATH=f"{sys.prefix}/bin{os.pathsep}{env['PATH']}")
        stack = tools.inline_stack(
            namespace,
            "bench",
            program_for(tool, namespace, n, annotations, flags),
            tmp / f"home-{namespace}",
            env,
            {"kubevirt:kubeconfig": sb.kubeconfig, **config},
        )
    files = {
        False: tmp / f"{namespace}.json",
        True: tmp / f"{namespace}-changed.json",
    }
    for changed, path in files.items():
        path.write_text(json.dumps(manifests(namespace, n, annotations, changed)))

    def floor(op: str, changed: bool = False) -> None:
        subprocess.run(
            [sys.executable, str(HERE / "floor.py"), op, str(files[changed]), sb.kubeconfig],
            check=True,
            stdout=subprocess.DEVNULL,
        )

    done_at: dict[str, float] = {}  # VM name -> when the engine reported it created (P3-lag for watchers)

    def finished(event: Any) -> None:
        outputs = event.res_outputs_event
        if outputs is not None and outputs.metadata.type.endswith("VirtualMachine"):
            done_at.setdefault(outputs.metadata.urn.rsplit("::", 1)[-1], time.time())

    def operation(op: str) -> None:
        if stack is None:
            floor({"preview-changed": "preview"}.get(op, op), changed=op == "preview-changed")
            return
        if op == "up":
            result = stack.up(parallel=parallel, on_event=finished)
            made = (result.summary.resource_changes or {}).get("create", 0)
            if made < 2 * n:
                raise RuntimeError(f"{tool} N={n}: up created {made} resources, expected {2 * n}")
        elif op == "preview":
            result = stack.preview(parallel=parallel)
            changes = {k: v for k, v in result.change_summary.items() if v and k != "same"}
            if changes:
                raise RuntimeError(f"{tool} N={n}: the no-op preview is not: {changes}")
        elif op == "preview-changed":
            flags["changed"] = True
            try:
                result = stack.preview(parallel=parallel)
            finally:
                flags["changed"] = False
            if not result.change_summary.get("update"):
                raise RuntimeError(f"{tool} N={n}: the preview after a change shows {result.change_summary}")
        elif op == "refresh":
            stack.refresh(parallel=parallel)
        elif op == "destroy":
            stack.destroy(parallel=parallel)

    rounds = ctx.get("preview_rounds", 1)
    measured: dict[str, list[dict[str, Any]]] = {}
    try:
        for op in [step for each in ops for step in [each] * (rounds if each == "preview" else 1)]:
            sampler.start(tool)
            started, wall0 = time.monotonic(), time.time()
            operation(op)
            wall = time.monotonic() - started
            cpu, rss = sampler.stop()
            time.sleep(0.3)  # the audit log is written as requests complete
            events = [e for e in audit.read() if e["t"] >= wall0 - 0.5]
            mine = [e for e in events if e["tool"] == tool]
            if ctx.get("events"):
                with open(ctx["events"], "a") as f:
                    for e in mine:
                        f.write(json.dumps({"tool": tool, "n": n, "real": real, "op": op, **e}) + "\n")
            row: dict[str, Any] = {
                "wall": wall,
                "requests": len(mine),
                "verbs": Counter(e["verb"] for e in mine),
                "by_kind": Counter((e["resource"], e["namespace"]) for e in mine),
                "controllers": sum(1 for e in events if e["tool"] == "controllers"),
                "cpu": cpu,
                "rss": rss,
            }
            if op == "up":
                row.update(readiness_lag(mine, observer, namespace, n, done_at))
                if stack is not None:
                    row.update(state_sizes(stack, n))
                if domain_check and stack is not None:
                    row["p5"] = domain_check_cost(stack, sb)
            # A repeated operation (--preview-rounds) keeps the round with the median wall time.
            measured.setdefault(op, []).append(row)
            done = sorted(measured[op], key=lambda r: r["wall"])
            rows[op] = done[(len(done) - 1) // 2]
            print(
                f"  {tool:<10} N={n:<3}{' real' if real else ''} {op:<16} {wall:6.1f}s "
                f"{len(mine):5d} requests  cpu {cpu:5.1f}s  rss {rss:5.0f} MiB",
                file=sys.stderr,
                flush=True,
            )
    finally:
        if stack is not None:
            try:
                stack.workspace.remove_stack(stack.name, force=True)
            except Exception:
                pass
    return rows


def domain_check_cost(stack: auto.Stack, sb: sandbox.Sandbox, rounds: int = 3) -> dict[str, float]:
    """P5: no-op previews with the domain check off and through libvirt, alternating; medians."""
    times: dict[str, list[float]] = {"off": [], "libvirt": []}
    stack.set_config("kubevirt:libvirtUri", auto.ConfigValue(sb.libvirt_uri_template))
    for _ in range(rounds):
        for mode in times:
            stack.set_config("kubevirt:domainAccess", auto.ConfigValue(mode))
            started = time.monotonic()
            stack.preview()
            times[mode].append(time.monotonic() - started)
    stack.set_config("kubevirt:domainAccess", auto.ConfigValue("off"))
    return {mode: statistics.median(t) for mode, t in times.items()}


def empty_program_previews(tmp: Path, rounds: int) -> dict[str, float]:
    """P6: `pulumi preview` of an empty Python program, with and without `import pulumi_kubevirt`."""
    times: dict[str, list[float]] = {"empty": [], "pulumi_kubevirt": []}
    stacks = {}
    for label in times:
        work = tmp / f"p6-{label}"
        work.mkdir(parents=True, exist_ok=True)
        (work / "Pulumi.yaml").write_text(
            f"name: p6-{label.replace('_', '-')}\n"
            f"runtime:\n  name: python\n  options:\n    virtualenv: {sys.prefix}\n"
        )
        (work / "__main__.py").write_text(
            "import pulumi\n" + ("import pulumi_kubevirt\n" if label != "empty" else "")
        )
        env = tools.pulumi_env(tmp / f"home-p6-{label}")
        env.update(PULUMI_CONFIG_PASSPHRASE="bench")
        stacks[label] = auto.create_or_select_stack(
            stack_name="p6",
            work_dir=str(work),
            opts=auto.LocalWorkspaceOptions(
                env_vars=env, pulumi_command=auto.PulumiCommand(root=str(tools.pulumi_root()))
            ),
        )
    for stack in stacks.values():
        stack.preview()  # warm: bytecode and the plugin cache
    for _ in range(rounds):
        for label, stack in stacks.items():
            started = time.monotonic()
            stack.preview()
            times[label].append(time.monotonic() - started)
    return {label: statistics.median(t) for label, t in times.items()}
