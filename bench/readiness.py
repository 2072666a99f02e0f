"""P3: when each VM turned Ready (a watch of its own) and how soon, with how many reads, a tool
noticed it."""

from __future__ import annotations

import statistics
import threading
import time
from typing import Any

from audit import OBSERVER_UA


class Observer:
    """Watches every VM and records when its Ready condition flips to True (wall clock)."""

    def __init__(self, kubeconfig: str) -> None:
        from kubernetes import config

        self.api = config.new_client_from_config(config_file=kubeconfig)
        self.api.user_agent = OBSERVER_UA
        self.flips: dict[tuple[str, str], float] = {}
        self._ready: set[tuple[str, str]] = set()
        threading.Thread(target=self._run, daemon=True).start()

    def _run(self) -> None:
        from kubernetes import client, watch

        custom = client.CustomObjectsApi(self.api)
        while True:
            try:
                for event in watch.Watch().stream(
                    custom.list_cluster_custom_object,
                    "kubevirt.io",
                    "v1",
                    "virtualmachines",
                    timeout_seconds=300,
                ):
                    obj = event["object"]
                    key = (obj["metadata"]["namespace"], obj["metadata"]["name"])
                    conditions = {
                        c.get("type"): c.get("status")
                        for c in (obj.get("status") or {}).get("conditions") or []
                    }
                    ready = event["type"] != "DELETED" and conditions.get("Ready") == "True"
                    if ready and key not in self._ready:
                        self.flips[key] = time.time()
                    if ready:
                        self._ready.add(key)
                    else:
                        self._ready.discard(key)
            except Exception:
                time.sleep(0.5)


def readiness_lag(
    events: list[dict[str, Any]],
    observer: Observer,
    namespace: str,
    n: int,
    done_at: dict[str, float] | None = None,
) -> dict[str, Any]:
    """P3: how long after each VM's Ready flip the tool read it, and its reads per VM while waiting.

    A VM's wait starts at its apply (the last non-dry-run PATCH/CREATE of it before it turned
    Ready) and its readiness is noticed by the first read covering it (a GET of it, a LIST or
    WATCH of the namespace's VMs) received after the flip. Tools that watch get their answer on
    an open watch, which no request shows: for them the lag is taken from ``done_at``, when the
    engine reported the VM created (its ResOutputs event, as the Automation API delivered it,
    which reads the engine's event log every 0.1 s): an upper bound ("lag_source": "engine")."""
    vm_events = sorted(
        (e for e in events if e["resource"] == "virtualmachines" and e["namespace"] == namespace),
        key=lambda e: e["t"],
    )
    writes = [e for e in vm_events if e["verb"] in ("patch", "create") and not e["dry"]]
    if not writes:
        return {}
    lags, wait_reads = [], 0
    first_write = writes[0]["t"]
    collection_reads = [e for e in vm_events if e["verb"] in ("list", "watch") and not e["name"]]
    wait_reads += sum(1 for e in collection_reads if e["t"] >= first_write)
    for i in range(n):
        name = f"vm-{i}"
        flip = observer.flips.get((namespace, name))
        applied = max(
            (e["t"] for e in writes if e["name"] == name and (flip is None or e["t"] <= flip)), default=None
        )
        if applied is None:
            continue
        gets = [e["t"] for e in vm_events if e["verb"] == "get" and e["name"] == name and e["t"] >= applied]
        wait_reads += len(gets)
        if flip is None:
            continue
        noticed = [t for t in gets + [e["t"] for e in collection_reads if e["verb"] == "list"] if t >= flip]
        if noticed:
            lags.append(min(noticed) - flip)
    source = "reads"
    if not lags and done_at:
        lags = [
            done_at[name] - flip
            for (ns, name), flip in observer.flips.items()
            if ns == namespace and name in done_at
        ]
        source = "engine"
    lag95 = statistics.quantiles(lags, n=20)[-1] if len(lags) >= 2 else (lags[0] if lags else None)
    return {"lag_p95": lag95, "lag_source": source, "wait_reads_per_vm": wait_reads / n}
