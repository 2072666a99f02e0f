"""The Pulumi resources: VirtualMachine, DataVolume, VirtualMachineMigration, VirtualMachineService.

Each is served by one provider core (``pulumi_kubevirt_provider``) over one of two transports:

- ``dynamic`` (the default): a Pulumi dynamic resource, nothing to install;
- ``plugin``: the resource plugin ``pulumi-resource-kubevirt`` (type tokens
  ``kubevirt:index:<Kind>``), with detailed diffs, partial state, import, customTimeouts and
  cancel. Chosen per stack with ``pulumi config set kubevirt:transport plugin``, or per resource
  by passing an explicit :class:`Provider` (``opts=pulumi.ResourceOptions(provider=p)``).

The provider talks to the cluster named by the stack config (``kubevirt:kubeconfig``,
``kubevirt:context``, ``kubevirt:namespace``; else ``KUBECONFIG``, ``~/.kube/config``,
in-cluster) or by the explicit Provider's inputs. Inputs are the typed models of
:mod:`pulumi_kubevirt.models` or plain dicts in manifest form; ``pulumi.Output`` values may
appear anywhere inside a dict.

``metadata.name`` defaults to the resource name (no random suffix: VMs are addressed by name);
``metadata.namespace`` to the configured namespace.

``timeouts`` is a dict with ``create``, ``update`` and ``delete`` given as seconds or as
``"90s"``, ``"10m"``, ``"1h"``. Defaults: 10m/10m/5m; DataVolume 30m/30m/5m; Service 1m.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import math
import re
import sys
from collections.abc import Mapping, Sequence
from typing import Any, ClassVar

import pulumi
import pulumi.dynamic.dynamic as dynamic_runtime

from pulumi_kubevirt import _outputs
from pulumi_kubevirt_provider import config_keys, dynamic, kinds, package
from pulumi_kubevirt_provider.kubeconfig import is_content

Timeouts = Mapping[str, int | float | str]
PACKAGE = package.NAME


class Provider(pulumi.ProviderResource):
    """An explicit instance of the ``pulumi-resource-kubevirt`` plugin, like pulumi-kubernetes'
    ``Provider``: resources given it through ``opts.provider`` use the plugin transport and its
    cluster settings instead of the stack's ``kubevirt:*`` config.

    Its keywords are the provider's stack config keys (``config_keys.PROVIDER_KEYS``) in Python
    spelling, each meaning what docs/installation-configuration.md says of ``kubevirt:<key>``;
    the secret ones (``kubeconfig``) are kept secret whatever the program marked."""

    def __init__(
        self,
        resource_name: str,
        kubeconfig: pulumi.Input[str] | None = None,
        context: pulumi.Input[str] | None = None,
        namespace: pulumi.Input[str] | None = None,
        domain_access: pulumi.Input[str] | None = None,
        libvirt_uri: pulumi.Input[str] | None = None,
        opts: pulumi.ResourceOptions | None = None,
    ) -> None:
        given = locals()  # the keywords above, one per declared key (tests/provider/test_config_keys.py)
        props = {key.name: given[key.python_name] for key in config_keys.PROVIDER_KEYS}
        for key in config_keys.PROVIDER_KEYS:
            if key.secret and props[key.name] is not None:
                props[key.name] = pulumi.Output.secret(props[key.name])
        opts = pulumi.ResourceOptions.merge(pulumi.ResourceOptions(version=package.version()), opts)
        super().__init__(PACKAGE, resource_name, props, opts)


def _transport(opts: pulumi.ResourceOptions | None) -> str:
    if opts is not None and opts.provider is not None:
        if isinstance(opts.provider, Provider):
            return "plugin"
        raise ValueError(
            f"opts.provider must be a pulumi_kubevirt.Provider, not {type(opts.provider).__name__}"
        )
    key = config_keys.TRANSPORT
    chosen = pulumi.Config(PACKAGE).get(key.name) or key.default
    if chosen not in key.choices:
        raise ValueError(
            f"{key.full_name} is {chosen!r}: use {' or '.join(key.choices)} "
            f"(pulumi config set {key.full_name} plugin)"
        )
    return chosen


def _owner(kind: str, resource_name: str) -> str:
    """Marks the objects this resource applies, so a later run can tell them from a stranger's."""
    return f"{pulumi.get_project()}/{pulumi.get_stack()}/{kind}/{resource_name}"


