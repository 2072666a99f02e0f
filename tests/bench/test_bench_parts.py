"""The benchmark's pure parts, without services: the audit log reading, the attribution of
requests to tools, the readiness figures (P3) and the target lines."""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import yaml

from kubevirt_sandbox import controlplane

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
import audit  # noqa: E402
import readiness  # noqa: E402
import targets  # noqa: E402


def event(
    audit_id: str,
    t: str,
    agent: str,
    verb: str,
    resource: str,
    name: str = "",
    stage: str = "ResponseComplete",
    uri: str = "/x",
) -> dict[str, Any]:
    return {
        "auditID": audit_id,
        "stage": stage,
        "requestReceivedTimestamp": t,
        "userAgent": agent,
        "verb": verb,
        "requestURI": uri,
        "objectRef": {"resource": resource, "namespace": "ns", **({"name": name} if name else {})},
    }


def test_requests_are_told_apart_by_user_agent() -> None:
    assert audit.tool_of("pulumi-kubevirt/0.1.0 (plugin)") == "plugin"
    assert audit.tool_of("pulumi-kubevirt/0.1.0 (dynamic)") == "dynamic"
    assert audit.tool_of("pulumi-kubernetes/4.25.0") == "kubernetes"
    assert audit.tool_of("kubevirt-bench-floor") == "floor"
    assert audit.tool_of("kubevirt-sandbox-controllers") == "controllers"
    assert audit.tool_of("kube-controller-manager/v1.37.2 (linux/amd64)") == "other"


def test_the_audit_log_is_read_once_per_request_and_incrementally(tmp_path: Path) -> None:
    log = tmp_path / "audit.log"
    watch_started = event(
        "w",
        "2026-12-01T10:00:00.000000Z",
        "pulumi-kubevirt/0 (plugin)",
        "watch",
        "virtualmachines",
        stage="ResponseStarted",
    )
    lines = [
        watch_started,
        {**watch_started, "stage": "ResponseComplete"},
        event("g", "2026-12-01T10:00:01.500000Z", "kubevirt-sandbox-controllers", "get", "pods", "a"),
    ]
    log.write_text("".join(json.dumps(e) + "\n" for e in lines) + '{"auditID": "half')
    reader = audit.Audit(log)
    got = reader.read()
    assert [(e["tool"], e["verb"]) for e in got] == [("plugin", "watch"), ("controllers", "get")]
    assert got[1]["t"] - got[0]["t"] == 1.5
    assert reader.read() == []  # the half-written line waits for its end
    with log.open("a") as f:
        f.write(
            '", "stageTimestamp": "", "requestReceivedTimestamp": "2026-12-01T10:00:02Z", "verb": "list"}\n'
        )
    assert [e["verb"] for e in reader.read()] == ["list"]


class Flips:
    def __init__(self, flips: dict[tuple[str, str], float]) -> None:
        self.flips = flips


def req(t: float, verb: str, name: str = "", dry: bool = False) -> dict[str, Any]:
    return {"t": t, "verb": verb, "resource": "virtualmachines", "namespace": "ns", "name": name, "dry": dry}


def test_p3_counts_reads_after_each_apply_and_the_lag_after_each_flip() -> None:
    n = 10
    flips = Flips({("ns", f"vm-{i}"): 100.0 + 2 for i in range(n)})
    applies = [req(100.0, "patch", f"vm-{i}", dry=True) for i in range(n)] + [
        req(100.1, "patch", f"vm-{i}") for i in range(n)
    ]
    # A GET per VM per second while waiting: 3 reads per VM, Ready seen up to 0.9 s late.
    polling = [req(100.1 + s + 0.1 * i, "get", f"vm-{i}") for i in range(n) for s in (1, 2, 3)]
    figures = readiness.readiness_lag(applies + polling, flips, "ns", n)
    assert figures["wait_reads_per_vm"] == 3
    assert figures["lag_p95"] > 0.5
    # One shared LIST every 0.5 s: 6 lists for 10 VMs.
    shared = [req(100.1 + 0.5 * k, "list") for k in range(1, 7)]
    figures = readiness.readiness_lag(applies + shared, flips, "ns", n)
    assert figures["wait_reads_per_vm"] == 0.6
    assert figures["lag_p95"] < 0.5
    # One LIST and one WATCH for all: no read shows when it noticed; the engine's report of each
    # VM created does (an upper bound), 0.2 s after its flip for 9 VMs, 1.5 s for one.
    watched = [req(100.1, "list"), req(100.1, "watch")]
    done = {f"vm-{i}": 102.2 for i in range(n - 1)} | {f"vm-{n - 1}": 103.5}
    figures = readiness.readiness_lag(applies + watched, flips, "ns", n, done)
    assert figures["wait_reads_per_vm"] == 0.2 and figures["lag_source"] == "engine"
    assert figures["lag_p95"] > 0.5  # the one VM noticed late shows in the p95


def rows(preview_requests: int, up: float, per_vm: float = 5000) -> dict[str, dict[str, Any]]:
    base = {
        "wall": 3.0,
        "requests": 0,
        "verbs": Counter(),
        "by_kind": Counter(),
        "controllers": 0,
        "cpu": 0,
        "rss": 0,
    }
    return {
        "up": {
            **base,
            "wall": up,
            "state_per_vm": per_vm,
            "beyond_spec_per_vm": 3000,
            "lag_p95": 0.2,
            "wait_reads_per_vm": 0.6,
        },
        "preview": {**base, "by_kind": Counter({("virtualmachines", "ns"): preview_requests})},
    }


def test_targets_say_measured_and_target_and_fail_when_missed() -> None:
    good = {("plugin", 1, False): rows(1, 10.0), ("plugin", 10, False): rows(1, 12.0)}
    lines = targets.check_targets(good, {"empty": 4.0, "pulumi_kubevirt": 4.4})
    assert all(ok is not False for _, ok, _ in lines), lines
    assert any(name == "P2 plugin" and "1.20×" in text for name, _, text in lines)
    bad = {("plugin", 1, False): rows(1, 10.0), ("plugin", 10, False): rows(3, 20.0)}
    failed = {
        name: text
        for name, ok, text in targets.check_targets(bad, {"empty": 4.0, "pulumi_kubevirt": 9.0})
        if ok is False
    }
    assert set(failed) == {"P1-requests plugin", "P2 plugin", "P6"}
    assert "3 requests per kind and namespace (target ≤ 2)" in failed["P1-requests plugin"]


def test_the_audit_policy_logs_every_request_at_metadata_level(tmp_path: Path) -> None:
    flags = controlplane.audit_flags(tmp_path, tmp_path / "audit.log")
    assert f"--audit-log-path={tmp_path / 'audit.log'}" in flags
    policy = yaml.safe_load((tmp_path / "audit-policy.yaml").read_text())
    assert policy["rules"][-1] == {"level": "Metadata"}


def test_the_comparison_with_pulumi_kubernetes_has_a_line_per_size_and_operation() -> None:
    measured = {(tool, n, False): rows(1, 10.0) for tool in ("plugin", "kubernetes") for n in (1, 10, 50)}
    measured[("kubernetes", 1, False)]["preview"]["wall"] = 4.0
    lines = [text for name, _, text in targets.check_targets(measured, None) if name.startswith("vs ")]
    assert [line.split(":")[0] for line in lines] == [
        f"N={n} {op}" for n in (1, 10, 50) for op in ("up", "preview")
    ]
    assert "N=1 preview: 3.00s vs 4.00s (0.75×)" in lines[1]
