"""A running VMI's serial console, VNC endpoint and screen, like ``virtctl console`` / ``vnc``.

Every domain the sandbox starts has its serial port on a pty (QEMU also appends what the guest
prints to the VMI's ``serial0.log``, which the controllers read) and a VGA display on a VNC server
listening on 127.0.0.1 (domainxml.py). This module finds a VMI's domain on its node and:

- :func:`attach` joins the serial console through libvirt (``virDomainOpenConsole``), the terminal
  raw, until Ctrl-] (like ``virtctl console``);
- :func:`vnc_endpoint` gives ``127.0.0.1:<port>`` of the domain's VNC server and its password
  (each start gets a random one: guests reach the host's loopback through user-mode networking);
- :func:`screenshot` saves the screen as PNG (libvirt gives QEMU's PPM; written as PNG here with
  zlib, no imaging library needed).
"""

from __future__ import annotations

import contextlib
import os
import select
import struct
import sys
import threading
import xml.etree.ElementTree as ET
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kubevirt_sandbox import sandbox

ESCAPE = b"\x1d"  # Ctrl-]


class ConsoleError(RuntimeError):
    pass


@dataclass
class Target:
    namespace: str
    name: str
    node: str
    uri: str

    @property
    def domain(self) -> str:
        return f"{self.namespace}_{self.name}"


def parse_ref(ref: str) -> tuple[str, str]:
    """``<namespace>/<vm>`` or ``<vm>`` (namespace ``default``)."""
    namespace, _, name = ref.rpartition("/")
    if not name or "/" in namespace:
        raise ConsoleError(f"{ref!r}: give the VM as <namespace>/<name> or <name>")
    return namespace or "default", name


def find(sb: sandbox.Sandbox, ref: str) -> Target:
    """Where the VMI of ``ref`` runs; ConsoleError when it is not running on a node."""
    from kubevirt_sandbox.controllers import fastboot, kube

    namespace, name = parse_ref(ref)
    k = kube.Kube(sb.kubeconfig)
    try:
        vmi = k.get("VirtualMachineInstance", namespace, name)
    finally:
        k.close()
    if vmi is None:
        raise ConsoleError(f"no VirtualMachineInstance {namespace}/{name}: is the VM running?")
    status = vmi.get("status") or {}
    if status.get("phase") != "Running" or not status.get("nodeName"):
        raise ConsoleError(
            f"VirtualMachineInstance {namespace}/{name} is {status.get('phase') or 'Pending'}, not Running"
        )
    if fastboot.delay(vmi) is not None:
        raise ConsoleError(f"{namespace}/{name} boots fast (no QEMU, no console): start it without fast boot")
    nodes = {n.name: n.uri for n in sb.nodes}
    node = status["nodeName"]
    if node not in nodes:
        raise ConsoleError(f"{namespace}/{name} runs on {node}, which is not a node of this sandbox")
    return Target(namespace, name, node, nodes[node])


@contextlib.contextmanager
def _domain(target: Target) -> Any:
    import libvirt

    libvirt.registerErrorHandler(lambda *_: None, None)
    conn = libvirt.open(target.uri)
    try:
        try:
            dom = conn.lookupByName(target.domain)
        except libvirt.libvirtError as exc:
            raise ConsoleError(f"no domain {target.domain} on {target.node}: {exc}") from None
        yield conn, dom
    finally:
        conn.close()


def vnc_endpoint(target: Target) -> tuple[str, str | None]:
    """``127.0.0.1:<port>`` of the domain's VNC server, and its password (None: none set)."""
    import libvirt

    with _domain(target) as (_, dom):
        xml = dom.XMLDesc(libvirt.VIR_DOMAIN_XML_SECURE)
    graphics = ET.fromstring(xml).find("devices/graphics[@type='vnc']")
    if graphics is None or int(graphics.get("port") or -1) <= 0:
        raise ConsoleError(f"domain {target.domain} has no VNC server")
    return f"{graphics.get('listen') or '127.0.0.1'}:{graphics.get('port')}", graphics.get("passwd")


# -- screenshot -------------------------------------------------------------------------------
def ppm_to_png(ppm: bytes) -> bytes:
    """A binary PPM (P6, maxval 255, QEMU's screendump) as an RGB PNG."""
    fields: list[bytes] = []
    pos = 0
    while len(fields) < 4:  # magic, width, height, maxval; whitespace and comments between
        while ppm[pos : pos + 1].isspace():
            pos += 1
        if ppm[pos : pos + 1] == b"#":
            pos = ppm.index(b"\n", pos) + 1
            continue
        end = pos
        while end < len(ppm) and not ppm[end : end + 1].isspace():
            end += 1
        fields.append(ppm[pos:end])
        pos = end
    magic, width, height, maxval = fields[0], int(fields[1]), int(fields[2]), int(fields[3])
    if magic != b"P6" or maxval != 255:
        raise ConsoleError(f"not a P6 PPM with maxval 255 ({magic!r}, {maxval})")
    pixels = ppm[pos + 1 : pos + 1 + width * height * 3]
    if len(pixels) != width * height * 3:
        raise ConsoleError("the PPM is shorter than its size says")
    stride = width * 3
    raw = b"".join(b"\x00" + pixels[y * stride : (y + 1) * stride] for y in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(raw, 6))
        + chunk(b"IEND", b"")
    )


