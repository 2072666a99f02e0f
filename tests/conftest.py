"""Session fixtures for the real parts: control plane, libvirt and a Pulumi workspace.

Nothing here is mocked. A part that cannot start fails the tests that need it, loudly; CI's
`.ci/run` installs and starts everything, so nothing is skipped there.
"""

from __future__ import annotations

import gc
import sys
from collections.abc import Generator, Iterator
from pathlib import Path
from typing import Any

import pytest

from kubevirt_sandbox import cachedir, controlplane, crds, libvirt_node, libvirtd, tools


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport() -> Generator[None, Any, Any]:
    """No garbage collection while pytest writes a test's report.

    The report of a failed (or xfailed) test quotes its source, which pytest finds with
    ``ast.parse``. On CPython 3.11 a collection during that parse can run a finalizer that raises
    (e.g. a coroutine closed outside its loop); the unraisable hook formats the traceback, which
    calls ``ast.parse`` again, and the outer parse then fails with ``SystemError: AST constructor
    recursion depth mismatch``. Here, outside any test, that ends the whole run (exit 3,
    INTERNALERROR). Deferred, the collection happens inside a test, where such an exception
    fails that test (``filterwarnings`` in pyproject.toml).
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        return (yield)
    finally:
        if enabled:
            gc.enable()


@pytest.fixture(scope="session")
def control_plane(tmp_path_factory: pytest.TempPathFactory) -> Iterator[controlplane.ControlPlane]:
    """etcd + kube-apiserver with KubeVirt's and CDI's CRDs installed and Established."""
    plane = controlplane.start(tmp_path_factory.mktemp("controlplane"))
    try:
        from kubernetes import config

        api = config.new_client_from_config(config_file=plane.kubeconfig)
        try:
            crds.install(api)
        finally:
            api.close()
        yield plane
    finally:
        errors = controlplane.stop(plane)
        assert not errors, errors


@pytest.fixture()
def api_client(control_plane: controlplane.ControlPlane) -> Iterator[Any]:
    from kubernetes import config

    api = config.new_client_from_config(config_file=control_plane.kubeconfig)
    yield api
    api.close()


@pytest.fixture(scope="session")
def libvirt_daemon(tmp_path_factory: pytest.TempPathFactory) -> Iterator[libvirt_node.Daemon]:
    """A private libvirtd (own namespace, config, state and socket)."""
    base = tmp_path_factory.mktemp("libvirt")
    daemon = libvirtd.start("test-node", base / "node", cache=Path(cachedir.cache_dir()) / "libvirt-cache")
    yield daemon
    libvirtd.stop(daemon)


@pytest.fixture(scope="session")
def pulumi_env(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """Environment for the real Pulumi CLI: offline, `file://` backend, a test passphrase."""
    home = tmp_path_factory.mktemp("pulumi-home")
    env = tools.pulumi_env(home)
    env["PULUMI_CONFIG_PASSPHRASE"] = "test-passphrase"
    return env


@pytest.fixture(scope="session")
def venv_dir() -> str:
    """The virtualenv the tests run in; Pulumi programs and dynamic providers use it too."""
    return sys.prefix


@pytest.fixture(scope="session")
def sandbox(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """A whole sandbox (control plane, CRDs, two libvirt nodes, the controllers) for the session."""
    from kubevirt_sandbox import sandbox as sandbox_module

    with sandbox_module.running(tmp_path_factory.mktemp("sandbox")) as sb:
        yield sb


@pytest.fixture()
def kube(sandbox: Any) -> Iterator[Any]:
    """The sandbox's API as plain dicts (kubevirt_sandbox.controllers.kube.Kube)."""
    from kubevirt_sandbox.controllers import kube as kube_module

    k = kube_module.Kube(sandbox.kubeconfig)
    yield k
    k.close()
