"""VirtualMachine: waits follow the run strategy; previews say live update or restart, and show
where the libvirt domain that runs the VM is not the declared machine (domain/check.py)."""

from __future__ import annotations

import base64
from typing import Any

from pulumi_kubevirt_provider import (
    diff,
    errors,
    findings,
    kube,
    liveupdate,
    readiness,
    results,
    tunables,
    waiting,
    watching,
)
from pulumi_kubevirt_provider.domain import access, check, compare
from pulumi_kubevirt_provider.plugin import wire
from pulumi_kubevirt_provider.resources import base

CLOUD_INIT_LABEL = "pulumi-kubevirt.io/cloud-init-for"
_CLOUD_INIT_SOURCES = ("cloudInitNoCloud", "cloudInitConfigDrive")
_SECRET_REFS = ("secretRef", "networkDataSecretRef")


def legacy_secret_name(vm_name: str, volume_name: str) -> str:
    """How earlier versions named a cloud-init Secret (two VMs could meet on one): a VM that has
    such a Secret keeps it (``VirtualMachineHandler._keep_legacy_secret_names``)."""
    return f"{vm_name}-{volume_name}-cloudinit"[:253]


def _unwrap_secret(value: Any) -> tuple[Any, Any]:
    """(the value inside a secret mark, a function that puts a new value back in the same mark).
    The plugin unwraps secrets before the core sees them; the Python SDK's dynamic server can pass
    them still marked (its Check deserializes with ``keep_secrets``), so both forms are handled."""
    if isinstance(value, dict) and value.get(wire.SIG) == wire.SECRET_SIG:
        return value.get("value"), lambda v: {**value, "value": v}
    return value, lambda v: v


def _secret_refs(spec: Any) -> list[tuple[int, str, str, str]]:
    """(volume index, volume name, source key, Secret name) of each cloud-init Secret reference."""
    template = spec.get("template") if isinstance(spec, dict) else None
    tspec = template.get("spec") if isinstance(template, dict) else None
    volumes = tspec.get("volumes") if isinstance(tspec, dict) else None
    found = []
    for i, volume in enumerate(volumes if isinstance(volumes, list) else []):
        if not isinstance(volume, dict) or not isinstance(volume.get("name"), str):
            continue
        for key in _CLOUD_INIT_SOURCES:
            source = volume.get(key)
            for ref_key in _SECRET_REFS:
                ref = source.get(ref_key) if isinstance(source, dict) else None
                if isinstance(ref, dict) and isinstance(ref.get("name"), str):
                    found.append((i, volume["name"], key, ref["name"]))
    return found


def _renamed_refs(spec: dict[str, Any], renames: dict[str, str]) -> dict[str, Any]:
    """``spec`` with the cloud-init Secret references renamed (copies along the changed path)."""
    template = dict(spec["template"])
    tspec = dict(template["spec"])
    volumes = list(tspec["volumes"])
    for i, _, key, name in _secret_refs(spec):
        if name not in renames:
            continue
        volume = dict(volumes[i])
        source = dict(volume[key])
        for ref_key in _SECRET_REFS:
            ref = source.get(ref_key)
            if isinstance(ref, dict) and ref.get("name") == name:
                source[ref_key] = {**ref, "name": renames[name]}
        volume[key] = source
        volumes[i] = volume
    tspec["volumes"] = volumes
    template["spec"] = tspec
    return {**spec, "template": template}


def runs_template(props: dict[str, Any], vmi: dict[str, Any]) -> bool:
    """Whether the running VMI already carries the declared template (every declared path of the
    template's spec is what the VMI has): then a restart would change nothing."""
    declared = ((props.get("spec") or {}).get("template") or {}).get("spec") or {}
    return not any(
        True
        for _ in diff.differences(
            declared, vmi.get("spec") or {}, liveupdate.TEMPLATE, schema=VirtualMachineHandler.schema
        )
    )


