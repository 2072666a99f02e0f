"""Live-vs-restart classification on the template changes the sandbox recorded: the preview's
verdict (``liveupdate.classify`` of the declaration before and after) must be the one the cluster
then showed, a RestartRequired condition exactly when a change needs a restart."""

from __future__ import annotations

import pytest
import recorded_states
from recorded_states import State

from pulumi_kubevirt_provider import liveupdate

CHANGES = recorded_states.params("virtualmachine", having="declared_before")

# state -> (live changes, restart changes), as the preview names them
EXPECTED: dict[str, tuple[list[str], list[str]]] = {
    "virtualmachine/live-update-accepted": (["spec.template.spec.domain.cpu.sockets"], []),
    "virtualmachine/restart-required": ([], ["spec.template.spec.domain.cpu.cores"]),
    "virtualmachine/halted": ([], []),  # only runStrategy: not a template change
}


def test_every_recorded_change_has_a_classification() -> None:
    assert sorted(s.id for s in recorded_states.states("virtualmachine", having="declared_before")) == sorted(
        EXPECTED
    )


@pytest.mark.parametrize("state", CHANGES)
def test_the_preview_classifies_each_recorded_template_change(state: State) -> None:
    assert state.declared_before is not None and state.declared is not None
    assert liveupdate.classify(state.declared_before, state.declared) == EXPECTED[state.id]


@pytest.mark.parametrize("state", CHANGES)
def test_a_change_classified_restart_is_the_one_the_cluster_marked_restart_required(state: State) -> None:
    assert state.declared_before is not None and state.declared is not None and state.object is not None
    _, restart = liveupdate.classify(state.declared_before, state.declared)
    conditions = {c["type"]: c["status"] for c in (state.object.get("status") or {}).get("conditions") or []}
    running = (state.vmi or {}).get("status", {}).get("phase") == "Running"
    if running:
        assert (conditions.get("RestartRequired") == "True") == bool(restart), conditions
    else:
        assert "RestartRequired" not in conditions


@pytest.mark.parametrize("state", CHANGES)
def test_classification_is_about_the_change_not_its_direction(state: State) -> None:
    """Undoing a change is the same kind of change: a restart to go back, or live both ways."""
    assert state.declared_before is not None and state.declared is not None
    live, restart = liveupdate.classify(state.declared_before, state.declared)
    assert liveupdate.classify(state.declared, state.declared_before) == (live, restart)
    assert liveupdate.classify(state.declared, state.declared) == ([], [])
