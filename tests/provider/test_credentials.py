"""Client keys never stay on disk: the credentials are loaded into one TLS context in memory.

The kubernetes client writes ``client-key-data`` to a temporary file that it removes only at
interpreter exit, and provider processes are killed, so every run used to leave decrypted keys in
/tmp. After building a Cluster, no file under the temporary folder holds the key, and requests
still authenticate with the client certificate: against a local TLS server that requires one
(fast), and against the real kube-apiserver (controlplane).
"""

from __future__ import annotations

import base64
import ssl
import tempfile
from collections.abc import Iterator
from pathlib import Path

import local_api
import pytest
import yaml

from kubevirt_sandbox import controlplane, pki
from pulumi_kubevirt_provider import kube, settings


@pytest.fixture()
def private_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A fresh, empty temporary folder for the test (what tempfile.gettempdir() answers)."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    yield folder


def key_body(pem: bytes) -> bytes:
    """A line from the middle of a PEM key: what any copy of the key on disk contains."""
    lines = [line for line in pem.splitlines() if line and not line.startswith(b"-----")]
    return lines[len(lines) // 2]


def files_holding(folder: str, needle: bytes) -> list[str]:
    return [path for path, data in local_api.walk_files(folder) if needle in data]


def test_no_file_holds_the_client_key_and_the_certificate_still_authenticates(
    tmp_path: Path, private_tmp: Path
) -> None:
    certs = pki.generate(tmp_path / "pki")
    client_crt, client_key = pki.issue(tmp_path / "pki", "reliability-user")
    server = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    server.load_cert_chain(certs["apiserver.crt"], certs["apiserver.key"])
    server.load_verify_locations(certs["ca.crt"])
    server.verify_mode = ssl.CERT_REQUIRED  # no client certificate, no answer
    b64 = lambda data: base64.b64encode(data).decode()  # noqa: E731
    with local_api.LocalApi(
        [local_api.Answer(200, {"kind": "NamespaceList", "items": []})], tls=server
    ) as api:
        content = local_api.kubeconfig(
            api.url,
            user={"client-certificate-data": b64(client_crt), "client-key-data": b64(client_key)},
            **{"certificate-authority-data": b64(certs["ca.crt"].read_bytes())},
        )
        cluster = kube.Cluster(settings.ClusterSettings(kubeconfig=content))
        try:
            assert files_holding(str(private_tmp), key_body(client_key)) == []
            assert list(private_tmp.iterdir()) == [], "the private folder was not removed"
            conf = cluster.configuration
            assert conf.cert_file is None and conf.key_file is None and conf.ssl_ca_cert is None
            assert cluster.request("GET", "/api/v1/namespaces") == {"kind": "NamespaceList", "items": []}
            assert api.seen[-1].client_cn == "reliability-user"
        finally:
            cluster.close()
    assert files_holding(str(private_tmp), key_body(client_key)) == []


def test_a_kubeconfig_with_files_keeps_reading_them_from_where_they_are(
    tmp_path: Path, private_tmp: Path
) -> None:
    """certificate-authority / client-certificate / client-key as paths, relative to the kubeconfig."""
    certs = pki.generate(tmp_path / "pki")
    server = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    server.load_cert_chain(certs["apiserver.crt"], certs["apiserver.key"])
    server.load_verify_locations(certs["ca.crt"])
    server.verify_mode = ssl.CERT_REQUIRED
    with local_api.LocalApi([local_api.Answer(200, {"items": []})], tls=server) as api:
        config = yaml.safe_load(
            local_api.kubeconfig(
                api.url,
                user={"client-certificate": "pki/admin.crt", "client-key": "pki/admin.key"},
                **{"certificate-authority": "pki/ca.crt"},
            )
        )
        path = tmp_path / "kubeconfig"
        path.write_text(yaml.safe_dump(config))
        cluster = kube.Cluster(settings.ClusterSettings(kubeconfig=str(path)))
        try:
            assert cluster.request("GET", "/api/v1/namespaces") == {"items": []}
            assert api.seen[-1].client_cn == "sandbox-admin"
        finally:
            cluster.close()
    assert certs["admin.key"].exists()  # the user's own files are theirs


@pytest.mark.filterwarnings("ignore::urllib3.exceptions.InsecureRequestWarning")
def test_insecure_skip_tls_verify_still_works_with_the_shared_context(
    tmp_path: Path, private_tmp: Path
) -> None:
    certs = pki.generate(tmp_path / "pki")
    server = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    server.load_cert_chain(certs["apiserver.crt"], certs["apiserver.key"])
    with local_api.LocalApi([local_api.Answer(200, {"items": []})], tls=server) as api:
        content = local_api.kubeconfig(api.url, **{"insecure-skip-tls-verify": True})
        cluster = kube.Cluster(settings.ClusterSettings(kubeconfig=content))
        try:
            assert cluster.ssl_context.verify_mode == ssl.CERT_NONE
            assert cluster.request("GET", "/api/v1/namespaces") == {"items": []}
        finally:
            cluster.close()


@pytest.mark.controlplane
def test_the_real_api_server_accepts_the_in_memory_client_certificate(
    control_plane: controlplane.ControlPlane, private_tmp: Path
) -> None:
    # A key of its own: the kubernetes client caches the files it wrote by content, so a key the
    # fixtures loaded before would not be written again (and prove nothing).
    crt, key = pki.issue(Path(control_plane.directory) / "pki", "reliability-admin", org="system:masters")
    config = yaml.safe_load(Path(control_plane.kubeconfig).read_text())
    config["users"][0]["user"] = {
        "client-certificate-data": base64.b64encode(crt).decode(),
        "client-key-data": base64.b64encode(key).decode(),
    }
    content = yaml.safe_dump(config)
    cluster = kube.Cluster(settings.ClusterSettings(kubeconfig=content))
    try:
        assert files_holding(str(private_tmp), key_body(key)) == []
        assert list(private_tmp.iterdir()) == []
        namespace = cluster.request("GET", "/api/v1/namespaces/default")
        assert namespace["metadata"]["name"] == "default"
        # A second cluster from the same content leaves nothing either.
        again = kube.Cluster(settings.ClusterSettings(kubeconfig=content))
        assert again.request("GET", "/version")["major"]
        again.close()
        assert files_holding(str(private_tmp), key_body(key)) == []
    finally:
        cluster.close()
