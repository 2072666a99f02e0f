"""A faulty way to the API server: a TLS proxy on 127.0.0.1 between the provider and the sandbox's
kube-apiserver, for faults a restart cannot make (a flap of 503s, then refused connections; one
kind of request held back while the rest flows).

The proxy serves with a certificate of the sandbox's CA (so the sandbox kubeconfig, its server
pointed at the proxy, verifies it) and talks to the API server as the kubeconfig's user. One
request per connection: the request goes upstream with ``Connection: close`` and the answer comes
back byte for byte (watches included) until the API server ends it.

Faults start on a request that matches (a method and path test), so that they hit the request
the test is about (the ownership patch of a cloud-init Secret, the graceful stop of a destroy):

- ``flap``: that request and every one after it are answered 503 for ``unavailable`` seconds
  (open connections, watches included, are cut when it starts), then the port refuses
  connections for ``refused`` seconds, then all flows again.
- ``stall``: matching requests are held until ``seconds`` after the first of them, then sent on.
- ``gate``: matching requests are held until ``opened()`` says so (at most ``at_most`` seconds),
  to put them inside another fault's window.

The proxy stops itself after ``lifetime`` seconds whatever happens (and on ``close``).
"""

from __future__ import annotations

import base64
import dataclasses
import json
import socket
import ssl
import tempfile
import threading
import time
import urllib.parse
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

from kubevirt_sandbox import pki

Match = Callable[[str, str, dict[str, str]], bool]  # method, path (with query), headers


@dataclasses.dataclass
class _Flap:
    match: Match
    unavailable: float
    refused: float
    started: float | None = None


@dataclasses.dataclass
class _Stall:
    match: Match
    seconds: float
    started: float | None = None


@dataclasses.dataclass
class _Gate:
    match: Match
    opened: Callable[[], bool]
    at_most: float


@dataclasses.dataclass
class Event:
    at: float  # time.monotonic()
    method: str
    path: str
    what: str  # "503", "stalled 29.8s", "forwarded", "flap", "refusing", "open"


