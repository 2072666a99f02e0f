"""Keeping a kubeconfig's secrets out of messages: the kubernetes client's errors can quote a
token, a password or certificate and key data, and such a message is shown and logged."""

from __future__ import annotations

import base64
import binascii
from typing import Any

REDACTED = "<redacted>"
_MESSAGE_MAX = 300


def secrets_of(kubeconfig: dict[str, Any] | None) -> set[str]:
    """Every string under ``users`` and every ``*-data``, ``token`` and ``password`` value (also
    decoded, line by line) of a parsed kubeconfig."""
    found: set[str] = set()

    def walk(value: Any, secret: bool) -> None:
        if isinstance(value, dict):
            for k, v in value.items():
                walk(v, secret or str(k).endswith("-data") or k in ("token", "password"))
        elif isinstance(value, list):
            for v in value:
                walk(v, secret)
        elif isinstance(value, str) and secret and len(value) >= 4:
            found.add(value)
            try:
                found.update(line for line in base64.b64decode(value).decode().splitlines() if len(line) >= 8)
            except (binascii.Error, ValueError):
                pass

    if kubeconfig is not None:
        walk(kubeconfig.get("users"), True)
        walk(kubeconfig.get("clusters"), False)
    return found


def redacted(message: str, kubeconfig: dict[str, Any] | None) -> str:
    """``message`` with every secret of ``kubeconfig`` replaced, on one line, at most 300 characters."""
    for secret in sorted(secrets_of(kubeconfig), key=len, reverse=True):
        message = message.replace(secret, REDACTED)
    return " ".join(message.split())[:_MESSAGE_MAX]
