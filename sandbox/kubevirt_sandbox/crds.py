"""KubeVirt's and CDI's CustomResourceDefinitions, built from upstream's API files at run time.

The schemas are read from the folder given by ``KUBEVIRT_API_DIR`` (default: ``shared/kubevirt-api``
beside this checkout) and never copied into the project. CDI ships whole CRD files, which are
installed as they are. KubeVirt ships only the ``openAPIV3Schema`` of each kind (virt-operator
assembles the CRD objects in code), so the wrapping facts — group, versions, scope, names,
printer columns, subresources — are written here, as virt-operator's ``crds.go`` sets them.
Users with KubeVirt's release files can point ``KUBEVIRT_API_DIR`` at their own copy laid out
the same way.
"""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Any

import yaml

KUBEVIRT_RELEASE = "kubevirt-v1.9.0"
CDI_RELEASE = "cdi-v1.66.0"

_AGE = {"name": "Age", "type": "date", "jsonPath": ".metadata.creationTimestamp"}
_PHASE = {"name": "Phase", "type": "string", "jsonPath": ".status.phase"}
_READY = {"name": "Ready", "type": "string", "jsonPath": ".status.conditions[?(@.type=='Ready')].status"}
_STATUS: dict[str, Any] = {"status": {}}

# kubevirt.io kinds are served at v1 (storage) and the deprecated v1alpha3, with one schema.
_CORE_VERSIONS = [
    {"name": "v1", "served": True, "storage": True},
    {
        "name": "v1alpha3",
        "served": True,
        "storage": False,
        "deprecated": True,
        "deprecationWarning": (
            "kubevirt.io/v1alpha3 is now deprecated and will be removed in a future release."
        ),
    },
]
_BETA1 = [{"name": "v1beta1", "served": True, "storage": True}]

KUBEVIRT_KINDS: list[dict[str, Any]] = [
    dict(
        singular="virtualmachine",
        kind="VirtualMachine",
        group="kubevirt.io",
        scope="Namespaced",
        short=["vm", "vms"],
        categories=["all"],
        versions=_CORE_VERSIONS,
        subresources=_STATUS,
        columns=[
            _AGE,
            {
                "name": "Status",
                "type": "string",
                "description": "Human Readable Status",
                "jsonPath": ".status.printableStatus",
            },
            _READY,
        ],
    ),
    dict(
        singular="virtualmachineinstance",
        kind="VirtualMachineInstance",
        group="kubevirt.io",
        scope="Namespaced",
        short=["vmi", "vmis"],
        categories=["all"],
        versions=_CORE_VERSIONS,
        subresources=None,  # guarded by KubeVirt's webhook instead of a status subresource
        columns=[
            _AGE,
            _PHASE,
            {"name": "IP", "type": "string", "jsonPath": ".status.interfaces[0].ipAddress"},
            {"name": "NodeName", "type": "string", "jsonPath": ".status.nodeName"},
            _READY,
            {
                "name": "Live-Migratable",
                "type": "string",
                "priority": 1,
                "jsonPath": ".status.conditions[?(@.type=='LiveMigratable')].status",
            },
            {
                "name": "Paused",
                "type": "string",
                "priority": 1,
                "jsonPath": ".status.conditions[?(@.type=='Paused')].status",
            },
        ],
    ),
    dict(
        singular="virtualmachineinstancemigration",
        kind="VirtualMachineInstanceMigration",
        group="kubevirt.io",
        scope="Namespaced",
        short=["vmim", "vmims"],
        categories=["all"],
        versions=_CORE_VERSIONS,
        subresources=_STATUS,
        columns=[
            dict(_PHASE, description="The current phase of VM instance migration"),
            {
                "name": "VMI",
                "type": "string",
                "jsonPath": ".spec.vmiName",
                "description": "The name of the VMI to perform the migration on",
            },
        ],
    ),
    dict(
        singular="virtualmachineinstancereplicaset",
        kind="VirtualMachineInstanceReplicaSet",
        group="kubevirt.io",
        scope="Namespaced",
        short=["vmirs", "vmirss"],
        categories=["all"],
        versions=_CORE_VERSIONS,
        subresources={
            "status": {},
            "scale": {
                "specReplicasPath": ".spec.replicas",
                "statusReplicasPath": ".status.replicas",
                "labelSelectorPath": ".status.labelSelector",
            },
        },
        columns=[
            {
                "name": "Desired",
                "type": "integer",
                "jsonPath": ".spec.replicas",
                "description": "Number of desired VirtualMachineInstances",
            },
            {
                "name": "Current",
                "type": "integer",
                "jsonPath": ".status.replicas",
                "description": "Number of managed and not final or deleted VirtualMachineInstances",
            },
            {
                "name": "Ready",
                "type": "integer",
                "jsonPath": ".status.readyReplicas",
                "description": "Number of managed VirtualMachineInstances which are ready to receive traffic",
            },
            _AGE,
        ],
    ),
    dict(
        singular="virtualmachineinstancetype",
        kind="VirtualMachineInstancetype",
        group="instancetype.kubevirt.io",
        scope="Namespaced",
        short=["vminstancetype", "vminstancetypes", "vmf", "vmfs"],
        categories=["all"],
        versions=_BETA1,
    ),
    dict(
        singular="virtualmachineclusterinstancetype",
        kind="VirtualMachineClusterInstancetype",
        group="instancetype.kubevirt.io",
        scope="Cluster",
        short=["vmclusterinstancetype", "vmclusterinstancetypes", "vmcf", "vmcfs"],
        versions=_BETA1,
    ),
    dict(
        singular="virtualmachinepreference",
        kind="VirtualMachinePreference",
        group="instancetype.kubevirt.io",
        scope="Namespaced",
        short=["vmpref", "vmprefs", "vmp", "vmps"],
        categories=["all"],
        versions=_BETA1,
    ),
    dict(
        singular="virtualmachineclusterpreference",
        kind="VirtualMachineClusterPreference",
        group="instancetype.kubevirt.io",
        scope="Cluster",
        short=["vmcp", "vmcps"],
        versions=_BETA1,
    ),
    dict(
        singular="migrationpolicy",
        plural="migrationpolicies",
        kind="MigrationPolicy",
        group="migrations.kubevirt.io",
        scope="Cluster",
        schema="migrationpolicy",
        versions=[{"name": "v1alpha1", "served": True, "storage": True}],
        subresources=_STATUS,
    ),
]

