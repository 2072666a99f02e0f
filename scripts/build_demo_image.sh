#!/usr/bin/env bash
# Build the sandbox's demo disk image from Debian packages only, and register it in the image store
# as quay.io/kubevirt/cirros-container-disk-demo (:latest). It is NOT CirrOS: a stand-in that
# behaves the way the CirrOS demo is used, and boots in the 64M KubeVirt's demo VM asks for.
#
#   disk:   a FAT "superfloppy" (no partition table) made with mkfs.vfat, made bootable with
#           syslinux (mtools-based, no mount needed); SeaBIOS boots its volume boot record.
#   kernel: a small kernel built from Debian's linux-source (scripts/build_demo_kernel.sh, cached):
#           Debian's cloud kernel cannot be decompressed below ~68 MiB.
#   initrd: busybox-static, Dropbear (Debian's dropbear-bin and the libraries it links), xz.
#           /init mounts the pseudo file systems and hands over to busybox init, which runs /etc/rc:
#           - DHCP on eth0 (QEMU user networking: 10.0.2.15),
#           - finds a NoCloud (label cidata) or ConfigDrive (label config-2) seed on any disk and
#             applies it like cloud-init on CirrOS: the hostname (meta-data local-hostname, or
#             #cloud-config hostname), ssh_authorized_keys for user cirros, runcmd; a user-data that
#             is a shell script ("#!") runs as is, output on the serial console,
#           - user cirros, password gocubsgo (uid 1000, like CirrOS); Dropbear on TCP 22 (host keys
#             made at first boot), busybox httpd on TCP 80, busybox acpid: the ACPI power button
#             powers the guest off,
#           - writes "kubevirt-sandbox-demo: ready ip=<ip>" on ttyS0, which the sandbox's VMI
#             handler reads as "the guest is up"; then a getty on ttyS0 (login cirros/gocubsgo).
#
# Idempotent: the result is cached by a version key (this script's hash + the kernel version).
# Usage: scripts/build_demo_image.sh [--force]
set -euo pipefail
say() { printf '[demo-image] %s\n' "$*"; }

HERE=$(cd "$(dirname "$0")" && pwd)
CACHE=${PULUMI_KUBEVIRT_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/pulumi-kubevirt}
STORE=$CACHE/images
REPO=quay.io/kubevirt/cirros-container-disk-demo
KVER=$(bash "$HERE/build_demo_kernel.sh" --key)
KEY=$( (sha256sum "$0" | cut -c1-16; echo "$KVER") | sha256sum | cut -c1-16)
DEST=$STORE/$REPO/latest
if [ "${1:-}" != --force ] && [ -f "$DEST/disk.qcow2" ] && [ "$(cat "$DEST/version" 2>/dev/null)" = "$KEY" ]; then
  say "cached: $REPO:latest ($KEY)"
  exit 0
fi
KERNEL=$(bash "$HERE/build_demo_kernel.sh")

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
root=$work/root
mkdir -p "$root"/{bin,sbin,dev,proc,sys,tmp,etc/acpi/PWRF,mnt,var/www,var/log,run,root,home/cirros/.ssh,etc/dropbear,lib64}
chmod 1777 "$root/tmp"
cp /bin/busybox "$root/bin/busybox"

# Dropbear from Debian (not installed on the host): the binary and every library it links.
debs=$CACHE/demo-guest/debs
mkdir -p "$debs"
(cd "$debs" && for p in dropbear-bin libtomcrypt1 libtommath1; do
   ls "$p"_*.deb >/dev/null 2>&1 || apt-get download -q "$p" >/dev/null 2>&1 || {
     echo "cannot download $p (apt-get download)" >&2; exit 1; }
 done)
