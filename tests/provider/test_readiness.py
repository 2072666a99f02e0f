"""Readiness verdicts on the states the sandbox recorded (``recorded_states``): what a wait says
of each moment a user's object goes through. A state recorded later without a verdict here fails
``test_every_recorded_state_has_a_verdict``: write down what the wait must say of it."""

from __future__ import annotations

from typing import Any

import pytest
import recorded_states
from recorded_states import State

from pulumi_kubevirt_provider import readiness

DONE, WAITING, FAILED = "done", "waiting", "failed"

# state -> (verdict, a piece of what the user reads: the progress line, or the failure)
EXPECTED: dict[str, tuple[str, str]] = {
    "virtualmachine/created": (WAITING, "Pending, waiting for Ready"),
    "virtualmachine/starting": (WAITING, "waiting for Ready"),
    "virtualmachine/booting": (WAITING, "waiting for Ready"),
    "virtualmachine/running-ready": (DONE, "Running"),
    "virtualmachine/live-update-accepted": (DONE, "Running"),
    "virtualmachine/restart-required": (DONE, "Running"),  # pending a restart, still Ready
    "virtualmachine/halted": (DONE, "Stopped"),
    "virtualmachine/terminating": (DONE, "Stopped"),  # Halted; the deletion wait is `gone`'s
    "virtualmachine/manual-stopped": (DONE, "Stopped"),
    "virtualmachine/crash-loop-backoff": (WAITING, "CrashLoopBackOff: internal error: Unknown CPU model"),
    "virtualmachine/crash-loop-failed-twice": (FAILED, "failed to start 2 times in a row"),
    "virtualmachine/error-unschedulable": (FAILED, "ErrorUnschedulable"),
    "virtualmachine/err-image-pull": (FAILED, "ErrImagePull"),
    "datavolume/created": (WAITING, "Pending"),
    "datavolume/importing": (WAITING, "ImportInProgress"),
    "datavolume/succeeded": (DONE, "Succeeded"),
    "datavolume/failed": (FAILED, "404"),
    "service/clusterip": (DONE, "allocated"),
    "service/nodeport": (DONE, "allocated"),
    "migration/created": (WAITING, "Pending"),
    "migration/succeeded": (DONE, "Succeeded"),
    "migration/failed": (FAILED, "no-such-vmi"),
}

JUDGED = ("virtualmachine", "datavolume", "service", "migration")


def verdict(state: State) -> readiness.Verdict:
    """What the provider's wait decides for the kind, with the declared run strategy (as vm.py)."""
    if state.kind == "virtualmachine":
        declared: dict[str, Any] = state.declared or {}
        return readiness.vm(state.object, (declared.get("spec") or {}).get("runStrategy"))
    check = {
        "datavolume": readiness.datavolume,
        "service": readiness.service,
        "migration": readiness.migration,
    }
    return check[state.kind](state.object)


def test_every_recorded_state_has_a_verdict() -> None:
    recorded = {s.id for s in recorded_states.states() if s.kind in JUDGED}
    assert recorded, "no recorded states: run scripts/record_states.py"
    assert sorted(recorded - EXPECTED.keys()) == [], "recorded states without an expected verdict"
    assert sorted(EXPECTED.keys() - recorded) == [], "expected verdicts of states not recorded"


@pytest.mark.parametrize("state", [p for kind in JUDGED for p in recorded_states.params(kind)])
def test_the_wait_judges_each_recorded_state(state: State) -> None:
    want, words = EXPECTED[state.id]
    got = verdict(state)
    seen = DONE if got.done else FAILED if got.failed else WAITING
    assert seen == want, f"{state.id} ({state.moment}): {got}"
    assert words in (got.failed if got.failed else got.status), got
    assert not (got.done and got.failed)


@pytest.mark.parametrize("state", recorded_states.params("virtualmachine"))
def test_a_deleted_object_is_gone_only_once_the_server_no_longer_has_it(state: State) -> None:
    finalizers = ((state.object or {}).get("metadata") or {}).get("finalizers") or []
    got = readiness.gone(state.object)
    assert not got.done
    assert all(f in got.status for f in finalizers), got
    assert readiness.gone(None).done


def test_a_terminating_vm_waits_for_kubevirts_finalizer() -> None:
    terminating = next(s for s in recorded_states.states("virtualmachine") if s.name == "terminating")
    assert (terminating.object or {})["metadata"].get("deletionTimestamp")
    assert readiness.gone(terminating.object).status == (
        "terminating (finalizers: kubevirt.io/virtualMachineControllerFinalize)"
    )


STALE = {
    "virtualmachine/starting": "its VMI never started (",
    "virtualmachine/error-unschedulable": "its VMI never started (ErrorUnschedulable)",
    "virtualmachine/err-image-pull": "its VMI never started (ErrImagePull)",
}


@pytest.mark.parametrize("state", recorded_states.params("virtualmachine", having="vmi"))
def test_a_vmi_that_never_started_is_restarted_into_a_new_template_and_a_running_one_is_left(
    state: State,
) -> None:
    """``stale_start``: when the VMI is of an older template, one that never ran (no node, no
    image) must be restarted, or the wait would judge the old template; a running one is left."""
    assert state.object is not None and state.vmi is not None
    why = readiness.stale_start(state.object, state.vmi, runs_declared=False)
    if state.id in STALE:
        assert why is not None and why.startswith(STALE[state.id]), why
    else:
        assert why is None, f"{state.id}: {why}"
    assert readiness.stale_start(state.object, state.vmi, runs_declared=True) is None
