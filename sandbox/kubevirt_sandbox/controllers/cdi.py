"""DataVolumes (CDI v1.66 as seen through the API), backed by local files.

For each DataVolume: a PersistentVolume (``hostPath`` = the claim's folder under
``<sandbox>/storage``) and a PVC of the same name bound to it, both written by the sandbox (no
provisioner or binder runs here). Then the population, in a thread per DataVolume:

- ``http``: download (basic auth from ``secretRef``, as CDI; progress = bytes / Content-Length),
  convert to raw ``disk.img``, grow it to the requested size. Phases ImportScheduled ->
  ImportInProgress -> Succeeded.
- ``registry``: the image from the sandbox's image store (``images.py``), same phases.
- ``blank``: a sparse raw file of the requested size.
- ``pvc``: a copy of the source claim's ``disk.img``; CloneScheduled -> CloneInProgress -> Succeeded.
Anything else, and any error, ends in phase Failed with the reason in the Running condition's
message (real CDI retries some errors; the sandbox fails fast and says why).

There is no garbage collector either: the sandbox deletes the PVC, PV and data of a deleted
DataVolume, and the DataVolumes of a deleted VM (its ``dataVolumeTemplates``).
"""

from __future__ import annotations

import base64
import shutil
import subprocess
import threading
import time
import urllib.parse
import urllib.request
from pathlib import Path
from typing import Any

from kubevirt_sandbox.controllers import domainxml, images, kube, runtime, storage

log = runtime.log
_workers: dict[str, threading.Thread] = {}


def _size(dv: dict[str, Any]) -> int:
    spec = dv.get("spec") or {}
    res = ((spec.get("storage") or spec.get("pvc") or {}).get("resources") or {}).get("requests") or {}
    return domainxml.quantity_bytes(res.get("storage", "1Gi"))


def _access_modes(dv: dict[str, Any]) -> list[str]:
    spec = dv.get("spec") or {}
    return list((spec.get("storage") or spec.get("pvc") or {}).get("accessModes") or ["ReadWriteOnce"])


def _source_kind(dv: dict[str, Any]) -> str:
    src = (dv.get("spec") or {}).get("source") or {}
    return next(iter(src), "none")


def _set(
    ctx: runtime.Context,
    dv: dict[str, Any],
    phase: str,
    progress: str,
    running: bool,
    reason: str = "",
    message: str = "",
) -> None:
    m = dv["metadata"]
    old = dv.get("status") or {}
    now = runtime.now()
    done = phase == "Succeeded"
    conds = [
        kube.condition("Bound", phase not in ("Pending",), "Bound", f"PVC {m['name']} Bound", now),
        kube.condition("Running", running, reason or ("Completed" if done else ""), message, now),
        kube.condition("Ready", done, "", "", now),
    ]
    status = {
        "phase": phase,
        "progress": progress,
        "claimName": m["name"],
        "conditions": kube.merge_conditions(old.get("conditions") or [], conds),
    }
    if old.get("phase") != phase:
        log.info("DataVolume %s: %s -> %s %s", kube.key(dv), old.get("phase"), phase, message)
    dv.update(ctx.kube.patch("DataVolume", m["namespace"], m["name"], {"status": status}, sub="status"))


def _bind(ctx: runtime.Context, dv: dict[str, Any]) -> Path:
    """Make the PV and the Bound PVC for ``dv``; return the claim's data folder."""
    m = dv["metadata"]
    ns, name = m["namespace"], m["name"]
    folder = storage.claim_dir(ctx, ns, name)
    folder.mkdir(parents=True, exist_ok=True)
    size = str(_size(dv))
    modes = _access_modes(dv)
    pv_name = f"pv-{ns}-{name}"[:253]
    if ctx.kube.get("PersistentVolume", None, pv_name) is None:
        ctx.kube.create(
            "PersistentVolume",
            {
                "apiVersion": "v1",
                "kind": "PersistentVolume",
                "metadata": {"name": pv_name, "labels": {"kubevirt-sandbox/claim": f"{ns}.{name}"}},
                "spec": {
                    "capacity": {"storage": size},
                    "accessModes": modes,
                    "persistentVolumeReclaimPolicy": "Delete",
                    "storageClassName": storage.STORAGE_CLASS,
                    "volumeMode": "Filesystem",
                    "hostPath": {"path": str(folder), "type": "DirectoryOrCreate"},
                    "claimRef": {
                        "apiVersion": "v1",
                        "kind": "PersistentVolumeClaim",
                        "namespace": ns,
                        "name": name,
                    },
                },
            },
        )
    pvc = ctx.kube.get("PersistentVolumeClaim", ns, name)
    if pvc is None:
        pvc = ctx.kube.create(
            "PersistentVolumeClaim",
            {
                "apiVersion": "v1",
                "kind": "PersistentVolumeClaim",
                "metadata": {
                    "name": name,
                    "namespace": ns,
                    "labels": {
                        "app": "containerized-data-importer",
                        "app.kubernetes.io/component": "storage",
                    },
                    "annotations": {
                        "cdi.kubevirt.io/storage.contentType": (dv["spec"].get("contentType") or "kubevirt"),
                        "cdi.kubevirt.io/storage.import.source": _source_kind(dv),
                        "pv.kubernetes.io/bind-completed": "yes",
                    },
                    "ownerReferences": [
                        {
                            "apiVersion": "cdi.kubevirt.io/v1beta1",
                            "kind": "DataVolume",
                            "name": name,
                            "uid": m["uid"],
                            "controller": True,
                            "blockOwnerDeletion": True,
                        }
                    ],
                },
                "spec": {
                    "accessModes": modes,
                    "resources": {"requests": {"storage": size}},
                    "storageClassName": storage.STORAGE_CLASS,
                    "volumeMode": "Filesystem",
                    "volumeName": pv_name,
                },
            },
        )
    if (pvc.get("status") or {}).get("phase") != "Bound":
        ctx.kube.patch(
            "PersistentVolumeClaim",
            ns,
            name,
            {"status": {"phase": "Bound", "accessModes": modes, "capacity": {"storage": size}}},
            sub="status",
        )
        ctx.kube.patch("PersistentVolume", None, pv_name, {"status": {"phase": "Bound"}}, sub="status")
    return folder


