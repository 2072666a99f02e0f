"""From a parsed preview to the report's facts (``model.Report``).

The classification of a change is the provider's own, called here rather than re-implemented:
which inputs count as declared (``KubeProvider.declared``), which paths changed
(``diff.changed_paths``), which force a replacement (``replacements.replacing``) and which of a
VM's template changes KubeVirt applies live or at the next restart (``findings.classify``).
Whether a VM runs comes from its recorded outputs (``created``, ``printable_status``).

Drift, pending changes, plans and notices come from the provider's findings (``findings.py``),
which both transports also send as one machine-readable diagnostic per call
(``findings.PREFIX``): the report decodes that, and words it with the provider's own renderer
(``findings.line``), never reading the sentences back. The resource plugin's diagnostics carry
the resource's URN, and it puts drifted paths in the step's ``detailedDiff`` (``inputDiff:
false``); the dynamic resources' diagnostics have no URN, so their findings name the object
(kind and ``namespace/name``), and the engine's detailedDiff has no drift: the report says that
per-path detail is unavailable.
"""

from __future__ import annotations

from typing import Any

from pulumi_kubevirt_provider import diff, findings, kinds, liveupdate, replacements
from pulumi_kubevirt_provider.report import model, preview
from pulumi_kubevirt_provider.resources import base


def _operation(ops: list[str]) -> model.Operation:
    if any(op in preview.REPLACE_OPS for op in ops):
        return model.Operation.REPLACE
    for op in ops:
        try:
            return model.Operation(op)
        except ValueError:
            continue
    return model.Operation.OTHER  # refresh, discard, remove-pending-replace ...


def _merge_steps(steps: tuple[preview.Step, ...]) -> list[tuple[list[str], preview.Step]]:
    """One entry per URN, in the order the engine listed them; a replacement's steps merged."""
    by_urn: dict[str, tuple[list[str], preview.Step]] = {}
    for step in steps:
        if step.urn in by_urn:
            ops, first = by_urn[step.urn]
            ops.append(step.op)
            # Prefer the step carrying both states (the "replace" step) for the facts.
            if step.old and step.new and not (first.old and first.new):
                by_urn[step.urn] = (ops, step)
        else:
            by_urn[step.urn] = ([step.op], step)
    return list(by_urn.values())


def _object_name(inputs: dict[str, Any]) -> tuple[str, str]:
    meta = inputs.get("metadata")
    if not isinstance(meta, dict):
        return "", ""
    return str(meta.get("namespace") or ""), str(meta.get("name") or "")


def _show(value: Any) -> Any:
    return None if value is preview.MISSING else value


def _declared_changes(
    handler: base.KubeProvider, step: preview.Step, flags_drift: bool
) -> tuple[dict[str, Any], dict[str, Any], list[tuple[str | int, ...]]]:
    """Old and new declared inputs and the changed paths: the provider's comparison, plus the
    paths the step's detailedDiff names that it cannot see (a secret compares equal to itself)."""
    old = handler.declared(base.whole_numbers(step.old.inputs if step.old else {}))
    new = handler.declared(base.whole_numbers(step.new.inputs if step.new else {}))
    changed = list(diff.changed_paths(old, new, schema=handler.schema))
    # An empty map or list declared on one side only (``source: {blank: {}}`` replaced by
    # ``registry``) has no leaf for the comparison to find; show it too.
    for one, other in ((old, new), (new, old)):
        for path, value in _leaves(one, ()):
            if (
                value in ({}, [])
                and preview.value_at(other, path) is preview.MISSING
                and not _covered(path, changed)
            ):
                changed.append(path)
    for name, entry in sorted(step.detailed_diff.items()):
        if flags_drift and not entry.get("inputDiff"):  # the plugin marks drift inputDiff: false
            continue
        path = preview.parse_path(name)
        if str(path[0]) in handler.inputs and not _covered(path, changed):
            changed.append(path)
    return old, new, changed


