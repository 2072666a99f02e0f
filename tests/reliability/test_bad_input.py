"""Bad input, property-based (hypothesis): manifests drawn from the generated models
(manifests.py).

(a) Whatever the client side accepts (`check` finds no problem), the real kube-apiserver with the
    real CRD schemas accepts too (a server-side dry-run create: nothing is written, no VM starts).
(b) `validate` never raises anything but the SDK's `ValidationError`.
(c) `pulumi preview` of a rejected manifest fails naming the field path and writes nothing (a few
    fixed examples through the CLI: it is slow).

Fixed example counts and `derandomize=True`: CI runs the same examples every time.
"""

from __future__ import annotations

import json
import os
import sys
import uuid
from pathlib import Path
from typing import Any

import pulumi
import pytest
from hypothesis import HealthCheck, given, settings
from manifests import manifests
from pulumi import automation as auto

import pulumi_kubevirt as kv
from kubevirt_sandbox import controlplane, tools
from pulumi_kubevirt_models import ValidationError, check, validate
from pulumi_kubevirt_provider import errors, kube
from pulumi_kubevirt_provider import settings as provider_settings

KINDS = {"VirtualMachine": kube.VM, "DataVolume": kube.DATAVOLUME}
PROPERTY = settings(
    max_examples=int(os.environ.get("BAD_INPUT_EXAMPLES", "60")),
    derandomize=True,
    deadline=None,
    database=None,
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.function_scoped_fixture,
        HealthCheck.data_too_large,
    ],
)


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_validate_raises_nothing_but_validation_error(kind: str) -> None:
    seen = {"accepted": 0, "rejected": 0}

    @PROPERTY
    @given(manifests(kind))
    def prop(manifest: dict[str, Any]) -> None:
        try:
            validate(manifest)
            seen["accepted"] += 1
        except ValidationError as exc:
            assert exc.problems and all(p.location for p in exc.problems)
            seen["rejected"] += 1

    prop()
    print(f"{kind}: {seen}")


@pytest.fixture(scope="module")
def server(control_plane: controlplane.ControlPlane) -> Any:
    cluster = kube.Cluster(provider_settings.ClusterSettings(kubeconfig=control_plane.kubeconfig))
    yield cluster
    cluster.close()


@pytest.mark.controlplane
@pytest.mark.parametrize("kind", sorted(KINDS))
def test_what_the_client_side_accepts_the_api_server_accepts(kind: str, server: kube.Cluster) -> None:
    seen = {"accepted": 0, "rejected": 0}

    @PROPERTY
    @given(manifests(kind))
    def prop(manifest: dict[str, Any]) -> None:
        if check(manifest):
            seen["rejected"] += 1
            return
        seen["accepted"] += 1
        try:
            server.request("POST", KINDS[kind].path("default"), query={"dryRun": "All"}, body=manifest)
        except errors.ApiError as exc:
            raise AssertionError(
                f"the client side accepts, the API server rejects ({exc}):\n{json.dumps(manifest, indent=1)}"
            ) from None

    prop()
    print(f"{kind}: {seen}")
    assert seen["accepted"] >= 5, "too few accepted examples to say anything"


REJECTED = {
    # resource name -> (how the spec is broken, the path the error must name); a plain dict, and
    # one inside an Output (known only once the engine resolves it): both fail in the provider's
    # `check`, before anything is written.
    "bad-bus": (
        lambda spec: spec["template"]["spec"]["domain"]["devices"]["disks"][0]["disk"].update(bus="floppy"),
        "spec.template.spec.domain.devices.disks[0].disk.bus",
    ),
    "bad-memory-in-an-output": (
        lambda spec: spec["template"]["spec"]["domain"]["resources"]["requests"].update(memory="lots"),
        "spec.template.spec.domain.resources.requests.memory",
    ),
}


@pytest.mark.pulumi
@pytest.mark.controlplane
@pytest.mark.parametrize("name", sorted(REJECTED))
def test_a_preview_of_a_rejected_manifest_names_the_path_and_writes_nothing(
    name: str,
    server: kube.Cluster,
    control_plane: controlplane.ControlPlane,
    pulumi_env: dict[str, str],
    tmp_path: Path,
) -> None:
    from manifests import base_vm

    spec = base_vm()["spec"]
    mutate, path = REJECTED[name]
    mutate(spec)
    namespace = f"b-{uuid.uuid4().hex[:8]}"
    server.request("POST", "/api/v1/namespaces", body={"metadata": {"name": namespace}})
    env = dict(pulumi_env, PATH=f"{sys.prefix}/bin:{pulumi_env['PATH']}")
    config = {
        "kubevirt:kubeconfig": control_plane.kubeconfig,
        "kubevirt:namespace": namespace,
        "kubevirt:transport": "plugin",
    }

    def program() -> None:
        declared = pulumi.Output.from_input(spec).apply(lambda s: s) if "output" in name else spec
        kv.VirtualMachine(name, spec=declared)

    stack = tools.inline_stack(f"s{uuid.uuid4().hex[:8]}", "bad-input", program, tmp_path, env, config)
    try:
        with pytest.raises(auto.CommandError) as failed:
            stack.preview(on_output=print)
        message = str(failed.value)
        assert path in message, message
        assert "Traceback" not in message
        assert server.list(kube.VM, namespace) == [] and server.list(kube.SECRET, namespace) == []
    finally:
        stack.workspace.remove_stack(stack.name, force=True)
        server.request("DELETE", f"/api/v1/namespaces/{namespace}")