def _populate(ctx: runtime.Context, dv: dict[str, Any], folder: Path) -> None:
    kind = _source_kind(dv)
    src = dv["spec"]["source"].get(kind) or {}
    size = _size(dv)
    target = folder / "disk.img"
    tmp = folder / "import.tmp"
    clone = kind == "pvc"
    try:
        _set(
            ctx,
            dv,
            "CloneScheduled" if clone else "ImportScheduled",
            "N/A",
            False,
            "Pending",
            "Import pod scheduled",
        )
        _set(ctx, dv, "CloneInProgress" if clone else "ImportInProgress", "0.00%", True, "Pod is running")
        if kind == "http":
            _download(ctx, dv, src["url"], tmp)
            _to_raw(tmp, target, size)
        elif kind == "registry":
            path, _fmt = images.resolve(src.get("url") or src.get("imageStream") or "")
            _to_raw(path, target, size)
        elif kind == "blank":
            subprocess.run(
                ["qemu-img", "create", "-q", "-f", "raw", str(target), str(size)],
                check=True,
                capture_output=True,
            )
        elif clone:
            source = (
                storage.claim_dir(ctx, src.get("namespace") or dv["metadata"]["namespace"], src["name"])
                / "disk.img"
            )
            if not source.is_file():
                raise RuntimeError(f"source PVC {src.get('namespace', '')}/{src['name']} has no data")
            shutil.copyfile(source, tmp)
            tmp.rename(target)
        else:
            raise RuntimeError(f"source {kind!r} is not supported by the sandbox")
        tmp.unlink(missing_ok=True)
        _set(ctx, dv, "Succeeded", "100.0%", False, "Completed", "Import Complete")
    except Exception as exc:
        tmp.unlink(missing_ok=True)
        log.warning("DataVolume %s failed: %s", kube.key(dv), exc)
        try:
            _set(
                ctx,
                dv,
                "Failed",
                (dv.get("status") or {}).get("progress") or "N/A",
                False,
                "Error",
                f"Unable to import: {exc}",
            )
        except Exception:
            log.exception("DataVolume %s: cannot write the failure", kube.key(dv))


_DEFAULT_PORTS = {"http": 80, "https": 443}


def keeps_credentials(old: str, new: str) -> bool:
    """Whether a redirect from ``old`` to ``new`` may carry the basic-auth header.

    Only to the same server: same host and port, and never from https down to http (the password
    would cross the network in clear). http -> https on the same host with default ports is an
    upgrade and keeps it. Go's client, which CDI's importer uses, drops the header for another
    host; the sandbox is stricter and also drops it for another port (another service).
    """
    a, b = urllib.parse.urlsplit(old), urllib.parse.urlsplit(new)
    if (a.hostname or "").lower() != (b.hostname or "").lower():
        return False
    if a.scheme == "https" and b.scheme != "https":
        return False
    port_a, port_b = a.port or _DEFAULT_PORTS.get(a.scheme), b.port or _DEFAULT_PORTS.get(b.scheme)
    if a.scheme == b.scheme:
        return port_a == port_b
    return (port_a, port_b) == (80, 443)  # the usual upgrade: http://host -> https://host


