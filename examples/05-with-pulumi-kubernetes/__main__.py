"""pulumi-kubernetes and pulumi-kubevirt in one program, with one cluster configuration.

pulumi-kubernetes makes the Namespace and two Secrets (an SSH public key, and cloud-init user
data holding the same key); pulumi-kubevirt makes VMs in that Namespace that use them: the key
Secret as an ``accessCredentials`` sshPublicKey source, the user-data Secret as the cloud-init
disk's ``secretRef``. Both providers are explicit and read the same stack configuration
(``kubevirt:kubeconfig``, a path or the content: both providers accept either), so the two never
talk to different clusters; the Secrets' and the Namespace's names flow from the pulumi-kubernetes
outputs into the VMs, so the engine creates them first and deletes them last.

    pulumi config set kubevirt:kubeconfig ~/.kube/config     # or --secret "$(cat ...)"
    pulumi config set sshPublicKey "$(cat ~/.ssh/id_ed25519.pub)"
    pulumi up
"""

import pulumi
import pulumi_kubernetes as k8s

import pulumi_kubevirt as kv
from pulumi_kubevirt import cloudinit, disks, vm
from pulumi_kubevirt.models import kubevirt_v1 as v1

config = pulumi.Config()
cluster = pulumi.Config("kubevirt")
kubeconfig = cluster.require_secret("kubeconfig")
public_key = config.require("sshPublicKey")
COUNT = int(config.get("count") or 2)

# One configuration, two providers.
k8s_provider = k8s.Provider("cluster", kubeconfig=kubeconfig)
namespace = k8s.core.v1.Namespace(
    "vms",
    metadata={"name": config.get("namespace") or "kubevirt-vms"},
    opts=pulumi.ResourceOptions(provider=k8s_provider),
)
kv_provider = kv.Provider(
    "cluster",
    kubeconfig=kubeconfig,
    namespace=namespace.metadata.name,  # every VM goes into the Namespace made above
    context=cluster.get("context"),
    domain_access=cluster.get("domainAccess"),
    libvirt_uri=cluster.get("libvirtUri"),
)
in_namespace = pulumi.ResourceOptions(provider=k8s_provider)

ssh_key = k8s.core.v1.Secret(
    "ssh-key",
    metadata={"name": "ssh-key", "namespace": namespace.metadata.name},
    string_data={"key": public_key},
    opts=in_namespace,
)
user_data = k8s.core.v1.Secret(
    "cloud-init",
    metadata={"name": "cloud-init", "namespace": namespace.metadata.name},
    # KubeVirt reads the user data from the key `userdata`.
    string_data={"userdata": f"#cloud-config\nssh_authorized_keys:\n  - {public_key}\n"},
    opts=in_namespace,
)

# kubevirt-sandbox only: boot without QEMU (the tests set it; a real cluster ignores it).
fast_boot = config.get("sandboxFastBoot")

ready = {}
for i in range(COUNT):
    name = f"vm-{i}"
    manifest = vm.virtual_machine(
        name,
        memory="128Mi",
        disks=[
            disks.container_disk("root", "quay.io/kubevirt/cirros-container-disk-demo"),
            cloudinit.no_cloud(user_data_secret=user_data.metadata.name),
        ],
    )
    manifest.spec.template.spec.access_credentials = [
        v1.AccessCredential(
            sshPublicKey=v1.SSHPublicKeyAccessCredential(
                source=v1.SSHPublicKeyAccessCredentialSource(
                    secret=v1.AccessCredentialSecretSource(secretName=ssh_key.metadata.name)
                ),
                # KubeVirt adds the key to the cloud-init NoCloud disk above.
                propagationMethod=v1.SSHPublicKeyAccessCredentialPropagationMethod(
                    noCloud=v1.NoCloudSSHPublicKeyAccessCredentialPropagation()
                ),
            )
        )
    ]
    machine = kv.VirtualMachine(
        name,
        spec=manifest,
        metadata={"annotations": {"kubevirt-sandbox.io/fast-boot": fast_boot}} if fast_boot else None,
        opts=pulumi.ResourceOptions(provider=kv_provider),
    )
    ready[name] = machine.ready

pulumi.export("namespace", namespace.metadata.name)
pulumi.export("ssh_key_secret", ssh_key.metadata.name)
pulumi.export("vm_ready", ready)
