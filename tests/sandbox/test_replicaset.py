"""VirtualMachineInstanceReplicaSet: the sandbox keeps spec.replicas VMIs from spec.template.

Pure tests of the selector and of what one pass decides; then a replica set scaled 1 -> 3 -> 1 in
the session sandbox with readyReplicas following (its VMIs boot fast: the boot is not the subject).
"""

from __future__ import annotations

import subprocess
import sys
from typing import Any

import pytest
import sandbox_helpers as helpers
from sandbox_helpers import wait_for

from kubevirt_sandbox.controllers import fastboot, replicaset

LABELS = {"kubevirt.io/vmReplicaSet": "web", "tier": "front"}
SELECTOR = {
    "matchLabels": {"kubevirt.io/vmReplicaSet": "web"},
    "matchExpressions": [{"key": "tier", "operator": "In", "values": ["front", "edge"]}],
}


def manifest(name: str, replicas: int, delay: str = "1") -> dict[str, Any]:
    template = helpers.cirros("unused")["spec"]["template"]
    template["metadata"] = {"labels": dict(LABELS), "annotations": {fastboot.ANNOTATION: delay}}
    return {
        "apiVersion": "kubevirt.io/v1",
        "kind": "VirtualMachineInstanceReplicaSet",
        "metadata": {"name": name, "namespace": "default"},
        "spec": {"replicas": replicas, "selector": SELECTOR, "template": template},
    }


def _vmi(
    name: str, *, owner: str | None = "rs-uid", labels: dict[str, str] | None = None, **status: Any
) -> Any:
    meta: dict[str, Any] = {"name": name, "namespace": "default", "labels": dict(labels or LABELS)}
    meta["creationTimestamp"] = status.pop("created", "2026-01-01T00:00:00Z")
    if owner:
        meta["ownerReferences"] = [
            {"uid": owner, "controller": True, "kind": "VirtualMachineInstanceReplicaSet"}
        ]
    conds = [{"type": "Ready", "status": "True"}] if status.pop("ready", False) else []
    return {"metadata": meta, "status": {"phase": status.pop("phase", "Running"), "conditions": conds}}


def _rs(replicas: int | None = 2, **spec: Any) -> dict[str, Any]:
    rs = manifest("web", replicas or 0)
    if replicas is None:
        del rs["spec"]["replicas"]
    rs["metadata"]["uid"] = "rs-uid"
    rs["spec"].update(spec)
    return rs


# -- pure ---------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("labels", "expected"),
    [
        ({"kubevirt.io/vmReplicaSet": "web", "tier": "front"}, True),
        ({"kubevirt.io/vmReplicaSet": "web", "tier": "edge", "x": "y"}, True),
        ({"kubevirt.io/vmReplicaSet": "web", "tier": "back"}, False),
        ({"kubevirt.io/vmReplicaSet": "web"}, False),
        ({"tier": "front"}, False),
    ],
)
def test_match_labels_and_match_expressions_both_hold(labels: dict[str, str], expected: bool) -> None:
    assert replicaset.matches(SELECTOR, labels) is expected


def test_not_in_exists_and_does_not_exist_and_the_selector_string() -> None:
    sel = {
        "matchExpressions": [
            {"key": "b", "operator": "NotIn", "values": ["y", "x"]},
            {"key": "a", "operator": "Exists"},
            {"key": "c", "operator": "DoesNotExist"},
        ]
    }
    assert replicaset.matches(sel, {"a": "1", "b": "z"})
    assert not replicaset.matches(sel, {"a": "1", "b": "x"})
    assert not replicaset.matches(sel, {"a": "1", "c": "1"})
    assert not replicaset.matches(sel, {"b": "z"})
    assert replicaset.selector_string(sel) == "a,b notin (x,y),!c"
    assert replicaset.selector_string(SELECTOR) == "kubevirt.io/vmReplicaSet=web,tier in (edge,front)"


def test_a_replica_set_whose_selector_cannot_match_its_template_is_left_alone() -> None:
    assert replicaset.problem(_rs()) == ""
    assert "does not match" in replicaset.problem(_rs(selector={"matchLabels": {"tier": "back"}}))
    assert "selector is missing" in replicaset.problem(_rs(selector=None))
    bad = _rs(selector={"matchExpressions": [{"key": "tier", "operator": "In"}]})
    assert "values must be non-empty" in replicaset.problem(bad)


def test_missing_replicas_are_created_and_replicas_defaults_to_one() -> None:
    assert replicaset.plan(_rs(3), [_vmi("a")]).create == 2
    assert replicaset.plan(_rs(None), []).create == 1
    assert replicaset.plan(_rs(3, paused=True), []).create == 0


def test_surplus_goes_not_ready_first_then_newest_and_finished_ones_are_removed() -> None:
    vmis = [
        _vmi("old-ready", ready=True, created="2026-01-01T00:00:01Z"),
        _vmi("new-ready", ready=True, created="2026-01-01T00:00:03Z"),
        _vmi("booting", created="2026-01-01T00:00:02Z"),
        _vmi("done", phase="Failed"),
    ]
    todo = replicaset.plan(_rs(1), vmis)
    assert [v["metadata"]["name"] for v in todo.delete] == ["booting", "new-ready"]
    assert [v["metadata"]["name"] for v in todo.finished] == ["done"]
    assert len(todo.active) == 3 and todo.ready == 2 and todo.create == 0


