"""Where the provider finds its cluster: stack config first, then the usual fallbacks.

Stack config keys (``pulumi config set kubevirt:<key>``):

- ``kubevirt:kubeconfig``: a path to a kubeconfig file, or the kubeconfig's content itself
  (YAML or JSON; use ``--secret`` for content);
- ``kubevirt:context``: the context to use (default: the kubeconfig's current context);
- ``kubevirt:namespace``: the namespace for resources that do not set one (default: the
  context's namespace, else ``default``);
- ``kubevirt:domainAccess``: how the provider reads the libvirt domain behind each running VM to
  find drift the Kubernetes objects cannot show: ``auto`` (default: ``libvirt`` when
  ``kubevirt:libvirtUri`` is set, else ``exec``), ``libvirt``, ``exec`` (virsh in the VM's
  virt-launcher pod; needs ``pods/exec``) or ``off``;
- ``kubevirt:libvirtUri``: for ``libvirt``, a libvirt URI in which ``{node}`` stands for the
  VM's node, e.g. ``qemu+ssh://root@{node}/system``.

Without ``kubevirt:kubeconfig`` the provider uses ``$KUBECONFIG``, then ``~/.kube/config``,
then the in-cluster service account, as kubectl and pulumi-kubernetes do. Nothing here is ever
written into Pulumi state: the provider object that Pulumi serializes holds no settings.
"""

from __future__ import annotations

import dataclasses
import os
import tempfile
from pathlib import Path
from typing import Any

import yaml

DOMAIN_ACCESS = ("auto", "libvirt", "exec", "off")


@dataclasses.dataclass(frozen=True)
class ClusterSettings:
    kubeconfig: str | None = None  # a path or the content
    context: str | None = None
    namespace: str | None = None
    domain_access: str = "auto"
    libvirt_uri: str | None = None

    @classmethod
    def from_config(cls, get: Any) -> ClusterSettings:
        """``get`` is a lookup like ``ConfigureRequest.config.get``."""
        access = (get("kubevirt:domainAccess") or "auto").strip()
        uri = get("kubevirt:libvirtUri") or None
        if access not in DOMAIN_ACCESS:
            raise ValueError(
                f"kubevirt:domainAccess is {access!r}: use one of {', '.join(DOMAIN_ACCESS)} "
                "(pulumi config set kubevirt:domainAccess auto)"
            )
        if access == "libvirt" and not uri:
            raise ValueError(
                "kubevirt:domainAccess is 'libvirt' but kubevirt:libvirtUri is not set: "
                "pulumi config set kubevirt:libvirtUri 'qemu+ssh://root@{node}/system'"
            )
        return cls(
            kubeconfig=get("kubevirt:kubeconfig") or None,
            context=get("kubevirt:context") or None,
            namespace=get("kubevirt:namespace") or None,
            domain_access=access,
            libvirt_uri=uri,
        )

    def domain_backend_name(self) -> str:
        """The backend ``auto`` resolves to: libvirt when a URI is configured, else exec."""
        if self.domain_access == "auto":
            return "libvirt" if self.libvirt_uri else "exec"
        return self.domain_access

    def _kubeconfig_dict(self) -> dict[str, Any] | None:
        text = self.kubeconfig
        if text is None:
            path = os.environ.get("KUBECONFIG", "").split(os.pathsep)[0] or str(
                Path.home() / ".kube" / "config"
            )
            if not Path(path).exists():
                return None
            text = Path(path).read_text()
        elif "\n" not in text and Path(text).expanduser().exists():
            text = Path(text).expanduser().read_text()
        data = yaml.safe_load(text)
        return dict(data) if isinstance(data, dict) else None

    def default_namespace(self) -> str:
        if self.namespace:
            return self.namespace
        cfg = self._kubeconfig_dict()
        if cfg:
            ctx_name = self.context or cfg.get("current-context")
            for ctx in cfg.get("contexts") or []:
                if ctx.get("name") == ctx_name:
                    return str((ctx.get("context") or {}).get("namespace") or "default")
        return "default"

    def server(self) -> str:
        cfg = self._kubeconfig_dict()
        if not cfg:
            return "in-cluster"
        ctx_name = self.context or cfg.get("current-context")
        ctx: dict[str, Any] = next(
            (c["context"] for c in cfg.get("contexts") or [] if c.get("name") == ctx_name), {}
        )
        return next(
            (
                c["cluster"].get("server", "?")
                for c in cfg.get("clusters") or []
                if c.get("name") == ctx.get("cluster")
            ),
            "?",
        )

    def api_client(self) -> Any:
        from kubernetes import client, config

        cfg = self._kubeconfig_dict()
        if cfg is None:
            conf = client.Configuration()
            config.load_incluster_config(client_configuration=conf)
            return client.ApiClient(conf)
        # load_kube_config_from_dict keeps certificate data in temp files it manages.
        conf = client.Configuration()
        with tempfile.TemporaryDirectory():
            config.load_kube_config_from_dict(
                cfg, context=self.context, client_configuration=conf, persist_config=False
            )
        return client.ApiClient(conf)
