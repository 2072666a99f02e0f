"""Findings as data (findings.py): each kind words itself as the provider always has, a secret value
never rides along, and both transports send the machine-readable line the report decodes."""

from __future__ import annotations

import dataclasses
from typing import Any

import fake_cluster
import pytest

from pulumi_kubevirt_provider import dynamic, findings, operation
from pulumi_kubevirt_provider.domain import compare
from pulumi_kubevirt_provider.plugin import server
from pulumi_kubevirt_provider.resources import vm

# Every kind with the words the provider used before findings were data (the f-strings that were
# spread over resources/, domain/ and replacements.py, and the recorded previews).
WORDED: list[tuple[findings.Finding, str]] = [
    (
        findings.cluster_drift("spec.ports[0].port", 22, 2200, secret=False),
        "spec.ports[0].port is 2200 in the cluster, declared 22 (changed outside Pulumi)",
    ),
    (
        findings.cluster_drift("spec.runStrategy", "Always", "Halted", secret=False),
        "spec.runStrategy is 'Halted' in the cluster, declared 'Always' (changed outside Pulumi)",
    ),
    (
        findings.cluster_drift("metadata.labels.team", "s3cret", "edited", secret=True),
        "metadata.labels.team differs in the cluster from the declared [secret] (changed outside Pulumi)",
    ),
    (findings.Deleted(), "deleted outside Pulumi: the update recreates it"),
    (
        findings.DomainDrift("memory", "96Mi", "128Mi", compare.SETMEM),
        "domain memory 96Mi, declared 128Mi (changed outside Pulumi)",
    ),
    (
        findings.Repairing("run state", "paused", "running", compare.RESUME),
        "repairing: domain run state paused, declared running (changed outside Pulumi)",
    ),
    (
        findings.Pending(
            "memory 384Mi (running with 256Mi)", "KubeVirt applies it at the next restart (RestartRequired)"
        ),
        "pending: memory 384Mi (running with 256Mi); "
        "KubeVirt applies it at the next restart (RestartRequired)",
    ),
    (
        findings.Hotplug("vCPUs", "2", "1"),
        "pending: domain vCPUs 2, becoming 1 (KubeVirt hotplug in progress)",
    ),
    (findings.Migrating("node-2"), "pending: migrating to node-2"),
    (
        findings.PausedByKubeVirt(),
        "paused through KubeVirt (the VMI's Paused condition, as `virtctl pause` sets it): operator "
        "intent, not drift; `up` leaves it paused (`virtctl unpause` resumes it)",
    ),
    (findings.Plan(("sets the memory back live",)), "up sets the memory back live"),
    (
        findings.Classification(("spec.template.spec.domain.cpu.sockets",), (), running=True),
        "applied live: spec.template.spec.domain.cpu.sockets",
    ),
    (
        findings.Classification(
            ("spec.template.spec.domain.cpu.sockets",),
            ("spec.template.spec.domain.resources.requests.memory",),
            running=True,
        ),
        "needs a restart: spec.template.spec.domain.resources.requests.memory; "
        "KubeVirt applies them at the next restart (RestartRequired)",
    ),
    (
        findings.Classification((), ("spec.template.spec.volumes[0]",), running=True, restart_on_change=True),
        "needs a restart: spec.template.spec.volumes[0]; restarts the VM to apply them (restart_on_change)",
    ),
    (findings.Classification(("a",), ("b",), running=False), ""),
    (
        findings.Replacement("the disk's data is deleted with the DataVolume's PVC"),
        "replaced (deleted first, then created): the disk's data is deleted with the DataVolume's PVC",
    ),
    (
        findings.TakeBack(("kubectl-edit", "kubectl-patch")),
        "taking back fields changed outside Pulumi by kubectl-edit, kubectl-patch",
    ),
    (findings.PutBack("spec.ports"), "putting back spec.ports as declared"),
    (findings.Notice("server-side dry run not possible: no"), "server-side dry run not possible: no"),
]


@pytest.mark.parametrize(("finding", "words"), WORDED, ids=lambda v: getattr(v, "KIND", None))
def test_every_kind_of_finding_is_worded_as_the_provider_always_worded_it(
    finding: findings.Finding, words: str
) -> None:
    assert findings.line(finding) == words


def test_every_kind_of_finding_has_its_words_checked() -> None:
    assert {type(f) for f, _ in WORDED} == set(findings._KINDS.values())


