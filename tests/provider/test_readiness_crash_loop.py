"""A VM in a crash loop: the wait shows libvirt's reason and fails after the second failed start.

The objects are what the sandbox's VM controller writes (and KubeVirt's virt-controller: the VMI's
Synchronized=False condition copied to the VM, ``status.startFailure``), served on a fake clock.
"""

from __future__ import annotations

from typing import Any

import pytest
from test_waiting import Script

from pulumi_kubevirt_provider import errors, readiness

REASON = "internal error: Unknown CPU model NoSuchModel"


def vm(printable: str, crashes: int = 0, reason: str | None = REASON, **extra: Any) -> dict[str, Any]:
    status: dict[str, Any] = {"printableStatus": printable, **extra}
    if crashes:
        status["startFailure"] = {
            "consecutiveFailCount": crashes,
            "lastFailedVMIUID": f"uid-{crashes}",
            "retryAfterTimestamp": "2026-12-01T15:00:10Z",
        }
    if reason is not None:
        status["conditions"] = [
            {"type": "Ready", "status": "False", "reason": "VMINotExists", "message": "VMI does not exist"},
            {"type": "Synchronized", "status": "False", "reason": "FailedCreate", "message": reason},
        ]
    return {"spec": {"runStrategy": "Always"}, "status": status}


def always(obj: dict[str, Any] | None) -> readiness.Verdict:
    return readiness.vm(obj, "Always")


def test_the_first_failed_start_is_waited_through_with_libvirts_reason_in_the_progress_line() -> None:
    verdict = always(vm("CrashLoopBackOff", crashes=1))
    assert not verdict.done and verdict.failed is None
    assert verdict.status == f"CrashLoopBackOff: {REASON} (next start after 2026-12-01T15:00:10Z)"


def test_the_second_failed_start_fails_the_wait_with_libvirts_reason() -> None:
    verdict = always(vm("CrashLoopBackOff", crashes=2))
    assert verdict.failed == f"the VM failed to start 2 times in a row (CrashLoopBackOff): {REASON}"


def test_a_second_failure_counts_even_while_the_next_vmi_is_starting() -> None:
    verdict = always(vm("Starting", crashes=2, created=True))
    assert verdict.failed is not None and REASON in verdict.failed


def test_a_vm_that_is_ready_is_done_whatever_an_old_record_says() -> None:
    assert always(vm("Running", crashes=3, reason=None, ready=True)).done


def test_a_starting_vm_with_a_synchronized_failure_shows_its_message() -> None:
    verdict = always(vm("Starting", reason="guest memory 64M is less than the 128Mi the guest needs"))
    assert (
        verdict.status
        == "Starting, waiting for Ready: guest memory 64M is less than the 128Mi the guest needs"
    )
    assert verdict.failed is None


def test_manual_and_halted_vms_never_fail_on_a_crash_record() -> None:
    for strategy in ("Manual", "Halted"):
        assert readiness.vm(vm("CrashLoopBackOff", crashes=5), strategy).failed is None


def test_up_fails_on_the_second_crash_with_the_reason_not_after_the_timeout() -> None:
    script = Script(
        vm("Starting", reason=None, created=True),
        vm("CrashLoopBackOff", crashes=1),
        *[vm("CrashLoopBackOff", crashes=1)] * 12,
        vm("Starting", crashes=1, created=True),
        vm("CrashLoopBackOff", crashes=2),
    )
    with pytest.raises(errors.ReadinessFailed, match="failed to start 2 times in a row") as err:
        script.until(always, timeout=600)
    assert REASON in str(err.value)
    assert script.now == 15
    assert script.said[:2] == [
        "vm-cirros: waiting for readiness: Starting, waiting for Ready (0s)",
        f"vm-cirros: waiting for readiness: CrashLoopBackOff: {REASON}"
        " (next start after 2026-12-01T15:00:10Z) (1s)",
    ]
