"""The provider core shared by every kind: check, diff, create, update, delete, read.

Transport-neutral: methods take and return plain dicts and the dataclasses of ``results.py``;
the dynamic-provider adapter (``dynamic.py``) and the resource plugin (``plugin/``) carry them to
the engine. What a call finds (drift, notices ...) is a ``findings.Finding``, said through
``findings.tell``, which the transport routes (``operation.py``).

Handler objects carry no settings of their own beyond the cluster settings the transport gives
them (``configure``); the cluster connection is made in the provider process and shared.

Inputs every resource passes (the SDK's resource classes build them):
``metadata`` and ``spec`` (the manifest the user declared), ``timeouts`` (seconds per
operation), ``force`` (take over fields another field manager owns) and ``adopt`` (create may
take over an object that already exists instead of failing).
"""

from __future__ import annotations

import json
import math
import threading
from collections.abc import Mapping
from typing import Any, ClassVar

import pulumi_kubevirt_models as models
from pulumi_kubevirt_provider import (
    diff,
    errors,
    findings,
    kinds,
    kube,
    operation,
    readiness,
    replacements,
    results,
    settings,
    waiting,
)

COMMON_INPUTS = ("metadata", "spec", "timeouts", "force", "adopt")

# Written on every object the provider applies: which stack resource made it. A create that finds
# an object carrying its own mark takes it over (an earlier run applied it, then failed or was
# killed before the engine recorded it); an object without it, or with another, is a stranger's.
OWNER_ANNOTATION = "pulumi-kubevirt.io/owner"

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
        findings.notice(findings.PROCESS, message)


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


def _secret_texts(props: dict[str, Any]) -> list[str]:
    """The text of every value under the inputs that hold a secret (``operation.secret_keys``), the
    longest first. Which leaf is the secret is not known (the dynamic protocol keeps only the names
    of the top-level inputs), so every value under such an input is treated as one."""
    found: set[str] = set()

    def walk(value: Any) -> None:
        if isinstance(value, dict):
            for v in value.values():
                walk(v)
        elif isinstance(value, list):
            for v in value:
                walk(v)
        elif isinstance(value, str) and value:
            found.add(value)

    for key in operation.current().secret_keys:
        if key != "cloud_init":  # never in a message: it is not part of any manifest
            walk(props.get(key))
    return sorted(found, key=len, reverse=True)


def redact(text: str, props: dict[str, Any]) -> str:
    """``text`` (an error about these inputs) without the values of the inputs that hold a secret:
    quoted as Python, JSON or Go print them, cut short the way messages cut them, and bare when
    long enough to not be an ordinary word. The path in the message stays."""
    for value in _secret_texts(props):
        quoted = [repr(value), json.dumps(value), f"'{value}'"]
        quoted += [q[:37] + "..." for q in quoted if len(q) > 40]  # models.errors cuts at 40
        for form in quoted:
            text = text.replace(form, "[secret]")
        if len(value) >= 6:  # shorter ones bare would eat into paths ("disks[0]" for a value "disk")
            text = text.replace(value, "[secret]")
    return text


def redact_failure(failure: results.CheckFailure, props: dict[str, Any]) -> results.CheckFailure:
    """A check failure that shows no secret value. Its reason is redacted, and a failure of an input
    that holds a secret names no property: the engine prints "property '<p>' value <the whole
    input's value> has a problem" for a named property, the secret inside that value included. The
    reason starts with the path, so nothing is lost."""
    secret = failure.property in operation.current().secret_keys
    return results.CheckFailure("" if secret else failure.property, redact(failure.reason, props))


_TIMEOUT_KEYS = ("create", "update", "delete")


