"""VirtualMachineInstanceReplicaSet: keep ``spec.replicas`` VMIs made from ``spec.template``.

As virt-controller's replica set controller does, seen through the API:
- Nothing happens for a replica set without a template, a selector or template labels, or whose
  selector does not match its template's labels (an error in the log, once per generation).
- Its VMIs are those of its namespace whose controller ownerReference is the replica set. An
  orphan VMI matching ``spec.selector`` (matchLabels and matchExpressions) is adopted; an owned
  one that no longer matches is released.
- Active VMIs (not Succeeded/Failed, not being deleted) are counted against ``spec.replicas``
  (default 1): missing ones are created, at most ``BURST`` per pass, named by the API server
  from ``generateName`` (the template's name or generateName, else the replica set's name), with
  the template's labels and annotations and one controller ownerReference; surplus ones are
  deleted. KubeVirt picks the surplus in no particular order; the sandbox deletes VMIs that are
  not Ready first, then the newest. Finished VMIs are deleted (their replacements are made).
- ``spec.paused``: no creates or deletes, condition ``ReplicaPaused``; a failed create or delete
  sets ``ReplicaFailure`` (FailedCreate / FailedDelete) until a pass succeeds.
- ``status.replicas`` counts the active VMIs, ``status.readyReplicas`` those with Ready=True,
  ``status.labelSelector`` is the selector in its string form (the scale subresource's).
- Deleting the replica set deletes its VMIs through the garbage collector (ownerReferences).

Fast boot (fastboot.py) follows the replica set's annotation, its template's, or ``up --fast``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from kubevirt_sandbox.controllers import fastboot, kube, runtime
from kubevirt_sandbox.controllers import vm as vms
from kubevirt_sandbox.controllers import vmi as vmis

log = runtime.log

KIND = "VirtualMachineInstanceReplicaSet"
BURST = 250  # virt-controller's default burstReplicas: creates or deletes per pass
FOREGROUND_FINALIZER = "kubevirt.io/foregroundDeleteVirtualMachine"
_warned: dict[str, Any] = {}


class InvalidSelector(ValueError):
    pass


# -- label selectors (pure) -------------------------------------------------------------------
def _requirements(selector: dict[str, Any]) -> list[tuple[str, str, list[str]]]:
    reqs: list[tuple[str, str, list[str]]] = []
    for key, value in (selector.get("matchLabels") or {}).items():
        reqs.append((key, "=", [str(value)]))
    for expr in selector.get("matchExpressions") or []:
        key, op = expr.get("key"), expr.get("operator")
        values = [str(v) for v in expr.get("values") or []]
        if not key:
            raise InvalidSelector("a matchExpressions entry has no key")
        if op in ("In", "NotIn") and not values:
            raise InvalidSelector(f"matchExpressions {key} {op}: values must be non-empty")
        if op in ("Exists", "DoesNotExist") and values:
            raise InvalidSelector(f"matchExpressions {key} {op}: values must be empty")
        if op not in ("In", "NotIn", "Exists", "DoesNotExist"):
            raise InvalidSelector(f"matchExpressions {key}: unknown operator {op!r}")
        reqs.append((key, op, values))
    return reqs


def matches(selector: dict[str, Any] | None, labels: dict[str, str] | None) -> bool:
    """Kubernetes label selector semantics; an empty selector matches everything."""
    labels = labels or {}
    for key, op, values in _requirements(selector or {}):
        if op == "=" and labels.get(key) != values[0]:
            return False
        if op == "In" and (key not in labels or labels[key] not in values):
            return False
        if op == "NotIn" and key in labels and labels[key] in values:
            return False
        if op == "Exists" and key not in labels:
            return False
        if op == "DoesNotExist" and key in labels:
            return False
    return True


def selector_string(selector: dict[str, Any] | None) -> str:
    """The selector as ``kubectl`` and the scale subresource write it (``a=b,c in (x,y),!d``)."""
    parts = []
    for key, op, values in sorted(_requirements(selector or {}), key=lambda r: r[0]):
        if op == "=":
            parts.append(f"{key}={values[0]}")
        elif op in ("In", "NotIn"):
            parts.append(f"{key} {op.lower()} ({','.join(sorted(values))})")
        elif op == "Exists":
            parts.append(key)
        else:
            parts.append(f"!{key}")
    return ",".join(parts)


# -- what to do (pure) ------------------------------------------------------------------------
def problem(rs: dict[str, Any]) -> str:
    """Why the replica set cannot be acted on ('' when it can)."""
    spec = rs.get("spec") or {}
    template = spec.get("template")
    if not template:
        return "spec.template is missing"
    if spec.get("selector") is None:
        return "spec.selector is missing"
    labels = (template.get("metadata") or {}).get("labels") or {}
    if not labels:
        return "spec.template.metadata.labels is empty: the selector could never match a VMI made from it"
    try:
        if not matches(spec["selector"], labels):
            return "spec.selector does not match spec.template.metadata.labels"
    except InvalidSelector as exc:
        return f"spec.selector: {exc}"
    return ""


def controller_uid(vmi: dict[str, Any]) -> str | None:
    for ref in vmi["metadata"].get("ownerReferences") or []:
        if ref.get("controller"):
            return str(ref.get("uid"))
    return None


def ready(vmi: dict[str, Any]) -> bool:
    conds = (vmi.get("status") or {}).get("conditions") or []
    return any(c.get("type") == "Ready" and c.get("status") == "True" for c in conds)


def _age_key(vmi: dict[str, Any]) -> tuple[str, str]:
    m = vmi["metadata"]
    return (m.get("creationTimestamp") or "", m["name"])


@dataclass
class Plan:
    adopt: list[dict[str, Any]] = field(default_factory=list)
    release: list[dict[str, Any]] = field(default_factory=list)
    active: list[dict[str, Any]] = field(default_factory=list)
    create: int = 0
    delete: list[dict[str, Any]] = field(default_factory=list)
    finished: list[dict[str, Any]] = field(default_factory=list)

    @property
    def ready(self) -> int:
        return sum(1 for v in self.active if ready(v))


def plan(rs: dict[str, Any], vmis_in_namespace: list[dict[str, Any]]) -> Plan:
    """What one pass does for ``rs``, given every VMI of its namespace."""
    spec = rs.get("spec") or {}
    uid = rs["metadata"]["uid"]
    selector = spec.get("selector") or {}
    out = Plan()
    owned = []
    for vmi in vmis_in_namespace:
        owner = controller_uid(vmi)
        fits = matches(selector, vmi["metadata"].get("labels"))
        deleting = bool(vmi["metadata"].get("deletionTimestamp"))
        if owner == uid and not fits:
            if not deleting:
                out.release.append(vmi)
            continue
        if owner is None and fits and not deleting:
            out.adopt.append(vmi)
        elif owner != uid:
            continue
        owned.append(vmi)
    out.active = [v for v in owned if not vmis.is_finished(v) and not v["metadata"].get("deletionTimestamp")]
    if spec.get("paused") or rs["metadata"].get("deletionTimestamp"):
        return out
    out.finished = [v for v in owned if vmis.is_finished(v) and not v["metadata"].get("deletionTimestamp")]
    replicas = spec.get("replicas")
    want = 1 if replicas is None else int(replicas)
    diff = len(out.active) - want
    if diff < 0:
        out.create = min(-diff, BURST)
    elif diff > 0:
        newest_first = sorted(out.active, key=_age_key, reverse=True)
        by_readiness = sorted(newest_first, key=ready)  # stable: not Ready first, newest first within
        out.delete = by_readiness[: min(diff, BURST)]
    return out


def new_vmi(ctx: runtime.Context, rs: dict[str, Any]) -> dict[str, Any]:
    """A VMI from the replica set's template, named by the API server (``generateName``)."""
    m = rs["metadata"]
    template = rs["spec"]["template"]
    tmeta = template.get("metadata") or {}
    base = tmeta.get("name") or tmeta.get("generateName") or m["name"]
    vmi = {
        "apiVersion": "kubevirt.io/v1",
        "kind": "VirtualMachineInstance",
        "metadata": {
            "generateName": base,
            "namespace": m["namespace"],
            "labels": dict(tmeta.get("labels") or {}),
            "annotations": dict(tmeta.get("annotations") or {}),
            "finalizers": [FOREGROUND_FINALIZER],
            "ownerReferences": [
                {
                    "apiVersion": "kubevirt.io/v1",
                    "kind": KIND,
                    "name": m["name"],
                    "uid": m["uid"],
                    "controller": True,
                    "blockOwnerDeletion": True,
                }
            ],
        },
        "spec": vms.default_vmi_spec(template.get("spec") or {}),
    }
    return fastboot.mark(ctx, rs, vmi)


