"""Pulumi resources for KubeVirt virtual machines.

The typed models (:mod:`pulumi_kubevirt.models`, ~0.4 s to import: hundreds of pydantic classes)
load on first use, not with this package: ``Quantity``, ``ValidationError``, ``from_manifest``,
``validate`` and ``pulumi_kubevirt.models`` are resolved by the module ``__getattr__`` below (PEP
562), so a program that only declares resources from dicts never pays for them.
"""

import importlib as _importlib
import typing as _typing

from pulumi_kubevirt.resources import (
    DataVolume,
    Provider,
    VirtualMachine,
    VirtualMachineClusterInstancetype,
    VirtualMachineClusterPreference,
    VirtualMachineInstancetype,
    VirtualMachineMigration,
    VirtualMachinePreference,
    VirtualMachineService,
)

if _typing.TYPE_CHECKING:
    from pulumi_kubevirt import models as models  # the submodule, loaded by __getattr__
    from pulumi_kubevirt_models import Quantity, ValidationError, from_manifest, validate

__all__: list[str] = [
    "DataVolume",
    "Provider",
    "Quantity",
    "ValidationError",
    "VirtualMachine",
    "VirtualMachineClusterInstancetype",
    "VirtualMachineClusterPreference",
    "VirtualMachineInstancetype",
    "VirtualMachineMigration",
    "VirtualMachinePreference",
    "VirtualMachineService",
    "from_manifest",
    "validate",
]

# The names above that come from the models (``pulumi_kubevirt_models``).
_FROM_MODELS = frozenset({"Quantity", "ValidationError", "from_manifest", "validate"})


if not _typing.TYPE_CHECKING:  # type checkers see the imports above, and flag unknown names

    def __getattr__(name: str) -> _typing.Any:
        if name == "models":
            return _importlib.import_module("pulumi_kubevirt.models")  # also sets this attribute
        if name not in _FROM_MODELS:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(_importlib.import_module("pulumi_kubevirt_models"), name)
        globals()[name] = value  # later lookups skip this function
        return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
