"""An in-memory stand-in for ``kube.Cluster``, for the fast tests of the provider's decisions.

It answers only what the core asks (get, list, apply, patch, delete) and stores plain dicts; the
end-to-end suites prove the same code against the real API server.
"""

from __future__ import annotations

import copy
import time
import uuid
from typing import Any

from pulumi_kubevirt_provider import errors, kube, settings
from pulumi_kubevirt_provider.resources import base


class FakeCluster:
    def __init__(self) -> None:
        self.objects: dict[tuple[str, str, str], dict[str, Any]] = {}
        self.writes: list[tuple[str, str, str]] = []
        self.polls: list[tuple[str, str, float]] = []  # a follow's fetches: kind, name, since
        self.gets: list[tuple[str, str]] = []  # get: kind, name
        self.follows: list[tuple[str, str, Any]] = []  # follow: kind, name, the write it follows
        self.deletes: list[tuple[str, str, str | None]] = []  # delete: kind, name, uid precondition
        self.version = 0  # the last resourceVersion given: one counter for every kind, as etcd's
        # read: what the shared cache still shows (an older object) until it has seen
        # ``watch_version``; None: the watch is current.
        self.stale: dict[tuple[str, str, str], dict[str, Any] | None] = {}
        self.watch_version = 0

    @staticmethod
    def _key(kind: kube.Kind, namespace: str | None, name: str) -> tuple[str, str, str]:
        return kind.kind, namespace or "", name

    def put(self, kind: kube.Kind, obj: dict[str, Any]) -> dict[str, Any]:
        obj = copy.deepcopy(obj)
        meta = obj.setdefault("metadata", {})
        meta.setdefault("uid", str(uuid.uuid4()))
        self.version += 1
        meta["resourceVersion"] = str(self.version)
        self.objects[self._key(kind, meta.get("namespace"), meta["name"])] = obj
        return obj

    def get(self, kind: kube.Kind, namespace: str, name: str) -> dict[str, Any] | None:
        self.gets.append((kind.kind, name))
        return self._get(kind, namespace, name)

    def _get(self, kind: kube.Kind, namespace: str, name: str) -> dict[str, Any] | None:
        obj = self.objects.get(self._key(kind, namespace, name))
        return copy.deepcopy(obj) if obj is not None else None

    def read(
        self, kind: kube.Kind, namespace: str, name: str, *, at_least: int | None = None
    ) -> dict[str, Any] | None:
        """As kube.Cluster.read: the shared cache's (possibly stale) view, unless ``at_least`` asks
        for a state newer than the cache has seen (then a GET)."""
        key = self._key(kind, namespace, name)
        if key in self.stale and (at_least is None or self.watch_version >= at_least):
            obj = self.stale[key]
            return copy.deepcopy(obj) if obj is not None else None
        return self.get(kind, namespace, name)

    POLL_INTERVAL = 1.0

    def follow(self, kind: kube.Kind, namespace: str, name: str, written: dict[str, Any] | None) -> Any:
        """As kube.Cluster.follow: a wait's fetch; here each call reads the store (and counts as a poll)."""
        self.follows.append((kind.kind, name, copy.deepcopy(written)))
        since = time.monotonic()

        def fetch() -> dict[str, Any] | None:
            self.polls.append((kind.kind, name, since))
            return self._get(kind, namespace, name)

        return fetch

    def list(
        self, kind: kube.Kind, namespace: str, label_selector: str | None = None
    ) -> list[dict[str, Any]]:
        return [
            copy.deepcopy(o) for (k, ns, _), o in self.objects.items() if k == kind.kind and ns == namespace
        ]

    def apply(
        self, kind: kube.Kind, obj: dict[str, Any], *, dry_run: bool = False, force: bool = False
    ) -> dict[str, Any]:
        meta = obj["metadata"]
        if dry_run:
            return copy.deepcopy(obj)
        self.writes.append(("apply", kind.kind, meta["name"]))
        live = self._get(kind, meta.get("namespace", ""), meta["name"]) or {}
        merged = {**live, **copy.deepcopy(obj)}
        merged["metadata"] = {**(live.get("metadata") or {}), **copy.deepcopy(meta)}
        return self.put(kind, merged)

    def patch(
        self, kind: kube.Kind, namespace: str, name: str, patch: dict[str, Any], subresource: str = ""
    ) -> dict[str, Any]:
        live = self._get(kind, namespace, name)
        if live is None:
            raise errors.NotFound(404, "NotFound", f"{kind.kind} {namespace}/{name} not found")
        self.writes.append(("patch", kind.kind, name))
        for key, value in patch.items():
            live[key] = {**(live.get(key) or {}), **value} if isinstance(value, dict) else value
        return self.put(kind, live)

    def delete(
        self,
        kind: kube.Kind,
        namespace: str,
        name: str,
        propagation: str = "Background",
        *,
        uid: str | None = None,
    ) -> dict[str, Any] | None:
        self.deletes.append((kind.kind, name, uid))
        live = self.objects.get(self._key(kind, namespace, name))
        if live is not None and uid is not None and live["metadata"].get("uid") != uid:
            other = live["metadata"]["uid"]
            raise errors.Conflict(
                409,
                "Conflict",
                f"Precondition failed: UID in precondition: {uid}, UID in object meta: {other}",
            )
        self.writes.append(("delete", kind.kind, name))
        return self.objects.pop(self._key(kind, namespace, name), None)


def install(domain_access: str = "off") -> tuple[settings.ClusterSettings, FakeCluster]:
    """Settings that the core resolves to a new FakeCluster (``base.cluster_for``)."""
    cfg = settings.ClusterSettings(kubeconfig=f"fake-{uuid.uuid4().hex}", domain_access=domain_access)
    fake = FakeCluster()
    base._clusters[cfg] = fake  # type: ignore[assignment]
    return cfg, fake
