"""What the provider is as a package: its Pulumi package name and its installed version."""

from __future__ import annotations

import functools
import importlib.metadata

NAME = "kubevirt"  # the Pulumi package: type tokens, config keys (``kubevirt:<key>``), the plugin's name
DISTRIBUTION = "pulumi-kubevirt"  # the Python distribution that installs the SDK, the provider and the plugin
UNINSTALLED = "0.0.0"  # the version of a source tree that is not installed


@functools.cache
def version() -> str:
    """The installed distribution's version: the plugin's, the schema's, and what the SDK asks for."""
    try:
        return importlib.metadata.version(DISTRIBUTION)
    except importlib.metadata.PackageNotFoundError:
        return UNINSTALLED
