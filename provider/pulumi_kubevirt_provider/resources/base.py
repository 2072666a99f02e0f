"""The dynamic-provider behaviour shared by every kind: check, diff, create, update, delete, read.

Provider objects are serialized into Pulumi state by reference (they live in this installed
package) and carry no settings: the cluster connection is made in the provider process from
the stack config that ``configure`` receives, and shared by all resources of the stack.

Inputs every resource passes (the SDK's resource classes build them):
``metadata`` and ``spec`` (the manifest the user declared), ``timeouts`` (seconds per
operation), ``force`` (take over fields another field manager owns) and ``adopt`` (create may
take over an object that already exists instead of failing).
"""

from __future__ import annotations

import threading
from typing import Any, ClassVar

import pulumi.dynamic as dyn

from pulumi_kubevirt_provider import diff, errors, kube, readiness, replacements, settings, waiting

COMMON_INPUTS = ("metadata", "spec", "timeouts", "force", "adopt")

_clusters: dict[settings.ClusterSettings, kube.Cluster] = {}
_clusters_lock = threading.Lock()
_notices: set[str] = set()


def cluster_for(cfg: settings.ClusterSettings) -> kube.Cluster:
    """One connection (and one list cache) per cluster per provider process."""
    with _clusters_lock:
        if cfg not in _clusters:
            _clusters[cfg] = kube.Cluster(cfg)
        return _clusters[cfg]


def notice_once(key: str, message: str) -> None:
    if key not in _notices:
        _notices.add(key)
        waiting.log("pulumi-kubevirt", message)