def screenshot(target: Target, out: Path) -> tuple[int, int]:
    """Save the domain's screen (display 0) as PNG at ``out``; return its width and height."""
    with _domain(target) as (conn, dom):
        stream = conn.newStream(0)
        try:
            mime = dom.screenshot(stream, 0, 0)
            chunks = []
            while True:
                data = stream.recv(1 << 20)
                if not data:
                    break
                chunks.append(data)
            stream.finish()
        except BaseException:
            with contextlib.suppress(Exception):
                stream.abort()
            raise
    image = b"".join(chunks)
    png = image if mime == "image/png" else ppm_to_png(image)
    out.write_bytes(png)
    width, height = struct.unpack(">II", png[16:24])
    return width, height


# -- console ----------------------------------------------------------------------------------
def attach(target: Target, stdin: int | None = None, stdout: int | None = None) -> int:
    """Join the serial console until Ctrl-] (0 then) or until the domain's console closes (1)."""
    import libvirt

    stdin = sys.stdin.fileno() if stdin is None else stdin
    stdout = sys.stdout.fileno() if stdout is None else stdout
    # Streams deliver data through an event loop: libvirt's own, run in a thread.
    libvirt.virEventRegisterDefaultImpl()
    done = threading.Event()
    closed = threading.Event()

    def run_events() -> None:
        while not done.is_set():
            libvirt.virEventRunDefaultImpl()

    with _domain(target) as (conn, dom):
        stream = conn.newStream(libvirt.VIR_STREAM_NONBLOCK)
        try:
            dom.openConsole(None, stream, libvirt.VIR_DOMAIN_CONSOLE_FORCE)
        except libvirt.libvirtError as exc:
            raise ConsoleError(f"cannot open the console of {target.domain}: {exc}") from None

        def readable(st: Any, events: int, _opaque: Any) -> None:
            if events & libvirt.VIR_STREAM_EVENT_READABLE:
                try:
                    data = st.recv(4096)
                except libvirt.libvirtError:
                    data = b""
                if data == -2:
                    return
                if data:
                    os.write(stdout, data)
                    return
            closed.set()  # end of stream, error or hang-up
            with contextlib.suppress(Exception):
                st.eventRemoveCallback()

        stream.eventAddCallback(
            libvirt.VIR_STREAM_EVENT_READABLE
            | libvirt.VIR_STREAM_EVENT_ERROR
            | libvirt.VIR_STREAM_EVENT_HANGUP,
            readable,
            None,
        )
        loop = threading.Thread(target=run_events, daemon=True, name="libvirt-events")
        loop.start()
        os.write(
            stdout,
            f"Successfully connected to {target.domain} console. The escape sequence is ^]\r\n".encode(),
        )
        try:
            with _raw(stdin):
                code = _pump(stdin, stream, closed)
        finally:
            done.set()
            with contextlib.suppress(Exception):
                stream.eventRemoveCallback()
            with contextlib.suppress(Exception):
                stream.abort()
    os.write(stdout, b"\r\n")
    return code


def _pump(stdin: int, stream: Any, closed: threading.Event) -> int:
    """Copy stdin to the console until Ctrl-] (0) or the console closes (1)."""
    while not closed.is_set():
        ready, _, _ = select.select([stdin], [], [], 0.2)
        if not ready:
            continue
        data = os.read(stdin, 4096)
        if not data:
            return 0  # stdin closed: leave like Ctrl-]
        data, escape, _ = data.partition(ESCAPE)
        while data:
            sent = stream.send(data)
            if sent == -2:  # would block
                select.select([], [], [], 0.05)
                continue
            data = data[sent:]
        if escape:
            return 0
    return 1


@contextlib.contextmanager
def _raw(fd: int) -> Any:
    """The terminal raw for the console's length (nothing to do when stdin is no terminal)."""
    if not os.isatty(fd):
        yield
        return
    import termios
    import tty

    saved = termios.tcgetattr(fd)
    try:
        tty.setraw(fd)
        yield
    finally:
        termios.tcsetattr(fd, termios.TCSADRAIN, saved)
