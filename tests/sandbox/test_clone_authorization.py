"""A DataVolume may clone a PVC of another namespace only if its creator may create
``datavolumes/source`` there (or pods), as CDI's webhook checks with a SubjectAccessReview; and
a VM's dataVolumeTemplates likewise (KubeVirt's VM admission). Otherwise the request is refused
with CDI's message, and no copy of the other tenant's disk is ever made.

The users here are impersonated by the admin: the API server authenticates the request as that
user, runs RBAC and admission for it, exactly as for a user with a certificate of their own."""

from __future__ import annotations

import time
import uuid
from collections.abc import Iterator
from typing import Any

import pytest
from kubernetes import client
from kubernetes.client.rest import ApiException

from kubevirt_sandbox import controlplane

pytestmark = pytest.mark.controlplane

USER = "mallory"


@pytest.fixture()
def tenants(control_plane: controlplane.ControlPlane, api_client: Any) -> Iterator[tuple[str, str]]:
    """A victim namespace and the user's own namespace, where the user may manage DataVolumes and VMs."""
    core, rbac = client.CoreV1Api(api_client), client.RbacAuthorizationV1Api(api_client)
    suffix = uuid.uuid4().hex[:6]
    victim, own = f"victim-{suffix}", f"attacker-{suffix}"
    for ns in (victim, own):
        core.create_namespace({"metadata": {"name": ns}})
    rbac.create_namespaced_role(
        own,
        {
            "metadata": {"name": "tenant"},
            "rules": [
                {"apiGroups": ["cdi.kubevirt.io"], "resources": ["datavolumes"], "verbs": ["*"]},
                {"apiGroups": ["kubevirt.io"], "resources": ["virtualmachines"], "verbs": ["*"]},
            ],
        },
    )
    rbac.create_namespaced_role_binding(own, _binding("tenant", "Role"))
    _wait_until_allowed(api_client, own, "cdi.kubevirt.io", "datavolumes", "")
    _wait_until_allowed(api_client, own, "kubevirt.io", "virtualmachines", "")
    try:
        yield victim, own
    finally:
        for ns in (victim, own):
            core.delete_namespace(ns)


def _wait_until_allowed(api_client: Any, ns: str, group: str, resource: str, sub: str) -> None:
    """RBAC grants reach the authorizer through a watch: wait until it says yes (a SubjectAccessReview)."""
    auth = client.AuthorizationV1Api(api_client)
    attrs = {"namespace": ns, "verb": "create", "group": group, "resource": resource, "subresource": sub}
    deadline = time.monotonic() + 10
    while True:
        review = auth.create_subject_access_review(
            {"spec": {"user": USER, "groups": ["system:authenticated"], "resourceAttributes": attrs}}
        )
        if review.status.allowed:
            return
        assert time.monotonic() < deadline, f"RBAC never allowed {USER} {attrs}"
        time.sleep(0.1)


def _binding(role: str, kind: str) -> dict[str, Any]:
    return {
        "metadata": {"name": role},
        "subjects": [{"kind": "User", "name": USER, "apiGroup": "rbac.authorization.k8s.io"}],
        "roleRef": {"kind": kind, "name": role, "apiGroup": "rbac.authorization.k8s.io"},
    }


@pytest.fixture()
def as_user(control_plane: controlplane.ControlPlane) -> Iterator[client.CustomObjectsApi]:
    from kubernetes import config

    api = config.new_client_from_config(config_file=control_plane.kubeconfig)
    api.set_default_header("Impersonate-User", USER)
    api.set_default_header("Impersonate-Group", "system:authenticated")
    yield client.CustomObjectsApi(api)
    api.close()


def _dv(name: str, source_ns: str) -> dict[str, Any]:
    return {
        "apiVersion": "cdi.kubevirt.io/v1beta1",
        "kind": "DataVolume",
        "metadata": {"name": name},
        "spec": {
            "source": {"pvc": {"namespace": source_ns, "name": "disk"}},
            "storage": {"resources": {"requests": {"storage": "1Gi"}}},
        },
    }


def _vm(name: str, source_ns: str) -> dict[str, Any]:
    dv = _dv(f"{name}-root", source_ns)
    return {
        "apiVersion": "kubevirt.io/v1",
        "kind": "VirtualMachine",
        "metadata": {"name": name},
        "spec": {
            "runStrategy": "Halted",
            "dataVolumeTemplates": [{"metadata": dv["metadata"], "spec": dv["spec"]}],
            "template": {
                "spec": {
                    "domain": {"devices": {}, "resources": {"requests": {"memory": "64Mi"}}},
                    "volumes": [{"name": "root", "dataVolume": {"name": f"{name}-root"}}],
                }
            },
        },
    }


def _create(api: client.CustomObjectsApi, ns: str, obj: dict[str, Any]) -> Any:
    group, version = obj["apiVersion"].split("/")
    return api.create_namespaced_custom_object(group, version, ns, obj["kind"].lower() + "s", obj)


def test_a_datavolume_cannot_clone_a_pvc_of_a_namespace_its_creator_has_no_rights_in(
    tenants: tuple[str, str], as_user: client.CustomObjectsApi
) -> None:
    victim, own = tenants
    with pytest.raises(ApiException) as err:
        _create(as_user, own, _dv("steal", victim))
    assert err.value.status in (403, 422)
    assert f"User {USER} has insufficient permissions in clone source namespace {victim}" in str(
        err.value.body
    )
    _create(as_user, own, _dv("same-namespace", own))  # a clone within its own namespace: fine


def test_a_vm_cannot_clone_through_its_data_volume_templates_either(
    tenants: tuple[str, str], as_user: client.CustomObjectsApi
) -> None:
    victim, own = tenants
    with pytest.raises(ApiException) as err:
        _create(as_user, own, _vm("steal", victim))
    assert f"User {USER} has insufficient permissions in clone source namespace {victim}" in str(
        err.value.body
    )
    _create(as_user, own, _vm("own", own))


def test_a_user_granted_datavolumes_source_in_the_source_namespace_may_clone_from_it(
    tenants: tuple[str, str], as_user: client.CustomObjectsApi, api_client: Any
) -> None:
    victim, own = tenants
    rbac = client.RbacAuthorizationV1Api(api_client)
    rbac.create_namespaced_role(
        victim,
        {
            "metadata": {"name": "clone-source"},
            "rules": [
                {"apiGroups": ["cdi.kubevirt.io"], "resources": ["datavolumes/source"], "verbs": ["create"]}
            ],
        },
    )
    rbac.create_namespaced_role_binding(victim, _binding("clone-source", "Role"))
    _wait_until_allowed(api_client, victim, "cdi.kubevirt.io", "datavolumes", "source")
    _create(as_user, own, _dv("granted", victim))
    _create(as_user, own, _vm("granted", victim))
