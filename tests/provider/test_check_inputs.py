"""Check refuses inputs the provider cannot act on, before anything is written, on both transports
(the plugin's Check and the dynamic provider's check call the same core)."""

from __future__ import annotations

from typing import Any

import fake_cluster
import pytest

from pulumi_kubevirt_provider import dynamic
from pulumi_kubevirt_provider.resources import vm


def vm_props(**extra: Any) -> dict[str, Any]:
    return {
        "metadata": {"name": "web", "namespace": "ns"},
        "spec": {
            "runStrategy": "Halted",
            "template": {"spec": {"domain": {"devices": {}, "resources": {"requests": {"memory": "128Mi"}}}}},
        },
        **extra,
    }


@pytest.mark.parametrize(
    ("timeouts", "fragment"),
    [
        ({"create": -5}, "timeouts.create: -5 is not a positive number of seconds"),
        ({"create": float("inf")}, "timeouts.create: inf is not a positive number of seconds"),
        ({"update": "10 minutes"}, "timeouts.update: '10 minutes' is not a positive number of seconds"),
        ({"delete": True}, "timeouts.delete: True is not a positive number of seconds"),
        ({"craete": 10}, "timeouts: unknown key(s) ['craete']"),
        ([10], "timeouts: [10] is not a map of create, update, delete to seconds"),
    ],
)
@pytest.mark.parametrize("transport", ["core", "dynamic"])
def test_timeouts_that_are_not_positive_seconds_fail_the_check_naming_the_key(
    transport: str, timeouts: Any, fragment: str
) -> None:
    cfg, fake = fake_cluster.install()
    if transport == "core":
        failures = vm.VirtualMachineHandler(cfg).check({}, vm_props(timeouts=timeouts)).failures
        found = [(f.property, f.reason) for f in failures]
    else:
        provider = dynamic.VirtualMachineProvider()
        provider._cfg = cfg
        found = [(f.property, f.reason) for f in provider.check({}, vm_props(timeouts=timeouts)).failures]
    assert [p for p, _ in found] == ["timeouts"] and fragment in found[0][1]
    assert fake.writes == []


def test_good_timeouts_pass() -> None:
    cfg, _ = fake_cluster.install()
    props = vm_props(timeouts={"create": 90, "update": 600.0})
    assert vm.VirtualMachineHandler(cfg).check({}, props, server_dry_run=False).failures == []