class _HttpOnlyRedirects(urllib.request.HTTPRedirectHandler):
    """Follows redirects to http(s) only, and takes the credentials along only to the same server
    (urllib copies every header, ``Authorization`` included, to wherever the server points)."""

    def redirect_request(self, req: Any, fp: Any, code: int, msg: str, headers: Any, newurl: str) -> Any:
        if urllib.parse.urlsplit(newurl).scheme not in ("http", "https"):
            raise RuntimeError(f"refusing a redirect to {urllib.parse.urlsplit(newurl).scheme}: URLs")
        new = super().redirect_request(req, fp, code, msg, headers, newurl)
        if new is not None and not keeps_credentials(req.full_url, new.full_url):
            new.remove_header("Authorization")
        return new


_opener = urllib.request.build_opener(_HttpOnlyRedirects)


def basic_auth(ctx: runtime.Context, dv: dict[str, Any]) -> dict[str, str]:
    """CDI's ``source.http.secretRef``: a Secret in the DataVolume's namespace whose ``accessKeyId``
    and ``secretKey`` are the user and password of HTTP basic auth. The values go into the request
    header only: never into a log line, an error or the DataVolume's status."""
    name = ((dv["spec"]["source"].get("http") or {}).get("secretRef") or "").strip()
    if not name:
        return {}
    secret = ctx.kube.get("Secret", dv["metadata"]["namespace"], name)
    if secret is None:
        raise RuntimeError(f"source.http.secretRef: Secret {name} not found")
    data = secret.get("data") or {}
    try:
        user, password = (base64.b64decode(data[k]) for k in ("accessKeyId", "secretKey"))
    except KeyError:
        raise RuntimeError(f"source.http.secretRef: Secret {name} lacks accessKeyId or secretKey") from None
    return {"Authorization": "Basic " + base64.b64encode(user + b":" + password).decode()}


def _download(ctx: runtime.Context, dv: dict[str, Any], url: str, dest: Path) -> None:
    # CDI's importer fetches http(s) only; a file: URL would read this machine's files as root.
    scheme = urllib.parse.urlsplit(url).scheme
    if scheme not in ("http", "https"):
        raise RuntimeError(f"source.http.url must be an http or https URL, not {scheme or 'a path'}:")
    request = urllib.request.Request(url, headers=basic_auth(ctx, dv))
    with _opener.open(request, timeout=30) as resp, open(dest, "wb") as out:
        total = int(resp.headers.get("Content-Length") or 0)
        done, last = 0, 0.0
        while chunk := resp.read(256 * 1024):
            out.write(chunk)
            done += len(chunk)
            if total and time.monotonic() - last > 0.5:
                last = time.monotonic()
                # the conversion still has to run: keep the last percent for it
                _set(
                    ctx,
                    dv,
                    "ImportInProgress",
                    f"{min(99.0, 100.0 * done / total):.2f}%",
                    True,
                    "Pod is running",
                )
        if total and done != total:
            raise RuntimeError(f"short read: {done} of {total} bytes")


QCOW2_MAGIC = b"QFI\xfb"
QCOW2_EXTERNAL_DATA_FILE = 1 << 2  # incompatible feature bit: the data lives in another file


def image_format(path: Path) -> str:
    """``qcow2`` or ``raw``, read from the header without opening anything it names.

    A qcow2 image can name a backing file or an external data file: ``qemu-img convert`` would
    then read that host file (as root) into the guest's disk. Such images are refused, and the
    format is pinned on the command line so that no probing happens.
    """
    with open(path, "rb") as f:
        header = f.read(104)
    if not header.startswith(QCOW2_MAGIC):
        return "raw"
    version = int.from_bytes(header[4:8], "big")
    backing_offset = int.from_bytes(header[8:16], "big")
    if backing_offset:
        raise RuntimeError("the image names a backing file: such images are not imported")
    if version >= 3 and int.from_bytes(header[72:80], "big") & QCOW2_EXTERNAL_DATA_FILE:
        raise RuntimeError("the image keeps its data in an external file: such images are not imported")
    return "qcow2"


def _to_raw(src: Path, target: Path, size: int) -> None:
    tmp = target.with_suffix(".converting")
    fmt = image_format(src)
    proc = subprocess.run(
        ["qemu-img", "convert", "-q", "-f", fmt, "-O", "raw", str(src), str(tmp)],
        capture_output=True,
        text=True,
    )
    if proc.returncode != 0:
        raise RuntimeError(f"qemu-img convert: {proc.stderr.strip()}")
    if tmp.stat().st_size < size:
        subprocess.run(
            ["qemu-img", "resize", "-q", "-f", "raw", str(tmp), str(size)], check=True, capture_output=True
        )
    tmp.rename(target)


