"""Property values on the wire: protobuf Structs with Pulumi's special objects.

Secrets arrive as ``{SIG: SECRET_SIG, "value": ...}`` (the provider accepts secrets); they are
unwrapped for the core, and the top-level properties that held one are remembered so that the
outputs mark them secret again. Unknown values (previews) arrive as :data:`UNKNOWN`.
"""

from __future__ import annotations

from typing import Any

from google.protobuf import json_format, struct_pb2

from pulumi_kubevirt_provider import diff

SIG = "4dabf18193072939515e22adb298388d"
SECRET_SIG = "1b47061264138c4ac30d75fd1eb44270"
UNKNOWN = diff.UNKNOWN

# Outputs that are always secret, whatever the inputs were: cloud-init user and network data.
ALWAYS_SECRET = frozenset({"cloud_init"})


def _is_secret(value: Any) -> bool:
    return isinstance(value, dict) and value.get(SIG) == SECRET_SIG


def unwrap(value: Any) -> Any:
    if _is_secret(value):
        return unwrap(value.get("value"))
    if isinstance(value, dict):
        return {k: unwrap(v) for k, v in value.items()}
    if isinstance(value, list):
        return [unwrap(v) for v in value]
    return value


def _has_secret(value: Any) -> bool:
    if _is_secret(value):
        return True
    if isinstance(value, dict):
        return any(_has_secret(v) for v in value.values())
    if isinstance(value, list):
        return any(_has_secret(v) for v in value)
    return False


def from_struct(struct: struct_pb2.Struct | None) -> tuple[dict[str, Any], set[str]]:
    """(plain properties, top-level keys that held a secret somewhere)."""
    raw = json_format.MessageToDict(struct) if struct is not None else {}
    return unwrap(raw), {k for k, v in raw.items() if _has_secret(v)}


def to_struct(
    props: dict[str, Any], secret_keys: set[str] | frozenset[str] = frozenset()
) -> struct_pb2.Struct:
    """A Struct of ``props``; the keys in ``secret_keys`` (and ALWAYS_SECRET) are wrapped as secrets."""
    out: dict[str, Any] = {}
    for key, value in props.items():
        if value is not None and (key in secret_keys or key in ALWAYS_SECRET):
            value = {SIG: SECRET_SIG, "value": value}
        out[key] = value
    struct = struct_pb2.Struct()
    struct.update(out)
    return struct
