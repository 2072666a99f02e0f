"""Where the sandbox finds the programs it runs.

Every binary is looked up in one order, the same for all of them:

1. an environment variable naming the file:
   ``KUBEVIRT_SANDBOX_ETCD``, ``KUBEVIRT_SANDBOX_KUBE_APISERVER``, ``KUBEVIRT_SANDBOX_KUBECTL``,
   ``KUBEVIRT_SANDBOX_KUBE_CONTROLLER_MANAGER``,
   ``KUBEVIRT_SANDBOX_PULUMI``, ``KUBEVIRT_SANDBOX_LIBVIRTD``, ``KUBEVIRT_SANDBOX_QEMU``;
2. the bootstrap's cache, ``$PULUMI_KUBEVIRT_CACHE/tools/<bundle>-<version>/``
   (the Pulumi CLI under ``pulumi-<version>/bin/``, as Pulumi installs itself)
   (default ``~/.cache/pulumi-kubevirt``), newest version first;
3. ``PATH`` (and ``/usr/sbin``, where Debian puts libvirtd).

Other settings read from the environment:

- ``KUBEVIRT_SANDBOX_DIR``: the state directory of ``kubevirt-sandbox`` (default
  ``~/.local/state/kubevirt-sandbox``).
- ``KUBEVIRT_API_DIR``: the folder holding KubeVirt's and CDI's API files
  (``kubevirt-v1.9.0/``, ``cdi-v1.66.0/``); see ``crds.api_dir``.
- ``KUBEVIRT_SANDBOX_ACCEL``: ``kvm`` or ``tcg`` to skip the acceleration probe.
"""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path
from typing import Any

from kubevirt_sandbox import cachedir

BUNDLES = {
    "etcd": ("etcd", "etcd"),
    "kube-apiserver": ("kubernetes", "kube-apiserver"),
    "kubectl": ("kubernetes", "kubectl"),
    "kube-controller-manager": ("kubernetes", "kube-controller-manager"),
    "pulumi": ("pulumi", "bin/pulumi"),
    "pulumi-kubevirt-sdkgen": ("sdkgen", "pulumi-kubevirt-sdkgen"),
}


class ToolNotFound(RuntimeError):
    pass


def _version_key(path: Path, bundle: str) -> tuple[int, ...]:
    folder = next(p for p in path.parents if p.name.startswith(bundle + "-"))
    return tuple(int(n) for n in re.findall(r"\d+", folder.name[len(bundle) + 1 :]))


def find(name: str) -> Path:
    """The path of the binary ``name``, found in the documented order."""
    env_var = "KUBEVIRT_SANDBOX_" + name.upper().replace("-", "_")
    if env_var == "KUBEVIRT_SANDBOX_QEMU_SYSTEM_X86_64":
        env_var = "KUBEVIRT_SANDBOX_QEMU"
    if os.environ.get(env_var):
        path = Path(os.environ[env_var])
        if not os.access(path, os.X_OK):
            raise ToolNotFound(f"{env_var}={path} is not an executable file")
        return path
    if name in BUNDLES:
        bundle, binary = BUNDLES[name]
        found = sorted(
            cachedir.cache_dir().glob(f"tools/{bundle}-*/{binary}"),
            key=lambda p: _version_key(p, bundle),
            reverse=True,
        )
        if found:
            return found[0]
    on_path = shutil.which(name) or shutil.which(name, path="/usr/sbin:/usr/local/sbin")
    if on_path:
        return Path(on_path)
    raise ToolNotFound(
        f"{name} not found: set {env_var}, or run scripts/bootstrap.sh to build it into "
        f"{cachedir.cache_dir()}/tools, or put it on PATH"
    )


def pulumi_bin_dir() -> Path:
    """The folder holding the pulumi CLI and its bundled language host and launchers."""
    return find("pulumi").parent


