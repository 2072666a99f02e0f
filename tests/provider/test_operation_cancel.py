"""Ctrl-C (the engine's Cancel) and the plugin's exit, without a cluster: what is cancelled stops at
once and leaves what it was asked to delete in place; Cancel and the short calls never queue
behind the waits they cancel; a plugin whose engine died does not linger (issue 21, items 4, 5, 9).

Where a cluster is needed, a "black hole" plays an API server that accepts connections and never
answers (a hung or overloaded server): every read of it blocks until its timeout."""

from __future__ import annotations

import dataclasses
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import fake_cluster
import grpc
import pytest
from google.protobuf import empty_pb2
from pulumi.runtime.proto import provider_pb2, provider_pb2_grpc

from pulumi_kubevirt_provider import errors, kube, operation, readiness, settings, tunables, waiting
from pulumi_kubevirt_provider.domain import check
from pulumi_kubevirt_provider.plugin import wire
from pulumi_kubevirt_provider.resources import vm

URN = "urn:pulumi:dev::proj::kubevirt:index:VirtualMachine::web"


@pytest.fixture(autouse=True)
def not_cancelled() -> Iterator[None]:
    """``operation.cancelled`` is the process's: leave it as found."""
    operation.cancelled.clear()
    yield
    operation.cancelled.clear()


@pytest.fixture()
def said() -> Iterator[list[str]]:
    lines: list[str] = []
    with operation.running(operation.Operation(say=lambda r, m: lines.append(f"{r}: {m}"))):
        yield lines


class BlackHole:
    """A TCP listener that accepts every connection and never sends a byte."""

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(1024)
        self.port = self.sock.getsockname()[1]
        self.held: list[socket.socket] = []
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            self.held.append(conn)

    def kubeconfig(self) -> str:
        return (
            '{"apiVersion": "v1", "kind": "Config", "current-context": "x",'
            f' "clusters": [{{"name": "c", "cluster": {{"server": "https://127.0.0.1:{self.port}",'
            ' "insecure-skip-tls-verify": true}}],'
            ' "users": [{"name": "u", "user": {"token": "t"}}],'
            ' "contexts": [{"name": "x", "context": {"cluster": "c", "user": "u", "namespace": "team"}}]}'
        )

    def close(self) -> None:
        self.sock.close()
        for conn in self.held:
            conn.close()


@pytest.fixture()
def black_hole() -> Iterator[BlackHole]:
    hole = BlackHole()
    yield hole
    hole.close()


# -- item 4: an aborted destroy deletes nothing ---------------------------------------------------
def running_vm() -> dict[str, Any]:
    return {
        "apiVersion": kube.VM.api_version,
        "kind": kube.VM.kind,
        "metadata": {"name": "web", "namespace": "ns"},
        "spec": {"runStrategy": "Always", "template": {"spec": {}}},
        "status": {"created": True, "ready": True, "printableStatus": "Running"},
    }


def test_ctrl_c_during_the_graceful_stop_of_a_destroy_deletes_nothing(said: list[str]) -> None:
    """Issue 21 item 4: a Cancel during the graceful stop ends the delete with Cancelled, and the
    DELETE is never sent: the VM stays, and so does its state entry (the engine records a failed
    delete). The next destroy deletes it."""
    cfg, fake = fake_cluster.install()
    fake.put(kube.VM, running_vm())
    real_follow = fake.follow

    def follow_then_cancel(*args: Any) -> Any:
        fetch = real_follow(*args)

        def fetch_and_cancel() -> Any:
            operation.cancelled.set()  # Ctrl-C while the guest is shutting down (it never halts here)
            return fetch()

        return fetch_and_cancel

    fake.follow = follow_then_cancel  # type: ignore[method-assign]
    handler = vm.VirtualMachineHandler(cfg)
    props = {"metadata": {"name": "web", "namespace": "ns"}, "spec": running_vm()["spec"]}
    with pytest.raises(errors.Cancelled, match="web: cancelled while waiting for a graceful stop"):
        handler.delete("ns/web", props)
    assert ("delete", "VirtualMachine", "web") not in fake.writes
    assert fake.get(kube.VM, "ns", "web") is not None
    assert not any("deleting anyway" in line for line in said), said

    operation.cancelled.clear()  # the next destroy, in a new plugin process
    fake.follow = real_follow  # type: ignore[method-assign]
    fake.put(kube.VM, {**fake.get(kube.VM, "ns", "web"), "status": {}})  # it has halted meanwhile
    handler.delete("ns/web", props)
    assert fake.get(kube.VM, "ns", "web") is None


