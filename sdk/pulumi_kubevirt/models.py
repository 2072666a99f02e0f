"""Typed models of the KubeVirt (v1.9) and CDI (v1.66) APIs, and manifest round trips.

What programs import; the models themselves live in the ``pulumi_kubevirt_models`` package (the
ground floor the SDK and the provider share), and each name here is that package's, loaded on
first use::

    from pulumi_kubevirt.models import from_manifest, validate, kubevirt_v1

    vm = from_manifest(yaml_text)            # typed model for the manifest's kind
    assert vm.to_manifest() == yaml.safe_load(yaml_text)
    validate(vm)                             # KubeVirt's admission rules, client-side

See ``docs/sdk.md``.
"""

import typing as _typing

import pulumi_kubevirt_models as _models

if _typing.TYPE_CHECKING:
    from pulumi_kubevirt_models import *  # noqa: F403  (the names of its __all__)
else:
    __all__ = list(_models.__all__)

    def __getattr__(name: str) -> _typing.Any:
        if name not in __all__:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(_models, name)  # loads the module that defines it
        globals()[name] = value
        return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_models.__all__})
