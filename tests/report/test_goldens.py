"""The previews recorded from the sandbox (scripts/record_previews.py) render to the committed
golden Markdown and JSON; the policy exit codes and the planted secret are checked on them too.

Re-record (sandbox, Pulumi CLI, plugin): ``.venv/bin/python scripts/record_previews.py``;
re-render only, after changing the renderers on purpose: ``... record_previews.py --render``.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pulumi_kubevirt_provider.report import cli, facts, machine, markdown, model, preview

ROOT = Path(__file__).resolve().parents[2]
PREVIEWS = Path(__file__).parent / "data" / "previews"
SCENARIOS = [
    "a-create",
    "b-live-update",
    "c-restart",
    "d-replace",
    "e-delete",
    "f-cluster-drift",
    "g-domain-drift",
    "h-dynamic-drift",
    "i-dynamic-update",
    "x-example-pr",
]
PLANTED_SECRET = "planted-s3cr3t-9c1e"  # scripts/record_previews.py's config secret


def report_of(name: str) -> model.Report:
    return facts.build(preview.loads((PREVIEWS / f"{name}.preview.json").read_text()))


def test_every_scenario_is_recorded() -> None:
    assert sorted(p.name.removesuffix(".preview.json") for p in PREVIEWS.glob("*.preview.json")) == SCENARIOS


@pytest.mark.parametrize("name", SCENARIOS)
def test_the_recorded_preview_renders_to_the_golden_markdown_and_json(name: str) -> None:
    report = report_of(name)
    assert (
        markdown.render(report, title=f"Pulumi preview: {name}")
        == (PREVIEWS / f"{name}.report.md").read_text()
    )
    assert machine.render(report) == (PREVIEWS / f"{name}.report.json").read_text()


@pytest.mark.parametrize("name", SCENARIOS)
def test_the_planted_config_secret_is_in_no_recording_and_no_rendering(name: str) -> None:
    for suffix in (".preview.json", ".report.md", ".report.json"):
        assert PLANTED_SECRET not in (PREVIEWS / f"{name}{suffix}").read_text()
    assert "echo token=" not in (PREVIEWS / f"{name}.report.md").read_text()


def test_each_scenario_says_what_it_is_about() -> None:
    summaries = {name: report_of(name).summary for name in SCENARIOS}
    assert summaries["a-create"]["create"] == 3
    assert summaries["b-live-update"]["live"] == 1 and summaries["b-live-update"]["restart"] == 0
    assert summaries["c-restart"]["restart"] == 1
    assert summaries["d-replace"]["replace"] == 1
    assert summaries["e-delete"]["delete"] == 1
    assert summaries["f-cluster-drift"]["drift"] == 2
    assert summaries["g-domain-drift"]["drift"] == 1
    assert summaries["h-dynamic-drift"]["drift"] == 2


def test_plugin_drift_has_paths_and_dynamic_drift_says_detail_is_unavailable() -> None:
    svc, dv = sorted((r for r in report_of("f-cluster-drift").resources if r.drift), key=lambda r: r.kind)[
        ::-1
    ]
    assert [d.path for d in svc.drift] == ["spec.ports[0].port"]
    # A drifted label declared secret: the path is said, neither the declared nor the live value.
    assert [(d.path, d.message) for d in dv.drift] == [
        (
            "metadata.labels.team",
            "metadata.labels.team is [secret] in the cluster, declared [secret] (changed outside Pulumi)",
        )
    ]
    # The plugin's own drift line prints neither value (the report's redaction of lines that do is
    # tested on synthetic previews in test_report.py).
    assert "edited" not in (PREVIEWS / "f-cluster-drift.preview.json").read_text()
    assert "edited" not in (PREVIEWS / "f-cluster-drift.report.md").read_text()
    (vm,) = [r for r in report_of("g-domain-drift").resources if r.drift]
    assert "domain.currentMemory" in [d.path for d in vm.drift]
    dynamic = report_of("h-dynamic-drift")
    assert all(not r.drift_detail for r in dynamic.resources if r.drift)
    assert "drift detail per path is unavailable with the dynamic transport" in markdown.render(dynamic)
    assert all(d.path is None for r in dynamic.resources for d in r.drift)


def test_fail_on_restart_exits_non_zero_on_the_restart_and_zero_on_the_live_update(
    capsys: pytest.CaptureFixture[str],
) -> None:
    def run(name: str) -> int:
        return cli.main(
            ["report", str(PREVIEWS / f"{name}.preview.json"), "--fail-on", "restart", "--format", "json"]
        )

    assert run("c-restart") == 3
    assert "--fail-on restart: web" in capsys.readouterr().err
    assert run("b-live-update") == 0
    assert "--fail-on" not in capsys.readouterr().err


def test_the_json_report_is_valid_json_with_the_summary() -> None:
    doc = json.loads((PREVIEWS / "c-restart.report.json").read_text())
    assert doc["summary"]["restart"] == 1 and doc["formatVersion"] == 1


def test_the_docs_example_comment_is_the_rendering_of_its_recording() -> None:
    import importlib.util

    spec = importlib.util.spec_from_file_location("record_previews", ROOT / "scripts" / "record_previews.py")
    assert spec and spec.loader
    recorder = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(recorder)
    recorded = (PREVIEWS / "x-example-pr.preview.json").read_text()
    assert (ROOT / "docs" / "report-example.md").read_text() == recorder.example_doc(recorded)


def test_declared_changes_are_classified_alike_over_both_transports() -> None:
    def classes(name: str) -> tuple[str, list[tuple[str, str]]]:
        (vm,) = [r for r in report_of(name).resources if r.kind == "VirtualMachine"]
        assert vm.change_class is not None
        return vm.change_class.value, [(c.path, c.effect.value if c.effect else "") for c in vm.changes]

    dynamic = classes("i-dynamic-update")
    assert dynamic == classes("x-example-pr")
    assert dynamic == (
        "needs a restart",
        [
            ("spec.template.spec.domain.cpu.sockets", "applied live"),
            ("spec.template.spec.domain.resources.requests.memory", "needs a restart"),
        ],
    )
    assert (
        cli.main(
            [
                "report",
                str(PREVIEWS / "i-dynamic-update.preview.json"),
                "--fail-on",
                "restart",
                "-o",
                "/dev/null",
            ]
        )
        == 3
    )
