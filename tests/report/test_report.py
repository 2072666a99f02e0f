"""The report on synthetic previews (no services): size bound, secrets, policy, classification.

The recorded previews from the sandbox are in test_goldens.py.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import synthetic

from pulumi_kubevirt_provider import diff, findings, kinds, replacements
from pulumi_kubevirt_provider.report import cli, facts, machine, markdown, model, preview, text


def build(doc: dict[str, Any]) -> model.Report:
    return facts.build(preview.parse(doc))


def test_a_300_vm_preview_stays_under_the_bound_with_the_summary_whole_and_the_elision_stated() -> None:
    report = build(synthetic.many_vms_live_update(300))
    out = markdown.render(report)
    assert len(out) <= markdown.GITHUB_LIMIT
    assert out.startswith(markdown.MARKER)
    assert "| 0 | 300 | 0 | 0 | 0 | 0 |" in out  # the summary counts every VM
    assert "**300 updated live**" in out
    assert "Elided to stay under 65,536 characters: the details of" in out
    shown = out.count("<details><summary>")
    listed = out.count("\n- **VirtualMachine** ")
    assert shown > 0 and listed > 0
    if shown + listed < 300:
        assert f"{300 - shown - listed} not listed at all (" in out
    # The JSON keeps everything.
    assert len(json.loads(machine.render(report))["resources"]) == 300


def test_a_tiny_bound_still_keeps_the_whole_summary() -> None:
    report = build(synthetic.many_vms_live_update(30))
    out = markdown.render(report, limit=1500)
    assert "| 0 | 30 | 0 | 0 | 0 | 0 |" in out
    assert len(out) <= 1500
    assert re.search(r"; (\d+) not listed at all \(\1 update, applied live\)", out), out


PLANTED = "planted-s3cr3t-7f3a"


def secret_preview() -> dict[str, Any]:
    """A VM whose label and cloud-init carry a secret, in both spellings the CLI uses, with a
    drift line about the secret label (the provider prints declared values in drift lines)."""
    old = synthetic.vm_inputs("vm-secret")
    new = synthetic.vm_inputs("vm-secret", sockets=2)
    for doc in (old, new):
        doc["metadata"]["labels"] = {"team": synthetic.secret(PLANTED)}
        doc["cloud_init"] = synthetic.secret(
            {"vm-secret-cloudinit-cloudinit": {"userdata": f"#!/bin/sh\n{PLANTED}"}}
        )
    created = synthetic.vm_inputs("vm-new")
    created["metadata"] = "[secret]"
    u = synthetic.urn("VirtualMachine", "vm-secret")
    return synthetic.document(
        [
            synthetic.step(
                "update",
                "VirtualMachine",
                "vm-secret",
                old,
                new,
                synthetic.vm_outputs(old),
                {
                    "spec.template.spec.domain.cpu.sockets": {"kind": "update", "inputDiff": True},
                    'metadata.labels["team"]': {"kind": "update", "inputDiff": False},
                },
            ),
            synthetic.step("create", "VirtualMachine", "vm-new", None, created),
        ],
        synthetic.told("vm-secret", [findings.ClusterDrift('metadata.labels["team"]', PLANTED, "other")], u),
    )


@pytest.mark.parametrize("fmt", ["markdown", "json", "text"])
def test_a_planted_secret_appears_in_no_format(fmt: str) -> None:
    report = build(secret_preview())
    out = {"markdown": markdown.render, "json": machine.render, "text": text.render}[fmt](report)
    assert PLANTED not in out
    assert "[secret]" in out
    assert "#!/bin/sh" not in out and "userdata" not in out


def test_policy_exit_codes_name_what_tripped(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    old = synthetic.vm_inputs("web")
    new = synthetic.vm_inputs("web", memory="256Mi")
    doc = synthetic.document(
        [synthetic.step("update", "VirtualMachine", "web", old, new, synthetic.vm_outputs(old))]
    )
    path = tmp_path / "p.json"
    path.write_text(json.dumps(doc))
    assert cli.main(["report", str(path), "--fail-on", "restart", "-o", str(tmp_path / "out.md")]) == 3
    assert "--fail-on restart: web" in capsys.readouterr().err
    assert cli.main(["report", str(path), "--fail-on", "replace,delete,drift", "--format", "json"]) == 0
    assert cli.main(["report", str(path), "--fail-on", "reboot"]) == 1


def test_a_template_change_of_a_stopped_vm_needs_no_restart() -> None:
    old = synthetic.vm_inputs("web")
    new = synthetic.vm_inputs("web", memory="256Mi")
    doc = synthetic.document(
        [
            synthetic.step(
                "update", "VirtualMachine", "web", old, new, synthetic.vm_outputs(old, running=False)
            )
        ]
    )
    (r,) = build(doc).resources
    assert r.change_class is model.ChangeClass.STOPPED
    assert r.categories == [model.Category.LIVE]


def test_a_replacement_says_which_rule_of_the_provider_forces_it() -> None:
    dv = {"metadata": {"name": "dv", "namespace": "pr"}, "spec": {"source": {"http": {"url": "http://a"}}}}
    dv2 = {"metadata": {"name": "dv", "namespace": "pr"}, "spec": {"source": {"http": {"url": "http://b"}}}}
    doc = synthetic.document(
        [
            synthetic.step("delete-replaced", "DataVolume", "dv", dv, None),
            synthetic.step("replace", "DataVolume", "dv", dv, dv2),
            synthetic.step("create-replacement", "DataVolume", "dv", dv, dv2),
        ]
    )
    (r,) = build(doc).resources
    assert r.operation is model.Operation.REPLACE and r.categories == [model.Category.REPLACE]
    assert r.why[0] == "`spec.source.http.url`: CDI refuses any change to a DataVolume's spec"
    assert r.imports == ["`pr/dv`: CDI downloads `http://b`"]


def dv_replacement(diagnostics: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    dv = {"metadata": {"name": "dv", "namespace": "pr"}, "spec": {"source": {"http": {"url": "http://a"}}}}
    dv2 = {"metadata": {"name": "dv", "namespace": "pr"}, "spec": {"source": {"http": {"url": "http://b"}}}}
    return synthetic.document(
        [
            synthetic.step("delete-replaced", "DataVolume", "dv", dv, None),
            synthetic.step("replace", "DataVolume", "dv", dv, dv2),
            synthetic.step("create-replacement", "DataVolume", "dv", dv, dv2),
        ],
        diagnostics,
    )


def test_a_data_volume_replacement_says_the_disks_data_is_deleted() -> None:
    """Issue 21: a DataVolume spec change deletes it first: the report must say the data goes."""
    (r,) = build(dv_replacement()).resources
    assert any("the disk's data is deleted" in why for why in r.why), r.why
    assert "the disk's data is deleted" in markdown.render(build(dv_replacement()), title="t")


def test_the_providers_data_loss_line_is_said_once() -> None:
    loss = replacements.data_loss("DataVolume", {"spec": {}})
    assert loss
    doc = dv_replacement(
        synthetic.told("dv", [findings.Replacement(loss)], synthetic.urn("DataVolume", "dv"))
    )
    (r,) = build(doc).resources
    assert not r.notes
    assert markdown.render(build(doc), title="t").count("the disk's data is deleted") == 1


def test_a_vm_replacement_names_the_template_disks_whose_data_is_deleted() -> None:
    old = synthetic.vm_inputs("web")
    old["spec"]["dataVolumeTemplates"] = [{"metadata": {"name": "root"}, "spec": {"source": {"blank": {}}}}]
    new = {
        **old,
        "spec": {
            **old["spec"],
            "dataVolumeTemplates": [
                {"metadata": {"name": "root"}, "spec": {"source": {"http": {"url": "http://x"}}}}
            ],
        },
    }
    doc = synthetic.document(
        [
            synthetic.step("delete-replaced", "VirtualMachine", "web", old, None),
            synthetic.step("replace", "VirtualMachine", "web", old, new),
            synthetic.step("create-replacement", "VirtualMachine", "web", old, new),
        ]
    )
    (r,) = build(doc).resources
    assert any("`root`" in why and "data is deleted" in why for why in r.why), r.why


@pytest.mark.parametrize("transport", ["plugin", "dynamic"])
def test_a_declared_change_and_drift_in_one_step_are_both_reported(transport: str) -> None:
    """Issue 21, item 2: the provider now says both; the report keeps each with its cause."""
    old, new = synthetic.vm_inputs("web"), synthetic.vm_inputs("web", memory="256Mi")
    memory = "spec.template.spec.domain.resources.requests.memory"
    detailed = {
        memory: {"kind": "update", "inputDiff": True},
        "spec.runStrategy": {"kind": "update", "inputDiff": False},
    }
    line = "web: spec.runStrategy is 'Halted' in the cluster, declared 'Always' (changed outside Pulumi)"
    doc = synthetic.document(
        [
            synthetic.step(
                "update",
                "VirtualMachine",
                "web",
                old,
                new,
                synthetic.vm_outputs(old, running=False),
                detailed if transport == "plugin" else None,
                transport,
            )
        ],
        synthetic.told(
            "web",
            [findings.cluster_drift("spec.runStrategy", "Always", "Halted", secret=False)],
            synthetic.urn("VirtualMachine", "web") if transport == "plugin" else "",
            kind="VirtualMachine",
            object_="pr/web",
        ),
    )
    (r,) = build(doc).resources
    assert [c.path for c in r.changes] == [memory]
    assert [d.message for d in r.drift] == [line.removeprefix("web: ")]
    if transport == "plugin":
        assert [d.path for d in r.drift] == ["spec.runStrategy"]


def test_the_report_gives_each_replacement_rule_its_reason_from_the_kind_table() -> None:
    for entry in kinds.ALL:
        for rule in entry.replacements:
            path = (*rule.path, "x")
            assert facts._replace_why(entry.api.kind, {path}) == [f"`{diff.format_path(path)}`: {rule.why}"]


def test_dynamic_drift_lines_are_matched_by_object_name_and_detail_is_said_to_be_unavailable() -> None:
    inputs = synthetic.vm_inputs("vm-dyn")
    doc = synthetic.document(
        [
            synthetic.step(
                "update",
                "VirtualMachine",
                "vm-dyn",
                inputs,
                inputs,
                synthetic.vm_outputs(inputs),
                {},
                transport="dynamic",
            )
        ],
        synthetic.told(
            "vm-dyn",
            [
                findings.DomainDrift("memory", "96Mi", "128Mi", "setmem"),
                findings.Plan(("sets the memory back live",)),
            ],
            kind="VirtualMachine",
            object_="pr/vm-dyn",
        ),
    )
    report = build(doc)
    (r,) = report.resources
    assert r.categories == [model.Category.DRIFT] and not r.drift_detail
    assert r.drift == [
        model.Drift(model.Source.DOMAIN, None, "domain memory 96Mi, declared 128Mi (changed outside Pulumi)")
    ]
    assert r.plan == ["up sets the memory back live"]
    assert "drift detail per path is unavailable with the dynamic transport" in markdown.render(report)
    assert machine.as_dict(report)["resources"][0]["driftDetail"] == "unavailable"


def test_the_text_format_is_coloured_only_when_asked() -> None:
    report = build(synthetic.many_vms_live_update(2))
    assert "\033[" in text.render(report, colour=True)
    assert "\033[" not in text.render(report, colour=False)


def test_python_dash_m_and_the_console_script_read_stdin() -> None:
    doc = json.dumps(synthetic.many_vms_live_update(1))
    for command in (
        [sys.executable, "-m", "pulumi_kubevirt_provider.report"],
        [str(Path(sys.executable).parent / "pulumi-kubevirt"), "report"],
    ):
        done = subprocess.run(
            [*command, "--format", "text"], input=doc, capture_output=True, text=True, check=True
        )
        assert "VirtualMachine web-000: update, applied live" in done.stdout


def test_a_pending_change_on_an_unchanged_vm_is_shown_without_counting_as_a_change() -> None:
    inputs = synthetic.vm_inputs("web", memory="384Mi")
    u = synthetic.urn("VirtualMachine", "web")
    doc = synthetic.document(
        [synthetic.step("same", "VirtualMachine", "web", inputs, inputs, synthetic.vm_outputs(inputs))],
        synthetic.told(
            "web",
            [
                findings.Pending(
                    "memory 384Mi (running with 256Mi)",
                    "KubeVirt applies it at the next restart (RestartRequired)",
                )
            ],
            u,
        ),
    )
    report = build(doc)
    (r,) = report.resources
    assert r.pending == [
        "memory 384Mi (running with 256Mi); KubeVirt applies it at the next restart (RestartRequired)"
    ]
    assert set(report.summary.values()) == {0}
    assert "**Pending** (declared, not yet applied by KubeVirt)" in markdown.render(report)


def test_sections_put_what_a_reviewer_must_not_miss_first() -> None:
    old = synthetic.vm_inputs("a-live")
    doc = synthetic.document(
        [
            synthetic.step("create", "VirtualMachine", "a-new", None, synthetic.vm_inputs("a-new")),
            synthetic.step(
                "update",
                "VirtualMachine",
                "a-live",
                old,
                synthetic.vm_inputs("a-live", sockets=2),
                synthetic.vm_outputs(old),
            ),
            synthetic.step("delete", "VirtualMachine", "a-gone", synthetic.vm_inputs("a-gone"), None),
            synthetic.step(
                "update",
                "VirtualMachine",
                "a-restart",
                old,
                synthetic.vm_inputs("a-live", memory="1Gi"),
                synthetic.vm_outputs(old),
            ),
        ]
    )
    out = markdown.render(build(doc))
    order = [out.index(f"<code>{n}</code>") for n in ("a-gone", "a-restart", "a-live", "a-new")]
    assert order == sorted(order)


def test_a_new_migration_says_which_vmi_leaves_which_node() -> None:
    vm = synthetic.vm_inputs("web")
    migration = {
        "metadata": {"name": "move-web", "namespace": "pr"},
        "spec": {"vmiName": "web"},
        "force": False,
    }
    doc = synthetic.document(
        [
            synthetic.step("same", "VirtualMachine", "web", vm, vm, synthetic.vm_outputs(vm)),
            synthetic.step("create", "VirtualMachineMigration", "move-web", None, migration),
        ]
    )
    (r,) = build(doc).resources
    assert r.migrations == ["live-migrates VMI `web` away from node `sandbox-node-1`"]
    assert r.categories == [model.Category.CREATE]


def test_dynamic_findings_reach_the_resource_whose_kind_and_object_they_name() -> None:
    """No guess by name: a VM and a DataVolume both called `web`, each with its own drift."""
    vm_in = synthetic.vm_inputs("web")
    dv_in = {"metadata": {"name": "web", "namespace": "pr"}, "spec": {"source": {"blank": {}}}}
    steps = [
        synthetic.step(
            "update", "VirtualMachine", "web", vm_in, vm_in, synthetic.vm_outputs(vm_in), {}, "dynamic"
        ),
        synthetic.step("update", "DataVolume", "web-disk", dv_in, dv_in, dv_in, {}, "dynamic"),
    ]
    dv_drift = findings.cluster_drift("metadata.labels.team", "a", "b", secret=False)
    vm_drift = findings.cluster_drift("spec.runStrategy", "Always", "Halted", secret=False)
    doc = synthetic.document(
        steps,
        synthetic.told("web", [dv_drift], kind="DataVolume", object_="pr/web")
        + synthetic.told("web", [vm_drift], kind="VirtualMachine", object_="pr/web"),
    )
    by_kind = {r.kind: r for r in build(doc).resources}
    assert [d.message for d in by_kind["DataVolume"].drift] == [findings.line(dv_drift)]
    assert [d.message for d in by_kind["VirtualMachine"].drift] == [findings.line(vm_drift)]
