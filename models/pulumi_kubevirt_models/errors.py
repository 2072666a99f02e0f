"""The one error the models raise, and how pydantic's errors become it.

::

    ValueError
     └── ValidationError          one or more Problems, each with a manifest path
         (raised by from_manifest, validate, and the friendly builders)

A :class:`Problem` carries the path in manifest form (camelCase keys, list indexes:
``spec.template.spec.domain.devices.disks[1].name``) and a sentence saying how to fix it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import pydantic_core

from pulumi_kubevirt_models import base

Path = tuple[str | int, ...]

_PLAIN_KEY = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def format_path(path: Path) -> str:
    """``("spec", "disks", 1, "name")`` -> ``spec.disks[1].name``; odd map keys are quoted as in
    Pulumi's property paths: ``metadata.labels["app.kubernetes.io/name"]``."""
    out = ""
    for seg in path:
        if isinstance(seg, int):
            out += f"[{seg}]"
        elif _PLAIN_KEY.fullmatch(seg):
            out += f".{seg}" if out else seg
        else:
            out += f"[{json.dumps(seg)}]"
    return out or "<root>"


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a manifest."""

    path: Path
    """Where, as manifest keys and list indexes."""
    message: str
    """What is wrong and how to fix it."""
    code: str = "invalid"
    """A stable slug (``missing``, ``unknown_field``, ``disk_without_volume``, ...)."""

    @property
    def location(self) -> str:
        """The path written out: ``spec.template.spec.domain.devices.disks[1].name``."""
        return format_path(self.path)

    def __str__(self) -> str:
        return f"{self.location}: {self.message}"


class ValidationError(ValueError):
    """A manifest or model that KubeVirt, CDI or Kubernetes would reject.

    ``problems`` lists every problem found (not only the first), each with its manifest path.
    """

    def __init__(self, problems: Sequence[Problem], subject: str = "manifest") -> None:
        self.problems: list[Problem] = list(problems)
        self.subject = subject
        super().__init__(str(self))

    @property
    def paths(self) -> list[str]:
        """The problem locations, in order."""
        return [p.location for p in self.problems]

    def __str__(self) -> str:
        n = len(self.problems)
        head = f"{n} problem{'s' if n != 1 else ''} in {self.subject}:"
        return "\n  ".join([head, *(str(p) for p in self.problems)])


def _manifest_path(loc: tuple[str | int, ...], data: Any) -> Path:
    """Drop pydantic's union tags from ``loc`` by walking the input alongside it."""
    out: list[str | int] = []
    cur: Any = data
    for i, seg in enumerate(loc):
        last = i == len(loc) - 1
        if isinstance(cur, Mapping) and isinstance(seg, str):
            if seg in cur:
                out.append(seg)
                cur = cur[seg]
            elif last:
                out.append(seg)
            # else: a tag such as "int" or "function-plain[...]" inside a union
        elif isinstance(cur, list) and isinstance(seg, int):
            out.append(seg)
            cur = cur[seg] if 0 <= seg < len(cur) else None
        # scalars: any remaining segments are union tags
    return tuple(out)


def _describe(value: Any) -> str:
    text = repr(value)
    return f"{type(value).__name__} {text if len(text) <= 40 else text[:37] + '...'}"


_EXPECTED = {
    "string_type": ("a string", "quote it in YAML"),
    "int_type": ("an integer", "write a whole number without quotes"),
    "bool_type": ("true or false", "write true or false without quotes"),
    "float_type": ("a number", "write a number without quotes"),
    "list_type": ("a list", "write a YAML list (items starting with '- ')"),
    "dict_type": ("a mapping", "write key: value pairs"),
    "model_type": ("a mapping", "write key: value pairs"),
    "model_attributes_type": ("a mapping", "write key: value pairs"),
}


def from_pydantic(error: pydantic_core.ValidationError, data: Any) -> list[Problem]:
    """Translate pydantic's errors into :class:`Problem` entries with manifest paths."""
    problems: list[Problem] = []
    union_seen: dict[Path, tuple[list[str], Any]] = {}
    for err in error.errors(include_url=False):
        if base.OUTPUT_TAG in err["loc"]:
            continue  # "not a pulumi.Output either": the value branch's error says what is wrong
        # Every field is ``Input[T]``, a union of T and Output[T]: drop the tag of T's branch.
        err["loc"] = tuple(seg for seg in err["loc"] if seg != base.VALUE_TAG)
        path = _manifest_path(tuple(err["loc"]), data)
        kind = err["type"]
        ctx = err.get("ctx") or {}
        if kind == "unknown_field":
            hints: dict[str, str] = ctx.get("hints", {})
            for name in ctx.get("fields", []):
                hint = hints.get(name)
                fix = (
                    f"did you mean {hint!r}?" if hint else f"{ctx.get('model')} has no such field; remove it"
                )
                problems.append(Problem((*path, name), f"unknown field {name!r}: {fix}", "unknown_field"))
            continue
        if kind == "missing":
            problems.append(Problem(path, "required field is missing: add it", "missing"))
            continue
        if kind == "literal_error":
            problems.append(
                Problem(path, f"must be one of {ctx.get('expected')} (got {err['input']!r})", "not_allowed")
            )
            continue
        if kind in _EXPECTED:
            expected, fix = _EXPECTED[kind]
            if len(err["loc"]) > len(path):  # a member of a union (int | str): merge into one line
                union_seen.setdefault(path, ([], err["input"]))[0].append(expected)
                continue
            problems.append(Problem(path, f"expected {expected}, got {_describe(err['input'])}: {fix}", kind))
            continue
        problems.append(Problem(path, str(err["msg"]), kind))
    for path, (options, value) in union_seen.items():
        problems.append(Problem(path, f"expected {' or '.join(options)}, got {_describe(value)}", "type"))
    return problems
