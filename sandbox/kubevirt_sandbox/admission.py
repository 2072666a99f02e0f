"""Clone authorization, the check CDI's and KubeVirt's admission webhooks make, as
ValidatingAdmissionPolicies.

A DataVolume whose ``spec.source.pvc`` names a claim of another namespace copies that claim's
disk. CDI lets it only if the user creating the DataVolume may ``create`` the subresource
``datavolumes/source`` (or ``pods``) in the source namespace: its mutating webhook sends a
SubjectAccessReview for the request's user (``CanUserClonePVC`` in containerized-data-importer's
``authorize_utils.go``) and refuses with "User <name> has insufficient permissions in clone
source namespace <ns>". KubeVirt's VM webhook makes the same check for each
``dataVolumeTemplates`` entry when a VM is created or updated (the DataVolume that
virt-controller then creates passes as virt-controller's).

The sandbox runs no webhook server. The same question is asked by the API server itself: a
policy's ``authorizer`` runs the authorization check (RBAC here) for the user of the request
being admitted, with the same attributes a SubjectAccessReview would carry. A controller could
not ask it honestly afterwards: nothing in a stored object says who created it (managedFields
names a field manager the client picks, an annotation is whatever the client wrote).

Not modelled: KubeVirt's second check of the VM's service account, and DataSource sources.
"""

from __future__ import annotations

import time
from typing import Any

POLICY_PREFIX = "kubevirt-sandbox-clone-source-"

# CDI: either explicitly allowed to use the namespace as a clone source, or allowed to run pods
# there (a pod could read the claim anyway).
_ALLOWED = (
    "(authorizer.group('cdi.kubevirt.io').resource('datavolumes').subresource('source')"
    ".namespace({ns}).name({name}).check('create').allowed()"
    " || authorizer.group('').resource('pods').namespace({ns}).name({name}).check('create').allowed())"
)


def _denied(src: str) -> str:
    """CEL: true when ``src`` (a DataVolume spec) clones from another namespace without the right."""
    pvc = f"{src}.source.pvc"
    allowed = _ALLOWED.format(ns=f"{pvc}.namespace", name=f"{pvc}.name")
    return (
        f"has({src}.source) && has({pvc}) && has({pvc}.namespace) && {pvc}.namespace != ''"
        f" && {pvc}.namespace != request.namespace && !{allowed}"
    )


def _message(ns: str) -> str:
    text = "' has insufficient permissions in clone source namespace '"
    return f"'User ' + request.userInfo.username + {text} + {ns}"


def policies() -> list[tuple[dict[str, Any], dict[str, Any]]]:
    """(ValidatingAdmissionPolicy, binding) pairs: DataVolumes, and VMs' dataVolumeTemplates."""
    specs = {
        "datavolumes": {
            "matchConstraints": {
                "resourceRules": [
                    {
                        "apiGroups": ["cdi.kubevirt.io"],
                        "apiVersions": ["*"],
                        "operations": ["CREATE", "UPDATE"],
                        "resources": ["datavolumes"],
                    }
                ]
            },
            "validations": [
                {
                    "expression": f"!({_denied('object.spec')})",
                    "messageExpression": _message("object.spec.source.pvc.namespace"),
                    "reason": "Forbidden",
                }
            ],
        },
        "virtualmachines": {
            "matchConstraints": {
                "resourceRules": [
                    {
                        "apiGroups": ["kubevirt.io"],
                        "apiVersions": ["*"],
                        "operations": ["CREATE", "UPDATE"],
                        "resources": ["virtualmachines"],
                    }
                ]
            },
            "variables": [
                {
                    "name": "denied",
                    "expression": (
                        "has(object.spec.dataVolumeTemplates) ? object.spec.dataVolumeTemplates"
                        f".filter(t, has(t.spec) && {_denied('t.spec')})"
                        ".map(t, t.spec.source.pvc.namespace) : []"
                    ),
                }
            ],
            "validations": [
                {
                    "expression": "size(variables.denied) == 0",
                    # a message cannot call the authorizer again: it names the namespaces of every
                    # template that clones across namespaces (usually the one refused)
                    "messageExpression": _message(
                        "object.spec.dataVolumeTemplates.filter(t, has(t.spec) && has(t.spec.source)"
                        " && has(t.spec.source.pvc) && has(t.spec.source.pvc.namespace)"
                        " && t.spec.source.pvc.namespace != request.namespace)"
                        ".map(t, string(t.spec.source.pvc.namespace)).join(', ')"
                    ),
                    "reason": "Forbidden",
                }
            ],
        },
    }
    out = []
    for resource, spec in specs.items():
        name = POLICY_PREFIX + resource
        policy = {
            "apiVersion": "admissionregistration.k8s.io/v1",
            "kind": "ValidatingAdmissionPolicy",
            "metadata": {"name": name},
            "spec": {"failurePolicy": "Fail", **spec},
        }
        binding = {
            "apiVersion": "admissionregistration.k8s.io/v1",
            "kind": "ValidatingAdmissionPolicyBinding",
            "metadata": {"name": name},
            "spec": {"policyName": name, "validationActions": ["Deny"]},
        }
        out.append((policy, binding))
    return out


def install(api_client: Any, timeout: float = 30.0) -> list[str]:
    """Create or replace the policies and their bindings; wait until the API server has
    type-checked each one (a policy with a type error would refuse nothing); return their names."""
    from kubernetes import client
    from kubernetes.client.rest import ApiException

    # Any: dict bodies are sent as they are (the client's signatures want its model classes)
    adm: Any = client.AdmissionregistrationV1Api(api_client)
    names = []
    for policy, binding in policies():
        name = policy["metadata"]["name"]
        names.append(name)
        for create, read, replace, body in (
            (
                adm.create_validating_admission_policy,
                adm.read_validating_admission_policy,
                adm.replace_validating_admission_policy,
                policy,
            ),
            (
                adm.create_validating_admission_policy_binding,
                adm.read_validating_admission_policy_binding,
                adm.replace_validating_admission_policy_binding,
                binding,
            ),
        ):
            try:
                create(body)
            except ApiException as exc:
                if exc.status != 409:
                    raise
                version = read(name).metadata.resource_version
                replace(name, dict(body, metadata=dict(body["metadata"], resourceVersion=version)))
    deadline = time.monotonic() + timeout
    for name in names:
        while True:
            obj = adm.read_validating_admission_policy(name)
            status = obj.status
            if status is not None and (status.observed_generation or 0) >= (obj.metadata.generation or 0):
                warnings = (status.type_checking.expression_warnings if status.type_checking else None) or []
                if warnings:
                    raise RuntimeError(f"admission policy {name} does not type-check: {warnings}")
                break
            if time.monotonic() > deadline:
                raise TimeoutError(
                    f"admission policy {name} not checked by the API server after {timeout:.0f}s"
                )
            time.sleep(0.2)
    return names
