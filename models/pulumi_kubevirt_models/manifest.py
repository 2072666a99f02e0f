"""Manifests in, typed models out: ``from_manifest`` and the kind lookup behind it."""

from __future__ import annotations

import difflib
import functools
import types
import typing
from collections.abc import Mapping
from typing import Any, TypeVar, overload

import pydantic
import yaml

from pulumi_kubevirt_models import base, errors
from pulumi_kubevirt_models.generated.kinds import KINDS

M = TypeVar("M", bound=base.KubeModel)

#: Served API versions that share another version's schema (KubeVirt serves v1alpha3 = v1).
_VERSION_ALIASES = {"kubevirt.io/v1alpha3": "kubevirt.io/v1"}


def load(obj: Mapping[str, Any] | str) -> dict[str, Any]:
    """A manifest as a dict: pass a mapping through, parse a one-document YAML (or JSON) string."""
    if isinstance(obj, str):
        try:
            docs = [d for d in yaml.safe_load_all(obj) if d is not None]
        except yaml.YAMLError as e:
            raise errors.ValidationError([errors.Problem((), f"not valid YAML: {e}", "yaml")]) from e
        if len(docs) != 1:
            raise errors.ValidationError(
                [errors.Problem((), f"expected one YAML document, found {len(docs)}: split them", "yaml")]
            )
        obj = docs[0]
    if not isinstance(obj, Mapping):
        raise errors.ValidationError(
            [errors.Problem((), f"a manifest is a mapping, not {type(obj).__name__}", "dict_type")]
        )
    return dict(obj)


def kinds() -> list[tuple[str, str]]:
    """The (apiVersion, kind) pairs ``from_manifest`` understands."""
    return sorted(KINDS)


def model_class(api_version: object, kind: object) -> type[base.KubeModel]:
    """The generated class for an apiVersion and kind; ``ValidationError`` when there is none."""
    key = (_VERSION_ALIASES.get(str(api_version), str(api_version)), str(kind))
    cls = KINDS.get(key)
    if cls is not None:
        return cls
    same_kind = sorted(gv for gv, k in KINDS if k == kind)
    if same_kind:
        problem = errors.Problem(
            ("apiVersion",),
            f"{kind} is served as {', '.join(same_kind)}, not {api_version!r}",
            "unknown_kind",
        )
    elif not kind:
        problem = errors.Problem(("kind",), "required field is missing: add it", "missing")
    else:
        known = ", ".join(sorted({k for _, k in KINDS}))
        problem = errors.Problem(("kind",), f"unknown kind {kind!r}; known kinds: {known}", "unknown_kind")
    raise errors.ValidationError([problem])


def subject(data: Mapping[str, Any]) -> str:
    """``VirtualMachine 'testvm'``, for error headlines."""
    meta, kind = data.get("metadata"), data.get("kind")
    name = meta.get("name") if isinstance(meta, Mapping) else None
    # Only plain strings: a pulumi.Output has no text before the engine resolves it.
    kind = kind if isinstance(kind, str) and kind else "manifest"
    return kind + (f" {name!r}" if isinstance(name, str) and name else "")


def parse(cls: type[M], data: Mapping[str, Any], *, allow_unknown: bool = False) -> M:
    """Validate ``data`` (camelCase keys only) as ``cls``; errors come out as ``ValidationError``.

    Unknown fields are found by a separate walk over the input, so that they are reported
    together with type errors in the same object (pydantic stops an object at its first
    failing layer).
    """
    problems = [] if allow_unknown else unknown_fields(cls, data)
    try:
        model = cls.model_validate(
            data,
            by_alias=True,
            by_name=False,
            context={base.FROM_MANIFEST: True, base.ALLOW_UNKNOWN: True},
        )
    except pydantic.ValidationError as e:
        problems = errors.from_pydantic(e, data) + problems
    if problems:
        raise errors.ValidationError(problems, subject(data))
    return model


@functools.cache
def _fields(cls: type[base.KubeModel]) -> dict[str, Any]:
    """alias -> resolved annotation."""
    hints = typing.get_type_hints(cls)
    return {(f.alias or name): hints[name] for name, f in cls.model_fields.items()}


def unknown_fields(cls: type[base.KubeModel], data: object, path: errors.Path = ()) -> list[errors.Problem]:
    """Keys in ``data`` that ``cls`` (or the models nested in it) does not define."""
    if not isinstance(data, Mapping):
        return []
    fields = _fields(cls)
    out: list[errors.Problem] = []
    for key, value in data.items():
        if key in fields:
            out.extend(_unknown_in(fields[key], value, (*path, key)))
            continue
        by_name = next((f.alias for n, f in cls.model_fields.items() if n == key), None)
        close = difflib.get_close_matches(str(key), list(fields), n=1)
        hint = by_name or (close[0] if close else None)
        fix = f"did you mean {hint!r}?" if hint else f"{cls.__name__} has no such field; remove it"
        out.append(errors.Problem((*path, key), f"unknown field {key!r}: {fix}", "unknown_field"))
    return out


def _unknown_in(tp: Any, value: object, path: errors.Path) -> list[errors.Problem]:
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        return [p for arg in typing.get_args(tp) for p in _unknown_in(arg, value, path)]
    if origin is list and isinstance(value, list):
        (item,) = typing.get_args(tp)
        return [p for i, v in enumerate(value) for p in _unknown_in(item, v, (*path, i))]
    if origin is dict and isinstance(value, Mapping):
        _, item = typing.get_args(tp)
        return [p for k, v in value.items() for p in _unknown_in(item, v, (*path, k))]
    if isinstance(tp, type) and issubclass(tp, base.KubeModel):
        return unknown_fields(tp, value, path)
    return []


@overload
def from_manifest(
    obj: Mapping[str, Any] | str, expect: None = None, *, allow_unknown: bool = False
) -> base.KubeModel: ...
@overload
def from_manifest(obj: Mapping[str, Any] | str, expect: type[M], *, allow_unknown: bool = False) -> M: ...
def from_manifest(
    obj: Mapping[str, Any] | str, expect: type[M] | None = None, *, allow_unknown: bool = False
) -> base.KubeModel | M:
    """Read a manifest into the typed model for its ``apiVersion`` and ``kind``.

    ``obj`` is a dict or a one-document YAML string. The result's ``to_manifest()`` equals the
    input. Keys must be the API's camelCase names.

    ``expect``: the class you expect (``kubevirt_v1.VirtualMachine``); a manifest of another kind
    is an error, and type checkers see the precise return type.

    ``allow_unknown``: the escape hatch for fields this SDK does not know (a newer KubeVirt, a
    feature-gated field). By default an unknown field is an error naming its path, with a
    did-you-mean hint. With ``allow_unknown=True`` unknown fields are kept verbatim, unchecked,
    in each model's ``model_extra`` and written back by ``to_manifest()``.

    Raises :class:`ValidationError` listing every problem found. This checks the schema only;
    ``validate()`` adds KubeVirt's admission rules.
    """
    data = load(obj)
    cls = model_class(data.get("apiVersion"), data.get("kind"))
    if expect is not None and not issubclass(cls, expect):
        raise errors.ValidationError(
            [
                errors.Problem(
                    ("kind",), f"expected {expect.__name__}, got {data.get('kind')}", "unexpected_kind"
                )
            ],
            subject(data),
        )
    return parse(cls, data, allow_unknown=allow_unknown)