def _covered(path: tuple[str | int, ...], known: list[tuple[str | int, ...]]) -> bool:
    return any(path[: len(k)] == k or k[: len(path)] == path for k in known)


def _replace_why(provider_kind: str, paths: set[tuple[str | int, ...]]) -> list[str]:
    why = []
    for rule in kinds.replacements(provider_kind):
        hits = sorted(diff.format_path(p) for p in paths if rule.covers(p))
        if hits:
            why.append(f"{', '.join(f'`{h}`' for h in hits)}: {rule.why}")
    return why


def _vm_running(step: preview.Step) -> bool:
    outputs = step.old.outputs if step.old else {}
    return outputs.get("created") is True or outputs.get("printable_status") in (
        "Running",
        "Paused",
        "Migrating",
    )


def _classify(
    resource: model.Resource,
    handler: base.KubeProvider,
    step: preview.Step,
    old: dict[str, Any],
    new: dict[str, Any],
    changed: list[tuple[str | int, ...]],
) -> dict[str, model.ChangeClass]:
    """The resource's change class and reasons; per formatted path, the class of that path."""
    provider_kind = handler.kind.kind
    replacing = replacements.replacing(provider_kind, changed)
    per_path: dict[str, model.ChangeClass] = {}
    if resource.operation is model.Operation.REPLACE or replacing:
        resource.change_class = model.ChangeClass.REPLACE
        resource.why += _replace_why(provider_kind, replacing) or [
            f"the engine replaces it ({', '.join(step.replace_reasons) or 'replaceReasons not given'})"
        ]
        for p in replacing:
            per_path[diff.format_path(p)] = model.ChangeClass.REPLACE
        return per_path
    if resource.kind != "VirtualMachine":
        resource.change_class = model.ChangeClass.IN_PLACE
        resource.why.append("updated in place (server-side apply)")
        return per_path
    running = _vm_running(step)
    classification = findings.classify(old, new, running=running)
    live, restart = classification.live, classification.restart
    for shown in live:
        per_path[shown] = model.ChangeClass.LIVE if running else model.ChangeClass.STOPPED
    for shown in restart:
        per_path[shown] = model.ChangeClass.RESTART if running else model.ChangeClass.STOPPED
    status = (step.old.outputs if step.old else {}).get("printable_status") or "unknown"
    if restart and running:
        resource.change_class = model.ChangeClass.RESTART
        if new.get("restart_on_change"):
            resource.why.append("`up` restarts the VM to apply them (restart_on_change)")
        else:
            resource.why.append(
                "KubeVirt applies them at the next restart (RestartRequired); `up` does not restart the VM"
            )
        if live:
            resource.why.append(f"applied live: {', '.join(f'`{p}`' for p in live)}")
    elif live and running:
        resource.change_class = model.ChangeClass.LIVE
        resource.why.append("KubeVirt applies these to the running VM (LiveUpdate); no restart")
    elif (live or restart) and not running:
        resource.change_class = model.ChangeClass.STOPPED
        resource.why.append(
            f"the VM is not running (status {status}): the new template applies when it starts"
        )
    else:
        resource.change_class = model.ChangeClass.IN_PLACE
        resource.why.append("no template change: nothing to restart")
    old_rs = (old.get("spec") or {}).get("runStrategy") if isinstance(old.get("spec"), dict) else None
    new_rs = (new.get("spec") or {}).get("runStrategy") if isinstance(new.get("spec"), dict) else None
    if old_rs != new_rs and new_rs:
        if new_rs in kinds.VIRTUAL_MACHINE.running_strategies:
            effect = "the VM starts"
        elif new_rs == "Halted":
            effect = "the VM stops"
        else:
            effect = f"starting and stopping is left to {new_rs}"
        resource.why.append(f"runStrategy {old_rs or 'unset'} → {new_rs}: {effect}")
    return per_path


