#!/usr/bin/env bash
# The demo: install what is missing (cached), bring the local sandbox up, show it, and deploy
# the demo Pulumi project (Pulumi.yaml) with the Pulumi CLI built here, offline.
# Leaves the sandbox running; `.venv/bin/kubevirt-sandbox down` stops it.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh
.venv/bin/kubevirt-sandbox up
eval "$(.venv/bin/kubevirt-sandbox env)"
export PULUMI_CONFIG_PASSPHRASE="${PULUMI_CONFIG_PASSPHRASE-sandbox-demo}"

echo; echo "== kubectl get crds (KubeVirt and CDI, from the real upstream schemas)"
kubectl get crds -o custom-columns=NAME:.metadata.name,SCOPE:.spec.scope,SHORT:.spec.names.shortNames
echo; echo "== pulumi up (stack 'demo', local backend in the sandbox directory)"
pulumi stack select --create demo >/dev/null
pulumi up --yes --diff
echo; echo "== kubevirt-sandbox status"
.venv/bin/kubevirt-sandbox status
echo; echo "The sandbox keeps running. Stop it with: .venv/bin/kubevirt-sandbox down"