def _secret_input_names(props: dict[str, Any]) -> pulumi.Output[list[str]]:
    """The names of the top-level inputs that hold a secret anywhere inside (not a secret itself)."""
    inputs = dict(props)  # now: ``props`` goes on to hold this very Output, which must not await itself

    async def names() -> list[str]:
        found = []
        for key, value in inputs.items():
            if value is not None and await pulumi.Output.from_input(value).is_secret():
                found.append(key)
        return sorted(found)

    async def constant(value: bool) -> bool:
        return value

    return pulumi.Output(set(), names(), constant(True), constant(False))


def _refuse_plain_kubeconfig_content() -> None:
    """The engine gives the dynamic resources' provider the whole stack config as its inputs and
    records them in the state: kubeconfig content set without ``--secret`` would be stored there in
    plaintext (its client key or token). Refused before any resource is registered."""
    key = config_keys.KUBECONFIG.full_name
    value = pulumi.runtime.config.get_config(key)
    if isinstance(value, str) and is_content(value) and not pulumi.runtime.config.is_config_secret(key):
        raise pulumi.RunError(
            f"{key} holds a kubeconfig's content as plain config, which Pulumi would copy into this "
            "stack's state in plaintext (the dynamic resources' provider records the stack config). "
            f"Set it as a secret: `pulumi config set --secret {key} < kubeconfig.yaml`, or set the "
            f"file's path instead (`pulumi config set {key} ~/.kube/config`)."
        )


class _KubeVirtResource(pulumi.CustomResource):
    """One resource class for both transports: the type token and the provider differ. Each
    subclass inherits its kind's entry (``kinds.py``) and output annotations from ``_outputs``."""

    _entry: ClassVar[kinds.Kind]

    def __init__(
        self, resource_name: str, props: dict[str, Any], opts: pulumi.ResourceOptions | None
    ) -> None:
        # Every output the provider core returns is declared here (None until known).
        entry = self._entry
        props = {**dict.fromkeys(entry.output_names), **props, "owner": _owner(entry.name, resource_name)}
        if _transport(opts) == "plugin":
            opts = pulumi.ResourceOptions.merge(pulumi.ResourceOptions(version=package.version()), opts)
            super().__init__(entry.plugin_token, resource_name, props, opts)
        else:
            _refuse_plain_kubeconfig_content()
            # The dynamic protocol strips the secret mark from inputs: say which ones carried it, so
            # that the provider's drift lines never print their values (the plugin knows anyway).
            props[dynamic.SECRET_INPUTS_KEY] = _secret_input_names(props)
            # What pulumi.dynamic.Resource does: the provider class travels (by reference) in the state.
            props[dynamic.PROVIDER_KEY] = dynamic_runtime.serialize_provider(dynamic.ADAPTERS[entry.name]())
            super().__init__(entry.dynamic_token, resource_name, props, opts)


def _seconds(op: str, value: int | float | str) -> float:
    """A positive, finite number of seconds, from seconds or '90s', '10m', '1h'."""
    if isinstance(value, bool) or not isinstance(value, (int, float, str)):
        seconds = math.nan
    elif isinstance(value, (int, float)):
        seconds = float(value)
    else:
        match = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([smh]?)\s*", value)
        seconds = float(match[1]) * {"": 1, "s": 1, "m": 60, "h": 3600}[match[2]] if match else math.nan
    if not math.isfinite(seconds) or seconds <= 0:
        raise ValueError(
            f"timeouts[{op!r}]: {value!r} is not a positive duration: use seconds (> 0), "
            "or '90s', '10m', '1h'; leave the key out for the default"
        )
    return seconds


