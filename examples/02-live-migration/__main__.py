"""A running VM and a live migration of it to another node.

The migration is one-shot: to migrate again, rename the VirtualMachineMigration resource (a new
migration), or delete it and add it back. The node the VM ends up on is status, not desired
state, so later previews stay empty.
"""

import pulumi

import pulumi_kubevirt as kv

vm = kv.VirtualMachine(
    "mover",
    spec={
        "runStrategy": "Always",
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
                    }
                ],
            }
        },
    },
)
move = kv.VirtualMachineMigration("mover-migration-1", vm=vm)

pulumi.export("started_on", vm.node_name)
pulumi.export("migration_phase", move.phase)
pulumi.export("moved_to", move.target_node)
