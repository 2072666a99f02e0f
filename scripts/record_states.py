"""Record the states objects go through in the sandbox, for the fast tests that judge them.

Writes ``tests/provider/data/states/<kind>/<state>.yaml``: a VirtualMachine, its VMI, a
DataVolume, a Service, a migration, each as the API server returned it at a moment the provider
has to judge (created and not Ready, Ready, RestartRequired, halted, crash-looping, unschedulable,
importing, failed ...), with the declaration the provider applied and, for a VM or VMI that runs,
the libvirt domain as the provider's ``libvirt`` backend reads it. The fast tests
(``tests/provider/test_recorded_states.py``) feed them to readiness, diff, live-update
classification and the domain check.

How: a private sandbox (``kubevirt_sandbox.sandbox.running``, real QEMU boots, 2 nodes) in a
temporary folder; every object is applied the way the provider applies it (its ``kube.Cluster``:
server-side apply, field manager ``pulumi-kubevirt``), read back through the same client, the
domains through ``domain.libvirt_access.LibvirtBackend``. Nothing is edited by hand.

So that recording again gives a small diff, every file is normalised: uids (any UUID) become
``00000000-0000-4000-8000-<n>`` numbered in order of first appearance over the whole run (the
same uid is the same placeholder in every file), timestamps ``2026-01-01T00:00:00Z``,
``resourceVersion`` ``"1"``, cluster IPs ``10.96.0.<n>``, node ports ``30000+n``, MAC addresses
``52:54:00:00:00:<n>``, loopback ports ``49152``, the sandbox folder ``/sandbox``, the tool cache
``/cache``; in domain XML the domain id, VNC ports, pty numbers and VMI folder suffixes. Secrets
are redacted: cloud-init user data, anything named like a password or a key, Secret data, and VNC
passwords in XML. What stays host-specific: the CPU model and features libvirt expanded.

Needs the services (run it under the shared heavy lock):
``flock /tmp/heavy.lock .venv/bin/python scripts/record_states.py`` (about 3 minutes).
"""

from __future__ import annotations

import argparse
import copy
import http.server
import re
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

from kubevirt_sandbox import sandbox as sandbox_module
from kubevirt_sandbox import tools
from kubevirt_sandbox.controllers import images
from pulumi_kubevirt_provider import kube, settings
from pulumi_kubevirt_provider.domain.libvirt_access import LibvirtBackend

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "tests" / "provider" / "data" / "states"
NS = "default"
DEMO = "quay.io/kubevirt/cirros-container-disk-demo"
HOW = (
    "recorded by scripts/record_states.py from a private kubevirt-sandbox (real QEMU boots, 2 nodes): "
    "applied as the provider applies (server-side apply, field manager pulumi-kubevirt), read back "
    "through the provider's client and libvirt backend; uids, timestamps, resourceVersions, IPs, "
    "ports, MACs and the sandbox folder normalised; secrets redacted"
)

# -- normalising and redacting -----------------------------------------------------------------
REDACTED = "[redacted]"
SECRET_KEYS = {
    "userData", "userDataBase64", "networkData", "networkDataBase64", "password", "passwd",
    "secretKey", "accessKeyId", "token", "sshAuthorizedKeys",
}  # fmt: skip
UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
TIMESTAMP = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:\d\d)")
MAC = re.compile(r"(?i)\b52:54:00(?::[0-9a-f]{2}){3}\b")
LOOPBACK_PORT = re.compile(r"127\.0\.0\.1:\d+")
XML_RULES = (
    (re.compile(r"(<domain [^>]*\bid=')\d+'"), r"\g<1>1'"),
    (re.compile(r"(<graphics [^>]*\bport=)'\d+'"), r"\1'5900'"),
    (re.compile(r"(<graphics [^>]*\bwebsocket=)'\d+'"), r"\1'5700'"),
    (re.compile(r"(/sandbox/vmis/[^/_']+_[^/_']+)_[0-9a-f]+"), r"\1_00000000"),
    (re.compile(r"/dev/pts/\d+"), "/dev/pts/0"),
    (re.compile(r"\bpasswd='[^']*'"), f"passwd='{REDACTED}'"),
    (re.compile(r"(<label>|<imagelabel>)[^<]*(</)"), r"\1+0:+0\2"),
)