CDI_CRD_FILES = [
    "datavolume.crd.yaml",
    "datasource.crd.yaml",
    "storageprofile.crd.yaml",
    "cdiconfig.crd.yaml",
]


def api_dir() -> Path:
    """The folder with ``kubevirt-v1.9.0/`` and ``cdi-v1.66.0/``.

    ``KUBEVIRT_API_DIR`` wins; otherwise ``shared/kubevirt-api`` beside the checkout this
    package was installed from (``<checkout>/../shared/kubevirt-api``).
    """
    if os.environ.get("KUBEVIRT_API_DIR"):
        path = Path(os.environ["KUBEVIRT_API_DIR"])
    else:
        path = Path(__file__).resolve().parents[3] / "shared" / "kubevirt-api"
    if not (path / KUBEVIRT_RELEASE).is_dir() or not (path / CDI_RELEASE).is_dir():
        raise FileNotFoundError(
            f"KubeVirt/CDI API files not found in {path}: set KUBEVIRT_API_DIR to a folder holding "
            f"{KUBEVIRT_RELEASE}/ (swagger.json, crd-schemas/, kubevirts.kubevirt.io.crd.yaml) "
            f"and {CDI_RELEASE}/ (swagger.json, crds/)"
        )
    return path


def _load(path: Path) -> Any:
    with open(path) as f:
        return yaml.load(f, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


def kubevirt_crd(kind: dict[str, Any], base: Path) -> dict[str, Any]:
    schema_name = kind.get("schema", kind["singular"])
    schema = _load(base / KUBEVIRT_RELEASE / "crd-schemas" / f"{schema_name}.openapiv3.yaml")
    plural = kind.get("plural", kind["singular"] + "s")
    versions = []
    for v in kind["versions"]:
        version = dict(v, schema=schema)
        if kind.get("columns"):
            version["additionalPrinterColumns"] = kind["columns"]
        if kind.get("subresources"):
            version["subresources"] = kind["subresources"]
        versions.append(version)
    names: dict[str, Any] = {"plural": plural, "singular": kind["singular"], "kind": kind["kind"]}
    if kind.get("short"):
        names["shortNames"] = kind["short"]
    if kind.get("categories"):
        names["categories"] = kind["categories"]
    return {
        "apiVersion": "apiextensions.k8s.io/v1",
        "kind": "CustomResourceDefinition",
        "metadata": {"name": f"{plural}.{kind['group']}", "labels": {"kubevirt.io": ""}},
        "spec": {"group": kind["group"], "scope": kind["scope"], "names": names, "versions": versions},
    }


def all_crds(base: Path | None = None) -> list[dict[str, Any]]:
    base = base or api_dir()
    crds = [kubevirt_crd(k, base) for k in KUBEVIRT_KINDS]
    crds.append(_load(base / KUBEVIRT_RELEASE / "kubevirts.kubevirt.io.crd.yaml"))
    crds += [_load(base / CDI_RELEASE / "crds" / name) for name in CDI_CRD_FILES]
    return crds


def install(api_client: Any, crds: list[dict[str, Any]] | None = None, timeout: float = 60.0) -> list[str]:
    """Create or replace each CRD, then wait until all are Established, then install the admission
    policies that stand in for CDI's and KubeVirt's webhooks (admission.py); return the CRDs' names."""
    from kubernetes import client
    from kubernetes.client.rest import ApiException

    ext = client.ApiextensionsV1Api(api_client)
    crds = crds if crds is not None else all_crds()
    names = []
    for crd in crds:
        name = crd["metadata"]["name"]
        names.append(name)
        try:
            ext.create_custom_resource_definition(crd)  # type: ignore[arg-type]  # a dict body is sent as is
        except ApiException as exc:
            if exc.status != 409:
                raise
            current = ext.read_custom_resource_definition(name).metadata
            version = current.resource_version if current is not None else None
            crd = dict(crd, metadata=dict(crd["metadata"], resourceVersion=version))
            ext.replace_custom_resource_definition(name, crd)  # type: ignore[arg-type]
    deadline = time.monotonic() + timeout
    pending = set(names)
    while pending:
        for name in sorted(pending):
            obj = ext.read_custom_resource_definition(name)
            conds = {c.type: c.status for c in (obj.status.conditions or [])} if obj.status else {}
            if conds.get("Established") == "True":
                pending.discard(name)
        if pending and time.monotonic() > deadline:
            raise TimeoutError(f"CRDs not Established after {timeout:.0f}s: {', '.join(sorted(pending))}")
        if pending:
            time.sleep(0.2)
    # what CDI's and KubeVirt's webhooks check on these kinds (clone authorization)
    from kubevirt_sandbox import admission

    admission.install(api_client)
    return names