def _is_drift(resource: model.Resource, entry: dict[str, Any]) -> bool:
    """Only the plugin reports drift paths; the engine's own diff (dynamic) is of the inputs."""
    return resource.transport == "plugin" and not entry.get("inputDiff")


def _field_changes(
    resource: model.Resource,
    old: dict[str, Any],
    new: dict[str, Any],
    changed: list[tuple[str | int, ...]],
    per_path: dict[str, model.ChangeClass],
) -> None:
    default = resource.change_class if resource.change_class is not model.ChangeClass.REPLACE else None
    for path in sorted(changed, key=diff.format_path):
        name = diff.format_path(path)
        before, after = _show(preview.value_at(old, path)), _show(preview.value_at(new, path))
        kind = "add" if before is None else "delete" if after is None else "update"
        effect = per_path.get(name)
        if effect is None and resource.kind == "VirtualMachine" and tuple(path[:3]) == liveupdate.TEMPLATE:
            effect = default
        if effect is model.ChangeClass.REPLACE:
            kind += "-replace"
        resource.changes.append(model.FieldChange(name, kind, before, after, effect))


def _creation_facts(resource: model.Resource, new: dict[str, Any]) -> None:
    """Imports CDI will run and migrations that will start."""
    raw = new.get("spec")
    spec: dict[str, Any] = raw if isinstance(raw, dict) else {}
    if resource.kind == "DataVolume":
        resource.imports.append(_import_line(resource.object or resource.name, spec))
    elif resource.kind == "VirtualMachine":
        for template in spec.get("dataVolumeTemplates") or []:
            if isinstance(template, dict):
                name = str((template.get("metadata") or {}).get("name") or "?")
                resource.imports.append(_import_line(name, template.get("spec") or {}))
    elif resource.kind == "VirtualMachineMigration":
        resource.migrations.append(f"live-migrates VMI `{spec.get('vmiName') or '?'}`")


def _import_line(name: str, spec: Any) -> str:
    if spec == preview.SECRET or not isinstance(spec, dict):
        return f"`{name}`: a DataVolume import ([secret] source)"
    source = spec.get("source") or {}
    storage = spec.get("storage") or spec.get("pvc") or {}
    size = (
        (((storage.get("resources") or {}).get("requests") or {}).get("storage"))
        if isinstance(storage, dict)
        else None
    )
    size_text = f" into a {size} volume" if size else ""
    if not isinstance(source, dict) or not source:
        return f"`{name}`: no source declared{size_text}"
    kind, detail = next(iter(source.items()))
    if kind == "http":
        what = f"downloads `{(detail or {}).get('url', '?')}`"
    elif kind == "registry":
        what = f"imports registry image `{(detail or {}).get('url', '?')}`"
    elif kind == "pvc":
        pvc = detail if isinstance(detail, dict) else {}
        where = "/".join(str(p) for p in (pvc.get("namespace"), pvc.get("name", "?")) if p)
        what = f"clones PVC `{where}`"
    elif kind == "blank":
        what, size_text = (f"creates a blank {size} volume" if size else "creates a blank volume"), ""
    else:
        what = f"imports from `{kind}`"
    return f"`{name}`: CDI {what}{size_text}"


