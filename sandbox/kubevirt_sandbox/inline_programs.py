"""Automation API stacks whose inline programs end cleanly, also when the operation fails.

The Automation API serves an inline program from a language server in this process: each
``up``/``preview``/``refresh``/``destroy`` starts one, the engine calls its ``Run``, which runs the
program on an event loop of its own in one of the server's threads. When the operation fails
(a resource's check or create refused, the engine stops), pulumi 3.260.0's ``Run`` ends badly:
a task's gRPC error reaches the loop's exception handler, which stops the loop while the program
is still suspended; ``Run``'s clean-up then logs to the engine, which is gone, and that call
raises before a single task is cancelled. The loop is never closed and the program's coroutine
(``run_in_stack``) stays suspended in a reference cycle, until the garbage collector closes it,
at any later moment and outside any loop: its ``finally`` awaits the callbacks server's shutdown,
which raises ``RuntimeError: no running event loop`` (an "Exception ignored in" for the
unraisable hook). Meanwhile the operation itself had already returned: ``Run`` ends after the CLI.

Here (:func:`stack`), ``Run`` is followed by a clean end of its loop (every task left is
cancelled and run to its end inside the loop, the loop closed), whatever ``Run`` did, and each
operation returns only once the program it started has ended.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from pulumi import automation as auto
from pulumi.automation import _stack
from pulumi.automation._server import LanguageServer
from pulumi.runtime.proto import language_pb2

# How long an operation waits, after the CLI has returned, for the program it started to end.
PROGRAM_END_TIMEOUT = 60.0
# How long the tasks a program left are given to end once cancelled.
TASK_END_TIMEOUT = 30.0

_started_here = threading.local()


def finish_loop(loop: asyncio.AbstractEventLoop) -> None:
    """Cancel every task still on ``loop`` and run them to their end inside it, then close it.

    The engine is gone by now: the exception handler drops what it is given (the default one
    would stop the loop on a gRPC error, the way the program was left suspended)."""
    if loop.is_closed():
        return
    loop.set_exception_handler(lambda _loop, _context: None)
    for _ in range(10):
        tasks = asyncio.all_tasks(loop)
        if not tasks:
            break
        for task in tasks:
            task.cancel()
        with contextlib.suppress(BaseException):
            done, _ = loop.run_until_complete(asyncio.wait(tasks, timeout=TASK_END_TIMEOUT))
            for task in done:
                if not task.cancelled():
                    task.exception()  # retrieved: nothing to report when the task is collected
    with contextlib.suppress(BaseException):
        loop.run_until_complete(loop.shutdown_asyncgens())
    loop.close()


class CleanLanguageServer(LanguageServer):
    """pulumi's inline language server, whose ``Run`` always leaves its event loop closed."""

    def __init__(self, program: Any) -> None:
        self.loops: list[asyncio.AbstractEventLoop] = []
        self.started = threading.Event()
        self.ended = threading.Event()

        def program_on_its_loop() -> Any:
            self.loops.append(asyncio.get_running_loop())
            return program()

        super().__init__(program_on_its_loop)
        servers = getattr(_started_here, "servers", None)
        if servers is not None:
            servers.append(self)

    def Run(self, request: Any, context: Any) -> Any:  # noqa: N802 (the gRPC method's name)
        self.started.set()
        try:
            return super().Run(request, context)
        except Exception as exn:  # noqa: BLE001 (the engine is gone: nobody reads the answer)
            return language_pb2.RunResponse(error=f"the inline program ended after the engine: {exn}")
        finally:
            try:
                for loop in self.loops:
                    finish_loop(loop)
            finally:
                self.ended.set()


# Every Automation API operation of this process makes its language server from this name.
_stack.LanguageServer = CleanLanguageServer  # type: ignore[misc]


@contextlib.contextmanager
def _program_ends() -> Iterator[None]:
    """Around one operation: on the way out, wait for the programs it started to end."""
    outer = getattr(_started_here, "servers", None)
    servers: list[CleanLanguageServer] = []
    _started_here.servers = servers
    try:
        yield
    finally:
        _started_here.servers = outer
        for server in servers:
            if server.started.is_set():
                server.ended.wait(PROGRAM_END_TIMEOUT)


class InlineStack(auto.Stack):
    """An :class:`auto.Stack` whose operations return once their inline program has ended."""

    def up(self, *args: Any, **kwargs: Any) -> auto.UpResult:
        with _program_ends():
            return super().up(*args, **kwargs)

    def preview(self, *args: Any, **kwargs: Any) -> auto.PreviewResult:
        with _program_ends():
            return super().preview(*args, **kwargs)

    def refresh(self, *args: Any, **kwargs: Any) -> auto.RefreshResult:
        with _program_ends():
            return super().refresh(*args, **kwargs)

    def preview_refresh(self, *args: Any, **kwargs: Any) -> auto.PreviewResult:
        with _program_ends():
            return super().preview_refresh(*args, **kwargs)

    def destroy(self, *args: Any, **kwargs: Any) -> auto.DestroyResult:
        with _program_ends():
            return super().destroy(*args, **kwargs)

    def preview_destroy(self, *args: Any, **kwargs: Any) -> auto.PreviewResult:
        with _program_ends():
            return super().preview_destroy(*args, **kwargs)


def stack(
    name: str,
    project: str,
    program: Any,
    work_dir: Path,
    env: dict[str, str],
    pulumi_root: Path,
) -> InlineStack:
    """Create or select the stack ``name`` of ``project``, running ``program`` inline."""
    workspace = auto.LocalWorkspace(
        work_dir=str(work_dir),
        env_vars=env,
        pulumi_command=auto.PulumiCommand(root=str(pulumi_root)),
        # `main` as auto.create_or_select_stack sets it for an inline program
        project_settings=auto.ProjectSettings(name=project, runtime="python", main=str(Path.cwd())),
        program=program,
    )
    return InlineStack(name, workspace, _stack.StackInitMode.CREATE_OR_SELECT)