def timeout_problems(timeouts: Any) -> list[str]:
    """What is wrong with a ``timeouts`` input: a map of create/update/delete to a positive, finite
    number of seconds. The Python SDK checks this (and converts '10m') before the engine runs; other
    SDKs and YAML reach the plugin unchecked, so Check checks it again, before anything is written."""
    if timeouts is None or diff.has_unknowns(timeouts):
        return []
    if not isinstance(timeouts, dict):
        return [f"timeouts: {timeouts!r} is not a map of create, update, delete to seconds"]
    problems = []
    unknown = sorted(set(timeouts) - set(_TIMEOUT_KEYS))
    if unknown:
        problems.append(f"timeouts: unknown key(s) {unknown}; use create, update, delete")
    for key in _TIMEOUT_KEYS:
        value = timeouts.get(key)
        if value is None:
            continue
        number = isinstance(value, (int, float)) and not isinstance(value, bool)
        if not number or not math.isfinite(value) or value <= 0:
            problems.append(
                f"timeouts.{key}: {value!r} is not a positive number of seconds; "
                "leave the key out for the default"
            )
    return problems


def split_id(id_: str) -> tuple[str, str]:
    namespace, _, name = id_.partition("/")
    return namespace, name


def _input_change(
    old: dict[str, Any], new: dict[str, Any], path: tuple[Any, ...], replace: bool
) -> results.PropertyChange:
    before, after = diff.value_at(old, path), diff.value_at(new, path)
    if before is diff.MISSING:
        kind = results.DiffKind.ADD_REPLACE if replace else results.DiffKind.ADD
    elif after is diff.MISSING:
        kind = results.DiffKind.DELETE_REPLACE if replace else results.DiffKind.DELETE
    else:
        kind = results.DiffKind.UPDATE_REPLACE if replace else results.DiffKind.UPDATE
    return results.PropertyChange(kind, input_diff=True)


