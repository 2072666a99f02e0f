# generated — regenerate, don't edit
# Written by scripts/codegen/generate.py from
#   cdi-v1.66.0/swagger.json (sha256 b4425aa983c0493a)
"""Kubernetes types as vendored by CDI, where they differ from KubeVirt's."""

from __future__ import annotations

import pydantic

from pulumi_kubevirt_models import base as _base
from pulumi_kubevirt_models import quantity as _quantity

__all__ = [
    "Condition",
    "DeleteOptions",
    "ResourceClaim",
    "ResourceRequirements",
]


class Condition(_base.KubeModel):
    last_heartbeat_time: _base.Input[str] | None = pydantic.Field(default=None, alias="lastHeartbeatTime")
    last_transition_time: _base.Input[str] | None = pydantic.Field(default=None, alias="lastTransitionTime")
    message: _base.Input[str] | None = pydantic.Field(default=None, alias="message")
    reason: _base.Input[str] | None = pydantic.Field(default=None, alias="reason")
    status: _base.Input[str] = pydantic.Field(alias="status")
    type: _base.Input[str] = pydantic.Field(alias="type")


class DeleteOptions(_base.KubeModel):
    api_version: _base.Input[str] | None = pydantic.Field(default=None, alias="apiVersion")
    dry_run: _base.Input[_base.InputList[str]] | None = pydantic.Field(default=None, alias="dryRun")
    grace_period_seconds: _base.Input[int] | None = pydantic.Field(default=None, alias="gracePeriodSeconds")
    kind: _base.Input[str] | None = pydantic.Field(default=None, alias="kind")
    orphan_dependents: _base.Input[bool] | None = pydantic.Field(default=None, alias="orphanDependents")
    preconditions: _base.Input[k8s_meta_v1.Preconditions] | None = pydantic.Field(
        default=None, alias="preconditions"
    )
    propagation_policy: _base.Input[str] | None = pydantic.Field(default=None, alias="propagationPolicy")


class ResourceClaim(_base.KubeModel):
    name: _base.Input[str] = pydantic.Field(alias="name")
    request: _base.Input[str] | None = pydantic.Field(default=None, alias="request")


class ResourceRequirements(_base.KubeModel):
    claims: _base.Input[_base.InputList[ResourceClaim]] | None = pydantic.Field(default=None, alias="claims")
    limits: _base.Input[_base.InputMap[_quantity.Quantity]] | None = pydantic.Field(
        default=None, alias="limits"
    )
    requests: _base.Input[_base.InputMap[_quantity.Quantity]] | None = pydantic.Field(
        default=None, alias="requests"
    )


from pulumi_kubevirt_models.generated import (  # noqa: E402  (cyclic; see above)
    k8s_meta_v1,
)