def reconcile_all(ctx: runtime.Context) -> None:
    dvs = ctx.kube.list("DataVolume")
    uids = {d["metadata"]["uid"] for d in dvs}
    # Clean up first: a DataVolume replaced under the same name must not reuse (and then lose)
    # the claim of the one it replaces.
    _collect(ctx, uids)
    for dv in dvs:
        m = dv["metadata"]
        if m.get("deletionTimestamp"):
            continue
        phase = (dv.get("status") or {}).get("phase")
        if phase in ("Succeeded", "Failed"):
            continue
        worker = _workers.get(m["uid"])
        if worker is not None and worker.is_alive():
            continue
        if worker is not None:  # finished but its final status not seen yet
            continue
        claim = ctx.kube.get("PersistentVolumeClaim", m["namespace"], m["name"])
        owners = [
            r.get("uid")
            for r in ((claim or {}).get("metadata") or {}).get("ownerReferences") or []
            if r.get("kind") == "DataVolume"
        ]
        if owners and m["uid"] not in owners:
            continue  # the claim of a deleted DataVolume of this name is still going away
        try:
            folder = _bind(ctx, dv)
        except kube.Conflict:
            continue
        if phase is None:
            _set(ctx, dv, "Pending", "N/A", False, "Pending", "PVC Bound")
        t = threading.Thread(target=_populate, args=(ctx, dv, folder), daemon=True, name=f"dv-{m['name']}")
        _workers[m["uid"]] = t
        t.start()


def _collect(ctx: runtime.Context, dv_uids: set[str]) -> None:
    """What a garbage collector would do for the objects the sandbox owns."""
    for pvc in ctx.kube.list("PersistentVolumeClaim"):
        refs = [r for r in pvc["metadata"].get("ownerReferences") or [] if r.get("kind") == "DataVolume"]
        if refs and not any(r["uid"] in dv_uids for r in refs):
            ns, name = pvc["metadata"]["namespace"], pvc["metadata"]["name"]
            log.info("PVC %s/%s: its DataVolume is gone, deleting it and its data", ns, name)
            ctx.kube.delete("PersistentVolumeClaim", ns, name)
            ctx.kube.delete("PersistentVolume", None, pvc["spec"].get("volumeName") or f"pv-{ns}-{name}")
            shutil.rmtree(storage.claim_dir(ctx, ns, name), ignore_errors=True)
    # The pvc-/pv-protection controllers: release deleted claims and volumes of the sandbox's class.
    for kind in ("PersistentVolumeClaim", "PersistentVolume"):
        for obj in ctx.kube.list(kind):
            m = obj["metadata"]
            if (
                m.get("deletionTimestamp")
                and (obj.get("spec") or {}).get("storageClassName") == storage.STORAGE_CLASS
            ):
                rest = [f for f in m.get("finalizers") or [] if not f.startswith("kubernetes.io/pv")]
                if rest != (m.get("finalizers") or []):
                    ctx.kube.patch(
                        kind, m.get("namespace"), m["name"], {"metadata": {"finalizers": rest or None}}
                    )
    vm_uids = {v["metadata"]["uid"] for v in ctx.kube.list("VirtualMachine")}
    for dv in ctx.kube.list("DataVolume"):
        refs = [r for r in dv["metadata"].get("ownerReferences") or [] if r.get("kind") == "VirtualMachine"]
        if refs and not any(r["uid"] in vm_uids for r in refs):
            ctx.kube.delete("DataVolume", dv["metadata"]["namespace"], dv["metadata"]["name"])


def ensure_templates(ctx: runtime.Context, vm: dict[str, Any]) -> None:
    """KubeVirt: one DataVolume per dataVolumeTemplate, made only if missing, never updated."""
    m = vm["metadata"]
    for tpl in (vm.get("spec") or {}).get("dataVolumeTemplates") or []:
        tmeta = tpl.get("metadata") or {}
        name = tmeta["name"]
        if ctx.kube.get("DataVolume", m["namespace"], name) is not None:
            continue
        log.info("VM %s: creating DataVolume %s from its dataVolumeTemplates", kube.key(vm), name)
        body = {
            "apiVersion": "cdi.kubevirt.io/v1beta1",
            "kind": "DataVolume",
            "metadata": {
                "name": name,
                "namespace": m["namespace"],
                "labels": dict(tmeta.get("labels") or {}),
                "annotations": dict(tmeta.get("annotations") or {}),
                "ownerReferences": [
                    {
                        "apiVersion": "kubevirt.io/v1",
                        "kind": "VirtualMachine",
                        "name": m["name"],
                        "uid": m["uid"],
                        "controller": True,
                        "blockOwnerDeletion": True,
                    }
                ],
            },
            "spec": tpl["spec"],
        }
        try:
            ctx.kube.create("DataVolume", body)
        except kube.Conflict:
            pass
