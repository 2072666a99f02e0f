"""The dynamic-provider transport: Pulumi's ``pulumi.dynamic`` server calls these classes.

One class per kind, made from ``kinds.ALL`` and named ``<Kind>Provider``. They are serialized into
Pulumi state by reference (module and class name: ``pulumi_kubevirt_provider.dynamic:
VirtualMachineProvider``), so those names are kept; names that earlier versions stored are in
``OLD_PATHS``. They hold nothing but a handler from ``resources/``, made at call time from the
stack config that ``configure`` receives.

What the dynamic protocol cannot carry, it says in lines on stderr:

- no detailed diff: declared changes return ``changes=None``, so the engine computes the
  per-field diff itself; drift returns ``changes=True`` and its paths are logged lines;
- no URN on messages: each finding (``findings.py``) is a line on stderr prefixed with the
  resource's name, and when the call ends all of them are one machine-readable line
  (``findings.PREFIX`` and JSON) that names the object by kind and ``namespace/name``, so that
  ``pulumi-kubevirt report`` can tell which resource they are about;
- partial state only by a side door: a create or update that applied but did not become ready
  fails, and Pulumi's dynamic-provider server turns every exception into a plain error (the engine
  would record nothing, and the next preview would want to create the VM again). So the failing
  call puts the engine's ``ErrorResourceInitFailed`` (the object's id and outputs, as the plugin
  sends it) into the trailing metadata of the gRPC call it serves (``_keep_half_made``): the engine
  records the object, and the next ``up`` updates it. Where that call cannot be found (another
  Pulumi version), the object still carries the annotation ``pulumi-kubevirt.io/owner`` naming this
  stack's resource, so the next ``up`` of the same stack takes it over instead of "already exists";
- no cancel and no ``customTimeouts``: the resources' ``timeouts`` input applies;
- no secret marks on inputs: the SDK passes the names of the inputs that held a secret
  (``__secret_inputs``), and drift lines under them say ``[secret]`` instead of the values.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import importlib
import sys
from collections.abc import Iterator
from typing import Any, ClassVar

import pulumi.dynamic as dyn

from pulumi_kubevirt_provider import errors, findings, kinds, operation, settings
from pulumi_kubevirt_provider.resources import base

PROVIDER_KEY = "__provider"
# The SDK's list of the inputs that held a secret (the dynamic protocol strips the mark itself).
SECRET_INPUTS_KEY = "__secret_inputs"
TAKE_OVER_HINT = "pass adopt=True (Pulumi's import does not work for dynamic providers)"


@contextlib.contextmanager
def _operation(handler: base.KubeProvider, *props: dict[str, Any]) -> Iterator[operation.Operation]:
    """The current operation, knowing which inputs held a secret (the SDK's list of them) and
    collecting what it finds: at the end, the findings go to stderr as one machine-readable line
    naming the object (``props[0]``'s metadata) and its kind."""
    names: frozenset[str] = frozenset()
    for p in props:
        listed = p.get(SECRET_INPUTS_KEY)
        names |= frozenset(listed) if isinstance(listed, list) else frozenset()
    op = dataclasses.replace(operation.current(), secret_keys=names, found=[])
    try:
        with operation.running(op):
            yield op
    finally:
        if op.found:
            meta = props[0].get("metadata") if props else None
            meta = meta if isinstance(meta, dict) else {}
            name, namespace = str(meta.get("name") or ""), str(meta.get("namespace") or "")
            line = findings.machine_line(
                op.found, kind=handler.kind.kind, object_=f"{namespace}/{name}" if namespace else name
            )
            sys.stderr.write(line + "\n")  # one write: a line of its own among other threads' lines
            sys.stderr.flush()


class ResourceProviderBase(dyn.ResourceProvider):
    serialize_as_secret_always = False
    handler_class: ClassVar[type[base.KubeProvider]]

    _cfg: settings.ClusterSettings | None = None

    def configure(self, req: dyn.ConfigureRequest) -> None:
        self._cfg = settings.ClusterSettings.from_config(req.config.get)

    @property
    def handler(self) -> base.KubeProvider:
        return self.handler_class(self._cfg)

    def check(self, olds: dict[str, Any], news: dict[str, Any]) -> dyn.CheckResult:
        handler = self.handler
        with _operation(handler, news):
            result = handler.check(olds, news)
        return dyn.CheckResult(
            result.inputs, [dyn.CheckFailure(f.property, f.reason) for f in result.failures]
        )

    def diff(self, id_: str, olds: dict[str, Any], news: dict[str, Any]) -> dyn.DiffResult:
        handler = self.handler
        with _operation(handler, news, olds):
            result = handler.diff(id_, olds, news)
        # None: the engine computes the per-field diff of the inputs itself (and honours
        # `replaces`); True: only drift, which the engine cannot see, and which was logged.
        changes: bool | None = None if (result.replaces or result.inputs_changed) else result.drift
        return dyn.DiffResult(
            changes=changes,
            replaces=result.replaces,
            delete_before_replace=result.delete_before_replace,
        )

    def create(self, props: dict[str, Any]) -> dyn.CreateResult:
        handler = self.handler
        try:
            with _operation(handler, props):
                created = handler.create(props, take_over_hint=TAKE_OVER_HINT)
        except errors.Incomplete as exc:
            if _keep_half_made(exc, props):
                raise errors.ProviderError(
                    f"{exc} The object is recorded as it is; the next `pulumi up` updates it."
                ) from exc
            raise errors.ProviderError(
                f"{exc} The dynamic provider could not record the half-made object: it stays in the "
                "cluster, and the next `pulumi up` of this stack takes it over."
            ) from exc
        return dyn.CreateResult(id_=created.id, outs=created.outputs)

    def update(self, id_: str, olds: dict[str, Any], news: dict[str, Any]) -> dyn.UpdateResult:
        handler = self.handler
        try:
            with _operation(handler, news, olds):
                return dyn.UpdateResult(outs=handler.update(id_, olds, news))
        except errors.Incomplete as exc:
            _keep_half_made(exc, news)
            raise errors.ProviderError(str(exc)) from exc

    def delete(self, id_: str, props: dict[str, Any]) -> None:
        self.handler.delete(id_, props)

    def read(self, id_: str, props: dict[str, Any]) -> dyn.ReadResult:
        result = self.handler.read(id_, props)
        if not result.id:
            return dyn.ReadResult(id_="", outs={})
        inputs = dict(result.inputs)
        if PROVIDER_KEY in props:
            inputs[PROVIDER_KEY] = props[PROVIDER_KEY]
        return dyn.ReadResult(id_=result.id, outs={**result.outputs, **inputs}, inputs=inputs)


def _adapter(entry: kinds.Kind) -> type[ResourceProviderBase]:
    """The adapter of one kind: a module-level class of this module, so that it pickles by
    reference under the name states store."""
    namespace = {
        "handler_class": entry.handler_class,
        "__module__": __name__,
        "__qualname__": entry.adapter_name,
    }
    return type(entry.adapter_name, (ResourceProviderBase,), namespace)


# kind name -> its adapter; each is also this module's attribute of its name, which states store.
ADAPTERS: dict[str, type[ResourceProviderBase]] = {entry.name: _adapter(entry) for entry in kinds.ALL}
globals().update({cls.__name__: cls for cls in ADAPTERS.values()})

# Where states written by earlier versions say their provider class is (pickled by reference):
# before the resource plugin, each kind's module in resources/ held its own `<Kind>Provider`.
# module -> (class name, kind); the adapters are put there under those names. Unpickling such a
# state (Pulumi's `destroy` and `refresh` load the stored provider) imports the package
# `pulumi_kubevirt_provider.resources` first, which imports this module for that reason alone.
# tests/provider/test_kinds.py loads recorded states of each version.
OLD_PATHS: dict[str, tuple[str, str]] = {
    "pulumi_kubevirt_provider.resources.vm": ("VirtualMachineProvider", "VirtualMachine"),
    "pulumi_kubevirt_provider.resources.datavolume": ("DataVolumeProvider", "DataVolume"),
    "pulumi_kubevirt_provider.resources.migration": (
        "VirtualMachineMigrationProvider",
        "VirtualMachineMigration",
    ),
    "pulumi_kubevirt_provider.resources.service": ("VirtualMachineServiceProvider", "VirtualMachineService"),
}
for _module, (_name, _kind) in OLD_PATHS.items():
    setattr(importlib.import_module(_module), _name, ADAPTERS[_kind])


def _serving_context() -> Any:
    """The gRPC context of the Create or Update call that Pulumi's dynamic-provider server
    (``pulumi.dynamic.__main__``) is serving on this thread: a local ``context`` of its frame."""
    frame = sys._getframe(1)
    while frame is not None:
        context = frame.f_locals.get("context")
        if (
            frame.f_code.co_name in ("Create", "Update")
            and "request" in frame.f_locals
            and hasattr(context, "set_trailing_metadata")
        ):
            return context
        frame = frame.f_back  # type: ignore[assignment]
    return None


def _keep_half_made(exc: errors.Incomplete, props: dict[str, Any]) -> bool:
    """Make the engine record the object that ``exc`` says was applied but is not ready (partial
    state, as the resource plugin's ``ErrorResourceInitFailed``): the details ride in the trailing
    metadata of the call being served, which the server's abort keeps. False where there is no
    such call (the object is then taken back by its owner mark)."""
    context = _serving_context()
    if context is None:
        return False
    from google.protobuf import any_pb2
    from google.rpc import code_pb2, status_pb2
    from pulumi.runtime import rpc
    from pulumi.runtime.proto import provider_pb2

    outputs = {**exc.outputs, PROVIDER_KEY: props.get(PROVIDER_KEY)}
    loop = asyncio.new_event_loop()
    try:
        properties = loop.run_until_complete(rpc.serialize_properties(outputs, {}))
    finally:
        loop.close()
    detail = provider_pb2.ErrorResourceInitFailed(id=exc.id, properties=properties, reasons=[str(exc)])
    packed = any_pb2.Any()
    packed.Pack(detail)
    status = status_pb2.Status(code=code_pb2.UNKNOWN, message=str(exc), details=[packed])
    context.set_trailing_metadata((("grpc-status-details-bin", status.SerializeToString()),))
    return True
