"""The sandbox's importer reads only what CDI's would: http(s) URLs, and images that name no other
file. A file: URL or a qcow2 whose header points at a host file must never put that file's
bytes into a guest's disk (the importer runs as root)."""

from __future__ import annotations

import base64
import http.server
import subprocess
import threading
import types
import urllib.parse
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from kubevirt_sandbox.controllers import cdi

SECRET = b"host-only-content-0d1f9c"


@pytest.fixture()
def host_file(tmp_path: Path) -> Path:
    path = tmp_path / "host-secret"
    path.write_bytes(SECRET * 100)
    return path


@pytest.mark.parametrize("url", ["file:///etc/hostname", "/etc/hostname", "ftp://127.0.0.1/x"])
def test_only_http_and_https_urls_are_fetched(url: str, tmp_path: Path) -> None:
    with pytest.raises(RuntimeError, match="must be an http or https URL"):
        cdi._download(None, {}, url, tmp_path / "out")  # type: ignore[arg-type]
    assert not (tmp_path / "out").exists()


def test_a_qcow2_naming_a_host_file_as_backing_is_refused_and_nothing_is_read(
    host_file: Path, tmp_path: Path
) -> None:
    evil = tmp_path / "evil.qcow2"
    subprocess.run(
        ["qemu-img", "create", "-q", "-f", "qcow2", "-b", str(host_file), "-F", "raw", str(evil)], check=True
    )
    target = tmp_path / "disk.img"
    with pytest.raises(RuntimeError, match="names a backing file"):
        cdi._to_raw(evil, target, 1024 * 1024)
    assert not target.exists() and not list(tmp_path.glob("*.converting"))


def test_a_qcow2_with_an_external_data_file_is_refused(host_file: Path, tmp_path: Path) -> None:
    evil = tmp_path / "evil.qcow2"
    subprocess.run(
        [
            "qemu-img",
            "create",
            "-q",
            "-f",
            "qcow2",
            "-o",
            f"data_file={host_file},data_file_raw=on",
            str(evil),
            "1M",
        ],
        check=True,
    )
    with pytest.raises(RuntimeError, match="external file"):
        cdi._to_raw(evil, tmp_path / "disk.img", 1024 * 1024)


def test_a_raw_file_that_looks_like_nothing_is_copied_as_raw_bytes(tmp_path: Path) -> None:
    plain = tmp_path / "plain.img"
    plain.write_bytes(b"QFI" + b"\0" * 4093)  # almost a qcow2 magic: still raw
    target = tmp_path / "disk.img"
    cdi._to_raw(plain, target, 8192)
    assert target.read_bytes()[:4096] == plain.read_bytes() and target.stat().st_size == 8192


def test_a_clean_qcow2_converts(tmp_path: Path) -> None:
    image = tmp_path / "clean.qcow2"
    subprocess.run(["qemu-img", "create", "-q", "-f", "qcow2", str(image), "1M"], check=True)
    target = tmp_path / "disk.img"
    cdi._to_raw(image, target, 2 * 1024 * 1024)
    assert target.stat().st_size == 2 * 1024 * 1024 and cdi.image_format(target) == "raw"


# -- basic-auth credentials and redirects ------------------------------------------------------

AUTH_USER, AUTH_PASSWORD = b"importer", b"s3cret-pw-7e1"


class _FakeKube:
    """Just what ``cdi._download`` touches: the secretRef's Secret, and status patches."""

    def get(self, kind: str, namespace: str, name: str) -> dict[str, Any] | None:
        assert (kind, name) == ("Secret", "creds")
        return {
            "data": {
                "accessKeyId": base64.b64encode(AUTH_USER).decode(),
                "secretKey": base64.b64encode(AUTH_PASSWORD).decode(),
            }
        }

    def patch(self, *args: Any, **kwargs: Any) -> dict[str, Any]:
        return {}


def _dv() -> dict[str, Any]:
    return {
        "metadata": {"namespace": "ns", "name": "dv"},
        "spec": {"source": {"http": {"url": "unused", "secretRef": "creds"}}},
    }


class _Server:
    """An HTTP server on ``host``: answers ``/redirect?to=URL`` with a 302, anything else with a
    small body; records the Authorization header of every request it sees."""

    def __init__(self, host: str) -> None:
        seen = self.seen = []  # type: list[tuple[str, str | None]]

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 (the stdlib's name)
                seen.append((self.path, self.headers.get("Authorization")))
                query = urllib.parse.parse_qs(urllib.parse.urlsplit(self.path).query)
                if "to" in query:
                    self.send_response(302)
                    self.send_header("Location", query["to"][0])
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                body = b"x" * 1024
                self.send_response(200)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: Any) -> None:
                pass

        self.httpd = http.server.ThreadingHTTPServer((host, 0), Handler)
        self.url = f"http://{host}:{self.httpd.server_address[1]}"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture()
def servers() -> Iterator[tuple[_Server, _Server, _Server]]:
    """The DataVolume's server, another port on the same address, another address."""
    made = [_Server("127.0.0.1"), _Server("127.0.0.1"), _Server("127.0.0.2")]
    yield made[0], made[1], made[2]
    for s in made:
        s.close()


def _ctx() -> Any:
    return types.SimpleNamespace(kube=_FakeKube())


@pytest.mark.parametrize("other", [1, 2], ids=["another-port", "another-host"])
def test_basic_auth_is_not_sent_to_the_other_end_of_a_cross_origin_redirect(
    servers: tuple[_Server, _Server, _Server], other: int, tmp_path: Path
) -> None:
    first, target = servers[0], servers[other]
    url = f"{first.url}/redirect?" + urllib.parse.urlencode({"to": f"{target.url}/disk.img"})
    cdi._download(_ctx(), _dv(), url, tmp_path / "out")
    assert (tmp_path / "out").stat().st_size == 1024  # the redirect was followed
    assert first.seen[0][1] and first.seen[0][1].startswith("Basic ")  # the DataVolume's own server: sent
    assert target.seen == [("/disk.img", None)]


def test_basic_auth_follows_a_redirect_on_the_same_server_but_not_back_from_elsewhere(
    servers: tuple[_Server, _Server, _Server], tmp_path: Path
) -> None:
    first, _, elsewhere = servers
    back = f"{first.url}/back.img"
    via = f"{elsewhere.url}/redirect?" + urllib.parse.urlencode({"to": back})
    url = f"{first.url}/redirect?" + urllib.parse.urlencode(
        {"to": f"{first.url}/redirect?to=" + urllib.parse.quote(via, safe="")}
    )
    cdi._download(_ctx(), _dv(), url, tmp_path / "out")
    auths = [a for _, a in first.seen]
    assert auths[0] and auths[1] and auths[0] == auths[1]  # same server, same origin: kept
    assert elsewhere.seen[0][1] is None
    assert first.seen[-1] == ("/back.img", None)  # dropped once, never restored


@pytest.mark.parametrize(
    ("old", "new", "kept"),
    [
        ("https://a.example/x", "https://a.example/y", True),
        ("http://a.example/x", "https://a.example/y", True),  # an upgrade on the same host
        ("https://a.example/x", "http://a.example/y", False),  # a downgrade: would go in clear
        ("https://a.example/x", "https://b.example/y", False),
        ("https://a.example/x", "https://a.example:8443/y", False),
        ("http://a.example:80/x", "http://A.example/y", True),
    ],
)
def test_which_redirects_keep_the_credentials(old: str, new: str, kept: bool) -> None:
    assert cdi.keeps_credentials(old, new) is kept