def test_orphans_matching_are_adopted_others_and_foreign_ones_are_not_counted() -> None:
    vmis = [
        _vmi("orphan", owner=None),
        _vmi("stranger", owner=None, labels={"tier": "front"}),
        _vmi("someone-elses", owner="other-uid"),
        _vmi("relabelled", labels={"kubevirt.io/vmReplicaSet": "web", "tier": "back"}),
    ]
    todo = replicaset.plan(_rs(1), vmis)
    assert [v["metadata"]["name"] for v in todo.adopt] == ["orphan"]
    assert [v["metadata"]["name"] for v in todo.release] == ["relabelled"]
    assert [v["metadata"]["name"] for v in todo.active] == ["orphan"]


def test_status_counts_replicas_ready_ones_and_says_paused() -> None:
    todo = replicaset.plan(_rs(2, paused=True), [_vmi("a", ready=True), _vmi("b")])
    st = replicaset.status_for(_rs(2, paused=True), todo, None, "now")
    assert (st["replicas"], st["readyReplicas"]) == (2, 1)
    assert st["labelSelector"] == "kubevirt.io/vmReplicaSet=web,tier in (edge,front)"
    assert [(c["type"], c["reason"]) for c in st["conditions"]] == [("ReplicaPaused", "Paused")]
    failed = replicaset.status_for(_rs(2), todo, ("FailedCreate", "quota"), "now")
    assert [(c["type"], c["reason"]) for c in failed["conditions"]] == [("ReplicaFailure", "FailedCreate")]


def test_a_new_vmi_carries_the_template_metadata_a_generated_name_and_one_controller_reference(
    tmp_path: Any,
) -> None:
    from kubevirt_sandbox.controllers import runtime

    ctx = runtime.Context(tmp_path, kube=None, nodes={})  # type: ignore[arg-type]
    made = replicaset.new_vmi(ctx, _rs(2))
    meta = made["metadata"]
    assert meta["generateName"] == "web" and "name" not in meta
    assert meta["labels"] == LABELS and fastboot.delay(made) == 1.0
    assert meta["ownerReferences"] == [
        {
            "apiVersion": "kubevirt.io/v1",
            "kind": "VirtualMachineInstanceReplicaSet",
            "name": "web",
            "uid": "rs-uid",
            "controller": True,
            "blockOwnerDeletion": True,
        }
    ]
    assert made["spec"]["domain"]["machine"]["type"] == "q35"


# -- the session sandbox ------------------------------------------------------------------------
def _owned(kube: Any, uid: str, deleting: bool = False) -> list[dict[str, Any]]:
    return [
        v
        for v in kube.list("VirtualMachineInstance", "default")
        if replicaset.controller_uid(v) == uid and (deleting or not v["metadata"].get("deletionTimestamp"))
    ]


def _status_is(kube: Any, name: str, replicas: int, ready: int) -> dict[str, Any] | None:
    st = (kube.get("VirtualMachineInstanceReplicaSet", "default", name) or {}).get("status") or {}
    return st if (st.get("replicas"), st.get("readyReplicas")) == (replicas, ready) else None


@pytest.mark.controlplane
@pytest.mark.libvirt
def test_a_replica_set_scales_1_3_1_with_ready_replicas_following(kube: Any, sandbox: Any) -> None:
    rs = kube.create("VirtualMachineInstanceReplicaSet", manifest("web", 1))
    uid = rs["metadata"]["uid"]
    try:
        wait_for("1 ready replica", lambda: _status_is(kube, "web", 1, 1), timeout=60)
        (first,) = _owned(kube, uid)
        assert (
            first["metadata"]["name"].startswith("web") and len(first["metadata"]["name"]) == len("web") + 5
        )
        assert first["metadata"]["labels"]["tier"] == "front"

        kube.patch("VirtualMachineInstanceReplicaSet", "default", "web", {"spec": {"replicas": 3}})
        st = wait_for("3 ready replicas", lambda: _status_is(kube, "web", 3, 3), timeout=60)
        assert st["labelSelector"] == "kubevirt.io/vmReplicaSet=web,tier in (edge,front)"
        three = _owned(kube, uid)
        assert len(three) == 3 and all(helpers.ready_vmi(kube, v["metadata"]["name"]) for v in three)
        shown = subprocess.run(
            [sys.executable, "-m", "kubevirt_sandbox.cli", "--dir", sandbox.directory, "status"],
            capture_output=True,
            text=True,
        )
        assert "VMI replica sets: 1" in shown.stdout and "default/web  3/3 ready" in shown.stdout, (
            shown.stdout
        )

        # down to 1 through the scale subresource, as `kubectl scale vmirs web --replicas 1` does
        scale = kube.request(
            "GET", "/apis/kubevirt.io/v1/namespaces/default/virtualmachineinstancereplicasets/web/scale"
        )
        assert scale["spec"]["replicas"] == 3 and scale["status"]["replicas"] == 3
        kube.request(
            "PATCH",
            "/apis/kubevirt.io/v1/namespaces/default/virtualmachineinstancereplicasets/web/scale",
            body={"spec": {"replicas": 1}},
            content_type="application/merge-patch+json",
        )
        wait_for("1 ready replica again", lambda: _status_is(kube, "web", 1, 1), timeout=60)
        left = wait_for(
            "the surplus VMIs to be gone", lambda: len(_owned(kube, uid)) == 1 and _owned(kube, uid), 60
        )
        # all were Ready: the newest two went, the first one stays
        assert left[0]["metadata"]["uid"] == first["metadata"]["uid"]
    finally:
        kube.delete("VirtualMachineInstanceReplicaSet", "default", "web")
        wait_for("its VMIs to be collected", lambda: not _owned(kube, uid, deleting=True), timeout=60)
