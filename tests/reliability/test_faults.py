"""Faults during `pulumi up`, each ending in a converging `up` with nothing orphaned and nothing
lost (convergence.py says what that means), against one private sandbox whose daemons the tests
kill (kubevirt_sandbox.restart). Resource plugin unless a test says otherwise.

Each test prints one `RELIABILITY fault=... first_up=... orphaned=N lost=N` line: the README's
Reliability table is filled from them.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
import uuid
from collections import Counter
from pathlib import Path
from typing import Any

import pulumi
import pytest
from convergence import Background, audit, converge, fast_boot, report, vm_spec, wait_for
from pulumi import automation as auto

import pulumi_kubevirt as kv
from kubevirt_sandbox import restart, tools
from pulumi_kubevirt_provider import kube

pytestmark = [pytest.mark.pulumi, pytest.mark.controlplane, pytest.mark.libvirt]


def cli_env(pulumi_env: dict[str, str]) -> dict[str, str]:
    return dict(pulumi_env, PATH=f"{sys.prefix}/bin{os.pathsep}{pulumi_env['PATH']}")


def inline(program: Any, work: Path, pulumi_env: dict[str, str], config: dict[str, str]) -> auto.Stack:
    return tools.inline_stack(
        f"s{uuid.uuid4().hex[:8]}", "reliability", program, work, cli_env(pulumi_env), config
    )


def outcome(bg: Background) -> str:
    """How the `up` that met the fault ended, in one word (the table's "first up")."""
    if bg.error is None:
        return "survived"
    print(f"the first up failed: {bg.error}")
    return "failed"


def test_kube_apiserver_then_etcd_killed_and_restarted_mid_up_of_ten_vms(
    faulty: Any,
    faulty_cluster: kube.Cluster,
    faulty_namespace: str,
    stack_config: dict[str, str],
    pulumi_env: dict[str, str],
    work: Path,
) -> None:
    """Two faults in one `up` (one `up` less to pay for): the API server, then etcd under it."""
    names = {f"vm-{i}" for i in range(10)}

    def program() -> None:
        for name in sorted(names):
            kv.VirtualMachine(name, spec=vm_spec(), metadata=fast_boot(8))

    def applied() -> int:
        return len(faulty_cluster.list(kube.VM, faulty_namespace))

    stack = inline(program, work, pulumi_env, stack_config)
    bg = Background(lambda: stack.up(on_output=print))
    wait_for("3 VMs applied", lambda: applied() >= 3, 240, bg)
    restart.kill(faulty, "kube-apiserver")
    time.sleep(3)
    restart.start(faulty, "kube-apiserver")
    etcd_mid_up = bg.running()
    restart.kill(faulty, "etcd")
    time.sleep(3)
    restart.start(faulty, "etcd")
    bg.join(300)
    first = outcome(bg)
    found = converge(
        stack, faulty_cluster, faulty_namespace, {"VirtualMachine": names}, print, up=first != "survived"
    )
    report("kube-apiserver killed and restarted mid-up (10 VMs)", first, found)
    report(
        f"etcd killed and restarted {'mid-up' if etcd_mid_up else 'after the up'} (same 10 VMs)", first, found
    )
    assert found, found
    assert first == "survived", "the provider's retries outlast an API server and an etcd restart"
    assert etcd_mid_up, "etcd went down while the up still ran"


def test_libvirtd_of_the_node_killed_mid_boot(
    faulty: Any,
    faulty_cluster: kube.Cluster,
    faulty_namespace: str,
    stack_config: dict[str, str],
    pulumi_env: dict[str, str],
    work: Path,
) -> None:
    def program() -> None:
        kv.VirtualMachine("booting", spec=vm_spec(), metadata=fast_boot("off"))  # a real QEMU domain

    stack = inline(program, work, pulumi_env, stack_config)
    bg = Background(lambda: stack.up(on_output=print))

    def booting() -> str | None:
        vmi = faulty_cluster.get(kube.VMI, faulty_namespace, "booting") or {}
        status = vmi.get("status") or {}
        return status.get("nodeName") if status.get("phase") == "Running" else None

    node = wait_for("a domain starting", booting, 180, bg)
    restart.kill(faulty, f"libvirtd[{node}]")
    time.sleep(3)
    restart.start(faulty, f"libvirtd[{node}]")
    bg.join(300)
    first = outcome(bg)
    found = converge(
        stack,
        faulty_cluster,
        faulty_namespace,
        {"VirtualMachine": {"booting"}},
        print,
        up=first != "survived",
    )
    domain = stack.export_stack().deployment["resources"][-1]["outputs"]["domain"]
    print(f"domain after the restart: {domain}")
    report(f"libvirtd of {node} killed mid-boot", first, found)
    assert found, found
    assert domain["state"] == "running" and domain["node"] == node, "the same domain, taken back by libvirtd"


PROGRAM = """\
import pulumi_kubevirt as kv

kv.VirtualMachine("{name}", spec={spec!r}, metadata={metadata!r})
"""


def project_stack(
    work: Path, name: str, metadata: dict[str, Any], pulumi_env: dict[str, str], config: dict[str, str]
) -> tuple[auto.Stack, Path, dict[str, str]]:
    """A program on disk (the CLI runs it as `pulumi up` would from a terminal), for the faults that
    signal the CLI itself."""
    project = work / "project"
    project.mkdir()
    (project / "Pulumi.yaml").write_text(
        textwrap.dedent(f"""\
            name: reliability-{name}
            runtime:
              name: python
              options:
                virtualenv: {sys.prefix}
            """)
    )
    (project / "__main__.py").write_text(PROGRAM.format(name=name, spec=vm_spec(), metadata=metadata))
    env = cli_env(pulumi_env)
    stack = auto.create_or_select_stack(
        stack_name="dev",
        work_dir=str(project),
        opts=auto.LocalWorkspaceOptions(
            env_vars=env, pulumi_command=auto.PulumiCommand(root=str(tools.pulumi_root()))
        ),
    )
    for key, value in config.items():
        stack.set_config(key, auto.ConfigValue(value))
    return stack, project, env


def cli_up(project: Path, env: dict[str, str]) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [str(tools.find("pulumi")), "up", "--yes", "--skip-preview", "--stack", "dev", "--non-interactive"],
        cwd=project,
        env={**os.environ, **env},
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,  # its own group: what it leaves behind can be found and ended
    )


