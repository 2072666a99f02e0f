#!/usr/bin/env bash
# Install everything pulumi-kubevirt needs on a fresh Debian 12 machine; safe to run again.
#
#   1. Debian packages: libvirt with the QEMU driver, QEMU, qemu-utils, the headers that
#      libvirt-python builds against, openssl, and genisoimage for cloud-init seed ISOs.
#   2. The `libvirt-qemu` user and group that Debian's libvirtd insists on (normally made
#      by libvirt-daemon-system, which we do not install: it wants systemd).
#   3. A project virtualenv in .venv with both distributions installed editable: pulumi-kubevirt
#      (models/, provider/ and sdk/, + dev extra) and kubevirt-sandbox (sandbox/).
#   4. Go binaries built from the Go module proxy into the cache (scripts/build_go_tools.py):
#      etcd, kube-apiserver, kubectl, the Pulumi CLI and its Python language host.
#   5. The sandbox's demo disk image (scripts/build_demo_image.sh): a small kernel built once from
#      Debian's linux-source (scripts/build_demo_kernel.sh, a few minutes, cached), busybox and
#      Dropbear, registered as quay.io/kubevirt/cirros-container-disk-demo.
#
# Versions are pinned in scripts/versions.env. Cached results are reported and skipped.
# Environment: PULUMI_KUBEVIRT_CACHE (default ~/.cache/pulumi-kubevirt), SKIP_APT=1 to skip step 1.
set -euo pipefail
cd "$(dirname "$0")/.."
say() { printf '[bootstrap] %s\n' "$*"; }
t0=$(date +%s)

APT_PACKAGES=(libvirt-daemon libvirt-daemon-driver-qemu libvirt-clients qemu-system-x86 qemu-utils
              libvirt-dev pkg-config gcc python3-dev openssl genisoimage util-linux
              busybox-static syslinux syslinux-common mtools dosfstools cpio xz-utils
              linux-source-6.1 make bc flex bison libelf-dev)
if [ "${SKIP_APT:-0}" != 1 ]; then
  missing=()
  for p in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  if [ ${#missing[@]} -eq 0 ]; then
    say "cached: Debian packages (${#APT_PACKAGES[@]} installed)"
  else
    say "installing Debian packages: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -q >/dev/null
    apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null
  fi
fi

if ! getent group libvirt-qemu >/dev/null; then groupadd --system libvirt-qemu; say "created group libvirt-qemu"; fi
if ! getent passwd libvirt-qemu >/dev/null; then
  useradd --system -g libvirt-qemu -d /var/lib/libvirt -s /usr/sbin/nologin libvirt-qemu
  say "created user libvirt-qemu"
fi

PY=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  say "creating .venv with $($PY --version)"
  "$PY" -m venv .venv
fi
# Both distributions, editable: pulumi-kubevirt (models + provider + SDK, with the dev extra, which
# brings the [libvirt] extra) and kubevirt-sandbox (sandbox/pyproject.toml).
stamp=.venv/.installed-$(cat pyproject.toml sandbox/pyproject.toml | sha256sum | cut -c1-16)
if [ -f "$stamp" ] && .venv/bin/python -c 'import pulumi_kubevirt_models, pulumi_kubevirt, kubevirt_sandbox, libvirt' 2>/dev/null; then
  say "cached: .venv (pyproject.toml and sandbox/pyproject.toml unchanged)"
else
  say "installing pulumi-kubevirt[dev] and kubevirt-sandbox into .venv (editable)"
  .venv/bin/python -m pip install -q --upgrade pip
  .venv/bin/python -m pip install -q -e '.[dev]' -e ./sandbox
  rm -f .venv/.installed-*; touch "$stamp"
fi

say "Go binaries (cache: ${PULUMI_KUBEVIRT_CACHE:-$HOME/.cache/pulumi-kubevirt})"
.venv/bin/python scripts/build_go_tools.py

# The resource plugin (pulumi-resource-kubevirt, this checkout's .venv) for the CLI's default
# plugin cache; the sandbox and the tests also copy it into each PULUMI_HOME they set up.
plugins_home=${PULUMI_HOME:-$HOME/.pulumi}
.venv/bin/python -c 'import sys; from pathlib import Path; from kubevirt_sandbox import tools
tools.install_kubevirt_plugin(Path(sys.argv[1]))' "$plugins_home"
say "resource plugin pulumi-resource-kubevirt installed into $plugins_home/plugins"

say "sandbox demo disk image (scripts/build_demo_image.sh)"
scripts/build_demo_image.sh | sed 's/^/[bootstrap] /'

say "done in $(( $(date +%s) - t0 ))s"
