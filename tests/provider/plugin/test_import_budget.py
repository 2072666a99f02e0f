"""The plugin's import budget: what `pulumi-resource-kubevirt` has loaded when it answers the engine.

The engine starts the plugin for every operation and waits for it: each module loaded before the
first answers is start-up time of every `pulumi preview` (docs/performance.md: the no-op preview
against pulumi-kubernetes). The real server runs in a process of its own; its modules are listed
as it answers its first call, again as it answers the Check of a no-op preview (the
declaration unchanged), and as it answers the Diff that follows, against a scripted API server
on 127.0.0.1 (local_api.py) that holds the object; with the thread that preloads the transport
held back, so that the lists are what those answers needed and nothing loaded beside them. The
Kubernetes client (~600 modules, ~150 ms) is loaded by none of them: kube.Transport sends the
requests through urllib3, credentials.py resolves a plain kubeconfig itself.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import grpc
import local_api
import pytest
from google.protobuf import empty_pb2
from pulumi.runtime.proto import provider_pb2, provider_pb2_grpc

from pulumi_kubevirt_provider.plugin import wire

# Packages outside the standard library that may be loaded before the first answers: the gRPC
# server and protobuf, the provider itself, PyYAML (settings); "pulumi" only as the protocol's
# generated modules (pulumi.runtime.proto.*), never the SDK's package; of the typed models only
# their package (its names load on first use) and the generated table of quantity paths (strings).
ALLOWED = {"grpc", "google", "pulumi", "pulumi_kubevirt_provider", "yaml", "typing_extensions"}
PULUMI_ALLOWED = "pulumi.runtime.proto."
MODELS_ALLOWED = {
    "pulumi_kubevirt_models",
    "pulumi_kubevirt_models.generated",
    "pulumi_kubevirt_models.generated.quantities",
}
# Modules in all (standard library included) at the first answer; 348 when this was written
# (the Pulumi SDK's package alone would add ~330, the Kubernetes client ~600).
MODULE_BUDGET = 360

SNAPSHOT = r"""
import json, sys
from pulumi_kubevirt_provider.plugin import launch, server

out = sys.argv[1]
server._warm_imports = lambda: None  # what the answers need, not what is preloaded beside them

def record(name):
    method = getattr(server.Server, name)

    def answer(self, request, context):
        try:
            return method(self, request, context)
        finally:
            with open(f"{out}.{name}", "w") as f:
                json.dump(sorted(sys.modules), f)

    setattr(server.Server, name, answer)

for name in ("GetPluginInfo", "Check", "Diff"):
    record(name)
