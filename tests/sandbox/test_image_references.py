"""An image reference names an image in the sandbox's store and nothing else: a reference with
``..`` or an absolute path must not resolve to another namespace's PVC (which would become the
backing file of the attacker's overlay, or the content of its DataVolume). Such a reference is
refused as a container runtime refuses it: ``invalid reference format``."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from kubevirt_sandbox.controllers import cdi, images, runtime, storage, vmi


@pytest.fixture()
def victim(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Another namespace's claim (as the sandbox lays claims out), and an image store beside it."""
    monkeypatch.setenv("PULUMI_KUBEVIRT_CACHE", str(tmp_path / "cache"))
    disk = tmp_path / "sandbox" / "storage" / "other-ns" / "claim" / "disk.img"
    disk.parent.mkdir(parents=True)
    disk.write_bytes(b"other tenant's data")
    good = images.store_dir() / "quay.io" / "kubevirt" / "cirros-container-disk-demo" / "latest"
    good.mkdir(parents=True)
    (good / "disk.qcow2").write_bytes(b"QFI\xfb")
    return disk


def _escapes(victim: Path) -> list[str]:
    sandbox = victim.parents[3]
    return [
        "../../sandbox/storage/other-ns:claim",  # cache/images/../../sandbox/... = the claim
        "docker://../../sandbox/storage/other-ns:claim",  # CDI's registry form
        "quay.io/../../../sandbox/storage/other-ns:claim",
        f"quay.io/{sandbox}/storage/other-ns:claim".replace("quay.io/", "quay.io//", 1),  # absolute
        "quay.io/kubevirt/cirros-container-disk-demo:..",
        "quay.io/kubevirt/cirros-container-disk-demo@sha256:../../x",
    ]


def test_references_that_leave_the_image_store_are_refused(victim: Path) -> None:
    for ref in _escapes(victim):
        with pytest.raises(images.ImageNotFound, match="invalid reference format") as err:
            found, _ = images.resolve(ref)
            pytest.fail(f"{ref!r} resolved to {found}")
        assert str(victim) not in str(err.value)


def test_a_vmi_with_such_a_container_disk_stays_pending_with_err_image_pull(victim: Path) -> None:
    spec = {
        "domain": {"resources": {"requests": {"memory": "128Mi"}}, "devices": {}},
        "volumes": [{"name": "root", "containerDisk": {"image": _escapes(victim)[0]}}],
    }
    with pytest.raises(runtime.NotYet, match="invalid reference format") as err:
        vmi._check_startable({"metadata": {"namespace": "attacker", "name": "x"}, "spec": spec})
    assert err.value.reason == "ErrImagePull"


@pytest.mark.parametrize(
    "ref",
    [
        "quay.io/kubevirt/cirros-container-disk-demo",
        "quay.io/kubevirt/cirros-container-disk-demo:latest",
        "docker://quay.io/kubevirt/cirros-container-disk-demo",
    ],
)
def test_ordinary_references_still_resolve(victim: Path, ref: str) -> None:
    path, fmt = images.resolve(ref)
    assert path.is_relative_to(images.store_dir()) and fmt == "qcow2"


@pytest.mark.parametrize(
    ("ref", "parsed"),
    [
        ("busybox", ("docker.io", "library/busybox", "latest")),
        ("localhost:5000/a/b_c.d-e:v1.2", ("localhost:5000", "a/b_c.d-e", "v1.2")),
        ("registry.example.com/x@sha256:" + "a" * 64, ("registry.example.com", "x", "sha256-" + "a" * 64)),
    ],
)
def test_the_reference_grammar_of_container_runtimes_is_accepted(
    ref: str, parsed: tuple[str, str, str]
) -> None:
    assert images.parse(ref) == parsed


# -- clone sources: a claim name is a name, not a path ----------------------------------------
class _Kube:
    def __init__(self) -> None:
        self.statuses: list[dict[str, Any]] = []

    def patch(self, kind: str, ns: str, name: str, body: dict[str, Any], sub: str = "") -> dict[str, Any]:
        self.statuses.append(body["status"])
        return {}


@pytest.mark.parametrize(
    "source",
    [
        {"name": "../other-ns/claim"},  # no namespace: "its own", so no clone authorization applies
        {"namespace": "attacker/../other-ns", "name": "claim"},
        {"namespace": "..", "name": "other-ns/claim"},
    ],
)
def test_a_clone_source_that_is_a_path_fails_and_copies_nothing(
    tmp_path: Path, source: dict[str, str]
) -> None:
    victim = tmp_path / "storage" / "other-ns" / "claim" / "disk.img"
    victim.parent.mkdir(parents=True)
    victim.write_bytes(b"other tenant's data")
    own = tmp_path / "storage" / "attacker" / "copy"
    own.mkdir(parents=True)
    kube = _Kube()
    ctx = runtime.Context(tmp_path, kube=kube, nodes={})  # type: ignore[arg-type]
    dv = {
        "metadata": {"namespace": "attacker", "name": "copy", "uid": "u"},
        "spec": {"source": {"pvc": source}, "storage": {"resources": {"requests": {"storage": "1Mi"}}}},
    }
    cdi._populate(ctx, dv, own)
    assert not (own / "disk.img").exists()
    final = kube.statuses[-1]
    assert final["phase"] == "Failed"
    message = next(c["message"] for c in final["conditions"] if c["type"] == "Running")
    assert "invalid" in message and str(victim) not in message


def test_a_vmi_volume_whose_claim_name_is_a_path_waits_as_for_a_missing_claim(tmp_path: Path) -> None:
    ctx = runtime.Context(tmp_path, kube=None, nodes={})  # type: ignore[arg-type]  # never asked
    volume = {"name": "d", "persistentVolumeClaim": {"claimName": "../other-ns/claim"}}
    with pytest.raises(runtime.NotYet, match="invalid PVC name") as err:
        storage.volume_file(ctx, "attacker", volume)
    assert err.value.reason == "ErrorPvcNotFound"
