"""The only module that talks to the Kubernetes API.

Every call goes through :func:`Cluster.request` with plain JSON dicts (no generated client
models), so the same code serves KubeVirt, CDI and core kinds. Writes use server-side apply
with one fixed field manager. Reads and waits of an object go through one cache, the shared list
and watch of its kind and namespace (:meth:`Cluster.read`, :meth:`Cluster.follow`,
watching.py), so that a preview of many resources costs one list per kind and namespace and a
wait for many one LIST and one WATCH, not one GET each.

Requests that fail for a reason that passes are retried (tunables.RetrySettings: exponential
backoff, capped, a total deadline, the server's ``Retry-After`` honoured), by one policy
(:func:`retryable`) for every verb: 429 always (the server did not process it); 500/502/503/504
and a reset or timed-out connection for idempotent requests (:func:`idempotent`: GET, LIST,
DELETE, server-side apply, JSON merge patch); for those also a refused connection, once the
server has answered this Cluster before (it is restarting), so that a cluster that was never
reachable is reported at once and a preview does not stall on it. Every wait's fetch goes
through here, so a wait survives an API server restart.

No lock is held while a request is out: one slow LIST delays only the readers that wait for its
answer (read), never an apply, a delete or a read of another kind or namespace.

Transport: urllib3 directly (:class:`Transport`), not the kubernetes client, whose import
(its config loaders, every API and model class) would be most of a plugin's start-up
(docs/performance.md). Every connection uses the one ``ssl.SSLContext`` that credentials.load
built in memory, so no certificate or key file has to exist while the provider runs; the exec
stream (domain/launcher.py) uses the same context.
"""

from __future__ import annotations

import dataclasses
import email.utils
import json
import math
import ssl
import threading
import time
import urllib.parse
from collections.abc import Callable, Iterator
from typing import Any

from pulumi_kubevirt_provider import credentials, errors, operation, settings, tunables, watching

FIELD_MANAGER = "pulumi-kubevirt"
APPLY_PATCH = "application/apply-patch+yaml"
MERGE_PATCH = "application/merge-patch+json"
# Idempotent: sent twice, the same result as once, so a retry after a lost answer is safe. A
# server-side apply or a JSON merge patch sets fields to values (the provider's merge patches:
# the graceful stop, the cloud-init Secrets' owner, a list put back as declared); a JSON patch
# (which may append to a list) or a POST is not idempotent.
IDEMPOTENT_METHODS = ("GET", "HEAD", "DELETE")
IDEMPOTENT_PATCHES = (APPLY_PATCH, MERGE_PATCH)
RETRY_STATUSES = watching.TRANSIENT  # 429, 500, 502, 503, 504: the watch treats them alike
# Which transport this process serves (the plugin's main sets "plugin"); it goes into the
# User-Agent, so that the API server's audit log tells the transports apart (bench/run.py).
TRANSPORT = "dynamic"


def user_agent() -> str:
    from importlib import metadata

    try:
        version = metadata.version("pulumi-kubevirt")
    except metadata.PackageNotFoundError:
        version = "0"
    return f"pulumi-kubevirt/{version} ({TRANSPORT})"


@dataclasses.dataclass(frozen=True)
class Kind:
    """What the API needs to address one kind."""

    api_version: str
    kind: str
    plural: str
    namespaced: bool = True

    def path(self, namespace: str | None, name: str | None = None) -> str:
        group_version = self.api_version
        base = f"/api/{group_version}" if "/" not in group_version else f"/apis/{group_version}"
        if self.namespaced and namespace is not None:
            base += f"/namespaces/{namespace}"
        base += f"/{self.plural}"
        return f"{base}/{name}" if name else base


VM = Kind("kubevirt.io/v1", "VirtualMachine", "virtualmachines")
VMI = Kind("kubevirt.io/v1", "VirtualMachineInstance", "virtualmachineinstances")
VMIM = Kind("kubevirt.io/v1", "VirtualMachineInstanceMigration", "virtualmachineinstancemigrations")
DATAVOLUME = Kind("cdi.kubevirt.io/v1beta1", "DataVolume", "datavolumes")
SERVICE = Kind("v1", "Service", "services")
SECRET = Kind("v1", "Secret", "secrets")
POD = Kind("v1", "Pod", "pods")


