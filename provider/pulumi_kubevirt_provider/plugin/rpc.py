"""The engine's protocol: Pulumi's generated protobuf and gRPC modules, without the Pulumi SDK.

They ship in the ``pulumi`` distribution (``pulumi/runtime/proto/``), and ``from
pulumi.runtime.proto import provider_pb2`` first runs ``pulumi/__init__.py`` and
``pulumi/runtime/__init__.py``: the whole SDK (asyncio, the automation API, ~0.1 s of CPU) at every
start of the plugin, before it can answer the engine, for nothing it uses.

So the modules are loaded from that folder with the packages above them stood in for while they
load (their relative imports need a parent package) and taken away again after. They stay in
``sys.modules`` under their own names: a later ``import pulumi`` in the same process (the dynamic
transport, the tests) finds them there, the same classes over the one descriptor pool, and ``from
pulumi.runtime.proto import provider_pb2`` gives the same module. When the SDK is loaded already,
its modules are used as they are.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
import types
from pathlib import Path
from typing import TYPE_CHECKING

PACKAGE = "pulumi.runtime.proto"
MODULES = ("engine_pb2", "engine_pb2_grpc", "plugin_pb2", "provider_pb2", "provider_pb2_grpc")


def _load() -> dict[str, types.ModuleType]:
    if PACKAGE in sys.modules:
        return {name: importlib.import_module(f"{PACKAGE}.{name}") for name in MODULES}
    spec = importlib.util.find_spec("pulumi")  # finds the package without running it
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("pulumi-kubevirt's plugin needs the pulumi package (its protocol modules)")
    root = Path(list(spec.submodule_search_locations)[0])
    stand_ins: dict[str, types.ModuleType] = {}
    for name in ("pulumi", "pulumi.runtime", PACKAGE):
        package = types.ModuleType(name)
        package.__path__ = [str(root.joinpath(*name.split(".")[1:]))]
        stand_ins[name] = package
    sys.modules.update(stand_ins)
    try:
        return {name: importlib.import_module(f"{PACKAGE}.{name}") for name in MODULES}
    except ImportError:
        # A release whose protocol modules need more of the SDK than their own folder: drop what
        # loaded (protobuf takes the same descriptors again) and load them the ordinary way.
        for name in [name for name in sys.modules if name.startswith(f"{PACKAGE}.")]:
            del sys.modules[name]
    finally:
        for name, package in stand_ins.items():
            if sys.modules.get(name) is package:
                del sys.modules[name]
    return {name: importlib.import_module(f"{PACKAGE}.{name}") for name in MODULES}


if TYPE_CHECKING:
    from pulumi.runtime.proto import engine_pb2, engine_pb2_grpc, plugin_pb2, provider_pb2, provider_pb2_grpc
else:
    _loaded = _load()
    engine_pb2 = _loaded["engine_pb2"]
    engine_pb2_grpc = _loaded["engine_pb2_grpc"]
    plugin_pb2 = _loaded["plugin_pb2"]
    provider_pb2 = _loaded["provider_pb2"]
    provider_pb2_grpc = _loaded["provider_pb2_grpc"]

__all__ = ["engine_pb2", "engine_pb2_grpc", "plugin_pb2", "provider_pb2", "provider_pb2_grpc"]
