"""The console commands' pure parts: the VM reference and QEMU's PPM screen written as PNG."""

from __future__ import annotations

import struct
import zlib

import pytest

from kubevirt_sandbox import console


@pytest.mark.parametrize(
    ("ref", "want"), [("vm", ("default", "vm")), ("ns/vm", ("ns", "vm")), ("/vm", ("default", "vm"))]
)
def test_a_vm_is_named_with_or_without_its_namespace(ref: str, want: tuple[str, str]) -> None:
    assert console.parse_ref(ref) == want


@pytest.mark.parametrize("ref", ["", "ns/", "a/b/c"])
def test_a_bad_vm_reference_says_how_to_write_it(ref: str) -> None:
    with pytest.raises(console.ConsoleError, match="<namespace>/<name>"):
        console.parse_ref(ref)


def test_a_ppm_becomes_a_png_with_the_same_pixels() -> None:
    pixels = bytes([255, 0, 0, 0, 255, 0, 0, 0, 255, 10, 20, 30, 40, 50, 60, 70, 80, 90])  # 3x2
    png = console.ppm_to_png(b"P6\n# QEMU\n3 2\n255\n" + pixels)
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    assert struct.unpack(">IIBBBBB", png[16:29]) == (3, 2, 8, 2, 0, 0, 0)
    (length,) = struct.unpack(">I", png[33:37])
    assert png[37:41] == b"IDAT"
    idat = png[41 : 41 + length]
    assert struct.unpack(">I", png[41 + length : 45 + length])[0] == zlib.crc32(b"IDAT" + idat)
    assert zlib.decompress(idat) == b"\x00" + pixels[:9] + b"\x00" + pixels[9:]
    assert png.endswith(b"IEND\xaeB`\x82")


def test_a_ppm_of_another_kind_is_refused() -> None:
    with pytest.raises(console.ConsoleError, match="P6"):
        console.ppm_to_png(b"P3\n1 1\n255\n0 0 0\n")