class Cluster:
    """A connection to one cluster, built from the stack's settings at call time.

    Holds no credentials beyond the client it builds; never serialized into state.
    """

    LIST_TTL = tunables.TUNABLES.list_ttl  # seconds a list that is not followed answers reads
    POLL_INTERVAL = 0.5  # seconds between the polls of a wait where there is no watch (see follow)
    FRESH_WAIT = 0.1  # read(at_least=...): how long the cache may take to catch up before a GET

    def __init__(
        self,
        cfg: settings.ClusterSettings,
        *,
        sleep: Callable[[float], bool | None] | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        """``sleep`` waits between retries and returns True if the wait was cancelled (default:
        the operation's cancel event); ``clock`` measures the retry deadline."""
        self.settings = cfg
        creds = credentials.load(cfg.kubeconfig, cfg.context)
        self._api = Transport(creds)
        self._ssl_context = creds.ssl_context
        self._server = str(creds.configuration.host)
        self._sleep = sleep if sleep is not None else operation.cancelled.wait
        self._clock = clock
        self._reached = False  # the server has answered this Cluster at least once
        # Guards the dicts below; never held while a request is out (a LIST may take 90 s of
        # retries, and every write passes through _wrote()).
        self._lock = threading.Lock()
        # The one cache: per kind and namespace, the shared list and watch every read and wait uses.
        self._watches: dict[tuple[str, str | None], watching.SharedWatch] = {}
        # this Cluster's last write per kind and namespace: when, and its resourceVersion if a number
        self._written: dict[tuple[str, str | None], tuple[float, int | None]] = {}

    @property
    def configuration(self) -> Any:
        """The client configuration (host, credentials, proxy), for the exec stream."""
        return self._api.configuration

    @property
    def ssl_context(self) -> ssl.SSLContext:
        """The TLS context (CA, client certificate) every connection to this cluster uses."""
        return self._ssl_context

    # -- raw requests -------------------------------------------------------------------
    def request(
        self,
        method: str,
        path: str,
        *,
        query: dict[str, Any] | None = None,
        body: Any = None,
        content_type: str | None = None,
        timeout: float = tunables.TUNABLES.request_timeout,
    ) -> Any:
        """One API call, retried as the module docstring says; the JSON answer, or raises
        ApiError (the server's Status) or Unreachable."""
        policy = self.settings.retry
        start = self._clock()
        attempt = 0
        while True:
            attempt += 1
            try:
                return self._send(method, path, query, body, content_type, timeout)
            except _Transient as transient:
                failure, cause, retry_after = transient.error, transient.cause, transient.retry_after
            # Decided outside the except block, so that what is raised does not chain _Transient.
            if not retryable(method, content_type, cause, reached=self._reached):
                raise failure from failure.__cause__
            elapsed = self._clock() - start
            if retry_after is not None:
                delay = min(retry_after, policy.max_retry_after)
            else:
                delay = policy.backoff(attempt)
            if attempt >= policy.attempts or elapsed + delay > policy.deadline or self._sleep(delay):
                note = f" (gave up after {attempt} attempt{'s' if attempt > 1 else ''} in {elapsed:.0f}s)"
                if isinstance(failure, errors.ApiError):
                    failure.message += note
                    failure.args = (failure.message,)
                else:
                    failure.args = (f"{failure}{note}",)
                raise failure from failure.__cause__

    def _send(
        self,
        method: str,
        path: str,
        query: dict[str, Any] | None,
        body: Any,
        content_type: str | None,
        timeout: float,
    ) -> Any:
        """One attempt. A failure that a retry may cure comes wrapped in _Transient."""
        headers = {"Accept": "application/json"}
        if content_type:
            headers["Content-Type"] = content_type
        elif body is not None:
            headers["Content-Type"] = "application/json"
        import urllib3.exceptions

        try:
            response = self._api.send(method, path, query, headers, body, timeout)
            data = response.data
        except urllib3.exceptions.SSLError as exc:  # TLS failures: status 0, never cured by a retry
            raise errors.ApiError.from_response(0, None, method, path) from exc
        except Exception as exc:  # connection refused or reset, timeout, DNS
            reason = _reason(exc)
            unreachable = errors.Unreachable(
                f"cannot reach the Kubernetes API at {self._server}: {_one_line(reason)}"
            )
            unreachable.__cause__ = exc
            raise _Transient(unreachable, REFUSED if _is_refused(reason) else RESET) from exc
        self._reached = True
        if response.status >= 400:
            error = errors.ApiError.from_response(response.status, data, method, path)
            if response.status in RETRY_STATUSES:
                cause = THROTTLED if response.status == 429 else UNAVAILABLE
                raise _Transient(error, cause, retry_after=_retry_after(response.headers))
            raise error
        return json.loads(data) if data else None

    # -- objects ------------------------------------------------------------------------
    def get(self, kind: Kind, namespace: str, name: str) -> dict[str, Any] | None:
        try:
            return dict(self.request("GET", kind.path(namespace, name)))
        except errors.NotFound:
            return None

    def read(
        self, kind: Kind, namespace: str, name: str, *, at_least: int | None = None
    ) -> dict[str, Any] | None:
        """The one read of an object: from the shared cache of its kind and namespace
        (watching.SharedWatch), so that N reads of one kind and namespace cost one LIST, not N
        GETs. The answer is from a state the cache follows now, or listed at most LIST_TTL ago
        and after this Cluster's last write of the kind and namespace. A user who may not list
        GETs the object alone.

        ``at_least``: a resourceVersion (of a write, or of an object read, of any kind) the answer
        must be at least as new as; a cache that has not seen it within FRESH_WAIT (an event on
        its way; or nothing of this kind changed since, so its version lags behind) is passed over
        for a GET, as is one that is failing. For reads that act (outputs, repairs): never a state
        older than the one they follow. A WATCH that fails (an API server restarting) is passed
        over for a GET too; a LIST that failed (after kube's retries) is said to every reader that
        waited for it. Raises errors.Cancelled on a Cancel (Ctrl-C)."""
        watch = self._watch(kind, namespace)
        with self._lock:
            written_at, written = self._written.get(_key(kind, namespace), (-math.inf, None))
        # Not older than this Cluster's last write there: its version when the server gave a
        # number (the watch brings it), else a list asked after it.
        floor = max(at_least or 0, written or 0)
        after = time.monotonic() - self.LIST_TTL
        wait = tunables.TUNABLES.request_timeout if at_least is None else self.FRESH_WAIT
        try:
            answered, _, obj = watch.read(
                name,
                at_least=floor,
                after=after if written is not None else max(after, written_at),
                poll_after=written_at,
                wait=wait,
            )
        except (watching.Unusable, watching.WatchFailed):
            answered, obj = False, None  # a GET, retried as every request is
        except errors.Cancelled:
            answered, obj = False, None  # said below, naming the object
        except (errors.Unreachable, errors.ApiError):
            if at_least is None:
                raise  # the LIST that every reader waiting shared, retried already: said to each
            answered, obj = False, None
        if answered:
            return obj
        if operation.cancelled.is_set():
            raise errors.Cancelled(f"cancelled while reading {kind.kind} {namespace}/{name}", None)
        return self.get(kind, namespace, name)

    def follow(
        self, kind: Kind, namespace: str, name: str, written: dict[str, Any] | None
    ) -> Callable[[], dict[str, Any] | None]:
        """A fetch for waiting.until (called with ``interval=0``: it paces itself), through the
        same shared cache as :meth:`read`: the object once the cache has seen ``written`` (the
        server's answer to the write the wait follows), then each time it changes, or every
        POLL_INTERVAL while it does not; until the cache has caught up it answers ``written``
        itself. Where the cache polls (no watch; or ``written`` has no numeric version): from a
        list asked after the wait began and at most POLL_INTERVAL/2 ago, one LIST for every wait
        of the kind and namespace, at POLL_INTERVAL. Where it may not list: a GET each time.
        A server that is passing (Unreachable, 429, 5xx) is outlasted: the wait goes on."""
        since = time.monotonic()
        at_least = watching.version_of(written)
        watch = self._watch(kind, namespace)
        state: dict[str, Any] = {"seen": None, "obj": written, "polls": 0}

        def fetch() -> dict[str, Any] | None:
            polling = watch.polling or at_least is None
            if polling and state["polls"]:
                self._sleep(self.POLL_INTERVAL)  # waiting.until hears a Cancel that ends it
            state["polls"] += 1
            fresh_list = max(since, time.monotonic() - self.POLL_INTERVAL / 2)
            try:
                answered, count, obj = watch.read(
                    name,
                    at_least=at_least or 0,
                    seen=None if polling else state["seen"],
                    after=fresh_list if polling else -math.inf,
                    poll_after=fresh_list,
                    wait=tunables.TUNABLES.request_timeout if polling else self.POLL_INTERVAL,
                )
            except watching.Unusable:
                if state["polls"] > 1:
                    self._sleep(self.POLL_INTERVAL)
                return self.get(kind, namespace, name)
            except errors.ApiError as exc:
                if exc.status not in RETRY_STATUSES:
                    raise
                self._sleep(self.POLL_INTERVAL)  # the wait goes on (waiting.until): not in a tight loop
                raise errors.Unreachable(str(exc)) from exc
            except errors.Unreachable:
                self._sleep(self.POLL_INTERVAL)
                raise
            if answered:
                state["seen"], state["obj"] = count, obj
            return dict(state["obj"]) if state["obj"] is not None else None

        return fetch

    def _watch(self, kind: Kind, namespace: str) -> watching.SharedWatch:
        """The shared cache of ``kind`` in ``namespace`` (the only one: see watching.py)."""
        with self._lock:
            watch = self._watches.get(_key(kind, namespace))
            if watch is None:
                watch = watching.SharedWatch(
                    lambda: dict(self.request("GET", kind.path(namespace))),
                    lambda version: self.watch_events(kind, namespace, version),
                    name=f"{kind.plural} in {namespace or 'all namespaces'}",
                )
                self._watches[_key(kind, namespace)] = watch
        return watch

    def _wrote(self, kind: Kind, namespace: str | None, answer: Any = None) -> None:
        """After a write (``answer``: the server's): a read of its kind and namespace is answered
        from a state that has it (see read)."""
        version = watching.version_of(answer) if isinstance(answer, dict) else None
        with self._lock:
            self._written[_key(kind, namespace)] = (time.monotonic(), version)

    def watch_events(self, kind: Kind, namespace: str, version: str) -> Iterator[dict[str, Any]]:
        """The events of one WATCH request from ``version``, decoded as they arrive, until the
        server ends it (after watching.WATCH_SECONDS). Raises ApiError (410 Gone: the version is
        too old) or Unreachable (the connection broke)."""
        query = {
            "watch": "true",
            "resourceVersion": version,
            "allowWatchBookmarks": "true",
            "timeoutSeconds": str(watching.WATCH_SECONDS),
        }
        headers = {"Accept": "application/json"}
        try:
            raw = self._api.send(
                "GET", kind.path(namespace), query, headers, None, (10, watching.WATCH_SECONDS + 30)
            )
        except Exception as exc:
            raise errors.Unreachable(
                f"cannot reach the Kubernetes API at {self._server}: {_one_line(_reason(exc))}"
            ) from exc
        self._reached = True
        if raw.status >= 400:
            raise errors.ApiError.from_response(raw.status, raw.data, "WATCH", kind.path(namespace))
        pending, finished = b"", False
        try:
            for chunk in raw.stream(decode_content=True):
                pending += chunk
                *lines, pending = pending.split(b"\n")
                for line in lines:
                    if line.strip():
                        yield json.loads(line)
            finished = True
        except Exception as exc:  # reset, read timeout, a cut chunk
            raise errors.Unreachable(f"the watch of {kind.plural} broke: {_one_line(_reason(exc))}") from exc
        finally:
            if not finished:  # broken, or the reader stopped early: this connection is not reusable
                raw.close()
            raw.release_conn()

    def apply(
        self, kind: Kind, obj: dict[str, Any], *, dry_run: bool = False, force: bool = False
    ) -> dict[str, Any]:
        """Server-side apply ``obj`` with our field manager; a conflict names the other manager."""
        meta = obj["metadata"]
        query: dict[str, Any] = {"fieldManager": FIELD_MANAGER, "fieldValidation": "Strict"}
        if force:
            query["force"] = "true"
        if dry_run:
            query["dryRun"] = "All"
        body = dict(obj, apiVersion=kind.api_version, kind=kind.kind)
        result = self.request(
            "PATCH",
            kind.path(meta.get("namespace"), meta["name"]),
            query=query,
            body=body,
            content_type=APPLY_PATCH,
        )
        if not dry_run:
            self._wrote(kind, meta.get("namespace"), result)
        return dict(result)

    def patch(
        self, kind: Kind, namespace: str, name: str, patch: dict[str, Any], subresource: str = ""
    ) -> dict[str, Any]:
        """A JSON merge patch (idempotent: retried as an apply is)."""
        path = kind.path(namespace, name) + (f"/{subresource}" if subresource else "")
        answer = None
        try:
            answer = dict(self.request("PATCH", path, body=patch, content_type=MERGE_PATCH))
            return answer
        finally:
            self._wrote(kind, namespace, answer)

    def delete(
        self,
        kind: Kind,
        namespace: str,
        name: str,
        propagation: str = "Background",
        *,
        uid: str | None = None,
    ) -> dict[str, Any] | None:
        """Ask for deletion: the server's answer (the object as deleted, or a Status; never
        empty), or None if it was already gone.

        ``uid``: delete only the object of that uid (``preconditions.uid``), for a delete that
        follows a read: when the name now belongs to a newer object, the server refuses with 409
        (errors.Conflict) and deletes nothing; the caller reads again and decides.

        Background, not Foreground: foreground deletion needs the garbage collector, which a
        bare API server (the sandbox) lacks, and KubeVirt's own finalizers already make a VM
        wait for its VMI.
        """
        answer = None
        try:
            answer = self.request(
                "DELETE",
                kind.path(namespace, name),
                body={
                    "kind": "DeleteOptions",
                    "apiVersion": "v1",
                    "propagationPolicy": propagation,
                    **({"preconditions": {"uid": uid}} if uid else {}),
                },
            )
        except errors.NotFound:
            return None
        finally:
            self._wrote(kind, namespace, answer)
        return dict(answer or {"kind": "Status"})

    def list(self, kind: Kind, namespace: str, label_selector: str | None = None) -> list[dict[str, Any]]:
        query = {"labelSelector": label_selector} if label_selector else None
        return list(self.request("GET", kind.path(namespace), query=query)["items"])

    def close(self) -> None:
        self._api.close()


# -- the retry policy ----------------------------------------------------------------------------
# Why an attempt failed, when a retry may cure it:
THROTTLED = "throttled"  # 429: the server did not process the request
UNAVAILABLE = "unavailable"  # 500, 502, 503, 504: it may have
RESET = "reset"  # the connection was reset or timed out after it was made: it may have
REFUSED = "refused"  # nothing listens (refused, no answer to connect, DNS): it did not


def idempotent(method: str, content_type: str | None) -> bool:
    """Whether sending the request twice has the same effect as sending it once."""
    return method in IDEMPOTENT_METHODS or (method == "PATCH" and content_type in IDEMPOTENT_PATCHES)


def retryable(method: str, content_type: str | None, cause: str, *, reached: bool) -> bool:
    """The one place that decides whether a failed attempt is sent again (within the attempts
    and deadline of tunables.RetrySettings). ``reached``: the server has answered this Cluster
    before, so a refused connection means it is restarting (a server never reached is reported
    at once)."""
    if cause == THROTTLED:
        return True
    if not idempotent(method, content_type):
        return False
    return reached if cause == REFUSED else cause in (UNAVAILABLE, RESET)


# -- helpers -------------------------------------------------------------------------------------
class _Transient(Exception):
    """An attempt's failure (ApiError or Unreachable) and its cause (THROTTLED, UNAVAILABLE,
    RESET or REFUSED), for :func:`retryable`."""

    def __init__(self, error: errors.ProviderError, cause: str, *, retry_after: float | None = None):
        super().__init__(str(error))
        self.error, self.cause, self.retry_after = error, cause, retry_after


def _key(kind: Kind, namespace: str | None) -> tuple[str, str | None]:
    return kind.plural + "." + kind.api_version, namespace


class Transport:
    """HTTP to one API server through urllib3, as the kubernetes client's ApiClient and
    RESTClientObject send it (same pool manager and pool arguments, URL, headers, JSON body and
    timeouts), without importing the client.

    The pool manager: PoolManager, ProxyManager or SOCKSProxyManager, by the configuration's
    proxy and no_proxy; every new connection pool gets ``creds.ssl_context`` (otherwise urllib3
    would load certificate files per connection), the server name the kubeconfig asks for, the
    client's pool size. Retries are ours (``Cluster.request``): urllib3's own are switched off.
    The Authorization header is asked of the configuration for every request, so that a token
    the kubernetes client's loader refreshes (exec plugins) stays current.
    """

    def __init__(self, creds: credentials.Credentials) -> None:
        import urllib3

        conf = creds.configuration
        self.configuration = conf
        pool_args: dict[str, Any] = {
            "cert_reqs": ssl.CERT_REQUIRED if conf.verify_ssl else ssl.CERT_NONE,
            "retries": False,
            "ssl_context": creds.ssl_context,
        }
        if getattr(conf, "assert_hostname", None) is not None:
            pool_args["assert_hostname"] = conf.assert_hostname
        if conf.tls_server_name:
            pool_args["server_hostname"] = conf.tls_server_name
        if conf.socket_options is not None:
            pool_args["socket_options"] = conf.socket_options
        if conf.connection_pool_maxsize is not None:
            pool_args["maxsize"] = conf.connection_pool_maxsize
        self.pool_manager: urllib3.PoolManager
        if conf.proxy and not _bypass_proxy(conf.host, conf.no_proxy or ""):
            if conf.proxy.split("://")[0].lower() in ("socks4", "socks4a", "socks5", "socks5h"):
                from urllib3.contrib.socks import SOCKSProxyManager

                self.pool_manager = SOCKSProxyManager(conf.proxy, headers=conf.proxy_headers, **pool_args)
            else:
                if getattr(conf, "proxy_ssl_context", None) is not None:
                    pool_args["proxy_ssl_context"] = conf.proxy_ssl_context
                self.pool_manager = urllib3.ProxyManager(
                    conf.proxy, proxy_headers=conf.proxy_headers, **pool_args
                )
        else:
            self.pool_manager = urllib3.PoolManager(**pool_args)
        self.user_agent = user_agent()

    def url(self, path: str, query: dict[str, Any] | None = None) -> str:
        """The URL of ``path`` with ``query``, as the client's ApiClient.param_serialize writes it."""
        url = str(self.configuration.host) + path
        if query:
            url += "?" + "&".join(f"{k}={urllib.parse.quote(_query_value(v))}" for k, v in query.items())
        return url

    def send(
        self,
        method: str,
        path: str,
        query: dict[str, Any] | None,
        headers: dict[str, str],
        body: Any,
        timeout: float | tuple[float, float],
    ) -> Any:
        """The urllib3 response (not read: ``preload_content=False``); raises urllib3's errors."""
        import urllib3

        url = self.url(path, query)
        headers = dict(headers, **{"User-Agent": self.user_agent})
        for auth in self.configuration.auth_settings().values():
            if auth.get("in") == "header" and auth.get("value"):
                headers[auth["key"]] = auth["value"]
        if isinstance(timeout, tuple):
            limit = urllib3.Timeout(connect=timeout[0], read=timeout[1])
        else:
            limit = urllib3.Timeout(total=timeout)
        payload = None
        if method in ("POST", "PUT", "PATCH", "OPTIONS", "DELETE") and body is not None:
            payload = json.dumps(body)
        return self.pool_manager.request(
            method, url, body=payload, headers=headers, timeout=limit, preload_content=False
        )

    def close(self) -> None:
        self.pool_manager.clear()


def _query_value(value: Any) -> str:
    """A query parameter's value as the kubernetes client writes it (booleans in lower case)."""
    if isinstance(value, bool):
        return str(value).lower()
    return json.dumps(value) if isinstance(value, dict) else str(value)


def _bypass_proxy(url: str, no_proxy: str) -> bool:
    """Whether ``url`` matches the comma-separated ``no_proxy`` rules (as the kubernetes
    client's rest.should_bypass_proxies)."""
    import ipaddress

    parsed = urllib.parse.urlparse(url)
    if not parsed.hostname:
        return True
    host, host_and_port = parsed.hostname.lower(), parsed.netloc.lower()
    try:
        host_ip: Any = ipaddress.ip_address(host)
    except ValueError:
        host_ip = None
    for entry in (entry.strip().lower() for entry in no_proxy.split(",")):
        if not entry:
            continue
        if entry == "*":
            return True
        if host_ip is not None:
            try:
                if host_ip in ipaddress.ip_network(entry, strict=False):
                    return True
            except ValueError:
                pass
        entry = entry.lstrip(".")
        if host in (entry,) or host.endswith("." + entry) or host_and_port == entry:
            return True
        if host_and_port.endswith("." + entry):
            return True
    return False


def _reason(exc: BaseException) -> BaseException:
    """The underlying error of urllib3's wrappers (MaxRetryError carries it as ``reason``)."""
    reason = getattr(exc, "reason", None)
    return reason if isinstance(reason, BaseException) else exc


def _is_refused(exc: BaseException) -> bool:
    import urllib3.exceptions

    if isinstance(exc, (urllib3.exceptions.NewConnectionError, urllib3.exceptions.ConnectTimeoutError)):
        return True
    return isinstance(exc, (ConnectionRefusedError,))


def _retry_after(headers: Any) -> float | None:
    """``Retry-After`` in seconds (a number or an HTTP date), or None."""
    value = (headers or {}).get("Retry-After")
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split())[:300]
