"""The sandbox as one thing: control plane, CRDs and libvirt nodes, recorded in one state file.

``up`` starts the parts in order and rolls back what it started if a later part fails;
``down`` stops them in reverse order and collects every error instead of stopping at the
first. ``state.json`` in the sandbox directory records pids, ports and URIs so that a later
process (``kubevirt-sandbox down``, a test session) can find and stop them; each pid with its
identity (process.identity), so that a pid that names another process by now (a reboot, a crash)
is never signalled.

The sandbox owns only what it made in its directory: the folders in :data:`OWNED`, listed in
``owned.json`` when it makes them. ``up`` clears those and refuses to run over a folder of the
same name that it did not make, so a user's files under ``--dir`` are never deleted.
"""

from __future__ import annotations

import dataclasses
import functools
import json
import os
import shutil
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from kubevirt_sandbox import accel, cachedir, controlplane, crds, libvirt_node, libvirtd, process


def default_dir() -> Path:
    if os.environ.get("KUBEVIRT_SANDBOX_DIR"):
        return Path(os.environ["KUBEVIRT_SANDBOX_DIR"])
    state_home = Path(os.environ.get("XDG_STATE_HOME", Path.home() / ".local" / "state"))
    return state_home / "kubevirt-sandbox"


@dataclasses.dataclass
class Sandbox:
    directory: str
    plane: controlplane.ControlPlane
    nodes: list[libvirt_node.Daemon]
    crds: list[str]
    controllers_pid: int = 0
    # ``up --fast``: every VMI is Ready this many seconds after it is made, without QEMU
    # (controllers/fastboot.py); None: real boots (a VM's own annotation can still ask for fast)
    fast_boot: float | None = None
    # nodes taken down by `kubevirt-sandbox node fail` (nodefail.py) and not recovered yet
    failed_nodes: list[str] = dataclasses.field(default_factory=list)
    # pid (as text) -> process.identity at up: a pid is signalled only while it still matches
    identities: dict[str, str] = dataclasses.field(default_factory=dict)

    @property
    def boots(self) -> str:
        """How VMs boot here, in words (``status`` and ``env`` print it)."""
        if self.fast_boot is None:
            return "real (QEMU); fast only for VMs annotated kubevirt-sandbox.io/fast-boot"
        return f"fast: Ready {self.fast_boot:g}s after the VMI is made, no QEMU (up --fast)"

    @property
    def kubeconfig(self) -> str:
        return self.plane.kubeconfig

    @property
    def libvirt_uri_template(self) -> str:
        """The libvirt URI of any node, ``{node}`` standing for its name (a VMI's status.nodeName).

        Every node's daemon listens on ``<dir>/nodes/<node name>/run/libvirt-sock``, so replacing
        ``{node}`` with ``sandbox-node-1`` gives that node's ``uri``.
        """
        # The form libvirtd.start gives each node's uri (tests check the two agree).
        sock = Path(self.directory) / "nodes" / "{node}" / "run" / "libvirt-sock"
        return f"qemu+unix:///system?socket={sock}"

    def api_client(self) -> Any:
        from kubernetes import config

        return config.new_client_from_config(config_file=self.kubeconfig)

    def processes(self) -> dict[str, int]:
        procs = {
            "etcd": self.plane.etcd_pid,
            "kube-apiserver": self.plane.apiserver_pid,
            "kube-controller-manager": self.plane.controller_manager_pid,
        }
        # a failed node's daemon is down on purpose (`node fail`): not a crash
        procs.update({f"libvirtd[{n.name}]": n.pid for n in self.nodes if n.name not in self.failed_nodes})
        if self.controllers_pid:
            procs["controllers"] = self.controllers_pid
        return procs

    def recorded_pids(self) -> list[int]:
        """Every pid the state file names, failed nodes' daemons included: their identities are
        kept, so that ``node recover`` never signals a process that took such a pid since."""
        return [*self.processes().values(), *(n.pid for n in self.nodes if n.name in self.failed_nodes)]

    def healthy(self) -> bool:
        return all(process.ours(pid) for pid in self.processes().values())


def _state_file(directory: Path) -> Path:
    return directory / "state.json"


def load(directory: Path | None = None) -> Sandbox | None:
    directory = directory or default_dir()
    try:
        path = _state_file(directory)
        raw = json.loads(path.read_text())
        saved = path.stat().st_mtime
    except FileNotFoundError:
        return None
    sb = Sandbox(
        directory=raw["directory"],
        plane=controlplane.ControlPlane(**raw["plane"]),
        nodes=[libvirt_node.Daemon(**n) for n in raw["nodes"]],
        crds=raw["crds"],
        controllers_pid=raw.get("controllers_pid", 0),
        fast_boot=raw.get("fast_boot"),
        failed_nodes=list(raw.get("failed_nodes") or []),
        identities=raw.get("identities") or {},
    )
    _expect_recorded(sb, saved)
    return sb


