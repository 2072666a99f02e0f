"""The ``exec`` domain backend: ``virsh`` inside the VMI's virt-launcher pod, as a real cluster allows.

KubeVirt gives no API for the libvirt domain itself; the only way in from outside the node is the
virt-launcher pod's ``compute`` container, where virtqemud runs. So this backend finds that pod
(label ``kubevirt.io/created-by=<VMI uid>``, on the VMI's node) and runs one ``virsh`` per read or
repair through the Kubernetes exec API over WebSocket (``v5.channel.k8s.io``, else
``v4.channel.k8s.io``), with the Cluster's own TLS context and credentials.

Why websocket-client directly and not ``kubernetes.stream``: that wrapper still works with the
v37 client, but it turns a refused handshake into ``ApiException(status=0)`` with the HTTP status
only inside a string, and it gives the connection no timeout. Here the handshake's status and its
Status body are kept (a 403 becomes an actionable message) and every exec has one deadline. The
channel protocol on top is one byte: 1 stdout, 2 stderr, 3 the final metav1.Status.

Every failure to reach the domain (no permission, no launcher pod, API or kubelet unreachable,
timeout) is an :class:`access.Unavailable` with one line naming the VMI; libvirt refusing a repair
is an :class:`access.RepairFailed` carrying virsh's error text.
"""

from __future__ import annotations

import dataclasses
import json
import ssl
import time
import urllib.parse
from typing import Any

from pulumi_kubevirt_provider import errors, kube, tunables
from pulumi_kubevirt_provider.domain import access

CONTAINER = "compute"
CREATED_BY = "kubevirt.io/created-by"
# cmd/virt-launcher/virt-launcher.go (createLibvirtConnection): virtqemud's socket in the pod
NONROOT_URI = "qemu+unix:///session?socket=/var/run/libvirt/virtqemud-sock"
ROOT_URI = "qemu:///system"
NONROOT_FLAG = "--run-as-nonroot"  # virt-controller's template adds it to the compute container
NONROOT_ANNOTATION = "kubevirt.io/nonroot"  # v1.DeprecatedNonRootVMIAnnotation
SUBPROTOCOLS = ["v5.channel.k8s.io", "v4.channel.k8s.io"]
STDOUT, STDERR, ERROR = 1, 2, 3
OFF_HINT = "grant it, or set kubevirt:domainAccess to off"


@dataclasses.dataclass(frozen=True)
class ExecResult:
    """What a command in a container answered: its output and exit code (from the Status)."""

    stdout: str
    stderr: str
    exit_code: int


class ExecBackend:
    """``access.Backend`` over the Kubernetes exec API; ``timeout`` bounds each API call and exec."""

    name = "exec"

    def __init__(self, cluster: kube.Cluster, *, timeout: float = tunables.TUNABLES.exec_timeout) -> None:
        self.cluster, self.timeout = cluster, timeout

    # -- access.Backend -----------------------------------------------------------------
    def read(self, vmi: dict[str, Any]) -> access.Reading:
        dom = access.domain_name(vmi)
        pod = self.launcher_pod(vmi)
        result = self._virsh(vmi, pod, [f"dominfo {dom}; dumpxml {dom}"])
        return parse_read(result, where=f"pod {pod['metadata']['name']}", vmi_ref=access.vmi_ref(vmi))

    def resume(self, vmi: dict[str, Any]) -> None:
        pod = self.launcher_pod(vmi)
        self._repair(self._virsh(vmi, pod, ["resume", access.domain_name(vmi)]))

    def set_memory(self, vmi: dict[str, Any], kib: int) -> None:
        pod = self.launcher_pod(vmi)
        self._repair(self._virsh(vmi, pod, ["setmem", access.domain_name(vmi), str(int(kib)), "--live"]))

    # -- the launcher pod ---------------------------------------------------------------
    def launcher_pod(self, vmi: dict[str, Any]) -> dict[str, Any]:
        """The Running virt-launcher pod on the VMI's node (the migration source until it ends)."""
        ns, ref = vmi["metadata"]["namespace"], access.vmi_ref(vmi)
        node = (vmi.get("status") or {}).get("nodeName")
        if not node:
            raise access.Unavailable(f"VMI {ref} has no node yet: domain not checked")
        try:
            pods = self.cluster.list(kube.POD, ns, f"{CREATED_BY}={vmi['metadata']['uid']}")
        except errors.ApiError as exc:
            if exc.status == 403:
                raise access.Unavailable(
                    f"no permission to list pods in namespace {ns} (pods, list): "
                    f"domain of VMI {ref} not checked; {OFF_HINT}"
                ) from exc
            raise access.Unavailable(
                f"cannot list the virt-launcher pods of VMI {ref}: {exc.message}: domain not checked"
            ) from exc
        except errors.Unreachable as exc:
            raise access.Unavailable(f"{exc}: domain of VMI {ref} not checked") from exc
        pod = pick_launcher(pods, node)
        if pod is None:
            raise access.Unavailable(f"no running virt-launcher pod for VMI {ref} on node {node}")
        return pod

    # -- exec -----------------------------------------------------------------------------
    def _virsh(self, vmi: dict[str, Any], pod: dict[str, Any], args: list[str]) -> ExecResult:
        command = ["virsh", "-c", libvirt_uri(pod, vmi), *args]
        return self.exec(pod, command, vmi_ref=access.vmi_ref(vmi))

    def exec(self, pod: dict[str, Any], command: list[str], *, vmi_ref: str) -> ExecResult:
        """Run ``command`` in the pod's compute container; Unavailable if it cannot be run."""
        meta = pod["metadata"]
        ns, name = meta["namespace"], meta["name"]
        conf = self.cluster.configuration
        query = [("container", CONTAINER), *(("command", c) for c in command)]
        query += [("stdout", "true"), ("stderr", "true")]
        base = urllib.parse.urlsplit(conf.host)
        scheme = "wss" if base.scheme == "https" else "ws"
        url = urllib.parse.urlunsplit(
            (
                scheme,
                base.netloc,
                f"{base.path.rstrip('/')}/api/v1/namespaces/{ns}/pods/{name}/exec",
                urllib.parse.urlencode(query),
                "",
            )
        )
        try:
            return _run_exec(conf, self.cluster.ssl_context, url, self.timeout)
        except _Refused as exc:
            if exc.status == 403:
                raise access.Unavailable(
                    f"no permission to exec into virt-launcher pods in namespace {ns} (pods/exec, create): "
                    f"domain of VMI {vmi_ref} not checked; {OFF_HINT}"
                ) from exc
            raise access.Unavailable(
                f"cannot exec into pod {ns}/{name} for VMI {vmi_ref}: {exc}: domain not checked"
            ) from exc
        except TimeoutError as exc:
            raise access.Unavailable(
                f"exec into pod {ns}/{name} for VMI {vmi_ref} timed out after {self.timeout:g}s: "
                "domain not checked"
            ) from exc
        except (OSError, _ProtocolError) as exc:
            raise access.Unavailable(
                f"cannot exec into pod {ns}/{name} for VMI {vmi_ref}: {_one_line(str(exc))}: "
                "domain not checked"
            ) from exc

    @staticmethod
    def _repair(result: ExecResult) -> None:
        if result.exit_code != 0:
            raise access.RepairFailed(result.stderr.strip() or f"virsh exited with {result.exit_code}")


