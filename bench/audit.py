"""The API server's audit log: which tool sent each request (by user agent), read incrementally."""

from __future__ import annotations

import datetime
import json
from collections import Counter
from pathlib import Path
from typing import Any

VERBS = ("get", "list", "watch", "create", "patch", "update", "delete")
CONTROLLERS_UA = "kubevirt-sandbox-controllers"
FLOOR_UA = "kubevirt-bench-floor"
OBSERVER_UA = "kubevirt-bench-observer"


def tool_of(agent: str) -> str:
    if agent.startswith("pulumi-kubevirt/"):
        return "plugin" if "(plugin)" in agent else "dynamic"
    if agent.startswith("pulumi-resource-kubernetes") or agent.startswith("pulumi-kubernetes"):
        return "kubernetes"
    if agent.startswith(FLOOR_UA):
        return "floor"
    if agent.startswith(CONTROLLERS_UA):
        return "controllers"
    return "other"


def parse_time(text: str) -> float:
    return datetime.datetime.fromisoformat(text.replace("Z", "+00:00")).timestamp()


class Audit:
    """Reads the API server's audit log incrementally: one entry per request (auditID)."""

    def __init__(self, path: Path) -> None:
        self.path, self.offset = path, 0
        self.agents: Counter[str] = Counter()

    def read(self) -> list[dict[str, Any]]:
        seen: dict[str, dict[str, Any]] = {}
        try:
            with self.path.open("rb") as f:
                f.seek(self.offset)
                data = f.read()
        except FileNotFoundError:
            return []
        end = data.rfind(b"\n") + 1
        self.offset += end
        for line in data[:end].splitlines():
            event = json.loads(line)
            ref = event.get("objectRef") or {}
            if event["auditID"] in seen:
                continue
            agent = event.get("userAgent", "")
            self.agents[agent.split(" ")[0]] += 1
            seen[event["auditID"]] = {
                "t": parse_time(event["requestReceivedTimestamp"]),
                "tool": tool_of(agent),
                "verb": event.get("verb", ""),
                "resource": ref.get("resource", "")
                + (f"/{ref['subresource']}" if ref.get("subresource") else ""),
                "namespace": ref.get("namespace", ""),
                "name": ref.get("name", ""),
                "dry": "dryRun=" in event.get("requestURI", ""),
            }
        return list(seen.values())
