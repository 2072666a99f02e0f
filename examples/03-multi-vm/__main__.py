"""Several VMs built with the friendly layer, each reachable through its own NodePort."""

import pulumi

import pulumi_kubevirt as kv
from pulumi_kubevirt import disks, vm

COUNT = int(pulumi.Config().get("count") or 3)

ports = {}
for i in range(COUNT):
    spec = vm.virtual_machine(
        f"web-{i}",
        memory="128Mi",
        disks=[disks.container_disk("root", "quay.io/kubevirt/cirros-container-disk-demo")],
        labels={"app": "web"},
    )
    machine = kv.VirtualMachine(f"web-{i}", spec=spec)
    service = kv.VirtualMachineService(f"web-{i}-ssh", vm=machine, ports=[22], type="NodePort")
    ports[f"web-{i}"] = service.node_ports.apply(lambda p: p[0])

pulumi.export("ssh_node_ports", ports)
