"""The domain check of one VM: its VM object, its VMI and the libvirt domain that runs it.

``inspect`` answers three questions for a preview, a refresh and an update:

- drift: where the running machine is not the declared one (``findings.DomainDrift``, each with
  the repair ``up`` makes);
- pending: what KubeVirt has been asked for and has not applied yet (not drift: ``findings.Pending``,
  ``Hotplug``, ``Migrating``, ``PausedByKubeVirt``);
- the domain's summary, for the ``domain`` output.

A domain the provider cannot see (no permission, no launcher pod, libvirt unreachable,
``kubevirt:domainAccess`` off) is never a failure: ``notice`` says why, once per preview.
"""

from __future__ import annotations

import dataclasses
import threading
import time
import xml.etree.ElementTree as ET
from collections.abc import Callable
from typing import Any

from pulumi_kubevirt_provider import errors, findings, kinds, operation, readiness, settings, waiting
from pulumi_kubevirt_provider.domain import access, compare
from pulumi_kubevirt_provider.domain import facts as F

FINISHED = ("Succeeded", "Failed")

_backends: dict[settings.ClusterSettings, access.Backend | None] = {}
_lock = threading.Lock()


def backend_for(cfg: settings.ClusterSettings, cluster: Any) -> access.Backend | None:
    """One backend per stack configuration per provider process; None when access is off."""
    with _lock:
        if cfg not in _backends:
            name = cfg.domain_backend_name()
            backend: access.Backend | None = None
            if name == "libvirt":
                from pulumi_kubevirt_provider.domain.libvirt_access import LibvirtBackend

                backend = LibvirtBackend(cfg.libvirt_uri or "")
            elif name == "exec":
                from pulumi_kubevirt_provider.domain.launcher import ExecBackend

                backend = ExecBackend(cluster)
            _backends[cfg] = backend
        return _backends[cfg]


def run_strategy(vm: dict[str, Any]) -> str:
    spec = vm.get("spec") or {}
    if spec.get("runStrategy"):
        return str(spec["runStrategy"])
    return "Always" if spec.get("running") else "Halted"


@dataclasses.dataclass
class Report:
    drift: list[findings.DomainDrift] = dataclasses.field(default_factory=list)
    pending: list[findings.Finding] = dataclasses.field(default_factory=list)
    facts: F.Facts | None = None
    where: str = ""
    backend: str = ""
    notice: str | None = None  # why the domain was not checked
    # the domain is paused and KubeVirt knows it (virtctl pause): operator intent, not drift
    paused_by_kubevirt: bool = False

    def lines(self) -> list[str]:
        """The drift in words (the ``drift`` output)."""
        return [findings.line(f) for f in self.drift]

    def pending_lines(self) -> list[str]:
        """What is pending, in words (the ``pending`` output)."""
        return [findings.line(f) for f in self.pending]

    def repairs(self) -> set[str]:
        return {f.repair for f in self.drift}

    def summary(self) -> dict[str, Any] | None:
        if self.facts is None:
            return None
        return {**self.facts.summary(), "node": self.where, "access": self.backend}

    def plan(self, strategy: str) -> findings.Plan:
        """What ``up`` does about the drift."""
        actions = []
        repairs = self.repairs()
        if compare.RESTART in repairs:
            if strategy in kinds.VIRTUAL_MACHINE.running_strategies:
                actions.append(
                    "restarts the VM into its declared template (KubeVirt cannot repair this live)"
                )
            else:
                actions.append(
                    f"cannot repair it without a restart, which runStrategy {strategy} leaves to you "
                    "(virtctl restart)"
                )
        else:
            if compare.RESUME in repairs:
                actions.append(
                    "resumes the domain (a pause KubeVirt does not know about: the VMI has no Paused "
                    "condition; `virtctl pause` would have set one)"
                )
            if compare.SETMEM in repairs:
                actions.append("sets the memory back live")
        if compare.WAIT in repairs:
            actions.append("waits until KubeVirt has it running and Ready again")
        return findings.Plan(tuple(actions))


def inspect(backend: access.Backend | None, vm: dict[str, Any] | None, vmi: dict[str, Any] | None) -> Report:
    report = Report(backend=backend.name if backend else "off")
    if vm is None:
        return report
    strategy = run_strategy(vm)
    status = vm.get("status") or {}
    phase = ((vmi or {}).get("status") or {}).get("phase")
    if vmi is not None and phase == "Running":
        report.pending.extend(compare.pending(vm, vmi))
        migration = (vmi.get("status") or {}).get("migrationState") or {}
        if migration and not migration.get("completed") and not migration.get("failed"):
            report.pending.append(findings.Migrating(migration.get("targetNode") or "another node"))
            return report
        if backend is not None:
            _check_domain(report, backend, vm, vmi)
        if (
            report.drift
            or report.notice
            or report.paused_by_kubevirt
            or strategy not in kinds.VIRTUAL_MACHINE.running_strategies
        ):
            return report
    # A finished VMI is not running even while the VM's status, which KubeVirt updates after it,
    # still says Ready.
    if strategy in kinds.VIRTUAL_MACHINE.running_strategies and (
        not status.get("ready") or phase in FINISHED
    ):
        if phase in FINISHED:
            shown = "Stopped" if status.get("ready") else status.get("printableStatus") or "Stopped"
            actual = f"{shown} (VMI {phase})"
        elif phase == "Running":
            actual = "running, guest not Ready"
        else:
            actual = str(status.get("printableStatus") or "Stopped")
        report.drift.append(findings.DomainDrift("run state", actual, "running and Ready", compare.WAIT))
    return report


