"""Record what a virt-launcher's `compute` container answers to the provider's virsh commands.

Writes ``tests/provider/data/launcher/exchange.json``, which the recorded kubelet of
``tests/provider/domain/test_launcher_exec.py`` replays through the real kube-apiserver.

How: start a private libvirt daemon (kubevirt_sandbox.libvirtd), define and start a real QEMU
domain named the way KubeVirt names it (``rec-ns_rec-vm``, XML from the sandbox's converter),
then run the real ``virsh`` with the exact arguments ExecBackend sends, except for the
connection URI: the launcher's ``qemu+unix:///session?socket=/var/run/libvirt/virtqemud-sock``
is replaced by this daemon's socket (recorded as ``ran_with_uri``). Its real stdout, stderr and
exit status are framed the way the kubelet's v5.channel.k8s.io handler frames them
(k8s.io/apiserver pkg/util/proxy/streamtranslator.go, websocket.go):

- one empty frame on channel 1 (stdout) when the stream opens;
- the output on channel 1 and 2, in chunks of at most 32 KiB (io.Copy's buffer);
- the final metav1.Status on channel 3: ``{"metadata":{},"status":"Success"}`` or a Failure with
  reason NonZeroExitCode and the exit code in ``details.causes[0].message``.

The domain XML is the sandbox converter's, plus the virtio balloon KubeVirt attaches by default.
A subprocess gives stdout and stderr separately, so their interleaving is not recorded: stdout
frames come first. Run as root (libvirtd needs it): ``.venv/bin/python scripts/record_launcher_exchange.py``.
"""

from __future__ import annotations

import base64
import datetime
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from kubevirt_sandbox import cachedir, libvirtd
from kubevirt_sandbox.controllers import domainxml

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "tests" / "provider" / "data" / "launcher" / "exchange.json"

NAMESPACE, NAME = "rec-ns", "rec-vm"
DOMAIN = f"{NAMESPACE}_{NAME}"
LAUNCHER_URI = "qemu+unix:///session?socket=/var/run/libvirt/virtqemud-sock"
CHUNK = 32 * 1024

VMI: dict[str, Any] = {
    "metadata": {"namespace": NAMESPACE, "name": NAME, "uid": "7c0d4a55-2f4e-4c55-9d55-6d1f5c0a1b01"},
    "spec": {
        "domain": {
            "cpu": {"sockets": 1, "cores": 1, "threads": 1},
            "memory": {"guest": "256Mi"},
            "devices": {},
        },
        "volumes": [],
    },
}

# name -> virsh arguments after `-c <uri>`, exactly as ExecBackend sends them
EXCHANGES: dict[str, list[str]] = {
    "read-running": [f"dominfo {DOMAIN}; dumpxml {DOMAIN}"],
    "read-unknown": [f"dominfo {NAMESPACE}_no-such-vm; dumpxml {NAMESPACE}_no-such-vm"],
    "setmem": ["setmem", DOMAIN, "131072", "--live"],
    "resume-running": ["resume", DOMAIN],
}


def frames(stdout: bytes, stderr: bytes, code: int) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = [{"channel": 1, "data": ""}]
    for channel, data in ((1, stdout), (2, stderr)):
        for i in range(0, len(data), CHUNK):
            out.append({"channel": channel, "data": base64.b64encode(data[i : i + CHUNK]).decode()})
    if code == 0:
        status: dict[str, Any] = {"metadata": {}, "status": "Success"}
    else:
        status = {
            "metadata": {},
            "status": "Failure",
            "message": "command terminated with non-zero exit code: "
            f"command terminated with exit code {code}",
            "reason": "NonZeroExitCode",
            "details": {"causes": [{"reason": "ExitCode", "message": str(code)}]},
        }
    out.append({"channel": 3, "data": base64.b64encode(json.dumps(status).encode()).decode()})
    return out


def main() -> int:
    import libvirt

    with tempfile.TemporaryDirectory(prefix="record-launcher-") as tmp:
        daemon = libvirtd.start(
            "record", Path(tmp) / "node", cache=Path(cachedir.cache_dir()) / "libvirt-cache"
        )
        try:
            serial = str(Path(tmp) / "serial0.log")
            xml = domainxml.convert(VMI, {}, serial, daemon.domain_type, daemon.cpu_fixup)
            # KubeVirt attaches a virtio balloon by default (autoattachMemBalloon); the sandbox's
            # converter does not, and `setmem --live` needs one.
            xml = xml.replace("<memballoon model='none'/>", "<memballoon model='virtio-non-transitional'/>")
            assert "<memballoon model='virtio" in xml, "the converter's balloon line moved"
            conn = libvirt.open(daemon.uri)
            try:
                dom = conn.defineXML(xml)  # KubeVirt defines the domain, then starts it
                dom.create()
            finally:
                conn.close()
            virsh_version = subprocess.run(
                ["virsh", "--version"], capture_output=True, text=True, check=True
            ).stdout.strip()
            exchanges = {}
            for name, args in EXCHANGES.items():
                proc = subprocess.run(
                    ["virsh", "-c", daemon.uri, *args],
                    capture_output=True,
                    timeout=60,
                    env=dict(os.environ, LC_ALL="C"),
                )
                exchanges[name] = {
                    "command": ["virsh", "-c", LAUNCHER_URI, *args],
                    "exit_code": proc.returncode,
                    "frames": frames(proc.stdout, proc.stderr, proc.returncode),
                }
                print(f"{name}: exit {proc.returncode}, {len(proc.stdout)}+{len(proc.stderr)} B out+err")
        finally:
            libvirtd.stop(daemon)
    record = {
        "how": (
            "scripts/record_launcher_exchange.py: the real virsh against a real QEMU domain in a "
            "private libvirtd; the launcher URI in `command` replaced by `ran_with_uri` when run; "
            "frames as the kubelet's v5.channel.k8s.io exec handler sends them (data base64; "
            "stdout frames before stderr frames)"
        ),
        "recorded_at": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
        "virsh": virsh_version,
        "ran_with_uri": "qemu+unix:///system?socket=<private libvirtd>/run/libvirt-sock",
        "domain": DOMAIN,
        "namespace": NAMESPACE,
        "placeholder": (
            f"domain names are {NAMESPACE}_<name>: the recorded kubelet replaces {NAMESPACE + '_'!r} by "
            "the test's '<namespace>_' in the command it expects and in the stdout/stderr it replays"
        ),
        "exchanges": exchanges,
    }
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(record, indent=2) + "\n")
    print(f"wrote {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
