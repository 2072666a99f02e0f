"""A VMI that cannot start is retried with a growing delay, and its reason stays visible (CrashLoopBackOff).

The pure parts (the delay, the start-failure record, the printable status, the copied condition)
are tested without services; the last test runs a VM whose CPU model libvirt does not know through
the sandbox's controllers.
"""

from __future__ import annotations

import datetime
import time
from typing import Any

import pytest
import sandbox_helpers as helpers
from sandbox_helpers import wait_for

from kubevirt_sandbox.controllers import vm as vms

NOW = datetime.datetime(2026, 12, 1, 15, 0, 0, tzinfo=datetime.UTC)


def vmi(uid: str, *phases: str, sync: dict[str, Any] | None = None) -> dict[str, Any]:
    status: dict[str, Any] = {
        "phase": phases[-1],
        "phaseTransitionTimestamps": [{"phase": p, "phaseTransitionTimestamp": "x"} for p in phases],
    }
    if sync is not None:
        status["conditions"] = [sync]
    return {"metadata": {"uid": uid, "name": "v", "namespace": "default"}, "status": status}


def vm(strategy: str = "Always", **status: Any) -> dict[str, Any]:
    return {
        "metadata": {"name": "v", "namespace": "default"},
        "spec": {"runStrategy": strategy},
        "status": status,
    }


FAILED_CREATE = {
    "type": "Synchronized",
    "status": "False",
    "reason": "FailedCreate",
    "message": "internal error: Unknown CPU model NoSuchModel",
}


def test_the_delay_grows_with_the_square_of_the_failures_plus_up_to_half_at_random_capped_at_300s() -> None:
    assert [vms.start_backoff_seconds(n, jitter=0) for n in (1, 2, 3, 5, 6, 9)] == [10, 40, 90, 250, 300, 300]
    assert vms.start_backoff_seconds(1, jitter=0.99) == 15
    assert vms.start_backoff_seconds(2, jitter=0.99) == 60
    assert vms.start_backoff_seconds(5, jitter=0.99) == 300


def test_a_vmi_that_failed_before_running_is_counted_once_with_its_retry_time() -> None:
    failed = vmi("a", "Pending", "Scheduling", "Scheduled", "Failed")
    first = vms.next_start_failure(None, failed, "Always", NOW, jitter=0)
    assert first == {
        "consecutiveFailCount": 1,
        "lastFailedVMIUID": "a",
        "retryAfterTimestamp": "2026-12-01T15:00:10Z",
    }
    assert vms.next_start_failure(first, failed, "Always", NOW, jitter=0) is first
    second = vms.next_start_failure(first, vmi("b", "Scheduled", "Failed"), "Always", NOW, jitter=0)
    assert second == {
        "consecutiveFailCount": 2,
        "lastFailedVMIUID": "b",
        "retryAfterTimestamp": "2026-12-01T15:00:40Z",
    }


def test_the_record_stays_while_no_vmi_or_a_starting_one_exists_and_goes_once_a_vmi_has_run() -> None:
    record = {
        "consecutiveFailCount": 2,
        "lastFailedVMIUID": "b",
        "retryAfterTimestamp": "2026-12-01T15:00:40Z",
    }
    assert vms.next_start_failure(record, None, "Always", NOW, jitter=0) is record
    assert vms.next_start_failure(record, vmi("c", "Pending", "Scheduled"), "Always", NOW, jitter=0) is record
    assert vms.next_start_failure(record, vmi("c", "Scheduled", "Running"), "Always", NOW, jitter=0) is None
    assert vms.next_start_failure(record, vmi("c", "Running", "Failed"), "Always", NOW, jitter=0) is None


def test_only_strategies_that_restart_by_themselves_back_off() -> None:
    failed = vmi("a", "Scheduled", "Failed")
    for strategy in ("Always", "RerunOnFailure", "Once"):
        assert vms.next_start_failure(None, failed, strategy, NOW, jitter=0) is not None
    for strategy in ("Manual", "Halted"):
        assert vms.next_start_failure(None, failed, strategy, NOW, jitter=0) is None


