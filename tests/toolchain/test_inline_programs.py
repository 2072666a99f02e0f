"""An inline program (tools.inline_stack) has ended cleanly when its operation returns, failed or not.

pulumi's inline language server used to leave a failed operation's program suspended on an event
loop never closed: later, at any moment, the garbage collector closed its coroutine outside any
loop, and "Exception ignored in: <coroutine object run_in_stack>" (RuntimeError: no running event
loop) was reported during whichever test ran then (12 such per run of the whole suite).
"""

from __future__ import annotations

import asyncio
import gc
import os
import sys
import textwrap
import uuid
from pathlib import Path
from typing import Any

import pytest
from pulumi import automation as auto

from kubevirt_sandbox import tools

pytestmark = pytest.mark.pulumi

# A dynamic provider in a module both this process and the provider's process import, so that
# it is pickled by reference: it refuses what it is told to refuse.
REFUSING_PROVIDER = textwrap.dedent("""\
    import pulumi.dynamic as dyn

    class RefusingProvider(dyn.ResourceProvider):
        serialize_as_secret_always = False

        def check(self, olds, news):
            if news["refuse"] == "check":
                return dyn.CheckResult(news, [dyn.CheckFailure("refuse", "refused by check")])
            return dyn.CheckResult(news, [])

        def create(self, props):
            if props["refuse"] == "create":
                raise Exception("refused by create")
            return dyn.CreateResult(id_="made", outs=props)

    class Thing(dyn.Resource):
        def __init__(self, name, refuse):
            super().__init__(RefusingProvider(), name, {"refuse": refuse})
    """)


@pytest.mark.parametrize(
    ("refuse", "operation", "error"),
    [
        ("create", "up", "refused by create"),
        ("check", "preview", "refused by check"),
        ("nothing", "up", None),
    ],
)
def test_the_inline_program_has_ended_and_closed_its_loop_when_the_operation_returns(
    refuse: str,
    operation: str,
    error: str | None,
    pulumi_env: dict[str, str],
    venv_dir: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    modules = tmp_path / "modules"
    modules.mkdir()
    (modules / "refusing_provider.py").write_text(REFUSING_PROVIDER)
    monkeypatch.syspath_prepend(str(modules))
    unraisable: list[str] = []
    monkeypatch.setattr(sys, "unraisablehook", lambda u: unraisable.append(f"{u.object!r}: {u.exc_value!r}"))
    loops: list[asyncio.AbstractEventLoop] = []

    def program() -> None:
        from refusing_provider import Thing  # type: ignore[import-not-found]

        loops.append(asyncio.get_running_loop())
        Thing("ok", "nothing")
        Thing("thing", refuse)

    (tmp_path / "work").mkdir()
    env = dict(pulumi_env, PATH=f"{venv_dir}/bin{os.pathsep}{pulumi_env['PATH']}", PYTHONPATH=str(modules))
    stack = tools.inline_stack(f"s{uuid.uuid4().hex[:8]}", "inline", program, tmp_path / "work", env)
    try:
        run: Any = getattr(stack, operation)
        if error is None:
            run()
        else:
            with pytest.raises(auto.CommandError, match=error):
                run()
        assert len(loops) == 1
        assert loops[0].is_closed(), "the program's event loop is left open: the program has not ended"
        gc.collect()
        assert unraisable == []
        if operation == "up":
            stack.destroy()
            assert all(loop.is_closed() for loop in loops)
    finally:
        stack.workspace.remove_stack(stack.name, force=True)
    gc.collect()
    assert unraisable == []