NOT_OURS = "not-ours"  # an identity no process has


def _expect_recorded(sb: Sandbox, saved: float) -> None:
    """Tell process.stop which recorded pids are still the recorded processes."""
    for pid in sb.recorded_pids():
        ident = sb.identities.get(str(pid))
        if ident is None:
            # A state file from before identities were recorded: the processes were started
            # before it was written, so one that started later is not ours.
            started = process.started_at(pid)
            ident = NOT_OURS if started is not None and started > saved + 1 else None
        process.expect(pid, ident)


def save(sb: Sandbox) -> None:
    """Record ``sb`` in its ``state.json`` (atomically)."""
    _save(sb)


def _save(sb: Sandbox) -> None:
    identities = {}
    for pid in sb.recorded_pids():
        key = str(pid)
        now = process.identity(pid) if process.ours(pid) else None
        # A process that is gone (a failed node's daemon), or a stranger that took its pid since,
        # keeps the identity recorded before: never adopt whoever holds the pid now.
        ident = now or sb.identities.get(key) or (NOT_OURS if pid > 0 else None)
        if ident:
            identities[key] = ident
    sb.identities = identities
    path = _state_file(Path(sb.directory))
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(dataclasses.asdict(sb), indent=2))
    tmp.rename(path)


OWNED = ("controlplane", "nodes", "vmis", "storage")


def _owned_file(directory: Path) -> Path:
    return directory / "owned.json"


def owned(directory: Path) -> set[str]:
    """The folders of :data:`OWNED` that the sandbox made in ``directory``."""
    try:
        return set(json.loads(_owned_file(directory).read_text())) & set(OWNED)
    except FileNotFoundError:
        # A directory from before owned.json: the sandbox made these if it wrote its own files.
        legacy = (directory / "controllers.json").exists() or _state_file(directory).exists()
        return set(OWNED) if legacy else set()
    except (ValueError, TypeError):
        return set()


class DirectoryNotOurs(RuntimeError):
    """``--dir`` holds a folder the sandbox needs but did not make."""


def claim_directory(directory: Path) -> None:
    """Clear the folders the sandbox made before; refuse folders of the same name it did not make.

    Files of anyone else in ``directory`` are never touched.
    """
    directory.mkdir(parents=True, exist_ok=True)
    mine = owned(directory)
    foreign = [sub for sub in OWNED if sub not in mine and (directory / sub).exists()]
    if foreign:
        raise DirectoryNotOurs(
            f"{', '.join(str(directory / sub) for sub in foreign)} "
            f"{'is' if len(foreign) == 1 else 'are'} not the sandbox's (not made by kubevirt-sandbox, "
            "which would clear it at every `up`): move it away, or give `--dir` a folder of its own"
        )
    for sub in mine:
        shutil.rmtree(directory / sub, ignore_errors=True)
    _owned_file(directory).write_text(json.dumps(list(OWNED)))
    for sub in OWNED:
        (directory / sub).mkdir(mode=0o700)


