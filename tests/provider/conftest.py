"""Fixtures for driving the real Pulumi engine against the real control plane."""

from __future__ import annotations

import json
import os
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from pulumi import automation as auto

from kubevirt_sandbox import controlplane, tools
from pulumi_kubevirt_provider import kube, settings


@pytest.fixture()
def cluster(control_plane: controlplane.ControlPlane) -> Iterator[kube.Cluster]:
    c = kube.Cluster(settings.ClusterSettings(kubeconfig=control_plane.kubeconfig))
    yield c
    c.close()


@pytest.fixture()
def namespace(cluster: kube.Cluster) -> Iterator[str]:
    """A fresh namespace per test, so tests never see each other's objects."""
    name = f"t-{uuid.uuid4().hex[:8]}"
    cluster.request("POST", "/api/v1/namespaces", body={"metadata": {"name": name}})
    yield name
    cluster.request("DELETE", f"/api/v1/namespaces/{name}")


class Stacks:
    """Makes Automation API stacks with inline programs against the control plane."""

    def __init__(
        self,
        env: dict[str, str],
        kubeconfig: str,
        venv: str,
        work: Path,
        config: dict[str, str] | None = None,
    ) -> None:
        self.env = dict(env, PATH=f"{venv}/bin{os.pathsep}{env['PATH']}")
        self.kubeconfig, self.work = kubeconfig, work
        self.config = dict(config or {})
        self.outputs: list[str] = []
        self._made: list[auto.Stack] = []

    def new(self, program: Callable[[], None], namespace: str, name: str | None = None) -> auto.Stack:
        config = {"kubevirt:kubeconfig": self.kubeconfig, "kubevirt:namespace": namespace, **self.config}
        stack: auto.Stack = tools.inline_stack(
            name or f"s{uuid.uuid4().hex[:8]}", "provider-tests", program, self.work, self.env, config
        )
        self._made.append(stack)
        return stack

    def state_as_stored(self, stack: auto.Stack) -> dict[str, Any]:
        """The checkpoint as the backend keeps it (the Automation API's export_stack decrypts)."""
        result = stack.workspace.pulumi_command.run(
            ["stack", "export", "--stack", stack.name], str(self.work), self.env
        )
        return dict(json.loads(result.stdout))

    def say(self, line: str) -> None:
        self.outputs.append(line)
        print(line)

    def cleanup(self) -> None:
        for stack in self._made:
            try:
                stack.destroy(on_output=self.say)
            finally:
                stack.workspace.remove_stack(stack.name, force=True)


TRANSPORTS = ("dynamic", "plugin")


@pytest.fixture(params=TRANSPORTS)
def transport(request: pytest.FixtureRequest) -> str:
    """Each stack test runs over both transports: the dynamic resources and the resource plugin
    (`kubevirt:transport`, which the SDK's resource classes read)."""
    return str(request.param)


@pytest.fixture()
def stacks(
    pulumi_env: dict[str, str],
    control_plane: controlplane.ControlPlane,
    venv_dir: str,
    tmp_path: Path,
    namespace: str,
    transport: str,
) -> Iterator[Stacks]:
    # Depends on `namespace` so that its stacks are destroyed before the namespace goes.
    s = Stacks(pulumi_env, control_plane.kubeconfig, venv_dir, tmp_path, {"kubevirt:transport": transport})
    yield s
    s.cleanup()


class FakeVirtController:
    """Plays KubeVirt's VM controller through the API only: for tests that run before (or
    without) the sandbox's controllers. A VM that should run is marked created and Ready; a
    Halted one is marked Stopped. It writes status only, as virt-controller does."""

    def __init__(self, cluster: kube.Cluster, namespace: str, ready_after: float = 0.0) -> None:
        self.cluster, self.namespace, self.ready_after = cluster, namespace, ready_after
        self._first_seen: dict[str, float] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> FakeVirtController:
        self._thread.start()
        return self

    def __exit__(self, *exc: Any) -> None:
        self._stop.set()
        self._thread.join(5)

    def _run(self) -> None:
        while not self._stop.wait(0.3):
            try:
                for vm in self.cluster.list(kube.VM, self.namespace):
                    self._sync(vm)
            except Exception as exc:  # keep playing; the test will fail on what it sees
                print(f"fake virt-controller: {exc}")

    def _sync(self, vm: dict[str, Any]) -> None:
        spec, status = vm.get("spec") or {}, vm.get("status") or {}
        running = spec.get("runStrategy") in ("Always", "RerunOnFailure", "Once") or spec.get("running")
        seen = self._first_seen.setdefault(vm["metadata"]["uid"], time.monotonic())
        booted = time.monotonic() - seen >= self.ready_after
        want = (
            {
                "created": True,
                "ready": booted,
                "printableStatus": "Running" if booted else "Starting",
                "conditions": [{"type": "Ready", "status": "True" if booted else "False"}],
            }
            if running
            else {"created": False, "ready": False, "printableStatus": "Stopped", "conditions": []}
        )
        if any(status.get(k) != v for k, v in want.items()):
            self.cluster.patch(kube.VM, self.namespace, vm["metadata"]["name"], {"status": want}, "status")


@pytest.fixture()
def sandbox_cluster(sandbox: Any) -> Iterator[kube.Cluster]:
    c = kube.Cluster(settings.ClusterSettings(kubeconfig=sandbox.kubeconfig))
    yield c
    c.close()


@pytest.fixture()
def sandbox_namespace(sandbox_cluster: kube.Cluster) -> Iterator[str]:
    name = f"t-{uuid.uuid4().hex[:8]}"
    sandbox_cluster.request("POST", "/api/v1/namespaces", body={"metadata": {"name": name}})
    yield name
    sandbox_cluster.request("DELETE", f"/api/v1/namespaces/{name}")


@pytest.fixture()
def sandbox_stacks(
    pulumi_env: dict[str, str],
    sandbox: Any,
    venv_dir: str,
    tmp_path: Path,
    sandbox_namespace: str,
    transport: str,
) -> Iterator[Stacks]:
    """Stacks against the whole sandbox: its controllers run VMs as real QEMU domains, which the
    provider reads through the sandbox's libvirt sockets (the domain check)."""
    domain_access = {
        "kubevirt:domainAccess": "libvirt",
        "kubevirt:libvirtUri": sandbox.libvirt_uri_template,
        "kubevirt:transport": transport,
    }
    s = Stacks(pulumi_env, sandbox.kubeconfig, venv_dir, tmp_path, domain_access)
    yield s
    s.cleanup()


@pytest.fixture()
def fake_virt_controller(cluster: kube.Cluster, namespace: str) -> Iterator[FakeVirtController]:
    with FakeVirtController(cluster, namespace) as fake:
        yield fake
