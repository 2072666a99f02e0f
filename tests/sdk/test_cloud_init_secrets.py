"""Every form of inline cloud-init data leaves the VM for a Secret input: userData, networkData and
their Base64 forms, in NoCloud and ConfigDrive volumes."""

from __future__ import annotations

import base64
from typing import Any

import pytest

from pulumi_kubevirt import resources


def spec_with(source_key: str, source: dict[str, Any]) -> dict[str, Any]:
    return {
        "template": {
            "spec": {
                "volumes": [
                    {"name": "root", "containerDisk": {"image": "x"}},
                    {"name": "init", source_key: source},
                ]
            }
        }
    }


@pytest.mark.parametrize("source_key", ["cloudInitNoCloud", "cloudInitConfigDrive"])
def test_base64_user_and_network_data_are_decoded_into_the_secret_and_leave_the_vm(source_key: str) -> None:
    user, network = "#cloud-config\npassword: hunter2\n", "version: 2\n"
    source = {
        "userDataBase64": base64.b64encode(user.encode()).decode(),
        "networkDataBase64": base64.b64encode(network.encode()).decode(),
    }
    spec, secrets = resources._extract_cloud_init(spec_with(source_key, source), "web")
    name = resources.cloud_init_secret_name("web", "init")
    assert name.startswith("web-init-cloudinit-")
    assert secrets == {name: {"userdata": user, "networkdata": network}}
    assert spec["template"]["spec"]["volumes"][1][source_key] == {
        "secretRef": {"name": name},
        "networkDataSecretRef": {"name": name},
    }
    assert "aHVudGVyMg" not in str(spec) and "hunter2" not in str(spec)


def test_bad_base64_is_refused_naming_the_path() -> None:
    with pytest.raises(ValueError, match=r"volumes\[1\]\.cloudInitNoCloud\.userDataBase64: not base64"):
        resources._extract_cloud_init(spec_with("cloudInitNoCloud", {"userDataBase64": "%%%"}), "web")


def test_both_forms_at_once_are_refused() -> None:
    with pytest.raises(ValueError, match="set userData or userDataBase64, not both"):
        resources._extract_cloud_init(
            spec_with("cloudInitNoCloud", {"userData": "#!/bin/sh", "userDataBase64": "IyEvYmluL3No"}), "web"
        )


DNS_1123_SUBDOMAIN = r"[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*"


def secret_names(vm_name: str, volume_name: str) -> list[str]:
    spec = {
        "template": {
            "spec": {"volumes": [{"name": volume_name, "cloudInitNoCloud": {"userData": "#!/bin/sh"}}]}
        }
    }
    return list(resources._extract_cloud_init(spec, vm_name)[1])


def test_vms_whose_name_and_volume_join_alike_get_secrets_of_their_own() -> None:
    # `a-b` + `c` and `a` + `b-c` were both `a-b-c-cloudinit`: one VM booted with the other's data.
    assert secret_names("a-b", "c") != secret_names("a", "b-c")
    assert secret_names("a-b", "c") == secret_names("a-b", "c")  # stable from run to run


@pytest.mark.parametrize(
    "vm_name, volume_name",
    [("a" * 252, "init"), ("a" * 253, "init"), ("web." + "b" * 240, "x"), ("web", "cloudinitdisk")],
)
def test_the_secret_name_is_a_valid_dns_1123_subdomain_name(vm_name: str, volume_name: str) -> None:
    import re

    (name,) = secret_names(vm_name, volume_name)
    assert len(name) <= 253 and re.fullmatch(DNS_1123_SUBDOMAIN, name), name
    assert name.startswith(re.sub("[^a-z0-9]", "-", vm_name[:40]))  # readable: it starts with the VM's name
