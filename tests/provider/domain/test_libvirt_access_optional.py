"""libvirt-python is the ``pulumi-kubevirt[libvirt]`` extra: the SDK and the provider import it
only when the libvirt backend reads a domain, and without it that backend says, in one notice,
which extra to install, and the preview goes on without the domain check.

No service: "not installed" is ``sys.modules["libvirt"] = None``, which makes ``import libvirt``
raise ImportError exactly as in a virtualenv without it (tests/test_packaging.py shows the same
against the sandbox from a wheel installed without the extra).
"""

from __future__ import annotations

import subprocess
import sys
from typing import Any

import pytest

from pulumi_kubevirt_provider.domain import access, check
from pulumi_kubevirt_provider.domain import libvirt_access as la


@pytest.fixture()
def no_libvirt(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "libvirt", None)


def vm_and_vmi() -> tuple[dict[str, Any], dict[str, Any]]:
    vm = {
        "metadata": {"namespace": "ns", "name": "web"},
        "spec": {"runStrategy": "Always", "template": {"spec": {"domain": {"devices": {}}}}},
        "status": {"ready": True, "printableStatus": "Running"},
    }
    vmi = {
        "metadata": {"namespace": "ns", "name": "web", "uid": "u-web"},
        "spec": {"domain": {"devices": {}, "resources": {"requests": {"memory": "128Mi"}}}},
        "status": {"phase": "Running", "nodeName": "node-1"},
    }
    return vm, vmi


def test_without_libvirt_the_backend_names_the_extra_in_one_notice(no_libvirt: None) -> None:
    backend = la.LibvirtBackend("qemu+ssh://root@{node}/system")  # constructing it does not fail
    vm, vmi = vm_and_vmi()
    with pytest.raises(access.Unavailable) as caught:
        backend.read(vmi)
    assert "pip install 'pulumi-kubevirt[libvirt]'" in str(caught.value)
    assert "kubevirt:domainAccess" in str(caught.value)
    report = check.inspect(backend, vm, vmi)
    assert report.notice == la.MISSING_LIBVIRT  # the same line for every VM: shown once per preview
    assert report.drift == [] and report.facts is None
    for repair in (lambda: backend.resume(vmi), lambda: backend.set_memory(vmi, 131072)):
        with pytest.raises(access.Unavailable, match=r"pulumi-kubevirt\[libvirt\]"):
            repair()


def test_with_libvirt_installed_the_backend_has_no_such_notice() -> None:
    pytest.importorskip("libvirt")
    backend = la.LibvirtBackend("test:///default")
    assert backend._missing is None
    backend.close()


def test_the_sdk_and_the_provider_import_without_libvirt() -> None:
    """Every module of both packages imports with libvirt unimportable, and none loads it."""
    code = """
import importlib, pkgutil, sys
sys.modules["libvirt"] = None
for top in ("pulumi_kubevirt", "pulumi_kubevirt_provider"):
    package = importlib.import_module(top)
    for info in pkgutil.walk_packages(package.__path__, top + "."):
        if info.name.endswith("__main__"):
            continue
        importlib.import_module(info.name)
loaded = [m for m in sys.modules if m.startswith(("libvirt", "kubevirt_sandbox")) and sys.modules[m]]
assert not loaded, loaded
print("ok", len([m for m in sys.modules if m.startswith("pulumi_kubevirt")]))
"""
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("ok ")
