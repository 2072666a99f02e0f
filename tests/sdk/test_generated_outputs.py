"""sdk/pulumi_kubevirt/_outputs.py is generated from the kind table: regenerating changes nothing."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "gen_sdk_outputs.py"


def test_the_committed_outputs_are_what_the_kind_table_generates() -> None:
    done = subprocess.run(
        [sys.executable, str(SCRIPT), "--check"], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
