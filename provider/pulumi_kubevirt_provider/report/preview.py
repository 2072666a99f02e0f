"""Reading what ``pulumi preview --json`` printed: steps, diagnostics, secrets, property paths.

Why a module of its own: the report must never show a secret, so every value is passed through
:func:`redact` here, before any other module sees it. Pulumi writes a secret either as the string
``"[secret]"`` or as its signature object (``{"4dabf1...": "1b47...", ...}``, which may carry the
plaintext or ciphertext); both become :data:`SECRET`, and the object's other keys are never read.
"""

from __future__ import annotations

import dataclasses
import json
from typing import Any

from pulumi_kubevirt_provider import diff

SECRET = "[secret]"
UNKNOWN = "(known after apply)"
SIG = "4dabf18193072939515e22adb298388d"
SECRET_SIG = "1b47061264138c4ac30d75fd1eb44270"
UNKNOWN_VALUE = "04da6b54-80e4-46f7-96ec-b56ff0331ba9"  # Pulumi's placeholder for an unknown value

# Steps of one replacement share a URN; the report shows them as one "replace".
REPLACE_OPS = frozenset({"replace", "create-replacement", "delete-replaced"})


def redact(value: Any) -> Any:
    """``value`` with every secret (either spelling) replaced by :data:`SECRET`."""
    if isinstance(value, dict):
        if SIG in value:
            return SECRET if value.get(SIG) == SECRET_SIG else "[unsupported value]"
        return {k: redact(v) for k, v in value.items()}
    if isinstance(value, list):
        return [redact(v) for v in value]
    if value == UNKNOWN_VALUE:
        return UNKNOWN
    return value


def contains_secret(value: Any) -> bool:
    return diff.contains(value, SECRET)


@dataclasses.dataclass(frozen=True)
class State:
    type: str = ""
    inputs: dict[str, Any] = dataclasses.field(default_factory=dict)
    outputs: dict[str, Any] = dataclasses.field(default_factory=dict)


@dataclasses.dataclass(frozen=True)
class Step:
    op: str
    urn: str
    old: State | None
    new: State | None
    detailed_diff: dict[str, dict[str, Any]]
    diff_reasons: tuple[str, ...]
    replace_reasons: tuple[str, ...]

    @property
    def type(self) -> str:
        return (self.new or self.old or State()).type or type_of(self.urn)

    @property
    def name(self) -> str:
        return self.urn.rsplit("::", 1)[-1]


@dataclasses.dataclass(frozen=True)
class Diagnostic:
    message: str
    urn: str = ""
    severity: str = "info"


@dataclasses.dataclass(frozen=True)
class Preview:
    steps: tuple[Step, ...]
    diagnostics: tuple[Diagnostic, ...]
    change_summary: dict[str, int]


def type_of(urn: str) -> str:
    # urn:pulumi:<stack>::<project>::<parent types$>type::<name>
    parts = urn.split("::")
    return parts[2].split("$")[-1] if len(parts) >= 4 else ""


# plugin.DiffKind's numbering, should a writer print the enum as a number.
_DIFF_KINDS = ("add", "add-replace", "delete", "delete-replace", "update", "update-replace")


def _property_diff(raw: Any) -> dict[str, Any]:
    """``{"kind": "update", "inputDiff": true}`` whichever spelling the writer used."""
    raw = raw if isinstance(raw, dict) else {}
    kind = raw.get("kind", raw.get("diffKind", "update"))
    if isinstance(kind, int) and 0 <= kind < len(_DIFF_KINDS):
        kind = _DIFF_KINDS[kind]
    return {"kind": str(kind).lower().replace("_", "-"), "inputDiff": bool(raw.get("inputDiff", False))}


def _state(raw: Any) -> State | None:
    if not isinstance(raw, dict):
        return None
    inputs = redact(raw.get("inputs") or {})
    outputs = redact(raw.get("outputs") or {})
    return State(
        type=str(raw.get("type") or ""),
        inputs=inputs if isinstance(inputs, dict) else {},
        outputs=outputs if isinstance(outputs, dict) else {},
    )


