"""KubeVirt's and CDI's admission rules, checked client-side before anything reaches a cluster.

A bare kube-apiserver (and ``pulumi preview``) runs none of KubeVirt's webhooks, so mistakes
that a real cluster rejects at create time, or worse accepts and never starts, surface here
instead. The rules are those of ``docs/sdk.md`` ("Admission checks"), numbered as in the team's
notes on KubeVirt semantics; rules needing the cluster (allowed machine types, immutability
of existing objects) are not checked.

Checks read the manifest form (a dict), so every path is already in manifest form. They are
defensive about shapes: type errors are the schema's job and are reported by it.

A ``pulumi.Output`` anywhere in the manifest is a value not known until the engine resolves it.
A rule that needs such a value (a name to match, a list to count, a section to look into) is
skipped rather than guessed; the provider checks again once the values are known. Every
``_unknown`` below marks such a place.
"""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Callable, Iterator, Mapping
from typing import Any

from pulumi_kubevirt_models import base, enums, errors, manifest, quantity

Path = errors.Path
Problem = errors.Problem

#: KubeVirt's webhook limit for inline cloud-init user and network data.
CLOUD_INIT_MAX_BYTES = 2048

#: Labels only KubeVirt may set on a VMI (``restrictedVmiLabels`` in the VMI admitter).
RESERVED_LABELS = frozenset(
    {
        "kubevirt.io/created-by",
        "kubevirt.io/migrationJobUID",
        "kubevirt.io/nodeName",
        "kubevirt.io/migrationTargetNodeName",
        "kubevirt.io/schedulable",
        "kubevirt.io/install-strategy",
    }
)

_DNS1123_LABEL = re.compile(r"[a-z0-9]([-a-z0-9]*[a-z0-9])?")
_DNS1123_SUBDOMAIN = re.compile(r"[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*")
_QUALIFIED_NAME = re.compile(r"([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]")
_LABEL_VALUE = re.compile(r"(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?")
_DATA_VOLUME_SOURCES = (
    "http",
    "s3",
    "gcs",
    "registry",
    "pvc",
    "upload",
    "blank",
    "imageio",
    "vddk",
    "snapshot",
)


def _unknown(*values: object) -> bool:
    """Whether any of ``values`` is a ``pulumi.Output`` (known only at apply time)."""
    return any(base.is_output(v) for v in values)


def _names_unknown(items: object) -> bool:
    """Whether a list of named items, or any item or name in it, is an Output."""
    if _unknown(items):
        return True
    return any(_unknown(item) or _unknown(_map(item).get("name")) for item in _list(items))


def _map(value: object) -> dict[str, Any]:
    return dict(value) if isinstance(value, Mapping) else {}


def _list(value: object) -> list[Any]:
    return list(value) if isinstance(value, list) else []


def _indexed(items: list[Any]) -> Iterator[tuple[int, dict[str, Any]]]:
    for i, item in enumerate(items):
        if isinstance(item, Mapping):
            yield i, dict(item)


# -- names and labels ----------------------------------------------------------------------------


def dns1123_label(value: str) -> str | None:
    """Why ``value`` is not a DNS-1123 label (namespaces, most names), or None."""
    if len(value) > 63:
        return f"{value!r} is {len(value)} characters; a DNS-1123 label has at most 63"
    if not _DNS1123_LABEL.fullmatch(value):
        return (
            f"{value!r} is not a DNS-1123 label: use lowercase letters, digits and '-', "
            "starting and ending with a letter or digit"
        )
    return None


def dns1123_subdomain(value: str) -> str | None:
    """Why ``value`` is not a DNS-1123 subdomain (object names), or None."""
    if len(value) > 253:
        return f"{value!r} is {len(value)} characters; a DNS-1123 subdomain has at most 253"
    if not _DNS1123_SUBDOMAIN.fullmatch(value):
        return (
            f"{value!r} is not a valid name: use lowercase letters, digits, '-' and '.', "
            "starting and ending with a letter or digit"
        )
    return None


def _qualified_name(key: str) -> str | None:
    prefix, _, name = key.rpartition("/")
    if prefix:
        why = dns1123_subdomain(prefix)
        if why:
            return f"the prefix of key {key!r} is not a DNS subdomain: {why}"
    if not name or len(name) > 63 or not _QUALIFIED_NAME.fullmatch(name):
        return (
            f"key {key!r} is not a valid label/annotation key: at most 63 letters, digits, '-', '_' "
            "or '.', starting and ending with a letter or digit, optionally after a DNS prefix and '/'"
        )
    return None