def _resource(ops: list[str], step: preview.Step) -> model.Resource:
    kind, transport = kinds.from_token(step.type)
    operation = _operation(ops)
    inputs = (step.new or step.old or preview.State()).inputs
    namespace, obj = _object_name(inputs)
    if not obj and step.old:
        namespace, obj = _object_name(step.old.inputs)
    resource = model.Resource(
        urn=step.urn,
        name=step.name,
        kind=kind,
        type=step.type,
        transport=transport,
        operation=operation,
        object=f"{namespace}/{obj}" if namespace else obj,
    )
    known = kinds.BY_NAME.get(kind) if transport else None
    if known is None:
        return resource
    handler = known.handler_class()
    old, new, changed = _declared_changes(handler, step, transport == "plugin")
    if operation in (model.Operation.UPDATE, model.Operation.REPLACE):
        per_path = _classify(resource, handler, step, old, new, changed)
        _field_changes(resource, old, new, changed, per_path)
        if not resource.changes:
            resource.change_class = None
            resource.why.clear()
    elif operation is model.Operation.CREATE:
        for path, value in _leaves(new, ()):
            if str(path[0]) in ("metadata", "spec", "restart_on_change", "cloud_init", "timeouts"):
                resource.changes.append(model.FieldChange(diff.format_path(path), "add", None, value))
    if operation in (model.Operation.CREATE, model.Operation.REPLACE):
        _creation_facts(resource, new)
    if operation is model.Operation.REPLACE:
        resource.why.append("deleted first, then created (deleteBeforeReplace)")
        loss = replacements.data_loss(handler.kind.kind, old)
        if loss:
            resource.why.append(loss)
    if operation is model.Operation.DELETE:
        if kind == "VirtualMachine":
            resource.why.append("a running VM is stopped gracefully (bounded), then deleted")
        elif kind == "DataVolume":
            resource.why.append("its PVC and the data on it are deleted with it")
    # Drift paths the plugin names.
    for name, entry in sorted(step.detailed_diff.items()):
        if _is_drift(resource, entry):
            source = model.Source.DOMAIN if name.startswith("domain") else model.Source.CLUSTER
            resource.drift.append(model.Drift(source, name))
    if transport == "dynamic":
        resource.drift_detail = False
    return resource


def _leaves(value: Any, prefix: tuple[str | int, ...]) -> list[tuple[tuple[str | int, ...], Any]]:
    if isinstance(value, dict) and value:
        return [leaf for k, v in value.items() for leaf in _leaves(v, (*prefix, k))]
    if isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
        return [leaf for i, v in enumerate(value) for leaf in _leaves(v, (*prefix, i))]
    return [] if value is None or not prefix else [(prefix, value)]


# -- the provider's findings ---------------------------------------------------------------
def _hidden(step: preview.Step | None, finding: findings.ClusterDrift) -> bool:
    """Is the drifted path secret, by the provider's word or in the step's inputs?"""
    if finding.secret:
        return True
    path = preview.parse_path(finding.path)
    return step is not None and any(
        state is not None and preview.under_secret(state.inputs, path) for state in (step.old, step.new)
    )


def _fill(resource: model.Resource, source: model.Source, path: str, message: str) -> bool:
    """Give the detailedDiff's drift entry of ``path`` its message; False if there is none."""
    for i, d in enumerate(resource.drift):
        if d.source is source and d.path == path and d.message is None:
            resource.drift[i] = model.Drift(source, path, message)
            return True
    return False


def _attach(resource: model.Resource, step: preview.Step | None, finding: findings.Finding) -> None:
    text = findings.line(finding)
    if isinstance(finding, findings.ClusterDrift):
        if _hidden(step, finding):
            finding = findings.cluster_drift(finding.path, None, None, secret=True)
        text = findings.line(finding, hidden_as_values=True)
        if not _fill(resource, model.Source.CLUSTER, finding.path, text):
            path = finding.path if resource.drift_detail else None
            resource.drift.append(model.Drift(model.Source.CLUSTER, path, text))
    elif isinstance(finding, findings.Deleted):
        resource.drift.append(model.Drift(model.Source.CLUSTER, None, text))
    elif isinstance(finding, findings.DomainDrift) and not isinstance(finding, findings.Repairing):
        if not _fill(resource, model.Source.DOMAIN, finding.path(), text):
            resource.drift.append(model.Drift(model.Source.DOMAIN, None, text))
    elif isinstance(finding, findings.PENDING):
        resource.pending.append(findings.pending_text(finding))
    elif isinstance(finding, findings.Plan):
        resource.plan.append(text)
    elif isinstance(finding, findings.Replacement) and resource.operation is model.Operation.REPLACE:
        return  # the same fact, from the provider's code (_resource)
    elif isinstance(finding, findings.Classification) and (
        (finding.restart and resource.change_class is model.ChangeClass.RESTART)
        or (not finding.restart and resource.change_class is model.ChangeClass.LIVE)
    ):
        return  # the same classification, made above from the provider's code
    elif text not in resource.notes:  # the engine may check (and so log) twice
        resource.notes.append(text)