def parse(doc: Any) -> Preview:
    """The facts of a ``pulumi preview --json`` document, secrets already redacted."""
    if not isinstance(doc, dict):
        raise ValueError("not a `pulumi preview --json` document: expected a JSON object")
    steps = []
    for raw in doc.get("steps") or []:
        detailed = raw.get("detailedDiff") or {}
        steps.append(
            Step(
                op=str(raw.get("op") or ""),
                urn=str(raw.get("urn") or ""),
                old=_state(raw.get("oldState")),
                new=_state(raw.get("newState")),
                detailed_diff={str(k): _property_diff(v) for k, v in detailed.items()},
                diff_reasons=tuple(raw.get("diffReasons") or ()),
                replace_reasons=tuple(raw.get("replaceReasons") or ()),
            )
        )
    diagnostics = [
        Diagnostic(
            message=str(d.get("message") or ""),
            urn=str(d.get("urn") or ""),
            severity=str(d.get("severity") or "info"),
        )
        for d in doc.get("diagnostics") or []
    ]
    summary = {str(k): int(v) for k, v in (doc.get("changeSummary") or {}).items()}
    return Preview(tuple(steps), tuple(diagnostics), summary)


def loads(text: str) -> Preview:
    """Parse ``pulumi preview --json`` output. Lines before the JSON object (a warning the CLI
    printed on stdout) are skipped."""
    start = text.find("{")
    if start < 0:
        raise ValueError("no JSON object in the input: pass the output of `pulumi preview --json`")
    try:
        return parse(json.loads(text[start:]))
    except json.JSONDecodeError as exc:
        raise ValueError(f"the input is not valid JSON ({exc})") from exc


# -- property paths --------------------------------------------------------------------------
_NAME_ENDS = '.[]"'


def _closing_quote(path: str, pos: int) -> int:
    """The index of the quote that ends the JSON string whose text starts at ``pos``; -1 if none."""
    while pos < len(path):
        if path[pos] == "\\":
            pos += 2
        elif path[pos] == '"':
            return pos
        else:
            pos += 1
    return -1


def parse_path(path: str) -> tuple[str | int, ...]:
    """``spec.ports[0].port`` -> ("spec", "ports", 0, "port"); ``metadata.labels["a.b/c"]`` keeps
    the quoted key whole. A path it cannot read is one part, itself."""
    parts: list[str | int] = []
    pos = 0
    while pos < len(path):
        start = pos + 1 if path[pos] == "." else pos
        end = start
        while end < len(path) and path[end] not in _NAME_ENDS:
            end += 1
        if end > start:  # a name, after a dot or at the start
            parts.append(path[start:end])
            pos = end
            continue
        if path.startswith('["', pos):  # a quoted key
            quote = _closing_quote(path, pos + 2)
            if quote < 0 or not path.startswith('"]', quote):
                return (path,)
            parts.append(json.loads(path[pos + 1 : quote + 1]))
            pos = quote + 2
            continue
        close = path.find("]", pos) if path.startswith("[", pos) else -1
        index = path[pos + 1 : close]
        if close < 0 or not (index.isascii() and index.isdigit()):
            return (path,)
        parts.append(int(index))
        pos = close + 1
    return tuple(parts)


MISSING = diff.MISSING


def value_at(doc: Any, path: tuple[str | int, ...]) -> Any:
    """The value at ``path``; a secret on the way is the answer (``[secret]``), MISSING if absent."""
    return diff.value_at(doc, path, opaque=SECRET)


def under_secret(doc: Any, path: tuple[str | int, ...]) -> bool:
    """Is ``path`` (or anything on the way to it, or below it) secret in ``doc``?"""
    value = value_at(doc, path)
    return value is not MISSING and contains_secret(value)
