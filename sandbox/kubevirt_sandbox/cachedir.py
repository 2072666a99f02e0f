"""Where the bootstrap's cache is: tools, images, libvirt's capability probes, wheels.

``$PULUMI_KUBEVIRT_CACHE``, default ``$XDG_CACHE_HOME/pulumi-kubevirt`` (``~/.cache/pulumi-kubevirt``).
"""

from __future__ import annotations

import os
from pathlib import Path


def cache_dir() -> Path:
    default = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "pulumi-kubevirt"
    return Path(os.environ.get("PULUMI_KUBEVIRT_CACHE", default))
