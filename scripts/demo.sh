#!/usr/bin/env bash
# The demo: install what is missing (cached), bring the local sandbox up, and deploy the
# quickstart (Pulumi.yaml: the cirros demo VM and a NodePort Service on its port 22) with the
# Pulumi CLI built here, offline. Leaves it running; `.venv/bin/kubevirt-sandbox down` stops it.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh
.venv/bin/kubevirt-sandbox up
eval "$(.venv/bin/kubevirt-sandbox env)"
export PATH="$PWD/.venv/bin:$PATH"
export PULUMI_CONFIG_PASSPHRASE="${PULUMI_CONFIG_PASSPHRASE-sandbox-demo}"

echo; echo "== pulumi up (stack 'demo', local backend in the sandbox directory)"
pulumi stack select --create demo >/dev/null
pulumi config set kubevirt:kubeconfig "$KUBECONFIG"
# The domain check: read each VM's libvirt domain on its node ({node} = the VMI's status.nodeName).
pulumi config set kubevirt:domainAccess libvirt
pulumi config set kubevirt:libvirtUri "$KUBEVIRT_SANDBOX_LIBVIRT_URI_TEMPLATE"
pulumi up --yes
echo; echo "== a second preview: nothing to do"
pulumi preview --diff
echo; echo "== kubevirt-sandbox status"
.venv/bin/kubevirt-sandbox status
port=$(pulumi stack output ssh_node_port)
echo
echo "The VM answers on its port 22 through the NodePort: nc 127.0.0.1 $port"
printf '  -> %s\n' "$(timeout 5 bash -c "exec 3<>/dev/tcp/127.0.0.1/$port; head -c 200 <&3" || true)"
echo "kubectl get vm,vmi,svc:   KUBECONFIG=$KUBECONFIG kubectl get vm,vmi,svc"
echo "Tear down:                pulumi destroy --yes && .venv/bin/kubevirt-sandbox down"
