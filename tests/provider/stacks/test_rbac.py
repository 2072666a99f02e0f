"""deploy/rbac.yaml is enough: a ServiceAccount bound to exactly that role runs a VM (with
cloud-init, so its Secret) and a Service through up, a clean preview and destroy, over both
transports; outside its namespace the error names the verb and the resource it lacks."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import FakeVirtController
from pulumi import automation as auto

import pulumi_kubevirt as kv
from kubevirt_sandbox import controlplane
from pulumi_kubevirt.resources import cloud_init_secret_name
from pulumi_kubevirt_provider import errors, kube

pytestmark = [pytest.mark.pulumi, pytest.mark.controlplane]

RBAC = Path(__file__).resolve().parents[3] / "deploy" / "rbac.yaml"
PATHS = {
    "ServiceAccount": "/api/v1/namespaces/{ns}/serviceaccounts",
    "ClusterRole": "/apis/rbac.authorization.k8s.io/v1/clusterroles",
    "RoleBinding": "/apis/rbac.authorization.k8s.io/v1/namespaces/{ns}/rolebindings",
}


def service_account_kubeconfig(cluster: kube.Cluster, admin_kubeconfig: str, namespace: str) -> str:
    """Create deploy/rbac.yaml's objects for ``namespace`` and a kubeconfig with the SA's token."""
    for doc in yaml.safe_load_all(RBAC.read_text()):
        doc = copy.deepcopy(doc)
        if doc["kind"] != "ClusterRole":
            doc["metadata"]["namespace"] = namespace
        for subject in doc.get("subjects") or []:
            subject["namespace"] = namespace
        try:
            cluster.request("POST", PATHS[doc["kind"]].format(ns=namespace), body=doc)
        except errors.Conflict:
            pass  # the ClusterRole of an earlier test: the same rules
    token = cluster.request(
        "POST",
        f"/api/v1/namespaces/{namespace}/serviceaccounts/pulumi-kubevirt/token",
        body={"apiVersion": "authentication.k8s.io/v1", "kind": "TokenRequest", "spec": {}},
    )["status"]["token"]
    config = yaml.safe_load(Path(admin_kubeconfig).read_text())
    for user in config["users"]:
        user["user"] = {"token": token}
    for context in config["contexts"]:
        context["context"]["namespace"] = namespace
    return str(yaml.safe_dump(config))


def spec(running: bool = True) -> dict[str, Any]:
    return {
        "runStrategy": "Always" if running else "Halted",
        "template": {
            "spec": {
                "domain": {
                    "devices": {"disks": [{"name": "root", "disk": {"bus": "virtio"}}]},
                    "resources": {"requests": {"memory": "128Mi"}},
                },
                "volumes": [
                    {
                        "name": "root",
                        "containerDisk": {"image": "quay.io/kubevirt/cirros-container-disk-demo"},
                    },
                    {"name": "init", "cloudInitNoCloud": {"userData": "#!/bin/sh\necho hi\n"}},
                ],
            }
        },
    }


def test_the_documented_role_is_enough_and_its_limits_are_named(
    stacks: Any, cluster: kube.Cluster, control_plane: controlplane.ControlPlane, namespace: str
) -> None:
    kubeconfig = service_account_kubeconfig(cluster, control_plane.kubeconfig, namespace)
    outside = {"on": False}

    def program() -> None:
        vm = kv.VirtualMachine("scoped", spec=spec())
        kv.VirtualMachineService("scoped-ssh", vm=vm, ports=[22], type="NodePort")
        if outside["on"]:
            kv.VirtualMachine("elsewhere", spec=spec(running=False), metadata={"namespace": "default"})

    stack = stacks.new(program, namespace)
    stack.set_config("kubevirt:kubeconfig", auto.ConfigValue(kubeconfig, secret=True))
    with FakeVirtController(cluster, namespace):
        up = stack.up(on_output=stacks.say)
        assert up.summary.resource_changes.get("create") == 3
        assert cluster.get(kube.SECRET, namespace, cloud_init_secret_name("scoped", "init")) is not None
        stack.preview(on_output=stacks.say, expect_no_changes=True)

        outside["on"] = True
        with pytest.raises(auto.CommandError) as err:
            stack.up(on_output=stacks.say)
        message = str(err.value)
        assert (
            'cannot get resource "virtualmachines" in API group "kubevirt.io" in the namespace "default"'
            in (message)
        )
        outside["on"] = False
        stack.destroy(on_output=stacks.say)
    assert (
        cluster.list(kube.VM, namespace) == []
        and cluster.get(kube.SECRET, namespace, cloud_init_secret_name("scoped", "init")) is None
    )
