"""A stand-in kubelet that replays a recorded virt-launcher exchange over the real exec protocol.

The kube-apiserver under test proxies a pod's WebSocket exec straight to the kubelet of the pod's
node when the Node declares ``ExtendWebSocketsToKubelet`` (k8s.io/kubernetes
pkg/registry/core/pod/rest/subresources.go), verifying the kubelet's serving certificate against
``--kubelet-certificate-authority``. This server is that kubelet: TLS with a certificate from the
sandbox CA, ``GET /exec/<ns>/<pod>/<container>?command=...&output=1&error=1``, the WebSocket upgrade with
subprotocol ``v5.channel.k8s.io``, then the recorded frames (channel byte + data, the last one the
metav1.Status on channel 3), then a close frame, as the kubelet's stream translator does.

Only what is recorded is answered: a request whose command is not in the recording (after the
domain-name substitution the recording describes) gets HTTP 400, which the client sees as a
refused exec, so a wrong command fails the test. Frames are built with websocket-client's ABNF.
"""

from __future__ import annotations

import base64
import dataclasses
import hashlib
import http.server
import json
import ssl
import tempfile
import threading
import urllib.parse
from pathlib import Path
from typing import Any

import websocket

WS_GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"
SUBPROTOCOL = "v5.channel.k8s.io"


@dataclasses.dataclass
class Request:
    """One exec request the kubelet received (after the API server's proxy)."""

    path: str
    command: list[str]
    query: dict[str, list[str]]
    subprotocols: list[str]
    answered: str | None  # the recorded exchange replayed, or None if refused


class RecordedKubelet:
    """Replays ``recording`` (tests/provider/data/launcher/exchange.json) for ``namespace``."""

    def __init__(self, recording: dict[str, Any], cert_pem: bytes, key_pem: bytes) -> None:
        self.recording = recording
        self.namespace = recording["namespace"]  # replaced per request, see `substitute`
        self.requests: list[Request] = []
        self._lock = threading.Lock()
        kubelet = self

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - stdlib name
                pass

            def do_GET(self) -> None:  # noqa: N802 - stdlib name
                kubelet._serve(self)

        self._tmp = tempfile.TemporaryDirectory(prefix="recorded-kubelet-")
        cert, key = Path(self._tmp.name) / "tls.crt", Path(self._tmp.name) / "tls.key"
        cert.write_bytes(cert_pem)
        key.write_bytes(key_pem)
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        ctx.load_cert_chain(str(cert), str(key))
        self._server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._server.socket = ctx.wrap_socket(self._server.socket, server_side=True)
        self.port = int(self._server.server_address[1])
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    def __enter__(self) -> RecordedKubelet:
        self._thread.start()
        return self

    def __exit__(self, *exc: Any) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._tmp.cleanup()

    # -- the recording ---------------------------------------------------------------------
    def substitute(self, text: str, namespace: str) -> str:
        """The recording's domains are ``<recorded ns>_<name>``; the test's are ``<ns>_<name>``."""
        return text.replace(f"{self.namespace}_", f"{namespace}_")

    def _match(self, pod_namespace: str, command: list[str]) -> tuple[str, dict[str, Any]] | None:
        for name, exchange in self.recording["exchanges"].items():
            expected = [self.substitute(a, pod_namespace) for a in exchange["command"]]
            if expected == command:
                return name, exchange
        return None

    # -- one request -----------------------------------------------------------------------
    def _serve(self, h: http.server.BaseHTTPRequestHandler) -> None:
        url = urllib.parse.urlsplit(h.path)
        query = urllib.parse.parse_qs(url.query)
        parts = url.path.strip("/").split("/")
        protocols = [p.strip() for p in (h.headers.get("Sec-WebSocket-Protocol") or "").split(",") if p]
        request = Request(url.path, query.get("command", []), query, protocols, None)
        with self._lock:
            self.requests.append(request)
        found = None
        if (
            len(parts) == 4
            and parts[0] == "exec"
            and parts[3] == "compute"
            # the API server's stdout=true&stderr=true, as it forwards them to the kubelet
            and query.get("output") == ["1"]
            and query.get("error") == ["1"]
            and "input" not in query
            and "tty" not in query
            and SUBPROTOCOL in protocols
            and (h.headers.get("Upgrade") or "").lower() == "websocket"
        ):
            found = self._match(parts[1], request.command)
        if found is None:
            h.send_error(400, "not in the recording")
            return
        name, exchange = found
        request.answered = name
        accept = base64.b64encode(
            hashlib.sha1((h.headers["Sec-WebSocket-Key"] + WS_GUID).encode()).digest()
        ).decode()
        h.send_response(101, "Switching Protocols")
        h.send_header("Upgrade", "websocket")
        h.send_header("Connection", "Upgrade")
        h.send_header("Sec-WebSocket-Accept", accept)
        h.send_header("Sec-WebSocket-Protocol", SUBPROTOCOL)
        h.end_headers()
        for frame in exchange["frames"]:
            data = base64.b64decode(frame["data"])
            if frame["channel"] in (1, 2):
                data = self.substitute(data.decode(), parts[1]).encode()
            h.wfile.write(_frame(bytes([frame["channel"]]) + data, websocket.ABNF.OPCODE_BINARY))
        h.wfile.write(_frame(b"\x03\xe8", websocket.ABNF.OPCODE_CLOSE))  # 1000: normal closure
        h.wfile.flush()
        h.close_connection = True


def _frame(payload: bytes, opcode: int) -> bytes:
    """A server-to-client frame: final, unmasked (RFC 6455 5.1)."""
    return bytes(websocket.ABNF(fin=1, opcode=opcode, mask_value=0, data=payload).format())


def load(path: Path) -> dict[str, Any]:
    return dict(json.loads(path.read_text()))
