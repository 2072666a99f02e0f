"""Secrets planted in a stack appear nowhere they should not: not in the state as stored, not in
anything the CLI printed (up, preview, refresh, destroy), not in a file left under /tmp. Over
both transports.

Planted: inline user data over KubeVirt's 2 KiB inline limit (NoCloud), base64 user data
(ConfigDrive), the kubeconfig given as a secret config value (its client key), and the password
of a DataVolume's http source behind basic auth (a Secret named by `secretRef`, made in the same
program with pulumi-kubernetes; the sandbox's importer really logs in with it). The cluster's own
storage (etcd under the control plane's folder) is where a Secret belongs and is not scanned.
"""

from __future__ import annotations

import base64
import http.server
import json
import os
import stat
import subprocess
import sys
import threading
import time
import uuid
from pathlib import Path
from typing import Any

import pulumi
import pulumi_kubernetes as k8s
import pytest
import yaml
from conftest import FakeVirtController
from pulumi import automation as auto

import pulumi_kubevirt as kv
from kubevirt_sandbox import controlplane
from pulumi_kubevirt import datavolumes
from pulumi_kubevirt.resources import cloud_init_secret_name
from pulumi_kubevirt_provider import kube

pytestmark = [pytest.mark.pulumi, pytest.mark.controlplane]


def vm_spec(inline: str, encoded: str) -> dict[str, Any]:
    return {
        "runStrategy": "Halted",
        "template": {
            "spec": {
                "domain": {
                    "devices": {
                        "disks": [
                            {"name": "root", "disk": {"bus": "virtio"}},
                            {"name": "nocloud", "disk": {"bus": "virtio"}},
                            {"name": "drive", "disk": {"bus": "virtio"}},
                        ]
                    },
                    "resources": {"requests": {"memory": "128Mi"}},
                },
                "volumes": [
                    {
                        "name": "root",
                        "containerDisk": {"image": "quay.io/kubevirt/cirros-container-disk-demo"},
                    },
                    {"name": "nocloud", "cloudInitNoCloud": {"userData": inline}},
                    {"name": "drive", "cloudInitConfigDrive": {"userDataBase64": encoded}},
                ],
            }
        },
    }


def files_mentioning(root: Path, markers: list[str], since: float, *skip: Path) -> list[str]:
    hits = []
    for dirpath, _, names in os.walk(root):
        if any(Path(dirpath).is_relative_to(s) for s in skip):
            continue
        for name in names:
            path = Path(dirpath) / name
            try:
                info = path.lstat()
                # Regular files only: opening another process's FIFO would wait for a writer forever.
                if not stat.S_ISREG(info.st_mode) or info.st_mtime < since or info.st_size > 50_000_000:
                    continue
                data = path.read_bytes()
            except OSError:
                continue
            hits += [f"{path}: {m}" for m in markers if m.encode() in data]
    return hits


