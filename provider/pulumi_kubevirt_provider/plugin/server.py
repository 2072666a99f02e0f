"""``pulumi-resource-kubevirt``: the provider protocol served over the provider core.

Why the raw gRPC service rather than ``pulumi.provider.experimental``: this one can return the
engine's init-failure error with the object's properties (partial state), attribute log lines to
a resource's URN, answer errors without a Python traceback, and serve every call on its own
thread (blocking Kubernetes and libvirt clients, no 4-call ceiling: the engine's ``--parallel``
is the limit).

What each call does beyond the core (``resources/``):

- Check runs the client-side checks only; Create/Update with ``preview=True`` add the server-side
  dry run, touch nothing else and return the inputs with unknown outputs (so a ``pulumi up``
  dry-runs in its preview and then writes each object once);
- a Create or Update that applied but did not become ready (timeout, failure, cancel) returns
  ``ErrorResourceInitFailed`` carrying the object's id and outputs: the engine records it, and
  the next ``up`` updates it instead of creating it again;
- ``timeout`` (``customTimeouts``) reaches the waits; ``Cancel`` stops them;
- Diff returns a detailed diff: declared changes, cluster drift and domain drift, per path;
- what a call finds (``findings.py``) goes to the engine twice, with the resource's URN: each
  finding as its line, and, when the call ends, all of them in one machine-readable line
  (``findings.PREFIX`` and JSON, for ``pulumi-kubevirt report``). Both are INFO diagnostics, the
  only kind ``pulumi preview --json`` keeps: it drops ephemeral (status) and debug messages.
"""

from __future__ import annotations

import argparse
import collections
import concurrent.futures
import gc
import os
import queue
import sys
import threading
import time
import traceback
from collections.abc import Callable
from typing import Any, TypeVar

import grpc
from google.protobuf import empty_pb2

from pulumi_kubevirt_provider import (
    config_keys,
    errors,
    findings,
    kinds,
    kube,
    operation,
    package,
    results,
    settings,
)
from pulumi_kubevirt_provider.plugin import schema, wire
from pulumi_kubevirt_provider.plugin.rpc import (
    engine_pb2,
    engine_pb2_grpc,
    plugin_pb2,
    provider_pb2,
    provider_pb2_grpc,
)
from pulumi_kubevirt_provider.resources import base

HANDLERS: dict[str, type[base.KubeProvider]] = {k.plugin_token: k.handler_class for k in kinds.ALL}
TAKE_OVER_HINT = (
    "import it (`pulumi import {type} <name> {id}`, or the `import_` resource option), or pass adopt=True"
)
_KINDS = {
    results.DiffKind.ADD: provider_pb2.PropertyDiff.ADD,
    results.DiffKind.ADD_REPLACE: provider_pb2.PropertyDiff.ADD_REPLACE,
    results.DiffKind.DELETE: provider_pb2.PropertyDiff.DELETE,
    results.DiffKind.DELETE_REPLACE: provider_pb2.PropertyDiff.DELETE_REPLACE,
    results.DiffKind.UPDATE: provider_pb2.PropertyDiff.UPDATE,
    results.DiffKind.UPDATE_REPLACE: provider_pb2.PropertyDiff.UPDATE_REPLACE,
}
EXIT_GRACE = 1.0  # seconds a stopped plugin gives the calls under way to end before it exits
_GRPC_OPTIONS = [("grpc.max_receive_message_length", 400 * 1024 * 1024)]
T = TypeVar("T")


def _type_of(urn: str) -> str:
    # urn:pulumi:<stack>::<project>::<parent types$>type::<name>
    return urn.split("::")[2].split("$")[-1] if urn.count("::") >= 3 else ""


def _name_of(urn: str) -> str:
    return urn.rsplit("::", 1)[-1]


class _Status(collections.namedtuple("_Status", ("code", "details", "trailing_metadata")), grpc.Status):  # type: ignore[misc]
    pass