def _check_metadata(meta: dict[str, Any], at: Path, *, namespaced_name: bool = True) -> Iterator[Problem]:
    name = meta.get("name")
    if isinstance(name, str):
        why = dns1123_subdomain(name)
        if why:
            yield Problem((*at, "name"), why, "invalid_name")
    namespace = meta.get("namespace")
    if isinstance(namespace, str):
        why = dns1123_label(namespace)
        if why:
            yield Problem((*at, "namespace"), why, "invalid_name")
    for key, value in _map(meta.get("labels")).items():
        why = _qualified_name(key)
        if why:
            yield Problem((*at, "labels", key), why, "invalid_label")
        elif isinstance(value, str) and (len(value) > 63 or not _LABEL_VALUE.fullmatch(value)):
            yield Problem(
                (*at, "labels", key),
                f"label value {value!r} is invalid: at most 63 letters, digits, '-', '_' or '.', "
                "starting and ending with a letter or digit (or empty)",
                "invalid_label",
            )
    for key in _map(meta.get("annotations")):
        why = _qualified_name(key)
        if why:
            yield Problem((*at, "annotations", key), why, "invalid_annotation")


def _check_reserved_labels(meta: dict[str, Any], at: Path) -> Iterator[Problem]:
    """Rule 13: labels only KubeVirt may set."""
    for key in _map(meta.get("labels")):
        if key in RESERVED_LABELS:
            yield Problem(
                (*at, "labels", key),
                f"{key!r} is reserved for KubeVirt's own use: remove it or pick another key",
                "reserved_label",
            )


# -- VMI spec ------------------------------------------------------------------------------------


def _duplicates(items: list[Any], at: Path, what: str) -> Iterator[Problem]:
    """Rule 6: unique names."""
    seen: dict[str, int] = {}
    for i, item in _indexed(items):
        name = item.get("name")
        if not isinstance(name, str):
            continue
        if name in seen:
            yield Problem(
                (*at, i, "name"),
                f"{what} name {name!r} is already used by {what}s[{seen[name]}]: names must be unique",
                "duplicate_name",
            )
        else:
            seen[name] = i


def _as_quantity(value: object) -> quantity.Quantity | None:
    if isinstance(value, (str, int, float)) and not isinstance(value, bool):
        try:
            return quantity.Quantity(value)
        except ValueError:
            return None
    return None


def _check_cloud_init(volume: dict[str, Any], at: Path) -> Iterator[Problem]:
    """Rule 11: inline cloud-init data fits KubeVirt's 2048-byte limit."""
    for source in ("cloudInitNoCloud", "cloudInitConfigDrive"):
        ci = _map(volume.get(source))
        for plain, encoded, secret in (
            ("userData", "userDataBase64", "secretRef"),
            ("networkData", "networkDataBase64", "networkDataSecretRef"),
        ):
            size: int | None = None
            key = plain
            if isinstance(ci.get(plain), str):
                size = len(ci[plain].encode("utf-8"))
            elif isinstance(ci.get(encoded), str):
                key = encoded
                try:
                    size = len(base64.b64decode(ci[encoded], validate=True))
                except (binascii.Error, ValueError):
                    yield Problem((*at, source, encoded), "not valid base64: encode the data again", "base64")
                    continue
            if size is not None and size > CLOUD_INIT_MAX_BYTES:
                yield Problem(
                    (*at, source, key),
                    f"inline cloud-init data is {size} bytes, over KubeVirt's {CLOUD_INIT_MAX_BYTES}-byte "
                    f"limit: put it in a Secret and reference it with {secret}",
                    "cloud_init_too_large",
                )


