"""The quickstart: the classic cirros demo VM, reachable through a NodePort Service.

`scripts/demo.sh` deploys it into the local sandbox; against a real cluster with KubeVirt,
`pulumi config set kubevirt:kubeconfig ~/.kube/config` and `pulumi up` do the same.
"""

from pathlib import Path

import pulumi
import yaml

import pulumi_kubevirt as kv
from pulumi_kubevirt.models import from_manifest, kubevirt_v1

# KubeVirt's demo VM manifest (128Mi: see its comment), a typed model (validated client-side on preview).
manifest = yaml.safe_load((Path(__file__).parent / "examples" / "manifests" / "vm-cirros.yaml").read_text())
cirros = from_manifest(manifest, kubevirt_v1.VirtualMachine)
cirros.spec.run_strategy = "Always"

vm = kv.VirtualMachine("vm-cirros", spec=cirros.spec, metadata={"labels": {"app": "cirros"}})
ssh = kv.VirtualMachineService("vm-cirros-ssh", vm=vm, ports=[22], type="NodePort")

pulumi.export("vm_status", vm.printable_status)
pulumi.export("node", vm.node_name)
pulumi.export("ip_addresses", vm.ip_addresses)
pulumi.export("ssh_node_port", ssh.node_ports.apply(lambda ports: ports[0] if ports else None))