def _timeouts(timeouts: Timeouts | None) -> dict[str, float] | None:
    if not timeouts:
        return None
    unknown = set(timeouts) - {"create", "update", "delete"}
    if unknown:
        raise ValueError(f"timeouts: unknown key(s) {sorted(unknown)}; use create, update, delete")
    return {k: _seconds(k, v) for k, v in timeouts.items()}


def _manifest_part(value: Any) -> Any:
    # A model's manifest keeps its pulumi.Outputs in place; the SDK resolves nested Outputs itself.
    # The models are not imported here (they take ~0.4 s): no model exists before they are.
    base = sys.modules.get("pulumi_kubevirt_models.base")
    return value.to_manifest() if base is not None and isinstance(value, base.KubeModel) else value


def _split_object(spec: Any, metadata: Any) -> tuple[Any, dict[str, Any]]:
    """Accept a whole object model/manifest as ``spec`` too: take its spec and metadata.

    Outputs may sit anywhere inside both, but metadata itself must be a mapping: its name and
    namespace are read here.
    """
    spec = _manifest_part(spec)
    metadata = _manifest_part(metadata)
    embedded = spec.get("metadata") if isinstance(spec, Mapping) else None
    if isinstance(metadata, pulumi.Output) or isinstance(embedded, pulumi.Output):
        raise TypeError(
            "metadata: pass a model or dict whose fields may be Outputs "
            "(ObjectMeta(name=..., namespace=ns.metadata.apply(...))), not one Output for all of it"
        )
    meta = dict(metadata or {})
    if isinstance(spec, Mapping) and "spec" in spec and ("kind" in spec or "metadata" in spec):
        meta = {**(spec.get("metadata") or {}), **meta}
        spec = spec["spec"]
    return spec, meta


def _metadata(meta: dict[str, Any], resource_name: str) -> dict[str, Any]:
    meta = dict(meta)
    meta.setdefault("name", resource_name)
    meta.setdefault("namespace", None)
    return meta


def _extract_cloud_init(spec: Any, vm_name: str) -> tuple[Any, dict[str, dict[str, Any]]]:
    """Move inline cloud-init user and network data into managed Secrets.

    The data goes into a separate, secret input; the VM refers to the Secret by name, so the
    text never appears in the VM object, in plain state, in previews or in logs, and user data
    over KubeVirt's 2048-byte inline limit works.
    """
    if not isinstance(spec, Mapping):
        return spec, {}
    if _hides_cloud_init(spec):
        # An Output stands where inline data could be (the template, the volumes, a volume, its
        # name or source): split once it resolves, so the data still goes into the Secret and
        # never into the VM object. The spec is then one Output (unknown in previews until its
        # parts are known), so this path is taken only when needed.
        both = pulumi.Output.from_input(spec).apply(lambda s: _extract_cloud_init(s, vm_name))
        return both.apply(lambda b: b[0]), both.apply(lambda b: b[1] or None)  # type: ignore[return-value]
    spec = dict(spec)
    template = dict(spec.get("template") or {})
    tspec = dict(template.get("spec") or {})
    volumes = tspec.get("volumes")
    if not isinstance(volumes, list):
        return spec, {}
    secrets: dict[str, dict[str, Any]] = {}
    new_volumes: list[Any] = []
    for volume in volumes:
        volume = dict(volume) if isinstance(volume, Mapping) else volume
        for source_key in ("cloudInitNoCloud", "cloudInitConfigDrive"):
            source = volume.get(source_key) if isinstance(volume, dict) else None
            if not isinstance(source, Mapping) or not (_INLINE_CLOUD_INIT & set(source)):
                continue
            source = dict(source)
            secret_name = cloud_init_secret_name(vm_name, volume.get("name", "cloudinit"))
            where = f"spec.template.spec.volumes[{len(new_volumes)}].{source_key}"
            data = {
                "userdata": _inline_text(source, "userData", where),
                "networkdata": _inline_text(source, "networkData", where),
            }
            if data["userdata"] is not None:
                source["secretRef"] = {"name": secret_name}
            if data["networkdata"] is not None:
                source["networkDataSecretRef"] = {"name": secret_name}
            secrets[secret_name] = {k: v for k, v in data.items() if v is not None}
            volume[source_key] = source
        new_volumes.append(volume)
    tspec["volumes"] = new_volumes
    template["spec"] = tspec
    spec["template"] = template
    return spec, secrets