def test_a_graceful_stop_that_times_out_still_deletes(said: list[str], monkeypatch: Any) -> None:
    """The bounded graceful stop is unchanged: a guest that does not halt in time is deleted."""
    cfg, fake = fake_cluster.install()
    fake.put(kube.VM, running_vm())
    monkeypatch.setattr(tunables, "TUNABLES", dataclasses.replace(tunables.TUNABLES, stop_cap=0.05))
    handler = vm.VirtualMachineHandler(cfg)
    handler.delete("ns/web", {"metadata": {"name": "web", "namespace": "ns"}, "spec": running_vm()["spec"]})
    assert ("delete", "VirtualMachine", "web") in fake.writes
    assert any("deleting anyway" in line for line in said), said


# -- item 9: every wait looks at the cancel flag ---------------------------------------------------
def test_the_settle_after_a_live_repair_stops_when_cancelled() -> None:
    """Issue 21 item 9: check.settle (up to settle_cap, 60 s) slept through a Cancel."""
    from domain.test_check_repairs import StandIn, ballooned, domain_xml, vm_object, vmi_of

    vm_ = vm_object()
    vmi = vmi_of(vm_)
    backend = StandIn(ballooned(domain_xml(vmi), 128))  # a balloon the guest never gives back
    threading.Timer(0.2, operation.cancelled.set).start()
    started = time.monotonic()
    with pytest.raises(errors.Cancelled, match="cancelled while waiting for the live repair"):
        check.settle(backend, lambda: (vm_, vmi), 5, lambda m: None)
    assert time.monotonic() - started < 1.5


def test_a_read_waiting_for_the_shared_watch_stops_when_cancelled(black_hole: BlackHole) -> None:
    """Issue 21 item 9: a read (get_current then) waited up to 30 s for a watch that cannot list (a hung API
    server), then sent a GET (30 s more), whatever the cancel flag said."""
    cluster = kube.Cluster(settings.ClusterSettings(kubeconfig=black_hole.kubeconfig()))
    outcome: dict[str, Any] = {}

    def read() -> None:
        try:
            outcome["value"] = cluster.read(kube.VM, "team", "web")
        except BaseException as exc:
            outcome["error"] = exc

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    time.sleep(0.5)
    operation.cancelled.set()
    reader.join(2)
    assert not reader.is_alive(), "read still waiting 2 s after the cancel"
    assert isinstance(outcome.get("error"), errors.Cancelled), outcome


def test_waits_sharing_a_list_poll_stop_when_cancelled_while_the_list_is_out() -> None:
    """Issue 22: the shared list poll (a server whose versions are not numbers) held one wait in
    the LIST and the others on its lock, each until the LIST came back, whatever the cancel said."""
    import local_api

    items = [{"metadata": {"name": f"vm-{i}", "namespace": "team"}} for i in range(3)]
    unnumbered = local_api.Answer(200, {"kind": "VirtualMachineList", "metadata": {}, "items": items})
    stalled = dataclasses.replace(unnumbered, delay=8.0)
    with local_api.LocalApi([unnumbered, stalled]) as api:
        cluster = kube.Cluster(settings.ClusterSettings(kubeconfig=local_api.kubeconfig(api.url)))
        written = {"metadata": {"name": "web", "namespace": "team", "resourceVersion": "7"}}
        ended: list[BaseException | None] = []

        def wait(name: str) -> None:
            try:
                waiting.until(
                    name, "deletion", cluster.follow(kube.VM, "team", name, written), readiness.gone, 30
                )
                ended.append(None)
            except BaseException as exc:
                ended.append(exc)

        waits = [threading.Thread(target=wait, args=(f"vm-{i}",), daemon=True) for i in range(3)]
        with operation.running(operation.Operation(say=lambda r, m: None)):
            for t in waits:
                t.start()
            deadline = time.monotonic() + 5
            while len(api.seen) < 2 and time.monotonic() < deadline:  # the stalled LIST is out
                time.sleep(0.02)
            operation.cancelled.set()
            cancelled_at = time.monotonic()
            for t in waits:
                t.join(3)
            took = time.monotonic() - cancelled_at
    assert not any(t.is_alive() for t in waits), f"a wait still blocked {took:.1f}s after the cancel"
    assert len(ended) == 3 and all(isinstance(e, errors.Cancelled) for e in ended), ended
    assert sorted(str(e) for e in ended) == [
        f"vm-{i}: cancelled while waiting for deletion" for i in range(3)
    ]


