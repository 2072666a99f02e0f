"""The package schema ``pulumi package get-schema`` prints, built from the typed models.

The models are generated from KubeVirt's and CDI's OpenAPI specs (scripts/codegen); walking their
fields here gives the schema the same names, types and required fields, with nothing copied by
hand. Each model becomes an object type ``kubevirt:<group>/<version>:<Name>`` (``kubevirt/v1``,
``cdi/v1beta1``, ``core/v1``, ``meta/v1``); quantities and int-or-string values are ``Any``.
Top-level resource properties keep the Python SDK's names, so both transports store the same
state; inside ``spec`` and ``metadata`` the names are Kubernetes' own.
"""

from __future__ import annotations

import collections.abc
import enum
import functools
import json
import types
import typing
from typing import Any

import pulumi_kubevirt_models as models
from pulumi_kubevirt_provider import config_keys, kinds, package

ANY = dict(kinds.ANY)
PACKAGE = package.NAME

_MODULES = {
    "kubevirt_v1": "kubevirt/v1",
    "kubevirt_v1alpha1": "kubevirt/v1alpha1",
    "kubevirt_v1beta1": "kubevirt/v1beta1",
    "cdi_v1beta1": "cdi/v1beta1",
    "cdi_k8s_v1": "cdi/corev1",
    "k8s_core_v1": "core/v1",
    "k8s_meta_v1": "meta/v1",
    "service": "core/v1",
}

_TIMEOUTS = {
    "type": "object",
    "description": "Seconds per operation; the engine's customTimeouts win over these.",
    "properties": {op: {"type": "number"} for op in ("create", "update", "delete")},
}
_COMMON_INPUTS: dict[str, Any] = {
    "timeouts": _TIMEOUTS,
    "force": {"type": "boolean", "description": "Take over fields another field manager owns."},
    "adopt": {"type": "boolean", "description": "Take over an object of this name that already exists."},
    "owner": {"type": "string", "description": "Set by the SDKs: which stack resource applied the object."},
}


class _Builder:
    def __init__(self) -> None:
        self.types: dict[str, Any] = {}

    def token(self, model: type) -> str:
        module = _MODULES.get(model.__module__.rsplit(".", 1)[-1], "index")
        return f"{PACKAGE}:{module}:{model.__name__}"

    def ref(self, model: type) -> dict[str, Any]:
        token = self.token(model)
        if token not in self.types:
            self.types[token] = {}  # placeholder: breaks cycles
            self.types[token] = self.object_type(model)
        return {"$ref": f"#/types/{token}"}

    def object_type(self, model: Any) -> dict[str, Any]:
        model.model_rebuild()
        properties, required = {}, []
        for field in model.model_fields.values():
            name = field.alias
            properties[name] = self.type_of(field.annotation)
            if field.is_required():
                required.append(name)
        out: dict[str, Any] = {"type": "object", "properties": properties}
        if required:
            out["required"] = sorted(required)
        return out

    def type_of(self, annotation: Any) -> dict[str, Any]:
        origin, args = typing.get_origin(annotation), typing.get_args(annotation)
        if origin is typing.Annotated:  # the models' Input[T]: T, or an Output of it
            return self.type_of(args[0])
        if origin in (typing.Union, types.UnionType):
            rest = [a for a in args if a is not type(None)]
            return self.type_of(rest[0]) if len(rest) == 1 else dict(ANY)
        if origin is typing.Literal:
            return {"type": "string"}
        if origin in (list, collections.abc.Sequence):
            return {"type": "array", "items": self.type_of(args[0]) if args else ANY}
        if origin in (dict, collections.abc.Mapping):
            return {"type": "object", "additionalProperties": self.type_of(args[1]) if args else ANY}
        if isinstance(annotation, type):
            if issubclass(annotation, models.KubeModel):
                return self.ref(annotation)
            if issubclass(annotation, enum.Enum) or annotation is str:
                return {"type": "string"}
            if annotation is bool:
                return {"type": "boolean"}
            if annotation is int:
                return {"type": "integer"}
            if annotation is float:
                return {"type": "number"}
        return dict(ANY)  # Quantity, IntOrString, Any


def _resource(builder: _Builder, entry: kinds.Kind) -> dict[str, Any]:
    """A kind's resource: its entry's inputs and outputs around the typed models' spec."""
    module, _, name = entry.spec_model.partition(".")
    spec_model = getattr(getattr(models, module), name)
    inputs = {
        "metadata": builder.ref(models.k8s_meta_v1.ObjectMeta),
        "spec": builder.ref(spec_model),
        **_COMMON_INPUTS,
        **{k: dict(v) for k, v in entry.inputs.items()},
    }
    outputs = {o.name: dict(o.type.schema) for o in entry.outputs}
    return {
        "description": entry.description,
        "inputProperties": inputs,
        "requiredInputs": ["spec"],
        "properties": {**inputs, **outputs},
        "required": ["metadata", "spec", *sorted(o.name for o in entry.outputs if not o.nullable)],
    }


@functools.cache
def schema(version: str) -> dict[str, Any]:
    b = _Builder()
    resources = {entry.plugin_token: _resource(b, entry) for entry in kinds.ALL}
    config = {
        key.name: {
            "type": key.type,
            "description": key.description,
            **({"secret": True} if key.secret else {}),
        }
        for key in config_keys.PROVIDER_KEYS
    }
    return {
        "name": PACKAGE,
        "displayName": "KubeVirt",
        "version": version,
        "description": "KubeVirt virtual machines, DataVolumes, migrations and VM Services, typed from "
        "KubeVirt's and CDI's API specs.",
        "keywords": ["pulumi", "kubevirt", "kubernetes", "category/infrastructure"],
        "license": "Apache-2.0",
        "config": {"variables": config},
        "provider": {
            "description": "The KubeVirt provider: which cluster, and how to reach VM domains.",
            "inputProperties": config,
        },
        "resources": resources,
        "types": b.types,
        "language": {
            "python": {"packageName": "pulumi_kubevirt_generated"},
            "nodejs": {"packageName": "@pulumi-kubevirt/kubevirt"},
        },
    }


def schema_json(version: str) -> str:
    return json.dumps(schema(version), sort_keys=True)