def cloud_init_secret_name(vm_name: str, volume_name: str) -> str:
    """The Secret of one VM's cloud-init volume: ``<vm>-<volume>-cloudinit-<hash>``.

    The hash (of the VM's name and the volume's name, kept apart) makes the name this VM's own:
    ``a-b`` + ``c`` and ``a`` + ``b-c`` no longer meet on one Secret. The Secret lives in the VM's
    namespace, so the namespace needs no part in it. The readable part is cut so that the whole
    stays a valid DNS-1123 subdomain name (at most 253 characters, no ``-`` or ``.`` at an end or
    beside a ``.``).
    """
    digest = hashlib.sha256(f"{vm_name}\0{volume_name}".encode()).hexdigest()[:10]
    suffix = f"cloudinit-{digest}"
    readable = re.sub(r"[^a-z0-9]+", "-", f"{vm_name}-{volume_name}".lower())
    readable = readable[: 253 - len(suffix) - 1].strip("-")
    return f"{readable}-{suffix}" if readable else suffix


_INLINE_CLOUD_INIT = {"userData", "networkData", "userDataBase64", "networkDataBase64"}


def _inline_text(source: dict[str, Any], key: str, where: str) -> Any:
    """Take the inline ``key`` (or its ``key``Base64 form, decoded) out of a cloud-init source."""
    text, encoded = source.pop(key, None), source.pop(f"{key}Base64", None)
    if encoded is None:
        return text
    if text is not None:
        raise ValueError(f"{where}: set {key} or {key}Base64, not both")
    if isinstance(encoded, pulumi.Output):
        return encoded.apply(lambda e: _decode(e, f"{where}.{key}Base64"))
    return _decode(encoded, f"{where}.{key}Base64")


def _decode(encoded: str, where: str) -> str:
    try:
        return base64.b64decode(encoded, validate=True).decode()
    except (binascii.Error, UnicodeDecodeError, TypeError) as exc:
        raise ValueError(f"{where}: not base64-encoded UTF-8 text ({type(exc).__name__})") from None


def _hides_cloud_init(spec: Mapping[str, Any]) -> bool:
    """Whether a pulumi.Output sits where ``_extract_cloud_init`` must look."""
    template = spec.get("template")
    tspec = template.get("spec") if isinstance(template, Mapping) else None
    volumes = tspec.get("volumes") if isinstance(tspec, Mapping) else None
    if any(isinstance(x, pulumi.Output) for x in (template, tspec, volumes)):
        return True
    for volume in volumes if isinstance(volumes, list) else []:
        if isinstance(volume, pulumi.Output):
            return True
        if isinstance(volume, Mapping):
            sources = [volume.get(k) for k in ("cloudInitNoCloud", "cloudInitConfigDrive")]
            if any(isinstance(s, pulumi.Output) for s in sources):
                return True
            inline = any(isinstance(s, Mapping) and _INLINE_CLOUD_INIT & set(s) for s in sources)
            if inline and isinstance(volume.get("name"), pulumi.Output):
                return True  # the volume's name is part of the Secret's name
    return False