for d in "$debs"/*.deb; do dpkg-deb -x "$d" "$work/debs"; done
cp "$work/debs/usr/sbin/dropbear" "$root/sbin/dropbear"
mkdir -p "$root/lib/x86_64-linux-gnu"
LD_LIBRARY_PATH=$work/debs/usr/lib/x86_64-linux-gnu ldd "$root/sbin/dropbear" |
  awk '/=> \//{print $3} /^\t\/lib64/{print $1}' | while read -r lib; do
    case "$lib" in
      /lib64/*) cp -L "$lib" "$root/lib64/" ;;
      *) cp -L "$lib" "$root/lib/x86_64-linux-gnu/" ;;
    esac
  done
[ -e "$root/lib64/ld-linux-x86-64.so.2" ] || { echo "ldd did not name the dynamic loader" >&2; exit 1; }

HASH=$(busybox mkpasswd -m sha512 gocubsgo kubevirtsandbox)
cat >"$root/etc/passwd" <<'EOF'
root:x:0:0:root:/root:/bin/sh
cirros:x:1000:1000:cirros:/home/cirros:/bin/sh
EOF
printf 'root:*:0:0:99999:7:::\ncirros:%s:0:0:99999:7:::\n' "$HASH" >"$root/etc/shadow"
chmod 600 "$root/etc/shadow"
printf 'root:x:0:\ncirros:x:1000:\n' >"$root/etc/group"
printf '/bin/sh\n' >"$root/etc/shells"
printf 'passwd: files\ngroup: files\nshadow: files\n' >"$root/etc/nsswitch.conf"
printf 'kubevirt-sandbox demo guest (not CirrOS); login as cirros/gocubsgo\n' >"$root/etc/issue"
chmod 700 "$root/home/cirros/.ssh"
chown -R 1000:1000 "$root/home/cirros"

cat >"$root/init" <<'EOF'
#!/bin/busybox sh
/bin/busybox --install -s /bin
export PATH=/bin:/sbin
mount -t proc proc /proc; mount -t sysfs sys /sys; mount -t devtmpfs dev /dev
mkdir -p /dev/pts; mount -t devpts -o gid=5,mode=620 devpts /dev/pts
exec /bin/init
EOF
chmod +x "$root/init"

cat >"$root/etc/inittab" <<'EOF'
::sysinit:/etc/rc
ttyS0::respawn:/bin/getty -L 115200 ttyS0 vt100
::ctrlaltdel:/bin/poweroff
::shutdown:/etc/rc.shutdown
EOF

# The ACPI power button (QEMU system_powerdown, libvirt's shutdown) -> a clean power-off.
cat >"$root/etc/acpi/PWRF/00000080" <<'EOF'
#!/bin/sh
echo "kubevirt-sandbox-demo: ACPI power button: powering off" >/dev/ttyS0
poweroff
EOF
chmod +x "$root/etc/acpi/PWRF/00000080"
cat >"$root/etc/rc.shutdown" <<'EOF'
#!/bin/sh
echo "kubevirt-sandbox-demo: shutting down" >/dev/ttyS0
EOF
chmod +x "$root/etc/rc.shutdown"

# #cloud-config, the part CirrOS applies: "key<TAB>value" for hostname, and one line per item of
# ssh_authorized_keys and runcmd (a runcmd item given as a list becomes one command line, each word in single quotes).
cat >"$root/bin/cloud-config" <<'EOF'
#!/bin/sh
awk -v q="'" '
function unq(s) { sub(/^[ \t]+/, "", s); sub(/[ \t]+$/, "", s)
  a = substr(s, 1, 1); if (length(s) > 1 && (a == "\"" || a == q) && substr(s, length(s)) == a)
    s = substr(s, 2, length(s) - 2)
  return s }
/^#/ { next }
/^[A-Za-z_][A-Za-z0-9_-]*:/ { key = $0; sub(/:.*/, "", key); val = $0; sub(/^[^:]*:/, "", val)
  val = unq(val); if (val != "" && val != "|") print key "\t" val; next }
/^[ \t]+-[ \t]/ && key != "" { item = $0; sub(/^[ \t]+-[ \t]+/, "", item)
  if (item ~ /^\[.*\]$/) { item = substr(item, 2, length(item) - 2); n = split(item, parts, ",")
    item = ""; for (i = 1; i <= n; i++) item = item (i > 1 ? " " : "") q unq(parts[i]) q }
  else item = unq(item)
  print key "\t" item }
' "$1"
EOF
chmod +x "$root/bin/cloud-config"

cat >"$root/etc/rc" <<'EOF'
#!/bin/sh
export PATH=/bin:/sbin
say() { echo "kubevirt-sandbox-demo: $*" >/dev/ttyS0; }
say "init started"
hostname cirros
ip link set lo up
ip link set eth0 up 2>/dev/null
cat >/etc/udhcpc.sh <<'EOS'
#!/bin/sh
case "$1" in bound|renew)
  ip addr flush dev "$interface"; ip addr add "$ip/${mask:-24}" dev "$interface"
  for r in $router; do ip route add default via "$r"; done
  : >/etc/resolv.conf; for d in $dns; do echo "nameserver $d" >>/etc/resolv.conf; done
  echo "$ip" >/run/ip ;;
