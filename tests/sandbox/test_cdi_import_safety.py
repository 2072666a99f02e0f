"""The sandbox's importer reads only what CDI's would: http(s) URLs, and images that name no other
file. A file: URL or a qcow2 whose header points at a host file must never put that file's
bytes into a guest's disk (the importer runs as root)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from kubevirt_sandbox.controllers import cdi

SECRET = b"host-only-content-0d1f9c"


@pytest.fixture()
def host_file(tmp_path: Path) -> Path:
    path = tmp_path / "host-secret"
    path.write_bytes(SECRET * 100)
    return path


@pytest.mark.parametrize("url", ["file:///etc/hostname", "/etc/hostname", "ftp://127.0.0.1/x"])
def test_only_http_and_https_urls_are_fetched(url: str, tmp_path: Path) -> None:
    with pytest.raises(RuntimeError, match="must be an http or https URL"):
        cdi._download(None, {}, url, tmp_path / "out")  # type: ignore[arg-type]
    assert not (tmp_path / "out").exists()


def test_a_qcow2_naming_a_host_file_as_backing_is_refused_and_nothing_is_read(
    host_file: Path, tmp_path: Path
) -> None:
    evil = tmp_path / "evil.qcow2"
    subprocess.run(
        ["qemu-img", "create", "-q", "-f", "qcow2", "-b", str(host_file), "-F", "raw", str(evil)], check=True
    )
    target = tmp_path / "disk.img"
    with pytest.raises(RuntimeError, match="names a backing file"):
        cdi._to_raw(evil, target, 1024 * 1024)
    assert not target.exists() and not list(tmp_path.glob("*.converting"))


def test_a_qcow2_with_an_external_data_file_is_refused(host_file: Path, tmp_path: Path) -> None:
    evil = tmp_path / "evil.qcow2"
    subprocess.run(
        [
            "qemu-img",
            "create",
            "-q",
            "-f",
            "qcow2",
            "-o",
            f"data_file={host_file},data_file_raw=on",
            str(evil),
            "1M",
        ],
        check=True,
    )
    with pytest.raises(RuntimeError, match="external file"):
        cdi._to_raw(evil, tmp_path / "disk.img", 1024 * 1024)


def test_a_raw_file_that_looks_like_nothing_is_copied_as_raw_bytes(tmp_path: Path) -> None:
    plain = tmp_path / "plain.img"
    plain.write_bytes(b"QFI" + b"\0" * 4093)  # almost a qcow2 magic: still raw
    target = tmp_path / "disk.img"
    cdi._to_raw(plain, target, 8192)
    assert target.read_bytes()[:4096] == plain.read_bytes() and target.stat().st_size == 8192


def test_a_clean_qcow2_converts(tmp_path: Path) -> None:
    image = tmp_path / "clean.qcow2"
    subprocess.run(["qemu-img", "create", "-q", "-f", "qcow2", str(image), "1M"], check=True)
    target = tmp_path / "disk.img"
    cdi._to_raw(image, target, 2 * 1024 * 1024)
    assert target.stat().st_size == 2 * 1024 * 1024 and cdi.image_format(target) == "raw"
