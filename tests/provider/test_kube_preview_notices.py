"""What a preview meets that it cannot read becomes a notice or a fallback, never a traceback.

- domain XML that is not well-formed (ElementTree's ParseError is not a ValueError): one notice;
- a user who may get but not list a kind: the list cache falls back to GETs, once per kind and
  namespace, and does not ask for the list again.
"""

from __future__ import annotations

import base64
from pathlib import Path
from typing import Any

import local_api
import pytest
import yaml
from local_api import Answer

from kubevirt_sandbox import controlplane, pki
from pulumi_kubevirt_provider import errors, kube, settings
from pulumi_kubevirt_provider.domain import access, check

VMI = {
    "metadata": {"namespace": "ns", "name": "web", "uid": "u-1"},
    "spec": {"domain": {"devices": {}, "resources": {"requests": {"memory": "128Mi"}}}},
    "status": {"phase": "Running", "nodeName": "node-1"},
}
VM = {
    "metadata": {"namespace": "ns", "name": "web"},
    "spec": {"runStrategy": "Always"},
    "status": {"ready": True},
}


class Answers:
    """A domain backend that returns one recorded reading."""

    name = "recorded"

    def __init__(self, reading: access.Reading) -> None:
        self.reading = reading

    def read(self, vmi: dict[str, Any]) -> access.Reading:
        return self.reading

    def resume(self, vmi: dict[str, Any]) -> None:
        raise AssertionError("no repair in a preview")

    def set_memory(self, vmi: dict[str, Any], kib: int) -> None:
        raise AssertionError("no repair in a preview")


def test_domain_xml_that_is_not_well_formed_is_one_notice_not_a_traceback() -> None:
    cut = "<domain type='kvm'><name>ns_web</name><memory unit='KiB'>131072</mem"
    report = check.inspect(Answers(access.Reading(state="running", xml=cut, persistent=True)), VM, VMI)
    assert report.drift == [] and report.facts is None
    assert report.notice is not None
    assert report.notice.startswith("the domain of VMI ns/web could not be parsed (not well-formed XML:")
    assert report.notice.endswith("domain not checked")


def test_a_document_that_is_not_a_domain_is_a_notice_too() -> None:
    reading = access.Reading(state="running", xml="<network><name>x</name></network>", persistent=True)
    report = check.inspect(Answers(reading), VM, VMI)
    assert report.notice and "not a libvirt domain: <network>" in report.notice


def test_a_user_who_may_get_but_not_list_reads_objects_one_by_one_and_asks_once() -> None:
    forbidden = local_api.status(
        403,
        "Forbidden",
        'virtualmachines.kubevirt.io is forbidden: User "reader" cannot list resource "virtualmachines"',
    )
    web = {"kind": "VirtualMachine", "metadata": {"name": "web", "namespace": "ns"}}
    db = {"kind": "VirtualMachine", "metadata": {"name": "db", "namespace": "ns"}}
    gone = local_api.status(404, "NotFound", 'virtualmachines "old" not found')
    with local_api.LocalApi([forbidden, Answer(200, web), Answer(200, db), gone]) as api:
        cluster = kube.Cluster(settings.ClusterSettings(kubeconfig=local_api.kubeconfig(api.url)))
        assert cluster.read(kube.VM, "ns", "web") == web
        assert cluster.read(kube.VM, "ns", "db") == db
        assert cluster.read(kube.VM, "ns", "old") is None
        base = "/apis/kubevirt.io/v1/namespaces/ns/virtualmachines"
        assert [s.path for s in api.seen] == [base, f"{base}/web", f"{base}/db", f"{base}/old"]


@pytest.mark.controlplane
def test_through_the_real_api_server_rbac_get_without_list_reads_the_vm(
    control_plane: controlplane.ControlPlane, cluster: kube.Cluster, namespace: str, tmp_path: Path
) -> None:
    rbac = f"/apis/rbac.authorization.k8s.io/v1/namespaces/{namespace}"
    rule = {"apiGroups": ["kubevirt.io"], "resources": ["virtualmachines"], "verbs": ["get"]}
    cluster.request("POST", f"{rbac}/roles", body={"metadata": {"name": "getter"}, "rules": [rule]})
    cluster.request(
        "POST",
        f"{rbac}/rolebindings",
        body={
            "metadata": {"name": "getter"},
            "roleRef": {"apiGroup": "rbac.authorization.k8s.io", "kind": "Role", "name": "getter"},
            "subjects": [{"apiGroup": "rbac.authorization.k8s.io", "kind": "User", "name": "getter"}],
        },
    )
    vm = {
        "metadata": {"name": "web", "namespace": namespace},
        "spec": {"runStrategy": "Halted", "template": {"spec": {"domain": {"devices": {}}}}},
    }
    cluster.apply(kube.VM, vm)
    crt, key = pki.issue(Path(control_plane.directory) / "pki", "getter")
    config = yaml.safe_load(Path(control_plane.kubeconfig).read_text())
    config["users"][0]["user"] = {
        "client-certificate-data": base64.b64encode(crt).decode(),
        "client-key-data": base64.b64encode(key).decode(),
    }
    reader = kube.Cluster(settings.ClusterSettings(kubeconfig=yaml.safe_dump(config)))
    try:
        with pytest.raises(errors.ApiError) as denied:
            reader.list(kube.VM, namespace)
        assert denied.value.status == 403
        assert (reader.read(kube.VM, namespace, "web") or {})["metadata"]["name"] == "web"
        assert reader.read(kube.VM, namespace, "absent") is None
    finally:
        reader.close()
