"""The demo guest's #cloud-config reader (an awk program inside scripts/build_demo_image.sh), run
with the busybox the guest has, on the user data forms the seed's flows use."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "build_demo_image.sh"
BUSYBOX = shutil.which("busybox") or "/bin/busybox"


def reader(tmp_path: Path) -> Path:
    text = SCRIPT.read_text()
    m = re.search(r'cat >"\$root/bin/cloud-config" <<\'EOF\'\n(.*?)\nEOF\n', text, re.S)
    assert m, "the cloud-config reader is no longer in build_demo_image.sh"
    path = tmp_path / "cloud-config"
    path.write_text(m.group(1) + "\n")
    bin_ = tmp_path / "bin"
    bin_.mkdir()
    (bin_ / "awk").symlink_to(BUSYBOX)  # the guest's awk, not the host's
    return path


@pytest.mark.skipif(not Path(BUSYBOX).exists(), reason="busybox-static not installed")
def test_hostname_keys_and_runcmd_in_both_forms(tmp_path: Path) -> None:
    ud = tmp_path / "user-data"
    ud.write_text(
        "#cloud-config\n"
        "hostname: keyed-guest\n"
        "password: ignored\n"
        "ssh_authorized_keys:\n"
        "  - ssh-rsa AAAAB3Nza test@host\n"
        '  - "ssh-ed25519 AAAAC3 other"\n'
        "runcmd:\n"
        "  - echo runcmd-ran > /run/runcmd-mark\n"
        '  - [ sh, -c, "echo list-form >> /run/runcmd-mark" ]\n'
    )
    path = reader(tmp_path)
    out = subprocess.run(
        [BUSYBOX, "sh", str(path), str(ud)],
        capture_output=True,
        text=True,
        check=True,
        env={"PATH": str(tmp_path / "bin")},
    ).stdout
    assert out.splitlines() == [
        "hostname\tkeyed-guest",
        "password\tignored",
        "ssh_authorized_keys\tssh-rsa AAAAB3Nza test@host",
        "ssh_authorized_keys\tssh-ed25519 AAAAC3 other",
        "runcmd\techo runcmd-ran > /run/runcmd-mark",
        "runcmd\t'sh' '-c' 'echo list-form >> /run/runcmd-mark'",
    ]