class Normaliser:
    """One per run, so that a uid, IP, port or MAC gets the same placeholder in every file."""

    def __init__(self, sandbox_dir: str) -> None:
        self.sandbox_dir = sandbox_dir.rstrip("/")
        self.cache_dir = str(tools.cache_dir()).rstrip("/")
        self.uids: dict[str, str] = {}
        self.ips: dict[str, str] = {}
        self.ports: dict[int, int] = {}
        self.macs: dict[str, str] = {}

    def text(self, value: str) -> str:
        value = value.replace(self.sandbox_dir, "/sandbox").replace(self.cache_dir, "/cache")
        value = UUID.sub(lambda m: self._uid(m.group(0)), value)
        value = TIMESTAMP.sub("2026-01-01T00:00:00Z", value)
        value = MAC.sub(lambda m: self._mac(m.group(0)), value)
        return LOOPBACK_PORT.sub("127.0.0.1:49152", value)

    def _uid(self, uid: str) -> str:
        return self.uids.setdefault(uid, f"00000000-0000-4000-8000-{len(self.uids) + 1:012d}")

    def _mac(self, mac: str) -> str:
        return self.macs.setdefault(mac.lower(), f"52:54:00:00:00:{len(self.macs) + 1:02x}")

    def ip(self, ip: str) -> str:
        return self.ips.setdefault(ip, f"10.96.0.{len(self.ips) + 10}")

    def port(self, port: int) -> int:
        return self.ports.setdefault(port, 30000 + len(self.ports) + 1)

    def doc(self, value: Any, key: str = "") -> Any:
        if key in SECRET_KEYS and value not in (None, "", [], {}):
            return REDACTED
        if isinstance(value, dict):
            # Keys too: managedFields name list entries by their keys (k:{"uid":"..."}).
            out = {self.text(k): self.doc(v, k) for k, v in value.items()}
            if "resourceVersion" in out:
                out["resourceVersion"] = "1"
            if out.get("kind") == "Secret":
                out.update({k: REDACTED for k in ("data", "stringData") if k in out})
            if isinstance(out.get("clusterIP"), str) and out["clusterIP"] not in ("", "None"):
                out["clusterIP"] = self.ip(out["clusterIP"])
            if isinstance(out.get("clusterIPs"), list):
                out["clusterIPs"] = [self.ip(ip) for ip in out["clusterIPs"]]
            if isinstance(out.get("nodePort"), int):
                out["nodePort"] = self.port(out["nodePort"])
            return out
        if isinstance(value, list):
            return [self.doc(v, key) for v in value]
        if isinstance(value, str):
            return self.text(value)
        return value

    def xml(self, xml: str) -> str:
        xml = self.text(xml)
        for pattern, replacement in XML_RULES:
            xml = pattern.sub(replacement, xml)
        return xml


class _Dumper(yaml.SafeDumper):
    """Multi-line strings (domain XML) as literal blocks, so that a re-recording diffs line by line."""


def _str(dumper: yaml.SafeDumper, value: str) -> yaml.Node:
    style = "|" if "\n" in value and not any(line != line.rstrip() for line in value.split("\n")) else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _str)


# -- the recording ---------------------------------------------------------------------------------
_UNREAD: Any = object()


