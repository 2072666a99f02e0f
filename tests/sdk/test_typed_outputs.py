"""Type checkers see every model field as ``T | pulumi.Output[T]``: Outputs pass, wrong types fail.

Runs ``mypy --strict`` (the project's configuration) on two small programs in ``data/``: one that
builds a VirtualMachine from the typed classes with a DataVolume's name as an Output, which must
check clean, and one whose lines marked ``# mypy: error`` must each be reported, and no others.
"""

from __future__ import annotations

import hashlib
import os
import re
import runpy
import subprocess
import sys
from pathlib import Path

import pulumi
import pytest

REPO = Path(__file__).resolve().parents[2]
DATA = Path(__file__).parent / "data"
OK = DATA / "typed_outputs_ok.py"
BAD = DATA / "typed_outputs_bad.py"


def mypy_cache(name: str) -> Path:
    """mypy's cache for this checkout, in the tool cache (as scripts/lint.sh keeps its own): a warm
    run takes a second where a cold one takes tens on a loaded machine; mypy revalidates it."""
    root = Path(os.environ.get("PULUMI_KUBEVIRT_CACHE") or Path.home() / ".cache" / "pulumi-kubevirt")
    return root / "mypy" / hashlib.sha1(str(REPO).encode()).hexdigest()[:12] / name


def test_mypy_accepts_outputs_in_typed_models_and_rejects_wrong_types() -> None:
    # One run for both files (a cold mypy run costs a few seconds); the SDK and the models are
    # found through MYPYPATH because the editable install's import hook is invisible to mypy.
    env = {**os.environ, "MYPYPATH": os.pathsep.join([str(REPO / "sdk"), str(REPO / "models")])}
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--config-file", str(REPO / "pyproject.toml")]
        + ["--cache-dir", str(mypy_cache("typed-outputs")), "--no-error-summary", str(OK), str(BAD)],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    reported = re.findall(r"^(.+?):(\d+): error: (.*)$", result.stdout, re.MULTILINE)
    by_file: dict[str, set[int]] = {}
    for path, line, _ in reported:
        by_file.setdefault(Path(path).name, set()).add(int(line))
    marked = {i for i, text in enumerate(BAD.read_text().splitlines(), 1) if text.endswith("# mypy: error")}

    assert result.returncode == 1, result.stdout + result.stderr
    assert OK.name not in by_file, result.stdout
    assert by_file.get(BAD.name) == marked, result.stdout
    assert any("Output[int]" in msg and 'expected "str | Output[str]"' in msg for *_, msg in reported)


@pytest.mark.usefixtures("output_loop")
def test_the_type_checked_program_also_runs_and_keeps_its_outputs() -> None:
    program = runpy.run_path(str(OK))
    volumes = program["manifest"]["spec"]["template"]["spec"]["volumes"]
    assert volumes[0]["dataVolume"]["name"] is program["name"]
    assert isinstance(volumes[1]["dataVolume"]["name"], pulumi.Output)
    assert program["dv_name_of"](program["web"]) is program["name"]
