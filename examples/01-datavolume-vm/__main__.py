"""A VM that boots from a DataVolume: CDI imports the disk first, then the VM starts from it."""

import pulumi

import pulumi_kubevirt as kv

disk = kv.DataVolume(
    "cirros-root",
    spec={
        "source": {"registry": {"url": "docker://quay.io/kubevirt/cirros-container-disk-demo"}},
        "storage": {"resources": {"requests": {"storage": "256Mi"}}},
    },
)

vm = kv.VirtualMachine(
    "cirros-dv",
    spec={
        "runStrategy": "Always",
        "template": {
            "spec": {
                "domain": {
                    "devices": {"disks": [{"name": "root", "disk": {"bus": "virtio"}}]},
                    "resources": {"requests": {"memory": "128Mi"}},
                },
                "volumes": [
                    {"name": "root", "dataVolume": {"name": disk.metadata.apply(lambda m: m["name"])}}
                ],
            }
        },
    },
)

pulumi.export("datavolume_phase", disk.phase)
pulumi.export("vm_ready", vm.ready)
