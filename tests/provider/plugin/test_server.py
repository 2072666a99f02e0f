"""The resource plugin as the engine sees it, without a cluster: the real `pulumi-resource-kubevirt`
process, spoken to over gRPC. Stack tests (both transports) prove it with the engine."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import grpc
import pytest
from google.protobuf import empty_pb2
from pulumi.runtime.proto import provider_pb2, provider_pb2_grpc

from pulumi_kubevirt_provider.plugin import wire

URN = "urn:pulumi:dev::proj::kubevirt:index:VirtualMachine::web"
UNREACHABLE_KUBECONFIG = json.dumps(
    {
        "apiVersion": "v1",
        "kind": "Config",
        "clusters": [{"name": "c", "cluster": {"server": "https://127.0.0.1:9"}}],
        "users": [{"name": "u", "user": {"token": "t"}}],
        "contexts": [{"name": "x", "context": {"cluster": "c", "user": "u", "namespace": "team"}}],
        "current-context": "x",
    }
)


@pytest.fixture(scope="module")
def plugin() -> Iterator[Any]:
    exe = Path(sys.executable).parent / "pulumi-resource-kubevirt"
    proc = subprocess.Popen([str(exe)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None
        port = int(proc.stdout.readline())
        channel = grpc.insecure_channel(f"127.0.0.1:{port}")
        stub = provider_pb2_grpc.ResourceProviderStub(channel)
        stub.Configure(
            provider_pb2.ConfigureRequest(
                args=wire.to_struct({"kubeconfig": UNREACHABLE_KUBECONFIG, "domainAccess": "off"}),
                acceptSecrets=True,
            )
        )
        yield stub
        channel.close()
    finally:
        proc.terminate()
        proc.wait(10)


def vm_inputs(bus: str = "virtio", user_data: str | None = None) -> dict[str, Any]:
    props: dict[str, Any] = {
        "metadata": {"name": "web"},
        "spec": {
            "runStrategy": "Halted",
            "template": {
                "spec": {
                    "domain": {
                        "devices": {"disks": [{"name": "root", "disk": {"bus": bus}}]},
                        "resources": {"requests": {"memory": "128Mi"}},
                    },
                    "volumes": [{"name": "root", "containerDisk": {"image": "quay.io/x/y"}}],
                }
            },
        },
    }
    if user_data:
        props["cloud_init"] = {
            wire.SIG: wire.SECRET_SIG,
            "value": {"web-c-cloudinit": {"userdata": user_data}},
        }
    return props


def test_the_schema_names_the_four_kinds_their_required_inputs_and_outputs(plugin: Any) -> None:
    doc = json.loads(plugin.GetSchema(provider_pb2.GetSchemaRequest()).schema)
    assert doc["name"] == "kubevirt" and doc["version"] == plugin.GetPluginInfo(empty_pb2.Empty()).version
    vm = doc["resources"]["kubevirt:index:VirtualMachine"]
    assert vm["requiredInputs"] == ["spec"]
    assert vm["inputProperties"]["spec"] == {"$ref": "#/types/kubevirt:kubevirt/v1:VirtualMachineSpec"}
    assert {"printable_status", "ready", "drift", "pending", "domain", "ip_addresses"} <= set(
        vm["properties"]
    )
    assert vm["inputProperties"]["cloud_init"]["secret"] is True
    spec = doc["types"]["kubevirt:kubevirt/v1:VirtualMachineSpec"]
    assert spec["required"] == ["template"] and spec["properties"]["runStrategy"] == {"type": "string"}
    assert sorted(doc["resources"]) == [
        "kubevirt:index:DataVolume",
        "kubevirt:index:VirtualMachine",
        "kubevirt:index:VirtualMachineClusterInstancetype",
        "kubevirt:index:VirtualMachineClusterPreference",
        "kubevirt:index:VirtualMachineInstancetype",
        "kubevirt:index:VirtualMachineMigration",
        "kubevirt:index:VirtualMachinePreference",
        "kubevirt:index:VirtualMachineService",
    ]
    assert doc["types"]["kubevirt:cdi/v1beta1:DataVolumeSpec"]["properties"]["source"]["$ref"].endswith(
        "DataVolumeSource"
    )
    assert set(doc["config"]["variables"]) == {
        "kubeconfig",
        "context",
        "namespace",
        "domainAccess",
        "libvirtUri",
    }


def test_check_names_the_manifest_path_and_fills_the_contexts_namespace(plugin: Any) -> None:
    bad = plugin.Check(provider_pb2.CheckRequest(urn=URN, news=wire.to_struct(vm_inputs(bus="floppy"))))
    assert [f.property for f in bad.failures] == ["spec"]
    assert bad.failures[0].reason.startswith("spec.template.spec.domain.devices.disks[0].disk.bus:")
    good = plugin.Check(provider_pb2.CheckRequest(urn=URN, news=wire.to_struct(vm_inputs())))
    inputs, _ = wire.from_struct(good.inputs)
    assert not good.failures and inputs["metadata"]["namespace"] == "team"


def test_cloud_init_stays_secret_through_check_and_the_preview_of_a_create(plugin: Any) -> None:
    news = vm_inputs(user_data="#cloud-config\npassword: hunter2")
    checked = plugin.Check(provider_pb2.CheckRequest(urn=URN, news=wire.to_struct(news)))
    raw = json.loads(json.dumps(dict(checked.inputs)["cloud_init"], default=str))
    assert "hunter2" not in str(checked.inputs.fields["metadata"])
    assert (
        checked.inputs.fields["cloud_init"].struct_value.fields[wire.SIG].string_value == wire.SECRET_SIG
    ), raw
    planned = plugin.Create(provider_pb2.CreateRequest(urn=URN, properties=checked.inputs, preview=True))
    outputs, secret = wire.from_struct(planned.properties)
    assert planned.id == "" and "cloud_init" in secret
    assert outputs["ready"] == wire.UNKNOWN and outputs["printable_status"] == wire.UNKNOWN


def test_an_unknown_type_and_an_unreachable_cluster_are_one_line_errors_without_a_traceback(
    plugin: Any,
) -> None:
    with pytest.raises(grpc.RpcError) as err:
        plugin.Check(provider_pb2.CheckRequest(urn=URN.replace("VirtualMachine", "Nope")))
    assert err.value.details() == "pulumi-kubevirt has no resource type 'kubevirt:index:Nope'"
    with pytest.raises(grpc.RpcError) as err:
        plugin.Create(
            provider_pb2.CreateRequest(
                urn=URN,
                properties=wire.to_struct({**vm_inputs(), "metadata": {"name": "web", "namespace": "team"}}),
            )
        )
    assert "cannot reach the Kubernetes API at https://127.0.0.1:9" in err.value.details()
    assert "Traceback" not in err.value.details()


def test_the_plugin_exits_when_its_engine_is_killed() -> None:
    """An engine SIGKILLed mid-update never calls again: the plugin must not linger (found by the
    CLI SIGKILL fault of tests/reliability, where plugins outlived their engines)."""
    import os
    import signal
    import time

    exe = Path(sys.executable).parent / "pulumi-resource-kubevirt"
    # `sh` plays the engine: the plugin's parent, killed without a word.
    engine = subprocess.Popen(
        ["sh", "-c", f"'{exe}' & echo pid=$!; wait"],
        stdout=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    assert engine.stdout is not None
    pid, port = 0, 0
    while not (pid and port):  # the plugin printed its port: it serves, and watches its engine
        line = engine.stdout.readline().strip()
        if line.startswith("pid="):
            pid = int(line[4:])
        elif line.isdigit():
            port = int(line)
        assert line, "the plugin did not start"
    os.kill(engine.pid, signal.SIGKILL)
    engine.wait(5)

    def alive() -> bool:
        try:
            state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        except OSError:
            return False
        return state != "Z"

    deadline = time.monotonic() + 30
    while alive() and time.monotonic() < deadline:
        time.sleep(0.2)
    still = alive()
    if still:
        os.kill(pid, signal.SIGKILL)
    assert not still, "the plugin outlived its engine"


@pytest.mark.parametrize(
    ("timeouts", "fragment"),
    [
        ({"create": -5}, "timeouts.create: -5 is not a positive number of seconds"),
        ({"update": 0}, "timeouts.update: 0 is not a positive number of seconds"),
        ({"delete": "soon"}, "timeouts.delete: 'soon' is not a positive number of seconds"),
        ({"craete": 10}, "timeouts: unknown key(s) ['craete']"),
    ],
)
def test_check_refuses_timeouts_that_are_not_positive_seconds_before_anything_is_written(
    plugin: Any, timeouts: dict[str, Any], fragment: str
) -> None:
    bad = plugin.Check(
        provider_pb2.CheckRequest(urn=URN, news=wire.to_struct({**vm_inputs(), "timeouts": timeouts}))
    )
    assert [f.property for f in bad.failures] == ["timeouts"]
    assert fragment in bad.failures[0].reason
