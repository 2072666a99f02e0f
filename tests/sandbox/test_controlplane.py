"""The local kube-apiserver serves KubeVirt's and CDI's real CRD schemas."""

from __future__ import annotations

import copy
import json
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml
from kubernetes import client
from kubernetes.client.rest import ApiException

from kubevirt_sandbox import controlplane, crds, tools

pytestmark = pytest.mark.controlplane

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "manifests"


def manifest(name: str) -> dict[str, Any]:
    return dict(yaml.safe_load((EXAMPLES / name).read_text()))


def create(api_client: Any, obj: dict[str, Any], namespace: str = "default") -> dict[str, Any]:
    group, version = obj["apiVersion"].split("/")
    plural = obj["kind"].lower() + "s"
    return dict(
        client.CustomObjectsApi(api_client).create_namespaced_custom_object(
            group, version, namespace, plural, obj
        )
    )


def delete(api_client: Any, obj: dict[str, Any], namespace: str = "default") -> None:
    group, version = obj["apiVersion"].split("/")
    client.CustomObjectsApi(api_client).delete_namespaced_custom_object(
        group, version, namespace, obj["kind"].lower() + "s", obj["metadata"]["name"]
    )


def test_the_api_server_accepts_the_cirros_virtual_machine(api_client: Any) -> None:
    vm = manifest("vm-cirros.yaml")
    created = create(api_client, vm)
    try:
        spec = created["spec"]["template"]["spec"]
        assert spec["volumes"][0]["containerDisk"]["image"] == "quay.io/kubevirt/cirros-container-disk-demo"
        assert spec["domain"]["devices"]["disks"][0]["disk"]["bus"] == "virtio"
        assert spec["domain"]["resources"]["requests"]["memory"] == "64M"
        assert created["metadata"]["uid"]
    finally:
        delete(api_client, vm)


def test_a_number_where_run_strategy_wants_a_string_is_rejected_by_the_server(api_client: Any) -> None:
    vm = manifest("vm-cirros.yaml")
    vm["metadata"]["name"] = "bad-run-strategy"
    vm["spec"]["runStrategy"] = 3
    with pytest.raises(ApiException) as err:
        create(api_client, vm)
    assert err.value.status == 422
    body = err.value.body
    assert "spec.runStrategy" in body and "must be of type string" in body, body
    names = [
        o["metadata"]["name"]
        for o in client.CustomObjectsApi(api_client).list_namespaced_custom_object(
            "kubevirt.io", "v1", "default", "virtualmachines"
        )["items"]
    ]
    assert "bad-run-strategy" not in names


def test_an_unknown_field_is_pruned_or_rejected_as_the_schema_says(api_client: Any) -> None:
    vm = manifest("vm-cirros.yaml")
    vm["metadata"]["name"] = "unknown-field"
    vm["spec"]["template"]["spec"]["domain"]["notAField"] = True
    api = client.CustomObjectsApi(api_client)
    with pytest.raises(ApiException) as err:
        api.create_namespaced_custom_object(
            "kubevirt.io", "v1", "default", "virtualmachines", vm, field_validation="Strict"
        )
    assert err.value.status == 400 and "notAField" in err.value.body


def test_a_datavolume_with_an_http_source_is_accepted(api_client: Any) -> None:
    dv = manifest("dv-http.yaml")
    created = create(api_client, dv)
    try:
        assert created["spec"]["source"]["http"]["url"].startswith("http://")
    finally:
        delete(api_client, dv)


def test_a_datavolume_with_a_misspelled_source_field_type_is_rejected(api_client: Any) -> None:
    dv = manifest("dv-http.yaml")
    dv["metadata"]["name"] = "bad-dv"
    dv["spec"]["source"]["http"]["url"] = ["not", "a", "string"]
    with pytest.raises(ApiException) as err:
        create(api_client, dv)
    assert err.value.status == 422 and "spec.source.http.url" in err.value.body