def install_kubernetes_plugin(home: Path) -> None:
    """Put the bootstrap's pulumi-resource-kubernetes into ``home``'s plugin folder, where the
    engine looks for the release the installed ``pulumi_kubernetes`` wheel asks for."""
    import importlib.metadata

    try:
        version = importlib.metadata.version("pulumi_kubernetes")
        built = pulumi_root() / "plugins" / "pulumi-resource-kubernetes"
    except (importlib.metadata.PackageNotFoundError, ToolNotFound):
        return
    target = home / "plugins" / f"resource-kubernetes-v{version}" / "pulumi-resource-kubernetes"
    if built.exists() and not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(built, target)
        target.chmod(0o755)


def install_kubevirt_plugin(home: Path) -> None:
    """Put this project's ``pulumi-resource-kubevirt`` (the console script of the installed
    ``pulumi-kubevirt`` distribution) into ``home``'s plugin folder, as
    ``pulumi plugin install resource kubevirt <version> --file`` would."""
    import importlib.metadata
    import sys

    try:
        version = importlib.metadata.version("pulumi-kubevirt")
    except importlib.metadata.PackageNotFoundError:
        return
    script = Path(sys.executable).parent / "pulumi-resource-kubevirt"
    if not script.exists():
        return
    target = home / "plugins" / f"resource-kubevirt-v{version}" / "pulumi-resource-kubevirt"
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(script, target)
    target.chmod(0o755)


def pulumi_root() -> Path:
    """The installation root (``<root>/bin/pulumi``), as the Automation API's PulumiCommand wants."""
    return pulumi_bin_dir().parent


def pulumi_env(home: Path, backend_url: str | None = None) -> dict[str, str]:
    """Environment for running the Pulumi CLI offline against a local ``file://`` backend.

    The CLI must never reach for the network here: no update check, no plugin downloads,
    no templates. The passphrase (``PULUMI_CONFIG_PASSPHRASE``) is left to the caller.
    Creates ``home`` and, for the default backend, ``home/backend``.
    """
    home.mkdir(parents=True, exist_ok=True)
    if backend_url is None:
        (home / "backend").mkdir(exist_ok=True)
    install_kubernetes_plugin(home)
    install_kubevirt_plugin(home)
    return {
        "PATH": f"{pulumi_bin_dir()}{os.pathsep}{os.environ.get('PATH', '')}",
        "PULUMI_HOME": str(home),
        "PULUMI_BACKEND_URL": backend_url or f"file://{home / 'backend'}",
        "PULUMI_SKIP_UPDATE_CHECK": "true",
        "PULUMI_DISABLE_AUTOMATIC_PLUGIN_ACQUISITION": "true",
        "PULUMI_AUTOMATION_API_SKIP_VERSION_CHECK": "1",
        "PULUMI_DIY_BACKEND_NO_LEGACY_WARNING": "true",
        # Plugins come from PULUMI_HOME (install_*_plugin above), not from whatever is on PATH.
        "PULUMI_IGNORE_AMBIENT_PLUGINS": "true",
    }


def inline_stack(
    name: str,
    project: str,
    program: Any,
    work_dir: Path,
    env: dict[str, str],
    config: dict[str, str] | None = None,
) -> Any:
    """An Automation API stack running ``program`` inline with the Pulumi CLI built here.

    ``env`` is the CLI's environment (``pulumi_env``, plus the passphrase and a ``PATH`` whose
    ``python`` has this project installed: the dynamic providers run there); ``config`` is set on
    the stack, e.g. ``{"kubevirt:kubeconfig": ...}``. Its operations return once the program they
    started has ended, its event loop closed, also when they fail (``inline_programs``).
    """
    from kubevirt_sandbox import inline_programs

    stack = inline_programs.stack(name, project, program, work_dir, env, pulumi_root())
    for key, value in (config or {}).items():
        stack.set_config(key, inline_programs.auto.ConfigValue(value))
    return stack
