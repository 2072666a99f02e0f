"""cloudInitNoCloud and cloudInitConfigDrive volumes as real seed ISOs (genisoimage), as KubeVirt
builds them (pkg/cloud-init): NoCloud is labelled ``cidata`` with ``user-data``, ``meta-data`` and
``network-config``; ConfigDrive is labelled ``config-2`` with ``openstack/latest/user_data``,
``meta_data.json`` and ``network_data.json``. Data may be inline, base64, or in a Secret.
"""

from __future__ import annotations

import base64
import json
import shutil
import subprocess
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

SecretReader = Callable[[str], dict[str, str]]


def _field(src: dict[str, Any], name: str, read_secret: SecretReader) -> str | None:
    if src.get(name) is not None:
        return str(src[name])
    if src.get(name + "Base64") is not None:
        return base64.b64decode(src[name + "Base64"]).decode()
    ref = src.get("secretRef" if name == "userData" else "networkDataSecretRef")
    if ref and ref.get("name"):
        data = read_secret(ref["name"])
        key = "userdata" if name == "userData" else "networkdata"
        for candidate in (key, name):
            if candidate in data:
                return base64.b64decode(data[candidate]).decode()
    return None


def build(volume: dict[str, Any], vmi: dict[str, Any], dest: Path, read_secret: SecretReader) -> Path:
    meta = vmi["metadata"]
    instance_id = f"{meta['name']}.{meta['namespace']}"
    with tempfile.TemporaryDirectory(prefix="seed-") as tmp:
        root = Path(tmp)
        if "cloudInitNoCloud" in volume:
            src = volume["cloudInitNoCloud"]
            label = "cidata"
            (root / "user-data").write_text(_field(src, "userData", read_secret) or "")
            (root / "meta-data").write_text(f"instance-id: {instance_id}\nlocal-hostname: {meta['name']}\n")
            net = _field(src, "networkData", read_secret)
            if net:
                (root / "network-config").write_text(net)
        else:
            src = volume["cloudInitConfigDrive"]
            label = "config-2"
            latest = root / "openstack" / "latest"
            latest.mkdir(parents=True)
            (latest / "user_data").write_text(_field(src, "userData", read_secret) or "")
            (latest / "meta_data.json").write_text(
                json.dumps({"uuid": meta.get("uid", instance_id), "hostname": meta["name"]})
            )
            net = _field(src, "networkData", read_secret)
            if net:
                (latest / "network_data.json").write_text(net)
        dest.parent.mkdir(parents=True, exist_ok=True)
        iso = shutil.which("genisoimage") or shutil.which("mkisofs") or "genisoimage"
        subprocess.run(
            [iso, "-quiet", "-output", str(dest), "-volid", label, "-joliet", "-rock", str(root)],
            check=True,
            capture_output=True,
        )
    return dest