class KubeProvider:
    """The core of one kind. A subclass is a kind's handler: its entry in ``kinds.py`` names it,
    and gives it ``kind``, ``inputs``, ``outputs`` and ``default_timeouts``; a handler no entry
    names fails when its module is imported."""

    entry: ClassVar[kinds.Kind]
    kind: ClassVar[kube.Kind]
    inputs: ClassVar[tuple[str, ...]]
    outputs: ClassVar[tuple[str, ...]]
    default_timeouts: ClassVar[Mapping[str, float]]
    #: Whether a diff compares the live object with the declaration (drift).
    reports_drift: ClassVar[bool] = True
    #: Where the kind's fields are quantities (compared by value); set from ``kind``.
    schema: ClassVar[diff.Schema]

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        path = f"{cls.__module__}:{cls.__qualname__}"
        entry = kinds.BY_HANDLER.get(path)
        if entry is None:
            raise TypeError(f"{path}: no entry in kinds.py names this handler (docs/contributing-kinds.md)")
        cls.entry = entry
        cls.kind = entry.api
        cls.inputs = (*COMMON_INPUTS, *entry.inputs)
        cls.outputs = entry.output_names
        cls.default_timeouts = entry.default_timeouts
        cls.schema = diff.Schema(cls.kind.api_version, cls.kind.kind)

    def __init__(self, cfg: settings.ClusterSettings | None = None) -> None:
        self._settings = cfg

    # -- plumbing ----------------------------------------------------------------------
    def configure(self, cfg: settings.ClusterSettings) -> None:
        self._settings = cfg

    @property
    def cluster_settings(self) -> settings.ClusterSettings:
        return self._settings or settings.ClusterSettings()

    @property
    def cluster(self) -> kube.Cluster:
        return cluster_for(self.cluster_settings)

    def manifest(self, props: dict[str, Any]) -> dict[str, Any]:
        metadata = {k: v for k, v in (props.get("metadata") or {}).items() if v is not None}
        return {
            "apiVersion": self.kind.api_version,
            "kind": self.kind.kind,
            "metadata": metadata,
            "spec": props.get("spec") or {},
        }

    def declared(self, props: dict[str, Any]) -> dict[str, Any]:
        """The declared inputs; an unset flag, ``None`` and ``False`` are the same declaration."""
        return {k: props[k] for k in self.inputs if props.get(k) not in (None, False)}

    def timeout(self, props: dict[str, Any], op: str) -> float:
        """The engine's customTimeouts first, then the resource's ``timeouts``, then the default."""
        engine = operation.current().timeout
        if engine:
            return float(engine)
        given = (props.get("timeouts") or {}).get(op)
        return float(given) if given else self.default_timeouts[op]

    def owner(self, props: dict[str, Any]) -> str | None:
        """Who this object belongs to: the URN (plugin) or the SDK's ``owner`` input (dynamic)."""
        return operation.current().urn or props.get("owner") or None

    def label(self, props: dict[str, Any]) -> str:
        meta = props.get("metadata") or {}
        return str(meta.get("name") or "?")

    # -- hooks for kinds ---------------------------------------------------------------
    def problems(self, manifest: dict[str, Any]) -> list[tuple[str, str]]:
        """Client-side problems as (manifest path, message)."""
        return [(p.location, p.message) for p in models.check(manifest)]

    def ready(self, obj: dict[str, Any] | None, props: dict[str, Any]) -> Any:
        raise NotImplementedError

    def status_outputs(self, obj: dict[str, Any], props: dict[str, Any]) -> dict[str, Any]:
        """The status outputs of the live object ``obj``: a mapping that reads nothing (a kind
        whose outputs need more than the object takes it as keyword arguments: outputs_of)."""
        return {}

    def outputs_of(self, obj: dict[str, Any], props: dict[str, Any]) -> dict[str, Any]:
        """status_outputs of ``obj``, with whatever else they need read from the cluster (the
        VM: its VMI and its domain); most kinds need nothing else."""
        return self.status_outputs(obj, props)

    def before_apply(self, props: dict[str, Any], manifest: dict[str, Any]) -> None:
        pass

    def after_apply(self, props: dict[str, Any], obj: dict[str, Any]) -> dict[str, Any] | None:
        """Work between the apply and the readiness wait; a newer state of the object for the wait
        to start from when this work changed it (a VM restarted into its template), else None."""
        return None

    def apply_failed(self, props: dict[str, Any]) -> None:
        """Undo what ``before_apply`` wrote, when the object itself could not be applied."""

    def before_delete(self, props: dict[str, Any]) -> None:
        pass

    def after_delete(self, props: dict[str, Any]) -> None:
        pass

    def explain_update(self, old: dict[str, Any], new: dict[str, Any], live: dict[str, Any] | None) -> None:
        pass

    # -- check ---------------------------------------------------------------------------
    def scope_problems(self, meta: dict[str, Any]) -> list[str]:
        """A namespace given for a cluster-scoped kind: the API server would ignore it (the
        object is made outside any namespace) and every preview would then show it as drift."""
        namespace = meta.get("namespace")
        if self.kind.namespaced or not namespace or diff.has_unknowns(namespace):
            return []
        return [
            f"metadata.namespace: {self.kind.kind} is cluster-scoped and has no namespace "
            f"(given {namespace!r}); remove metadata.namespace"
        ]

    def check(
        self, olds: dict[str, Any], news: dict[str, Any], *, server_dry_run: bool = True
    ) -> results.Check:
        """Client-side checks, then (``server_dry_run``, for a changed declaration) a server-side
        dry run. The resource plugin passes False and dry-runs in the preview's Create and Update
        instead (``dry_run``): a ``pulumi up`` after its preview then writes each object once, with
        no dry run of its own. The dynamic protocol has no preview-only call: it dry-runs here."""
        olds, news = whole_numbers(olds), whole_numbers(news)
        meta = dict(news.get("metadata") or {})
        if self.kind.namespaced and not meta.get("namespace"):
            meta["namespace"] = self.cluster_settings.default_namespace()
        news["metadata"] = meta
        # Before anything is written: a bad timeout would otherwise end the wait at once after the apply.
        failures = [results.CheckFailure("timeouts", p) for p in timeout_problems(news.get("timeouts"))]
        failures += [results.CheckFailure("metadata", p) for p in self.scope_problems(meta)]
        manifest = self.manifest(news)
        if diff.has_unknowns(manifest):
            return results.Check(news, failures)  # validated again once the values are known
        if olds and self.declared(olds) == self.declared(news):
            # Checked when it was last applied, and the server took it: a no-op preview of N
            # resources validates nothing again (and does not even load the typed models).
            return results.Check(news, failures)
        failures += [
            results.CheckFailure(path.split(".")[0].split("[")[0] or "spec", f"{path}: {message}")
            for path, message in self.problems(manifest)
        ]
        if server_dry_run and not failures:
            failures += self._server_dry_run(news, manifest)
        return results.Check(news, [redact_failure(f, news) for f in failures])

    def dry_run(self, props: dict[str, Any]) -> list[results.CheckFailure]:
        """What the server says of these (checked) inputs, without writing: the preview's check."""
        props = whole_numbers(props)
        manifest = self.manifest(props)
        if diff.has_unknowns(manifest):
            return []
        return [redact_failure(f, props) for f in self._server_dry_run(props, manifest)]

    def _server_dry_run(self, props: dict[str, Any], manifest: dict[str, Any]) -> list[results.CheckFailure]:
        """What only the server knows (schema details, immutable fields), without writing."""
        try:
            self.cluster.apply(self.kind, manifest, dry_run=True, force=bool(props.get("force")))
        except errors.Invalid as exc:
            causes = [f"{c.get('field', '')}: {c.get('message', '')}".strip(": ") for c in exc.causes]
            return [
                results.CheckFailure(
                    "spec", f"the API server rejected it: {'; '.join(causes) or exc.message}"
                )
            ]
        except errors.Unreachable as exc:
            notice_once("unreachable", f"cluster unreachable, server-side dry run skipped ({exc})")
        except errors.ApiError as exc:
            findings.notice(
                self.label(props), redact(f"server-side dry run not possible: {exc.message}", props)
            )
        return []

    # -- diff ----------------------------------------------------------------------------
    def diff(self, id_: str, olds: dict[str, Any], news: dict[str, Any]) -> results.Diff:
        """Declared changes (old inputs against new) and drift (the live object against what was
        applied, the old declaration), each with its own cause: a declared change is an input
        diff, drift a ``findings.ClusterDrift`` per field (told) and a path with ``input_diff``
        False. A path changed in both places stays the declared change (its line still says what
        the cluster has). Only a replacement skips the drift: it recreates the object anyway."""
        olds, news = whole_numbers(olds), whole_numbers(news)
        old, new = self.declared(olds), self.declared(news)
        changed = list(diff.changed_paths(old, new, schema=self.schema))
        replaces = replacements.replacement_paths(self.kind.kind, changed)
        replacing = replacements.replacing(self.kind.kind, changed)
        result = results.Diff(
            detailed={
                diff.format_path(path): _input_change(old, new, path, path in replacing) for path in changed
            },
            replaces=replaces,
            delete_before_replace=bool(replaces),
        )
        if replaces:
            loss = replacements.data_loss(self.kind.kind, old)
            if loss:
                findings.tell(self.label(news), findings.Replacement(loss))
            return result
        if not self.reports_drift:
            return result
        live, reachable = self._live(id_)
        if changed:
            self.explain_update(old, new, live)
        if live is None:
            if reachable:
                findings.tell(self.label(news), findings.Deleted())
                result.detailed.setdefault(
                    "metadata", results.PropertyChange(results.DiffKind.UPDATE, input_diff=False)
                )
            return result
        # What was applied is the old declaration (the same as the new one when nothing changed).
        applied = self.manifest(olds if changed else news)
        for path, declared, actual in diff.differences(applied, live, schema=self.schema):
            if not path or path[0] not in ("metadata", "spec"):
                continue
            where = diff.format_path(path)
            secret = path[0] in operation.current().secret_keys
            findings.tell(self.label(news), findings.cluster_drift(where, declared, actual, secret=secret))
            drift = results.PropertyChange(results.DiffKind.UPDATE, input_diff=False)
            result.detailed.setdefault(where, drift)
        return result

    def locate(self, id_: str) -> tuple[str, str]:
        """(namespace, name) of a resource id: ``namespace/name``; for a cluster-scoped kind
        ``/name`` or, as ``pulumi import`` may give it, ``name`` (namespace "")."""
        if not self.kind.namespaced:
            return "", id_.rpartition("/")[2]
        return split_id(id_)

    def _live(self, id_: str) -> tuple[dict[str, Any] | None, bool]:
        """The live object (from the shared cache) and whether the cluster answered."""
        namespace, name = self.locate(id_)
        try:
            return self.cluster.read(self.kind, namespace, name), True
        except errors.Unreachable as exc:
            notice_once("unreachable-diff", f"cluster unreachable, live drift not checked ({exc})")
            return None, False

    # -- create, update, delete ------------------------------------------------------------
    def object_id(self, props: dict[str, Any]) -> str:
        meta = props["metadata"]
        return f"{meta.get('namespace') or ''}/{meta['name']}"

    _UNREAD: Any = object()  # _apply_and_wait: the live object was not read yet

    def _apply_and_wait(self, props: dict[str, Any], op: str, live: Any = _UNREAD) -> dict[str, Any]:
        """Apply, then wait for readiness. A failure after the apply raises Incomplete with the
        outputs to record: the object exists, and the next ``up`` must find it in the state.
        ``live``: the object as the caller just read it (None: absent), so it is not read twice."""
        props = whole_numbers(props)
        manifest = self.manifest(props)
        owner = self.owner(props)
        if owner:
            meta = manifest["metadata"]
            meta["annotations"] = {**(meta.get("annotations") or {}), OWNER_ANNOTATION: owner}
        self.before_apply(props, manifest)
        try:
            obj = self._apply(props, manifest, live)
        except errors.ProviderError as exc:
            self.apply_failed(props)
            if isinstance(exc, errors.ApiError):
                refused = errors.ProviderError(
                    redact(f"{self.label(props)}: the API server refused it: {exc.message}", props)
                )
                # A traceback (the dynamic transport prints one) would show the server's own words.
                refused.__suppress_context__ = bool(_secret_texts(props))
                raise refused from (None if refused.__suppress_context__ else exc)
            raise
        meta = obj["metadata"]
        try:
            status = self.outputs_of(obj, props)
        except errors.ProviderError:  # a Cancel, the cluster gone: the object exists all the same,
            status = {}  # and must reach the state (the wait's own outputs come below)
        outputs = {**props, **status, "uid": meta.get("uid")}
        try:
            start = self.after_apply(props, obj) or obj
            if self.ready(start, props).done:
                last: dict[str, Any] | None = start  # the server's answer already is the goal (a Service)
            else:
                last = waiting.until(
                    self.label(props),
                    "readiness",
                    self.cluster.follow(self.kind, meta.get("namespace", ""), meta["name"], start),
                    lambda o: self.ready(o, props),
                    self.timeout(props, op),
                    interval=0,
                )
            # Read again after after_apply: a VM's domain repair changes what its outputs report.
            return {**outputs, **self.outputs_of(last or start, props)}
        except errors.ProviderError as exc:
            last = getattr(exc, "last", None)
            if last:
                try:
                    outputs = {**outputs, **self.outputs_of(last, props)}
                except errors.ProviderError:
                    pass
            raise errors.Incomplete(str(exc), self.object_id(props), outputs) from exc

    def _apply(self, props: dict[str, Any], manifest: dict[str, Any], live: Any = _UNREAD) -> dict[str, Any]:
        """Apply; take back fields that someone edited imperatively (that is drift), but refuse
        to fight another declarative owner (an Apply manager) unless ``force`` is set."""
        self._restore_drifted_lists(manifest, live)
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
                raise errors.ProviderError(redact(f"{self.label(props)}: {exc.hint()}", props)) from exc
            findings.tell(self.label(props), findings.TakeBack(tuple(managers)))
            return self.cluster.apply(self.kind, manifest, force=True)

    def _restore_drifted_lists(self, manifest: dict[str, Any], live: Any = _UNREAD) -> None:
        """Put back, whole, each declared list someone changed in the cluster.

        Server-side apply merges lists by their keys: after ``kubectl edit`` changed a Service's
        port 2222 to 2200, applying port 2222 again would add a second entry next to the foreign
        2200 one, not replace it. A merge patch of the declared list first makes the list exactly
        the declaration; the apply that follows takes ownership of it.
        """
        meta = manifest["metadata"]
        if live is self._UNREAD:
            live = self.cluster.get(self.kind, meta.get("namespace", ""), meta["name"])
        if live is None:
            return
        lists = {
            path[: max(i for i, p in enumerate(path) if isinstance(p, int))]
            for path, _, _ in diff.differences(manifest, live, schema=self.schema)
            if path and path[0] == "spec" and any(isinstance(p, int) for p in path)
        }
        lists |= {
            path
            for path, declared, _ in diff.differences(manifest, live, schema=self.schema)
            if path and path[0] == "spec" and isinstance(declared, list)
        }
        if not lists:
            return
        patch: dict[str, Any] = {}
        for path in sorted(lists, key=len):
            if any(path[: len(other)] == other for other in lists if other != path):
                continue  # an enclosing list is restored whole already
            if not all(isinstance(part, str) for part in path):
                continue  # a list inside a list item: the apply that follows sets it
            node = patch
            for part in path[:-1]:
                node = node.setdefault(str(part), {})
            node[str(path[-1])] = diff.value_at(manifest, path)
            findings.tell(meta["name"], findings.PutBack(diff.format_path(path)))
        if patch:
            self.cluster.patch(self.kind, meta.get("namespace", ""), meta["name"], patch)

    def create(self, props: dict[str, Any], *, take_over_hint: str = "pass adopt=True") -> results.Created:
        meta = props["metadata"]
        existing = self.cluster.read(self.kind, meta.get("namespace") or "", meta["name"])
        if existing and not props.get("adopt"):
            mark = ((existing.get("metadata") or {}).get("annotations") or {}).get(OWNER_ANNOTATION)
            if mark and mark == self.owner(props):
                findings.notice(
                    self.label(props),
                    "found the object an earlier, unfinished run of this stack applied: taking it over",
                )
            else:
                raise errors.ProviderError(
                    f"{self.label(props)}: {self.kind.kind} {self.object_id(props)} already exists and "
                    f"was not made by this resource. To manage it from this stack, {take_over_hint}; "
                    "to create a new one, choose another name."
                )
        return results.Created(self.object_id(props), self._apply_and_wait(props, "create", existing))

    def update(self, id_: str, olds: dict[str, Any], news: dict[str, Any]) -> dict[str, Any]:
        return self._apply_and_wait(news, "update")

    def delete(self, id_: str, props: dict[str, Any]) -> None:
        namespace, name = self.locate(id_)
        self.before_delete(props)
        if operation.cancelled.is_set():  # Ctrl-C during before_delete: an aborted destroy deletes nothing
            raise errors.Cancelled(f"{self.label(props)}: cancelled before the deletion", None)
        answer = self.cluster.delete(self.kind, namespace, name)
        if answer is not None:
            waiting.until(
                self.label(props),
                "deletion",
                self.cluster.follow(self.kind, namespace, name, answer),
                readiness.gone,
                self.timeout(props, "delete"),
                interval=0,
            )
        self.after_delete(props)

    # -- read (refresh and import) ----------------------------------------------------------
    def read(self, id_: str, props: dict[str, Any]) -> results.Read:
        props = whole_numbers(props)
        namespace, name = self.locate(id_)
        live = self.cluster.read(self.kind, namespace, name)
        if live is None:
            return results.Read("", {}, {})
        declared = self.declared(props) if props else {}
        if not declared.get("metadata"):
            # Importing: take what is there as the declaration.
            meta = {"name": name, "namespace": namespace} if self.kind.namespaced else {"name": name}
            declared = {"metadata": meta, "spec": live.get("spec") or {}}
        manifest_now = {
            k: diff.project(live.get(k), declared.get(k))
            for k in ("metadata", "spec")
            if declared.get(k) is not None
        }
        inputs = {**declared, **manifest_now}
        outs = {
            **(props or {}),
            **inputs,
            **self.outputs_of(live, inputs),
            "uid": live["metadata"].get("uid"),
        }
        return results.Read(id_, outs, inputs)