def test_a_failing_watch_stops_retrying_once_cancelled() -> None:
    """Issue 22: the watch's backoff (up to 5 s between attempts) slept through a Cancel and then
    asked the unreachable server again, while a wait was reading it."""
    from test_watching import Script

    script = Script([])
    script.list_error = errors.Unreachable("connection refused")
    watch = script.watch()

    def wait() -> None:  # as waiting.until does: an unreachable server is outlasted
        while not operation.cancelled.is_set():
            try:
                watch.read("web", wait=0.5)
            except (errors.Unreachable, errors.Cancelled):
                time.sleep(0.05)

    waiter = threading.Thread(target=wait, daemon=True)
    waiter.start()
    deadline = time.monotonic() + 5
    while script.lists < 3 and time.monotonic() < deadline:  # retrying, in its backoff now
        time.sleep(0.02)
    assert script.lists >= 3
    operation.cancelled.set()
    tried = script.lists
    time.sleep(2.5)  # the backoff of the next attempts (1 s, 2 s)
    assert script.lists == tried, f"{script.lists - tried} more LISTs after the cancel"
    assert not watch._running and not waiter.is_alive()


# -- items 5 and 9: the plugin process --------------------------------------------------------------
def vm_props(name: str = "web") -> dict[str, Any]:
    return {
        "metadata": {"name": name, "namespace": "team"},
        "spec": {
            "runStrategy": "Always",
            "template": {
                "spec": {
                    "domain": {
                        "devices": {"disks": [{"name": "root", "disk": {"bus": "virtio"}}]},
                        "resources": {"requests": {"memory": "128Mi"}},
                    },
                    "volumes": [{"name": "root", "containerDisk": {"image": "quay.io/x/y"}}],
                }
            },
        },
    }