class ApiProxy:
    def __init__(self, kubeconfig: str, pki_dir: Path, *, lifetime: float = 900.0) -> None:
        config = yaml.safe_load(Path(kubeconfig).read_text())
        self._config = config
        cluster = config["clusters"][0]["cluster"]
        user = config["users"][0]["user"]
        upstream = urllib.parse.urlsplit(cluster["server"])
        self._upstream = (upstream.hostname or "127.0.0.1", upstream.port or 443)
        self._client_tls = self._upstream_context(cluster, user)
        crt, key = pki.issue(pki_dir, "api-proxy", server=True, ips=("127.0.0.1",))
        self._server_tls = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        with tempfile.TemporaryDirectory() as folder:  # load_cert_chain reads files only
            (Path(folder) / "c").write_bytes(crt)
            (Path(folder) / "k").write_bytes(key)
            self._server_tls.load_cert_chain(str(Path(folder) / "c"), str(Path(folder) / "k"))
        self.events: list[Event] = []
        self._lock = threading.Lock()
        self._flaps: list[_Flap] = []
        self._stalls: list[_Stall] = []
        self._gates: list[_Gate] = []
        self._open: set[socket.socket] = set()
        self._stopped = threading.Event()
        self._listener = self._listen(0)
        self.port = self._listener.getsockname()[1]
        self._deadline = time.monotonic() + lifetime
        threading.Thread(target=self._serve, name="api-proxy", daemon=True).start()

    # -- for the test ------------------------------------------------------------------------
    @property
    def url(self) -> str:
        return f"https://127.0.0.1:{self.port}"

    def kubeconfig(self, path: Path) -> str:
        """The sandbox's kubeconfig with its server pointed at the proxy, written to ``path``."""
        config = json.loads(json.dumps(self._config))
        config["clusters"][0]["cluster"]["server"] = self.url
        path.write_text(yaml.safe_dump(config))
        return str(path)

    def flap(self, match: Match, *, unavailable: float = 5.0, refused: float = 3.0) -> None:
        with self._lock:
            self._flaps.append(_Flap(match, unavailable, refused))

    def stall(self, match: Match, *, seconds: float = 30.0) -> _Stall:
        """Returns the rule: its ``started`` (time.monotonic()) is set by the first match."""
        stall = _Stall(match, seconds)
        with self._lock:
            self._stalls.append(stall)
        return stall

    def gate(self, match: Match, opened: Callable[[], bool], *, at_most: float = 60.0) -> None:
        with self._lock:
            self._gates.append(_Gate(match, opened, at_most))

    def count(self, what: str) -> int:
        with self._lock:
            return sum(1 for e in self.events if e.what.startswith(what))

    def close(self) -> None:
        self._stopped.set()
        with self._lock:
            listener, self._listener = self._listener, None
            for conn in list(self._open):
                _cut(conn)
        if listener is not None:
            listener.close()

    def __enter__(self) -> ApiProxy:
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    # -- serving ---------------------------------------------------------------------------
    @staticmethod
    def _upstream_context(cluster: dict[str, Any], user: dict[str, Any]) -> ssl.SSLContext:
        ctx = ssl.create_default_context(
            cadata=base64.b64decode(cluster["certificate-authority-data"]).decode()
        )
        with tempfile.TemporaryDirectory() as folder:
            (Path(folder) / "c").write_bytes(base64.b64decode(user["client-certificate-data"]))
            (Path(folder) / "k").write_bytes(base64.b64decode(user["client-key-data"]))
            ctx.load_cert_chain(str(Path(folder) / "c"), str(Path(folder) / "k"))
        return ctx

    def _listen(self, port: int) -> socket.socket:
        listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", port))
        listener.listen(64)
        listener.settimeout(0.1)
        return listener

    def _note(self, method: str, path: str, what: str) -> None:
        with self._lock:
            self.events.append(Event(time.monotonic(), method, path, what))

    def _serve(self) -> None:
        while not self._stopped.is_set():
            if time.monotonic() > self._deadline:
                self.close()
                return
            refusing = self._refusing_until()
            if refusing:  # nothing listens: connections are refused
                with self._lock:
                    listener, self._listener = self._listener, None
                    for conn in list(self._open):
                        _cut(conn)
                if listener is not None:
                    listener.close()
                    self._note("", "", "refusing")
                self._stopped.wait(max(0.0, refusing - time.monotonic()))
                continue
            with self._lock:
                if self._listener is None and not self._stopped.is_set():
                    self._listener = self._listen(self.port)
                    self.events.append(Event(time.monotonic(), "", "", "open"))
                listener = self._listener
            if listener is None:
                return
            try:
                conn, _ = listener.accept()
            except (TimeoutError, OSError):
                continue
            threading.Thread(target=self._handle, args=(conn,), daemon=True).start()

    def _refusing_until(self) -> float | None:
        now = time.monotonic()
        with self._lock:
            for flap in self._flaps:
                if flap.started is not None:
                    start = flap.started + flap.unavailable
                    if start <= now < start + flap.refused:
                        return start + flap.refused
        return None

    def _unavailable(self, method: str, path: str, headers: dict[str, str]) -> bool:
        now = time.monotonic()
        cut: list[socket.socket] = []
        with self._lock:
            for flap in self._flaps:
                if flap.started is None and flap.match(method, path, headers):
                    flap.started = now
                    self.events.append(Event(now, method, path, "flap"))
                    cut = list(self._open)  # the watches under way break, as on a real flap
                if flap.started is not None and now < flap.started + flap.unavailable:
                    answer = True
                    break
            else:
                answer = False
        for conn in cut:
            _cut(conn)
        return answer

    def _held_until(self, method: str, path: str, headers: dict[str, str]) -> float | None:
        now = time.monotonic()
        with self._lock:
            for stall in self._stalls:
                if not stall.match(method, path, headers):
                    continue
                if stall.started is None:
                    stall.started = now
                if now < stall.started + stall.seconds:
                    return stall.started + stall.seconds
        return None

    def _handle(self, raw: socket.socket) -> None:
        conn: socket.socket | None = None
        upstream: socket.socket | None = None
        try:
            raw.settimeout(30)
            conn = self._server_tls.wrap_socket(raw, server_side=True)
            head, body = _read_request(conn)
            lines = head.decode("latin-1").split("\r\n")
            method, path, _ = lines[0].split(" ", 2)
            headers = {k.strip().lower(): v.strip() for k, _, v in (x.partition(":") for x in lines[1:])}
            if self._unavailable(method, path, headers):
                self._note(method, path, "503")
                conn.sendall(_unavailable())
                return
            with self._lock:
                self._open.add(conn)
            with self._lock:
                gates = [g for g in self._gates if g.match(method, path, headers)]
            for gate in gates:
                began = time.monotonic()
                while not gate.opened() and time.monotonic() < began + gate.at_most:
                    time.sleep(0.05)
                self._note(method, path, f"gated {time.monotonic() - began:.1f}s")
            held = self._held_until(method, path, headers)
            if held is not None:
                began = time.monotonic()
                while time.monotonic() < held and not self._stopped.is_set():
                    time.sleep(0.1)
                self._note(method, path, f"stalled {time.monotonic() - began:.1f}s")
            upstream = socket.create_connection(self._upstream, timeout=10)
            upstream = self._client_tls.wrap_socket(upstream, server_hostname=self._upstream[0])
            kept = [x for x in lines[1:] if x.split(":", 1)[0].strip().lower() != "connection"]
            upstream.sendall(
                ("\r\n".join([lines[0], *kept, "Connection: close"]) + "\r\n\r\n").encode("latin-1")
            )
            upstream.sendall(body)
            self._note(method, path, "forwarded")
            upstream.settimeout(None)
            conn.settimeout(None)
            while True:
                chunk = upstream.recv(65536)
                if not chunk:
                    break
                conn.sendall(chunk)
        except (OSError, ssl.SSLError, ValueError):
            pass
        finally:
            with self._lock:
                self._open.discard(conn)  # type: ignore[arg-type]
            for s in (upstream, conn or raw):
                if s is not None:
                    try:
                        s.close()
                    except OSError:
                        pass


def _cut(conn: socket.socket) -> None:
    try:
        conn.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass


def _read_request(conn: socket.socket) -> tuple[bytes, bytes]:
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = conn.recv(65536)
        if not chunk:
            raise ValueError("connection closed before the request ended")
        data += chunk
    head, _, rest = data.partition(b"\r\n\r\n")
    length = 0
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value.strip())
    while len(rest) < length:
        chunk = conn.recv(65536)
        if not chunk:
            break
        rest += chunk
    return head, rest


def _unavailable() -> bytes:
    body = json.dumps(
        {
            "kind": "Status",
            "apiVersion": "v1",
            "status": "Failure",
            "reason": "ServiceUnavailable",
            "message": "the server is currently unable to handle the request (api-proxy flap)",
            "code": 503,
        }
    ).encode()
    head = [
        "HTTP/1.1 503 Service Unavailable",
        "Content-Type: application/json",
        f"Content-Length: {len(body)}",
        "Connection: close",
    ]
    return ("\r\n".join(head) + "\r\n\r\n").encode() + body


def path_only(path: str) -> str:
    return path.split("?", 1)[0]


def is_watch(path: str) -> bool:
    return "watch=true" in (urllib.parse.urlsplit(path).query or "")