# -- pure helpers ------------------------------------------------------------------------
def _one_line(text: str) -> str:
    return " ".join(text.split())[:300]


def pick_launcher(pods: list[dict[str, Any]], node: str) -> dict[str, Any] | None:
    """The Running, not terminating pod on ``node``: during a migration the source and target
    launchers both carry the label; the domain the VMI reports is on ``status.nodeName``."""
    for pod in pods:
        if (
            (pod.get("spec") or {}).get("nodeName") == node
            and (pod.get("status") or {}).get("phase") == "Running"
            and not pod["metadata"].get("deletionTimestamp")
        ):
            return pod
    return None


def libvirt_uri(pod: dict[str, Any], vmi: dict[str, Any]) -> str:
    """Which virtqemud the launcher runs: non-root (KubeVirt's default) or root.

    The pod says it best: virt-controller passes ``--run-as-nonroot`` to the compute container and
    runs it as uid 107 (root launchers: uid 0). Failing that, KubeVirt's own rule on the VMI
    (vmitrait.IsNonRoot: ``status.runtimeUser`` != 0 or the ``kubevirt.io/nonroot`` annotation);
    a VMI that says nothing (no mutating webhook ran) counts as the default, non-root.
    """
    spec = pod.get("spec") or {}
    compute: dict[str, Any] = next(
        (c for c in spec.get("containers") or [] if c.get("name") == CONTAINER), {}
    )
    argv = [*(compute.get("command") or []), *(compute.get("args") or [])]
    if NONROOT_FLAG in argv:
        return NONROOT_URI
    for ctx in (compute.get("securityContext"), spec.get("securityContext")):
        user = (ctx or {}).get("runAsUser")
        if user is not None:
            return ROOT_URI if int(user) == 0 else NONROOT_URI
    if any(a.startswith("--uid") for a in argv):  # a launcher command line without the flag
        return ROOT_URI
    if NONROOT_ANNOTATION in ((vmi.get("metadata") or {}).get("annotations") or {}):
        return NONROOT_URI
    runtime_user = (vmi.get("status") or {}).get("runtimeUser")
    return ROOT_URI if runtime_user is not None and int(runtime_user) == 0 else NONROOT_URI


def parse_dominfo(text: str) -> dict[str, str]:
    """``virsh dominfo``'s ``Key:   value`` lines, up to the first blank line."""
    fields: dict[str, str] = {}
    for line in text.splitlines():
        if not line.strip():
            break
        key, sep, value = line.partition(":")
        if sep:
            fields[key.strip()] = value.strip()
    return fields


