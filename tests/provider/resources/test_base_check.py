"""Check refuses inputs the provider cannot act on, before anything is written, on both transports
(the plugin's Check and the dynamic provider's check call the same core)."""

from __future__ import annotations

import traceback
from typing import Any

import fake_cluster
import pytest

from pulumi_kubevirt_provider import dynamic, errors, operation
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


SECRET_VALUE = "hunter2-secret"


def invalid_by_the_server(kind: Any, obj: dict[str, Any], **kw: Any) -> dict[str, Any]:
    message = f'metadata.labels: Invalid value: "{SECRET_VALUE}": a valid label must be ...'
    raise errors.Invalid(
        422,
        "Invalid",
        f'VirtualMachine.kubevirt.io "web" is invalid: {message}',
        [{"field": "", "message": message}],
    )


@pytest.mark.parametrize(
    ("where", "value", "path"),
    [
        ("label", SECRET_VALUE + " !", "metadata.labels"),  # the SDK's own label check quotes it
        ("cores", SECRET_VALUE, "spec.template.spec.domain.cpu.cores"),  # pydantic's "got str '…'"
        ("cores", SECRET_VALUE * 4, "spec.template.spec.domain.cpu.cores"),  # cut short at 40 characters
    ],
)
@pytest.mark.parametrize("transport", ["plugin", "dynamic"])
def test_a_bad_value_inside_a_secret_input_is_named_by_its_path_never_shown(
    transport: str, where: str, value: str, path: str
) -> None:
    cfg, _ = fake_cluster.install()
    props = vm_props()
    if where == "label":
        props["metadata"]["labels"] = {"team": value}
    else:
        props["spec"]["template"]["spec"]["domain"]["cpu"] = {"cores": value}
    secret_input = path.split(".")[0]
    if transport == "plugin":
        with operation.running(operation.Operation(secret_keys=frozenset({secret_input}))):
            failures = vm.VirtualMachineHandler(cfg).check({}, props, server_dry_run=False).failures
    else:
        provider = dynamic.VirtualMachineProvider()
        provider._cfg = cfg
        failures = provider.check({}, {**props, dynamic.SECRET_INPUTS_KEY: [secret_input]}).failures
    reasons = " ".join(f.reason for f in failures)
    assert path in reasons and "[secret]" in reasons
    assert SECRET_VALUE not in reasons and SECRET_VALUE[:8] not in reasons, reasons
    # A named property makes the engine print that whole input's value next to the reason.
    assert [f.property for f in failures] == [""] * len(failures)


def test_the_api_servers_invalid_value_of_a_secret_input_is_not_passed_on(said: list[str]) -> None:
    cfg, fake = fake_cluster.install()
    fake.apply = invalid_by_the_server  # type: ignore[method-assign,assignment]
    provider = dynamic.VirtualMachineProvider()
    provider._cfg = cfg
    props = vm_props()
    props["metadata"]["labels"] = {"team": SECRET_VALUE}
    checked = provider.check({}, {**props, dynamic.SECRET_INPUTS_KEY: ["metadata"]})
    reasons = " ".join(f.reason for f in checked.failures)
    assert "the API server rejected it" in reasons and SECRET_VALUE not in reasons, reasons
    with operation.running(operation.Operation(secret_keys=frozenset({"metadata"}))):
        with pytest.raises(errors.ProviderError) as refused:
            vm.VirtualMachineHandler(cfg).create(props)
    shown = "".join(traceback.format_exception(refused.value))  # the dynamic transport shows this
    assert "the API server refused it" in shown and SECRET_VALUE not in shown, shown


def test_values_of_inputs_without_a_secret_are_still_shown() -> None:
    cfg, _ = fake_cluster.install()
    props = vm_props()
    props["metadata"]["labels"] = {"team": "not secret !"}
    with operation.running(operation.Operation(secret_keys=frozenset({"spec"}))):
        failures = vm.VirtualMachineHandler(cfg).check({}, props, server_dry_run=False).failures
    assert "not secret !" in " ".join(f.reason for f in failures)


@pytest.fixture()
def said() -> Any:
    lines: list[str] = []
    with operation.running(operation.Operation(say=lambda r, m: lines.append(f"{r}: {m}"))):
        yield lines


def test_short_values_of_a_secret_input_do_not_eat_into_the_path() -> None:
    cfg, _ = fake_cluster.install()
    props = vm_props()
    props["spec"]["template"]["spec"]["domain"]["devices"] = {
        "disks": [{"name": "disk", "disk": {"bus": "floppy"}}]
    }
    with operation.running(operation.Operation(secret_keys=frozenset({"spec"}))):
        failures = vm.VirtualMachineHandler(cfg).check({}, props, server_dry_run=False).failures
    reasons = " ".join(f.reason for f in failures)
    assert "spec.template.spec.domain.devices.disks[0]" in reasons and "floppy" not in reasons, reasons
