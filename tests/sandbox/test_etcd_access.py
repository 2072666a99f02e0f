"""etcd holds every object of the cluster in clear: whoever talks to it bypasses RBAC. Only the
API server may: etcd trusts a CA of its own that signed nothing but the API server's etcd client
certificate (the admin's certificate, and every user ``pki.issue`` makes, are refused), and it
listens for peers on no TCP address (guests reach the host's loopback through 10.0.2.2)."""

from __future__ import annotations

import ssl
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from kubevirt_sandbox import controlplane, pki, process

pytestmark = pytest.mark.controlplane


def _tcp_listeners(pid: int) -> list[tuple[str, int]]:
    """(address, port) of every TCP socket the process listens on, read from /proc."""
    inodes = set()
    for fd in Path(f"/proc/{pid}/fd").iterdir():
        try:
            target = fd.readlink().as_posix()
        except OSError:
            continue
        if target.startswith("socket:["):
            inodes.add(target[8:-1])
    found = []
    for table in ("tcp", "tcp6"):
        for line in Path(f"/proc/{pid}/net/{table}").read_text().splitlines()[1:]:
            cols = line.split()
            if cols[3] == "0A" and cols[9] in inodes:  # 0A: LISTEN
                addr, port = cols[1].split(":")
                found.append((addr, int(port, 16)))
    return found


def _get(url: str, ctx: ssl.SSLContext) -> int:
    with urllib.request.urlopen(url, timeout=5, context=ctx) as resp:
        return int(resp.status)


def _as(certs: dict[str, Path], crt: bytes, key: bytes, tmp: Path) -> ssl.SSLContext:
    (tmp / "c.crt").write_bytes(crt)
    (tmp / "c.key").write_bytes(key)
    ctx = ssl.create_default_context()
    ctx.check_hostname, ctx.verify_mode = False, ssl.CERT_NONE  # etcd's side is not the question
    ctx.load_cert_chain(str(tmp / "c.crt"), str(tmp / "c.key"))
    return ctx


@pytest.fixture()
def etcd(tmp_path: Path) -> Iterator[tuple[int, str, dict[str, Path]]]:
    """etcd alone, started as the control plane starts it."""
    certs = pki.generate(tmp_path / "pki")
    pid, url = controlplane.start_etcd(tmp_path, certs, 60)
    try:
        yield pid, url, certs
    finally:
        process.stop(pid)


def test_etcd_refuses_the_admin_and_every_user_of_the_sandbox_ca(
    etcd: tuple[int, str, dict[str, Path]], tmp_path: Path
) -> None:
    pid, url, certs = etcd
    assert _get(f"{url}/health", controlplane.etcd_client_tls(certs)) == 200  # the API server's cert
    admin = _as(certs, certs["admin.crt"].read_bytes(), certs["admin.key"].read_bytes(), tmp_path)
    with pytest.raises((ssl.SSLError, urllib.error.URLError, ConnectionError)):
        _get(f"{url}/health", admin)
    user = _as(certs, *pki.issue(certs["ca.crt"].parent, "mallory", org="system:masters"), tmp_path)
    with pytest.raises((ssl.SSLError, urllib.error.URLError, ConnectionError)):
        _get(f"{url}/health", user)


def test_etcd_listens_on_tcp_only_for_its_clients_on_loopback(etcd: tuple[int, str, dict[str, Path]]) -> None:
    pid, url, _ = etcd
    port = int(url.rsplit(":", 1)[1])
    assert _tcp_listeners(pid) == [("0100007F", port)]  # 127.0.0.1:<client port>; no peer port


def test_the_etcd_ca_key_is_not_kept(tmp_path: Path) -> None:
    certs = pki.generate(tmp_path / "pki")
    assert "etcd-ca.key" not in certs and not (tmp_path / "pki" / "etcd-ca.key").exists()


def test_the_api_server_works_through_its_etcd_certificate_and_etcd_refuses_the_admin(
    control_plane: controlplane.ControlPlane, api_client: object, tmp_path: Path
) -> None:
    from kubernetes import client

    ns = client.CoreV1Api(api_client).create_namespace({"metadata": {"generateName": "etcd-ca-"}})
    client.CoreV1Api(api_client).delete_namespace(ns.metadata.name)
    pki_dir = Path(control_plane.directory) / "pki"
    certs = {p.name: p for p in pki_dir.iterdir()}
    admin = _as(certs, certs["admin.crt"].read_bytes(), certs["admin.key"].read_bytes(), tmp_path)
    with pytest.raises((ssl.SSLError, urllib.error.URLError, ConnectionError)):
        _get(f"{control_plane.etcd_url}/health", admin)
    port = int(control_plane.etcd_url.rsplit(":", 1)[1])
    assert _tcp_listeners(control_plane.etcd_pid) == [("0100007F", port)]


def test_etcd_restarted_by_kill_and_start_keeps_its_peer_socket_in_its_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kubernetes import client, config

    from kubevirt_sandbox import restart, sandbox

    monkeypatch.chdir(tmp_path)  # `start` runs from wherever the user is: not where etcd's socket goes
    plane = controlplane.start(tmp_path / "controlplane")
    sb = sandbox.Sandbox(str(tmp_path), plane, [], [])
    try:
        restart.kill(sb, "etcd")
        pid = restart.start(sb, "etcd")
        assert not (tmp_path / controlplane.PEER_URL.removeprefix("unix://")).exists()
        assert (tmp_path / "controlplane" / "etcd-peer" / "peer.sock:1").is_socket()
        port = int(plane.etcd_url.rsplit(":", 1)[1])
        assert _tcp_listeners(pid) == [("0100007F", port)]
        api = config.new_client_from_config(config_file=plane.kubeconfig)
        try:
            client.CoreV1Api(api).list_namespace()  # the API server talks to the new etcd
        finally:
            api.close()
    finally:
        controlplane.stop(plane)
