"""The exec backend's decisions without an API server: the recorded virt-launcher exchange
(data/launcher/exchange.json, real virsh against a real domain) replayed over the real WebSocket exec
protocol by the recorded kubelet, spoken to directly at the API server's exec path.

test_launcher_exec.py proves the same through a real kube-apiserver's proxy (controlplane tier).
"""

from __future__ import annotations

import http.server
import json
import ssl
import urllib.parse
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
import recorded_kubelet

from kubevirt_sandbox import pki
from pulumi_kubevirt_provider import errors, kube
from pulumi_kubevirt_provider.domain import access, launcher

RECORDING = Path(__file__).parents[1] / "data" / "launcher" / "exchange.json"
NS, NODE = "team", "node-a"


class ApiPathKubelet(recorded_kubelet.RecordedKubelet):
    """The recorded kubelet answering the API server's exec path, as the API server's proxy would
    forward it: ``/api/v1/namespaces/<ns>/pods/<pod>/exec?container=compute&stdout=true&...``."""

    def _serve(self, h: http.server.BaseHTTPRequestHandler) -> None:
        url = urllib.parse.urlsplit(h.path)
        parts = url.path.strip("/").split("/")
        if len(parts) == 7 and parts[:3] == ["api", "v1", "namespaces"] and parts[6] == "exec":
            query = urllib.parse.parse_qs(url.query)
            forwarded = [("command", c) for c in query.get("command", [])]
            forwarded += [("output", "1")] if query.get("stdout") == ["true"] else []
            forwarded += [("error", "1")] if query.get("stderr") == ["true"] else []
            container = (query.get("container") or [""])[0]
            h.path = f"/exec/{parts[3]}/{parts[5]}/{container}?{urllib.parse.urlencode(forwarded)}"
        super()._serve(h)


class PodsOnly:
    """What ExecBackend asks of a Cluster: its configuration and TLS context, and a pod list."""

    def __init__(self, host: str, context: ssl.SSLContext, pods: list[dict[str, Any]]) -> None:
        self.configuration = SimpleNamespace(
            host=host, proxy=None, tls_server_name=None, auth_settings=lambda: {
                "BearerToken": {"in": "header", "key": "authorization", "value": "Bearer t0ken"}
            },
        )  # fmt: skip
        self.ssl_context = context
        self.pods = pods
        self.failure: Exception | None = None
        self.listed: list[tuple[str, str | None]] = []

    def list(self, kind: kube.Kind, namespace: str, labels: str | None = None) -> list[dict[str, Any]]:
        self.listed.append((namespace, labels))
        if self.failure is not None:
            raise self.failure
        return self.pods


@pytest.fixture(scope="module")
def tls(tmp_path_factory: pytest.TempPathFactory) -> tuple[bytes, bytes, ssl.SSLContext]:
    directory = tmp_path_factory.mktemp("pki")
    pki.generate(directory)
    cert, key = pki.issue(directory, "recorded-kubelet", server=True, ips=("127.0.0.1",))
    return cert, key, ssl.create_default_context(cafile=str(directory / "ca.crt"))


@pytest.fixture(scope="module")
def kubelet(tls: tuple[bytes, bytes, ssl.SSLContext]) -> Iterator[ApiPathKubelet]:
    with ApiPathKubelet(recorded_kubelet.load(RECORDING), tls[0], tls[1]) as server:
        yield server


def pod(name: str, node: str = NODE, phase: str = "Running", **spec: Any) -> dict[str, Any]:
    compute = {"name": "compute", "args": ["--uid", "u-1", "--run-as-nonroot"]}
    return {
        "metadata": {"name": name, "namespace": NS},
        "spec": {"nodeName": node, "containers": [compute], **spec},
        "status": {"phase": phase},
    }


def vmi(name: str = "rec-vm", node: str | None = NODE) -> dict[str, Any]:
    return {"metadata": {"name": name, "namespace": NS, "uid": "u-1"}, "status": {"nodeName": node}}


@pytest.fixture()
def cluster(kubelet: ApiPathKubelet, tls: tuple[bytes, bytes, ssl.SSLContext]) -> PodsOnly:
    return PodsOnly(f"https://127.0.0.1:{kubelet.port}", tls[2], [pod("virt-launcher-rec-vm-abcde")])


