"""etcd and kube-apiserver on loopback, the way envtest runs them.

Free ports, generated certificates, RBAC on, an admin kubeconfig with embedded
credentials, and kube-controller-manager running only its garbage collector and namespace
controller. Nothing else of Kubernetes runs: no scheduler, no kubelet, no endpoints
controller. Pods never start, PVCs never bind and Services get no endpoints unless one of the
sandbox's own controllers writes them.
"""

from __future__ import annotations

import base64
import dataclasses
import socket
import ssl
import time
import urllib.request
from pathlib import Path

import yaml

from kubevirt_sandbox import pki, process, tools

SERVICE_CIDR = "10.0.0.0/24"


@dataclasses.dataclass
class ControlPlane:
    """What is running, enough for another process to use or stop it."""

    directory: str
    etcd_pid: int
    etcd_url: str
    apiserver_pid: int
    apiserver_url: str
    kubeconfig: str
    controller_manager_pid: int
    # the API server's audit log (``start(audit_log=...)``, benchmarks), "" when off
    audit_log: str = ""


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _http_ok(url: str, context: ssl.SSLContext | None = None) -> bool:
    with urllib.request.urlopen(url, timeout=2, context=context) as resp:
        return bool(resp.status == 200)


def _client_tls(certs: dict[str, Path]) -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=str(certs["ca.crt"]))
    ctx.load_cert_chain(str(certs["admin.crt"]), str(certs["admin.key"]))
    return ctx


def etcd_client_tls(certs: dict[str, Path]) -> ssl.SSLContext:
    """What the API server presents to etcd (etcd refuses clients without it), checking etcd's
    serving certificate against etcd's own CA."""
    ctx = ssl.create_default_context(cafile=str(certs["etcd-ca.crt"]))
    ctx.load_cert_chain(str(certs["etcd-client.crt"]), str(certs["etcd-client.key"]))
    return ctx


def write_kubeconfig(path: Path, server: str, certs: dict[str, Path]) -> None:
    def b64(name: str) -> str:
        return base64.b64encode(certs[name].read_bytes()).decode()

    config = {
        "apiVersion": "v1",
        "kind": "Config",
        "preferences": {},
        "clusters": [
            {
                "name": "kubevirt-sandbox",
                "cluster": {"server": server, "certificate-authority-data": b64("ca.crt")},
            }
        ],
        "users": [
            {
                "name": "sandbox-admin",
                "user": {"client-certificate-data": b64("admin.crt"), "client-key-data": b64("admin.key")},
            }
        ],
        "contexts": [
            {
                "name": "kubevirt-sandbox",
                "context": {"cluster": "kubevirt-sandbox", "user": "sandbox-admin", "namespace": "default"},
            }
        ],
        "current-context": "kubevirt-sandbox",
    }
    path.write_text(yaml.safe_dump(config, sort_keys=False))
    path.chmod(0o600)


# Every request at Metadata level (who, verb, resource, user agent, times; no bodies), except the
# read-only endpoints nobody issues on purpose (health checks, discovery).
AUDIT_POLICY = {
    "apiVersion": "audit.k8s.io/v1",
    "kind": "Policy",
    "omitStages": ["RequestReceived"],
    "rules": [
        {"level": "None", "nonResourceURLs": ["/healthz*", "/readyz*", "/livez*", "/version", "/openapi*"]},
        {"level": "Metadata"},
    ],
}


def audit_flags(directory: Path, audit_log: Path) -> list[str]:
    """kube-apiserver flags for an audit log of every request at Metadata level (one JSON line per
    request and stage, written as it happens)."""
    policy = directory / "audit-policy.yaml"
    policy.write_text(yaml.safe_dump(AUDIT_POLICY, sort_keys=False))
    return [
        f"--audit-policy-file={policy}",
        f"--audit-log-path={audit_log}",
        "--audit-log-format=json",
        "--audit-log-mode=blocking",
        "--audit-log-maxsize=0",
    ]


# etcd's peer URL: a unix socket (etcd wants ``host:port``, so the socket's file name is
# ``peer.sock:1``, relative to the folder etcd runs in). A single member has no peers, but etcd
# always listens for them; on a TCP port of loopback that would be plain http, open to every
# local user and to every guest (user-mode networking maps 10.0.2.2 to the host's loopback).
PEER_URL = "unix://peer.sock:1"


def start_etcd(directory: Path, certs: dict[str, Path], timeout: float) -> tuple[int, str]:
    """Start etcd with its data in ``directory / "etcd"``; wait until healthy; return pid and URL.

    It answers only TLS clients with a certificate of its own CA (``pki``: the API server's), and
    listens for peers on a unix socket in ``directory / "etcd-peer"`` (mode 0700), on no TCP port."""
    etcd_url = f"https://127.0.0.1:{free_port()}"
    peer_dir = directory / "etcd-peer"
    peer_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    (peer_dir / "peer.sock:1").unlink(missing_ok=True)
    etcd_log = directory / "logs" / "etcd.log"
    etcd_pid = process.start(
        "etcd",
        [
            str(tools.find("etcd")),
            "--name=sandbox",
            f"--data-dir={directory / 'etcd'}",
            f"--listen-client-urls={etcd_url}",
            f"--advertise-client-urls={etcd_url}",
            f"--listen-peer-urls={PEER_URL}",
            f"--initial-advertise-peer-urls={PEER_URL}",
            f"--initial-cluster=sandbox={PEER_URL}",
            f"--cert-file={certs['etcd.crt']}",
            f"--key-file={certs['etcd.key']}",
            f"--trusted-ca-file={certs['etcd-ca.crt']}",
            "--client-cert-auth=true",
            "--unsafe-no-fsync=true",
            "--log-level=warn",
        ],
        etcd_log,
        cwd=peer_dir,
    )
    try:
        etcd_tls = etcd_client_tls(certs)
        process.wait_ready(
            "etcd", etcd_pid, lambda: _http_ok(f"{etcd_url}/health", etcd_tls), etcd_log, timeout
        )
    except BaseException:
        process.stop(etcd_pid)
        raise
    return etcd_pid, etcd_url