class Recorder:
    def __init__(self, cluster: kube.Cluster, backend: LibvirtBackend, norm: Normaliser, out: Path) -> None:
        self.cluster, self.backend, self.norm, self.out = cluster, backend, norm, out
        self.written: list[Path] = []

    def apply(self, kind: kube.Kind, manifest: dict[str, Any]) -> dict[str, Any]:
        return self.cluster.apply(kind, copy.deepcopy(manifest))

    def get(self, kind: kube.Kind, name: str) -> dict[str, Any] | None:
        return self.cluster.get(kind, NS, name)

    def domain(self, vmi: dict[str, Any] | None) -> dict[str, Any] | None:
        """The VMI's domain as the provider's libvirt backend reads it (None: no VMI runs)."""
        if vmi is None or (vmi.get("status") or {}).get("phase") != "Running":
            return None
        reading = self.backend.read(vmi)
        return {
            "state": reading.state,
            "persistent": reading.persistent,
            "where": reading.where,
            "xml": self.norm.xml(reading.xml) if reading.xml else None,
        }

    def write(self, folder: str, state: str, what: str, obj: dict[str, Any] | None, **extra: Any) -> None:
        """One state: ``object`` as read, ``declared`` what was applied, ``vmi``/``domain`` beside a VM."""
        record: dict[str, Any] = {"how": HOW, "moment": what}
        for key, value in extra.items():
            if value is not None:
                record[key] = self.norm.doc(value) if key != "domain" else value
        record["object"] = self.norm.doc(obj)
        path = self.out / folder / f"{state}.yaml"
        path.parent.mkdir(parents=True, exist_ok=True)
        header = f"# {folder}/{state}: {what}\n# {HOW}\n"
        path.write_text(header + yaml.dump(record, Dumper=_Dumper, sort_keys=True, width=100))
        self.written.append(path)
        print(f"  {folder}/{state}", flush=True)

    def vm(
        self,
        state: str,
        what: str,
        vm: dict[str, Any] | None,
        declared: dict[str, Any],
        vmi: Any = _UNREAD,
        **extra: Any,
    ) -> None:
        """A VM state, with its VMI (read now, unless given) and the VMI's domain."""
        if vmi is _UNREAD:
            vmi = self.get(kube.VMI, declared["metadata"]["name"])
        self.write(
            "virtualmachine", state, what, vm, declared=declared, vmi=vmi, domain=self.domain(vmi), **extra
        )


def wait_for(what: str, fn: Callable[[], Any], timeout: float = 120.0, period: float = 0.1) -> Any:
    deadline = time.monotonic() + timeout
    last: Any = None
    while time.monotonic() < deadline:
        last = fn()
        if last:
            return last
        time.sleep(period)
    raise TimeoutError(f"timed out after {timeout:.0f}s waiting for {what}; last value: {last!r}")


def conditions(obj: dict[str, Any] | None) -> dict[str, dict[str, Any]]:
    return {c.get("type", ""): c for c in ((obj or {}).get("status") or {}).get("conditions") or []}


def status(obj: dict[str, Any] | None) -> dict[str, Any]:
    return dict((obj or {}).get("status") or {})


# -- what is declared ------------------------------------------------------------------------------
def vm_manifest(name: str, run_strategy: str = "Always", **template: Any) -> dict[str, Any]:
    """The demo VM as a program declares it (the SDK's manifest: apiVersion, kind, metadata, spec)."""
    spec: dict[str, Any] = {
        "domain": {
            "cpu": {"sockets": 1, "cores": 1, "threads": 1},
            "devices": {
                "disks": [
                    {"name": "containerdisk", "disk": {"bus": "virtio"}},
                    {"name": "cloudinitdisk", "disk": {"bus": "virtio"}},
                ]
            },
            "resources": {"requests": {"memory": "128Mi"}},
        },
        "terminationGracePeriodSeconds": 0,
        "volumes": [
            {"name": "containerdisk", "containerDisk": {"image": DEMO}},
            {"name": "cloudinitdisk", "cloudInitNoCloud": {"userData": "#!/bin/sh\necho recorded\n"}},
        ],
    }
    spec.update(template)
    return {
        "apiVersion": "kubevirt.io/v1",
        "kind": "VirtualMachine",
        "metadata": {"name": name, "namespace": NS, "labels": {"app": name}},
        "spec": {
            "runStrategy": run_strategy,
            "template": {"metadata": {"labels": {"app": name}}, "spec": spec},
        },
    }


def with_cpu(manifest: dict[str, Any], **cpu: Any) -> dict[str, Any]:
    out = copy.deepcopy(manifest)
    out["spec"]["template"]["spec"]["domain"]["cpu"].update(cpu)
    return out


def service_manifest(name: str, selector: str, type_: str) -> dict[str, Any]:
    return {
        "apiVersion": "v1",
        "kind": "Service",
        "metadata": {"name": name, "namespace": NS},
        "spec": {
            "type": type_,
            "selector": {"app": selector},
            "ports": [{"name": "ssh", "port": 22, "targetPort": 22}],
        },
    }


