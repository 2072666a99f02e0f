"""The test run itself: an exception nobody could catch fails a test, and never ends the run.

Each test runs pytest in a subprocess, with this project's pytest configuration (pyproject.toml)
and, where said, its root conftest, on a small test file written here. The finalizer that raises
is the one the Automation API's inline programs used to leave behind: a coroutine suspended in a
reference cycle, whose ``finally`` awaits ``asyncio.get_running_loop()`` when the garbage
collector closes it outside any loop.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

LEAVE_A_CORO = """
import asyncio, gc

async def shutdown():
    asyncio.get_running_loop()

async def run_in_stack(event):
    try:
        await event.wait()
    finally:
        await shutdown()

def leave_a_suspended_coroutine_in_a_cycle():
    loop = asyncio.new_event_loop()
    event = asyncio.Event()
    task = loop.create_task(run_in_stack(event))
    loop.run_until_complete(asyncio.sleep(0.001))
    task.cycle = task
"""


def run_pytest(folder: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-c",
            str(ROOT / "pyproject.toml"),
            "--rootdir",
            str(folder),
            "-p",
            "no:cacheprovider",
            *args,
            str(folder),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=folder,
    )


def test_an_exception_raised_in_a_finalizer_fails_the_test_during_which_it_happened(tmp_path: Path) -> None:
    (tmp_path / "test_finalizer.py").write_text(
        LEAVE_A_CORO
        + """
def test_leaves_garbage():
    leave_a_suspended_coroutine_in_a_cycle()
    gc.collect()

def test_clean():
    pass
"""
    )
    run = run_pytest(tmp_path)
    out = run.stdout + run.stderr
    assert run.returncode == 1, out
    assert "1 failed, 1 passed" in out, out
    assert "FAILED test_finalizer.py::test_leaves_garbage" in out, out
    assert "RuntimeError: no running event loop" in out, out


def test_a_finalizer_raising_while_a_failure_is_reported_fails_tests_not_the_run(tmp_path: Path) -> None:
    # CPython 3.11: a finalizer that raises during the ast.parse with which pytest quotes a failed
    # test's source makes that parse fail ("AST constructor recursion depth mismatch"); outside
    # any test, that was an INTERNALERROR: exit 3, the rest of the run not run.
    shutil.copyfile(ROOT / "tests" / "conftest.py", tmp_path / "conftest.py")
    (tmp_path / "test_reports.py").write_text(
        LEAVE_A_CORO
        + """
import pytest

@pytest.mark.parametrize("n", range(20))
def test_fails_leaving_garbage(n):
    gc.set_threshold(100)
    for _ in range(5):
        leave_a_suspended_coroutine_in_a_cycle()
    got = [1, 2]
    assert got == [
        1,
        3,
    ]

def test_runs_last():
    gc.collect()
"""
    )
    run = run_pytest(tmp_path, "-rA")
    out = run.stdout + run.stderr
    assert "INTERNALERROR" not in out, out
    assert run.returncode == 1, out
    assert "test_reports.py::test_runs_last" in out, out  # the run went on to its end