def test_a_running_domain_reads_with_state_persistence_and_xml(kubelet: Any, cluster: PodsOnly) -> None:
    reading = launcher.ExecBackend(cluster, timeout=20).read(vmi())  # type: ignore[arg-type]

    assert (reading.state, reading.persistent) == (access.RUNNING, True)
    assert reading.xml is not None and f"<name>{NS}_rec-vm</name>" in reading.xml
    assert reading.where == "pod virt-launcher-rec-vm-abcde"
    assert cluster.listed == [(NS, "kubevirt.io/created-by=u-1")]
    assert kubelet.requests[-1].command == [
        "virsh", "-c", launcher.NONROOT_URI, f"dominfo {NS}_rec-vm; dumpxml {NS}_rec-vm",
    ]  # fmt: skip


def test_an_unknown_domain_reads_as_absent(cluster: PodsOnly) -> None:
    reading = launcher.ExecBackend(cluster, timeout=20).read(vmi("no-such-vm"))  # type: ignore[arg-type]
    assert reading == access.Reading(state=access.ABSENT, where="pod virt-launcher-rec-vm-abcde")


def test_setmem_succeeds_and_a_refused_resume_is_repair_failed_with_virsh_words(cluster: PodsOnly) -> None:
    backend = launcher.ExecBackend(cluster, timeout=20)  # type: ignore[arg-type]
    backend.set_memory(vmi(), 131072)
    with pytest.raises(access.RepairFailed) as err:
        backend.resume(vmi())
    assert "domain is already running" in str(err.value)


def test_a_command_the_kubelet_refuses_is_unavailable_naming_the_pod(cluster: PodsOnly) -> None:
    backend = launcher.ExecBackend(cluster, timeout=20)  # type: ignore[arg-type]
    with pytest.raises(access.Unavailable) as err:
        backend.exec(cluster.pods[0], ["virsh", "list"], vmi_ref=f"{NS}/rec-vm")
    assert str(err.value).startswith(
        f"cannot exec into pod {NS}/virt-launcher-rec-vm-abcde for VMI {NS}/rec-vm:"
    )
    assert str(err.value).endswith("domain not checked")


def test_an_unreachable_kubelet_is_unavailable_in_one_line(tls: Any) -> None:
    cluster = PodsOnly("https://127.0.0.1:9", tls[2], [pod("virt-launcher-rec-vm-abcde")])
    with pytest.raises(access.Unavailable) as err:
        launcher.ExecBackend(cluster, timeout=5).read(vmi())  # type: ignore[arg-type]
    assert "\n" not in str(err.value) and str(err.value).endswith("domain not checked")


@pytest.mark.parametrize(
    ("failure", "words"),
    [
        (errors.ApiError(403, "Forbidden", "forbidden"), "no permission to list pods in namespace team"),
        (errors.ApiError(500, "InternalError", "boom"), "cannot list the virt-launcher pods of VMI team/"),
    ],
)  # fmt: skip
def test_pods_that_cannot_be_listed_make_the_check_unavailable(
    cluster: PodsOnly, failure: Exception, words: str
) -> None:
    cluster.failure = failure
    with pytest.raises(access.Unavailable) as err:
        launcher.ExecBackend(cluster).launcher_pod(vmi())  # type: ignore[arg-type]
    assert words in str(err.value)


def test_no_node_or_no_running_launcher_on_it_is_unavailable(cluster: PodsOnly) -> None:
    backend = launcher.ExecBackend(cluster)  # type: ignore[arg-type]
    with pytest.raises(access.Unavailable, match="has no node yet"):
        backend.launcher_pod(vmi(node=None))
    cluster.pods = [pod("elsewhere", node="node-b"), pod("old", phase="Succeeded")]
    with pytest.raises(
        access.Unavailable, match=f"no running virt-launcher pod for VMI {NS}/rec-vm on node {NODE}"
    ):
        backend.launcher_pod(vmi())


