"""What the dynamic-provider adapter hands the engine, and the readiness verdicts of migrations,
Services and deletions, over the fake cluster and plain objects (no services)."""

from __future__ import annotations

import copy
from typing import Any

import fake_cluster
import pytest

from pulumi_kubevirt_provider import dynamic, errors, kube, operation, readiness


@pytest.fixture()
def said() -> Any:
    lines: list[str] = []
    with operation.running(operation.Operation(say=lambda r, m: lines.append(f"{r}: {m}"))):
        yield lines


def svc(node_port: bool = False, **spec: Any) -> dict[str, Any]:
    return {
        "apiVersion": "v1",
        "kind": "Service",
        "metadata": {"name": "web-ssh", "namespace": "ns"},
        "spec": {
            "type": "NodePort" if node_port else "ClusterIP",
            "selector": {"kubevirt.io/domain": "web"},
            "ports": [{"name": "p22", "port": 22, "targetPort": 22}],
            **spec,
        },
    }


def adapter(cls: type[dynamic.ResourceProviderBase] = dynamic.VirtualMachineServiceProvider) -> Any:
    cfg, fake = fake_cluster.install()
    provider = cls()
    provider._cfg = cfg
    return provider, fake


# -- the dynamic adapter ---------------------------------------------------------------------
def test_check_failures_reach_the_engine_by_property() -> None:
    provider, _ = adapter()
    bad = svc()
    bad["spec"]["ports"][0]["port"] = "x"
    result = provider.check({}, bad)
    assert [(f.property, f.reason.split(":")[0]) for f in result.failures] == [("spec", "spec.ports[0].port")]


def test_an_input_change_lets_the_engine_diff_and_drift_alone_is_a_change(said: list[str]) -> None:
    provider, fake = adapter()
    fake.put(kube.SERVICE, svc())
    changed = svc()
    changed["spec"]["ports"][0]["port"] = 2222
    assert provider.diff("ns/web-ssh", svc(), changed).changes is None  # the engine shows the fields
    assert provider.diff("ns/web-ssh", svc(), svc()).changes is False
    drifted = svc()
    drifted["spec"]["selector"] = {"kubevirt.io/domain": "other"}
    fake.put(kube.SERVICE, drifted)
    assert provider.diff("ns/web-ssh", svc(), svc()).changes is True
    assert said == [
        "web-ssh: spec.selector[\"kubevirt.io/domain\"] is 'other' in the cluster, declared 'web' "
        "(changed outside Pulumi)"
    ]


def test_a_half_made_object_is_an_error_saying_the_next_up_takes_it_over(said: list[str]) -> None:
    provider, _ = adapter()  # the fake cluster never allocates a cluster IP: the wait times out
    props = {**svc(), "timeouts": {"create": 0.01, "update": 0.01}}
    with pytest.raises(errors.ProviderError, match="the next `pulumi up` of this stack takes it over"):
        provider.create(props)
    with pytest.raises(errors.ProviderError, match="readiness"):
        provider.update("ns/web-ssh", props, props)


def test_create_read_and_delete_carry_outputs_and_the_provider_key() -> None:
    provider, fake = adapter()
    real_apply = fake.apply

    def allocate(kind: kube.Kind, obj: dict[str, Any], **kw: Any) -> dict[str, Any]:
        out = copy.deepcopy(real_apply(kind, obj, **kw))
        out["spec"]["clusterIP"] = "10.0.0.9"
        return out if kw.get("dry_run") else fake.put(kind, out)

    fake.apply = allocate  # type: ignore[method-assign]
    created = provider.create(svc())
    assert created.id == "ns/web-ssh" and created.outs["cluster_ip"] == "10.0.0.9"
    read = provider.read("ns/web-ssh", {**svc(), dynamic.PROVIDER_KEY: "pickled"})
    assert read.id == "ns/web-ssh" and read.inputs[dynamic.PROVIDER_KEY] == "pickled"
    assert read.outs["cluster_ip"] == "10.0.0.9"
    provider.delete("ns/web-ssh", svc())
    assert provider.read("ns/web-ssh", svc()).id == ""


# -- verdicts --------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("obj", "verdict"),
    [
        (None, readiness.Verdict(False, "not found")),
        ({"status": {}}, readiness.Verdict(False, "Pending")),
        ({"status": {"phase": "Running"}}, readiness.Verdict(False, "Running")),
        ({"status": {"phase": "Succeeded"}}, readiness.Verdict(True, "Succeeded")),
        (
            {"status": {"phase": "Failed", "migrationState": {"failureReason": "target pod unschedulable"}}},
            readiness.Verdict(False, "Failed", failed="target pod unschedulable"),
        ),
        (
            {"status": {"phase": "Failed", "conditions": [{"type": "Failed", "message": "aborted"}]}},
            readiness.Verdict(False, "Failed", failed="aborted"),
        ),
        ({"status": {"phase": "Failed"}}, readiness.Verdict(False, "Failed", failed="the migration failed")),
    ],
)
def test_a_migration_is_done_when_it_succeeded_and_fails_with_kubevirts_reason(
    obj: dict[str, Any] | None, verdict: readiness.Verdict
) -> None:
    assert readiness.migration(obj) == verdict


@pytest.mark.parametrize(
    ("obj", "verdict"),
    [
        (None, readiness.Verdict(False, "not found")),
        (svc(), readiness.Verdict(False, "waiting for a cluster IP")),
        (svc(clusterIP="10.0.0.1"), readiness.Verdict(True, "allocated")),
        (svc(True, clusterIP="10.0.0.1"), readiness.Verdict(False, "waiting for node ports")),
        (
            svc(True, clusterIP="10.0.0.1", ports=[{"port": 22, "nodePort": 30022}]),
            readiness.Verdict(True, "allocated"),
        ),
        (svc(type="ExternalName", externalName="db.example"), readiness.Verdict(True, "allocated")),
    ],
)
def test_a_service_is_done_when_its_addresses_are_allocated(
    obj: dict[str, Any] | None, verdict: readiness.Verdict
) -> None:
    assert readiness.service(obj) == verdict


def test_a_deletion_is_done_when_the_object_is_gone_and_names_what_holds_it() -> None:
    assert readiness.gone(None) == readiness.Verdict(True, "deleted")
    held = {"metadata": {"finalizers": ["kubevirt.io/virtualMachineControllerFinalize"]}}
    assert (
        readiness.gone(held).status
        == "terminating (finalizers: kubevirt.io/virtualMachineControllerFinalize)"
    )
    assert readiness.gone({"metadata": {}}) == readiness.Verdict(False, "terminating")
