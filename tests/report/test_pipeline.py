"""The PR pipelines (examples/ci/): every step but posting runs here, against the sandbox.

Both pipelines call examples/ci/preview-report.sh (preview --json, the JSON, text and Markdown
reports, the policy); this test runs that script on examples/01-datavolume-vm, a fresh stack.
"""

from __future__ import annotations

import json
import os
import subprocess
import uuid
from pathlib import Path
from typing import Any

import pytest
import yaml
from pulumi import automation as auto

from kubevirt_sandbox import tools
from pulumi_kubevirt_provider import kube, settings
from pulumi_kubevirt_provider.report import markdown

ROOT = Path(__file__).resolve().parents[2]
CI = ROOT / "examples" / "ci"
EXAMPLE = ROOT / "examples" / "01-datavolume-vm"


def test_both_pipelines_run_the_shared_script_and_post_one_comment_by_its_marker() -> None:
    github = (CI / "github-actions.yml").read_text()
    gitlab = (CI / "gitlab-ci.yml").read_text()
    for pipeline, poster in ((github, "post-comment-github.sh"), (gitlab, "post-note-gitlab.sh")):
        assert "examples/ci/preview-report.sh" in pipeline
        assert f"examples/ci/{poster}" in pipeline
        assert markdown.MARKER in (CI / poster).read_text()
    assert "gh api --method PATCH" in (CI / "post-comment-github.sh").read_text()
    workflow = yaml.safe_load(github)
    steps = workflow["jobs"]["preview"]["steps"]
    post = next(st for st in steps if "post-comment-github.sh" in st.get("run", ""))
    assert post["if"].startswith("always()")  # the comment is updated even when the policy trips
    assert "pulumi-preview-report" in yaml.safe_load(gitlab)
    assert "curl -sf -X PUT" in (CI / "post-note-gitlab.sh").read_text()


@pytest.mark.pulumi
@pytest.mark.controlplane
@pytest.mark.libvirt
def test_the_pipeline_steps_minus_posting_run_against_the_sandbox(
    sandbox: Any, pulumi_env: dict[str, str], venv_dir: str, tmp_path: Path
) -> None:
    cluster = kube.Cluster(settings.ClusterSettings(kubeconfig=sandbox.kubeconfig))
    stack_name = f"ci-{uuid.uuid4().hex[:6]}"
    cluster.request("POST", "/api/v1/namespaces", body={"metadata": {"name": stack_name}})
    env = dict(os.environ, **pulumi_env)
    env["PATH"] = f"{venv_dir}/bin{os.pathsep}{pulumi_env['PATH']}"
    stack = auto.create_or_select_stack(
        stack_name=stack_name,
        work_dir=str(EXAMPLE),
        opts=auto.LocalWorkspaceOptions(
            env_vars=env, pulumi_command=auto.PulumiCommand(root=str(tools.pulumi_root()))
        ),
    )
    try:
        for key, value in {
            "kubevirt:kubeconfig": sandbox.kubeconfig,
            "kubevirt:namespace": stack_name,
            "kubevirt:transport": "plugin",
        }.items():
            stack.set_config(key, auto.ConfigValue(value))

        def pipeline(fail_on: str) -> tuple[int, Path]:
            out = tmp_path / (fail_on or "none")
            done = subprocess.run(
                [str(CI / "preview-report.sh"), stack_name, str(EXAMPLE)],
                cwd=tmp_path,
                env=dict(env, REPORT_DIR=str(out), REPORT_FAIL_ON=fail_on, REPORT_TITLE="CI test"),
                capture_output=True,
                text=True,
                timeout=600,
            )
            print(done.stdout, done.stderr)
            return done.returncode, out

        status, out = pipeline("create,restart")
        assert status == 3
        assert "--fail-on create: cirros-root, cirros-dv" in (out / "policy.txt").read_text()
        comment = (out / "report.md").read_text()
        assert comment.startswith(markdown.MARKER + "\n### CI test")
        assert "| 2 | 0 | 0 | 0 | 0 | 0 |" in comment
        assert "CDI imports registry image `docker://quay.io/kubevirt/cirros-container-disk-demo`" in comment
        assert json.loads((out / "report.json").read_text())["summary"]["create"] == 2

        status, out = pipeline("")
        assert status == 0 and (out / "policy.txt").read_text() == ""
    finally:
        stack.workspace.remove_stack(stack.name, force=True)
        (EXAMPLE / f"Pulumi.{stack_name}.yaml").unlink(missing_ok=True)
        cluster.request("DELETE", f"/api/v1/namespaces/{stack_name}")
        cluster.close()