def descendants(root: int) -> dict[int, str]:
    """pid -> command line of every process under ``root``."""
    parents: dict[int, int] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        parents[int(stat.parent.name)] = int(fields[1])
    found: dict[int, str] = {}
    frontier = [root]
    while frontier:
        parent = frontier.pop()
        for pid, ppid in parents.items():
            if ppid == parent and pid not in found:
                try:
                    found[pid] = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode()
                except OSError:
                    found[pid] = ""
                frontier.append(pid)
    return found


def wait_for_exit(pids: list[int], timeout: float) -> list[int]:
    """The pids still running (not zombies) after up to ``timeout`` seconds."""

    def running(pid: int) -> bool:
        try:
            return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
        except OSError:
            return False

    deadline = time.monotonic() + timeout
    while (left := [p for p in pids if running(p)]) and time.monotonic() < deadline:
        time.sleep(0.3)
    return left


def wait_applied(cli: subprocess.Popen[str], cluster: kube.Cluster, namespace: str, name: str) -> None:
    deadline = time.monotonic() + 240
    while cluster.get(kube.VM, namespace, name) is None:
        assert cli.poll() is None, "the CLI ended before the VM was applied: " + (
            cli.stdout.read() if cli.stdout else ""
        )
        assert time.monotonic() < deadline, "the VM was never applied"
        time.sleep(0.3)


def test_the_cli_sigkilled_mid_create_then_refresh_and_up(
    faulty_cluster: kube.Cluster,
    faulty_namespace: str,
    stack_config: dict[str, str],
    pulumi_env: dict[str, str],
    work: Path,
) -> None:
    stack, project, env = project_stack(work, "killed", fast_boot(10), pulumi_env, stack_config)
    cli = cli_up(project, env)
    children: dict[int, str] = {}
    try:
        wait_applied(cli, faulty_cluster, faulty_namespace, "killed")
        time.sleep(1)  # inside the readiness wait
        children = descendants(cli.pid)  # the engine starts each in a process group of its own
        os.kill(cli.pid, signal.SIGKILL)  # the CLI only, as `kill -9 <pulumi>` would
        cli.wait(10)
        plugins = [pid for pid, cmd in children.items() if "pulumi-resource-kubevirt" in cmd]
        assert plugins, children
        lingering = wait_for_exit(plugins, 30)
        assert not lingering, "the kubevirt plugin outlived its engine"
    finally:
        for pid in children:  # what Pulumi's own language host leaves behind
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
    state = stack.export_stack().deployment
    print(f"pending operations after the kill: {state.get('pending_operations')}")
    # What a user does after a killed CLI: remove its lock, then let refresh drop the pending create
    # (the object it made is taken back by the next up, through the owner mark).
    cancelled = stack.workspace.pulumi_command.run(["cancel", "--yes", "--stack", "dev"], str(project), env)
    assert cancelled.code == 0, cancelled.stderr
    refreshed = stack.workspace.pulumi_command.run(
        ["refresh", "--yes", "--clear-pending-creates", "--stack", "dev", "--non-interactive"],
        str(project),
        env,
    )
    assert refreshed.code == 0, refreshed.stderr
    found = converge(stack, faulty_cluster, faulty_namespace, {"VirtualMachine": {"killed"}}, print)
    outputs = stack.export_stack().deployment["resources"][-1]["outputs"]
    report("pulumi CLI SIGKILLed mid-create, cancel + refresh + up", "killed", found)
    assert found, found
    assert outputs["ready"] is True


