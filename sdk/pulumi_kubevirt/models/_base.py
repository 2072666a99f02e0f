"""The base class of every generated model, and the scalar types the generator maps onto.

One configuration for all models, chosen for manifest round trips:

- attributes are snake_case, each with an explicit camelCase ``alias``; input accepts either
  (``validate_by_name``), output is by alias;
- ``strict``: no silent coercion (``"2"`` is not an int, ``"true"`` is not a bool), because
  the API server would reject what we accepted, or we would write back something else;
- ``to_manifest()`` dumps only fields that were set, so output equals input;
- unknown fields are kept in ``model_extra`` but rejected by :meth:`KubeModel._reject_unknown`
  unless validation runs with the ``allow_unknown`` context (``from_manifest(..., allow_unknown=True)``);
- ``defer_build``: ~530 classes build their validators on first use, not at import.
"""

from __future__ import annotations

import difflib
from typing import Any, ClassVar, Self

import pydantic
from pydantic_core import PydanticCustomError

#: ``intstr.IntOrString``: ports and percentages. An int stays an int, a string stays a string.
IntOrString = int | str
#: JSON ``number``: an int stays an int (``int | float``, not float).
Number = int | float
#: Free-form JSON objects (``RawExtension``, ``FieldsV1``, ``Patch``).
FreeForm = dict[str, Any]

#: Validation-context key that lets unknown fields through (see ``from_manifest``).
ALLOW_UNKNOWN = "allow_unknown"
#: Validation-context key set while reading a manifest: no apiVersion/kind defaulting.
FROM_MANIFEST = "from_manifest"


class KubeModel(pydantic.BaseModel):
    """Base of the generated KubeVirt, CDI and Kubernetes models."""

    model_config = pydantic.ConfigDict(
        extra="allow",
        strict=True,
        validate_by_name=True,
        validate_by_alias=True,
        serialize_by_alias=True,
        defer_build=True,
        protected_namespaces=(),
    )

    #: ``(apiVersion, kind)`` on top-level kinds; the generator sets it.
    __kube_gvk__: ClassVar[tuple[str, str] | None] = None

    def model_post_init(self, context: Any, /) -> None:
        # A kind built in Python (``VirtualMachine(spec=...)``) gets its apiVersion and kind, so
        # that to_manifest() is a complete object. A manifest being read is left as written.
        gvk = type(self).__kube_gvk__
        if gvk is None or (isinstance(context, dict) and context.get(FROM_MANIFEST)):
            return
        fields = type(self).model_fields
        for name, value in (("api_version", gvk[0]), ("kind", gvk[1])):
            if name in fields and name not in self.model_fields_set:
                setattr(self, name, value)  # assignment marks the field as set

    @pydantic.model_validator(mode="after")
    def _reject_unknown(self, info: pydantic.ValidationInfo) -> Self:
        extra = self.__pydantic_extra__
        if not extra:
            return self
        if isinstance(info.context, dict) and info.context.get(ALLOW_UNKNOWN):
            return self
        known = sorted(f.alias or name for name, f in type(self).model_fields.items())
        hints = {}
        for key in extra:
            close = difflib.get_close_matches(key, known, n=1)
            by_name = next((f.alias for n, f in type(self).model_fields.items() if n == key), None)
            hints[key] = by_name or (close[0] if close else "")
        raise PydanticCustomError(
            "unknown_field",
            "unknown field(s) {fields} in {model}",
            {"fields": sorted(extra), "hints": hints, "model": type(self).__name__, "known": known},
        )

    def to_manifest(self) -> dict[str, Any]:
        """This object as a Kubernetes manifest: camelCase keys, only the fields that were set.

        For a model read with ``from_manifest(m)``, ``to_manifest() == m``.
        """
        return self.model_dump(mode="json", by_alias=True, exclude_unset=True)