def whole_numbers(value: Any) -> Any:
    """Inputs arrive through protobuf Structs, where every number is a double: 22 arrives as
    22.0. Kubernetes integer fields (ports, cores, bootOrder ...) want 22 back."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, dict):
        return {k: whole_numbers(v) for k, v in value.items()}
    if isinstance(value, list):
        return [whole_numbers(v) for v in value]
    return value


def split_id(id_: str) -> tuple[str, str]:
    namespace, _, name = id_.partition("/")
    return namespace, name


class KubeProvider(dyn.ResourceProvider):
    serialize_as_secret_always = False

    kind: ClassVar[kube.Kind]
    inputs: ClassVar[tuple[str, ...]] = COMMON_INPUTS
    default_timeouts: ClassVar[dict[str, float]] = {"create": 600, "update": 600, "delete": 300}

    _settings: settings.ClusterSettings | None = None

    # -- plumbing ----------------------------------------------------------------------
    def configure(self, req: dyn.ConfigureRequest) -> None:
        self._settings = settings.ClusterSettings.from_config(req.config.get)

    @property
    def cluster(self) -> kube.Cluster:
        return cluster_for(self._settings or settings.ClusterSettings())

    def manifest(self, props: dict[str, Any]) -> dict[str, Any]:
        metadata = {k: v for k, v in (props.get("metadata") or {}).items() if v is not None}
        return {
            "apiVersion": self.kind.api_version,
            "kind": self.kind.kind,
            "metadata": metadata,
            "spec": props.get("spec") or {},
        }

    def declared(self, props: dict[str, Any]) -> dict[str, Any]:
        return {k: props.get(k) for k in self.inputs}

    def timeout(self, props: dict[str, Any], op: str) -> float:
        given = (props.get("timeouts") or {}).get(op)
        return float(given) if given else self.default_timeouts[op]

    def label(self, props: dict[str, Any]) -> str:
        meta = props.get("metadata") or {}
        return str(meta.get("name") or "?")

    # -- hooks for kinds ---------------------------------------------------------------
    def problems(self, manifest: dict[str, Any]) -> list[tuple[str, str]]:
        """Client-side problems as (manifest path, message)."""
        from pulumi_kubevirt import models

        return [(p.location, p.message) for p in models.check(manifest)]

    def ready(self, obj: dict[str, Any] | None, props: dict[str, Any]) -> Any:
        raise NotImplementedError

    def status_outputs(self, obj: dict[str, Any], props: dict[str, Any]) -> dict[str, Any]:
        return {}

    def before_apply(self, props: dict[str, Any], manifest: dict[str, Any]) -> None:
        pass

    def after_apply(self, props: dict[str, Any], obj: dict[str, Any]) -> None:
        pass

    def after_delete(self, props: dict[str, Any]) -> None:
        pass

    def explain_update(self, old: dict[str, Any], new: dict[str, Any], live: dict[str, Any] | None) -> None:
        pass

    # -- the provider API --------------------------------------------------------------
    def check(self, olds: dict[str, Any], news: dict[str, Any]) -> dyn.CheckResult:
        olds, news = whole_numbers(olds), whole_numbers(news)
        meta = dict(news.get("metadata") or {})
        if self.kind.namespaced and not meta.get("namespace"):
            meta["namespace"] = (self._settings or settings.ClusterSettings()).default_namespace()
        news["metadata"] = meta
        manifest = self.manifest(news)
        if diff.has_unknowns(manifest):
            return dyn.CheckResult(news, [])  # validated again once the values are known
        failures = [
            dyn.CheckFailure(path.split(".")[0].split("[")[0] or "spec", f"{path}: {message}")
            for path, message in self.problems(manifest)
        ]
        unchanged = olds and self.declared(olds) == self.declared(news)
        if not failures and not unchanged:
            failures += self._server_dry_run(news, manifest)
        return dyn.CheckResult(news, failures)

    def _server_dry_run(self, props: dict[str, Any], manifest: dict[str, Any]) -> list[dyn.CheckFailure]:
        """What only the server knows (schema details, immutable fields), without writing."""
        try:
            self.cluster.apply(self.kind, manifest, dry_run=True, force=bool(props.get("force")))
        except errors.Invalid as exc:
            causes = [f"{c.get('field', '')}: {c.get('message', '')}".strip(": ") for c in exc.causes]
            return [
                dyn.CheckFailure("spec", f"the API server rejected it: {'; '.join(causes) or exc.message}")
            ]
        except errors.Unreachable as exc:
            notice_once("unreachable", f"cluster unreachable, server-side dry run skipped ({exc})")
        except errors.ApiError as exc:
            waiting.log(self.label(props), f"server-side dry run not possible: {exc.message}")
        return []

    def diff(self, id_: str, olds: dict[str, Any], news: dict[str, Any]) -> dyn.DiffResult:
        olds, news = whole_numbers(olds), whole_numbers(news)
        old, new = self.declared(olds), self.declared(news)
        changed = list(diff.changed_paths(old, new))
        replaces = replacements.replacement_paths(self.kind.kind, changed)
        if replaces:
            # None: the engine still computes the per-field diff, and honours `replaces`.
            return dyn.DiffResult(changes=None, replaces=replaces, delete_before_replace=True)
        live, reachable = self._live(id_)
        if changed:
            self.explain_update(old, new, live)
            return dyn.DiffResult(changes=None)  # the engine computes and shows the per-field diff
        if live is None:
            if reachable:
                waiting.log(self.label(news), "deleted outside Pulumi: the update recreates it")
            return dyn.DiffResult(changes=reachable)
        drift = [
            (p, d, lv)
            for p, d, lv in diff.differences(self.manifest(news), live)
            if p and p[0] in ("metadata", "spec")
        ]
        for path, declared, actual in drift:
            waiting.log(
                self.label(news),
                f"{diff.format_path(path)} is {actual!r} in the cluster, "
                f"declared {declared!r} (changed outside Pulumi)",
            )
        return dyn.DiffResult(changes=bool(drift))

    def _live(self, id_: str) -> tuple[dict[str, Any] | None, bool]:
        """The live object (from the shared list cache) and whether the cluster answered."""
        namespace, name = split_id(id_)
        try:
            return self.cluster.get_cached(self.kind, namespace, name), True
        except errors.Unreachable as exc:
            notice_once("unreachable-diff", f"cluster unreachable, live drift not checked ({exc})")
            return None, False

    def _apply_and_wait(self, props: dict[str, Any], op: str) -> dict[str, Any]:
        props = whole_numbers(props)
        manifest = self.manifest(props)
        self.before_apply(props, manifest)
        try:
            obj = self._apply(props, manifest)
        except errors.ApiError as exc:
            raise errors.ProviderError(
                f"{self.label(props)}: the API server refused it: {exc.message}"
            ) from exc
        self.after_apply(props, obj)
        meta = obj["metadata"]
        last = waiting.until(
            self.label(props),
            "readiness",
            lambda: self.cluster.get(self.kind, meta.get("namespace", ""), meta["name"]),
            lambda o: self.ready(o, props),
            self.timeout(props, op),
        )
        return {**props, **self.status_outputs(last or obj, props), "uid": meta.get("uid")}

    def _apply(self, props: dict[str, Any], manifest: dict[str, Any]) -> dict[str, Any]:
        """Apply; take back fields that someone edited imperatively (that is drift), but refuse
        to fight another declarative owner (an Apply manager) unless ``force`` is set."""
        try:
            return self.cluster.apply(self.kind, manifest, force=bool(props.get("force")))
        except errors.Conflict as exc:
            meta = manifest["metadata"]
            live = self.cluster.get(self.kind, meta.get("namespace", ""), meta["name"]) or {}
            operations = {
                m.get("manager"): m.get("operation")
                for m in (live.get("metadata") or {}).get("managedFields") or []
            }
            managers = exc.managers()
            if not managers or any(operations.get(m) != "Update" for m in managers):
                raise errors.ProviderError(f"{self.label(props)}: {exc.hint()}") from exc
            waiting.log(
                self.label(props), f"taking back fields changed outside Pulumi by {', '.join(managers)}"
            )
            return self.cluster.apply(self.kind, manifest, force=True)

    def create(self, props: dict[str, Any]) -> dyn.CreateResult:
        meta = props["metadata"]
        if not props.get("adopt") and self.cluster.get(self.kind, meta.get("namespace") or "", meta["name"]):
            where = f"{meta.get('namespace')}/{meta['name']}"
            raise errors.ProviderError(
                f"{self.label(props)}: {self.kind.kind} {where} already exists. "
                "To manage it from this stack, pass adopt=True (Pulumi's import does not work for dynamic "
                "providers); to create a new one, choose another name."
            )
        outs = self._apply_and_wait(props, "create")
        meta = props["metadata"]
        return dyn.CreateResult(id_=f"{meta.get('namespace') or ''}/{meta['name']}", outs=outs)

    def update(self, id_: str, olds: dict[str, Any], news: dict[str, Any]) -> dyn.UpdateResult:
        return dyn.UpdateResult(outs=self._apply_and_wait(news, "update"))

    def delete(self, id_: str, props: dict[str, Any]) -> None:
        namespace, name = split_id(id_)
        self.before_delete(props)
        if self.cluster.delete(self.kind, namespace, name):
            waiting.until(
                self.label(props),
                "deletion",
                lambda: self.cluster.get(self.kind, namespace, name),
                readiness.gone,
                self.timeout(props, "delete"),
            )
        self.after_delete(props)

    def before_delete(self, props: dict[str, Any]) -> None:
        pass

    def read(self, id_: str, props: dict[str, Any]) -> dyn.ReadResult:
        props = whole_numbers(props)
        namespace, name = split_id(id_)
        live = self.cluster.get(self.kind, namespace, name)
        if live is None:
            return dyn.ReadResult(id_="", outs={})
        declared = self.declared(props) if props else {}
        if not declared.get("metadata"):
            # Adopting (import): take what is there as the declaration.
            declared = {"metadata": {"name": name, "namespace": namespace}, "spec": live.get("spec") or {}}
        manifest_now = {
            k: diff.project(live.get(k), declared.get(k))
            for k in ("metadata", "spec")
            if declared.get(k) is not None
        }
        inputs = {
            **{k: v for k, v in (props or {}).items() if k in self.inputs or k == "__provider"},
            **declared,
            **manifest_now,
        }
        outs = {
            **(props or {}),
            **inputs,
            **self.status_outputs(live, inputs),
            "uid": live["metadata"].get("uid"),
        }
        return dyn.ReadResult(id_=id_, outs=outs, inputs=inputs)