def _check_interfaces(spec: dict[str, Any], at: Path) -> Iterator[Problem]:
    """Rules 9 and 10: interfaces, networks, bindings and ports."""
    devices_at = (*at, "domain", "devices")
    networks = _list(spec.get("networks"))
    networks_known = not _names_unknown(spec.get("networks"))
    by_name = {n.get("name"): n for _, n in _indexed(networks)}
    pod_networks = [i for i, n in _indexed(networks) if "pod" in n]
    for i in pod_networks[1:]:
        yield Problem(
            (*at, "networks", i, "pod"),
            f"only one pod network is allowed (networks[{pod_networks[0]}] is one): "
            "use multus for the others",
            "multiple_pod_networks",
        )
    interfaces = _list(_map(_map(spec.get("domain")).get("devices")).get("interfaces"))
    for i, iface in _indexed(interfaces):
        here = (*devices_at, "interfaces", i)
        name = iface.get("name")
        network = by_name.get(name)
        if network is None and networks_known and not _unknown(name):
            yield Problem(
                (*here, "name"),
                f"interface {name!r} has no network of the same name: add networks[].name: {name}",
                "interface_without_network",
            )
        bindings = [b for b in enums.INTERFACE_BINDINGS if b in iface]
        for b in bindings:
            if b in enums.DISCONTINUED_BINDINGS:
                yield Problem(
                    (*here, b),
                    f"the {b} binding was removed from KubeVirt (v1.3): use masquerade or bridge, "
                    "or a network binding plugin",
                    "discontinued_binding",
                )
        if len(bindings) > 1:
            yield Problem(
                here, f"choose one binding, not {len(bindings)} ({', '.join(bindings)})", "multiple_bindings"
            )
        if "masquerade" in iface and network is not None and "pod" not in network:
            yield Problem(
                (*here, "masquerade"),
                f"masquerade works only on the pod network, and network {name!r} is not one: use bridge",
                "masquerade_not_on_pod",
            )
        for j, port in _indexed(_list(iface.get("ports"))):
            number = port.get("port")
            if isinstance(number, int) and not 1 <= number <= 65535:
                yield Problem((*here, "ports", j, "port"), f"port {number} is outside 1-65535", "port_range")


def _check_boot_order(spec: dict[str, Any], at: Path) -> Iterator[Problem]:
    """Rule 8: boot orders are unique and positive, across disks and interfaces."""
    devices = _map(_map(spec.get("domain")).get("devices"))
    seen: dict[int, str] = {}
    for group in ("disks", "interfaces"):
        for i, dev in _indexed(_list(devices.get(group))):
            order = dev.get("bootOrder")
            if not isinstance(order, int):
                continue
            here = (*at, "domain", "devices", group, i, "bootOrder")
            if order < 1:
                yield Problem(here, f"bootOrder must be 1 or more, got {order}", "boot_order")
            elif order in seen:
                yield Problem(
                    here, f"bootOrder {order} is already used by {seen[order]}: make it unique", "boot_order"
                )
            else:
                seen[order] = f"{group}[{i}]"


#: The largest quantity Kubernetes represents as a whole number (``Quantity.Value()`` is an int64).
MAX_INT64 = 2**63 - 1
#: KubeVirt's CPU topology fields are uint32: a larger value fails the webhook's decoding.
MAX_UINT32 = 2**32 - 1
_ONE_M = 10**6


def _check_memory_sizes(domain: dict[str, Any], at: Path) -> Iterator[Problem]:
    """Rule 4b: memory sizes KubeVirt accepts (its VMI admitter's wording): requests and limits
    not negative, a request (when set) and the guest memory at least 1M, none beyond what a
    Kubernetes quantity holds as a number of bytes."""
    resources = _map(domain.get("resources"))
    sizes = [
        (("memory", "guest"), _map(domain.get("memory")).get("guest"), _ONE_M),
        (("resources", "requests", "memory"), _map(resources.get("requests")).get("memory"), 0),
        (("resources", "limits", "memory"), _map(resources.get("limits")).get("memory"), 0),
    ]
    for where, raw, floor in sizes:
        size = _as_quantity(raw)
        if size is None:
            continue
        path = (*at, "domain", *where)
        if (
            size.value < 0
            or (floor and size.value < floor)
            or (where[1] == "requests" and 0 < size.value < _ONE_M)
        ):
            minimum = "1M" if floor or size.value > 0 else "0"
            yield Problem(path, f"'{raw}': must be greater than or equal to {minimum}.", "memory_too_small")
        elif size.value > MAX_INT64:
            yield Problem(
                path,
                f"'{raw}': must be less than or equal to {MAX_INT64} bytes (8Ei), the most a Kubernetes "
                "quantity holds",
                "memory_too_large",
            )