def datavolume_manifest(name: str, source: dict[str, Any]) -> dict[str, Any]:
    return {
        "apiVersion": "cdi.kubevirt.io/v1beta1",
        "kind": "DataVolume",
        "metadata": {"name": name, "namespace": NS},
        "spec": {"source": source, "storage": {"resources": {"requests": {"storage": "64Mi"}}}},
    }


def migration_manifest(name: str, vmi: str) -> dict[str, Any]:
    return {
        "apiVersion": "kubevirt.io/v1",
        "kind": "VirtualMachineInstanceMigration",
        "metadata": {"name": name, "namespace": NS},
        "spec": {"vmiName": vmi},
    }


def slow_http() -> tuple[str, Callable[[], None]]:
    """Serves the demo qcow2 at about 4 MB/s, so an import is seen in progress."""
    disk, _ = images.resolve(DEMO)
    payload = Path(disk).read_bytes()

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802
            if self.path != "/demo.qcow2":
                self.send_error(404)
                return
            self.send_response(200)
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            for i in range(0, len(payload), 256 * 1024):
                self.wfile.write(payload[i : i + 256 * 1024])
                time.sleep(0.06)

        def log_message(self, *args: Any) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return f"http://127.0.0.1:{server.server_address[1]}", server.shutdown


# -- the scenarios ---------------------------------------------------------------------------------
def failing_vms(rec: Recorder) -> None:
    """VMs that never become Ready: a CPU libvirt refuses (crash loop), no node, no image."""
    crash = vm_manifest("rec-crash")
    crash["spec"]["template"]["spec"]["domain"]["cpu"] = {"model": "NoSuchModel"}
    unschedulable = vm_manifest("rec-unschedulable", nodeSelector={"kubernetes.io/hostname": "no-such-node"})
    no_image = vm_manifest("rec-no-image")
    no_image["spec"]["template"]["spec"]["volumes"][0]["containerDisk"]["image"] = (
        "quay.io/example/not-in-store:v1"
    )
    manual = vm_manifest("rec-manual", "Manual")
    for manifest in (crash, unschedulable, no_image, manual):
        rec.apply(kube.VM, manifest)

    def crashes(count: int) -> dict[str, Any] | None:
        vm = rec.get(kube.VM, "rec-crash")
        record = status(vm).get("startFailure") or {}
        looping = status(vm).get("printableStatus") == "CrashLoopBackOff"
        return vm if looping and record.get("consecutiveFailCount") == count else None

    rec.vm(
        "crash-loop-backoff",
        "the first start failed (libvirt refused the CPU model): CrashLoopBackOff, the next start later",
        wait_for("the first failed start", lambda: crashes(1)),
        crash,
    )
    unsched = wait_for(
        "ErrorUnschedulable",
        lambda: (
            (vm := rec.get(kube.VM, "rec-unschedulable"))
            and status(vm).get("printableStatus") == "ErrorUnschedulable"
            and vm
        ),
    )
    rec.vm("error-unschedulable", "no Ready node matches the nodeSelector", unsched, unschedulable)
    rec.write(
        "virtualmachineinstance",
        "unschedulable",
        "the VMI of a VM whose nodeSelector matches no node: Scheduling, PodScheduled False",
        rec.get(kube.VMI, "rec-unschedulable"),
    )
    pull = wait_for(
        "ErrImagePull",
        lambda: (
            (vm := rec.get(kube.VM, "rec-no-image"))
            and status(vm).get("printableStatus") == "ErrImagePull"
            and vm
        ),
    )
    rec.vm("err-image-pull", "its containerDisk image is not in the image store", pull, no_image)
    stopped = wait_for(
        "the Manual VM's status",
        lambda: (vm := rec.get(kube.VM, "rec-manual")) and status(vm).get("printableStatus") and vm,
    )
    rec.vm("manual-stopped", "runStrategy Manual, never started: Stopped", stopped, manual)
    rec.vm(
        "crash-loop-failed-twice",
        "the second start failed as well: KubeVirt backs off longer, the provider fails the wait",
        wait_for("the second failed start", lambda: crashes(2)),
        crash,
    )
    for name in ("rec-crash", "rec-unschedulable", "rec-no-image", "rec-manual"):
        rec.cluster.delete(kube.VM, NS, name)