sys.argv[1:] = []
launch.main()
"""
URN = "urn:pulumi:dev::proj::kubevirt:index:VirtualMachine::web"
VM = {
    "metadata": {"name": "web", "namespace": "team"},
    "spec": {
        "runStrategy": "Always",
        "template": {
            "spec": {
                "domain": {
                    "devices": {"disks": [{"name": "root", "disk": {"bus": "virtio"}}]},
                    "resources": {"requests": {"memory": "128Mi"}},
                },
                "volumes": [{"name": "root", "containerDisk": {"image": "quay.io/x/y"}}],
            }
        },
    },
}


def the_cluster(seen: local_api.Seen) -> local_api.Answer:
    """The API server of a no-op preview: the VM as applied, in every list and read of it."""
    live = {
        "apiVersion": "kubevirt.io/v1",
        "kind": "VirtualMachine",
        **VM,
        "metadata": {**VM["metadata"], "uid": "u1", "resourceVersion": "7", "generation": 1},
        "status": {"ready": True, "printableStatus": "Running"},
    }
    if "virtualmachines" not in seen.path:
        return local_api.Answer(200, {"kind": "List", "metadata": {"resourceVersion": "7"}, "items": []})
    if seen.path.split("?")[0].endswith("/web"):
        return local_api.Answer(200, live)
    if "watch=true" in seen.path:
        return local_api.Answer(200, None, delay=5)
    return local_api.Answer(
        200, {"kind": "VirtualMachineList", "metadata": {"resourceVersion": "7"}, "items": [live]}
    )


@pytest.fixture(scope="module")
def loaded(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, list[str]]]:
    """The modules loaded at the answer to GetPluginInfo, to a no-op Check and to its Diff, by call."""
    out = tmp_path_factory.mktemp("imports") / "modules"
    api = local_api.LocalApi([the_cluster])
    kubeconfig = local_api.kubeconfig(api.url, user={"token": "t"})
    proc = subprocess.Popen(
        [sys.executable, "-c", SNAPSHOT, str(out)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        assert proc.stdout is not None
        port = int(proc.stdout.readline())
        with grpc.insecure_channel(f"127.0.0.1:{port}") as channel:
            stub = provider_pb2_grpc.ResourceProviderStub(channel)
            stub.GetPluginInfo(empty_pb2.Empty())
            config = wire.to_struct({"kubeconfig": kubeconfig, "domainAccess": "off"})
            stub.CheckConfig(
                provider_pb2.CheckRequest(
                    urn="urn:pulumi:dev::proj::pulumi:providers:kubevirt::default", news=config
                )
            )
            stub.Configure(provider_pb2.ConfigureRequest(args=config, acceptSecrets=True))
            inputs = wire.to_struct(VM)
            checked = stub.Check(provider_pb2.CheckRequest(urn=URN, olds=inputs, news=inputs)).inputs
            stub.Diff(provider_pb2.DiffRequest(id="team/web", urn=URN, olds=checked, news=checked))
        assert any("virtualmachines" in seen.path for seen in api.seen), (
            "the Diff asked nothing of the cluster"
        )
        calls = ("GetPluginInfo", "Check", "Diff")
        yield {name: json.loads(Path(f"{out}.{name}").read_text()) for name in calls}
    finally:
        proc.terminate()
        proc.wait(10)
        api.close()


def outside_the_budget(modules: list[str]) -> list[str]:
    """The packages loaded that the budget does not allow (top-level names)."""
    outside = set()
    for name in modules:
        top = name.split(".")[0]
        if top in sys.stdlib_module_names or top.startswith("_") or top == "cython_runtime":
            continue
        if name in MODELS_ALLOWED:
            continue
        if top not in ALLOWED or (top == "pulumi" and not name.startswith(PULUMI_ALLOWED)):
            outside.add(top)
    return sorted(outside)


def test_the_first_answer_loads_grpc_the_protocol_and_the_provider_only(loaded: dict[str, list[str]]) -> None:
    modules = loaded["GetPluginInfo"]
    assert outside_the_budget(modules) == []
    assert "pulumi" not in modules, "the Pulumi SDK's package was loaded: use plugin.rpc for the protocol"
    assert len(modules) <= MODULE_BUDGET, f"{len(modules)} modules loaded before the first answer"


def test_a_no_op_check_loads_neither_the_typed_models_nor_the_kubernetes_client(
    loaded: dict[str, list[str]],
) -> None:
    # A no-op preview validates nothing again: the pydantic models load only for a changed
    # declaration, and the Kubernetes client is preloaded beside the answers for the first Diff.
    assert outside_the_budget(loaded["Check"]) == []


def test_the_first_diff_of_a_no_op_preview_does_not_load_the_kubernetes_client(
    loaded: dict[str, list[str]],
) -> None:
    # Its requests go through urllib3 (kube.Transport), its credentials through credentials.py.
    assert outside_the_budget(loaded["Diff"]) == ["urllib3"]
    assert [name for name in loaded["Diff"] if name.split(".")[0] == "kubernetes"] == []


def test_the_budget_sees_a_package_outside_it() -> None:
    assert outside_the_budget(["kubernetes", "kubernetes.client", "json", "grpc._channel"]) == ["kubernetes"]
    assert outside_the_budget(["pulumi.runtime.proto.provider_pb2", "pulumi.runtime.settings"]) == ["pulumi"]
    assert outside_the_budget(["pydantic", "pulumi_kubevirt.models", "yaml"]) == [
        "pulumi_kubevirt",
        "pydantic",
    ]
    assert outside_the_budget(["pulumi_kubevirt_models", "pulumi_kubevirt_models.generated.quantities"]) == []
    assert outside_the_budget(["pulumi_kubevirt_models.generated.kubevirt_v1"]) == ["pulumi_kubevirt_models"]


def test_the_sdk_loaded_after_the_plugin_finds_the_same_protocol_modules() -> None:
    """plugin/rpc.py loads the protocol without the SDK's package; a later `import pulumi` in the
    same process (the tests, the dynamic transport) must find those modules, not a second copy."""
    code = (
        "import sys\n"
        "from pulumi_kubevirt_provider.plugin import rpc\n"
        "assert 'pulumi' not in sys.modules and 'pulumi.runtime' not in sys.modules\n"
        "import pulumi.dynamic\n"
        "from pulumi.runtime.proto import provider_pb2\n"
        "import pulumi.runtime.proto as proto\n"
        "print(provider_pb2 is rpc.provider_pb2, proto.PropertyDiff is rpc.provider_pb2.PropertyDiff)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["True", "True"]
