"""A local KubeVirt-shaped sandbox: kube-apiserver + etcd with the real CRDs, and libvirt."""