def _check_cpu_topology(domain: dict[str, Any], at: Path) -> Iterator[Problem]:
    """Rule 4c: cores, sockets, threads (and maxSockets) are whole numbers from 1 to 2^32-1: KubeVirt
    holds them as uint32 and a VM with no CPU never starts."""
    cpu = _map(domain.get("cpu"))
    for key in ("cores", "sockets", "threads", "maxSockets"):
        value = cpu.get(key)
        if not isinstance(value, int) or isinstance(value, bool):
            continue  # absent (the default, 1), unknown, or a type error the schema reports
        if value < 1:
            yield Problem(
                (*at, "domain", "cpu", key),
                f"'{value}': must be greater than or equal to 1 (leave {key} out for the default of 1).",
                "cpu_too_small",
            )
        elif value > MAX_UINT32:
            yield Problem(
                (*at, "domain", "cpu", key),
                f"'{value}': must be less than or equal to {MAX_UINT32} (KubeVirt holds it as uint32).",
                "cpu_too_large",
            )


def _check_resources(spec: dict[str, Any], at: Path, *, need_memory: bool) -> Iterator[Problem]:
    """Rules 4 and 5: memory is set; requests <= limits; sockets <= maxSockets."""
    domain = _map(spec.get("domain"))
    yield from _check_memory_sizes(domain, at)
    yield from _check_cpu_topology(domain, at)
    resources = _map(domain.get("resources"))
    requests, limits = _map(resources.get("requests")), _map(resources.get("limits"))
    memory = _map(domain.get("memory"))
    sections = [spec.get("domain"), domain.get("memory"), domain.get("resources")]
    sections += [resources.get("requests"), resources.get("limits")]
    if (
        need_memory
        and not _unknown(*sections)  # an Output may hold the memory: no verdict
        and not any(
            (memory.get("guest"), memory.get("hugepages"), requests.get("memory"), limits.get("memory"))
        )
    ):
        yield Problem(
            (*at, "domain", "memory"),
            "no memory is set, so the VM would never start: set domain.memory.guest "
            "(or domain.resources.requests.memory), or reference an instancetype",
            "memory_missing",
        )
    for key, req in requests.items():
        r, lim = _as_quantity(req), _as_quantity(limits.get(key))
        if r is not None and lim is not None and r > lim:
            yield Problem(
                (*at, "domain", "resources", "requests", key),
                f"request {r} is more than the limit {lim}: lower the request or raise the limit",
                "request_over_limit",
            )
    cpu = _map(domain.get("cpu"))
    sockets, max_sockets = cpu.get("sockets"), cpu.get("maxSockets")
    if isinstance(sockets, int) and isinstance(max_sockets, int) and sockets > max_sockets:
        yield Problem(
            (*at, "domain", "cpu", "sockets"),
            f"sockets ({sockets}) is more than maxSockets ({max_sockets}): raise maxSockets",
            "sockets_over_max",
        )
    guest, max_guest = _as_quantity(memory.get("guest")), _as_quantity(memory.get("maxGuest"))
    if guest is not None and max_guest is not None and guest > max_guest:
        yield Problem(
            (*at, "domain", "memory", "guest"),
            f"guest memory {guest} is more than maxGuest {max_guest}: raise maxGuest",
            "guest_over_max",
        )


def check_vmi_spec(spec: dict[str, Any], at: Path, *, need_memory: bool = True) -> Iterator[Problem]:
    """Rules 3-11 on a VirtualMachineInstance spec found at ``at``."""
    devices_at: Path = (*at, "domain", "devices")
    devices = _map(_map(spec.get("domain")).get("devices"))
    disks = _list(devices.get("disks"))
    volumes = _list(spec.get("volumes"))
    yield from _duplicates(disks, (*devices_at, "disks"), "disk")
    yield from _duplicates(volumes, (*at, "volumes"), "volume")
    yield from _duplicates(_list(spec.get("networks")), (*at, "networks"), "network")
    yield from _duplicates(_list(devices.get("interfaces")), (*devices_at, "interfaces"), "interface")
    volume_names = {v.get("name") for _, v in _indexed(volumes)}
    volumes_known = not _names_unknown(spec.get("volumes"))
    for i, disk in _indexed(disks):
        name = disk.get("name")
        if isinstance(name, str) and volumes_known and name not in volume_names:
            yield Problem(
                (*devices_at, "disks", i, "name"),
                f"disk {name!r} has no volume of the same name: add volumes[].name: {name}",
                "disk_without_volume",
            )
        for target in ("disk", "cdrom", "lun"):
            t = _map(disk.get(target))
            bus = t.get("bus")
            if target == "disk" and "pciAddress" in t and isinstance(bus, str) and bus != "virtio":
                yield Problem(
                    (*devices_at, "disks", i, "disk", "pciAddress"),
                    f"a PCI address needs bus virtio, not {bus}: set bus: virtio or drop pciAddress",
                    "pci_needs_virtio",
                )
    for i, volume in _indexed(volumes):
        yield from _check_cloud_init(volume, (*at, "volumes", i))
    yield from _check_resources(spec, at, need_memory=need_memory)
    yield from _check_boot_order(spec, at)
    yield from _check_interfaces(spec, at)


