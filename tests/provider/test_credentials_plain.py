"""Credentials without the kubernetes client: a kubeconfig whose user holds only a client
certificate, a token (or token file) or a username and password is resolved by credentials.py,
and its requests go through urllib3 directly (kube.Transport), so that the plugin's first Diff
does not import the client (~150 ms of every start, docs/performance.md). Anything else (an exec
plugin, an auth-provider, in-cluster) still goes through the client's own loader.
"""

from __future__ import annotations

import base64
import json
import ssl
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import local_api
import pytest

from kubevirt_sandbox import pki
from pulumi_kubevirt_provider import credentials, kube, settings
from pulumi_kubevirt_provider.config_keys import ConfigError

HERE = Path(__file__).parent
OK = local_api.Answer(200, {"kind": "NamespaceList", "items": []})


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


def tls_server(certs: dict[str, Path]) -> ssl.SSLContext:
    server = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    server.load_cert_chain(certs["apiserver.crt"], certs["apiserver.key"])
    server.load_verify_locations(certs["ca.crt"])
    server.verify_mode = ssl.CERT_REQUIRED
    return server


RUN = textwrap.dedent(
    """
    import json, sys
    from pulumi_kubevirt_provider import kube, settings

    cluster = kube.Cluster(settings.ClusterSettings(kubeconfig=sys.argv[1]))
    answer = cluster.request("GET", "/api/v1/namespaces")
    cluster.close()
    loaded = sorted(m for m in sys.modules if m.split(".")[0] == "kubernetes")
    print(json.dumps({"answer": answer, "kubernetes": loaded}))
    """
)


