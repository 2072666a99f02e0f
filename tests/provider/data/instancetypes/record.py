"""Record the objects of ``recorded.json``: apply each manifest below to a fresh control plane
(etcd + kube-apiserver with KubeVirt's CRDs, as the tests start it) and keep what the API server
returns for a GET. Run under the heavy-test lock:

    KUBEVIRT_API_DIR=... flock /tmp/heavy.lock .venv/bin/python tests/provider/data/instancetypes/record.py

The manifests follow KubeVirt's common-instancetypes (u1.medium: 1 vCPU, 4Gi; the fedora
preference: virtio disks and interfaces, at least 1 vCPU and 2Gi).
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

from kubevirt_sandbox import controlplane, crds
from pulumi_kubevirt_provider import kinds, kube, settings

GROUP = kinds.INSTANCETYPE_API
MANIFESTS = [
    {
        "kind": "VirtualMachineInstancetype",
        "metadata": {
            "name": "u1.medium",
            "namespace": "default",
            "labels": {"instancetype.kubevirt.io/class": "general.purpose"},
        },
        "spec": {"cpu": {"guest": 1}, "memory": {"guest": "4Gi"}},
    },
    {
        "kind": "VirtualMachineClusterInstancetype",
        "metadata": {"name": "cx1.large"},
        "spec": {
            "cpu": {"guest": 2, "dedicatedCPUPlacement": True, "isolateEmulatorThread": True},
            "memory": {"guest": "4Gi", "hugepages": {"pageSize": "2Mi"}},
            "ioThreadsPolicy": "auto",
        },
    },
    {
        "kind": "VirtualMachinePreference",
        "metadata": {"name": "fedora", "namespace": "default"},
        "spec": {
            "devices": {"preferredDiskBus": "virtio", "preferredInterfaceModel": "virtio"},
            "requirements": {"cpu": {"guest": 1}, "memory": {"guest": "2Gi"}},
        },
    },
    {
        "kind": "VirtualMachineClusterPreference",
        "metadata": {"name": "cirros"},
        "spec": {"devices": {"preferredDiskBus": "virtio"}},
    },
]


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        plane = controlplane.start(Path(tmp) / "cp")
        try:
            from kubernetes import config

            api = config.new_client_from_config(config_file=plane.kubeconfig)
            try:
                crds.install(api)
            finally:
                api.close()
            cluster = kube.Cluster(settings.ClusterSettings(kubeconfig=plane.kubeconfig))
            recorded = {}
            for manifest in MANIFESTS:
                entry = kinds.BY_API_KIND[manifest["kind"]]
                cluster.apply(entry.api, {"apiVersion": GROUP, **manifest})
                meta = manifest["metadata"]
                recorded[entry.name] = cluster.get(entry.api, meta.get("namespace", ""), meta["name"])
            cluster.close()
        finally:
            controlplane.stop(plane)
    out = Path(__file__).with_name("recorded.json")
    out.write_text(json.dumps(recorded, indent=2, sort_keys=True) + "\n")
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
