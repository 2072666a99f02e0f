"""The only module that talks to the Kubernetes API.

Every call goes through :func:`Cluster.request` with plain JSON dicts (no generated client
models), so the same code serves KubeVirt, CDI and core kinds. Writes use server-side apply
with one fixed field manager; reads used by no-op previews go through a short-lived list cache
so that a preview of many resources costs one list per kind and namespace, not one GET each.

TLS: the client gets the one ``ssl.SSLContext`` that settings.credentials built in memory, so
no certificate or key file has to exist while the provider runs; the exec stream
(domain/launcher.py) uses the same context.
"""

from __future__ import annotations

import dataclasses
import json
import ssl
import threading
import time
from typing import Any

from pulumi_kubevirt_provider import errors, settings

FIELD_MANAGER = "pulumi-kubevirt"


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

    LIST_TTL = 5.0  # seconds a cached list answers reads during one preview

    def __init__(self, cfg: settings.ClusterSettings) -> None:
        self.settings = cfg
        creds = cfg.credentials()
        self._api = _api_client(creds)
        self._ssl_context = creds.ssl_context
        self._server = str(creds.configuration.host)
        self._lists: dict[tuple[str, str | None], tuple[float, dict[str, dict[str, Any]]]] = {}
        self._lock = threading.Lock()

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
        timeout: float = 30.0,
    ) -> Any:
        headers = {"Accept": "application/json"}
        if content_type:
            headers["Content-Type"] = content_type
        elif body is not None:
            headers["Content-Type"] = "application/json"
        params = self._api.param_serialize(
            method=method,
            resource_path=path,
            query_params=list((query or {}).items()),
            header_params=headers,
            body=body,
            auth_settings=["BearerToken"],
        )
        from kubernetes.client.exceptions import ApiException

        try:
            response = self._api.call_api(*params, _request_timeout=timeout)
            response.read()
        except ApiException as exc:
            raise errors.ApiError.from_response(exc.status or 0, exc.body, method, path) from exc
        except Exception as exc:  # connection refused, TLS, DNS: the cluster is unreachable
            raise errors.Unreachable(f"cannot reach the Kubernetes API at {self._server}: {exc}") from exc
        if response.status >= 400:
            raise errors.ApiError.from_response(response.status, response.data, method, path)
        return json.loads(response.data) if response.data else None

    # -- objects ------------------------------------------------------------------------
    def get(self, kind: Kind, namespace: str, name: str) -> dict[str, Any] | None:
        try:
            return dict(self.request("GET", kind.path(namespace, name)))
        except errors.NotFound:
            return None

    def get_cached(self, kind: Kind, namespace: str, name: str) -> dict[str, Any] | None:
        """The object from a list of its kind and namespace made at most LIST_TTL ago."""
        key = (kind.plural + "." + kind.api_version, namespace)
        with self._lock:
            cached = self._lists.get(key)
            if cached is None or time.monotonic() - cached[0] > self.LIST_TTL:
                items = self.request("GET", kind.path(namespace))["items"]
                cached = (time.monotonic(), {o["metadata"]["name"]: o for o in items})
                self._lists[key] = cached
        obj = cached[1].get(name)
        return dict(obj) if obj is not None else None

    def forget(self, kind: Kind, namespace: str) -> None:
        with self._lock:
            self._lists.pop((kind.plural + "." + kind.api_version, namespace), None)

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
            content_type="application/apply-patch+yaml",
        )
        if not dry_run:
            self.forget(kind, meta.get("namespace"))
        return dict(result)

    def patch(
        self, kind: Kind, namespace: str, name: str, patch: dict[str, Any], subresource: str = ""
    ) -> dict[str, Any]:
        path = kind.path(namespace, name) + (f"/{subresource}" if subresource else "")
        return dict(self.request("PATCH", path, body=patch, content_type="application/merge-patch+json"))

    def delete(self, kind: Kind, namespace: str, name: str, propagation: str = "Background") -> bool:
        """Ask for deletion; False if it was already gone.

        Background, not Foreground: foreground deletion needs the garbage collector, which a
        bare API server (the sandbox) lacks, and KubeVirt's own finalizers already make a VM
        wait for its VMI.
        """
        try:
            self.request(
                "DELETE",
                kind.path(namespace, name),
                body={"kind": "DeleteOptions", "apiVersion": "v1", "propagationPolicy": propagation},
            )
        except errors.NotFound:
            return False
        finally:
            self.forget(kind, namespace)
        return True

    def list(self, kind: Kind, namespace: str, label_selector: str | None = None) -> list[dict[str, Any]]:
        query = {"labelSelector": label_selector} if label_selector else None
        return list(self.request("GET", kind.path(namespace), query=query)["items"])

    def close(self) -> None:
        self._api.close()


def _api_client(creds: settings.Credentials) -> Any:
    """A kubernetes ApiClient that uses ``creds.ssl_context`` for every HTTPS connection.

    RESTClientObject builds its urllib3 pool manager (PoolManager, ProxyManager or
    SOCKSProxyManager, with retries, maxsize, socket options, server_hostname, assert_hostname and
    proxy settings from the Configuration); we keep that manager and add the context to the
    keyword arguments every new connection pool gets, so that proxy, pool size and hostname rules
    stay exactly the client's own. Without it urllib3 would load certificate files per connection.
    """
    from kubernetes import client

    api = client.ApiClient(creds.configuration)
    manager = api.rest_client.pool_manager
    manager.clear()
    manager.connection_pool_kw["ssl_context"] = creds.ssl_context
    return api