# -- DataVolumes ---------------------------------------------------------------------------------


def check_data_volume_spec(spec: object, at: Path) -> Iterator[Problem]:
    """Rule 14 (and CDI's webhook): one of pvc/storage, exactly one source."""
    if _unknown(spec):
        return
    spec = _map(spec)
    has = [k for k in ("pvc", "storage") if k in spec]
    if len(has) != 1:
        yield Problem(
            at,
            "set exactly one of storage (recommended) or pvc" + (", not both" if has else ""),
            "storage_xor_pvc",
        )
    source = _map(spec.get("source"))
    members = [k for k in _DATA_VOLUME_SOURCES if k in source]
    if "sourceRef" in spec and "source" in spec:
        yield Problem((*at, "sourceRef"), "set source or sourceRef, not both", "one_source")
    elif "sourceRef" not in spec and "source" not in spec:
        yield Problem(
            (*at, "source"),
            f"a DataVolume needs a source: one of {', '.join(_DATA_VOLUME_SOURCES)}, or a sourceRef",
            "one_source",
        )
    elif "source" in spec and not _unknown(spec["source"]) and len(members) != 1:
        detail = f"found {', '.join(members)}" if members else "found none"
        yield Problem((*at, "source"), f"set exactly one source kind ({detail})", "one_source")


# -- per kind ------------------------------------------------------------------------------------


def _check_vm(m: dict[str, Any]) -> Iterator[Problem]:
    if _unknown(m.get("spec")):
        return
    spec = _map(m.get("spec"))
    if "running" in spec and "runStrategy" in spec:
        yield Problem(
            ("spec", "running"),
            "running and runStrategy are mutually exclusive: drop running (deprecated), keep runStrategy",
            "running_xor_run_strategy",
        )
    elif "running" not in spec and "runStrategy" not in spec:
        yield Problem(
            ("spec", "runStrategy"),
            f"set runStrategy ({', '.join(enums.RUN_STRATEGIES)}); e.g. Always to start the VM",
            "running_xor_run_strategy",
        )
    if "template" not in spec:
        yield Problem(("spec", "template"), "a VirtualMachine needs spec.template: add it", "missing")
        return
    if _unknown(spec.get("template")):
        yield from _check_data_volume_templates(spec, set(), names_known=False)
        return
    template = _map(spec.get("template"))
    yield from _check_reserved_labels(_map(template.get("metadata")), ("spec", "template", "metadata"))
    yield from _check_metadata(_map(template.get("metadata")), ("spec", "template", "metadata"))
    if _unknown(template.get("spec")):
        yield from _check_data_volume_templates(spec, set(), names_known=False)
        return
    vmi_spec = _map(template.get("spec"))
    need_memory = "instancetype" not in spec
    yield from check_vmi_spec(vmi_spec, ("spec", "template", "spec"), need_memory=need_memory)
    volumes = vmi_spec.get("volumes")
    sources = [v.get("dataVolume") for _, v in _indexed(_list(volumes))]
    used = {_map(s).get("name") for s in sources}
    known = not _unknown(volumes, *_list(volumes), *sources, *used)
    yield from _check_data_volume_templates(spec, used, names_known=known)


