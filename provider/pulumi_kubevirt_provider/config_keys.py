"""The stack configuration keys (``pulumi config set kubevirt:<key>``), each declared once.

Everything that names a key derives from ``KEYS``: the provider's reading of its config
(``settings.ClusterSettings.from_config``, on both transports), the plugin schema's ``config``
and the explicit provider's ``inputProperties`` (``plugin/schema.py``), the plugin's
CheckConfig/DiffConfig (``plugin/server.py``), the SDK's ``Provider`` keywords
(``pulumi_kubevirt.resources.Provider``) and the table in docs/installation-configuration.md
(written by ``scripts/config_table.py``). ``tests/provider/test_config_keys.py`` holds each of
them to exactly these keys.
"""

from __future__ import annotations

import dataclasses
import re

PACKAGE = "kubevirt"


class ConfigError(ValueError):
    """A configuration mistake. The message names the config key (or environment variable) and
    the fix, and never contains credential material, so it is safe to show and to log. Both
    transports show a ValueError as one line without a traceback. ``key`` is the declared key at
    fault (its short name, e.g. ``domainAccess``), when there is one."""

    def __init__(self, message: str, key: str | None = None) -> None:
        super().__init__(message)
        self.key = key


@dataclasses.dataclass(frozen=True)
class ConfigKey:
    """One stack config key."""

    name: str
    """The key after ``kubevirt:``, as the engine and the plugin's inputs spell it (camelCase)."""
    description: str
    """What it means (Markdown): the schema's description and the docs table's meaning."""
    default: str | None = None
    """The value an unset key stands for, when it is one value."""
    default_doc: str = ""
    """What the docs say of an unset key, when more than ``default`` says (Markdown)."""
    secret: bool = False
    """Always kept secret by the plugin, whatever the program marked."""
    choices: tuple[str, ...] = ()
    """The accepted values, when the key is an enumeration."""
    type: str = "string"
    """The schema type."""
    provider: bool = True
    """Read by the provider (a plugin config variable and an explicit ``Provider`` input); False
    for a key only the Python SDK reads."""

    @property
    def full_name(self) -> str:
        """``kubevirt:<name>``, as ``pulumi config set`` spells it."""
        return f"{PACKAGE}:{self.name}"

    @property
    def python_name(self) -> str:
        """The Python keyword (``domainAccess`` -> ``domain_access``), as the SDK's ``Provider`` and
        ``settings.ClusterSettings`` spell it."""
        return re.sub(r"(?<!^)(?=[A-Z])", "_", self.name).lower()


KUBECONFIG = ConfigKey(
    "kubeconfig",
    "a kubeconfig path, or its content (use `--secret`: the dynamic resources refuse plain content, "
    "which the engine would copy into the state; the plugin, and an explicit "
    "`kv.Provider(kubeconfig=…)` from any language, keep it secret in the state whatever the "
    "program marked); a path that does not exist or content that does not parse is an error "
    "naming this key, never a fallback",
    default_doc="`$KUBECONFIG` (its first existing file; none is an error), `~/.kube/config`, "
    "in-cluster only inside a pod (`KUBERNETES_SERVICE_HOST`)",
    secret=True,
)
CONTEXT = ConfigKey("context", "the kubeconfig context", default_doc="its current context")
NAMESPACE = ConfigKey(
    "namespace",
    "namespace for resources that set none",
    default_doc="the context's namespace, else `default`",
)
DOMAIN_ACCESS = ConfigKey(
    "domainAccess",
    "how the domain check reads each VM's libvirt domain: `auto`, `libvirt`, `exec`, `off`",
    default="auto",
    choices=("auto", "libvirt", "exec", "off"),
)
LIBVIRT_URI = ConfigKey(
    "libvirtUri",
    "for `libvirt`: a libvirt URI with `{node}` for the VM's node",
)
TRANSPORT = ConfigKey(
    "transport",
    "which transport the Python classes use: `dynamic` or `plugin` (an explicit `kv.Provider` "
    "always means `plugin`)",
    default="dynamic",
    choices=("dynamic", "plugin"),
    provider=False,
)

KEYS: tuple[ConfigKey, ...] = (KUBECONFIG, CONTEXT, NAMESPACE, DOMAIN_ACCESS, LIBVIRT_URI, TRANSPORT)
PROVIDER_KEYS: tuple[ConfigKey, ...] = tuple(key for key in KEYS if key.provider)
