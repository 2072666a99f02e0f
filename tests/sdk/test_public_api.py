"""What ``pulumi_kubevirt``, ``pulumi_kubevirt.models`` and ``pulumi_kubevirt_models`` export is what
their ``__all__`` says."""

from __future__ import annotations

import types

import pytest

import pulumi_kubevirt
import pulumi_kubevirt.models
import pulumi_kubevirt_models


@pytest.mark.parametrize(
    "module", [pulumi_kubevirt, pulumi_kubevirt.models, pulumi_kubevirt_models], ids=lambda m: m.__name__
)
def test_all_lists_exactly_the_public_names(module: types.ModuleType) -> None:
    # dir() and getattr(), not vars(): pulumi_kubevirt resolves its model names on first use.
    public = {
        n
        for n in dir(module)
        if not n.startswith("_")
        and not (
            isinstance(v := getattr(module, n), types.ModuleType)
            and n not in module.__all__
            and v.__name__.startswith(module.__name__ + ".")
        )
    }
    assert sorted(module.__all__) == sorted(set(module.__all__))
    assert set(module.__all__) <= public
    assert public - set(module.__all__) <= {"annotations"}, public - set(module.__all__)


def test_the_sdk_does_not_import_the_sandbox() -> None:
    import subprocess
    import sys

    code = "import sys, pulumi_kubevirt.models; print('kubevirt_sandbox' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_the_sdks_models_are_the_models_package() -> None:
    """``pulumi_kubevirt.models`` is the face programs use: every name is the models' own object."""
    assert pulumi_kubevirt.models.__all__ == pulumi_kubevirt_models.__all__
    for name in pulumi_kubevirt.models.__all__:
        assert getattr(pulumi_kubevirt.models, name) is getattr(pulumi_kubevirt_models, name), name
    with pytest.raises(AttributeError, match="pulumi_kubevirt.models' has no attribute 'base'"):
        pulumi_kubevirt.models.base  # noqa: B018  (the helpers are not part of the face)
