"""`pip install pulumi-kubevirt` works without the sandbox, a compiler or the libvirt headers.

Both wheels are built from this checkout (pip wheel, as a release would). Then, in a clean
virtualenv whose PATH holds no C compiler and no pkg-config, and with ``--only-binary :all:`` (no
source distribution may build), ``pulumi-kubevirt`` is installed from its wheel with its
dependencies only: not libvirt-python, not kubevirt-sandbox. A Pulumi program running in that
virtualenv then previews, goes up, previews clean and is destroyed against the session sandbox:
one VM over the dynamic transport (the provider runs in the clean virtualenv's Python) and one over
the resource plugin installed from that virtualenv with ``pulumi plugin install --file``, as a
user of a stock Pulumi CLI would. The stack asks for the libvirt domain check, which this
virtualenv lacks: the provider says which extra to install, once, and goes on.

The dependency wheels come from PyPI once (``pip download --only-binary :all:``) into
``<cache>/wheels/<key>/``; later runs install from there offline (``--no-index``).
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import time
import uuid
import zipfile
from pathlib import Path
from typing import Any

import pytest
from pulumi import automation as auto

from kubevirt_sandbox import tools
from pulumi_kubevirt_provider import kube, settings
from pulumi_kubevirt_provider.domain import libvirt_access

pytestmark = [pytest.mark.pulumi, pytest.mark.controlplane, pytest.mark.libvirt]

ROOT = Path(__file__).resolve().parents[1]
FAST_BOOT = "kubevirt-sandbox.io/fast-boot"

PROGRAM = """
import pulumi
import pulumi_kubevirt as kv

config = pulumi.Config("kubevirt")


def spec(name):
    return {
        "runStrategy": "Always",
        "template": {"spec": {
            "domain": {"devices": {"disks": [{"name": "root", "disk": {"bus": "virtio"}}]},
                       "resources": {"requests": {"memory": "128Mi"}}},
            "volumes": [{"name": "root",
                         "containerDisk": {"image": "quay.io/kubevirt/cirros-container-disk-demo"}}],
        }},
    }


fast = {"annotations": {"kubevirt-sandbox.io/fast-boot": "2"}}
# The stack's kubevirt:* config, over the dynamic transport.
dynamic_vm = kv.VirtualMachine("pkg-dynamic", spec=spec("pkg-dynamic"), metadata=fast)
# An explicit provider: the resource plugin.
plugin = kv.Provider(
    "cluster", kubeconfig=config.require("kubeconfig"), namespace=config.require("namespace"),
    domain_access="libvirt", libvirt_uri=config.require("libvirtUri"),
)
plugin_vm = kv.VirtualMachine("pkg-plugin", spec=spec("pkg-plugin"), metadata=fast,
                              opts=pulumi.ResourceOptions(provider=plugin))
pulumi.export("ready", [dynamic_vm.ready, plugin_vm.ready])
"""


def run(cmd: list[str], env: dict[str, str] | None = None, timeout: float = 300) -> str:
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=timeout)
    assert done.returncode == 0, f"{' '.join(cmd)}\n{done.stdout}\n{done.stderr}"
    return done.stdout


def build_wheels(dist: Path) -> dict[str, Path]:
    run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation",
         "-w", str(dist), str(ROOT), str(ROOT / "sandbox")])  # fmt: skip
    wheels = {p.name.split("-")[0]: p for p in dist.glob("*.whl")}
    assert sorted(wheels) == ["kubevirt_sandbox", "pulumi_kubevirt"], wheels
    return wheels


def requirements(wheel: Path) -> list[str]:
    """The wheel's unconditional Requires-Dist lines (no extras)."""
    with zipfile.ZipFile(wheel) as z:
        meta = next(n for n in z.namelist() if n.endswith(".dist-info/METADATA"))
        lines = z.read(meta).decode().splitlines()
    return sorted(
        ln.split(":", 1)[1].strip() for ln in lines if ln.startswith("Requires-Dist:") and ";" not in ln
    )


def pip_for(python: Path) -> list[str]:
    return [sys.executable, "-m", "pip", "--python", str(python)]


def wheelhouse(reqs: list[str], clean_env: dict[str, str], python: Path) -> Path:
    """Binary wheels for ``reqs`` in the cache, downloaded from PyPI the first time."""
    key = hashlib.sha256(json.dumps([reqs, sys.version_info[:2]]).encode()).hexdigest()[:16]
    house = tools.cache_dir() / "wheels" / key
    if not (house / ".complete").exists():
        # Downloaded beside it and renamed into place: another test run may be filling it too.
        part = house.with_name(f"{key}.part-{os.getpid()}")
        shutil.rmtree(part, ignore_errors=True)
        part.mkdir(parents=True)
        run([*pip_for(python), "download", "-q", "--only-binary", ":all:", "-d", str(part), *reqs],
            env=clean_env, timeout=600)  # fmt: skip
        (part / ".complete").write_text("\n".join(reqs) + "\n")
        try:
            part.rename(house)
        except OSError:  # the other run got there first (or a stale, incomplete one is in the way)
            if not (house / ".complete").exists():
                shutil.rmtree(house, ignore_errors=True)
                part.rename(house)
            else:
                shutil.rmtree(part, ignore_errors=True)
    return house


