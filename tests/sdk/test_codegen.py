"""The generated models are reproducible from the specs, and every generated class builds."""

from __future__ import annotations

import importlib
import subprocess
import sys
from pathlib import Path

import pydantic
import pytest

REPO = Path(__file__).resolve().parents[2]
MODELS = REPO / "models" / "pulumi_kubevirt_models"
GENERATED = MODELS / "generated"
MARKER = "# generated — regenerate, don't edit"


def generated_files() -> list[Path]:
    return sorted(p for p in MODELS.rglob("*.py") if p.read_text("utf-8").startswith(MARKER))


def test_generated_files_are_alone_in_their_folder() -> None:
    """Everything in ``generated/`` carries the header, and nothing outside it does: hand-written
    helpers sit beside the folder, never among the generated files."""
    assert {p.parent for p in generated_files()} == {GENERATED}
    assert sorted(GENERATED.glob("*.py")) == generated_files()


def test_regenerating_gives_no_diff(tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, str(REPO / "scripts" / "codegen" / "generate.py"), "--out", str(tmp_path)],
        check=True,
        capture_output=True,
    )
    fresh = {p.name: p.read_bytes() for p in tmp_path.glob("*.py")}
    committed = {p.name: p.read_bytes() for p in generated_files()}
    assert sorted(fresh) == sorted(committed)
    for name, text in fresh.items():
        assert committed[name] == text, f"{name} differs from the generator's output: regenerate"


def test_generated_files_carry_the_header() -> None:
    for path in generated_files():
        head = path.read_text("utf-8").splitlines()[:3]
        assert "scripts/codegen/generate.py" in head[1]
        assert head[2].startswith(("#   kubevirt-v1.9.0/swagger.json", "#   cdi-v1.66.0/swagger.json"))
    assert {p.name for p in generated_files()} >= {"kubevirt_v1.py", "cdi_v1beta1.py", "k8s_meta_v1.py"}


def test_generated_files_carry_no_description_prose() -> None:
    # The specs' prose stays out of the repository: no docstrings inside generated classes.
    for path in generated_files():
        body = path.read_text("utf-8").split('"""', 2)[2]
        assert '"""' not in body, path.name


@pytest.mark.parametrize("path", generated_files(), ids=lambda p: p.stem)
def test_every_generated_model_builds_its_validator(path: Path) -> None:
    name = "pulumi_kubevirt_models.generated" + ("" if path.stem == "__init__" else f".{path.stem}")
    module = importlib.import_module(name)
    classes = [c for c in vars(module).values() if isinstance(c, type) and issubclass(c, pydantic.BaseModel)]
    for cls in classes:
        if cls.__module__ == module.__name__:
            assert cls.model_rebuild(force=True) is not False, cls.__name__
            cls.model_json_schema(by_alias=True)  # touches every field's schema


def test_every_field_has_an_explicit_camel_case_alias() -> None:
    from pulumi_kubevirt_models import kubevirt_v1

    for cls in (kubevirt_v1.VirtualMachineSpec, kubevirt_v1.Disk, kubevirt_v1.VirtualMachineInstanceStatus):
        for name, field in cls.model_fields.items():
            assert field.alias, f"{cls.__name__}.{name}"
    assert kubevirt_v1.PodNetwork.model_fields["vm_ipv6_network_cidr"].alias == "vmIPv6NetworkCIDR"
    assert kubevirt_v1.VirtualMachineInstanceStatus.model_fields["vsock_cid"].alias == "VSOCKCID"