esac
EOS
chmod +x /etc/udhcpc.sh
udhcpc -i eth0 -s /etc/udhcpc.sh -q -n -t 10 -T 1 >/dev/null 2>&1
IP=$(cat /run/ip 2>/dev/null || echo none)
say "network eth0 ip=$IP"
# The seed: NoCloud (cidata) or ConfigDrive (config-2), ISO 9660 or vfat, on any disk.
for dev in /dev/vd? /dev/sr? /dev/sd?; do
  [ -b "$dev" ] || continue
  mount -o ro -t iso9660 "$dev" /mnt 2>/dev/null || mount -o ro -t vfat "$dev" /mnt 2>/dev/null || continue
  found=""
  for f in user-data meta-data openstack/latest/user_data openstack/latest/meta_data.json; do
    [ -f "/mnt/$f" ] && { cp "/mnt/$f" "/run/$(basename "$f")"; found=1; }
  done
  umount /mnt
  [ -n "$found" ] && { say "seed found on $dev"; break; }
done
[ -f /run/user_data ] && mv /run/user_data /run/user-data
name=""
[ -f /run/meta-data ] && name=$(sed -n 's/^local-hostname:[ ]*//p' /run/meta-data | tr -d '"\r')
[ -f /run/meta_data.json ] && name=$(sed -n 's/.*"hostname": *"\([^"]*\)".*/\1/p' /run/meta_data.json)
if [ -f /run/user-data ] && head -n 1 /run/user-data | grep -q '^#cloud-config'; then
  cloud-config /run/user-data >/run/cloud-config
  h=$(awk -F '\t' '$1 == "hostname" {print $2}' /run/cloud-config | tail -1)
  [ -n "$h" ] && name=$h
  awk -F '\t' '$1 == "ssh_authorized_keys" {print $2}' /run/cloud-config >>/home/cirros/.ssh/authorized_keys
  chown 1000:1000 /home/cirros/.ssh/authorized_keys; chmod 600 /home/cirros/.ssh/authorized_keys
  awk -F '\t' '$1 == "runcmd" {print $2}' /run/cloud-config >/run/runcmd
fi
[ -n "$name" ] && hostname "$name"
hostname >/etc/hostname
if [ -f /run/user-data ] && head -c 2 /run/user-data | grep -q '#!'; then
  chmod +x /run/user-data
  /run/user-data >/dev/ttyS0 2>&1
  say "user-data exited with $?"
fi
if [ -s /run/runcmd ]; then
  sh /run/runcmd >/dev/ttyS0 2>&1
  say "runcmd exited with $?"
fi
dropbear -R -p 22
echo "kubevirt-sandbox demo guest $(hostname)" >/var/www/index.html
httpd -p 80 -h /var/www
acpid -l /var/log/acpid.log
say "ready ip=$IP"
EOF
chmod +x "$root/etc/rc"
# The kernel's initramfs XZ decoder allocates the whole dictionary: xz -9's 64 MiB would not fit.
(cd "$root" && find . | cpio -o -H newc --quiet | xz --check=crc32 --lzma2=preset=9,dict=1MiB) >"$work/initrd.xz"

cat >"$work/syslinux.cfg" <<'EOF'
DEFAULT demo
PROMPT 0
TIMEOUT 0
LABEL demo
  KERNEL /vmlinuz
  INITRD /initrd.xz
  APPEND console=ttyS0 loglevel=3 quiet rdinit=/init panic=5
EOF
export MTOOLS_SKIP_CHECK=1
img=$work/disk.img
truncate -s 32M "$img"
mkfs.vfat -n DEMOBOOT "$img" >/dev/null
syslinux --install "$img"
# syslinux 6 --install also writes ldlinux.c32.
mcopy -o -i "$img" "$KERNEL" ::/vmlinuz
mcopy -o -i "$img" "$work/initrd.xz" "$work/syslinux.cfg" ::/

mkdir -p "$DEST"
qemu-img convert -q -f raw -O qcow2 "$img" "$DEST/disk.qcow2.tmp"
mv "$DEST/disk.qcow2.tmp" "$DEST/disk.qcow2"
echo "$KEY" >"$DEST/version"
say "built $REPO:latest ($KEY, kernel $KVER): $DEST/disk.qcow2"