def _check_domain(report: Report, backend: access.Backend, vm: dict[str, Any], vmi: dict[str, Any]) -> None:
    try:
        reading = backend.read(vmi)
        if reading.state == access.ABSENT and not _launcher_image(vmi):
            report.notice = (
                f"VMI {access.vmi_ref(vmi)} runs in no virt-launcher (status.launcherContainerImageVersion "
                "is empty), so no domain runs it: domain not checked"
            )
            return
        have = F.from_reading(reading)
    except access.Unavailable as exc:
        report.notice = str(exc)
        return
    except (ValueError, ET.ParseError) as exc:  # facts.py turns ParseError into ValueError; both kept
        report.notice = (
            f"the domain of VMI {access.vmi_ref(vmi)} could not be parsed ({exc}): domain not checked"
        )
        return
    report.facts, report.where = have, reading.where
    if have.state == access.PAUSED and compare.paused_by_kubevirt(vmi):
        report.paused_by_kubevirt = True
        report.pending.append(findings.PausedByKubeVirt())
        return
    want = F.expected(vmi)
    hot = compare.hotplugging(vm, vmi)
    for finding in compare.domain_drift(want, have):
        if finding.field in hot or (finding.field.startswith("disk ") and "disk" in hot):
            report.pending.append(findings.Hotplug(finding.field, finding.live, finding.declared))
        else:
            report.drift.append(finding)


def _launcher_image(vmi: dict[str, Any]) -> str:
    """The virt-launcher image KubeVirt runs the VMI's domain in; empty when no launcher runs it
    (a VMI made Ready by a fake kubelet, as density tests do: an absent domain is then no drift)."""
    return str((vmi.get("status") or {}).get("launcherContainerImageVersion") or "")


def repair(
    backend: access.Backend | None,
    report: Report,
    vmi: dict[str, Any],
    say: Any,
) -> bool:
    """Make the live repairs (resume, setmem). True if a restart is still needed."""
    repairs = report.repairs()
    if compare.RESTART in repairs:
        return True
    if backend is None:
        return False
    if compare.RESUME in repairs:
        say("resuming the domain (it was paused outside Pulumi)")
        backend.resume(vmi)
    if compare.SETMEM in repairs:
        want = F.expected(vmi).current_memory
        if want:
            say(f"setting the domain's memory back to {F.human_bytes(want)}")
            backend.set_memory(vmi, want // 1024)
    return False


def settle(
    backend: access.Backend,
    fetch: Callable[[], tuple[dict[str, Any] | None, dict[str, Any] | None]],
    timeout: float,
    say: Callable[[str], None],
    *,
    resource: str = "",
    clock: Callable[[], float] = time.monotonic,
    sleep: Callable[[float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Report:
    """Re-inspect until the live repairs show (the balloon takes the guest a few seconds), in the
    one wait loop (waiting.until): a Cancel (Ctrl-C) ends it at once with errors.Cancelled, as it
    ends every wait. Past ``timeout`` the repairs that did not show are said, and the last report
    is the answer (not a failure: the next preview shows them)."""
    reports: list[Report] = []

    def inspected() -> dict[str, Any] | None:
        vm, vmi = fetch()
        reports.append(inspect(backend, vm, vmi))
        return vm

    def shown(_: dict[str, Any] | None) -> readiness.Verdict:
        live = _live_repairs(reports[-1])
        return readiness.Verdict(not live, "; ".join(findings.line(f) for f in live))

    try:
        waiting.until(
            resource,
            "the live repair to show",
            inspected,
            shown,
            timeout,
            clock=clock,
            sleep=sleep if sleep is not None else waiting.sleep_unless_cancelled,
            say=lambda _resource, _line: None,  # the repair said what it does; the wait is short
            cancelled=cancelled if cancelled is not None else operation.cancelled.is_set,
        )
    except errors.ReadinessTimeout:
        for finding in _live_repairs(reports[-1]):
            say(f"still {findings.line(finding)} after {timeout:.0f}s")
    return reports[-1] if reports else Report(backend=backend.name)  # the API server never answered


def _live_repairs(report: Report) -> list[findings.DomainDrift]:
    return [f for f in report.drift if f.repair in (compare.RESUME, compare.SETMEM)]
