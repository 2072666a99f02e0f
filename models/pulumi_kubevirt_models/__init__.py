"""Typed models of the KubeVirt (v1.9) and CDI (v1.66) APIs, and manifest round trips.

The ground floor of this repository: it imports nothing of the SDK (``pulumi_kubevirt``, whose
``pulumi_kubevirt.models`` re-exports what is named here) or of the provider
(``pulumi_kubevirt_provider``), which both build on it. ``tests/test_layers.py`` holds that.

Two kinds of module::

    generated/     written by scripts/codegen/generate.py from the specs, nothing else in there:
                   kubevirt_v1, kubevirt_v1beta1, kubevirt_v1alpha1, cdi_v1beta1, cdi_k8s_v1,
                   k8s_core_v1, k8s_meta_v1 (the group/version models), kinds, quantities
    admission, base, enums, errors, manifest, quantity, service     hand-written, beside it

Use::

    from pulumi_kubevirt_models import from_manifest, validate, kubevirt_v1

    vm = from_manifest(yaml_text)            # typed model for the manifest's kind
    assert vm.to_manifest() == yaml.safe_load(yaml_text)
    validate(vm)                             # KubeVirt's admission rules, client-side

Every name and submodule loads on first use (PEP 562): importing this package costs nothing, and
using one small module (``quantity``: the provider's domain check parses memory sizes) does not
load the generated ones (~0.4 s: hundreds of pydantic classes). See ``docs/sdk.md``.
"""

import importlib as _importlib
import typing as _typing

if _typing.TYPE_CHECKING:
    # The submodules (the provider reaches them as attributes: ``models.errors.format_path``).
    from pulumi_kubevirt_models import admission as admission
    from pulumi_kubevirt_models import base as base
    from pulumi_kubevirt_models import enums as enums
    from pulumi_kubevirt_models import errors as errors
    from pulumi_kubevirt_models import generated as generated
    from pulumi_kubevirt_models import manifest as manifest
    from pulumi_kubevirt_models import quantity as quantity
    from pulumi_kubevirt_models import service as service
    from pulumi_kubevirt_models.admission import check, validate
    from pulumi_kubevirt_models.base import Input, KubeModel
    from pulumi_kubevirt_models.errors import Problem, ValidationError
    from pulumi_kubevirt_models.generated import (
        cdi_k8s_v1,
        cdi_v1beta1,
        k8s_core_v1,
        k8s_meta_v1,
        kubevirt_v1,
        kubevirt_v1alpha1,
        kubevirt_v1beta1,
    )
    from pulumi_kubevirt_models.manifest import from_manifest, kinds, model_class
    from pulumi_kubevirt_models.quantity import Quantity

# The public names, by the module that defines them.
_HOME = {
    "check": "admission",
    "validate": "admission",
    "Input": "base",
    "KubeModel": "base",
    "Problem": "errors",
    "ValidationError": "errors",
    "from_manifest": "manifest",
    "kinds": "manifest",
    "model_class": "manifest",
    "Quantity": "quantity",
}
# Submodules reachable as attributes: the group/version models (in generated/) and the helpers.
_SUBMODULES = {
    **{
        name: f"generated.{name}"
        for name in (
            "cdi_k8s_v1",
            "cdi_v1beta1",
            "k8s_core_v1",
            "k8s_meta_v1",
            "kubevirt_v1",
            "kubevirt_v1alpha1",
            "kubevirt_v1beta1",
        )
    },
    **{
        name: name
        for name in ("admission", "base", "enums", "errors", "generated", "manifest", "quantity", "service")
    },
}

if not _typing.TYPE_CHECKING:  # type checkers see the imports above

    def __getattr__(name: str) -> _typing.Any:
        if name in _SUBMODULES:
            value = _importlib.import_module(f"{__name__}.{_SUBMODULES[name]}")
        elif name in _HOME:
            value = getattr(_importlib.import_module(f"{__name__}.{_HOME[name]}"), name)
        else:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        globals()[name] = value  # later lookups skip this function
        return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})


# What a program uses (``pulumi_kubevirt.models`` offers the same); the helpers are for this
# repository's SDK and provider.
__all__ = [
    "Input",
    "KubeModel",
    "Problem",
    "Quantity",
    "ValidationError",
    "cdi_k8s_v1",
    "cdi_v1beta1",
    "check",
    "from_manifest",
    "k8s_core_v1",
    "k8s_meta_v1",
    "kinds",
    "kubevirt_v1",
    "kubevirt_v1alpha1",
    "kubevirt_v1beta1",
    "model_class",
    "validate",
]