def test_ctrl_c_during_a_wait_ends_promptly_and_the_next_up_converges(
    faulty_cluster: kube.Cluster,
    faulty_namespace: str,
    stack_config: dict[str, str],
    pulumi_env: dict[str, str],
    work: Path,
) -> None:
    stack, project, env = project_stack(work, "waiter", fast_boot(8), pulumi_env, stack_config)
    cli = cli_up(project, env)
    try:
        wait_applied(cli, faulty_cluster, faulty_namespace, "waiter")
        time.sleep(2)  # well inside the readiness wait
        interrupted = time.monotonic()
        cli.send_signal(signal.SIGINT)
        out, _ = cli.communicate(timeout=30)
        took = time.monotonic() - interrupted
    finally:
        if cli.poll() is None:
            cli.kill()
    print(out)
    assert took < 10, f"the CLI took {took:.1f}s to stop after Ctrl-C"
    assert "cancelled while waiting for readiness" in out
    found = converge(stack, faulty_cluster, faulty_namespace, {"VirtualMachine": {"waiter"}}, print)
    report("Ctrl-C during a readiness wait", "cancelled", found)
    assert found, found
    resources = stack.export_stack().deployment["resources"]
    assert any(r["urn"].endswith("::waiter") and r["outputs"].get("ready") for r in resources)


def test_a_second_field_manager_edits_the_vm_during_up(
    faulty_cluster: kube.Cluster,
    faulty_namespace: str,
    stack_config: dict[str, str],
    pulumi_env: dict[str, str],
    work: Path,
) -> None:
    def program() -> None:
        kv.VirtualMachine(
            "shared",
            spec=vm_spec(),
            metadata={"labels": {"app": "shared"}, **fast_boot(8)},
        )

    stack = inline(program, work, pulumi_env, stack_config)
    bg = Background(lambda: stack.up(on_output=print))
    wait_for("the VM applied", lambda: faulty_cluster.get(kube.VM, faulty_namespace, "shared"), 120, bg)
    path = kube.VM.path(faulty_namespace) + "/shared"
    # kubectl edit/patch: an Update by another manager, on a field we declare.
    faulty_cluster.request(
        "PATCH",
        path,
        body={"metadata": {"labels": {"app": "hijacked"}}},
        content_type="application/merge-patch+json",
        query={"fieldManager": "kubectl-edit"},
    )
    # Another tool's server-side apply of a field we do not declare: it keeps it.
    faulty_cluster.request(
        "PATCH",
        path,
        body={
            "apiVersion": "kubevirt.io/v1",
            "kind": "VirtualMachine",
            "metadata": {"name": "shared", "labels": {"team": "other"}},
        },
        content_type="application/apply-patch+yaml",
        query={"fieldManager": "other-tool"},
    )
    bg.join(300)
    first = outcome(bg)
    found = converge(stack, faulty_cluster, faulty_namespace, {"VirtualMachine": {"shared"}}, print)
    labels = faulty_cluster.get(kube.VM, faulty_namespace, "shared")["metadata"]["labels"]
    report("a second field manager edits the VM during up", first, found)
    assert found, found
    assert labels["app"] == "shared", "the declared value is back"
    assert labels["team"] == "other", "the other manager's own field is left alone"
    assert audit(stack.export_stack().deployment, faulty_cluster, faulty_namespace, {})


def provider_vmi_deletes(audit_log: str, offset: int) -> tuple[Counter[str], int]:
    """VMI deletes the provider made (by name) that the API server carried out, from the audit log
    after ``offset``; and the offset to read from next time."""
    deletes: Counter[str] = Counter()
    with open(audit_log, "rb") as f:
        f.seek(offset)
        data = f.read()
    end = data.rfind(b"\n") + 1
    for line in data[:end].splitlines():
        event = json.loads(line)
        ref = event.get("objectRef") or {}
        if (
            event.get("stage") == "ResponseComplete"
            and event.get("verb") == "delete"
            and ref.get("resource") == "virtualmachineinstances"
            and event.get("userAgent", "").startswith("pulumi-kubevirt/")
            and (event.get("responseStatus") or {}).get("code", 0) < 300
        ):
            deletes[ref.get("name", "")] += 1
    return deletes, offset + end