def start(directory: Path, timeout: float = 90.0, audit_log: Path | None = None) -> ControlPlane:
    """Start etcd, then the API server; on any failure stop what was started and raise.

    ``audit_log``: a file the API server appends one JSON event per request to (Metadata level,
    ``AUDIT_POLICY``), for benchmarks that count requests at the server; off by default."""
    directory.mkdir(parents=True, exist_ok=True)
    certs = pki.generate(directory / "pki")
    api_port = free_port()
    logs = directory / "logs"
    started: list[int] = []
    try:
        etcd_pid, etcd_url = start_etcd(directory, certs, timeout)
        started.append(etcd_pid)

        api_url = f"https://127.0.0.1:{api_port}"
        api_log = logs / "kube-apiserver.log"
        api_pid = process.start(
            "kube-apiserver",
            [
                str(tools.find("kube-apiserver")),
                f"--etcd-servers={etcd_url}",
                f"--etcd-cafile={certs['etcd-ca.crt']}",
                f"--etcd-certfile={certs['etcd-client.crt']}",
                f"--etcd-keyfile={certs['etcd-client.key']}",
                "--bind-address=127.0.0.1",
                "--advertise-address=127.0.0.1",
                f"--secure-port={api_port}",
                f"--tls-cert-file={certs['apiserver.crt']}",
                f"--tls-private-key-file={certs['apiserver.key']}",
                f"--client-ca-file={certs['ca.crt']}",
                # Kubelets' serving certificates are checked against the sandbox CA
                # (pki.issue); with no kubelet CA the API server would skip the check.
                f"--kubelet-certificate-authority={certs['ca.crt']}",
                "--authorization-mode=RBAC",
                "--service-account-issuer=https://kubernetes.default.svc.cluster.local",
                f"--service-account-key-file={certs['sa.pub']}",
                f"--service-account-signing-key-file={certs['sa.key']}",
                f"--service-cluster-ip-range={SERVICE_CIDR}",
                "--allow-privileged=true",
                "--disable-admission-plugins=ServiceAccount",
                # The endpoint reconciler refuses loopback addresses; nothing needs the
                # `kubernetes` Service endpoints here.
                "--endpoint-reconciler-type=none",
                f"--cert-dir={directory / 'pki'}",
                "-v=1",
                *(audit_flags(directory, audit_log) if audit_log else []),
            ],
            api_log,
        )
        started.append(api_pid)
        tls = _client_tls(certs)
        process.wait_ready(
            "kube-apiserver", api_pid, lambda: _http_ok(f"{api_url}/readyz", tls), api_log, timeout
        )
        kubeconfig = directory / "kubeconfig"
        write_kubeconfig(kubeconfig, api_url, certs)
        _wait_for_default_namespace(api_url, tls, timeout)

        # Only the garbage collector and the namespace controller: ownerReferences, foreground
        # deletion and namespace deletion then work as in a real cluster; and the type checker of
        # admission policies (admission.py waits for its verdict). Nothing else of
        # kube-controller-manager runs (no endpoints controller: the sandbox's own controllers
        # write the endpoints of Services that select VMs).
        kcm_port = free_port()
        kcm_log = logs / "kube-controller-manager.log"
        kcm_pid = process.start(
            "kube-controller-manager",
            [
                str(tools.find("kube-controller-manager")),
                f"--kubeconfig={kubeconfig}",
                f"--authentication-kubeconfig={kubeconfig}",
                f"--authorization-kubeconfig={kubeconfig}",
                "--controllers=garbagecollector,namespace,validatingadmissionpolicy-status-controller",
                "--leader-elect=false",
                "--bind-address=127.0.0.1",
                f"--secure-port={kcm_port}",
                f"--cert-dir={directory / 'pki' / 'kcm'}",
                "-v=1",
            ],
            kcm_log,
        )
        started.append(kcm_pid)
        insecure = ssl.create_default_context()
        insecure.check_hostname, insecure.verify_mode = False, ssl.CERT_NONE  # its own self-signed cert
        process.wait_ready(
            "kube-controller-manager",
            kcm_pid,
            lambda: _http_ok(f"https://127.0.0.1:{kcm_port}/healthz", insecure),
            kcm_log,
            timeout,
        )
    except BaseException:
        for pid in reversed(started):
            process.stop(pid)
        raise
    return ControlPlane(
        str(directory), etcd_pid, etcd_url, api_pid, api_url, str(kubeconfig), kcm_pid, str(audit_log or "")
    )


def _wait_for_default_namespace(api_url: str, tls: ssl.SSLContext, timeout: float) -> None:
    # /readyz can pass a moment before the bootstrap controller has made `default`.
    deadline = time.monotonic() + timeout
    while True:
        try:
            if _http_ok(f"{api_url}/api/v1/namespaces/default", tls):
                return
        except Exception:
            pass
        if time.monotonic() > deadline:
            raise process.ProcessError("the `default` namespace did not appear")
        time.sleep(0.1)


def stop(plane: ControlPlane) -> list[str]:
    """Stop the API server, then etcd; return the errors instead of stopping at the first."""
    errors = []
    for pid in (plane.controller_manager_pid, plane.apiserver_pid, plane.etcd_pid):
        try:
            process.stop(pid)
        except Exception as exc:
            errors.append(str(exc))
    return errors
