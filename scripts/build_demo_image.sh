#!/usr/bin/env bash
# Build the sandbox's demo disk image from Debian packages only, and register it in the image store
# as quay.io/kubevirt/cirros-container-disk-demo (:latest). It is NOT cirros: a stand-in that
# behaves the way the cirros demo is used.
#
#   disk:   a FAT "superfloppy" (no partition table) made with mkfs.vfat, made bootable with
#           syslinux (mtools-based, no mount needed); SeaBIOS boots its volume boot record.
#   kernel: Debian's linux-image-cloud-amd64 (/boot/vmlinuz-*-cloud-amd64).
#   initrd: busybox-static plus the virtio (blk, net, balloon, scsi)/iso9660/vfat modules; /init is
#           the whole OS:
#           - loads the modules, brings eth0 up with DHCP (QEMU user networking: 10.0.2.15),
#           - finds a NoCloud (label cidata) or ConfigDrive (label config-2) seed on any disk,
#             runs its user-data when it is a shell script ("#!"), output on the serial console,
#           - answers on TCP 22 with an SSH-like banner (busybox nc) and on TCP 80 (busybox httpd),
#           - writes "kubevirt-sandbox-demo: ready ip=<ip>" on ttyS0, which the sandbox's VMI
#             handler reads as "the guest is up".
#
# Idempotent: the result is cached by a version key (this script's hash + the kernel version).
# Usage: scripts/build_demo_image.sh [--force]
set -euo pipefail
say() { printf '[demo-image] %s\n' "$*"; }

CACHE=${PULUMI_KUBEVIRT_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/pulumi-kubevirt}
STORE=$CACHE/images
REPO=quay.io/kubevirt/cirros-container-disk-demo
KVER=$(basename "$(ls -1 /boot/vmlinuz-*-cloud-amd64 2>/dev/null | sort -V | tail -1)" | sed 's/^vmlinuz-//')
if [ -z "$KVER" ]; then
  echo "no /boot/vmlinuz-*-cloud-amd64: install linux-image-cloud-amd64 (scripts/bootstrap.sh does)" >&2
  exit 1
fi
KEY=$( (sha256sum "$0" | cut -c1-16; echo "$KVER") | sha256sum | cut -c1-16)
DEST=$STORE/$REPO/latest
if [ "${1:-}" != --force ] && [ -f "$DEST/disk.qcow2" ] && [ "$(cat "$DEST/version" 2>/dev/null)" = "$KEY" ]; then
  say "cached: $REPO:latest ($KEY)"
  exit 0
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
root=$work/root
mkdir -p "$root"/{bin,dev,proc,sys,tmp,etc,mnt,lib/modules,var/www,run}
cp /bin/busybox "$root/bin/busybox"

# Modules in load order (each after its dependencies, as modinfo reports them).
MODS=(virtio_ring virtio virtio_pci_legacy_dev virtio_pci_modern_dev virtio_pci virtio_blk
      failover net_failover virtio_net virtio_balloon scsi_common scsi_mod sd_mod virtio_scsi
      cdrom isofs fat vfat nls_cp437 nls_iso8859_1 nls_utf8)
: >"$root/lib/modules/order"
for m in "${MODS[@]}"; do
  f=$(modinfo -k "$KVER" -n "$m" 2>/dev/null || true)
  case "$f" in
    /*.ko) cp "$f" "$root/lib/modules/$m.ko"; echo "$m" >>"$root/lib/modules/order" ;;
    /*.ko.xz) xz -dc "$f" >"$root/lib/modules/$m.ko"; echo "$m" >>"$root/lib/modules/order" ;;
    *) ;;  # built in
  esac
done

cat >"$root/init" <<'EOF'
#!/bin/busybox sh
/bin/busybox --install -s /bin
export PATH=/bin
mount -t proc proc /proc; mount -t sysfs sys /sys; mount -t devtmpfs dev /dev
exec </dev/console >/dev/console 2>&1
say() { echo "kubevirt-sandbox-demo: $*" >/dev/ttyS0; }
say "init started"
while read -r m; do insmod "/lib/modules/$m.ko" 2>/dev/null; done </lib/modules/order
hostname demo
ip link set lo up
ip link set eth0 up 2>/dev/null
cat >/etc/udhcpc.sh <<'EOS'
#!/bin/sh
case "$1" in bound|renew)
  ip addr flush dev "$interface"; ip addr add "$ip/${mask:-24}" dev "$interface"
  for r in $router; do ip route add default via "$r"; done
  echo "$ip" >/run/ip ;;
esac
EOS
chmod +x /etc/udhcpc.sh
udhcpc -i eth0 -s /etc/udhcpc.sh -q -n -t 10 -T 1 >/dev/null 2>&1
IP=$(cat /run/ip 2>/dev/null || echo none)
say "network eth0 ip=$IP"
# The seed: NoCloud (cidata) or ConfigDrive (config-2), ISO 9660 or vfat, on any disk.
sleep 0.2
for dev in /dev/vd? /dev/sr? /dev/sd?; do
  [ -b "$dev" ] || continue
  mount -o ro -t iso9660 "$dev" /mnt 2>/dev/null || mount -o ro -t vfat "$dev" /mnt 2>/dev/null || continue
  ud=""
  [ -f /mnt/user-data ] && ud=/mnt/user-data
  [ -f /mnt/openstack/latest/user_data ] && ud=/mnt/openstack/latest/user_data
  if [ -n "$ud" ]; then
    cp "$ud" /run/user-data
    [ -f /mnt/meta-data ] && cp /mnt/meta-data /run/meta-data
    umount /mnt
    say "seed found on $dev"
    break
  fi
  umount /mnt
done
if [ -f /run/user-data ] && head -c 2 /run/user-data | grep -q '#!'; then
  chmod +x /run/user-data
  /run/user-data >/dev/ttyS0 2>&1
  say "user-data exited with $?"
fi
echo "SSH-2.0-kubevirt-sandbox-demo (not OpenSSH: a banner only)" >/etc/banner
printf '#!/bin/sh\ncat /etc/banner\n' >/bin/banner; chmod +x /bin/banner
nc -ll -p 22 -e /bin/banner &
echo "kubevirt-sandbox demo guest $(hostname)" >/var/www/index.html
httpd -p 80 -h /var/www
say "ready ip=$IP"
while true; do sleep 3600; done
EOF
chmod +x "$root/init"
(cd "$root" && find . | cpio -o -H newc --quiet | gzip -9) >"$work/initrd.gz"

cat >"$work/syslinux.cfg" <<'EOF'
DEFAULT demo
PROMPT 0
TIMEOUT 0
LABEL demo
  KERNEL /vmlinuz
  INITRD /initrd.gz
  APPEND console=ttyS0 loglevel=3 quiet rdinit=/init panic=5
EOF
export MTOOLS_SKIP_CHECK=1
img=$work/disk.img
truncate -s 32M "$img"
mkfs.vfat -n DEMOBOOT "$img" >/dev/null
syslinux --install "$img"
# syslinux 6 --install also writes ldlinux.c32.
mcopy -o -i "$img" "/boot/vmlinuz-$KVER" ::/vmlinuz
mcopy -o -i "$img" "$work/initrd.gz" "$work/syslinux.cfg" ::/

mkdir -p "$DEST"
qemu-img convert -q -f raw -O qcow2 "$img" "$DEST/disk.qcow2.tmp"
mv "$DEST/disk.qcow2.tmp" "$DEST/disk.qcow2"
echo "$KEY" >"$DEST/version"
say "built $REPO:latest ($KEY, kernel $KVER): $DEST/disk.qcow2"