def datavolumes(rec: Recorder) -> None:
    url, stop = slow_http()
    try:
        imported = datavolume_manifest("rec-import", {"http": {"url": f"{url}/demo.qcow2"}})
        missing = datavolume_manifest("rec-missing", {"http": {"url": f"{url}/no-such.qcow2"}})
        rec.write(
            "datavolume",
            "created",
            "the API server's answer to the apply: no status yet",
            rec.apply(kube.DATAVOLUME, imported),
            declared=imported,
        )
        rec.apply(kube.DATAVOLUME, missing)

        def importing() -> dict[str, Any] | None:
            dv = rec.get(kube.DATAVOLUME, "rec-import")
            st = status(dv)
            progress = str(st.get("progress") or "")
            partial = progress.endswith("%") and 0 < float(progress.rstrip("%")) < 100
            return dv if st.get("phase") == "ImportInProgress" and partial else None

        rec.write(
            "datavolume",
            "importing",
            "an HTTP import under way, with progress",
            wait_for("an import in progress", importing, 60, 0.05),
            declared=imported,
        )
        done = wait_for(
            "the import",
            lambda: (
                (dv := rec.get(kube.DATAVOLUME, "rec-import"))
                and status(dv).get("phase") == "Succeeded"
                and dv
            ),
        )
        rec.write("datavolume", "succeeded", "the HTTP import finished", done, declared=imported)
        failed = wait_for(
            "the failed import",
            lambda: (
                (dv := rec.get(kube.DATAVOLUME, "rec-missing")) and status(dv).get("phase") == "Failed" and dv
            ),
        )
        rec.write("datavolume", "failed", "the HTTP server answered 404", failed, declared=missing)
    finally:
        stop()
    for name in ("rec-import", "rec-missing"):
        rec.cluster.delete(kube.DATAVOLUME, NS, name)


