#!/usr/bin/env python3
"""Record `pulumi preview --json` from the sandbox for the report's golden files, then render them.

    .venv/bin/python scripts/record_previews.py            # record all, then write the goldens
    .venv/bin/python scripts/record_previews.py --render   # only re-render the goldens (no sandbox)

Scenarios (one program, tests/report/data/program, changed between previews through its
``desired.json``), recorded with the resource plugin (``kubevirt:transport plugin``):

    a-create          a VM + its NodePort Service + a DataVolume, from an empty stack
    b-live-update     the running VM gets a second CPU socket (KubeVirt applies it live)
    c-restart         the VM's memory request changes (RestartRequired)
    d-replace         the DataVolume's source changes (replaced)
    e-delete          the Service is removed from the program
    f-cluster-drift   the Service's port and the DataVolume's (secret) label are edited behind
                      Pulumi's back (field manager kubectl-edit)
    g-domain-drift    the VM's balloon is shrunk with `virsh setmem`

and with the dynamic resources (``kubevirt:transport dynamic``), where drift has no per-path detail:

    h-dynamic-drift   both drifts at once (Service port edited, `virsh setmem`)
    i-dynamic-update  a second CPU socket (live) and more memory (restart), classified the same way

Volatile values (uids, timestamps, node ports, cluster IPs, MACs, the sandbox's paths, the
dynamic provider's serialized class) are scrubbed so that re-recording gives the same files.
Needs the bootstrap (Pulumi CLI, the plugin) and starts its own sandbox in a temporary folder.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "report" / "data"
PREVIEWS = DATA / "previews"
PROGRAM = DATA / "program"
NAMESPACE = "report"
PROJECT = "report-previews"
PLANTED_SECRET = "planted-s3cr3t-9c1e"  # the program's config secret; never in a recorded file
PASSPHRASE = "report-previews"
REGISTRY = {"registry": {"url": "docker://quay.io/kubevirt/cirros-container-disk-demo"}}
EXAMPLE_DOC = ROOT / "docs" / "report-example.md"


def render_goldens() -> None:
    """<name>.preview.json -> <name>.report.md and <name>.report.json (what the tests compare)."""
    from pulumi_kubevirt_provider.report import facts, machine, markdown, preview

    for src in sorted(PREVIEWS.glob("*.preview.json")):
        name = src.name.removesuffix(".preview.json")
        report = facts.build(preview.loads(src.read_text()))
        (PREVIEWS / f"{name}.report.md").write_text(markdown.render(report, title=f"Pulumi preview: {name}"))
        (PREVIEWS / f"{name}.report.json").write_text(machine.render(report))
        print(f"rendered {name}")
    example = PREVIEWS / "x-example-pr.preview.json"
    if example.exists():
        EXAMPLE_DOC.write_text(example_doc(example.read_text()))
        print(f"rendered {EXAMPLE_DOC.relative_to(ROOT)}")


def example_doc(recorded: str) -> str:
    """docs/report-example.md: the comment a reviewer sees, linked from docs/report.md."""
    from pulumi_kubevirt_provider.report import facts, markdown, preview

    comment = markdown.render(facts.build(preview.loads(recorded)), title="Pulumi preview of `dev`")
    return (
        "# Example: the preview report as a pull-request comment\n\n"
        "What `pulumi-kubevirt report` posts for a pull request that gives the VM `web` a second CPU\n"
        "socket (applied live) and more memory (needs a restart), and changes the DataVolume\n"
        "`scratch`'s source (replaced), while someone has edited the Service `web-ssh`'s port with\n"
        "`kubectl edit` (drift) and the DataVolume's label, which the program declares from a config\n"
        "secret (the DataVolume is replaced anyway; only the provider's skipped dry run mentions the\n"
        "label, never its value). Recorded from the sandbox with the resource plugin by\n"
        "`scripts/record_previews.py` (`tests/report/data/previews/x-example-pr.preview.json`);\n"
        "everything below the line is the comment, verbatim.\n\n---\n\n" + comment
    )


# -- scrubbing ------------------------------------------------------------------------------------
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_MAC = re.compile(r"\b(?:[0-9a-f]{2}:){5}[0-9a-f]{2}\b", re.I)
_VMI_DIR = re.compile(r"(vmis/[^/\"]+_)[0-9a-f]{8}\b")  # the sandbox names VMI folders by uid
_TIME = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})")
_UNKNOWN = "04da6b54-80e4-46f7-96ec-b56ff0331ba9"
_VOLATILE_KEYS = {
    "uid": "00000000-0000-0000-0000-000000000000",
    "cluster_ip": "10.0.0.10",
    "clusterIP": "10.0.0.10",
    "resourceVersion": "1",
}


_DROPPED_KEYS = {"stackTrace", "sourcePosition", "created", "modified"}  # where and when the program ran


def scrub(value: Any, sandbox_dir: str, key: str = "") -> Any:
    if isinstance(value, dict):
        out = {}
        for k, v in value.items():
            if k in _DROPPED_KEYS:
                continue
            if k == "__provider" and isinstance(v, str):
                out[k] = "<the dynamic provider's serialized class>"
            elif k in ("node_ports",) and isinstance(v, list):
                out[k] = [30000 + i for i, _ in enumerate(v)]
            elif k == "nodePort" and isinstance(v, int):
                out[k] = 30000
            else:
                out[k] = scrub(v, sandbox_dir, k)
        return out
    if isinstance(value, list):
        return [scrub(v, sandbox_dir, key) for v in value]
    if isinstance(value, str):
        if key in _VOLATILE_KEYS and value not in ("", _UNKNOWN, "[secret]"):
            return _VOLATILE_KEYS[key]
        text = (
            value.replace(sandbox_dir, "<sandbox>")
            .replace(sys.prefix, "<venv>")
            .replace(str(ROOT), "<checkout>")
        )
        text = _UUID.sub(lambda m: m[0] if m[0] == _UNKNOWN else "00000000-0000-0000-0000-000000000000", text)
        text = _MAC.sub("52:54:00:00:00:00", text)
        text = _VMI_DIR.sub(r"\g<1>00000000", text)
        return _TIME.sub("2026-01-01T00:00:00Z", text)
    return value


def tidy(doc: dict[str, Any], sandbox_dir: str) -> dict[str, Any]:
    doc = dict(doc)
    doc.pop("config", None)  # the stack's config: paths, and nothing the report reads
    doc.pop("duration", None)
    doc["diagnostics"] = [d for d in doc.get("diagnostics") or [] if "took" not in str(d.get("message"))]
    # The engine runs independent steps in parallel: their order (and their messages') varies.
    doc["steps"] = sorted(doc.get("steps") or [], key=lambda st: str(st.get("urn")))
    doc["diagnostics"] = sorted(doc["diagnostics"], key=lambda d: str(d.get("urn") or ""))
    return scrub(doc, sandbox_dir)  # type: ignore[no-any-return]


# -- the recording --------------------------------------------------------------------------------
class Recorder:
    def __init__(self, work: Path, sandbox: Any, transport: str) -> None:
        from kubevirt_sandbox import tools

        self.sandbox, self.transport = sandbox, transport
        self.dir = work / f"program-{transport}"
        shutil.copytree(PROGRAM, self.dir)
        (self.dir / "Pulumi.yaml").write_text(
            (PROGRAM / "Pulumi.yaml").read_text().replace("VENV", sys.prefix)
        )
        self.env = dict(os.environ)
        self.env.update(tools.pulumi_env(work / f"pulumi-home-{transport}"))
        self.env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{self.env['PATH']}"
        self.env["PULUMI_CONFIG_PASSPHRASE"] = PASSPHRASE
        self.stack = transport
        self.desired: dict[str, Any] = {}
        self.want({})
        self.pulumi("stack", "init", self.stack)
        for key, value in {
            "kubevirt:kubeconfig": sandbox.kubeconfig,
            "kubevirt:namespace": NAMESPACE,
            "kubevirt:transport": transport,
            "kubevirt:domainAccess": "libvirt",
            "kubevirt:libvirtUri": sandbox.libvirt_uri_template,
        }.items():
            self.pulumi("config", "set", key, value)
        self.pulumi("config", "set", "--secret", f"{PROJECT}:secret", PLANTED_SECRET)

    def pulumi(self, *args: str) -> subprocess.CompletedProcess[str]:
        done = subprocess.run(
            ["pulumi", *args, "--stack", self.stack] if args[0] not in ("stack",) else ["pulumi", *args],
            cwd=self.dir,
            env=self.env,
            capture_output=True,
            text=True,
            timeout=900,
        )
        if done.returncode != 0 and args[0] != "preview":
            raise RuntimeError(f"pulumi {' '.join(args)} failed:\n{done.stdout}\n{done.stderr}")
        return done

    def want(self, changes: dict[str, Any]) -> None:
        self.desired.update(changes)
        (self.dir / "desired.json").write_text(json.dumps(self.desired))

    def up(self) -> None:
        started = time.monotonic()
        self.pulumi("up", "--yes", "--skip-preview")
        print(f"  up ({self.transport}) took {time.monotonic() - started:.0f}s")

    def record(self, name: str) -> dict[str, Any]:
        done = self.pulumi("preview", "--json")
        if done.returncode != 0:
            print(f"  preview {name} exited {done.returncode}: {done.stderr.strip()[:2000]}")
        raw = done.stdout
        for text in (raw, done.stderr):
            if PLANTED_SECRET in text:
                raise RuntimeError(f"{name}: the planted secret is in the raw preview output (engine leak)")
        doc = tidy(json.loads(raw[raw.find("{") :]), self.sandbox.directory)
        PREVIEWS.mkdir(parents=True, exist_ok=True)
        (PREVIEWS / f"{name}.preview.json").write_text(json.dumps(doc, indent=2, sort_keys=True) + "\n")
        print(f"  recorded {name}: {doc.get('changeSummary')}")
        return doc


def _kube(sandbox: Any) -> Any:
    from kubevirt_sandbox.controllers import kube

    return kube.Kube(sandbox.kubeconfig)


def edit_service_port(sandbox: Any, name: str, port: int) -> None:
    """What `kubectl edit` does: a patch by field manager kubectl-edit (a JSON patch here, so the
    port changes in place rather than merging a second entry in by its key)."""
    from pulumi_kubevirt_provider import kube, settings

    cluster = kube.Cluster(settings.ClusterSettings(kubeconfig=sandbox.kubeconfig))
    try:
        cluster.request(
            "PATCH",
            f"/api/v1/namespaces/{NAMESPACE}/services/{name}",
            body=[{"op": "replace", "path": "/spec/ports/0/port", "value": port}],
            query={"fieldManager": "kubectl-edit"},
            content_type="application/json-patch+json",
        )
    finally:
        cluster.close()


def edit_datavolume_label(sandbox: Any, name: str, label: str, value: str) -> None:
    from pulumi_kubevirt_provider import kube, settings

    cluster = kube.Cluster(settings.ClusterSettings(kubeconfig=sandbox.kubeconfig))
    try:
        cluster.request(
            "PATCH",
            f"/apis/cdi.kubevirt.io/v1beta1/namespaces/{NAMESPACE}/datavolumes/{name}",
            body=[{"op": "replace", "path": f"/metadata/labels/{label}", "value": value}],
            query={"fieldManager": "kubectl-edit"},
            content_type="application/json-patch+json",
        )
    finally:
        cluster.close()


def setmem(sandbox: Any, vm: str, mib: int) -> None:
    from pulumi_kubevirt_provider import kube, settings

    cluster = kube.Cluster(settings.ClusterSettings(kubeconfig=sandbox.kubeconfig))
    try:
        vmi = cluster.get(kube.VMI, NAMESPACE, vm)
        assert vmi is not None, "no VMI"
        uri = sandbox.libvirt_uri_template.replace("{node}", vmi["status"]["nodeName"])
    finally:
        cluster.close()
    domain = f"{NAMESPACE}_{vm}"
    subprocess.run(["virsh", "-c", uri, "setmem", domain, str(mib * 1024), "--live"], check=True, timeout=60)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        xml = subprocess.run(["virsh", "-c", uri, "dumpxml", domain], capture_output=True, text=True).stdout
        m = re.search(r"<currentMemory unit='KiB'>(\d+)</currentMemory>", xml)
        if m and int(m.group(1)) <= (mib + 1) * 1024:
            return
        time.sleep(0.5)
    raise RuntimeError("the balloon never shrank")


def record_all(only: set[str]) -> None:
    from kubevirt_sandbox import sandbox as sandbox_module
    from pulumi_kubevirt_provider import kube, settings

    def wanted(name: str) -> bool:
        return not only or any(name.startswith(o) for o in only)

    with tempfile.TemporaryDirectory(prefix="record-previews-") as tmp:
        work = Path(tmp)
        with sandbox_module.running(work / "sandbox") as sb:
            cluster = kube.Cluster(settings.ClusterSettings(kubeconfig=sb.kubeconfig))
            cluster.request("POST", "/api/v1/namespaces", body={"metadata": {"name": NAMESPACE}})
            cluster.close()
            # The plugin transport: (a) to (g).
            rec = Recorder(work, sb, "plugin")
            if wanted("a"):
                rec.record("a-create")
            rec.up()
            rec.want({"sockets": 2})
            if wanted("b"):
                rec.record("b-live-update")
            rec.want({"sockets": 1, "memory": "256Mi"})
            if wanted("c"):
                rec.record("c-restart")
            rec.want(
                {
                    "memory": "128Mi",
                    "dv_source": {
                        "registry": {"url": "docker://quay.io/kubevirt/cirros-container-disk-demo"}
                    },
                }
            )
            if wanted("d"):
                rec.record("d-replace")
            rec.want({"dv_source": {"blank": {}}, "service": False})
            if wanted("e"):
                rec.record("e-delete")
            rec.want({"service": True})
            if wanted("f"):
                edit_service_port(sb, "web-ssh", 2200)
                edit_datavolume_label(sb, "scratch", "team", "edited")  # a label declared secret
                rec.record("f-cluster-drift")
                # The example comment of docs/report.md: a PR that restarts, replaces and meets drift at once.
                rec.want({"sockets": 2, "memory": "256Mi", "dv_source": REGISTRY})
                rec.record("x-example-pr")
                rec.want({"sockets": 1, "memory": "128Mi", "dv_source": {"blank": {}}})
                rec.up()  # repairs the edited port (the list goes back whole) and the label
            if wanted("g"):
                setmem(sb, "web", 96)
                rec.record("g-domain-drift")
            rec.pulumi("destroy", "--yes", "--skip-preview")
            # The dynamic transport: drift arrives as unattributed lines.
            if wanted("h") or wanted("i"):
                dyn = Recorder(work, sb, "dynamic")
                dyn.want({"datavolume": False})
                dyn.up()
                dyn.want({"sockets": 2, "memory": "256Mi"})
                dyn.record("i-dynamic-update")
                dyn.want({"sockets": 1, "memory": "128Mi"})
                edit_service_port(sb, "web-ssh", 2200)
                setmem(sb, "web", 96)
                dyn.record("h-dynamic-drift")
                dyn.pulumi("destroy", "--yes", "--skip-preview")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--render", action="store_true", help="only re-render the goldens from the recordings"
    )
    parser.add_argument("--only", default="", help="comma-separated scenario letters to record, e.g. f,g")
    args = parser.parse_args()
    if not args.render:
        record_all({o.strip() for o in args.only.split(",") if o.strip()})
    render_goldens()


if __name__ == "__main__":
    main()
