"""The controllers' only door to the API server: plain dicts in, plain dicts out.

The `kubernetes` client (v37, pydantic-generated) is used for its configuration, TLS and
connection pool; requests are built with ``param_serialize`` + ``call_api`` so that every kind,
core or custom, is read and written as JSON without the typed models in between.
"""

from __future__ import annotations

import json
from typing import Any

from kubernetes import config
from kubernetes.client.rest import ApiException

FIELD_MANAGER = "kubevirt-sandbox"

# kind -> (api prefix, plural, namespaced)
KINDS: dict[str, tuple[str, str, bool]] = {
    "Node": ("/api/v1", "nodes", False),
    "Service": ("/api/v1", "services", True),
    "Endpoints": ("/api/v1", "endpoints", True),
    "PersistentVolumeClaim": ("/api/v1", "persistentvolumeclaims", True),
    "PersistentVolume": ("/api/v1", "persistentvolumes", False),
    "Secret": ("/api/v1", "secrets", True),
    "Event": ("/api/v1", "events", True),
    "EndpointSlice": ("/apis/discovery.k8s.io/v1", "endpointslices", True),
    "VirtualMachine": ("/apis/kubevirt.io/v1", "virtualmachines", True),
    "VirtualMachineInstance": ("/apis/kubevirt.io/v1", "virtualmachineinstances", True),
    "VirtualMachineInstanceMigration": ("/apis/kubevirt.io/v1", "virtualmachineinstancemigrations", True),
    "VirtualMachineInstanceReplicaSet": ("/apis/kubevirt.io/v1", "virtualmachineinstancereplicasets", True),
    "DataVolume": ("/apis/cdi.kubevirt.io/v1beta1", "datavolumes", True),
}


# The sandbox's own requests, told apart in the API server's audit log (bench/run.py).
USER_AGENT = "kubevirt-sandbox-controllers"


class NotFound(Exception):
    pass


class Conflict(Exception):
    pass


class Kube:
    def __init__(self, kubeconfig: str) -> None:
        self.api = config.new_client_from_config(config_file=kubeconfig)
        self.api.user_agent = USER_AGENT

    def close(self) -> None:
        self.api.close()

    def _path(self, kind: str, namespace: str | None = None, name: str | None = None, sub: str = "") -> str:
        prefix, plural, namespaced = KINDS[kind]
        path = prefix
        if namespaced and namespace:
            path += f"/namespaces/{namespace}"
        path += f"/{plural}"
        if name:
            path += f"/{name}"
        if sub:
            path += f"/{sub}"
        return path

    def request(
        self,
        method: str,
        path: str,
        body: Any = None,
        query: list[tuple[str, str]] | None = None,
        content_type: str = "application/json",
    ) -> dict[str, Any]:
        headers = {"Accept": "application/json", "Content-Type": content_type}
        if method in ("POST", "PUT", "PATCH"):
            query = [*(query or []), ("fieldManager", FIELD_MANAGER)]
        m, url, hdrs, data, _ = self.api.param_serialize(
            method, path, query_params=query or [], header_params=headers, body=body
        )
        try:
            resp = self.api.call_api(m, url, hdrs, data, _request_timeout=30)
            resp.read()
        except ApiException as exc:
            raise _translate(exc) from exc
        if resp.status >= 400:
            raise _translate(ApiException(http_resp=resp))
        return dict(json.loads(resp.data or b"{}"))

    # -- verbs ---------------------------------------------------------------------------
    def list(
        self, kind: str, namespace: str | None = None, labels: str | None = None
    ) -> list[dict[str, Any]]:
        query = [("labelSelector", labels)] if labels else None
        items = self.request("GET", self._path(kind, namespace), query=query).get("items") or []
        for item in items:  # lists leave kind/apiVersion out of items
            item.setdefault("kind", kind)
        return list(items)

    def get(self, kind: str, namespace: str | None, name: str) -> dict[str, Any] | None:
        try:
            return self.request("GET", self._path(kind, namespace, name))
        except NotFound:
            return None

    def create(self, kind: str, obj: dict[str, Any]) -> dict[str, Any]:
        ns = obj.get("metadata", {}).get("namespace")
        return self.request("POST", self._path(kind, ns), body=obj)

    def update(self, kind: str, obj: dict[str, Any], sub: str = "") -> dict[str, Any]:
        meta = obj["metadata"]
        return self.request("PUT", self._path(kind, meta.get("namespace"), meta["name"], sub), body=obj)

    def patch(
        self, kind: str, namespace: str | None, name: str, patch: Any, sub: str = "", json_patch: bool = False
    ) -> dict[str, Any]:
        ctype = "application/json-patch+json" if json_patch else "application/merge-patch+json"
        return self.request("PATCH", self._path(kind, namespace, name, sub), body=patch, content_type=ctype)

    def delete(self, kind: str, namespace: str | None, name: str) -> None:
        try:
            self.request(
                "DELETE", self._path(kind, namespace, name), body={"propagationPolicy": "Background"}
            )
        except NotFound:
            pass


def _translate(exc: ApiException) -> Exception:
    if exc.status == 404:
        return NotFound(str(exc.reason))
    if exc.status == 409:
        return Conflict(str(exc.reason))
    return exc


def meta(obj: dict[str, Any]) -> dict[str, Any]:
    return dict(obj.get("metadata") or {})


def key(obj: dict[str, Any]) -> str:
    m = obj["metadata"]
    return f"{m.get('namespace', '')}/{m['name']}"


def condition(type_: str, status: bool, reason: str = "", message: str = "", now: str = "") -> dict[str, Any]:
    cond: dict[str, Any] = {"type": type_, "status": "True" if status else "False"}
    if reason:
        cond["reason"] = reason
    if message:
        cond["message"] = message
    cond["lastProbeTime"] = None
    cond["lastTransitionTime"] = now or None
    return cond


def merge_conditions(old: list[dict[str, Any]], new: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``new`` conditions, keeping each one's lastTransitionTime while its status is unchanged."""
    before = {c.get("type"): c for c in old or []}
    out = []
    for cond in new:
        prev = before.get(cond["type"])
        if prev is not None and prev.get("status") == cond["status"] and prev.get("lastTransitionTime"):
            cond = dict(cond, lastTransitionTime=prev["lastTransitionTime"])
        out.append(cond)
    return out
