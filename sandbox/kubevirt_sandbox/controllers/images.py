"""The sandbox's image store: what a ``containerDisk`` image reference resolves to.

There is no container registry here. An image reference resolves to a qcow2 (or raw) file at

    <cache>/images/<registry>/<repository>/<tag>/disk.qcow2

under ``cachedir.cache_dir()`` (``~/.cache/pulumi-kubevirt``, ``PULUMI_KUBEVIRT_CACHE`` moves it).
A reference without a tag means ``latest``; one without a registry means ``docker.io`` (and
``library/`` for a single-component name), as container runtimes read them; a digest
(``@sha256:…``) is a folder named after the digest. A reference that is not one by the grammar
container runtimes use (``..``, an absolute path, uppercase, ...) is refused: it could otherwise
name any folder, such as another namespace's PVC. ``kubevirt-sandbox image import <ref> <file>``
adds one; ``scripts/build_demo_image.sh`` registers the demo image.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

from kubevirt_sandbox import cachedir


class ImageNotFound(Exception):
    pass


class InvalidReference(ImageNotFound):
    """Not an image reference by the grammar container runtimes use (distribution/reference):
    kubelet reports ``InvalidImageName`` and never pulls it. Here such a reference could name
    a folder outside the store (``..``, an absolute path), such as another namespace's PVC."""


# The grammar of github.com/distribution/reference (which containerd and CRI-O use): lowercase
# path components separated by ``.``, ``_``, ``__`` or dashes; a domain of DNS labels with an
# optional port; a tag of word characters, dots and dashes not starting with either; a digest.
_COMPONENT = re.compile(r"[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*")
_DOMAIN = re.compile(
    r"(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])(?:\.(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9]))*"
    r"(?::[0-9]+)?"
)
_TAG = re.compile(r"[\w][\w.-]{0,127}")
_DIGEST = re.compile(r"[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}")


def _invalid(ref: str) -> InvalidReference:
    return InvalidReference(f"couldn't parse image name {ref!r}: invalid reference format")


def store_dir() -> Path:
    return cachedir.cache_dir() / "images"


def parse(ref: str) -> tuple[str, str, str]:
    """``registry, repository, tag`` of an image reference; InvalidReference if it is none."""
    original = ref
    ref = ref.strip()
    if ref.startswith("docker://"):
        ref = ref[len("docker://") :]
    digest = ""
    if "@" in ref:
        ref, digest = ref.split("@", 1)
        if not _DIGEST.fullmatch(digest):
            raise _invalid(original)
    name, tag = ref, "latest"
    last = ref.rsplit("/", 1)[-1]
    if ":" in last:
        name, tag = ref.rsplit(":", 1)
        if not _TAG.fullmatch(tag):
            raise _invalid(original)
    parts = name.split("/")
    if len(parts) > 1 and ("." in parts[0] or ":" in parts[0] or parts[0] == "localhost"):
        registry, repo = parts[0], "/".join(parts[1:])
        if not _DOMAIN.fullmatch(registry):
            raise _invalid(original)
    else:
        registry, repo = "docker.io", name if len(parts) > 1 else f"library/{name}"
    if len(name) > 255 or not all(_COMPONENT.fullmatch(c) for c in repo.split("/")):
        raise _invalid(original)
    if digest:
        tag = digest.replace(":", "-")
    return registry, repo, tag


def folder(ref: str) -> Path:
    registry, repo, tag = parse(ref)
    path = store_dir() / registry / repo / tag
    # The grammar leaves no `..` nor absolute part; a symlink inside the store could still lead out.
    if not path.resolve().is_relative_to(store_dir().resolve()):
        raise _invalid(ref)
    return path


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