class VirtualMachineHandler(base.KubeProvider):
    # The last failed VMI as the VM recorded it before an apply that changed its spec (after_apply):
    # start failures of an older template, which the readiness wait does not count.
    _earlier_failure: str | None = None

    def ready(self, obj: dict[str, Any] | None, props: dict[str, Any]) -> readiness.Verdict:
        return readiness.vm(obj, (props.get("spec") or {}).get("runStrategy"), self._earlier_failure)

    def status_outputs(
        self,
        obj: dict[str, Any],
        props: dict[str, Any],
        *,
        vmi: dict[str, Any] | None = None,
        domain: check.Report | None = None,
    ) -> dict[str, Any]:
        """The outputs of the VM ``obj``, its VMI ``vmi`` (None: it has none) and the domain check
        ``domain`` (None: not checked). Reads nothing: outputs_of reads the VMI and the domain."""
        status = obj.get("status") or {}
        conditions = [
            {k: c.get(k) for k in ("type", "status", "reason", "message") if c.get(k) is not None}
            for c in status.get("conditions") or []
        ]
        vmi_status = (vmi or {}).get("status") or {}
        report = domain if domain is not None else check.Report()
        ips = [
            ip
            for i in vmi_status.get("interfaces") or []
            for ip in (i.get("ipAddresses") or [i.get("ipAddress")])
            if ip
        ]
        return {
            "printable_status": status.get("printableStatus"),
            "ready": bool(status.get("ready")),
            "created": bool(status.get("created")),
            "restart_required": any(
                c["type"] == "RestartRequired" and c.get("status") == "True" for c in conditions
            ),
            "conditions": conditions,
            "node_name": vmi_status.get("nodeName"),
            "ip_addresses": ips,
            "domain": report.summary(),
            "drift": report.lines(),
            "pending": report.pending_lines(),
        }

    def outputs_of(self, obj: dict[str, Any], props: dict[str, Any]) -> dict[str, Any]:
        vmi = self._vmi_of(obj)
        return self.status_outputs(obj, props, vmi=vmi, domain=self._domain_report(obj, vmi))

    def _vmi_of(self, vm: dict[str, Any]) -> dict[str, Any] | None:
        """The VM's VMI, from the shared watch of VMIs (no read at all while the VM has none), at
        least as new as ``vm``: outputs and repairs never judge a VMI from before the VM state they
        report (a GET when the watch has not got that far)."""
        meta = vm["metadata"]
        if not (vm.get("status") or {}).get("created"):
            return None
        return self.cluster.read(kube.VMI, meta["namespace"], meta["name"], at_least=watching.version_of(vm))

    # -- the libvirt domain behind the VM ------------------------------------------------------
    @property
    def domain_backend(self) -> access.Backend | None:
        return check.backend_for(self.cluster_settings, self.cluster)

    def _domain_report(self, vm: dict[str, Any] | None, vmi: dict[str, Any] | None) -> check.Report:
        report = check.inspect(self.domain_backend, vm, vmi)
        if report.notice:
            base.notice_once(f"domain:{report.notice}", report.notice)
        return report

    def diff(self, id_: str, olds: dict[str, Any], news: dict[str, Any]) -> results.Diff:
        result = super().diff(id_, olds, news)
        if result.replaces:
            return result
        namespace, vm_name = base.split_id(id_)
        try:
            vm = self.cluster.read(kube.VM, namespace, vm_name)
            vmi = self.cluster.read(kube.VMI, namespace, vm_name) if vm else None
        except errors.Unreachable:
            return result  # the base diff has said so
        report = self._domain_report(vm, vmi)
        name = self.label(news)
        for pending in report.pending:
            findings.tell(name, pending)
        if not report.drift:
            return result
        for finding in report.drift:
            findings.tell(name, finding)
            result.detailed.setdefault(
                finding.path(), results.PropertyChange(results.DiffKind.UPDATE, input_diff=False)
            )
        findings.tell(name, report.plan(check.run_strategy({"spec": news.get("spec") or {}})))
        return result

    def _repair_domain(self, props: dict[str, Any], vm: dict[str, Any]) -> dict[str, Any] | None:
        """Repair what the domain check finds, after the apply and before the readiness wait; the
        VM as it is after a restart (the state the readiness wait starts from), else None."""
        meta = vm["metadata"]
        vmi = self._vmi_of(vm)
        backend = self.domain_backend
        report = self._domain_report(vm, vmi)
        if not report.drift or vmi is None:
            return None
        name = self.label(props)
        for finding in report.drift:
            findings.tell(
                name, findings.Repairing(finding.field, finding.live, finding.declared, finding.repair)
            )
        try:
            needs_restart = check.repair(backend, report, vmi, lambda m: findings.notice(name, m))
        except (access.Unavailable, access.RepairFailed) as exc:
            findings.notice(name, f"the live repair failed ({exc}); restarting the VM instead")
            needs_restart = True
        strategy = check.run_strategy(vm)
        if needs_restart:
            if strategy in self.entry.running_strategies:
                return self._restart(props, vmi, "to bring back the declared domain")
            else:
                findings.notice(
                    name,
                    f"cannot repair it without a restart, and runStrategy {strategy} leaves restarts "
                    "to you: run `virtctl restart` (the next preview shows it until then)",
                )
        elif backend is not None and report.repairs() & {compare.RESUME, compare.SETMEM}:

            def fetch() -> tuple[dict[str, Any] | None, dict[str, Any] | None]:
                return (
                    self.cluster.get(kube.VM, meta["namespace"], meta["name"]),
                    self.cluster.get(kube.VMI, meta["namespace"], meta["name"]),
                )

            check.settle(
                backend,
                fetch,
                tunables.TUNABLES.settle_cap,
                lambda m: findings.notice(name, m),
                resource=name,
            )
        return None

    # -- cloud-init user data lives in Secrets, never in the VM object or in plain state ------
    # The SDK names each Secret after the VM and the volume, with a hash of both (its own per VM).
    # The provider writes and deletes only the Secrets it made: one with this resource's owner
    # mark, or with an owner reference to this VM. Any other Secret of that name is the user's: an
    # error naming it, and it is never written or deleted.
    def check(
        self, olds: dict[str, Any], news: dict[str, Any], *, server_dry_run: bool = True
    ) -> results.Check:
        if olds.get("cloud_init") and news.get("cloud_init"):
            news = self._keep_legacy_secret_names(olds, news)
        return super().check(olds, news, server_dry_run=server_dry_run)

    def _keep_legacy_secret_names(self, olds: dict[str, Any], news: dict[str, Any]) -> dict[str, Any]:
        """A VM made by a version that named its Secrets ``<vm>-<volume>-cloudinit`` keeps them.

        Moving it to the new name would change the VM's template (RestartRequired) while the
        running VMI, and a migration's target pod, still mount the old Secret. The old name is
        kept only while that Secret exists and is this VM's (mark or owner reference): one that
        another VM took over under the old, colliding name, or one that is gone, moves this VM to
        its own new name.
        """
        new_secrets, rewrap = _unwrap_secret(news.get("cloud_init"))
        old_secrets, _ = _unwrap_secret(olds.get("cloud_init"))
        if not isinstance(new_secrets, dict) or not isinstance(old_secrets, dict):
            return news
        meta = news.get("metadata") or {}
        vm_name = meta.get("name")
        if not isinstance(vm_name, str):
            return news
        old_refs = {volume: ref for _, volume, _, ref in _secret_refs(olds.get("spec"))}
        renames: dict[str, str] = {}
        for _, volume, _, ref in _secret_refs(news.get("spec")):
            old = old_refs.get(volume)
            if (
                ref in new_secrets
                and old != ref
                and old in old_secrets
                and old == legacy_secret_name(vm_name, volume)
            ):
                renames[ref] = old
        if not renames:
            return news
        namespace = meta.get("namespace") or self.cluster_settings.default_namespace()
        for new_name, old_name in list(renames.items()):
            try:
                secret = self.cluster.get(kube.SECRET, namespace, old_name)
                vm = self.cluster.get(kube.VM, namespace, vm_name) if secret else None
            except errors.Unreachable:
                continue  # no answer: keep the name the stack has (no change is the safe preview)
            if secret is None or not self._made_by_us(secret, news, vm):
                del renames[new_name]
        if not renames:
            return news
        news = dict(news)
        news["spec"] = _renamed_refs(news["spec"], renames)
        news["cloud_init"] = rewrap({renames.get(k, k): v for k, v in new_secrets.items()})
        return news

    def _made_by_us(self, secret: dict[str, Any], props: dict[str, Any], vm: dict[str, Any] | None) -> bool:
        """Whether this VM resource made ``secret``: our owner mark, or an owner reference to this
        VM (to the live VM's uid while one exists)."""
        meta = secret.get("metadata") or {}
        owner = self.owner(props)
        if owner and (meta.get("annotations") or {}).get(base.OWNER_ANNOTATION) == owner:
            return True
        vm_name = (props.get("metadata") or {}).get("name")
        uids = {(vm or {}).get("metadata", {}).get("uid"), props.get("uid")} - {None}
        return any(
            ref.get("kind") == kube.VM.kind
            and ref.get("name") == vm_name
            and (not uids or ref.get("uid") in uids)
            for ref in meta.get("ownerReferences") or []
        )

    def _foreign_secrets(self, props: dict[str, Any], vm: dict[str, Any] | None) -> list[str]:
        """The Secrets this VM would write that exist and are not this VM's."""
        namespace = (props.get("metadata") or {}).get("namespace", "")
        return [
            name
            for name in props.get("cloud_init") or {}
            if (secret := self.cluster.get(kube.SECRET, namespace, name)) is not None
            and not self._made_by_us(secret, props, vm)
        ]

    def _refuse_foreign_secrets(self, props: dict[str, Any]) -> str | None:
        """Why this VM's cloud-init Secrets cannot be written (one is someone else's), or None."""
        meta = props.get("metadata") or {}
        if not props.get("cloud_init"):
            return None
        vm = self.cluster.get(kube.VM, meta.get("namespace", ""), meta.get("name", ""))
        foreign = self._foreign_secrets(props, vm)
        if not foreign:
            return None
        names = ", ".join(f"{meta.get('namespace')}/{n}" for n in foreign)
        return (
            f"Secret {names} already exists and was not made by this VM (it has neither this "
            "resource's pulumi-kubevirt.io/owner mark nor an owner reference to this VM), so its "
            "cloud-init data is not written there. Delete or rename that Secret if it is not "
            "needed, or name the cloud-init volume differently."
        )

    def _server_dry_run(self, props: dict[str, Any], manifest: dict[str, Any]) -> list[results.CheckFailure]:
        """The preview's check also finds a cloud-init Secret name that is someone else's."""
        failures = super()._server_dry_run(props, manifest)
        try:
            refused = self._refuse_foreign_secrets(props)
        except errors.ProviderError:
            return failures  # unreachable or not allowed to read: the apply checks again
        return failures + ([results.CheckFailure("cloud_init", refused)] if refused else [])

    def before_apply(self, props: dict[str, Any], manifest: dict[str, Any]) -> None:
        meta = manifest["metadata"]
        if not props.get("cloud_init"):
            return
        refused = self._refuse_foreign_secrets(props)
        if refused:
            raise errors.ProviderError(f"{self.label(props)}: {refused}")
        owner = self.owner(props)
        for secret_name, data in props["cloud_init"].items():
            secret_meta: dict[str, Any] = {
                "name": secret_name,
                "namespace": meta["namespace"],
                "labels": {CLOUD_INIT_LABEL: meta["name"]},
            }
            if owner:
                secret_meta["annotations"] = {base.OWNER_ANNOTATION: owner}
            secret = {
                "metadata": secret_meta,
                "type": "Opaque",
                "data": {
                    k: base64.b64encode(str(v).encode()).decode() for k, v in data.items() if v is not None
                },
            }
            self.cluster.apply(kube.SECRET, secret)

    def apply_failed(self, props: dict[str, Any]) -> None:
        """The VM apply failed: Secrets written for a VM that does not exist would have no owner.
        Only the ones ``before_apply`` wrote (it refuses to write any other)."""
        meta = props.get("metadata") or {}
        if not props.get("cloud_init") or self.cluster.get(
            kube.VM, meta.get("namespace", ""), meta.get("name", "")
        ):
            return
        for secret_name in props["cloud_init"]:
            self.cluster.delete(kube.SECRET, meta.get("namespace", ""), secret_name)

    def after_apply(self, props: dict[str, Any], obj: dict[str, Any]) -> dict[str, Any] | None:
        self._own_cloud_init_secrets(props, obj)
        status = obj.get("status") or {}
        failed = (status.get("startFailure") or {}).get("lastFailedVMIUID")
        observed = status.get("observedGeneration")
        if failed and observed is not None and int(obj["metadata"].get("generation") or 0) > int(observed):
            # The spec changed since the VM controller last looked (this apply): the failures it
            # recorded are of VMIs of the template before.
            self._earlier_failure = failed
        restarted = self._restart_stale_start(props, obj)
        if restarted is not None:
            return restarted  # a VMI of the declared template, just made: nothing to repair in it
        return self._repair_domain(props, obj)

    def _restart_stale_start(self, props: dict[str, Any], vm: dict[str, Any]) -> dict[str, Any] | None:
        """Restart a VMI that never started and was made from an older template (readiness.stale_start),
        so that the wait judges the template just applied; the VM as it is after, else None."""
        vmi = self._vmi_of(vm)
        if vmi is None:
            return None
        why = readiness.stale_start(vm, vmi, runs_template(props, vmi))
        if why is None:
            return None
        return self._restart(props, vmi, f"into the declared template: {why}", wait_ready=False)

    def _own_cloud_init_secrets(self, props: dict[str, Any], obj: dict[str, Any]) -> None:
        meta = obj["metadata"]
        owner = {
            "apiVersion": kube.VM.api_version,
            "kind": kube.VM.kind,
            "name": meta["name"],
            "uid": meta["uid"],
            "blockOwnerDeletion": False,
        }
        for secret_name in props.get("cloud_init") or {}:
            self.cluster.patch(
                kube.SECRET, meta["namespace"], secret_name, {"metadata": {"ownerReferences": [owner]}}
            )

    def after_delete(self, props: dict[str, Any]) -> None:
        self._delete_our_secrets(props, None)

    def _delete_our_secrets(self, props: dict[str, Any], vm: dict[str, Any] | None) -> None:
        namespace = (props.get("metadata") or {}).get("namespace", "")
        for secret_name in props.get("cloud_init") or {}:
            secret = self.cluster.get(kube.SECRET, namespace, secret_name)
            if secret is None:
                continue
            if not self._made_by_us(secret, props, vm):
                findings.notice(
                    self.label(props),
                    f"leaving Secret {namespace}/{secret_name} in place: it was not made by this VM",
                )
                continue
            self.cluster.delete(kube.SECRET, namespace, secret_name)

    # -- previews ------------------------------------------------------------------------------
    def explain_update(self, old: dict[str, Any], new: dict[str, Any], live: dict[str, Any] | None) -> None:
        running = bool(((live or {}).get("status") or {}).get("created"))
        classification = findings.classify(
            old, new, running=running, restart_on_change=bool(new.get("restart_on_change"))
        )
        findings.tell(self.label(new), classification)

    def update(self, id_: str, olds: dict[str, Any], news: dict[str, Any]) -> dict[str, Any]:
        before = self.cluster.get(kube.VMI, *base.split_id(id_))
        outputs = super().update(id_, olds, news)
        restart = findings.classify(
            self.declared(olds), self.declared(news), running=before is not None
        ).restart
        now = self.cluster.get(kube.VMI, *base.split_id(id_))
        restarted = now is None or before is None or now["metadata"]["uid"] != before["metadata"]["uid"]
        if restart and news.get("restart_on_change") and before is not None and not restarted:
            strategy = check.run_strategy({"spec": news.get("spec") or {}})
            if strategy not in self.entry.running_strategies:
                findings.notice(
                    self.label(news),
                    f"restart_on_change: not restarting: runStrategy {strategy} leaves starts and stops to "
                    "you (virtctl restart); KubeVirt applies the change at the next restart",
                )
                return outputs
            if runs_template(news, before):
                findings.notice(
                    self.label(news), "the running VM already has the declared template: no restart"
                )
                return outputs
            try:
                after = self._restart(news, before)
            except errors.ProviderError as exc:
                raise errors.Incomplete(str(exc), id_, outputs) from exc
            outputs = {**outputs, **self.outputs_of(after, news)}
        return outputs

    def _restart(
        self,
        props: dict[str, Any],
        vmi: dict[str, Any],
        why: str = "to apply the change",
        *,
        wait_ready: bool = True,
    ) -> dict[str, Any]:
        """Stop the VMI ``vmi`` (as read: the delete carries its uid, so a newer VMI of the same
        name is never deleted by a stale read); the VM controller starts a new one with the
        current template. Waits for the new VMI, then for the VM's status written after it (the
        state the readiness wait starts from, returned), then (``wait_ready``) for readiness."""
        meta = vmi["metadata"]
        namespace, vm_name = meta["namespace"], meta["name"]
        name = self.label(props)
        findings.notice(name, f"restarting {why}")
        stopped = self._stop_vmi(props, vmi)
        timeout = self.timeout(props, "update")

        def new_vmi() -> dict[str, Any] | None:
            current = self.cluster.get(kube.VMI, namespace, vm_name)
            return current if current and current["metadata"].get("uid") not in stopped else None

        started = waiting.until(
            name,
            "a new VMI",
            new_vmi,
            lambda o: readiness.Verdict(o is not None, "old VMI stopping" if o is None else "started"),
            timeout,
        )
        # The VM's status says what became of the new VMI only once the VM controller has written
        # it after the VMI was made: an older status (Ready from the old VMI, or its failure) would
        # end the readiness wait at once.
        made = watching.version_of(started) or 0
        after = waiting.until(
            name,
            "the VM's status of the new VMI",
            lambda: self.cluster.get(kube.VM, namespace, vm_name),
            lambda o: readiness.Verdict(
                o is not None and (watching.version_of(o) or 0) > made, "VM status not written yet"
            ),
            timeout,
            interval=self.cluster.POLL_INTERVAL,
        )
        assert after is not None
        if not wait_ready:
            return after
        ready = waiting.until(
            name,
            "readiness after restart",
            self.cluster.follow(kube.VM, namespace, vm_name, after),
            lambda o: self.ready(o, props),
            timeout,
            interval=0,
        )
        return ready or after

    def _stop_vmi(self, props: dict[str, Any], vmi: dict[str, Any]) -> set[str]:
        """Delete ``vmi`` by its uid; the uids of the VMIs stopped (or found already replaced).

        A 409 (preconditions.uid) means the name belongs to a newer VMI than the one read: it is
        read again; one that is going away or already runs the declared template is the restart
        (not deleted again), one that still runs an older template is stopped in its turn."""
        namespace, vm_name = vmi["metadata"]["namespace"], vmi["metadata"]["name"]
        target, stopped = vmi, set()
        for _ in range(3):
            uid = target["metadata"].get("uid")
            stopped.add(uid)
            try:
                self.cluster.delete(kube.VMI, namespace, vm_name, uid=uid)
                return stopped
            except errors.Conflict:
                current = self.cluster.get(kube.VMI, namespace, vm_name)
            if current is None or current["metadata"].get("uid") in stopped:
                return stopped
            if current["metadata"].get("deletionTimestamp"):  # stopping already: wait for the next
                return stopped | {current["metadata"].get("uid")}
            if runs_template(props, current):
                findings.notice(
                    self.label(props),
                    f"the VMI read (uid {uid}) was already replaced by {current['metadata'].get('uid')}: "
                    "not stopping that one",
                )
                return stopped
            target = current
        raise errors.ProviderError(
            f"{self.label(props)}: the VMI kept being replaced while it was being restarted; try again"
        )

    def before_delete(self, props: dict[str, Any]) -> None:
        """Stop a running VM gracefully, bounded, before deleting it.

        A stop that fails or runs out of time (``stop_cap``) does not keep the VM: it is deleted
        anyway. A Cancel (Ctrl-C) does: the destroy was aborted, so Cancelled goes up, no DELETE
        is sent and the engine keeps the VM's state entry (the VM may be left halted, as it was
        asked to be: the next ``destroy`` deletes it, the next ``up`` starts it again)."""
        meta = props.get("metadata") or {}
        namespace, name = meta.get("namespace", ""), meta.get("name", "")
        vm = self.cluster.read(kube.VM, namespace, name)
        if vm is None or not (vm.get("status") or {}).get("created"):
            return
        try:
            halted = self.cluster.patch(
                kube.VM, namespace, name, {"spec": {"runStrategy": "Halted", "running": None}}
            )
            waiting.until(
                self.label(props),
                "a graceful stop",
                self.cluster.follow(kube.VM, namespace, name, halted),
                lambda o: readiness.vm(o, "Halted"),
                min(tunables.TUNABLES.stop_cap, self.timeout(props, "delete") / 2),
                interval=0,
            )
        except errors.Cancelled:
            raise
        except errors.ProviderError as exc:
            findings.notice(self.label(props), f"graceful stop did not finish ({exc}); deleting anyway")