def _by_object(resources: list[model.Resource], decoded: findings.Decoded) -> model.Resource | None:
    """The dynamic resource the findings name: its kind and its object's ``namespace/name``."""
    candidates = [
        r
        for r in resources
        if r.transport == "dynamic"
        and r.object == decoded.object
        and r.kind in kinds.BY_NAME
        and kinds.BY_NAME[r.kind].api.kind == decoded.kind
    ]
    return candidates[0] if len(candidates) == 1 else None


def _where_migrations_start(resources: list[model.Resource], steps: dict[str, preview.Step]) -> None:
    """A migration's VMI runs on the node its VM's recorded outputs name (if the VM is in the stack)."""
    nodes = {}
    for r in resources:
        step = steps[r.urn]
        if r.kind == "VirtualMachine" and step.old and step.old.outputs.get("node_name"):
            nodes[r.object] = str(step.old.outputs["node_name"])
    for r in resources:
        if r.kind != "VirtualMachineMigration" or not r.migrations:
            continue
        spec = (steps[r.urn].new or preview.State()).inputs.get("spec")
        vmi = spec.get("vmiName") if isinstance(spec, dict) else None
        namespace = r.object.rsplit("/", 1)[0] if "/" in r.object else ""
        node = nodes.get(f"{namespace}/{vmi}" if namespace else str(vmi))
        if node:
            r.migrations = [f"{m} away from node `{node}`" for m in r.migrations]


def build(parsed: preview.Preview) -> model.Report:
    merged = _merge_steps(parsed.steps)
    resources = [_resource(ops, step) for ops, step in merged]
    steps = {step.urn: step for _, step in merged}
    by_urn = {r.urn: r for r in resources}
    _where_migrations_start(resources, steps)
    report = model.Report(resources=[])
    told: set[str] = set()  # "<label>: <line>" of every finding decoded: the same as its log line
    other: list[tuple[preview.Diagnostic, str]] = []
    for diagnostic in parsed.diagnostics:
        for raw in diagnostic.message.splitlines():
            line = raw.strip()
            if not line:
                continue
            if diagnostic.severity == "error":
                report.errors.append(line)
                continue
            decoded = findings.decode(line)
            if decoded is None:
                other.append((diagnostic, line))
                continue
            target = by_urn.get(diagnostic.urn) if diagnostic.urn else _by_object(resources, decoded)
            for label, finding in decoded.findings:
                said = f"{label}: {findings.line(finding)}"
                told.add(said)
                if target is None or (not diagnostic.urn and label == findings.PROCESS):
                    if said not in report.notes:
                        report.notes.append(said)
                    continue
                _attach(target, steps.get(target.urn), finding)
    for diagnostic, line in other:
        if line in told:
            continue  # a finding's own line: decoded above
        target = by_urn.get(diagnostic.urn) if diagnostic.urn else None
        if target is not None:
            if line not in target.notes:
                target.notes.append(line)
        elif diagnostic.severity in ("info", "warning", "info#err") and line not in report.notes:
            report.notes.append(line)
    for r in resources:
        if r.drift and r.operation is model.Operation.UPDATE and not r.changes:
            r.why = []
    report.resources = [r for r in resources if r.noteworthy and not r.type.startswith("pulumi:")]
    report.unchanged = sum(1 for r in resources if not r.noteworthy and not r.type.startswith("pulumi:"))
    return report