@pytest.fixture(scope="module")
def clean_venv(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """A virtualenv with only pulumi-kubevirt (from its wheel) and its dependencies."""
    base = tmp_path_factory.mktemp("packaging")
    timings: dict[str, float] = {}
    t0 = time.monotonic()
    wheels = build_wheels(base / "dist")
    timings["build both wheels"] = time.monotonic() - t0
    venv = base / "venv"
    t0 = time.monotonic()
    # Made without pip (ensurepip byte-compiles it: ~10 s): this checkout's pip installs into it
    # (``pip --python``), pip too, which Pulumi's Python language host runs (``pip list``).
    run([getattr(sys, "_base_executable", sys.executable), "-m", "venv", "--without-pip", str(venv)])
    # No compiler, no pkg-config: only the virtualenv's own bin on PATH; nothing from the
    # project's environment (PYTHONPATH, a find-links folder) leaks in.
    env = {
        "PATH": f"{venv / 'bin'}",
        "HOME": os.environ.get("HOME", "/root"),
        "PIP_DISABLE_PIP_VERSION_CHECK": "1",
    }
    for key in ("PIP_CERT", "SSL_CERT_FILE", "REQUESTS_CA_BUNDLE", "PIP_DEFAULT_TIMEOUT"):
        if key in os.environ:
            env[key] = os.environ[key]
    for tool in ("cc", "gcc", "clang", "pkg-config"):
        assert shutil.which(tool, path=env["PATH"]) is None, tool
    python = venv / "bin" / "python"
    timings["create the virtualenv"] = time.monotonic() - t0
    t0 = time.monotonic()
    house = wheelhouse([*requirements(wheels["pulumi_kubevirt"]), "pip"], env, python)
    timings["dependency wheels (cache)"] = time.monotonic() - t0
    t0 = time.monotonic()
    # --no-compile: byte-compiling the kubernetes client's thousands of modules is most of an
    # install's time; Python compiles what it imports on first use.
    run([*pip_for(python), "install", "-q", "--no-compile", "--no-index", "--only-binary", ":all:",
         "--find-links", str(house), str(wheels["pulumi_kubevirt"]), "pip"], env=env)  # fmt: skip
    timings["pip install pulumi-kubevirt"] = time.monotonic() - t0
    run([*pip_for(python), "check"], env=env)
    sizes = {name: p.stat().st_size for name, p in wheels.items()}
    print("\nclean-venv install:", {k: f"{v:.1f}s" for k, v in timings.items()}, sizes)
    return {"venv": venv, "python": python, "env": env, "wheels": wheels}


def test_the_wheels_are_pure_python_and_split_as_documented(clean_venv: dict[str, Any]) -> None:
    wheels = clean_venv["wheels"]
    for wheel in wheels.values():
        assert wheel.name.endswith("-py3-none-any.whl")
    with zipfile.ZipFile(wheels["pulumi_kubevirt"]) as z:
        tops = {n.split("/")[0] for n in z.namelist() if not n.split("/")[0].endswith(".dist-info")}
        entry_points = z.read(next(n for n in z.namelist() if n.endswith("entry_points.txt"))).decode()
        assert any(n.endswith("licenses/LICENSE") for n in z.namelist())
        # The models' package ships whole: its generated folder and its py.typed marker.
        assert {"pulumi_kubevirt_models/generated/kubevirt_v1.py", "pulumi_kubevirt_models/py.typed"} <= set(
            z.namelist()
        )
    assert tops == {"pulumi_kubevirt", "pulumi_kubevirt_models", "pulumi_kubevirt_provider"}
    assert "pulumi-resource-kubevirt = " in entry_points and "pulumi-kubevirt = " in entry_points
    assert "kubevirt-sandbox" not in entry_points
    reqs = requirements(wheels["pulumi_kubevirt"])
    assert not [r for r in reqs if r.startswith(("libvirt", "kubevirt-sandbox", "pulumi-kubernetes"))], reqs
    assert [r for r in reqs if r.startswith("pulumi<") or r.startswith("pulumi>")], reqs  # a range, not ==
    sandbox_reqs = requirements(wheels["kubevirt_sandbox"])
    assert any(r.startswith("libvirt-python") for r in sandbox_reqs), sandbox_reqs
    with zipfile.ZipFile(wheels["kubevirt_sandbox"]) as z:
        assert (
            "kubevirt-sandbox = "
            in z.read(next(n for n in z.namelist() if n.endswith("entry_points.txt"))).decode()
        )


def test_the_clean_venv_has_the_commands_and_not_libvirt(clean_venv: dict[str, Any]) -> None:
    venv, python, env = clean_venv["venv"], clean_venv["python"], clean_venv["env"]
    assert (venv / "bin" / "pulumi-resource-kubevirt").exists()
    assert "report" in run([str(venv / "bin" / "pulumi-kubevirt"), "--help"], env=env)
    assert not (venv / "bin" / "kubevirt-sandbox").exists()
    probe = subprocess.run([str(python), "-c", "import libvirt"], env=env, capture_output=True, text=True)
    assert probe.returncode != 0 and "No module named 'libvirt'" in probe.stderr
    probe = subprocess.run([str(python), "-c", "import kubevirt_sandbox"], env=env, capture_output=True)
    assert probe.returncode != 0


def test_a_program_from_the_wheel_previews_goes_up_and_down_against_the_sandbox(
    clean_venv: dict[str, Any], sandbox: Any, pulumi_env: dict[str, str], tmp_path: Path
) -> None:
    venv = clean_venv["venv"]
    # Its own PULUMI_HOME: the session's holds this checkout's plugin under the same version.
    env = tools.pulumi_env(tmp_path / "pulumi-home")
    env["PULUMI_CONFIG_PASSPHRASE"] = pulumi_env["PULUMI_CONFIG_PASSPHRASE"]
    env["PATH"] = f"{venv / 'bin'}{os.pathsep}{env['PATH']}"
    show = "import importlib.metadata as m; print(m.version('pulumi-kubevirt'))"
    version = run([str(clean_venv["python"]), "-c", show], env=clean_venv["env"]).strip()
    run([str(tools.pulumi_root() / "bin" / "pulumi"), "plugin", "install", "resource", "kubevirt", version,
         "--file", str(venv / "bin" / "pulumi-resource-kubevirt"), "--reinstall"], env=env)  # fmt: skip
    installed = tmp_path / "pulumi-home" / "plugins" / f"resource-kubevirt-v{version}"
    assert str(venv) in next(installed.glob("pulumi-resource-kubevirt*")).read_text(errors="replace")

    project = tmp_path / "project"
    project.mkdir()
    (project / "Pulumi.yaml").write_text(
        f"name: pkg-clean-venv\nruntime:\n  name: python\n  options:\n    virtualenv: {venv}\n"
    )
    (project / "__main__.py").write_text(PROGRAM)
    namespace = f"pkg-{uuid.uuid4().hex[:6]}"
    cluster = kube.Cluster(settings.ClusterSettings(kubeconfig=sandbox.kubeconfig))
    cluster.request("POST", "/api/v1/namespaces", body={"metadata": {"name": namespace}})
    stack = auto.create_or_select_stack(
        stack_name=namespace,
        work_dir=str(project),
        opts=auto.LocalWorkspaceOptions(
            env_vars=env, pulumi_command=auto.PulumiCommand(root=str(tools.pulumi_root()))
        ),
    )
    try:
        for key, value in {
            "kubevirt:kubeconfig": sandbox.kubeconfig,
            "kubevirt:namespace": namespace,
            "kubevirt:domainAccess": "libvirt",
            "kubevirt:libvirtUri": sandbox.libvirt_uri_template,
        }.items():
            stack.set_config(key, auto.ConfigValue(value))
        preview = stack.preview(on_output=print)
        assert preview.change_summary.get("create") == 4  # stack, provider, two VMs
        up = stack.up(on_output=print)
        assert up.outputs["ready"].value == [True, True]
        vms = cluster.list(kube.VM, namespace)
        assert sorted(v["metadata"]["name"] for v in vms) == ["pkg-dynamic", "pkg-plugin"]
        assert all(v["metadata"]["annotations"][FAST_BOOT] == "2" for v in vms)
        # Both transports ran the libvirt backend without libvirt-python, and said which extra:
        # the plugin as an engine message on its VM, the dynamic provider on the stack's output.
        told = [ln for ln in up.stdout.splitlines() if libvirt_access.MISSING_LIBVIRT in ln]
        assert any("kubevirt:index:VirtualMachine" in ln for ln in told), up.stdout
        assert any("pulumi:pulumi:Stack" in ln for ln in told), up.stdout
        stack.destroy(on_output=print)
        assert cluster.list(kube.VM, namespace) == []
        assert cluster.list(kube.VMI, namespace) == []
    finally:
        stack.workspace.remove_stack(stack.name, force=True)
        cluster.request("DELETE", f"/api/v1/namespaces/{namespace}")
        cluster.close()