class VirtualMachine(_KubeVirtResource, _outputs.VirtualMachineOutputs):
    """A KubeVirt VirtualMachine.

    ``up`` waits the way the run strategy implies: Always/RerunOnFailure until Ready, Halted
    until no VMI is left, Once until started, Manual not at all. A preview says, per VM,
    whether a template change is applied live or needs a restart; ``restart_on_change=True``
    restarts the VM after such an update and waits for the new VMI. ``force=True`` takes over
    fields another field manager owns. Inline cloud-init data goes into a managed Secret.
    A VM that already exists is an error at create, unless ``adopt=True`` (or, with the plugin,
    Pulumi's ``import``): then this stack takes it over.

    While it runs, the provider also reads the libvirt domain behind it (stack config
    ``kubevirt:domainAccess``): ``domain`` summarizes that domain, ``drift`` lists where it is
    not the declared machine (a preview shows an update for it, and ``up`` repairs it), and
    ``pending`` lists declared changes KubeVirt has not applied yet (RestartRequired, hotplug).
    """

    def __init__(
        self,
        resource_name: str,
        spec: Any,
        metadata: Any = None,
        timeouts: Timeouts | None = None,
        restart_on_change: bool = False,
        opts: pulumi.ResourceOptions | None = None,
        *,
        force: bool = False,
        adopt: bool = False,
    ) -> None:
        spec, meta = _split_object(spec, metadata)
        meta = _metadata(meta, resource_name)
        vm_name = meta["name"] if isinstance(meta["name"], str) else resource_name
        spec, cloud_init = _extract_cloud_init(spec, vm_name)
        props = {
            "metadata": meta,
            "spec": spec,
            "timeouts": _timeouts(timeouts),
            "force": force,
            "adopt": adopt,
            "restart_on_change": restart_on_change,
            "cloud_init": pulumi.Output.secret(cloud_init) if cloud_init else None,
        }
        super().__init__(resource_name, props, opts)


class _SpecResource(_KubeVirtResource):
    """A kind declared by its spec and metadata alone: its class is its docstring and its entry."""

    def __init__(
        self,
        resource_name: str,
        spec: Any,
        metadata: Any = None,
        timeouts: Timeouts | None = None,
        opts: pulumi.ResourceOptions | None = None,
        *,
        force: bool = False,
        adopt: bool = False,
    ) -> None:
        spec, meta = _split_object(spec, metadata)
        props = {
            "metadata": _metadata(meta, resource_name),
            "spec": spec,
            "timeouts": _timeouts(timeouts),
            "force": force,
            "adopt": adopt,
        }
        super().__init__(resource_name, props, opts)


class DataVolume(_SpecResource, _outputs.DataVolumeOutputs):
    """A CDI DataVolume. Any spec change replaces it (CDI refuses spec updates).

    ``up`` waits until Succeeded, or until WaitForFirstConsumer/PendingPopulation, where the
    import starts only once a VM uses the volume (waiting longer would deadlock).
    """


class VirtualMachineInstancetype(_SpecResource, _outputs.VirtualMachineInstancetypeOutputs):
    """A KubeVirt instancetype in a namespace: the CPU and memory (and devices) of the VMs that
    refer to it. Ready once it exists; a spec change is applied in place (a running VM keeps the
    revision it started with). Outputs ``cpu_guest`` and ``memory_guest``.
    """


class VirtualMachineClusterInstancetype(_SpecResource, _outputs.VirtualMachineClusterInstancetypeOutputs):
    """A KubeVirt instancetype for the whole cluster: as ``VirtualMachineInstancetype``, without a
    namespace (``metadata.namespace`` given is an error naming it).
    """


class VirtualMachinePreference(_SpecResource, _outputs.VirtualMachinePreferenceOutputs):
    """A KubeVirt preference in a namespace: defaults for the VMs that refer to it (disk bus,
    firmware, CPU topology ...). Ready once it exists; a spec change is applied in place. Outputs
    ``required_cpu_guest`` and ``required_memory_guest`` (``spec.requirements``, None when unset).
    """