def test_during_a_migration_the_launcher_on_the_vmi_node_is_picked() -> None:
    target, source = pod("target", node="node-b"), pod("source")
    leaving = pod("leaving")
    leaving["metadata"]["deletionTimestamp"] = "2026-01-01T00:00:00Z"
    assert launcher.pick_launcher([target, leaving, source], NODE) is source
    assert launcher.pick_launcher([target], NODE) is None


@pytest.mark.parametrize(
    ("pod_spec", "vmi_extra", "uri"),
    [
        ({"containers": [{"name": "compute", "args": ["--run-as-nonroot"]}]}, {}, launcher.NONROOT_URI),
        ({"containers": [{"name": "compute", "securityContext": {"runAsUser": 0}}]}, {}, launcher.ROOT_URI),
        ({"securityContext": {"runAsUser": 107}}, {}, launcher.NONROOT_URI),
        ({"containers": [{"name": "compute", "args": ["--uid", "x"]}]}, {}, launcher.ROOT_URI),
        ({}, {"metadata": {"annotations": {"kubevirt.io/nonroot": ""}}}, launcher.NONROOT_URI),
        ({}, {"status": {"runtimeUser": 0}}, launcher.ROOT_URI),
        ({}, {"status": {"runtimeUser": 107}}, launcher.NONROOT_URI),
        ({}, {}, launcher.NONROOT_URI),
    ],
)
def test_the_launcher_uri_follows_the_pod_then_kubevirts_nonroot_rule(
    pod_spec: dict[str, Any], vmi_extra: dict[str, Any], uri: str
) -> None:
    assert launcher.libvirt_uri({"spec": pod_spec}, vmi_extra) == uri


def test_read_results_virsh_could_not_give_are_unavailable_with_its_words() -> None:
    failed = launcher.ExecResult("", "error: failed to connect to the hypervisor\n", 1)
    with pytest.raises(
        access.Unavailable, match="virsh in pod p could not read the domain of VMI team/v: error: failed"
    ):
        launcher.parse_read(failed, where="pod p", vmi_ref="team/v")
    with pytest.raises(access.Unavailable, match="exit code 7"):
        launcher.parse_read(launcher.ExecResult("", "", 7), where="pod p", vmi_ref="team/v")
    with pytest.raises(access.Unavailable, match="answered no dominfo/dumpxml"):
        launcher.parse_read(launcher.ExecResult("garbage", "", 0), where="pod p", vmi_ref="team/v")
    transient = launcher.ExecResult("State: paused\nPersistent: no\n\n<domain type='kvm'/>", "", 0)
    assert launcher.parse_read(transient, where="w", vmi_ref="r") == access.Reading(
        state="paused", xml="<domain type='kvm'/>\n", persistent=False, where="w"
    )


@pytest.mark.parametrize(
    ("status", "code"),
    [
        ({"status": "Success"}, 0),
        ({"status": "Failure", "reason": "NonZeroExitCode",
          "details": {"causes": [{"reason": "ExitCode", "message": "3"}]}}, 3),
    ],
)  # fmt: skip
def test_the_exit_code_comes_from_the_error_channels_status(status: dict[str, Any], code: int) -> None:
    assert launcher._exit_code(json.dumps(status).encode()) == code


@pytest.mark.parametrize(
    ("raw", "words"),
    [
        (b"", "ended without a status"),
        (b"{nope", "is not JSON"),
        (
            json.dumps({"status": "Failure", "reason": "NonZeroExitCode"}).encode(),
            "without an ExitCode cause",
        ),
        (json.dumps({"status": "Failure", "message": "container not found"}).encode(), "container not found"),
    ],
)
def test_an_exec_stream_without_a_usable_status_is_a_protocol_error(raw: bytes, words: str) -> None:
    with pytest.raises(launcher._ProtocolError, match=words):
        launcher._exit_code(raw)


def test_a_refusal_body_is_shown_by_its_message() -> None:
    body = json.dumps({"kind": "Status", "message": 'pods "x" is forbidden:\n  user u'}).encode()
    assert launcher._status_message(body) == 'pods "x" is forbidden: user u'
    assert launcher._status_message("plain text") == "plain text"
    assert launcher._status_message(None) == ""