def up(
    directory: Path | None = None,
    nodes: int = 2,
    say: Callable[[str], None] = lambda _: None,
    fast_boot: float | None = None,
    audit_log: Path | None = None,
) -> Sandbox:
    """Bring the sandbox up, or return the one already running in ``directory``.

    ``fast_boot``: seconds after which every VMI is Ready without starting QEMU (None: real boots).
    ``audit_log``: the API server writes every request there (controlplane.AUDIT_POLICY; off when
    None). Only a sandbox started here gets it: one already up keeps what it has.
    A sandbox already up keeps its own setting (``down`` first to change it).
    """
    directory = (directory or default_dir()).resolve()
    if fast_boot is not None and fast_boot < 0:
        raise ValueError(f"fast boot delay must be >= 0 seconds, not {fast_boot}")
    existing = load(directory)
    if existing is not None:
        if existing.healthy():
            say(f"already up in {directory}")
            if existing.fast_boot != fast_boot:
                say(f"it keeps its boots: {existing.boots} (`kubevirt-sandbox down` first to change them)")
            return existing
        say("found a sandbox that is no longer whole (crash?): cleaning it up")
        down(directory, say=say)
    claim_directory(directory)

    undo: list[Callable[[], object]] = []
    try:
        say("starting etcd and kube-apiserver")
        plane = controlplane.start(
            directory / "controlplane", audit_log=audit_log.resolve() if audit_log else None
        )
        undo.append(lambda: controlplane.stop(plane))
        say(f"API server ready at {plane.apiserver_url}")
        sb = Sandbox(str(directory), plane, [], [], fast_boot=fast_boot)
        say("installing KubeVirt and CDI CRDs from " + str(crds.api_dir()))
        api = sb.api_client()
        try:
            sb.crds = crds.install(api)
        finally:
            api.close()
        say(f"{len(sb.crds)} CRDs established")
        decision = None  # the first daemon probes KVM (accel.decide), the others follow it
        for i in range(1, nodes + 1):
            name = f"sandbox-node-{i}"
            daemon = libvirtd.start(
                name,
                directory / "nodes" / name,
                cache=cachedir.cache_dir() / "libvirt-cache",
                decision=decision,
            )
            undo.append(functools.partial(libvirtd.stop, daemon))
            sb.nodes.append(daemon)
            if decision is None:
                decision = accel.Decision(daemon.accel, daemon.accel_reason, daemon.cpu_fixup)
                say(f"acceleration: {daemon.accel} ({daemon.accel_reason})")
            say(f"libvirtd for {name} ready at {daemon.uri}")
        sb.controllers_pid = start_controllers(sb)
        undo.append(lambda: process.stop(sb.controllers_pid))
        say(f"controllers running (log: {directory / 'logs' / 'controllers.log'})")
        say(f"boots: {sb.boots}")
        save(sb)
        return sb
    except BaseException:
        for step in reversed(undo):
            try:
                step()
            except Exception:
                pass
        raise


def controllers_log(directory: Path) -> Path:
    return directory / "logs" / "controllers.log"


def start_controllers(sb: Sandbox, timeout: float = 60.0) -> int:
    """Start the controllers process and wait until it has registered every node as Ready."""
    directory = Path(sb.directory)
    (directory / "controllers.json").write_text(
        json.dumps(
            {
                "kubeconfig": sb.kubeconfig,
                "nodes": [dataclasses.asdict(n) for n in sb.nodes],
                "fast_boot": sb.fast_boot,
            }
        )
    )
    log = controllers_log(directory)
    pid = process.start(
        "controllers",
        [sys.executable, "-m", "kubevirt_sandbox.controllers", "--dir", str(directory)],
        log,
        env=dict(os.environ, PYTHONUNBUFFERED="1"),
    )

    def nodes_ready() -> bool:
        from kubevirt_sandbox.controllers import kube

        k = kube.Kube(sb.kubeconfig)
        try:
            names = set()
            for node in k.list("Node"):
                conds = {c["type"]: c["status"] for c in (node.get("status") or {}).get("conditions") or []}
                if conds.get("Ready") == "True":
                    names.add(node["metadata"]["name"])
            return {n.name for n in sb.nodes} <= names
        finally:
            k.close()

    try:
        process.wait_ready("controllers", pid, nodes_ready, log, timeout)
    except BaseException:
        process.stop(pid)
        raise
    return pid


def down(directory: Path | None = None, say: Callable[[str], None] = lambda _: None) -> list[str]:
    """Stop everything recorded in ``directory``; return the errors met on the way."""
    directory = (directory or default_dir()).resolve()
    sb = load(directory)
    if sb is None:
        say(f"nothing recorded in {directory}")
        return []
    errors: list[str] = []
    if sb.controllers_pid:
        try:
            process.stop(sb.controllers_pid)
            say("stopped the controllers")
        except Exception as exc:
            errors.append(f"controllers: {exc}")
    for daemon in reversed(sb.nodes):
        if daemon.name in sb.failed_nodes:
            continue  # killed by `node fail`: its pid may be someone else's by now
        try:
            libvirtd.stop(daemon)
            say(f"stopped libvirtd for {daemon.name}")
        except Exception as exc:
            errors.append(f"libvirtd[{daemon.name}]: {exc}")
    errors += controlplane.stop(sb.plane)
    say("stopped kube-apiserver and etcd")
    for pid in sb.recorded_pids():
        process.expect(pid, None)
    if not errors:
        _state_file(directory).unlink(missing_ok=True)
    return errors


@contextmanager
def running(
    directory: Path, nodes: int = 2, fast_boot: float | None = None, audit_log: Path | None = None
) -> Iterator[Sandbox]:
    """A sandbox for the length of a ``with`` block (tests and benchmarks use this)."""
    sb = up(directory, nodes=nodes, fast_boot=fast_boot, audit_log=audit_log)
    try:
        yield sb
    finally:
        errors = down(directory)
        if errors:
            raise RuntimeError("sandbox did not stop cleanly: " + "; ".join(errors))
