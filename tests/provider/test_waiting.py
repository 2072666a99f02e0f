"""The wait loop and the readiness checks, with a fake clock and a scripted series of objects.

What a user sees while `up` waits: a progress line when the status changes and at least every
10 s, a timeout that names the last status and what to do, a terminal failure with KubeVirt's or
CDI's reason, and the wait following the run strategy.
"""

from __future__ import annotations

from typing import Any

import pytest

from pulumi_kubevirt_provider import errors, readiness, waiting


class Script:
    """Serves objects in order (the last one repeats) on a clock that moves only when slept."""

    def __init__(self, *objects: dict[str, Any] | None) -> None:
        self.objects, self.now, self.said = list(objects), 0.0, []

    def fetch(self) -> dict[str, Any] | None:
        return self.objects.pop(0) if len(self.objects) > 1 else self.objects[0]

    def sleep(self, seconds: float) -> None:
        self.now += seconds

    def until(self, check: Any, timeout: float = 600) -> dict[str, Any] | None:
        return waiting.until(
            "vm-cirros",
            "readiness",
            self.fetch,
            check,
            timeout,
            clock=lambda: self.now,
            sleep=self.sleep,
            say=lambda resource, message: self.said.append(f"{resource}: {message}"),
        )


def vm(printable: str, ready: bool = False, created: bool = True, **extra: Any) -> dict[str, Any]:
    return {
        "spec": {"runStrategy": "Always"},
        "status": {"printableStatus": printable, "ready": ready, "created": created, **extra},
    }


def always(obj: dict[str, Any] | None) -> readiness.Verdict:
    return readiness.vm(obj, "Always")


def test_progress_is_printed_when_the_status_changes_and_every_ten_seconds() -> None:
    script = Script(*[vm("Starting")] * 25, vm("Running"), vm("Running", ready=True))
    last = script.until(always)
    assert last is not None and last["status"]["ready"] is True
    assert script.said == [
        "vm-cirros: waiting for readiness: Starting, waiting for Ready (0s)",
        "vm-cirros: waiting for readiness: Starting, waiting for Ready (10s)",
        "vm-cirros: waiting for readiness: Starting, waiting for Ready (20s)",
        "vm-cirros: waiting for readiness: Running, waiting for Ready (25s)",
    ]


def test_a_timeout_names_the_last_status_and_what_to_do() -> None:
    script = Script(vm("Starting"))
    with pytest.raises(errors.ReadinessTimeout) as err:
        script.until(always, timeout=30)
    message = str(err.value)
    assert "vm-cirros: readiness not reached after 30s (last status: Starting, waiting for Ready)" in message
    assert "raise the timeout (customTimeouts, or the resource's `timeouts`)" in message
    assert "pulumi up` again" not in message  # what happens next depends on the transport
    assert script.now == 30


def test_a_cancelled_operation_stops_the_wait_at_the_next_poll_and_keeps_the_last_object() -> None:
    script = Script(vm("Starting"))
    polls: list[float] = []

    def cancelled() -> bool:
        polls.append(script.now)
        return len(polls) > 3

    with pytest.raises(errors.Cancelled, match="vm-cirros: cancelled while waiting for readiness") as err:
        waiting.until(
            "vm-cirros",
            "readiness",
            script.fetch,
            always,
            600,
            clock=lambda: script.now,
            sleep=script.sleep,
            say=lambda r, m: None,
            cancelled=cancelled,
        )
    assert err.value.last == vm("Starting") and script.now == 3


def test_a_terminal_failure_stops_the_wait_with_kubevirts_reason() -> None:
    failure = {"type": "Failure", "status": "True", "message": "image quay.io/x/y not found"}
    script = Script(vm("Starting"), vm("ErrImagePull", conditions=[failure]))
    with pytest.raises(errors.ReadinessFailed, match="readiness failed: image quay.io/x/y not found"):
        script.until(always)
    assert script.now == 1


def test_a_crash_loop_is_waited_through_not_failed() -> None:
    script = Script(vm("CrashLoopBackOff"), vm("Running", ready=True))
    assert script.until(always) is not None


@pytest.mark.parametrize(
    ("strategy", "obj", "done"),
    [
        ("Halted", vm("Stopped", created=False), True),
        ("Halted", vm("Stopping", created=True), False),
        ("Manual", vm("Stopped", created=False), True),
        ("Once", vm("Starting", created=True), True),
        ("Once", vm("Provisioning", created=False), False),
        ("Always", vm("Running", ready=False), False),
        ("RerunOnFailure", vm("Running", ready=True), True),
    ],
)
def test_the_wait_follows_the_run_strategy(strategy: str, obj: dict[str, Any], done: bool) -> None:
    assert readiness.vm(obj, strategy).done is done


def test_a_datavolume_waiting_for_its_consumer_is_done_and_a_failed_import_says_why() -> None:
    assert readiness.datavolume({"status": {"phase": "WaitForFirstConsumer"}}).done
    assert readiness.datavolume({"status": {"phase": "ImportInProgress", "progress": "45.67%"}}).status == (
        "ImportInProgress 45.67%"
    )
    failed = {
        "status": {
            "phase": "Failed",
            "conditions": [{"type": "Running", "status": "False", "message": "Unable to connect to http"}],
        }
    }
    assert readiness.datavolume(failed).failed == "Unable to connect to http"


def test_an_unreachable_api_server_is_waited_through_as_a_status_until_it_answers() -> None:
    script = Script(vm("Starting"), None, None, vm("Running", ready=True))
    answers = iter([vm("Starting"), "down", "down", vm("Running", ready=True)])

    def fetch() -> dict[str, Any] | None:
        answer = next(answers)
        if answer == "down":
            raise errors.Unreachable("cannot reach the Kubernetes API at https://127.0.0.1:6443: refused")
        return answer  # type: ignore[return-value]

    last = waiting.until(
        "vm-cirros",
        "readiness",
        fetch,
        always,
        600,
        clock=lambda: script.now,
        sleep=script.sleep,
        say=lambda r, m: script.said.append(m),
    )
    assert last is not None and last["status"]["ready"] is True
    assert any(
        line.startswith("waiting for readiness: API server unreachable (cannot reach") for line in script.said
    )