def test_listing_vms_returns_kubectl_columns_through_the_python_client(api_client: Any) -> None:
    vm = manifest("vm-cirros.yaml")
    vm["metadata"]["name"] = "listed"
    create(api_client, vm)
    try:
        raw = client.CustomObjectsApi(api_client).list_namespaced_custom_object(
            "kubevirt.io",
            "v1",
            "default",
            "virtualmachines",
            _headers={"Accept": "application/json;as=Table;v=v1;g=meta.k8s.io"},
            _preload_content=False,
        )
        table = json.loads(raw.data)
        assert [c["name"] for c in table["columnDefinitions"]] == ["Name", "Age", "Status", "Ready"]
        assert [r["cells"][0] for r in table["rows"]] == ["listed"]
    finally:
        delete(api_client, vm)


def test_kubectl_built_here_lists_vms_by_short_name(
    control_plane: controlplane.ControlPlane, api_client: Any
) -> None:
    vm = manifest("vm-cirros.yaml")
    create(api_client, vm)
    try:
        out = subprocess.run(
            [str(tools.find("kubectl")), "--kubeconfig", control_plane.kubeconfig, "get", "vm"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        header, row = out.splitlines()
        assert header.split() == ["NAME", "AGE", "STATUS", "READY"]
        assert row.split()[0] == "vm-cirros"
    finally:
        delete(api_client, vm)


def test_vm_and_migration_have_a_status_subresource_and_the_vmi_has_none(api_client: Any) -> None:
    resources = client.CustomObjectsApi(api_client).get_api_resources("kubevirt.io", "v1").resources
    names = {r.name for r in resources}
    assert "virtualmachines/status" in names
    assert "virtualmachineinstancemigrations/status" in names
    assert "virtualmachineinstances" in names and "virtualmachineinstances/status" not in names


def test_status_written_to_the_vm_main_resource_is_ignored(api_client: Any) -> None:
    vm = manifest("vm-cirros.yaml")
    vm["metadata"]["name"] = "status-check"
    vm["status"] = {"printableStatus": "Running"}
    created = create(api_client, vm)
    try:
        assert "printableStatus" not in (created.get("status") or {})
        api = client.CustomObjectsApi(api_client)
        api.patch_namespaced_custom_object_status(
            "kubevirt.io",
            "v1",
            "default",
            "virtualmachines",
            "status-check",
            {"status": {"printableStatus": "Stopped"}},
        )
        got = api.get_namespaced_custom_object(
            "kubevirt.io", "v1", "default", "virtualmachines", "status-check"
        )
        assert got["status"]["printableStatus"] == "Stopped"
    finally:
        delete(api_client, vm)


@pytest.mark.parametrize(
    "name, scope, short",
    [
        ("virtualmachines.kubevirt.io", "Namespaced", ["vm", "vms"]),
        ("virtualmachineinstances.kubevirt.io", "Namespaced", ["vmi", "vmis"]),
        ("virtualmachineinstancemigrations.kubevirt.io", "Namespaced", ["vmim", "vmims"]),
        (
            "virtualmachineclusterinstancetypes.instancetype.kubevirt.io",
            "Cluster",
            ["vmclusterinstancetype", "vmclusterinstancetypes", "vmcf", "vmcfs"],
        ),
        (
            "virtualmachinepreferences.instancetype.kubevirt.io",
            "Namespaced",
            ["vmpref", "vmprefs", "vmp", "vmps"],
        ),
        ("migrationpolicies.migrations.kubevirt.io", "Cluster", None),
        ("kubevirts.kubevirt.io", "Namespaced", ["kv", "kvs"]),
        ("datavolumes.cdi.kubevirt.io", "Namespaced", ["dv", "dvs"]),
        ("datasources.cdi.kubevirt.io", "Namespaced", ["das"]),
        ("storageprofiles.cdi.kubevirt.io", "Cluster", None),
        ("cdiconfigs.cdi.kubevirt.io", "Cluster", None),
    ],
)
def test_each_crd_is_established_with_its_scope_and_short_names(
    api_client: Any, name: str, scope: str, short: list[str] | None
) -> None:
    raw = client.ApiextensionsV1Api(api_client).read_custom_resource_definition(name, _preload_content=False)
    crd = json.loads(raw.data)
    assert crd["spec"]["scope"] == scope
    assert crd["spec"]["names"].get("shortNames") == short
    assert {c["type"]: c["status"] for c in crd["status"]["conditions"]}["Established"] == "True"
    storage = [v for v in crd["spec"]["versions"] if v["storage"]]
    assert len(storage) == 1 and storage[0]["schema"]["openAPIV3Schema"]["properties"]["spec"]


def test_crds_carry_the_full_upstream_schema() -> None:
    vm = next(c for c in crds.all_crds() if c["metadata"]["name"] == "virtualmachines.kubevirt.io")
    upstream = yaml.safe_load(
        (crds.api_dir() / crds.KUBEVIRT_RELEASE / "crd-schemas" / "virtualmachine.openapiv3.yaml").read_text()
    )
    assert [v["name"] for v in vm["spec"]["versions"]] == ["v1", "v1alpha3"]
    for version in vm["spec"]["versions"]:
        assert version["schema"] == upstream


def test_rbac_is_enforced_for_a_user_without_bindings(api_client: Any) -> None:
    with pytest.raises(ApiException) as err:
        client.CustomObjectsApi(api_client).list_namespaced_custom_object(
            "kubevirt.io", "v1", "default", "virtualmachines", _headers={"Impersonate-User": "nobody"}
        )
    assert err.value.status == 403
    message = json.loads(err.value.body)["message"]
    assert 'User "nobody" cannot list resource "virtualmachines"' in message


def test_the_api_server_reports_its_real_version(api_client: Any) -> None:
    info = client.VersionApi(api_client).get_code()
    assert info.git_version == "v1.37.2" and info.major == "1" and info.minor == "37"


def test_a_missing_api_dir_is_a_clear_error(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("KUBEVIRT_API_DIR", str(tmp_path))
    with pytest.raises(FileNotFoundError, match="set KUBEVIRT_API_DIR"):
        crds.api_dir()


def test_installing_the_crds_twice_is_harmless(api_client: Any) -> None:
    before = client.ApiextensionsV1Api(api_client).read_custom_resource_definition(
        "virtualmachines.kubevirt.io"
    )
    names = crds.install(api_client, copy.deepcopy(crds.all_crds()))
    assert "virtualmachines.kubevirt.io" in names
    after = client.ApiextensionsV1Api(api_client).read_custom_resource_definition(
        "virtualmachines.kubevirt.io"
    )
    assert after.metadata.uid == before.metadata.uid


def test_etcd_answers_only_clients_with_the_api_servers_etcd_certificate(
    control_plane: controlplane.ControlPlane,
) -> None:
    import ssl
    import urllib.error
    import urllib.request

    assert control_plane.etcd_url.startswith("https://127.0.0.1:")
    pki_dir = Path(control_plane.directory) / "pki"
    certs = {name: pki_dir / name for name in ("etcd-ca.crt", "etcd-client.crt", "etcd-client.key")}
    with urllib.request.urlopen(
        f"{control_plane.etcd_url}/health", timeout=5, context=controlplane.etcd_client_tls(certs)
    ) as resp:
        assert resp.status == 200
    anonymous = ssl.create_default_context(cafile=str(certs["etcd-ca.crt"]))
    with pytest.raises((ssl.SSLError, urllib.error.URLError, ConnectionError)):
        urllib.request.urlopen(f"{control_plane.etcd_url}/health", timeout=5, context=anonymous).read()
    with pytest.raises((ssl.SSLError, urllib.error.URLError, ConnectionError)):
        urllib.request.urlopen(control_plane.etcd_url.replace("https", "http") + "/health", timeout=5).read()


def test_an_audit_log_records_each_request_with_its_user_agent(tmp_path: Path) -> None:
    """Issue 15: bench/run.py counts requests at the server from this log (off by default)."""
    from kubernetes import config

    log = tmp_path / "audit.log"
    plane = controlplane.start(tmp_path / "plane", audit_log=log)
    try:
        api = config.new_client_from_config(config_file=plane.kubeconfig)
        api.user_agent = "audit-test/1"
        try:
            client.CoreV1Api(api).list_namespaced_service("default")
        finally:
            api.close()
        events = [json.loads(line) for line in log.read_text().splitlines()]
    finally:
        controlplane.stop(plane)
    mine = [e for e in events if e.get("userAgent") == "audit-test/1"]
    assert [(e["verb"], e["objectRef"]["resource"], e["level"]) for e in mine] == [
        ("list", "services", "Metadata")
    ]
    assert plane.audit_log == str(log)
