"""The Pulumi CLI built here runs Python programs and dynamic providers offline."""

from __future__ import annotations

import base64
import importlib.metadata
import json
import subprocess
import textwrap
from pathlib import Path
from typing import Any

import pytest
from pulumi import automation as auto

from kubevirt_sandbox import tools

pytestmark = pytest.mark.pulumi


def write_program(directory: Path, venv: str) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    (directory / "Pulumi.yaml").write_text(
        textwrap.dedent(f"""\
        name: toolchain-check
        runtime:
          name: python
          options:
            virtualenv: {venv}
        """)
    )
    (directory / "__main__.py").write_text(
        textwrap.dedent("""\
        import pulumi
        from pulumi_kubevirt_provider.selftest import Probe

        probe = Probe("probe", message=pulumi.Config().get("message") or "hello")
        pulumi.export("python", probe.python)
        pulumi.export("sdk", probe.sdk)
        pulumi.export("message", probe.message)
        """)
    )
    return directory


def stack_for(program: Path, env: dict[str, str], name: str) -> auto.Stack:
    cmd = auto.PulumiCommand(root=str(tools.pulumi_root()))
    ws = auto.LocalWorkspace(work_dir=str(program), env_vars=env, pulumi_command=cmd)
    return auto.Stack.create_or_select(name, ws)


def ops(preview: auto.PreviewResult) -> dict[str, int]:
    return {k: v for k, v in preview.change_summary.items() if v}


def test_the_cli_is_the_pinned_version_and_matches_the_python_sdk(pulumi_env: dict[str, str]) -> None:
    out = subprocess.run(
        [str(tools.find("pulumi")), "version"], env=pulumi_env, capture_output=True, text=True, check=True
    ).stdout.strip()
    assert out == "v" + importlib.metadata.version("pulumi") == "v3.260.0"
    for name in (
        "pulumi-language-python",
        "pulumi-language-python-host",
        "pulumi-language-python-exec",
        "pulumi-resource-pulumi-python",
    ):
        assert (tools.pulumi_bin_dir() / name).exists(), name


def test_a_dynamic_resource_goes_through_up_a_clean_preview_an_update_and_destroy(
    tmp_path: Path, pulumi_env: dict[str, str], venv_dir: str
) -> None:
    program = write_program(tmp_path / "program", venv_dir)
    stack = stack_for(program, pulumi_env, "up-preview-destroy")
    try:
        up = stack.up(on_output=print)
        assert up.summary.result == "succeeded"
        assert up.outputs["message"].value == "hello"
        assert up.outputs["sdk"].value == importlib.metadata.version("pulumi")
        assert up.summary.resource_changes == {"create": 2}  # the stack and the probe

        assert ops(stack.preview(on_output=print)) == {"same": 2}

        stack.set_config("message", auto.ConfigValue("changed"))
        events: list[Any] = []
        changed = stack.preview(on_event=events.append)
        assert ops(changed) == {"same": 1, "update": 1}
        step = next(
            e.resource_pre_event.metadata
            for e in events
            if e.resource_pre_event and e.resource_pre_event.metadata.type.endswith(":Probe")
        )
        assert step.op == "update"
        assert step.diffs == ["message"]  # the engine's own per-field diff (changes=None)
        assert stack.up().outputs["message"].value == "changed"
        assert ops(stack.preview()) == {"same": 2}

        destroyed = stack.destroy(on_output=print)
        assert destroyed.summary.result == "succeeded"
        assert destroyed.summary.resource_changes == {"delete": 2}
    finally:
        stack.workspace.remove_stack(stack.name, force=True)


def test_the_provider_is_serialized_by_reference_not_by_value(
    tmp_path: Path, pulumi_env: dict[str, str], venv_dir: str
) -> None:
    program = write_program(tmp_path / "program", venv_dir)
    stack = stack_for(program, pulumi_env, "by-reference")
    try:
        stack.up()
        state = stack.export_stack().deployment
        probe = next(r for r in state["resources"] if r["type"].endswith(":Probe"))
        serialized = probe["inputs"]["__provider"]
        assert isinstance(serialized, str), "the provider should not be wrapped as a secret"
        pickled = base64.b64decode(serialized)
        assert len(pickled) < 300, len(pickled)
        assert b"pulumi_kubevirt_provider.selftest" in pickled and b"ProbeProvider" in pickled
        assert json.dumps(state).count("co_code") == 0
        stack.destroy()
    finally:
        stack.workspace.remove_stack(stack.name, force=True)
