"""libvirt's and QEMU's error messages, as the sandbox shows them: on one line."""

from __future__ import annotations

import re


def one_line(message: str, limit: int = 400) -> str:
    """libvirt's or QEMU's error message on one line: timestamps and QEMU warnings dropped."""
    pieces = re.split(r"\n|\s(?=\d{4}-\d\d-\d\d[T ][\d:.]+(?:Z|\+\d{4}) )", message)
    kept = []
    for piece in pieces:
        piece = re.sub(r"^\d{4}-\d\d-\d\d[T ][\d:.]+(?:Z|\+\d{4}):?\s*", "", piece.strip())
        if piece and "warning:" not in piece:
            kept.append(piece)
    text = re.sub(r"\s+", " ", "; ".join(kept)).replace(":;", ":").strip()
    return text if len(text) <= limit else text[: limit - 1] + "…"
