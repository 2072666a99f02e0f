#!/usr/bin/env bash
# Build the demo guest's kernel from Debian's linux-source package, cached by a key.
#
# Why not Debian's linux-image-cloud-amd64: its bzImage asks for init_size = 51.5 MiB above the
# 16 MiB minimum load address (67.5 MiB), so its decompressor cannot place it in the 62 MiB
# (63488 KiB) domain KubeVirt's demo VM gets from `memory: 64M`; QEMU -m 62 prints nothing at all,
# and at 100 MiB the running kernel reserves 45.8 MiB of 99.5 MiB. This kernel is
# `make tinyconfig` plus scripts/demo-guest/kernel.config (everything built in, no modules).
#
#   scripts/build_demo_kernel.sh --key   print the cache key (no build)
#   scripts/build_demo_kernel.sh         build if needed; print the bzImage path
#
# DEMO_KERNEL_SRC=<dir>: build in that already extracted linux-source tree (same version; kept, so
# a second build is incremental) instead of a throwaway copy of /usr/src/linux-source-6.1.tar.xz.
set -euo pipefail
say() { printf '[demo-kernel] %s\n' "$*" >&2; }

HERE=$(cd "$(dirname "$0")" && pwd)
CACHE=${PULUMI_KUBEVIRT_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/pulumi-kubevirt}
CONFIG=$HERE/demo-guest/kernel.config
SRC_PKG=linux-source-6.1
SRC_VER=$(dpkg-query -W -f='${Version}' "$SRC_PKG" 2>/dev/null || true)
TARBALL=/usr/src/$SRC_PKG.tar.xz
if [ -z "$SRC_VER" ] || [ ! -f "$TARBALL" ]; then
  echo "no $TARBALL: install $SRC_PKG (scripts/bootstrap.sh does)" >&2
  exit 1
fi
KKEY=$( (cat "$CONFIG"; sha256sum "$0" | cut -c1-16; echo "$SRC_VER") | sha256sum | cut -c1-12)
KVER="$SRC_VER-demo-$KKEY"
if [ "${1:-}" = --key ]; then
  echo "$KVER"
  exit 0
fi
DEST=$CACHE/demo-kernel/$KVER
if [ -f "$DEST/bzImage" ]; then
  echo "$DEST/bzImage"
  exit 0
fi

mkdir -p "$CACHE/demo-kernel"
work=$(mktemp -d "$CACHE/demo-kernel/build.XXXXXX")
trap 'rm -rf "$work"' EXIT
say "building $KVER (a few minutes with two idle cores, once)"
start=$SECONDS
if [ -n "${DEMO_KERNEL_SRC:-}" ]; then
  src=$DEMO_KERNEL_SRC
else
  # Documentation and device trees are not needed; Kconfig sources Documentation/Kconfig only for
  # a debug option, so an empty one stands in.
  tar -xJf "$TARBALL" -C "$work" --exclude="$SRC_PKG/Documentation" --exclude='*/boot/dts'
  src=$work/$SRC_PKG
fi
[ -f "$src/Documentation/Kconfig" ] || { mkdir -p "$src/Documentation" && : >"$src/Documentation/Kconfig"; }
make -C "$src" -s tinyconfig >/dev/null
"$src/scripts/kconfig/merge_config.sh" -m -O "$src" "$src/.config" "$CONFIG" >/dev/null
make -C "$src" -s olddefconfig >/dev/null
# Every option of the fragment must have survived olddefconfig (a missing dependency drops it).
while IFS='=' read -r opt val; do
  case "$opt" in CONFIG_*) ;; *) continue ;; esac
  got=$(grep "^$opt=" "$src/.config" | cut -d= -f2 || true)
  if [ "$val" = n ]; then [ -z "$got" ] || [ "$got" = n ] || { echo "$opt: want n, got $got" >&2; exit 1; }
  elif [ "$got" != "$val" ]; then echo "$opt: want $val, got '${got}' after olddefconfig" >&2; exit 1; fi
done <"$CONFIG"
make -C "$src" -j"$(nproc)" bzImage >"$work/build.log" 2>&1 || {
  tail -30 "$work/build.log" >&2; exit 1; }
mkdir -p "$DEST"
cp "$src/arch/x86/boot/bzImage" "$DEST/bzImage.tmp"
cp "$src/.config" "$DEST/config"
mv "$DEST/bzImage.tmp" "$DEST/bzImage"
say "built $DEST/bzImage ($(stat -c %s "$DEST/bzImage") bytes) in $((SECONDS - start)) s"
echo "$DEST/bzImage"
