"""DataVolumes import into local files with CDI's phases, and VMs boot from them."""

from __future__ import annotations

import http.server
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import sandbox_helpers as helpers
from sandbox_helpers import wait_for

from kubevirt_sandbox.controllers import images

pytestmark = [pytest.mark.controlplane, pytest.mark.libvirt]

DEMO = "quay.io/kubevirt/cirros-container-disk-demo"


@pytest.fixture(scope="module")
def slow_http() -> Iterator[str]:
    """A server on 127.0.0.1 that serves the demo qcow2 at ~4 MB/s (a slow network, so progress shows)."""
    disk, _ = images.resolve(DEMO)
    payload = Path(disk).read_bytes()

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802
            if self.path != "/demo.qcow2":
                self.send_error(404)
                return
            self.send_response(200)
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            for i in range(0, len(payload), 256 * 1024):
                self.wfile.write(payload[i : i + 256 * 1024])
                time.sleep(0.06)

        def log_message(self, *args: Any) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def datavolume(name: str, source: dict[str, Any], size: str = "64Mi") -> dict[str, Any]:
    return {
        "apiVersion": "cdi.kubevirt.io/v1beta1",
        "kind": "DataVolume",
        "metadata": {"name": name, "namespace": "default"},
        "spec": {"source": source, "storage": {"resources": {"requests": {"storage": size}}}},
    }


def test_an_http_import_reports_rising_progress_ends_succeeded_and_a_vm_boots_from_it(
    kube: Any, sandbox: Any, slow_http: str
) -> None:
    kube.create("DataVolume", datavolume("imported", {"http": {"url": f"{slow_http}/demo.qcow2"}}))
    vm = helpers.cirros("from-dv", "Always")
    vm["spec"]["template"]["spec"]["volumes"][0] = {
        "name": "containerdisk",
        "dataVolume": {"name": "imported"},
    }
    try:
        samples: list[str] = []
        phases: list[str] = []
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            st = (kube.get("DataVolume", "default", "imported") or {}).get("status") or {}
            if st.get("progress") and (not samples or samples[-1] != st["progress"]):
                samples.append(st["progress"])
            if st.get("phase") and (not phases or phases[-1] != st["phase"]):
                phases.append(st["phase"])
            if st.get("phase") in ("Succeeded", "Failed"):
                break
            time.sleep(0.1)
        print("DataVolume progress samples:", samples, "phases:", phases)
        assert phases[-1] == "Succeeded", phases
        assert "ImportInProgress" in phases
        percents = [float(s.rstrip("%")) for s in samples if s.endswith("%")]
        assert len([p for p in percents if 0 < p < 100]) >= 2, samples
        assert percents == sorted(percents) and percents[-1] == 100.0

        pvc = kube.get("PersistentVolumeClaim", "default", "imported")
        assert pvc["status"]["phase"] == "Bound"
        pv = kube.get("PersistentVolume", None, pvc["spec"]["volumeName"])
        assert pv["status"]["phase"] == "Bound"
        assert (Path(pv["spec"]["hostPath"]["path"]) / "disk.img").stat().st_size >= 64 * 1024 * 1024

        kube.create("VirtualMachine", vm)
        vmi = wait_for("the VM on the DataVolume to be Ready", lambda: helpers.ready_vmi(kube, "from-dv"), 60)
        xml = helpers.domain_xml(sandbox, vmi["status"]["nodeName"], "default_from-dv")
        assert "storage/default/imported/disk.img" in xml
        conds = {c["type"]: c for c in vmi["status"]["conditions"]}
        assert conds["LiveMigratable"]["status"] == "False"
        assert conds["LiveMigratable"]["reason"] == "DisksNotLiveMigratable"

        # What KubeVirt's webhook refuses ends Failed here, with the reason.
        kube.create(
            "VirtualMachineInstanceMigration",
            {
                "apiVersion": "kubevirt.io/v1",
                "kind": "VirtualMachineInstanceMigration",
                "metadata": {"name": "from-dv-move", "namespace": "default"},
                "spec": {"vmiName": "from-dv"},
            },
        )
        mig = wait_for(
            "the refusal",
            lambda: (
                (
                    s := (kube.get("VirtualMachineInstanceMigration", "default", "from-dv-move") or {}).get(
                        "status"
                    )
                    or {}
                ).get("phase")
                == "Failed"
                and s
            ),
            timeout=20,
        )
        assert "LiveMigratable is False (DisksNotLiveMigratable)" in mig["migrationState"]["failureReason"]
        kube.delete("VirtualMachineInstanceMigration", "default", "from-dv-move")
    finally:
        helpers.delete_vm(kube, "from-dv")
        kube.delete("DataVolume", "default", "imported")
    wait_for(
        "the PVC to go with its DataVolume",
        lambda: kube.get("PersistentVolumeClaim", "default", "imported") is None,
    )


def test_a_missing_http_source_ends_failed_with_a_message(kube: Any, slow_http: str) -> None:
    kube.create("DataVolume", datavolume("missing", {"http": {"url": f"{slow_http}/nope.qcow2"}}))
    try:
        st = wait_for(
            "Failed",
            lambda: (
                (s := (kube.get("DataVolume", "default", "missing") or {}).get("status") or {}).get("phase")
                == "Failed"
                and s
            ),
            timeout=30,
        )
        running = next(c for c in st["conditions"] if c["type"] == "Running")
        assert "404" in running["message"]
    finally:
        kube.delete("DataVolume", "default", "missing")


def test_blank_registry_and_clone_sources_and_vm_data_volume_templates(kube: Any) -> None:
    kube.create("DataVolume", datavolume("blank", {"blank": {}}, "16Mi"))
    kube.create("DataVolume", datavolume("fromreg", {"registry": {"url": f"docker://{DEMO}"}}))
    vm = helpers.cirros("templated", "Halted")
    vm["spec"]["dataVolumeTemplates"] = [
        {
            "metadata": {"name": "templated-root"},
            "spec": datavolume("x", {"pvc": {"namespace": "default", "name": "fromreg"}})["spec"],
        }
    ]
    vm["spec"]["template"]["spec"]["volumes"][0] = {
        "name": "containerdisk",
        "dataVolume": {"name": "templated-root"},
    }
    kube.create("VirtualMachine", vm)
    try:
        for name in ("blank", "fromreg", "templated-root"):
            wait_for(
                f"{name} Succeeded",
                lambda n=name: (
                    ((kube.get("DataVolume", "default", n) or {}).get("status") or {}).get("phase")
                    == "Succeeded"
                ),
                timeout=60,
            )
        dv = kube.get("DataVolume", "default", "templated-root")
        assert dv["metadata"]["ownerReferences"][0]["kind"] == "VirtualMachine"
    finally:
        helpers.delete_vm(kube, "templated")
        kube.delete("DataVolume", "default", "blank")
        kube.delete("DataVolume", "default", "fromreg")
    wait_for(
        "the template's DataVolume to go with its VM",
        lambda: kube.get("DataVolume", "default", "templated-root") is None,
    )