def test_a_lagging_vmi_watch_during_restart_on_change_updates_and_a_domain_repair(
    faulty: Any,
    faulty_cluster: kube.Cluster,
    faulty_namespace: str,
    stack_config: dict[str, str],
    pulumi_env: dict[str, str],
    work: Path,
) -> None:
    """Every VMI event reaches the provider's shared watch 2 s late (settings.TEST_WATCH_DELAY_ENV):
    each restart deletes exactly one VMI (the one it read, by uid), and the outputs are the live
    VMI's. `bouncer` (fast boot: a VMI's address derives from its uid) is restarted by
    restart_on_change twice; `real` (a QEMU domain) gets a vCPU hot-added by hand, which `up`
    repairs by a restart."""
    shape = {"memory": "128Mi"}

    def program() -> None:
        bouncer = kv.VirtualMachine(
            "bouncer", spec=vm_spec(shape["memory"]), metadata=fast_boot(2), restart_on_change=True
        )
        real = kv.VirtualMachine("real", spec=vm_spec(), metadata=fast_boot("off"))
        for name, vm in (("bouncer", bouncer), ("real", real)):
            pulumi.export(f"{name}_ips", vm.ip_addresses)
            pulumi.export(f"{name}_node", vm.node_name)
            pulumi.export(f"{name}_drift", vm.drift)

    env = dict(pulumi_env, PULUMI_KUBEVIRT_TEST_WATCH_DELAY="virtualmachineinstances=2")
    stack = inline(program, work, env, stack_config)
    stack.up(on_output=print)
    audit_log = faulty.plane.audit_log
    _, offset = provider_vmi_deletes(audit_log, 0)

    def outputs_are_the_live_vmis(up: Any) -> None:
        for name in ("bouncer", "real"):
            vmi = faulty_cluster.get(kube.VMI, faulty_namespace, name)
            status = vmi["status"]
            interfaces = status.get("interfaces") or []
            ips = [ip for i in interfaces for ip in (i.get("ipAddresses") or [i.get("ipAddress")]) if ip]
            shown = (up.outputs[f"{name}_ips"].value, up.outputs[f"{name}_node"].value)
            live = (ips, status["nodeName"])
            assert shown == live, f"{name}: outputs {shown}, the live VMI {live}"
            assert up.outputs[f"{name}_drift"].value == [], f"{name}: outputs judged another VMI"

    def restarted(up_run: Any, expected: dict[str, int]) -> None:
        nonlocal offset
        before = {n: faulty_cluster.get(kube.VMI, faulty_namespace, n)["metadata"]["uid"] for n in expected}
        up = up_run()
        deletes, offset = provider_vmi_deletes(audit_log, offset)
        print(f"VMI deletes by the provider: {dict(deletes)}")
        assert {n: deletes.get(n, 0) for n in ("bouncer", "real")} == {"bouncer": 0, "real": 0, **expected}
        for name in expected:
            assert faulty_cluster.get(kube.VMI, faulty_namespace, name)["metadata"]["uid"] != before[name]
        outputs_are_the_live_vmis(up)

    shape["memory"] = "160Mi"
    restarted(lambda: stack.up(on_output=print), {"bouncer": 1})

    vmi = faulty_cluster.get(kube.VMI, faulty_namespace, "real")
    uri = faulty.libvirt_uri_template.replace("{node}", vmi["status"]["nodeName"])
    domain = f"{faulty_namespace}_real"
    virsh = ["virsh", "-c", uri]
    subprocess.run([*virsh, "setvcpus", domain, "2", "--live"], check=True, capture_output=True, timeout=60)

    def dumpxml() -> str:
        return subprocess.run([*virsh, "dumpxml", domain], capture_output=True, text=True, timeout=60).stdout

    wait_for("a second vCPU online", lambda: "current='2'" in dumpxml(), 60)
    shape["memory"] = "192Mi"
    restarted(lambda: stack.up(on_output=print), {"bouncer": 1, "real": 1})

    found = converge(
        stack, faulty_cluster, faulty_namespace, {"VirtualMachine": {"bouncer", "real"}}, print, up=False
    )
    report("the VMI watch 2 s late during restart_on_change updates and a domain repair", "survived", found)
    assert found, found
