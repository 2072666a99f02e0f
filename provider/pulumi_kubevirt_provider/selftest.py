"""A dynamic resource that proves the Pulumi toolchain works here, with no cluster involved.

``Probe`` stores a message and reports which Python and pulumi SDK ran its provider. It is what
the toolchain test (``tests/toolchain/test_pulumi_offline.py``) deploys: if a stack of one ``Probe`` goes
through ``up``, a clean second ``preview`` and ``destroy``, then the CLI, the Python language
host, the dynamic-provider launcher and serialization by reference all work, offline.

The provider class lives in this installed module, so dill pickles it by reference (a few
dozen bytes in state), never by value.
"""

from __future__ import annotations

import importlib.metadata
import platform
import uuid
from typing import Any

import pulumi
import pulumi.dynamic as dyn


def _versions() -> dict[str, str]:
    return {"python": platform.python_version(), "sdk": importlib.metadata.version("pulumi")}


class ProbeProvider(dyn.ResourceProvider):
    # Nothing secret is captured by the provider object, so it needs no per-resource encryption.
    serialize_as_secret_always = False

    def create(self, props: dict[str, Any]) -> dyn.CreateResult:
        return dyn.CreateResult(id_=uuid.uuid4().hex, outs={**props, **_versions()})

    def diff(self, _id: str, olds: dict[str, Any], news: dict[str, Any]) -> dyn.DiffResult:
        # None lets the engine compute the per-field diff of the inputs itself.
        return dyn.DiffResult(changes=None if olds.get("message") != news.get("message") else False)

    def update(self, _id: str, _olds: dict[str, Any], news: dict[str, Any]) -> dyn.UpdateResult:
        return dyn.UpdateResult(outs={**news, **_versions()})


class Probe(dyn.Resource, module="selftest", name="Probe"):
    message: pulumi.Output[str]
    python: pulumi.Output[str]
    sdk: pulumi.Output[str]

    def __init__(
        self, resource_name: str, message: pulumi.Input[str], opts: pulumi.ResourceOptions | None = None
    ) -> None:
        super().__init__(
            ProbeProvider(), resource_name, {"message": message, "python": None, "sdk": None}, opts
        )