def _check_data_volume_templates(
    spec: dict[str, Any], used: set[Any], *, names_known: bool
) -> Iterator[Problem]:
    """Rule 14 for ``dataVolumeTemplates``: named, used by a volume (when the names are known)."""
    for i, dvt in _indexed(_list(spec.get("dataVolumeTemplates"))):
        at: Path = ("spec", "dataVolumeTemplates", i)
        if _unknown(dvt.get("metadata")):
            yield from check_data_volume_spec(dvt.get("spec"), (*at, "spec"))
            continue
        meta = _map(dvt.get("metadata"))
        yield from _check_metadata(meta, (*at, "metadata"))
        name = meta.get("name")
        if _unknown(name):
            pass
        elif not isinstance(name, str):
            yield Problem((*at, "metadata", "name"), "a dataVolumeTemplate needs metadata.name", "missing")
        elif names_known and name not in used:
            yield Problem(
                (*at, "metadata", "name"),
                f"dataVolumeTemplate {name!r} is not used by any volume: "
                f"add a volume with dataVolume.name: {name}",
                "unused_data_volume_template",
            )
        yield from check_data_volume_spec(dvt.get("spec"), (*at, "spec"))


def _check_vmi(m: dict[str, Any]) -> Iterator[Problem]:
    yield from _check_reserved_labels(_map(m.get("metadata")), ("metadata",))
    if not _unknown(m.get("spec")):
        yield from check_vmi_spec(_map(m.get("spec")), ("spec",))


def _check_migration(m: dict[str, Any]) -> Iterator[Problem]:
    name = _map(m.get("spec")).get("vmiName")
    if not name:
        yield Problem(("spec", "vmiName"), "name the VirtualMachineInstance to migrate", "missing")
    elif isinstance(name, str) and dns1123_subdomain(name):
        yield Problem(("spec", "vmiName"), str(dns1123_subdomain(name)), "invalid_name")


def _check_data_volume(m: dict[str, Any]) -> Iterator[Problem]:
    yield from check_data_volume_spec(m.get("spec"), ("spec",))


_BY_KIND: dict[str, Callable[[dict[str, Any]], Iterator[Problem]]] = {
    "VirtualMachine": _check_vm,
    "VirtualMachineInstance": _check_vmi,
    "VirtualMachineInstanceMigration": _check_migration,
    "DataVolume": _check_data_volume,
}


def admission_problems(manifest: Mapping[str, Any]) -> list[Problem]:
    """The admission problems of a manifest (a dict in API form), without schema checks."""
    m = dict(manifest)
    problems = list(_check_metadata(_map(m.get("metadata")), ("metadata",)))
    kind = m.get("kind")
    rule = _BY_KIND.get(kind) if isinstance(kind, str) else None
    if rule is not None:
        problems.extend(rule(m))
    return problems


def check(obj: base.KubeModel | Mapping[str, Any] | str, *, allow_unknown: bool = False) -> list[Problem]:
    """Every problem with ``obj`` (a model, a dict or a YAML string); an empty list when valid.

    Schema problems (types, unknown fields, quantity syntax) and admission problems are
    reported together; admission problems inside an object the schema rejected are dropped.
    """
    if isinstance(obj, base.KubeModel):
        return admission_problems(obj.to_manifest())
    try:
        data = manifest.load(obj)
    except errors.ValidationError as e:
        return e.problems
    schema: list[Problem] = []
    try:
        cls = manifest.model_class(data.get("apiVersion"), data.get("kind"))
        manifest.parse(cls, data, allow_unknown=allow_unknown)
    except errors.ValidationError as e:
        schema = e.problems
    # An object the schema already rejected would only produce follow-on noise here.
    broken = [p.path for p in schema]
    return schema + [p for p in admission_problems(data) if not any(p.path[: len(b)] == b for b in broken)]


def validate(obj: base.KubeModel | Mapping[str, Any] | str, *, allow_unknown: bool = False) -> base.KubeModel:
    """Check ``obj`` like KubeVirt's webhooks would; return the typed model or raise.

    Raises :class:`ValidationError` whose ``problems`` hold every problem found, each with the
    manifest path (``spec.template.spec.domain.devices.disks[1].name``) and a fix.
    """
    problems = check(obj, allow_unknown=allow_unknown)
    if isinstance(obj, base.KubeModel):
        model = obj
        subject = manifest.subject(obj.to_manifest())
    else:
        data = manifest.load(obj)
        subject = manifest.subject(data)
        if problems:
            raise errors.ValidationError(problems, subject)
        return manifest.parse(
            manifest.model_class(data.get("apiVersion"), data.get("kind")), data, allow_unknown=allow_unknown
        )
    if problems:
        raise errors.ValidationError(problems, subject)
    return model