# -- doing it ---------------------------------------------------------------------------------
def reconcile_all(ctx: runtime.Context, vmi_list: list[dict[str, Any]]) -> None:
    by_ns: dict[str, list[dict[str, Any]]] = {}
    for vmi in vmi_list:
        by_ns.setdefault(vmi["metadata"]["namespace"], []).append(vmi)
    for rs in ctx.kube.list(KIND):
        try:
            reconcile(ctx, rs, by_ns.get(rs["metadata"]["namespace"], []))
        except (kube.Conflict, kube.NotFound) as exc:
            log.debug("replica set %s: %s", kube.key(rs), exc)
        except Exception:
            log.exception("replica set %s failed", kube.key(rs))


def reconcile(ctx: runtime.Context, rs: dict[str, Any], vmis_in_namespace: list[dict[str, Any]]) -> None:
    """One pass: check the spec, claim matching VMIs, scale, write the status."""
    m = rs["metadata"]
    why = problem(rs)
    if why:
        mark = (m["uid"], m.get("generation"))
        if _warned.get(kube.key(rs)) != mark:
            log.error("replica set %s: %s; nothing done until it is fixed", kube.key(rs), why)
            _warned[kube.key(rs)] = mark
        return
    _warned.pop(kube.key(rs), None)
    todo = plan(rs, vmis_in_namespace)
    _claim(ctx, rs, todo)
    error = _scale(ctx, rs, todo)
    _write_status(ctx, rs, todo, error)


