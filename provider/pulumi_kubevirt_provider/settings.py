"""The stack's settings for one provider: which cluster, which namespace, how to reach domains.

``ClusterSettings.from_config`` reads the keys ``config_keys.PROVIDER_KEYS`` declares, from the
stack config (the dynamic transport) or the plugin's config and explicit-provider inputs; its
fields are those keys' Python names, plus the retry policy (``tunables.RetrySettings``), which
is not configurable. The provider object that Pulumi serializes holds no settings. The engine
itself records provider inputs in the state: the plugin's CheckConfig marks the secret keys
secret, and, because the dynamic resources' provider gets the whole stack config as its inputs,
the SDK refuses kubeconfig content set without ``--secret`` on that transport
(``pulumi_kubevirt.resources._refuse_plain_kubeconfig_content``).

Which kubeconfig a setting names is ``kubeconfig``'s to decide; loading its credentials is
``credentials``'.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

from pulumi_kubevirt_provider import config_keys, kubeconfig
from pulumi_kubevirt_provider.config_keys import DOMAIN_ACCESS, LIBVIRT_URI, ConfigError
from pulumi_kubevirt_provider.tunables import RetrySettings


@dataclasses.dataclass(frozen=True)
class ClusterSettings:
    kubeconfig: str | None = None  # a path or the content
    context: str | None = None
    namespace: str | None = None
    domain_access: str = str(DOMAIN_ACCESS.default)
    libvirt_uri: str | None = None
    retry: RetrySettings = RetrySettings()

    @classmethod
    def from_config(cls, get: Callable[[str], Any]) -> ClusterSettings:
        """``get`` looks a key up by its full name (``kubevirt:domainAccess``), like
        ``ConfigureRequest.config.get``. Raises ConfigError naming the key at fault."""
        values: dict[str, Any] = {}
        for key in config_keys.PROVIDER_KEYS:
            value = get(key.full_name) or key.default or None
            if key.choices:
                value = str(value).strip()
                if value not in key.choices:
                    raise ConfigError(
                        f"{key.full_name} is {value!r}: use one of {', '.join(key.choices)} "
                        f"(pulumi config set {key.full_name} {key.default})",
                        key.name,
                    )
            values[key.python_name] = value
        access = values[DOMAIN_ACCESS.python_name]
        if access == "libvirt" and not values[LIBVIRT_URI.python_name]:
            raise ConfigError(
                f"{DOMAIN_ACCESS.full_name} is 'libvirt' but {LIBVIRT_URI.full_name} is not set: "
                f"pulumi config set {LIBVIRT_URI.full_name} 'qemu+ssh://root@{{node}}/system'",
                LIBVIRT_URI.name,
            )
        return cls(**values)

    def __repr__(self) -> str:
        # The dataclass repr would print kubeconfig content into any log or traceback.
        shown = "<content>" if self.kubeconfig and kubeconfig.is_content(self.kubeconfig) else self.kubeconfig
        return (
            f"ClusterSettings(kubeconfig={shown!r}, context={self.context!r}, namespace={self.namespace!r}, "
            f"domain_access={self.domain_access!r}, libvirt_uri={self.libvirt_uri!r})"
        )

    def domain_backend_name(self) -> str:
        """The backend ``auto`` resolves to: libvirt when a URI is configured, else exec."""
        if self.domain_access == "auto":
            return "libvirt" if self.libvirt_uri else "exec"
        return self.domain_access

    def default_namespace(self) -> str:
        """The namespace for resources that set none: ``kubevirt:namespace``, else the context's,
        else ``default``. Raises ConfigError."""
        return self.namespace or kubeconfig.namespace_of(self.kubeconfig, self.context)
