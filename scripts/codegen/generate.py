"""Generate the pydantic v2 models in ``models/pulumi_kubevirt_models/generated/`` from the specs.

Usage::

    python scripts/codegen/generate.py              # rewrite the generated modules in place
    python scripts/codegen/generate.py --out DIR    # write them somewhere else (the no-diff test does)
    python scripts/codegen/generate.py --check      # exit 1 when the committed files are stale

Inputs are read where the sandbox finds them (``kubevirt_sandbox.crds.api_dir()``, which honours
``KUBEVIRT_API_DIR``) and are never copied into the repository: the generated classes carry names,
types, aliases and required-ness only, never the specs' description prose.

Why a generator rather than datamodel-code-generator: we need names we control (one module per Go
API package, an explicit ``alias=`` on every field because an alias generator breaks CDI's
``initImageURL``), Kubernetes scalars mapped onto our own types (``Quantity``), hand-written closed
sets injected at known places, and byte-for-byte reproducible output. That is ~400 lines here.

Layout of the output: every file of ``generated/`` is written here and nothing else is there (the
hand-written helpers sit one folder up, in ``pulumi_kubevirt_models``); one module per spec
namespace (the swagger files name definitions by Go package, and ``v1.*`` means different things in
the two files):

====================  =========================================================================
module                holds
====================  =========================================================================
k8s_core_v1           KubeVirt's ``k8s.io.api.core.v1.*`` (affinity, tolerations, PVC spec, ...)
k8s_meta_v1           KubeVirt's ``k8s.io.apimachinery.pkg.apis.meta.v1.*`` (ObjectMeta, ...)
kubevirt_v1           KubeVirt ``v1.*`` (kubevirt.io/v1 kinds, export.kubevirt.io/v1)
kubevirt_v1beta1      KubeVirt ``v1beta1.*`` (instancetype, pool, snapshot, clone groups, plus
                      the older CDI DataVolume types vendored for ``dataVolumeTemplates``)
kubevirt_v1alpha1     KubeVirt ``v1alpha1.*`` (migrations.kubevirt.io, backup.kubevirt.io)
cdi_v1beta1           CDI ``v1beta1.*`` and ``api.NodePlacement`` (cdi.kubevirt.io/v1beta1)
cdi_k8s_v1            CDI's ``v1.*`` Kubernetes types that differ from KubeVirt's (a CDI ``v1.X``
                      identical to KubeVirt's ``X`` once rendered is *shared*, not duplicated)
kinds                 the table (apiVersion, kind) -> class, read from the specs' REST paths
quantities            per kind, the paths of its quantity fields (the provider compares those by
                      value, everything else as written; read without loading the models)
__init__              the folder's package marker (imports nothing)
====================  =========================================================================

Every field is written as ``_base.Input[T]`` (``T`` or a ``pulumi.Output[T]``), lists as
``_base.InputList[T]`` and maps as ``_base.InputMap[T]`` (whose items are inputs too), the shape of
Pulumi's own ``Input[Sequence[Input[T]]]``; ``base`` says how pydantic and type checkers read them.
The hand-written modules are imported under private names (``base as _base``): a field may be
called ``base`` or ``quantity`` without shadowing them in its class body.

Hand-written facts enter the output only through the tables below (``NAME_OVERRIDES``,
``TYPE_OVERRIDES``, ``SCALARS``, ``FREE_FORM``); the closed sets themselves live in the hand-written
``pulumi_kubevirt_models/enums.py``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import keyword
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
PACKAGE = "pulumi_kubevirt_models"
DEFAULT_OUT = REPO / "models" / PACKAGE / "generated"
GENERATOR = "scripts/codegen/generate.py"
MARKER = "generated — regenerate, don't edit"
LINE_LENGTH = 110

KUBEVIRT = "kubevirt"
CDI = "cdi"

# --------------------------------------------------------------------------------------------
# Overrides tables: the only place hand-written knowledge enters generated code.
# --------------------------------------------------------------------------------------------

#: Python attribute names the camelCase -> snake_case rule gets wrong.
NAME_OVERRIDES: dict[str, str] = {
    "vmIPv6NetworkCIDR": "vm_ipv6_network_cidr",
    "completionTimeoutPerGiB": "completion_timeout_per_gib",
    "VSOCKCID": "vsock_cid",
}

#: (spec, definition, property) -> type expression. The spec declares these as plain strings;
#: KubeVirt's and CDI's Go code (or webhooks) accept only the values listed in ``_enums``.
TYPE_OVERRIDES: dict[tuple[str, str, str], str] = {
    (KUBEVIRT, "v1.VirtualMachineSpec", "runStrategy"): "_enums.RunStrategy",
    (KUBEVIRT, "v1.VirtualMachineStatus", "runStrategy"): "_enums.RunStrategy",
    (KUBEVIRT, "v1.VirtualMachineStatus", "printableStatus"): "_enums.PrintableStatus",
    (KUBEVIRT, "v1.DiskTarget", "bus"): "_enums.DiskBus",
    (KUBEVIRT, "v1.CDRomTarget", "bus"): "_enums.DiskBus",
    (KUBEVIRT, "v1.LunTarget", "bus"): "_enums.DiskBus",
    (KUBEVIRT, "v1.Interface", "model"): "_enums.InterfaceModel",
    (KUBEVIRT, "v1.Port", "protocol"): "_enums.PortProtocol",
    (KUBEVIRT, "v1.VirtualMachineInstanceStatus", "phase"): "_enums.VMIPhase",
    (KUBEVIRT, "v1.VirtualMachineInstancePhaseTransitionTimestamp", "phase"): "_enums.VMIPhase",
    (KUBEVIRT, "v1.VirtualMachineInstanceMigrationStatus", "phase"): "_enums.MigrationPhase",
    (
        KUBEVIRT,
        "v1.VirtualMachineInstanceMigrationPhaseTransitionTimestamp",
        "phase",
    ): "_enums.MigrationPhase",
    (CDI, "v1beta1.DataVolumeStatus", "phase"): "_enums.DataVolumePhase",
    # Closed in the CRDs' schemas (the API server rejects other values), open strings in swagger.
    (CDI, "v1beta1.DataVolumeSpec", "contentType"): "_enums.DataVolumeContentType",
    (KUBEVIRT, "v1beta1.DataVolumeSpec", "contentType"): "_enums.DataVolumeContentType",
    (KUBEVIRT, "v1.DomainSpec", "rebootPolicy"): "_enums.RebootPolicy",
    (KUBEVIRT, "v1.ReservedOverhead", "memLock"): "_enums.MemLock",
}

#: Kubernetes scalar definitions -> our own types (hand-written in ``base`` / ``quantity``).
SCALARS: dict[str, str] = {
    "resource.Quantity": "_quantity.Quantity",
    "intstr.IntOrString": "_base.IntOrString",
    # Times and durations stay text as written (RFC 3339 / Go duration): exact round trips.
    "v1.Time": "str",
    "v1.MicroTime": "str",
    "v1.Duration": "str",
}

#: Definitions that are free-form JSON objects (``type: object`` with no properties means
#: "anything" for these, and "an empty marker struct" for every other definition).
FREE_FORM = {"runtime.RawExtension", "v1.FieldsV1", "v1.Patch"}

#: Prefix of a definition name -> output module, per spec. Longest prefix wins.
MODULES: dict[str, dict[str, str]] = {
    KUBEVIRT: {
        "k8s.io.api.core.v1.": "k8s_core_v1",
        "k8s.io.apimachinery.pkg.apis.meta.v1.": "k8s_meta_v1",
        "v1.": "kubevirt_v1",
        "v1beta1.": "kubevirt_v1beta1",
        "v1alpha1.": "kubevirt_v1alpha1",
    },
    CDI: {
        "v1beta1.": "cdi_v1beta1",
        "api.": "cdi_v1beta1",
        "v1.": "cdi_k8s_v1",
    },
}

#: API groups whose REST paths are not kinds we model (subresource payloads).
SKIP_GROUPS = ("subresources.kubevirt.io", "upload.cdi.kubevirt.io")

MODULE_DOCS = {
    "k8s_core_v1": "Kubernetes core/v1 types as vendored by KubeVirt",
    "k8s_meta_v1": "Kubernetes meta/v1 types as vendored by KubeVirt",
    "kubevirt_v1": "KubeVirt v1 API types",
    "kubevirt_v1beta1": (
        "KubeVirt v1beta1 API types (instancetype, pool, snapshot, clone; vendored CDI types)"
    ),
    "kubevirt_v1alpha1": "KubeVirt v1alpha1 API types (migration policies, backups)",
    "cdi_v1beta1": "CDI (Containerized Data Importer) v1beta1 API types",
    "cdi_k8s_v1": "Kubernetes types as vendored by CDI, where they differ from KubeVirt's",
}

# Attribute names pydantic's BaseModel (or our base class) already uses.
RESERVED = {
    "copy",
    "dict",
    "json",
    "schema",
    "schema_json",
    "construct",
    "validate",
    "fields",
    "parse_obj",
    "parse_raw",
    "parse_file",
    "from_orm",
    "update_forward_refs",
    "to_manifest",
}
# Names our annotations use: a field called like this would shadow them in the class body.
ANNOTATION_NAMES = {"str", "int", "bool", "float", "list", "dict", "Any", "Literal", "pydantic"}


@dataclass
class Spec:
    key: str
    path: Path
    release: str
    definitions: dict[str, Any]
    paths: dict[str, Any]
    sha: str


@dataclass
class Target:
    """Where a definition lands: a module and class, or a scalar type expression."""

    module: str | None
    name: str
    scalar: str | None = None


@dataclass
class Rendered:
    text: str
    imports: set[str] = field(default_factory=set)  # module names or "typing.Any" / "typing.Literal"


# --------------------------------------------------------------------------------------------


def snake(name: str) -> str:
    if name in NAME_OVERRIDES:
        return NAME_OVERRIDES[name]
    s = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", name)
    s = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", s).lower()
    if not s.isidentifier():
        raise SystemExit(f"property {name!r} has no Python name: add it to NAME_OVERRIDES")
    if keyword.iskeyword(s) or s in RESERVED or s.startswith("model_"):
        s += "_"
    if s in ANNOTATION_NAMES:
        raise SystemExit(f"property {name!r} would shadow {s!r}: add it to NAME_OVERRIDES")
    return s


def field_line(name: str, annotation: str, args: str) -> str:
    """One field, wrapped the way ``ruff format`` would when it exceeds LINE_LENGTH."""
    line = f"    {name}: {annotation} = pydantic.Field({args})"
    if len(line) <= LINE_LENGTH:
        return line
    head = f"    {name}: {annotation} = pydantic.Field("
    if len(head) <= LINE_LENGTH:
        return f"{head}\n        {args}\n    )"
    head = f"    {name}: {annotation} = ("
    if len(head) <= LINE_LENGTH and "Literal[" not in annotation:
        return f"{head}\n        pydantic.Field({args})\n    )"
    # A long annotation: on a line of its own, in parentheses.
    if len(f"        {annotation}") <= LINE_LENGTH and "Literal[" not in annotation:
        tail = f"    ) = pydantic.Field({args})"
        if len(tail) > LINE_LENGTH:
            tail = f"    ) = pydantic.Field(\n        {args}\n    )"
        return f"    {name}: (\n        {annotation}\n{tail}"
    # A long Literal[...]: one value per line.
    prefix, _, rest = annotation.partition("Literal[")
    body, _, suffix = rest.partition("]")
    if not body:
        raise SystemExit(f"cannot wrap the annotation of {name!r}: {annotation}")
    values = "".join(f"            {v.strip()},\n" for v in body.split(", "))
    return (
        f"    {name}: (\n        {prefix}Literal[\n{values}        ]{suffix}\n    ) = pydantic.Field({args})"
    )


def load_specs() -> list[Spec]:
    sys.path.insert(0, str(REPO / "sandbox"))
    from kubevirt_sandbox import crds  # noqa: PLC0415  (the generator may use the sandbox; the sdk may not)

    base = crds.api_dir()
    specs = []
    for key, release in ((KUBEVIRT, crds.KUBEVIRT_RELEASE), (CDI, crds.CDI_RELEASE)):
        path = base / release / "swagger.json"
        raw = path.read_bytes()
        doc = json.loads(raw)
        specs.append(
            Spec(
                key,
                path,
                release,
                doc["definitions"],
                doc.get("paths", {}),
                hashlib.sha256(raw).hexdigest()[:16],
            )
        )
    return specs


def scalar_key(defname: str) -> str:
    """``k8s.io.apimachinery.pkg.api.resource.Quantity`` or ``resource.Quantity`` -> ``resource.Quantity``."""
    parts = defname.split(".")
    return ".".join(parts[-2:])


class Generator:
    def __init__(self, specs: list[Spec]) -> None:
        self.specs = {s.key: s for s in specs}
        self.targets: dict[tuple[str, str], Target] = {}
        for spec in specs:
            for defname in spec.definitions:
                self.targets[(spec.key, defname)] = self._initial_target(spec, defname)
        self._share_cdi_kubernetes_types()

    def _initial_target(self, spec: Spec, defname: str) -> Target:
        key = scalar_key(defname)
        if key in SCALARS and (defname.startswith("k8s.io.") or spec.key == CDI):
            return Target(None, key, SCALARS[key])
        if key in FREE_FORM and (defname.startswith("k8s.io.") or spec.key == CDI):
            return Target(None, key, "_base.FreeForm")
        prefixes = MODULES[spec.key]
        best = max((p for p in prefixes if defname.startswith(p)), key=len, default=None)
        if best is None:
            raise SystemExit(f"{spec.key}: no module for definition {defname!r}: extend MODULES")
        return Target(prefixes[best], defname[len(best) :])

    def _kubevirt_twin(self, short: str) -> Target | None:
        for prefix in ("k8s.io.api.core.v1.", "k8s.io.apimachinery.pkg.apis.meta.v1."):
            t = self.targets.get((KUBEVIRT, prefix + short))
            if t is not None and t.scalar is None:
                return t
        return None

    def _share_cdi_kubernetes_types(self) -> None:
        """Point CDI's ``v1.X`` at KubeVirt's ``X`` when both render to the same class.

        Iterates to a fixed point: un-sharing one type changes how types referring to it render.
        """
        candidates = {}
        for (key, defname), t in self.targets.items():
            if key == CDI and t.module == "cdi_k8s_v1":
                twin = self._kubevirt_twin(t.name)
                if twin is not None:
                    candidates[defname] = (t, twin)
        for defname, (_, twin) in candidates.items():
            self.targets[(CDI, defname)] = Target(twin.module, twin.name)
        changed = True
        while changed:
            changed = False
            for defname, (own, twin) in candidates.items():
                if self.targets[(CDI, defname)] is own:
                    continue
                kv_name = next(n for (k, n), t in self.targets.items() if k == KUBEVIRT and t is twin)
                mine = self.render_class(CDI, defname, twin.module or "")
                theirs = self.render_class(KUBEVIRT, kv_name, twin.module or "")
                if mine.text != theirs.text:
                    self.targets[(CDI, defname)] = own
                    changed = True

    # -- rendering ---------------------------------------------------------------------------

    def ref(self, spec: str, ref: str, module: str, imports: set[str]) -> str:
        defname = ref.removeprefix("#/definitions/")
        t = self.targets[(spec, defname)]
        if t.scalar is not None:
            if "." in t.scalar:
                imports.add(t.scalar.split(".")[0])
            return t.scalar
        if t.module == module:
            return t.name
        assert t.module is not None
        imports.add(t.module)
        return f"{t.module}.{t.name}"

    def type_of(self, spec: str, schema: dict[str, Any], module: str, imports: set[str]) -> str:
        if "$ref" in schema:
            return self.ref(spec, schema["$ref"], module, imports)
        typ = schema.get("type")
        if isinstance(typ, list):
            kinds = sorted(set(typ) - {"null"})
            if kinds == ["number", "string"]:
                imports.add("_base")
                return "_base.IntOrString"
            if len(kinds) == 1:
                inner = self.type_of(spec, {**schema, "type": kinds[0]}, module, imports)
                return inner  # nullability is added by the caller
            raise SystemExit(f"unsupported type list {typ}")
        if "enum" in schema:
            imports.add("typing.Literal")
            return "Literal[" + ", ".join(json.dumps(v) for v in schema["enum"]) + "]"
        if typ == "string":
            if schema.get("format") == "int-or-string":
                imports.add("_base")
                return "_base.IntOrString"
            return "str"
        if typ == "integer":
            return "int"
        if typ == "number":
            imports.add("_base")
            return "_base.Number"
        if typ == "boolean":
            return "bool"
        if typ == "array":
            return f"_base.InputList[{self.type_of(spec, schema['items'], module, imports)}]"
        if typ == "object" or typ is None:
            if "properties" in schema:
                raise SystemExit("inline object schemas with properties are not supported")
            extra = schema.get("additionalProperties")
            if isinstance(extra, dict):
                return f"_base.InputMap[{self.type_of(spec, extra, module, imports)}]"
            imports.add("_base")
            return "_base.FreeForm"
        raise SystemExit(f"unsupported schema {schema}")

    def render_class(self, spec: str, defname: str, module: str) -> Rendered:
        schema = self.specs[spec].definitions[defname]
        t = self.targets[(spec, defname)]
        out = Rendered("")
        required = set(schema.get("required", []))
        lines = [f"class {t.name}(_base.KubeModel):"]
        gvk = self.kinds.get((spec, defname)) if hasattr(self, "kinds") else None
        if gvk:
            gv, kind = json.dumps(gvk[0]), json.dumps(gvk[1])
            line = f"    __kube_gvk__: ClassVar[tuple[str, str] | None] = ({gv}, {kind})"
            if len(line) > LINE_LENGTH:
                line = (
                    "    __kube_gvk__: ClassVar[tuple[str, str] | None] = (\n"
                    f"        {gv},\n        {kind},\n    )"
                )
            lines.append(line)
            out.imports.add("typing.ClassVar")
        props = schema.get("properties", {})
        for alias, prop in props.items():
            pyname = snake(alias)
            override = TYPE_OVERRIDES.get((spec, defname, alias))
            if override:
                out.imports.add(override.split(".")[0])
                ann = override
            else:
                ann = self.type_of(spec, prop, module, out.imports)
            ann = f"_base.Input[{ann}]"  # every field also takes a pulumi.Output of its type
            if alias in required:
                nullable = prop.get("nullable") or "null" in (prop.get("type") or [])
                ann = f"{ann} | None" if nullable else ann
                args = f"alias={json.dumps(alias)}"
            else:
                ann = f"{ann} | None"
                args = f"default=None, alias={json.dumps(alias)}"
            lines.append(field_line(pyname, ann, args))
        if len(lines) == 1:
            lines.append("    pass")
        out.text = "\n".join(lines) + "\n"
        return out

    # -- kinds -------------------------------------------------------------------------------

    def find_kinds(self) -> None:
        self.kinds: dict[tuple[str, str], tuple[str, str]] = {}
        for spec in self.specs.values():
            for path, ops in spec.paths.items():
                m = re.match(r"^/apis/([^/]+)/([^/]+)/", path)
                if not m or m.group(1).startswith(SKIP_GROUPS):
                    continue
                for op in ops.values():
                    if not isinstance(op, dict):
                        continue
                    for resp in op.get("responses", {}).values():
                        ref = resp.get("schema", {}).get("$ref", "")
                        defname = ref.removeprefix("#/definitions/")
                        props = spec.definitions.get(defname, {}).get("properties", {})
                        if not ref or defname.endswith("List") or "kind" not in props:
                            continue
                        t = self.targets[(spec.key, defname)]
                        if t.module is None or t.module.startswith(("k8s_", "cdi_k8s")):
                            continue
                        self.kinds[(spec.key, defname)] = (f"{m.group(1)}/{m.group(2)}", t.name)

    # -- modules -----------------------------------------------------------------------------

    def header(self, specs: list[Spec], doc: str) -> str:
        used = "".join(f"#   {s.release}/swagger.json (sha256 {s.sha})\n" for s in specs)
        return f'# {MARKER}\n# Written by {GENERATOR} from\n{used}"""{doc}."""\n\n'

    def render_module(self, module: str) -> str:
        classes: list[tuple[str, str, str]] = []  # (class name, spec, defname)
        for (spec, defname), t in self.targets.items():
            if t.module == module and t.scalar is None:
                if spec == CDI and module.startswith("k8s_"):
                    continue  # shared with KubeVirt's, rendered from KubeVirt's spec
                classes.append((t.name, spec, defname))
        names = [c[0] for c in classes]
        dupes = {n for n in names if names.count(n) > 1}
        if dupes:
            raise SystemExit(f"{module}: class name collision {sorted(dupes)}")
        imports: set[str] = {"_base"}
        bodies = []
        for _, spec, defname in sorted(classes):
            r = self.render_class(spec, defname, module)
            imports |= r.imports
            bodies.append(r.text)
        imports.discard(module)
        used_specs = sorted({self.specs[s].key for _, s, _ in classes})
        text = self.header([self.specs[s] for s in used_specs], MODULE_DOCS[module])
        text += "from __future__ import annotations\n\n"
        typing_names = sorted(i.split(".")[1] for i in imports if i.startswith("typing."))
        if typing_names:
            text += f"from typing import {', '.join(typing_names)}\n\n"
        text += "import pydantic\n\n"
        local = sorted(i for i in imports if not i.startswith("typing."))
        helpers = [m for m in local if m.startswith("_")]  # hand-written, one folder up
        siblings = [m for m in local if not m.startswith("_")]
        text += "".join(f"from {PACKAGE} import {m[1:]} as {m}\n" for m in helpers) + "\n"
        text += "__all__ = [\n" + "".join(f"    {json.dumps(n)},\n" for n in sorted(names)) + "]\n"
        for body in bodies:
            text += "\n\n" + body
        if siblings:
            # The group/version modules refer to each other in a cycle (v1 <-> v1beta1). Importing
            # siblings last leaves their names unbound while the classes above are created, so
            # pydantic defers those annotations (NameError) instead of failing on a partially
            # initialised module; they resolve when a model is first used (``defer_build``).
            text += f"\n\nfrom {PACKAGE}.generated import (  # noqa: E402  (cyclic; see above)\n"
            text += "".join(f"    {m},\n" for m in siblings) + ")\n"
        return text

    def render_kinds(self) -> str:
        rows = sorted((gv, kind, self.targets[key].module or "") for key, (gv, kind) in self.kinds.items())
        modules = sorted({m for _, _, m in rows})
        text = self.header(
            list(self.specs.values()), "The kinds ``from_manifest`` knows: (apiVersion, kind) -> model class"
        )
        text += "from __future__ import annotations\n\n"
        text += f"from {PACKAGE} import base as _base\n"
        text += f"from {PACKAGE}.generated import " + ", ".join(modules) + "\n\n"
        text += "KINDS: dict[tuple[str, str], type[_base.KubeModel]] = {\n"
        for gv, kind, mod in rows:
            key, value = f"({json.dumps(gv)}, {json.dumps(kind)})", f"{mod}.{kind}"
            row = f"    {key}: {value},\n"
            text += row if len(row) <= LINE_LENGTH + 1 else f"    {key}: (\n        {value}\n    ),\n"
        text += "}\n"
        return text

    # -- where the kinds have quantities -------------------------------------------------------

    def quantity_paths(self, spec: str, defname: str, stack: tuple[str, ...] = ()) -> list[str]:
        """Path patterns below a definition whose value is a ``resource.Quantity``: a field by
        its name, ``[]`` for any list item, ``*`` for any map key (``""`` is the value itself)."""
        if defname in stack:
            raise SystemExit(f"{spec}: {defname} contains itself: quantity paths need a bound")
        t = self.targets[(spec, defname)]
        if t.scalar is not None:
            return [""] if t.scalar == SCALARS["resource.Quantity"] else []
        out = []
        for alias, prop in self.specs[spec].definitions[defname].get("properties", {}).items():
            out += [alias + rest for rest in self._schema_paths(spec, prop, (*stack, defname))]
        return out

    def _schema_paths(self, spec: str, schema: dict[str, Any], stack: tuple[str, ...]) -> list[str]:
        if "$ref" in schema:
            below = self.quantity_paths(spec, schema["$ref"].removeprefix("#/definitions/"), stack)
            return [f".{p}" if p else p for p in below]
        if schema.get("type") == "array":
            return ["[]" + p for p in self._schema_paths(spec, schema["items"], stack)]
        extra = schema.get("additionalProperties")
        if isinstance(extra, dict):
            return [".*" + p for p in self._schema_paths(spec, extra, stack)]
        return []

    def render_quantities(self) -> str:
        text = self.header(
            list(self.specs.values()),
            "Where each kind's fields are quantities, for the provider's comparison (``diff.Schema``)",
        )
        text += (
            "# Patterns: a field by its name, [] for any list item, * for any map key. Read without\n"
            "# loading the models (a no-op preview must not pay for them).\n\n"
        )
        text += "from __future__ import annotations\n\n"
        text += "QUANTITIES: dict[tuple[str, str], tuple[str, ...]] = {\n"
        for (spec, defname), (gv, kind) in sorted(self.kinds.items(), key=lambda item: item[1]):
            paths = sorted(set(self.quantity_paths(spec, defname)))
            key = f"({json.dumps(gv)}, {json.dumps(kind)})"
            if not paths:
                text += f"    {key}: (),\n"
                continue
            text += f"    {key}: (\n"
            text += "".join(f"        {json.dumps(p)},\n" for p in paths)
            text += "    ),\n"
        text += "}\n"
        return text

    def generate(self) -> dict[str, str]:
        self.find_kinds()
        modules = sorted({t.module for t in self.targets.values() if t.module})
        files = {f"{m}.py": self.render_module(m) for m in modules}
        files["kinds.py"] = self.render_kinds()
        files["quantities.py"] = self.render_quantities()
        files["__init__.py"] = (
            self.header(
                list(self.specs.values()),
                f"The modules ``{GENERATOR}`` writes, and nothing else: the typed models of the specs'\n"
                f"definitions, the kind table and the quantity paths (hand-written code: ``{PACKAGE}``)",
            ).rstrip("\n")
            + "\n"
        )
        return files


def is_generated(path: Path) -> bool:
    try:
        with open(path, encoding="utf-8") as f:
            return f.readline().strip() == f"# {MARKER}"
    except OSError:
        return False


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output folder (default: %(default)s)")
    parser.add_argument("--check", action="store_true", help="compare instead of writing; exit 1 on a diff")
    args = parser.parse_args(argv)

    files = Generator(load_specs()).generate()
    out: Path = args.out
    stale = [p for p in sorted(out.glob("*.py")) if is_generated(p) and p.name not in files]
    # The folder holds generated files only: a hand-written one belongs one folder up.
    strays = [p for p in sorted(out.glob("*.py")) if not is_generated(p) and p.name not in files]
    for p in strays:
        print(f"not generated, move it out of {out}: {p.name}", file=sys.stderr)
    if strays:
        return 1
    if args.check:
        bad = [
            n for n, text in files.items() if not (out / n).is_file() or (out / n).read_text("utf-8") != text
        ]
        bad += [p.name for p in stale]
        for name in bad:
            print(f"stale: {out / name}", file=sys.stderr)
        return 1 if bad else 0
    out.mkdir(parents=True, exist_ok=True)
    for p in stale:
        p.unlink()
    for name, text in files.items():
        (out / name).write_bytes(text.encode("utf-8"))
    print(f"wrote {len(files)} modules to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