def test_planted_secrets_appear_in_no_state_output_or_temp_file(
    stacks: Any,
    cluster: kube.Cluster,
    control_plane: controlplane.ControlPlane,
    namespace: str,
) -> None:
    started = time.time()
    marker = f"planted-{uuid.uuid4().hex}"
    encoded_marker = f"encoded-{uuid.uuid4().hex}"
    inline = f"#cloud-config\nchpasswd: {{list: 'cirros:{marker}'}}\n# " + "x" * 3000 + "\n"
    encoded = base64.b64encode(f"#!/bin/sh\necho {encoded_marker}\n".encode()).decode()
    kubeconfig = Path(control_plane.kubeconfig).read_text()
    key = next(u["user"]["client-key-data"] for u in yaml.safe_load(kubeconfig)["users"])
    markers = [marker, encoded_marker, encoded, key[-100:-40]]  # the random part of the key

    stack = stacks.new(lambda: kv.VirtualMachine("carrier", spec=vm_spec(inline, encoded)), namespace)
    stack.set_config("kubevirt:kubeconfig", auto.ConfigValue(kubeconfig, secret=True))
    with FakeVirtController(cluster, namespace):
        stack.up(on_output=stacks.say)
        secret = cluster.get(kube.SECRET, namespace, cloud_init_secret_name("carrier", "drive"))
        assert secret is not None and base64.b64decode(secret["data"]["userdata"]).decode().endswith(
            f"echo {encoded_marker}\n"
        ), "the decoded user data went to the Secret"
        vm = cluster.get(kube.VM, namespace, "carrier")
        assert vm is not None and not any(m in str(vm) for m in markers), "nothing secret in the VM object"
        stack.preview(on_output=stacks.say)
        stack.refresh(on_output=stacks.say)
        state = str(stacks.state_as_stored(stack))
        config = (stacks.work / f"Pulumi.{stack.name}.yaml").read_text()
        stack.destroy(on_output=stacks.say)

    assert [m for m in markers if m in state] == [], "secrets in the stored state"
    assert [m for m in markers if m in config] == [], "secrets in the stack's config file"
    assert [m for m in markers if m in "\n".join(stacks.outputs)] == [], "secrets in the CLI's output"
    assert files_mentioning(Path("/tmp"), markers, started, Path(control_plane.directory)) == []


class BasicAuthImage(http.server.ThreadingHTTPServer):
    """A disk image (1 MiB, raw) behind HTTP basic auth; counts the logins that got it."""

    def __init__(self, user: str, password: str) -> None:
        expected = "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()
        self.served = 0
        server = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                if self.headers.get("Authorization") != expected:
                    self.send_response(401)
                    self.send_header("WWW-Authenticate", 'Basic realm="images"')
                    self.end_headers()
                    return
                body = b"\0" * (1 << 20)
                self.send_response(200)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
                server.served += 1

            def log_message(self, *args: Any) -> None:
                pass

        super().__init__(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.serve_forever, daemon=True).start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/disk.img"


def test_a_datavolume_http_password_appears_in_no_state_output_log_report_or_temp_file(
    sandbox_stacks: Any, sandbox: Any, sandbox_namespace: str, transport: str
) -> None:
    started = time.time()
    marker = f"dvpass-{uuid.uuid4().hex}"
    markers = [
        marker,
        base64.b64encode(marker.encode()).decode(),
        base64.b64encode(f"importer:{marker}".encode()).decode(),
    ]
    server = BasicAuthImage("importer", marker)
    stacks = sandbox_stacks

    def program() -> None:
        cluster = k8s.Provider("k8s", kubeconfig=sandbox.kubeconfig, namespace=sandbox_namespace)
        auth = k8s.core.v1.Secret(
            "dv-auth",
            metadata={"name": "dv-auth", "namespace": sandbox_namespace},
            string_data={"accessKeyId": "importer", "secretKey": pulumi.Output.secret(marker)},
            opts=pulumi.ResourceOptions(provider=cluster),
        )
        dv = kv.DataVolume(
            "authed",
            spec=datavolumes.spec(datavolumes.http(server.url, secret_ref=auth.metadata.name), "64Mi"),
        )
        pulumi.export("phase", dv.phase)

    try:
        stack = stacks.new(program, sandbox_namespace)
        up = stack.up(on_output=stacks.say)
        assert up.outputs["phase"].value == "Succeeded" and server.served >= 1, "the import logged in"
        stack.preview(on_output=stacks.say, expect_no_changes=True)
        stack.refresh(on_output=stacks.say)
        preview = stack.workspace.pulumi_command.run(
            ["preview", "--json", "--diff", "--stack", stack.name], str(stacks.work), stacks.env
        )
        stacks.say(preview.stdout + preview.stderr)
        report = subprocess.run(
            [sys.executable, "-m", "pulumi_kubevirt_provider.report", "--format", "markdown"],
            input=preview.stdout,
            capture_output=True,
            text=True,
            check=False,
        )
        assert report.returncode == 0, report.stderr
        state = json.dumps(stacks.state_as_stored(stack))
        stack.destroy(on_output=stacks.say)
    finally:
        server.shutdown()
    sandbox_logs = "\n".join(
        p.read_text(errors="replace") for p in Path(sandbox.directory).rglob("*.log") if p.is_file()
    )
    assert [m for m in markers if m in state] == [], "secrets in the stored state"
    assert [m for m in markers if m in "\n".join(stacks.outputs)] == [], "secrets in the CLI's output"
    assert [m for m in markers if m in report.stdout + report.stderr] == [], "secrets in the report"
    assert [m for m in markers if m in sandbox_logs] == [], "secrets in the sandbox's logs"
    etcd = Path(sandbox.plane.directory) / "etcd"
    assert files_mentioning(Path("/tmp"), markers, started, etcd) == []


