#!/usr/bin/env bash
# The demo: install what is missing (cached), bring the local sandbox up, and deploy the
# quickstart (Pulumi.yaml: the cirros demo VM and a NodePort Service on its port 22) with the
# Pulumi CLI built here, offline. Leaves it running.
#
# `scripts/demo.sh --down`: destroy the demo's stack, then stop the sandbox; from any shell
# (it sets up the environment the Pulumi CLI needs itself, as `up` did).
#
# Sourced (`source scripts/demo.sh`), it only defines its functions (the tests use them).

# The repository, whatever the current directory.
demo_root() { cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd; }

# The Pulumi CLI built by the bootstrap, its offline settings and local backend (in the sandbox's
# directory), and the passphrase of the demo stack's secrets.
demo_env() {
  eval "$(.venv/bin/kubevirt-sandbox env)"
  export PATH="$PWD/.venv/bin:$PATH"
  export PULUMI_CONFIG_PASSPHRASE="${PULUMI_CONFIG_PASSPHRASE-sandbox-demo}"
}

# The first line an SSH server sends (its banner, RFC 4253 4.2), without what follows it (the
# binary key exchange); nothing if no line comes within 5 s.
ssh_banner() {
  timeout 5 bash -c 'exec 3<>"/dev/tcp/$1/$2" && IFS= read -r line <&3 && printf "%s\n" "${line%$'"'"'\r'"'"'}"' \
    _ "$1" "$2" || true
}

# The command that tears the demo down, as it must be typed in a new shell: an absolute path,
# and the settings this run depended on that a new shell would not have.
teardown_command() {
  local prefix="" var
  for var in KUBEVIRT_SANDBOX_DIR XDG_STATE_HOME PULUMI_KUBEVIRT_CACHE PULUMI_CONFIG_PASSPHRASE; do
    if [[ -n "${!var+x}" && ( "$var" != PULUMI_CONFIG_PASSPHRASE || "${!var}" != sandbox-demo ) ]]; then
      if [[ "$var" == PULUMI_CONFIG_PASSPHRASE ]]; then
        prefix+="PULUMI_CONFIG_PASSPHRASE=<your passphrase> "  # never printed
      else
        prefix+="$var=$(printf '%q' "${!var}") "
      fi
    fi
  done
  printf '%s%q --down\n' "$prefix" "$(demo_root)/scripts/demo.sh"
}

demo_down() {
  cd "$(demo_root)"
  if ! .venv/bin/kubevirt-sandbox env >/dev/null 2>&1; then
    echo "the sandbox is not running: nothing to tear down"
    return 0
  fi
  demo_env
  if pulumi stack select demo >/dev/null 2>&1; then
    echo "== pulumi destroy (stack 'demo')"
    pulumi destroy --yes --stack demo
  fi
  echo "== kubevirt-sandbox down"
  .venv/bin/kubevirt-sandbox down
}

demo_up() {
  cd "$(demo_root)"
  bash scripts/bootstrap.sh
  .venv/bin/kubevirt-sandbox up
  demo_env

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
  local port
  port=$(pulumi stack output ssh_node_port)
  echo
  echo "The VM answers on its port 22 through the NodePort: nc 127.0.0.1 $port"
  printf '  -> %s\n' "$(ssh_banner 127.0.0.1 "$port")"
  echo "kubectl get vm,vmi,svc:   KUBECONFIG=$KUBECONFIG kubectl get vm,vmi,svc"
  echo "Tear down:                $(teardown_command)"
}

if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then
  set -euo pipefail
  case "${1:-}" in
    --down) demo_down ;;
    "") demo_up ;;
    *) echo "usage: $0 [--down]" >&2; exit 2 ;;
  esac
fi