def test_the_time_left_counts_down_to_the_retry_time() -> None:
    record = {"retryAfterTimestamp": "2026-12-01T15:00:40Z"}
    assert vms.backoff_left(record, NOW) == 40
    assert vms.backoff_left(record, NOW + datetime.timedelta(seconds=41)) == 0
    assert vms.backoff_left(None, NOW) == 0


def test_the_vm_shows_crash_loop_back_off_while_no_live_vmi_exists() -> None:
    record = {
        "consecutiveFailCount": 1,
        "lastFailedVMIUID": "a",
        "retryAfterTimestamp": "2026-12-01T15:00:10Z",
    }
    assert vms._printable(vm(), None, record) == "CrashLoopBackOff"
    assert vms._printable(vm(), vmi("a", "Scheduled", "Failed"), record) == "CrashLoopBackOff"
    assert vms._printable(vm(), vmi("b", "Pending", "Scheduling"), record) == "Starting"
    assert vms._printable(vm(), None, None) == "Stopped"
    assert vms._printable(vm("Manual"), None, record) == "Stopped"


def test_the_vm_copies_the_vmis_synchronized_failure_and_keeps_it_while_the_crash_loop_has_no_vmi() -> None:
    record = {"consecutiveFailCount": 1}
    failed = vmi("a", "Scheduled", "Failed", sync=FAILED_CREATE)
    assert vms.synchronized_failure({}, failed, record) == FAILED_CREATE
    had = {"conditions": [FAILED_CREATE]}
    assert vms.synchronized_failure(had, None, record) == FAILED_CREATE
    assert vms.synchronized_failure(had, vmi("b", "Pending", "Scheduling"), record) is None
    assert vms.synchronized_failure(had, None, None) is None


def _condition(status: dict[str, Any], kind: str) -> dict[str, Any]:
    return next((c for c in status.get("conditions") or [] if c["type"] == kind), {})


def _stamp(text: str) -> float:
    return datetime.datetime.strptime(text, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=datetime.UTC).timestamp()


@pytest.mark.controlplane
@pytest.mark.libvirt
def test_a_vm_whose_domain_cannot_start_backs_off_with_libvirts_reason_and_a_growing_delay(
    kube: Any, sandbox: Any
) -> None:
    manifest = helpers.cirros("nocpu", "Always")
    manifest["spec"]["template"]["spec"]["domain"]["cpu"] = {"model": "NoSuchModel"}
    kube.create("VirtualMachine", manifest)
    try:

        def crash_loop(count: int) -> dict[str, Any] | None:
            st = helpers.vm_status(kube, "nocpu")
            failure = st.get("startFailure") or {}
            if (
                st.get("printableStatus") == "CrashLoopBackOff"
                and failure.get("consecutiveFailCount") == count
            ):
                return st
            return None

        first = wait_for("CrashLoopBackOff after the first failed start", lambda: crash_loop(1), timeout=60)
        seen = time.time()
        sync = _condition(first, "Synchronized")
        assert sync.get("status") == "False" and sync.get("reason") == "FailedCreate"
        assert "Unknown CPU model NoSuchModel" in sync.get("message", "")
        assert "\n" not in sync["message"]
        retry1 = _stamp(first["startFailure"]["retryAfterTimestamp"])
        assert 8 <= retry1 - seen <= 16  # 10 s x 1², plus up to half at random
        # No new VMI before the retry time: the failed one goes, the VM waits.
        while time.time() < retry1 - 1:
            current = helpers.vmi_of(kube, "nocpu")
            assert current is None or current["metadata"]["uid"] == first["startFailure"]["lastFailedVMIUID"]
            time.sleep(0.5)
        second = wait_for("the second failed start", lambda: crash_loop(2), timeout=60)
        retry2 = _stamp(second["startFailure"]["retryAfterTimestamp"])
        assert retry2 - retry1 >= 39  # 10 s x 2², plus up to half, after a retry at or after retry1
        assert second["startFailure"]["lastFailedVMIUID"] != first["startFailure"]["lastFailedVMIUID"]
        assert "Unknown CPU model NoSuchModel" in _condition(second, "Synchronized").get("message", "")
    finally:
        helpers.delete_vm(kube, "nocpu")
