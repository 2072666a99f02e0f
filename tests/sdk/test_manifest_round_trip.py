"""Every manifest under manifests/ reads into its typed model and writes back unchanged."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from pulumi_kubevirt_models import (
    KubeModel,
    ValidationError,
    cdi_v1beta1,
    from_manifest,
    kubevirt_v1,
    validate,
)

MANIFESTS = sorted((Path(__file__).parent / "manifests").glob("*.yaml"))


def load(path: Path) -> dict:
    return yaml.safe_load(path.read_text())


def test_there_are_at_least_fifteen_manifests() -> None:
    assert len(MANIFESTS) >= 15


@pytest.mark.parametrize("path", MANIFESTS, ids=lambda p: p.stem)
def test_manifest_survives_from_manifest_then_to_manifest(path: Path) -> None:
    manifest = load(path)
    model = from_manifest(manifest)
    assert isinstance(model, KubeModel)
    assert model.to_manifest() == manifest


@pytest.mark.parametrize("path", MANIFESTS, ids=lambda p: p.stem)
def test_manifest_reads_from_yaml_text_too(path: Path) -> None:
    assert from_manifest(path.read_text()).to_manifest() == load(path)


@pytest.mark.parametrize(
    "path", [p for p in MANIFESTS if not p.stem.startswith("vmi-")], ids=lambda p: p.stem
)
def test_user_written_manifests_pass_admission_checks(path: Path) -> None:
    validate(load(path))


def test_kind_decides_the_model_class() -> None:
    kinds = {p.stem: type(from_manifest(load(p))) for p in MANIFESTS}
    assert kinds["vm-pvc-hotplug"] is kubevirt_v1.VirtualMachine
    assert kinds["vmi-with-status"] is kubevirt_v1.VirtualMachineInstance
    assert kinds["vmim-migration"] is kubevirt_v1.VirtualMachineInstanceMigration
    assert kinds["dv-http"] is cdi_v1beta1.DataVolume


def test_attributes_are_snake_case_and_typed() -> None:
    vm = from_manifest(
        load(MANIFESTS[0].parent / "vm-datavolume-template-http.yaml"), kubevirt_v1.VirtualMachine
    )
    assert vm.spec.run_strategy == "RerunOnFailure"
    template = vm.spec.data_volume_templates[0]
    assert template.spec.storage.storage_class_name == "local-path"
    assert template.spec.storage.resources.requests["storage"] == "10240Mi"


def test_vmi_status_is_readable() -> None:
    vmi = from_manifest(
        load(MANIFESTS[0].parent / "vmi-with-status.yaml"), kubevirt_v1.VirtualMachineInstance
    )
    assert vmi.status.phase == "Running"
    assert vmi.status.interfaces[0].ip_address == "10.244.0.15"
    assert vmi.status.conditions[0].last_probe_time is None


def test_data_volume_status_is_readable() -> None:
    dv = from_manifest(load(MANIFESTS[0].parent / "dv-http.yaml"), cdi_v1beta1.DataVolume)
    assert dv.status.phase == "ImportInProgress"
    assert dv.status.progress == "45.67%"
    assert dv.spec.source.http.cert_config_map == "tls-certs"


def test_expecting_another_kind_is_an_error() -> None:
    with pytest.raises(ValidationError) as e:
        from_manifest(load(MANIFESTS[0].parent / "dv-blank.yaml"), kubevirt_v1.VirtualMachine)
    assert e.value.paths == ["kind"]


def test_cdi_init_image_url_keeps_its_spelling() -> None:
    cdi = {
        "apiVersion": "cdi.kubevirt.io/v1beta1",
        "kind": "CDIConfig",
        "metadata": {"name": "config"},
        "spec": {},
        "status": {"importProxy": {"HTTPProxy": "http://proxy:3128"}},
    }
    assert from_manifest(cdi).to_manifest() == cdi
    field = cdi_v1beta1.DataVolumeSourceVDDK.model_fields["init_image_url"]
    assert field.alias == "initImageURL"
    assert cdi_v1beta1.DataVolumeSourceVDDK(initImageURL="x").to_manifest() == {"initImageURL": "x"}


def test_snake_case_names_work_in_python_but_not_in_manifests() -> None:
    assert kubevirt_v1.Disk(name="d", boot_order=1).to_manifest() == {"name": "d", "bootOrder": 1}
    manifest = load(MANIFESTS[0].parent / "vmim-migration.yaml")
    manifest["spec"]["vmi_name"] = manifest["spec"].pop("vmiName")
    with pytest.raises(ValidationError) as e:
        from_manifest(manifest)
    assert "spec.vmi_name" in e.value.paths
    assert "did you mean 'vmiName'" in str(e.value)


def test_unknown_fields_are_kept_only_when_allowed() -> None:
    manifest = load(MANIFESTS[0].parent / "vm-kernel-boot.yaml")
    manifest["spec"]["template"]["spec"]["domain"]["futureFeature"] = {"on": True}
    with pytest.raises(ValidationError) as e:
        from_manifest(manifest)
    assert e.value.paths == ["spec.template.spec.domain.futureFeature"]
    model = from_manifest(manifest, allow_unknown=True)
    assert model.to_manifest() == manifest
    assert model.spec.template.spec.domain.model_extra == {"futureFeature": {"on": True}}


def test_unknown_fields_in_python_construction_are_rejected() -> None:
    with pytest.raises(Exception, match="unknown field"):
        kubevirt_v1.Disk(name="d", nmae="typo")


def test_kinds_built_in_python_get_api_version_and_kind() -> None:
    vm = kubevirt_v1.VirtualMachine(spec=kubevirt_v1.VirtualMachineSpec(template={}))
    manifest = vm.to_manifest()
    assert manifest["apiVersion"] == "kubevirt.io/v1"
    assert manifest["kind"] == "VirtualMachine"


def test_v1alpha3_is_read_with_the_v1_schema() -> None:
    manifest = load(MANIFESTS[0].parent / "vmim-migration.yaml")
    manifest["apiVersion"] = "kubevirt.io/v1alpha3"
    assert from_manifest(manifest).to_manifest() == manifest


def test_models_compare_quantities_by_value() -> None:
    a = load(MANIFESTS[0].parent / "vm-pvc-hotplug.yaml")
    b = load(MANIFESTS[0].parent / "vm-pvc-hotplug.yaml")
    b["spec"]["template"]["spec"]["domain"]["resources"]["requests"]["memory"] = "1024Mi"
    assert from_manifest(a) == from_manifest(b)