def run_alone(content: str) -> dict[str, Any]:
    """A Cluster built and asked once in a fresh interpreter: its answer and the kubernetes
    modules it loaded."""
    out = subprocess.run([sys.executable, "-c", RUN, content], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    return dict(json.loads(out.stdout))


def test_a_client_certificate_kubeconfig_is_served_without_the_kubernetes_client(tmp_path: Path) -> None:
    certs = pki.generate(tmp_path / "pki")
    crt, key = pki.issue(tmp_path / "pki", "plain-user")
    with local_api.LocalApi([OK], tls=tls_server(certs)) as api:
        content = local_api.kubeconfig(
            api.url,
            user={"client-certificate-data": b64(crt), "client-key-data": b64(key)},
            **{"certificate-authority-data": b64(certs["ca.crt"].read_bytes())},
        )
        result = run_alone(content)
        assert result["answer"] == OK.body
        assert api.seen[-1].client_cn == "plain-user"
    assert result["kubernetes"] == []


def test_a_token_kubeconfig_is_served_without_the_kubernetes_client() -> None:
    with local_api.LocalApi([OK]) as api:
        result = run_alone(local_api.kubeconfig(api.url, user={"token": "plain-token"}))
        assert api.seen[-1].headers["authorization"] == "Bearer plain-token"
        assert api.seen[-1].headers["user-agent"].startswith("pulumi-kubevirt/")
    assert result == {"answer": OK.body, "kubernetes": []}


@pytest.mark.parametrize(
    ("user", "header"),
    [
        ({"tokenFile": "token"}, "Bearer from-a-file"),
        ({"token": "t1", "tokenFile": "token"}, "Bearer t1"),
        ({"username": "ann", "password": "s3cret"}, "Basic " + b64(b"ann:s3cret")),
        ({"token": "t2", "username": "ann", "password": "s3cret"}, "Bearer t2"),
    ],
)
def test_tokens_and_passwords_are_sent_as_the_client_sends_them(
    tmp_path: Path, user: dict[str, str], header: str
) -> None:
    (tmp_path / "token").write_text("from-a-file")
    with local_api.LocalApi([OK]) as api:
        path = tmp_path / "kubeconfig"
        path.write_text(local_api.kubeconfig(api.url, user=user))
        cluster = kube.Cluster(settings.ClusterSettings(kubeconfig=str(path)))
        try:
            assert isinstance(cluster.configuration, credentials.Connection)
            assert cluster.request("GET", "/api/v1/namespaces") == OK.body
            assert api.seen[-1].headers["authorization"] == header
        finally:
            cluster.close()


PLAIN = [
    ("https://h:6443/", {"token": "t"}, {"insecure-skip-tls-verify": True, "tls-server-name": "api"}),
    ("http://h:8080", {"username": "u", "password": "p"}, {"proxy-url": "http://proxy:3128"}),
    ("https://h", {"client-certificate": "pki/admin.crt", "client-key": "pki/admin.key"}, {}),
    ("https://h", {"tokenFile": "token"}, {"certificate-authority": "pki/ca.crt"}),
]


@pytest.mark.parametrize(("server", "user", "cluster"), PLAIN)
def test_plain_kubeconfigs_resolve_as_the_client_loader_resolves_them(
    tmp_path: Path, server: str, user: dict[str, Any], cluster: dict[str, Any]
) -> None:
    from kubernetes import client
    from kubernetes.config import kube_config

    pki.generate(tmp_path / "pki")
    (tmp_path / "token").write_text("file-token")
    data = json.loads(local_api.kubeconfig(server, user=user, **cluster))
    ours = credentials._plain(credentials.kubeconfig.Kubeconfig(data, "test", str(tmp_path)), None)
    assert ours is not None
    mine = credentials._load_plain(str(tmp_path), *ours, str(tmp_path / "private"))
    theirs = client.Configuration()
    kube_config.KubeConfigLoader(config_dict=data, config_base_path=str(tmp_path)).load_and_set(theirs)
    for name in ("host", "verify_ssl", "tls_server_name", "proxy", "no_proxy", "ssl_ca_cert", "cert_file"):
        assert getattr(mine, name) == getattr(theirs, name), name
    assert mine.key_file == theirs.key_file
    assert mine.auth_settings() == theirs.auth_settings()
    assert mine.connection_pool_maxsize == theirs.connection_pool_maxsize


@pytest.mark.parametrize(
    "user",
    [
        {"exec": {"command": "x"}},
        {"auth-provider": {"name": "oidc"}},
        {"token": "t", "as": "someone"},
    ],
)
def test_anything_else_goes_to_the_client_loader(user: dict[str, Any]) -> None:
    data = json.loads(local_api.kubeconfig("https://h", user=user))
    assert credentials._plain(credentials.kubeconfig.Kubeconfig(data, "test", "/"), None) is None


EXEC_PLUGIN = """
import json
print(json.dumps({
    "apiVersion": "client.authentication.k8s.io/v1beta1",
    "kind": "ExecCredential",
    "status": {"token": "from-the-exec-plugin"},
}))
"""


def test_an_exec_plugin_kubeconfig_still_works_through_the_client_loader(tmp_path: Path) -> None:
    plugin = tmp_path / "plugin.py"
    plugin.write_text(EXEC_PLUGIN)
    user = {
        "exec": {
            "apiVersion": "client.authentication.k8s.io/v1beta1",
            "command": sys.executable,
            "args": [str(plugin)],
            "interactiveMode": "Never",
        }
    }
    with local_api.LocalApi([OK]) as api:
        cluster = kube.Cluster(settings.ClusterSettings(kubeconfig=local_api.kubeconfig(api.url, user=user)))
        try:
            assert not isinstance(cluster.configuration, credentials.Connection)  # the client's
            assert cluster.request("GET", "/api/v1/namespaces") == OK.body
            assert api.seen[-1].headers["authorization"] == "Bearer from-the-exec-plugin"
        finally:
            cluster.close()


def test_the_in_cluster_service_account_is_served_without_the_kubernetes_client(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The token and CA at the service account's paths, the API server from the environment; the
    token is read again after TOKEN_REFRESH (the kubelet rotates it)."""
    certs = pki.generate(tmp_path / "pki")
    account = tmp_path / "serviceaccount"
    account.mkdir()
    (account / "token").write_text("pod-token")
    (account / "ca.crt").write_bytes(certs["ca.crt"].read_bytes())
    server = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    server.load_cert_chain(certs["apiserver.crt"], certs["apiserver.key"])
    monkeypatch.setattr(credentials, "SERVICE_ACCOUNT", str(account))
    monkeypatch.delenv("KUBECONFIG", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))  # no ~/.kube/config
    with local_api.LocalApi([OK], tls=server) as api:
        monkeypatch.setenv("KUBERNETES_SERVICE_HOST", "127.0.0.1")
        monkeypatch.setenv("KUBERNETES_SERVICE_PORT", str(api.port))
        creds = credentials.load(None, None)
        assert isinstance(creds.configuration, credentials.Connection)
        assert creds.configuration.host == api.url and creds.origin == "in-cluster service account"
        cluster = kube.Cluster(settings.ClusterSettings())
        try:
            assert cluster.request("GET", "/api/v1/namespaces") == OK.body
            assert api.seen[-1].headers["authorization"] == "bearer pod-token"
            (account / "token").write_text("rotated")
            cluster.configuration.token_read_at -= credentials.TOKEN_REFRESH
            assert cluster.request("GET", "/api/v1/namespaces") == OK.body
            assert api.seen[-1].headers["authorization"] == "bearer rotated"
        finally:
            cluster.close()


def test_in_cluster_without_a_token_says_what_the_client_said(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(credentials, "SERVICE_ACCOUNT", str(tmp_path))
    monkeypatch.setenv("KUBERNETES_SERVICE_HOST", "10.0.0.1")
    monkeypatch.setenv("KUBERNETES_SERVICE_PORT", "443")
    with pytest.raises(
        ConfigError, match="cannot load the credentials: ConfigException: Service token file does not exist;"
    ):
        credentials.load(None, None)


def test_the_transport_writes_urls_as_the_kubernetes_client_writes_them() -> None:
    from kubernetes import client

    conf = credentials.Connection(host="https://h:6443")
    transport = kube.Transport(
        credentials.Credentials(configuration=conf, ssl_context=ssl.create_default_context(), origin="t")
    )
    api = client.ApiClient(client.Configuration(host="https://h:6443"))
    query = {"labelSelector": "a in (x, y),b!=c", "watch": True, "timeoutSeconds": 290, "fieldManager": "p-k"}
    path = kube.VM.path("team", "web")
    assert transport.url(path, query) == api.param_serialize("GET", path, query_params=list(query.items()))[1]
    assert transport.url(path) == api.param_serialize("GET", path)[1]
