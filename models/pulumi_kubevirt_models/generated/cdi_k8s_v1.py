# generated — regenerate, don't edit
# Written by scripts/codegen/generate.py from
#   cdi-v1.66.0/swagger.json (sha256 b4425aa983c0493a)
"""Kubernetes types as vendored by CDI, where they differ from KubeVirt's."""

from __future__ import annotations

import pydantic

from pulumi_kubevirt_models import base, quantity

__all__ = [
    "Condition",
    "DeleteOptions",
    "ResourceClaim",
    "ResourceRequirements",
]


class Condition(base.KubeModel):
    last_heartbeat_time: base.Input[str] | None = pydantic.Field(default=None, alias="lastHeartbeatTime")
    last_transition_time: base.Input[str] | None = pydantic.Field(default=None, alias="lastTransitionTime")
    message: base.Input[str] | None = pydantic.Field(default=None, alias="message")
    reason: base.Input[str] | None = pydantic.Field(default=None, alias="reason")
    status: base.Input[str] = pydantic.Field(alias="status")
    type: base.Input[str] = pydantic.Field(alias="type")


class DeleteOptions(base.KubeModel):
    api_version: base.Input[str] | None = pydantic.Field(default=None, alias="apiVersion")
    dry_run: base.Input[base.InputList[str]] | None = pydantic.Field(default=None, alias="dryRun")
    grace_period_seconds: base.Input[int] | None = pydantic.Field(default=None, alias="gracePeriodSeconds")
    kind: base.Input[str] | None = pydantic.Field(default=None, alias="kind")
    orphan_dependents: base.Input[bool] | None = pydantic.Field(default=None, alias="orphanDependents")
    preconditions: base.Input[k8s_meta_v1.Preconditions] | None = pydantic.Field(
        default=None, alias="preconditions"
    )
    propagation_policy: base.Input[str] | None = pydantic.Field(default=None, alias="propagationPolicy")


class ResourceClaim(base.KubeModel):
    name: base.Input[str] = pydantic.Field(alias="name")
    request: base.Input[str] | None = pydantic.Field(default=None, alias="request")


class ResourceRequirements(base.KubeModel):
    claims: base.Input[base.InputList[ResourceClaim]] | None = pydantic.Field(default=None, alias="claims")
    limits: base.Input[base.InputMap[quantity.Quantity]] | None = pydantic.Field(default=None, alias="limits")
    requests: base.Input[base.InputMap[quantity.Quantity]] | None = pydantic.Field(
        default=None, alias="requests"
    )


from pulumi_kubevirt_models.generated import (  # noqa: E402  (cyclic; see above)
    k8s_meta_v1,
)