def test_drift_under_a_secret_input_prints_no_value_on_either_transport(
    stacks: Any, cluster: kube.Cluster, namespace: str
) -> None:
    declared, edited = f"label-{uuid.uuid4().hex[:12]}", f"edited-{uuid.uuid4().hex[:12]}"

    def program() -> None:
        kv.VirtualMachine(
            "labelled",
            spec=halted(),
            metadata={"labels": {"team": pulumi.Output.secret(declared)}},
        )

    stack = stacks.new(program, namespace)
    with FakeVirtController(cluster, namespace):
        stack.up(on_output=stacks.say)
        cluster.patch(kube.VM, namespace, "labelled", {"metadata": {"labels": {"team": edited}}})
        stacks.outputs.clear()
        preview = stack.preview(on_output=stacks.say)
        text = "\n".join(stacks.outputs)
        assert preview.change_summary.get("update") == 1, text
        assert "metadata.labels.team differs in the cluster from the declared [secret]" in text
        assert declared not in text and edited not in text
        stack.destroy(on_output=stacks.say)


def halted() -> dict[str, Any]:
    return {
        "runStrategy": "Halted",
        "template": {
            "spec": {
                "domain": {"devices": {}, "resources": {"requests": {"memory": "64Mi"}}},
            }
        },
    }


@pytest.mark.parametrize("bad", ["label", "type"])
def test_a_bad_value_inside_a_secret_input_appears_in_no_error_preview_or_state(
    stacks: Any, cluster: kube.Cluster, namespace: str, bad: str
) -> None:
    """The error names the path; the value (the models' quoting of a bad label, pydantic's
    `got str '…'`) is never printed, on either transport. (The API server's `Invalid value: "…"`
    goes through the same redaction: tests/provider/test_check_inputs.py.)"""
    marker = f"hunter2-{uuid.uuid4().hex[:12]}"
    path = "metadata.labels.team" if bad == "label" else "spec.template.spec.domain.cpu.cores"

    def program() -> None:  # Outputs are made inside the program (its own event loop)
        metadata: dict[str, Any] = {}
        spec = halted()
        if bad == "label":
            metadata = {"labels": {"team": pulumi.Output.secret(f"{marker} !")}}
        else:
            spec["template"]["spec"]["domain"]["cpu"] = {"cores": pulumi.Output.secret(marker)}
        kv.VirtualMachine("leaky", spec=spec, metadata=metadata)

    stack = stacks.new(program, namespace)
    for attempt in (stack.preview, stack.up):
        stacks.outputs.clear()
        with pytest.raises(auto.errors.CommandError) as failed:
            attempt(on_output=stacks.say)
        text = "\n".join(stacks.outputs) + str(failed.value)
        assert path in text, text
        assert marker not in text, f"the secret value is in the {attempt.__name__}'s error"
    assert marker not in json.dumps(stacks.state_as_stored(stack))
    assert cluster.get(kube.VM, namespace, "leaky") is None
