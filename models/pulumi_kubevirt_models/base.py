"""The base class of every generated model, and the scalar types the generator maps onto.

One configuration for all models, chosen for manifest round trips:

- attributes are snake_case, each with an explicit camelCase ``alias``; input accepts either
  (``validate_by_name``), output is by alias;
- ``strict``: no silent coercion (``"2"`` is not an int, ``"true"`` is not a bool), because
  the API server would reject what we accepted, or we would write back something else;
- ``to_manifest()`` dumps only fields that were set, so output equals input;
- unknown fields are kept in ``model_extra`` but rejected by :meth:`KubeModel._reject_unknown`
  unless validation runs with the ``allow_unknown`` context (``from_manifest(..., allow_unknown=True)``);
- ``defer_build``: ~530 classes build their validators on first use, not at import;
- every field takes a ``pulumi.Output`` of its type as well (:data:`Input`), carried through
  untouched: its value is unknown until the engine resolves it.

Why :data:`Input` is an ``Annotated`` alias and not ``arbitrary_types_allowed``: the marker builds a
left-to-right union "the declared type, else a ``pulumi.Output``", so a plain value is validated
exactly as before (the ``Output`` branch runs only when the value branch failed) and an error on a
plain value keeps its path and message (``errors`` drops the tags). Type checkers see
``T | pulumi.Output[T]``, and lists and maps as ``Sequence``/``Mapping`` (covariant, as in Pulumi's
own SDKs: a ``list[Disk]`` is accepted where ``Sequence[Disk | Output[Disk]]`` is declared); at run
time they are lists and dicts (tuples are accepted and become lists). ``pulumi`` itself is not
imported here: no ``Output`` can exist before it is.
"""

from __future__ import annotations

import difflib
import sys
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Annotated, Any, ClassVar, Self, TypeAlias, TypeVar, Union

import pydantic
from pydantic_core import PydanticCustomError, core_schema

T = TypeVar("T")

#: Union tags of :data:`Input`'s two branches, as they appear in pydantic's error locations.
VALUE_TAG = "<value>"
OUTPUT_TAG = "<pulumi.Output>"


class _OutputMeta(type):
    def __instancecheck__(cls, value: object) -> bool:
        output = sys.modules.get("pulumi.output")
        return output is not None and isinstance(value, output.Output)


class AnyOutput(metaclass=_OutputMeta):
    """``isinstance(x, AnyOutput)``: ``x`` is a ``pulumi.Output`` (without importing pulumi)."""


def is_output(value: object) -> bool:
    """Whether ``value`` is a ``pulumi.Output``: a value known only when the engine resolves it."""
    return isinstance(value, AnyOutput)


class _TakesOutput:
    """``Annotated`` marker: the annotated type, or a ``pulumi.Output`` passed through as it is."""

    def __get_pydantic_core_schema__(self, source: Any, handler: pydantic.GetCoreSchemaHandler) -> Any:
        value = handler(source)
        output = core_schema.is_instance_schema(AnyOutput, cls_repr="pulumi.Output")
        union = core_schema.union_schema([(value, VALUE_TAG), (output, OUTPUT_TAG)], mode="left_to_right")
        # JSON (schema, model_validate_json) cannot hold an Output: only the declared type there.
        return core_schema.json_or_python_schema(json_schema=value, python_schema=union)

    def __repr__(self) -> str:
        return "TakesOutput"


_TAKES_OUTPUT = _TakesOutput()
#: Lists accept any sequence (tuples too) and always hold a ``list``.
_ANY_SEQUENCE = pydantic.Strict(False)

if TYPE_CHECKING:
    import pulumi

    #: ``T`` or a ``pulumi.Output[T]``: what every field of every model accepts.
    Input: TypeAlias = Union[T, pulumi.Output[T]]  # noqa: UP007  (a generic alias needs Union)
    #: A list field: a sequence of inputs (``Sequence`` is covariant, ``list`` is not).
    InputList: TypeAlias = Sequence[Union[T, pulumi.Output[T]]]  # noqa: UP007
    #: A map field (``labels``, ``nodeSelector``, ...): string keys, input values.
    InputMap: TypeAlias = Mapping[str, Union[T, pulumi.Output[T]]]  # noqa: UP007
else:
    Input = Annotated[T, _TAKES_OUTPUT]
    InputList = Annotated[list[Annotated[T, _TAKES_OUTPUT]], _ANY_SEQUENCE]
    InputMap = dict[str, Annotated[T, _TAKES_OUTPUT]]

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

        For a model read with ``from_manifest(m)``, ``to_manifest() == m``. A ``pulumi.Output``
        stays where it was set (the same object), for the Pulumi SDK to resolve and serialize.
        """
        # Python mode, not JSON mode: JSON mode cannot carry an Output. Every field type dumps to
        # JSON-ready values anyway (Quantity to its raw spelling); free-form values as given.
        return self.model_dump(mode="python", by_alias=True, exclude_unset=True)