def parse_read(result: ExecResult, *, where: str, vmi_ref: str) -> access.Reading:
    """``virsh "dominfo D; dumpxml D"`` as a Reading.

    virsh runs every ``;``-separated command even after one fails and exits 1 if any failed, so
    an unknown domain prints "failed to get domain" once per command.
    """
    if result.exit_code != 0:
        if "failed to get domain" in result.stderr or "Domain not found" in result.stderr:
            return access.Reading(state=access.ABSENT, where=where)
        raise access.Unavailable(
            f"virsh in {where} could not read the domain of VMI {vmi_ref}: "
            f"{_one_line(result.stderr) or f'exit code {result.exit_code}'}"
        )
    info = parse_dominfo(result.stdout)
    start = result.stdout.find("<domain")
    if "State" not in info or start < 0:
        raise access.Unavailable(
            f"virsh in {where} answered no dominfo/dumpxml for VMI {vmi_ref}: "
            f"{_one_line(result.stdout)[:120]!r}"
        )
    persistent = {"yes": True, "no": False}.get(info.get("Persistent", ""))
    return access.Reading(
        state=info["State"], xml=result.stdout[start:].strip() + "\n", persistent=persistent, where=where
    )


# -- the WebSocket exchange ----------------------------------------------------------------
class _Refused(Exception):
    """The API server (or kubelet) refused the upgrade; carries the HTTP status."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


class _ProtocolError(Exception):
    pass


def _ssl_options(conf: Any, context: ssl.SSLContext) -> dict[str, Any]:
    """websocket-client's options: the Cluster's own TLS context (CA and client certificate held in
    memory, see credentials.load), and the server name the kubeconfig asks for."""
    # With a context, websocket-client ignores cert_reqs/check_hostname: the context decides.
    opts: dict[str, Any] = {"context": context}
    if getattr(conf, "tls_server_name", None):
        opts["server_hostname"] = conf.tls_server_name
    return opts


def _status_message(body: Any) -> str:
    text = body.decode(errors="replace") if isinstance(body, bytes) else str(body or "")
    try:
        return _one_line(str(json.loads(text).get("message") or text))
    except (ValueError, AttributeError):
        return _one_line(text)


def _run_exec(conf: Any, context: ssl.SSLContext, url: str, timeout: float) -> ExecResult:
    import websocket

    headers = [
        f"authorization: {auth['value']}"
        for auth in conf.auth_settings().values()
        if auth.get("in") == "header" and auth.get("key") == "authorization" and auth.get("value")
    ] + [f"User-Agent: {kube.user_agent()}"]
    connect: dict[str, Any] = {"header": headers, "subprotocols": SUBPROTOCOLS, "timeout": timeout}
    if conf.proxy:
        proxy = urllib.parse.urlsplit(conf.proxy)
        connect.update(http_proxy_host=proxy.hostname, http_proxy_port=proxy.port, proxy_type="http")
    deadline = time.monotonic() + timeout
    ws = websocket.WebSocket(sslopt=_ssl_options(conf, context), skip_utf8_validation=True)
    try:
        try:
            ws.connect(url, **connect)  # type: ignore[no-untyped-call]
        except websocket.WebSocketBadStatusException as exc:
            raise _Refused(exc.status_code, _status_message(exc.resp_body)) from exc
        except websocket.WebSocketTimeoutException as exc:
            raise TimeoutError(str(exc)) from exc
        except websocket.WebSocketException as exc:
            raise _ProtocolError(str(exc)) from exc
        out: dict[int, bytearray] = {STDOUT: bytearray(), STDERR: bytearray(), ERROR: bytearray()}
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError("exec timed out")
            ws.settimeout(left)
            try:
                opcode, data = ws.recv_data()
            except websocket.WebSocketConnectionClosedException:
                break
            except websocket.WebSocketTimeoutException as exc:
                raise TimeoutError(str(exc)) from exc
            except websocket.WebSocketException as exc:
                raise _ProtocolError(str(exc)) from exc
            if opcode == websocket.ABNF.OPCODE_CLOSE:
                break
            if data and data[0] in out:  # 255 (v5 CLOSE signal) and unknown channels ignored
                out[data[0]] += data[1:]
    finally:
        ws.close(timeout=1)
    return ExecResult(
        stdout=out[STDOUT].decode(errors="replace"),
        stderr=out[STDERR].decode(errors="replace"),
        exit_code=_exit_code(bytes(out[ERROR])),
    )


def _exit_code(status_bytes: bytes) -> int:
    """The exit code in the error channel's metav1.Status (client-go's errorDecoderV4 rules)."""
    if not status_bytes:
        raise _ProtocolError("the exec stream ended without a status")
    try:
        status = json.loads(status_bytes)
    except ValueError as exc:
        raise _ProtocolError(f"the exec stream's status is not JSON: {status_bytes[:200]!r}") from exc
    if status.get("status") == "Success":
        return 0
    if status.get("reason") == "NonZeroExitCode":
        for cause in (status.get("details") or {}).get("causes") or []:
            if cause.get("reason") == "ExitCode":
                return int(cause.get("message", "1"))
        raise _ProtocolError("NonZeroExitCode without an ExitCode cause")
    raise _ProtocolError(str(status.get("message") or status))