def _config_from(args: dict[str, Any], variables: dict[str, str]) -> settings.ClusterSettings:
    """An explicit provider's inputs (``args``, by short name) win over the stack config the
    engine passes a default provider (``variables``: ``kubevirt:config:<key>`` or ``kubevirt:<key>``)."""
    by_full_name = {key.full_name: key.name for key in config_keys.PROVIDER_KEYS}

    def get(full_name: str) -> Any:
        name = by_full_name[full_name]
        value = args.get(name)
        if value in (None, ""):
            value = variables.get(f"{config_keys.PACKAGE}:config:{name}") or variables.get(full_name)
        return value

    return settings.ClusterSettings.from_config(get)


class Server(provider_pb2_grpc.ResourceProviderServicer):
    def __init__(self, engine_address: str | None) -> None:
        self._engine = (
            engine_pb2_grpc.EngineStub(grpc.insecure_channel(engine_address, options=_GRPC_OPTIONS))
            if engine_address
            else None
        )
        self._cfg: settings.ClusterSettings | None = None

    # -- plumbing -------------------------------------------------------------------------
    def _log(self, urn: str, text: str) -> bool:
        """An INFO line to the engine, attributed to ``urn``; False if it could not be sent."""
        if self._engine is None:
            return False
        try:
            self._engine.Log(engine_pb2.LogRequest(severity=engine_pb2.INFO, message=text, urn=urn))
        except grpc.RpcError:
            return False
        return True

    def _say(self, urn: str) -> Callable[[str, str], None]:
        def say(resource: str, message: str) -> None:
            # The same "name: message" text as the dynamic transport prints, now with the URN.
            if not self._log(urn, f"{resource}: {message}"):
                operation.to_stderr(resource, message)

        return say

    def _tell_findings(self, urn: str, op: operation.Operation) -> None:
        if op.found:
            line = findings.machine_line(op.found)
            if not self._log(urn, line):
                print(line, file=sys.stderr, flush=True)

    def _handler(self, urn: str, context: Any) -> base.KubeProvider:
        cls = HANDLERS.get(_type_of(urn))
        if cls is None:
            context.abort(
                grpc.StatusCode.INVALID_ARGUMENT, f"pulumi-kubevirt has no resource type {_type_of(urn)!r}"
            )
            raise AssertionError("unreachable: abort raises")
        return cls(self._cfg)

    def _run(
        self, urn: str, timeout: float, context: Any, call: Callable[[], T], secret: set[str] | None = None
    ) -> T:
        """Run ``call`` as the operation of ``urn``; errors become one clear message."""
        op = operation.Operation(
            self._say(urn), timeout or None, urn or None, frozenset(secret or ()), found=[]
        )
        with operation.running(op):
            try:
                return call()
            except errors.Incomplete:
                raise
            except errors.ProviderError as exc:
                context.abort(grpc.StatusCode.UNKNOWN, str(exc))
            except ValueError as exc:  # configuration errors name the key and the fix
                context.abort(grpc.StatusCode.INVALID_ARGUMENT, str(exc))
            except Exception as exc:  # a bug: one line to the user, the traceback to the plugin's log
                traceback.print_exc(file=sys.stderr)
                context.abort(
                    grpc.StatusCode.INTERNAL,
                    f"pulumi-kubevirt internal error ({type(exc).__name__}: {exc}); "
                    "please report it with the output of `pulumi up --logtostderr -v=9`",
                )
            finally:
                self._tell_findings(urn, op)
        raise AssertionError("unreachable")

    def _init_failed(
        self, context: Any, exc: errors.Incomplete, inputs: dict[str, Any], secret: set[str]
    ) -> Any:
        from google.protobuf import any_pb2
        from google.rpc import code_pb2, status_pb2

        detail = provider_pb2.ErrorResourceInitFailed(
            id=exc.id,
            properties=wire.to_struct(exc.outputs, secret),
            inputs=wire.to_struct(inputs, secret),
            reasons=[str(exc)],
        )
        packed = any_pb2.Any()
        packed.Pack(detail)
        status = status_pb2.Status(code=code_pb2.UNKNOWN, message=str(exc), details=[packed])
        context.abort_with_status(
            _Status(
                grpc.StatusCode.UNKNOWN, str(exc), (("grpc-status-details-bin", status.SerializeToString()),)
            )
        )

    # -- plugin and configuration ---------------------------------------------------------
    def GetPluginInfo(self, request: Any, context: Any) -> Any:
        return plugin_pb2.PluginInfo(version=package.version())

    def GetSchema(self, request: Any, context: Any) -> Any:
        return provider_pb2.GetSchemaResponse(schema=schema.schema_json(package.version()))

    def CheckConfig(self, request: Any, context: Any) -> Any:
        news, secret = wire.from_struct(request.news)
        failures = []
        try:
            _config_from(news, {})
        except config_keys.ConfigError as exc:
            failures.append(provider_pb2.CheckFailure(property=exc.key or "", reason=str(exc)))
        # The engine records these inputs in the state: kubeconfig content holds credentials, so it
        # is a secret whether or not the program marked it (YAML, other SDKs, a plain string).
        secret = secret | {key.name for key in config_keys.PROVIDER_KEYS if key.secret and news.get(key.name)}
        return provider_pb2.CheckResponse(inputs=wire.to_struct(news, secret), failures=failures)

    def DiffConfig(self, request: Any, context: Any) -> Any:
        olds, _ = wire.from_struct(request.olds)
        news, _ = wire.from_struct(request.news)
        changed = sorted(k.name for k in config_keys.PROVIDER_KEYS if olds.get(k.name) != news.get(k.name))
        return provider_pb2.DiffResponse(
            changes=provider_pb2.DiffResponse.DIFF_SOME if changed else provider_pb2.DiffResponse.DIFF_NONE,
            diffs=changed,
        )

    def Configure(self, request: Any, context: Any) -> Any:
        args, _ = wire.from_struct(request.args)
        try:
            self._cfg = _config_from(args, dict(request.variables))
        except ValueError as exc:
            context.abort(grpc.StatusCode.INVALID_ARGUMENT, str(exc))
        return provider_pb2.ConfigureResponse(acceptSecrets=True, supportsPreview=True)

    def Cancel(self, request: Any, context: Any) -> Any:
        operation.cancelled.set()
        return empty_pb2.Empty()

    # -- resources --------------------------------------------------------------------------
    def Check(self, request: Any, context: Any) -> Any:
        olds, _ = wire.from_struct(request.olds)
        news, secret = wire.from_struct(request.news)
        handler = self._handler(request.urn, context)
        # As the Python SDK does: the object is named after the resource unless named otherwise.
        news["metadata"] = {"name": _name_of(request.urn), **(news.get("metadata") or {})}
        result = self._run(
            request.urn, 0, context, lambda: handler.check(olds, news, server_dry_run=False), secret
        )
        return provider_pb2.CheckResponse(
            inputs=wire.to_struct(result.inputs, secret),
            failures=[
                provider_pb2.CheckFailure(property=f.property, reason=f.reason) for f in result.failures
            ],
        )

    def Diff(self, request: Any, context: Any) -> Any:
        olds, old_secret = wire.from_struct(request.olds)
        news, secret = wire.from_struct(request.news)
        handler = self._handler(request.urn, context)
        # Drift lines may quote the old declaration: what was secret there stays unprinted.
        hidden = secret | old_secret
        result = self._run(request.urn, 0, context, lambda: handler.diff(request.id, olds, news), hidden)
        return provider_pb2.DiffResponse(
            changes=provider_pb2.DiffResponse.DIFF_SOME
            if result.changes
            else provider_pb2.DiffResponse.DIFF_NONE,
            replaces=result.replaces,
            deleteBeforeReplace=result.delete_before_replace,
            diffs=sorted({path.split(".")[0].split("[")[0] for path in result.detailed}),
            detailedDiff={
                path: provider_pb2.PropertyDiff(kind=_KINDS[change.kind], inputDiff=change.input_diff)
                for path, change in result.detailed.items()
            },
            hasDetailedDiff=True,
        )

    def Create(self, request: Any, context: Any) -> Any:
        props, secret = wire.from_struct(request.properties)
        handler = self._handler(request.urn, context)
        if request.preview:
            self._dry_run(request.urn, context, handler, props, secret)
            planned = {**props, **{k: wire.UNKNOWN for k in handler.outputs}}
            return provider_pb2.CreateResponse(id="", properties=wire.to_struct(planned, secret))
        hint = TAKE_OVER_HINT.format(type=_type_of(request.urn), id=handler.object_id(props))
        try:
            created = self._run(
                request.urn,
                request.timeout,
                context,
                lambda: handler.create(props, take_over_hint=hint),
                secret,
            )
        except errors.Incomplete as exc:
            return self._init_failed(context, exc, props, secret)
        return provider_pb2.CreateResponse(id=created.id, properties=wire.to_struct(created.outputs, secret))

    def Update(self, request: Any, context: Any) -> Any:
        olds, _ = wire.from_struct(request.olds)
        news, secret = wire.from_struct(request.news)
        handler = self._handler(request.urn, context)
        if request.preview:
            if handler.declared(olds) != handler.declared(news):
                self._dry_run(request.urn, context, handler, news, secret)
            return provider_pb2.UpdateResponse(properties=wire.to_struct({**olds, **news}, secret))
        try:
            outputs = self._run(
                request.urn, request.timeout, context, lambda: handler.update(request.id, olds, news), secret
            )
        except errors.Incomplete as exc:
            return self._init_failed(context, exc, news, secret)
        return provider_pb2.UpdateResponse(properties=wire.to_struct(outputs, secret))

    def _dry_run(
        self, urn: str, context: Any, handler: base.KubeProvider, props: dict[str, Any], secret: set[str]
    ) -> None:
        """The preview's server-side dry run: a rejection fails the preview of this resource."""
        failures = self._run(urn, 0, context, lambda: handler.dry_run(props), secret)
        if failures:
            reasons = "; ".join(f.reason for f in failures)
            context.abort(grpc.StatusCode.INVALID_ARGUMENT, f"{handler.label(props)}: {reasons}")

    def Delete(self, request: Any, context: Any) -> Any:
        props, _ = wire.from_struct(request.properties)
        handler = self._handler(request.urn, context)
        self._run(request.urn, request.timeout, context, lambda: handler.delete(request.id, props))
        return empty_pb2.Empty()

    def Read(self, request: Any, context: Any) -> Any:
        props, secret = wire.from_struct(request.properties)
        handler = self._handler(request.urn, context)
        result = self._run(request.urn, 0, context, lambda: handler.read(request.id, props))
        if not result.id:
            return provider_pb2.ReadResponse(id="")
        return provider_pb2.ReadResponse(
            id=result.id,
            properties=wire.to_struct(result.outputs, secret),
            inputs=wire.to_struct(result.inputs, secret),
        )


