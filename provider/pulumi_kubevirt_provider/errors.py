"""The provider's errors, each saying what happened and what to do next.

ProviderError
├── Unreachable          the API server could not be reached at all
├── ApiError             the server answered with an error Status (reason, causes kept)
│   ├── NotFound
│   ├── Conflict         server-side apply conflict: names the other field manager
│   └── Invalid          the server's schema or admission rejected the object
├── ReadinessTimeout     a wait ran out; carries the last object seen
├── ReadinessFailed      the object reached a terminal failure (DataVolume Failed, ...)
├── Cancelled            the user cancelled (Ctrl-C) while a wait was running
└── Incomplete           the object was written but did not become ready: carries its id and
                         the outputs to record, so the engine keeps it (partial state) and the
                         next `pulumi up` resumes instead of creating it again
"""

from __future__ import annotations

import json
from typing import Any


class ProviderError(Exception):
    pass


class Unreachable(ProviderError):
    pass


class ApiError(ProviderError):
    def __init__(self, status: int, reason: str, message: str, causes: list[dict[str, Any]] | None = None):
        super().__init__(message)
        self.status, self.reason, self.message, self.causes = status, reason, message, causes or []
        self.method, self.path = "", ""

    @classmethod
    def from_response(cls, status: int, body: Any, method: str, path: str) -> ApiError:
        try:
            data = json.loads(body) if isinstance(body, (str, bytes)) else (body or {})
        except ValueError:
            data = {}
        reason = data.get("reason", "")
        message = data.get("message") or (
            body[:300].decode(errors="replace") if isinstance(body, bytes) else str(body)[:300]
        )
        causes = (data.get("details") or {}).get("causes") or []
        sub = {404: NotFound, 409: Conflict, 422: Invalid}.get(status, ApiError)
        if status == 400 and reason == "BadRequest" and "unknown field" in message:
            sub = Invalid
        err = sub(status, reason, message, causes)
        err.method, err.path = method, path
        return err


class NotFound(ApiError):
    pass


class Conflict(ApiError):
    def managers(self) -> list[str]:
        """The field managers the server named (`conflict with "kubectl-edit" using v1: ...`)."""
        return sorted(
            {c.get("message", "").split('"')[1] for c in self.causes if c.get("message", "").count('"') >= 2}
        )

    def hint(self) -> str:
        who = ", ".join(self.managers()) or "another field manager"
        return (
            f"{self.message}. Fields are owned by {who}; set force=True on the resource "
            "(opts: apply with force) to take them over, or stop the other manager from writing them."
        )


class Invalid(ApiError):
    pass


class ReadinessTimeout(ProviderError):
    def __init__(self, message: str, last: dict[str, Any] | None):
        super().__init__(message)
        self.last = last


class ReadinessFailed(ProviderError):
    def __init__(self, message: str, last: dict[str, Any] | None):
        super().__init__(message)
        self.last = last


class Cancelled(ProviderError):
    def __init__(self, message: str, last: dict[str, Any] | None):
        super().__init__(message)
        self.last = last


class Incomplete(ProviderError):
    """Raised by create/update after the apply: the object exists, recorded as ``outputs``."""

    def __init__(self, message: str, id_: str, outputs: dict[str, Any]):
        super().__init__(message)
        self.id, self.outputs = id_, outputs
