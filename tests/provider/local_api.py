"""A scripted stand-in for an API server on 127.0.0.1, for the client's fault handling.

Each connection gets the next entry of the script (the last one repeats): an :class:`Answer`
(status, JSON body, headers, and how long to hold it back), ``RESET`` (the request is read, then
the connection is reset with a TCP RST), or a function of the request (:class:`Seen`) returning
one of those, for answers that depend on the path (concurrent requests arrive in any order).
Every answer closes its connection, so each request is one connection and the script is
followed request by request. With ``tls`` the socket is wrapped and the client's
certificate, if it sent one, is recorded.
"""

from __future__ import annotations

import dataclasses
import json
import socket
import ssl
import struct
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

RESET = "reset"


@dataclasses.dataclass(frozen=True)
class Answer:
    status: int = 200
    body: Any = None
    headers: dict[str, str] = dataclasses.field(default_factory=dict)
    delay: float = 0.0  # seconds between reading the request and answering it (a stalled server)


@dataclasses.dataclass(frozen=True)
class Seen:
    method: str
    path: str
    headers: dict[str, str]
    client_cn: str | None


def status(code: int, reason: str, message: str) -> Answer:
    """An answer carrying a metav1.Status, as the API server sends errors."""
    body = {"kind": "Status", "apiVersion": "v1", "status": "Failure", "reason": reason, "message": message}
    return Answer(code, body)


Entry = Answer | str | Callable[["Seen"], Answer | str]


class LocalApi:
    def __init__(self, script: list[Entry], *, tls: ssl.SSLContext | None = None, port: int = 0):
        self.script, self.tls = list(script), tls
        self.seen: list[Seen] = []
        self._listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._listener.bind(("127.0.0.1", port))
        self._listener.listen(16)
        self.port = self._listener.getsockname()[1]
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    @property
    def url(self) -> str:
        return f"{'https' if self.tls else 'http'}://127.0.0.1:{self.port}"

    def close(self) -> None:
        self._stop.set()
        self._listener.close()
        self._thread.join(5)

    def __enter__(self) -> LocalApi:
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    # -- serving --------------------------------------------------------------------------
    def _next(self, seen: Seen) -> Answer | str:
        entry = self.script.pop(0) if len(self.script) > 1 else self.script[0]
        return entry(seen) if callable(entry) else entry

    def _serve(self) -> None:
        self._listener.settimeout(0.1)
        while not self._stop.is_set():
            try:
                conn, _ = self._listener.accept()
            except (TimeoutError, OSError):
                continue
            threading.Thread(target=self._handle, args=(conn,), daemon=True).start()

    def _handle(self, conn: socket.socket) -> None:
        conn.settimeout(5)
        cn = None
        try:
            if self.tls is not None:
                conn = self.tls.wrap_socket(conn, server_side=True)
                peer = conn.getpeercert()
                if peer:
                    cn = next(
                        (v for rdn in peer.get("subject", ()) for k, v in rdn if k == "commonName"), None
                    )
            method, path, headers = _read_request(conn)
            seen = Seen(method, path, headers, cn)
            self.seen.append(seen)
            entry = self._next(seen)
            if entry == RESET:
                conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                return
            assert isinstance(entry, Answer)
            if entry.delay:
                time.sleep(entry.delay)
            if isinstance(entry.body, bytes):  # sent as it is (a watch's lines of events)
                body = entry.body
            else:
                body = json.dumps(entry.body).encode() if entry.body is not None else b""
            head = [f"HTTP/1.1 {entry.status} X", "Content-Type: application/json"]
            head += [f"Content-Length: {len(body)}", "Connection: close"]
            head += [f"{k}: {v}" for k, v in entry.headers.items()]
            conn.sendall(("\r\n".join(head) + "\r\n\r\n").encode() + body)
        except (OSError, ssl.SSLError, ValueError):
            pass
        finally:
            conn.close()


def _read_request(conn: socket.socket) -> tuple[str, str, dict[str, str]]:
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = conn.recv(65536)
        if not chunk:
            raise ValueError("connection closed before the request ended")
        data += chunk
    head, _, rest = data.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    method, path, _ = lines[0].split(" ", 2)
    headers = {k.strip().lower(): v.strip() for k, _, v in (line.partition(":") for line in lines[1:])}
    length = int(headers.get("content-length", "0"))
    while len(rest) < length:
        chunk = conn.recv(65536)
        if not chunk:
            break
        rest += chunk
    return method, path, headers


def kubeconfig(
    server: str, *, namespace: str = "team", user: dict[str, Any] | None = None, **cluster: Any
) -> str:
    """A one-line JSON kubeconfig for ``server`` (what `pulumi config set --secret` may hold)."""
    return json.dumps(
        {
            "apiVersion": "v1",
            "kind": "Config",
            "clusters": [{"name": "c", "cluster": {"server": server, **cluster}}],
            "users": [{"name": "u", "user": user if user is not None else {"token": "local-token"}}],
            "contexts": [{"name": "x", "context": {"cluster": "c", "user": "u", "namespace": namespace}}],
            "current-context": "x",
        }
    )


def walk_files(root: str) -> Iterator[tuple[str, bytes]]:
    """Every regular file under ``root`` and its first MiB."""
    import os

    for folder, _, files in os.walk(root):
        for name in files:
            path = os.path.join(folder, name)
            try:
                with open(path, "rb") as f:
                    yield path, f.read(1 << 20)
            except OSError:
                continue