@pytest.mark.parametrize(("finding", "words"), WORDED, ids=lambda v: getattr(v, "KIND", None))
def test_every_finding_comes_back_from_the_machine_readable_line_as_it_left(
    finding: findings.Finding, words: str
) -> None:
    line = findings.machine_line([("web", finding)], kind="VirtualMachine", object_="ns/web")
    assert line.startswith(findings.PREFIX) and "\n" not in line
    decoded = findings.decode(line)
    assert decoded == findings.Decoded("VirtualMachine", "ns/web", (("web", finding),))


def test_a_line_that_is_not_the_machine_readable_one_decodes_to_nothing() -> None:
    assert findings.decode("web: spec.ports[0].port is 2200 in the cluster, declared 22") is None
    assert findings.decode(findings.PREFIX + "{not json") is None
    assert findings.decode(findings.PREFIX + '{"findings": [{"kind": "no-such-kind"}]}') is None


def test_a_drift_under_a_secret_input_carries_neither_value() -> None:
    drift = findings.cluster_drift("metadata.labels.team", "s3cret-label", "edited-s3cret", secret=True)
    assert (drift.declared, drift.live) == (findings.SECRET, findings.SECRET)
    line = findings.machine_line([("web", drift)])
    assert "s3cret" not in line and "[secret]" in line
    # The report's spelling: the values are hidden, in the places the values take.
    assert findings.line(drift, hidden_as_values=True) == (
        "metadata.labels.team is [secret] in the cluster, declared [secret] (changed outside Pulumi)"
    )


def _vm(labels: dict[str, str]) -> dict[str, Any]:
    return {
        "metadata": {"name": "web", "namespace": "ns", "labels": labels},
        "spec": {"runStrategy": "Halted", "template": {"spec": {"domain": {"devices": {}}}}},
    }


def handler_with(live: dict[str, Any]) -> vm.VirtualMachineHandler:
    cfg, fake = fake_cluster.install()
    cls = vm.VirtualMachineHandler
    fake.put(cls.kind, {"apiVersion": cls.kind.api_version, "kind": cls.kind.kind, **live})
    return cls(cfg)


def test_the_core_returns_drift_as_findings_and_keeps_a_secret_inputs_values_out() -> None:
    handler = handler_with(_vm({"team": "edited-s3cret"}))
    declared = _vm({"team": "s3cret-label"})
    op = operation.Operation(say=lambda r, m: None, secret_keys=frozenset({"metadata"}), found=[])
    with operation.running(op):
        handler.diff("ns/web", declared, declared)
    assert op.found == [
        ("web", findings.ClusterDrift("metadata.labels.team", findings.SECRET, findings.SECRET, secret=True))
    ]
    assert "s3cret" not in findings.machine_line(op.found)


def test_the_dynamic_transport_names_the_object_in_its_machine_readable_stderr_line(
    capsys: pytest.CaptureFixture[str],
) -> None:
    handler = handler_with(_vm({"team": "edited"}))

    class Adapter(dynamic.VirtualMachineProvider):
        @property
        def handler(self) -> Any:
            return handler

    Adapter().diff("ns/web", _vm({"team": "declared"}), _vm({"team": "declared"}))
    err = capsys.readouterr().err.splitlines()
    assert (
        err[0] == "web: metadata.labels.team is 'edited' in the cluster, declared 'declared' "
        "(changed outside Pulumi)"
    )
    decoded = findings.decode(err[1])
    assert decoded == findings.Decoded(
        "VirtualMachine",
        "ns/web",
        (("web", findings.ClusterDrift("metadata.labels.team", "declared", "edited")),),
    )


@dataclasses.dataclass
class _Engine:
    logged: list[Any] = dataclasses.field(default_factory=list)

    def Log(self, request: Any) -> None:  # noqa: N802 (the engine's RPC name)
        self.logged.append(request)


def test_the_plugin_sends_each_line_then_the_machine_readable_one_with_the_urn() -> None:
    urn = "urn:pulumi:dev::p::kubevirt:index:VirtualMachine::web"
    plugin = server.Server(None)
    engine = _Engine()
    plugin._engine = engine  # type: ignore[assignment]
    drift = findings.DomainDrift("memory", "96Mi", "128Mi", compare.SETMEM)
    plugin._run(urn, 0, None, lambda: findings.tell("web", drift))
    assert [(r.urn, r.message) for r in engine.logged] == [
        (urn, "web: domain memory 96Mi, declared 128Mi (changed outside Pulumi)"),
        (urn, findings.machine_line([("web", drift)])),
    ]