class VirtualMachineClusterPreference(_SpecResource, _outputs.VirtualMachineClusterPreferenceOutputs):
    """A KubeVirt preference for the whole cluster: as ``VirtualMachinePreference``, without a
    namespace (``metadata.namespace`` given is an error naming it).
    """


def _vm_name(vm: VirtualMachine | str | pulumi.Output[str]) -> Any:
    if isinstance(vm, VirtualMachine):
        return vm.metadata.apply(lambda m: m["name"])
    return vm


class VirtualMachineMigration(_KubeVirtResource, _outputs.VirtualMachineMigrationOutputs):
    """A live migration of a running VM (a VirtualMachineInstanceMigration).

    One-shot: ``up`` waits for Succeeded (Failed is an error with KubeVirt's reason); a changed
    ``vm`` is a new migration. Deleting an unfinished migration aborts it. The node the VM runs
    on afterwards is status, so it never shows up as drift.
    """

    def __init__(
        self,
        resource_name: str,
        vm: VirtualMachine | str | pulumi.Output[str],
        metadata: Any = None,
        timeouts: Timeouts | None = None,
        opts: pulumi.ResourceOptions | None = None,
    ) -> None:
        meta = _metadata(dict(_manifest_part(metadata) or {}), resource_name)
        if isinstance(vm, VirtualMachine):
            opts = pulumi.ResourceOptions.merge(opts, pulumi.ResourceOptions(depends_on=[vm]))
            meta["namespace"] = meta["namespace"] or vm.metadata.apply(lambda m: m.get("namespace"))
        props = {
            "metadata": meta,
            "spec": {"vmiName": _vm_name(vm)},
            "timeouts": _timeouts(timeouts),
            "force": False,
        }
        super().__init__(resource_name, props, opts)


def _selector_value(name: str) -> str:
    """KubeVirt's ``vmi.kubevirt.io/id`` label value: the name, hashed when over 63 characters."""
    if len(name) <= 63:
        return name
    return f"{name[:54]}-{hashlib.sha1(name.encode()).hexdigest()[:8]}"


class VirtualMachineService(_KubeVirtResource, _outputs.VirtualMachineServiceOutputs):
    """A Service exposing a VM the way ``virtctl expose`` does (selector ``vmi.kubevirt.io/id``).

    ``ports`` are ``port``, ``(port, target_port)`` or Service port dicts. ``up`` waits until
    the cluster IP (and node ports) are allocated.
    """

    def __init__(
        self,
        resource_name: str,
        vm: VirtualMachine | str | pulumi.Output[str],
        ports: Sequence[int | tuple[int, int] | Mapping[str, Any]],
        type: str = "ClusterIP",
        metadata: Any = None,
        opts: pulumi.ResourceOptions | None = None,
    ) -> None:
        meta = _metadata(dict(_manifest_part(metadata) or {}), resource_name)
        if isinstance(vm, VirtualMachine):
            meta["namespace"] = meta["namespace"] or vm.metadata.apply(lambda m: m.get("namespace"))
        spec_ports = []
        for p in ports:
            if isinstance(p, Mapping):
                spec_ports.append(dict(p))
                continue
            port, target = (p, p) if isinstance(p, int) else p
            spec_ports.append(
                {
                    "name": f"port-{port}" if len(ports) > 1 else None,
                    "port": port,
                    "targetPort": target,
                    "protocol": "TCP",
                }
            )
            if spec_ports[-1]["name"] is None:
                del spec_ports[-1]["name"]
        selector = pulumi.Output.from_input(_vm_name(vm)).apply(
            lambda n: {"vmi.kubevirt.io/id": _selector_value(n)}
        )
        spec = {"type": type, "selector": selector, "ports": spec_ports}
        props = {
            "metadata": meta,
            "spec": spec,
            "timeouts": None,
            "force": False,
        }
        super().__init__(resource_name, props, opts)