def start_plugin(engine_shell: bool = False) -> tuple[subprocess.Popen[str], int, int]:
    """The real `pulumi-resource-kubevirt`; with ``engine_shell``, under a `sh` that plays its engine.
    Returns (the process started, the plugin's pid, its port)."""
    exe = Path(sys.executable).parent / "pulumi-resource-kubevirt"
    if not engine_shell:
        proc = subprocess.Popen([str(exe)], stdout=subprocess.PIPE, text=True)
        assert proc.stdout is not None
        return proc, proc.pid, int(proc.stdout.readline())
    proc = subprocess.Popen(
        ["sh", "-c", f"'{exe}' & echo pid=$!; wait"],
        stdout=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    assert proc.stdout is not None
    pid = port = 0
    while not (pid and port):
        line = proc.stdout.readline().strip()
        assert line, "the plugin did not start"
        if line.startswith("pid="):
            pid = int(line[4:])
        elif line.isdigit():
            port = int(line)
    return proc, pid, port


def configured(port: int, kubeconfig: str) -> tuple[grpc.Channel, Any]:
    channel = grpc.insecure_channel(f"127.0.0.1:{port}")
    stub = provider_pb2_grpc.ResourceProviderStub(channel)
    stub.Configure(
        provider_pb2.ConfigureRequest(
            args=wire.to_struct({"kubeconfig": kubeconfig, "domainAccess": "off"}), acceptSecrets=True
        ),
        timeout=30,
    )
    return channel, stub


def creates_in_flight(stub: Any, n: int) -> list[Any]:
    """``n`` Creates of VMs, each blocked reading the (hung) cluster."""
    return [
        stub.Create.future(
            provider_pb2.CreateRequest(
                urn=URN.replace("::web", f"::vm{i}"), properties=wire.to_struct(vm_props(f"vm{i}"))
            )
        )
        for i in range(n)
    ]


def alive(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def test_cancel_check_and_diff_answer_at_once_while_300_waits_hold_the_plugin(black_hole: BlackHole) -> None:
    """Issue 21 item 5: the plugin served every call from one pool of 256 threads; with 256 calls
    waiting, Check, Diff and Cancel queued until a wait ended. Then every wait ends at the Cancel."""
    proc, _, port = start_plugin()
    channel, stub = configured(port, black_hole.kubeconfig())
    try:
        calls = creates_in_flight(stub, 300)
        time.sleep(3)  # every Create has started (or would have, with a thread to run it)
        assert not any(c.done() for c in calls), [c.exception() for c in calls if c.done()][:3]

        started = time.monotonic()
        checked = stub.Check(provider_pb2.CheckRequest(urn=URN, news=wire.to_struct(vm_props())), timeout=20)
        assert not checked.failures
        renamed = {**vm_props(), "metadata": {"name": "web2", "namespace": "team"}}
        diffed = stub.Diff(
            provider_pb2.DiffRequest(
                urn=URN, id="team/web", olds=wire.to_struct(vm_props()), news=wire.to_struct(renamed)
            ),
            timeout=20,
        )
        assert list(diffed.replaces) == ["metadata"]
        short_calls = time.monotonic() - started
        assert short_calls < 2, f"Check and Diff took {short_calls:.1f}s behind 300 waits"

        cancel_at = time.monotonic()
        stub.Cancel(empty_pb2.Empty(), timeout=20)
        cancel_took = time.monotonic() - cancel_at
        assert cancel_took < 1, f"Cancel took {cancel_took:.1f}s behind 300 waits"
        for call in calls:
            with pytest.raises(grpc.RpcError, match="cancelled"):
                call.result(timeout=max(0.1, cancel_at + 5 - time.monotonic()))
        ended = time.monotonic() - cancel_at
        print(
            f"short calls {short_calls:.2f}s, Cancel {cancel_took:.2f}s, "
            f"300 waits ended {ended:.2f}s after it"
        )
    finally:
        channel.close()
        proc.kill()
        proc.wait(10)


def test_the_plugin_exits_at_once_when_its_engine_dies_mid_call(black_hole: BlackHole) -> None:
    """Issue 21 item 9: after its engine died, the plugin lingered until its (non-daemon) worker
    threads ended their calls: up to a minute against a hung API server."""
    engine, pid, port = start_plugin(engine_shell=True)
    channel, stub = configured(port, black_hole.kubeconfig())
    try:
        calls = creates_in_flight(stub, 5)  # kept: a call dropped by the client is cancelled
        time.sleep(2)
        assert not any(c.done() for c in calls)
        os.kill(engine.pid, signal.SIGKILL)
        engine.wait(5)
        killed = time.monotonic()
        while alive(pid) and time.monotonic() - killed < 15:
            time.sleep(0.1)
        took = time.monotonic() - killed
        assert not alive(pid), "the plugin outlived its engine by 15 s"
        print(f"the plugin exited {took:.1f}s after its engine")
        assert took < 3, f"the plugin exited {took:.1f}s after its engine"
    finally:
        channel.close()
        if alive(pid):
            os.kill(pid, signal.SIGKILL)


def test_a_call_the_system_refuses_a_thread_for_queues_instead_of_failing(monkeypatch: Any) -> None:
    from pulumi_kubevirt_provider.plugin import server

    calls = server.CallThreads()

    def refuse(self: threading.Thread) -> None:
        raise RuntimeError("can't start new thread")

    with monkeypatch.context() as m:
        m.setattr(threading.Thread, "start", refuse)
        future = calls.submit(lambda x: x * 2, 21)
    assert future.result(timeout=5) == 42
    assert calls.wait(1) and calls.running() == 0
