"""The sandbox's image store: what a ``containerDisk`` image reference resolves to.

There is no container registry here. An image reference resolves to a qcow2 (or raw) file at

    <cache>/images/<registry>/<repository>/<tag>/disk.qcow2

under ``tools.cache_dir()`` (``~/.cache/pulumi-kubevirt``, ``PULUMI_KUBEVIRT_CACHE`` moves it).
A reference without a tag means ``latest``; one without a registry means ``docker.io`` (and
``library/`` for a single-component name), as container runtimes read them; a digest
(``@sha256:…``) is a folder named after the digest. ``kubevirt-sandbox image import <ref> <file>``
adds one; ``scripts/build_demo_image.sh`` registers the demo image.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from kubevirt_sandbox import tools


class ImageNotFound(Exception):
    pass


def store_dir() -> Path:
    return tools.cache_dir() / "images"


def parse(ref: str) -> tuple[str, str, str]:
    """``registry, repository, tag`` of an image reference."""
    ref = ref.strip()
    if ref.startswith("docker://"):
        ref = ref[len("docker://") :]
    digest = ""
    if "@" in ref:
        ref, digest = ref.split("@", 1)
    name, tag = ref, "latest"
    last = ref.rsplit("/", 1)[-1]
    if ":" in last:
        name, tag = ref.rsplit(":", 1)
    parts = name.split("/")
    if len(parts) > 1 and ("." in parts[0] or ":" in parts[0] or parts[0] == "localhost"):
        registry, repo = parts[0], "/".join(parts[1:])
    else:
        registry, repo = "docker.io", name if len(parts) > 1 else f"library/{name}"
    if digest:
        tag = digest.replace(":", "-")
    return registry, repo, tag


def folder(ref: str) -> Path:
    registry, repo, tag = parse(ref)
    return store_dir() / registry / repo / tag


def resolve(ref: str) -> tuple[Path, str]:
    """The image file and its format (qcow2 or raw)."""
    base = folder(ref)
    for name, fmt in (("disk.qcow2", "qcow2"), ("disk.img", "raw")):
        if (base / name).is_file():
            return base / name, fmt
    raise ImageNotFound(
        f"image {ref!r} is not in the sandbox's image store ({base}): "
        f"add it with `kubevirt-sandbox image import {ref} <file.qcow2>`"
    )


def import_image(ref: str, source: Path) -> Path:
    """Copy ``source`` (any format qemu-img reads) into the store as ``ref``'s qcow2."""
    dest = folder(ref)
    dest.mkdir(parents=True, exist_ok=True)
    tmp = dest / "disk.qcow2.tmp"
    subprocess.run(
        ["qemu-img", "convert", "-q", "-O", "qcow2", str(source), str(tmp)], check=True, capture_output=True
    )
    tmp.rename(dest / "disk.qcow2")
    (dest / "disk.img").unlink(missing_ok=True)
    return dest / "disk.qcow2"


def list_images() -> list[str]:
    root = store_dir()
    out = []
    for disk in sorted(root.glob("**/disk.qcow2")) + sorted(root.glob("**/disk.img")):
        rel = disk.parent.relative_to(root).parts
        out.append(f"{'/'.join(rel[:-1])}:{rel[-1]}")
    return out


def overlay(base: Path, fmt: str, dest: Path) -> Path:
    """A writable qcow2 overlay on a store image (the VMI's ephemeral copy of a containerDisk)."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        ["qemu-img", "create", "-q", "-f", "qcow2", "-F", fmt, "-b", str(base), str(dest)],
        check=True,
        capture_output=True,
    )
    return dest


def remove(path: Path) -> None:
    shutil.rmtree(path, ignore_errors=True)


def create_empty(dest: Path, size: int, fmt: str = "qcow2") -> Path:
    dest.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        ["qemu-img", "create", "-q", "-f", fmt, str(dest), str(size)], check=True, capture_output=True
    )
    return dest