class CallThreads(concurrent.futures.Executor):
    """The gRPC server's executor: every call on a thread of its own, started when it arrives.

    Why not a pool: a pool of N threads queues call N+1 until a call ends, and the calls that
    hold the threads are waits for VMs (minutes). With ``--parallel`` as wide as the pool, the
    engine's Cancel (Ctrl-C), and the Check and Diff of a preview, queued behind the very waits a
    Cancel should stop, until one timed out. Here no call waits for a slot: the long calls are
    bounded by the engine's ``--parallel``, the short ones end in milliseconds, and a thread costs
    ~10 µs to start. The threads are daemons: a plugin whose engine is gone exits without waiting
    for the calls it was serving (nobody will read their answers).

    Should the system refuse a new thread (a pids limit), the call queues for one of a few
    threads started with the server instead of failing it.
    """

    RESERVE = 4

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._running: set[concurrent.futures.Future[Any]] = set()
        self._queued: queue.SimpleQueue[Callable[[], None]] = queue.SimpleQueue()
        self._calls = 0
        for i in range(self.RESERVE):
            threading.Thread(target=self._reserve, name=f"reserve {i}", daemon=True).start()

    def _reserve(self) -> None:
        while True:
            self._queued.get()()

    def submit(self, fn: Callable[..., T], /, *args: Any, **kwargs: Any) -> concurrent.futures.Future[T]:
        future: concurrent.futures.Future[T] = concurrent.futures.Future()

        def run() -> None:
            if not future.set_running_or_notify_cancel():
                return
            try:
                result = fn(*args, **kwargs)
            except BaseException as exc:
                future.set_exception(exc)
            else:
                future.set_result(result)
            finally:
                with self._lock:
                    self._running.discard(future)

        with self._lock:
            self._running.add(future)
            self._calls += 1
            name = f"call {self._calls}"
        try:
            threading.Thread(target=run, name=name, daemon=True).start()
        except RuntimeError:  # "can't start new thread"
            self._queued.put(run)
        return future

    def running(self) -> int:
        with self._lock:
            return len(self._running)

    def wait(self, timeout: float) -> bool:
        """Wait up to ``timeout`` seconds for the calls under way to end; True if they all did."""
        deadline = time.monotonic() + timeout
        while self.running() and time.monotonic() < deadline:
            time.sleep(0.05)
        return not self.running()

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        if wait:
            self.wait(float("inf"))