def running_vm(rec: Recorder) -> None:
    """One VM through its life: created, starting, Ready, a live change, a restart change,
    migrated, halted, deleted."""
    declared = vm_manifest("rec-vm")
    answer = rec.apply(kube.VM, declared)
    # The VM controller makes the VMI after it sees the VM: none exists at the apply's answer.
    rec.vm("created", "the API server's answer to the apply: no status, no VMI yet", answer, declared, None)

    def vm_and_vmi(phases: tuple[str, ...]) -> tuple[dict[str, Any], dict[str, Any]] | None:
        """The VM is not Ready; its VMI (read after the VM) exists and is in one of ``phases``."""
        vm, vmi = rec.get(kube.VM, "rec-vm"), rec.get(kube.VMI, "rec-vm")
        if vm and vmi and not status(vm).get("ready") and status(vmi).get("phase", "") in phases:
            return vm, vmi
        return None

    vm, vmi = wait_for(
        "the VMI to be scheduled", lambda: vm_and_vmi(("", "Pending", "Scheduling", "Scheduled")), period=0.05
    )
    rec.vm("starting", "its VMI exists and is not running yet", vm, declared, vmi)
    vm, vmi = wait_for("the guest to boot", lambda: vm_and_vmi(("Running",)), period=0.05)
    rec.vm("booting", "its VMI runs, the guest is not Ready yet", vm, declared, vmi)
    ready = wait_for("Ready", lambda: (vm := rec.get(kube.VM, "rec-vm")) and status(vm).get("ready") and vm)
    rec.vm("running-ready", "the guest is up: Ready", ready, declared)
    rec.write(
        "virtualmachineinstance",
        "running-ready",
        "the VMI of a Ready VM, with its domain",
        vmi := rec.get(kube.VMI, "rec-vm"),
        domain=rec.domain(vmi),
    )

    for type_, name in (("ClusterIP", "rec-svc"), ("NodePort", "rec-ssh")):
        svc = service_manifest(name, "rec-vm", type_)
        rec.write(
            "service",
            type_.lower(),
            f"a {type_} Service as the API server answered the apply",
            rec.apply(kube.SERVICE, svc),
            declared=svc,
        )

    live = with_cpu(declared, sockets=2)
    rec.apply(kube.VM, live)
    accepted = wait_for(
        "the live change to be accepted",
        lambda: (
            (vm := rec.get(kube.VM, "rec-vm"))
            and status(vm).get("observedGeneration") == vm["metadata"]["generation"]
            and vm
        ),
    )
    rec.vm(
        "live-update-accepted",
        "CPU sockets 1 -> 2 on the running VM: applied live (LiveUpdate), no RestartRequired",
        accepted,
        live,
        declared_before=declared,
    )
    restart = with_cpu(live, cores=2)
    rec.apply(kube.VM, restart)
    required = wait_for(
        "RestartRequired",
        lambda: (
            (vm := rec.get(kube.VM, "rec-vm"))
            and conditions(vm).get("RestartRequired", {}).get("status") == "True"
            and vm
        ),
    )
    rec.vm(
        "restart-required",
        "CPU cores 1 -> 2 on the running VM: not live-updatable, RestartRequired",
        required,
        restart,
        declared_before=live,
    )

    migration = migration_manifest("rec-migration", "rec-vm")
    rec.write(
        "migration",
        "created",
        "the API server's answer to the apply: no status yet",
        rec.apply(kube.VMIM, migration),
        declared=migration,
    )
    done = wait_for(
        "the migration",
        lambda: (
            (m := rec.get(kube.VMIM, "rec-migration"))
            and status(m).get("phase") in ("Succeeded", "Failed")
            and m
        ),
    )
    rec.write(
        "migration", "succeeded", "a live migration to the other node finished", done, declared=migration
    )
    rec.write(
        "virtualmachineinstance",
        "migrated",
        "the VMI after its live migration, with its domain on the new node",
        vmi := rec.get(kube.VMI, "rec-vm"),
        domain=rec.domain(vmi),
    )
    orphan = migration_manifest("rec-migration-orphan", "no-such-vmi")
    rec.apply(kube.VMIM, orphan)
    failed = wait_for(
        "the refused migration",
        lambda: (
            (m := rec.get(kube.VMIM, "rec-migration-orphan")) and status(m).get("phase") == "Failed" and m
        ),
    )
    rec.write("migration", "failed", "a migration of a VMI that does not exist", failed, declared=orphan)

    halted = copy.deepcopy(restart)
    halted["spec"]["runStrategy"] = "Halted"
    rec.apply(kube.VM, halted)
    stopped = wait_for(
        "the VM to stop",
        lambda: (
            (vm := rec.get(kube.VM, "rec-vm"))
            and not status(vm).get("created")  # omitted when false, as KubeVirt's omitempty
            and status(vm).get("printableStatus") == "Stopped"
            and vm
        ),
    )
    rec.vm("halted", "runStrategy Halted: the VMI is gone", stopped, halted, declared_before=restart)

    rec.cluster.delete(kube.VM, NS, "rec-vm")
    terminating = rec.get(kube.VM, "rec-vm")
    if terminating is not None and terminating["metadata"].get("deletionTimestamp"):
        rec.vm("terminating", "deleted, its finalizer not released yet", terminating, halted)
    for name in ("rec-svc", "rec-ssh"):
        rec.cluster.delete(kube.SERVICE, NS, name)
    for name in ("rec-migration", "rec-migration-orphan"):
        rec.cluster.delete(kube.VMIM, NS, name)


def record(out: Path) -> list[Path]:
    with (
        tempfile.TemporaryDirectory(prefix="record-states-") as tmp,
        sandbox_module.running(Path(tmp) / "sb") as sb,
    ):
        cluster = kube.Cluster(settings.ClusterSettings(kubeconfig=sb.kubeconfig, namespace=NS))
        backend = LibvirtBackend(sb.libvirt_uri_template)
        rec = Recorder(cluster, backend, Normaliser(sb.directory), out)
        try:
            failing_vms(rec)
            datavolumes(rec)
            running_vm(rec)
        finally:
            backend.close()
            cluster.close()
        return rec.written


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument(
        "--out", type=Path, default=OUT, help=f"where to write (default: {OUT.relative_to(ROOT)})"
    )
    out = parser.parse_args(argv).out.resolve()
    stale = set(out.glob("*/*.yaml"))
    started = time.monotonic()
    written = record(out)
    for path in stale - set(written):
        path.unlink()  # a state no longer recorded
    print(f"wrote {len(written)} states under {out} in {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