def _claim(ctx: runtime.Context, rs: dict[str, Any], todo: Plan) -> None:
    """Adopt matching orphans (add our controller reference), release owned VMIs that left."""
    m = rs["metadata"]
    for vmi in todo.adopt:
        refs = [
            *(vmi["metadata"].get("ownerReferences") or []),
            new_vmi(ctx, rs)["metadata"]["ownerReferences"][0],
        ]
        ctx.kube.patch(
            "VirtualMachineInstance",
            m["namespace"],
            vmi["metadata"]["name"],
            {"metadata": {"ownerReferences": refs}},
        )
        log.info("replica set %s: adopted VMI %s", kube.key(rs), vmi["metadata"]["name"])
    for vmi in todo.release:
        refs = [r for r in vmi["metadata"].get("ownerReferences") or [] if r.get("uid") != m["uid"]]
        ctx.kube.patch(
            "VirtualMachineInstance",
            m["namespace"],
            vmi["metadata"]["name"],
            {"metadata": {"ownerReferences": refs or None}},
        )
        log.info(
            "replica set %s: released VMI %s (labels no longer match)", kube.key(rs), vmi["metadata"]["name"]
        )


def _scale(ctx: runtime.Context, rs: dict[str, Any], todo: Plan) -> tuple[str, str] | None:
    """Create the missing VMIs, delete the surplus and finished ones; the first error, if any."""
    ns = rs["metadata"]["namespace"]
    for _ in range(todo.create):
        try:
            made = ctx.kube.create("VirtualMachineInstance", new_vmi(ctx, rs))
        except Exception as exc:
            return ("FailedCreate", f"error creating a VMI: {exc}")
        todo.active.append(made)
        log.info("replica set %s: created VMI %s", kube.key(rs), made["metadata"]["name"])
    for vmi in [*todo.delete, *todo.finished]:
        try:
            ctx.kube.delete("VirtualMachineInstance", ns, vmi["metadata"]["name"])
        except Exception as exc:
            return ("FailedDelete", f"error deleting VMI {vmi['metadata']['name']}: {exc}")
        if vmi in todo.active:
            todo.active.remove(vmi)
        log.info(
            "replica set %s: deleted VMI %s (%s)",
            kube.key(rs),
            vmi["metadata"]["name"],
            "finished" if vmi in todo.finished else "surplus",
        )
    return None


def status_for(rs: dict[str, Any], todo: Plan, error: tuple[str, str] | None, now: str) -> dict[str, Any]:
    """The replica set's status after a pass (conditions keep their transition time)."""
    old = rs.get("status") or {}
    before = {c.get("type"): c for c in old.get("conditions") or []}
    conditions = []
    if (rs.get("spec") or {}).get("paused"):
        conditions.append(
            before.get("ReplicaPaused")
            or {
                "type": "ReplicaPaused",
                "status": "True",
                "reason": "Paused",
                "message": "Controller got paused",
                "lastTransitionTime": now,
            }
        )
    if error is not None:
        conditions.append(
            before.get("ReplicaFailure")
            or {
                "type": "ReplicaFailure",
                "status": "True",
                "reason": error[0],
                "message": error[1],
                "lastTransitionTime": now,
            }
        )
    return {
        "replicas": len(todo.active),
        "readyReplicas": todo.ready,
        "labelSelector": selector_string((rs.get("spec") or {}).get("selector")),
        "conditions": conditions,
    }


def _write_status(
    ctx: runtime.Context, rs: dict[str, Any], todo: Plan, error: tuple[str, str] | None
) -> None:
    m = rs["metadata"]
    old = rs.get("status") or {}
    status = status_for(rs, todo, error, runtime.now())
    same = all(old.get(k, [] if k == "conditions" else None) == v for k, v in status.items())
    if same:
        return
    if (old.get("replicas"), old.get("readyReplicas")) != (status["replicas"], status["readyReplicas"]):
        log.info(
            "replica set %s: %d replicas, %d ready (want %s)",
            kube.key(rs),
            status["replicas"],
            status["readyReplicas"],
            (rs.get("spec") or {}).get("replicas", 1),
        )
    body = dict(status, conditions=status["conditions"] or None)
    rs.update(ctx.kube.patch(KIND, m["namespace"], m["name"], {"status": body}, sub="status"))