def exit_with_engine(server: Any, parent: int, interval: float = 1.0) -> None:
    """The engine that started this plugin is its parent. When it dies without a word (SIGKILL:
    no Cancel, no shutdown), nobody will call again: stop the waits and the server, so that the
    plugin does not linger, polling the cluster for an engine that is gone."""
    while os.getppid() == parent:
        time.sleep(interval)
    operation.cancelled.set()
    server.stop(grace=0)  # main() then exits, without waiting for the calls (CallThreads)


def _warm_imports() -> None:
    try:
        import urllib3  # noqa: F401  (the first Diff's transport: kube.Transport)
    finally:
        # Loaded: what the start made stays (never scanned again), and the collector that
        # launch.main turned off for the start is on again.
        gc.freeze()
        gc.enable()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="pulumi-resource-kubevirt", description="Pulumi resource provider")
    parser.add_argument("engine", nargs="?", help="the Pulumi engine's address")
    parser.add_argument("--logflow", action="store_true")
    parser.add_argument("--logtostderr", action="store_true")
    args, _ = parser.parse_known_args(argv)
    kube.TRANSPORT = "plugin"
    # A thread per call, no pool: every engine step may wait minutes for a VM, the engine's
    # --parallel (default 4 x cores) is the limit we want, not ours, and Cancel must never queue.
    calls = CallThreads()
    server = grpc.server(calls, options=_GRPC_OPTIONS)
    provider_pb2_grpc.add_ResourceProviderServicer_to_server(Server(args.engine), server)
    port = server.add_insecure_port("127.0.0.1:0")
    server.start()
    threading.Thread(target=exit_with_engine, args=(server, os.getppid()), daemon=True).start()
    print(port, flush=True)
    # While the engine starts the program, load what the first Diff needs (the Kubernetes client:
    # ~0.3 s of imports) instead of during it.
    threading.Thread(target=_warm_imports, name="warm imports", daemon=True).start()
    try:
        server.wait_for_termination()
    except KeyboardInterrupt:  # SIGINT to the plugin itself: as a Cancel, then stop
        operation.cancelled.set()
        server.stop(grace=EXIT_GRACE).wait()
    # Stopped: by the engine, or because the engine is gone. Waits stop at the cancel flag; a call
    # inside one API request (up to its timeout) is not waited for beyond a moment.
    operation.cancelled.set()
    calls.wait(EXIT_GRACE)
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0)  # not interpreter shutdown: it would join threads a hung request still holds
