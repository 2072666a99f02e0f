# generated — regenerate, don't edit
# Written by scripts/codegen/generate.py from
#   cdi-v1.66.0/swagger.json (sha256 b4425aa983c0493a)
"""Kubernetes types as vendored by CDI, where they differ from KubeVirt's."""

from __future__ import annotations

import pydantic

from pulumi_kubevirt.models import _base, _quantity

__all__ = [
    "Condition",
    "DeleteOptions",
    "ResourceClaim",
    "ResourceRequirements",
]


class Condition(_base.KubeModel):
    last_heartbeat_time: str | None = pydantic.Field(default=None, alias="lastHeartbeatTime")
    last_transition_time: str | None = pydantic.Field(default=None, alias="lastTransitionTime")
    message: str | None = pydantic.Field(default=None, alias="message")
    reason: str | None = pydantic.Field(default=None, alias="reason")
    status: str = pydantic.Field(alias="status")
    type: str = pydantic.Field(alias="type")


class DeleteOptions(_base.KubeModel):
    api_version: str | None = pydantic.Field(default=None, alias="apiVersion")
    dry_run: list[str] | None = pydantic.Field(default=None, alias="dryRun")
    grace_period_seconds: int | None = pydantic.Field(default=None, alias="gracePeriodSeconds")
    kind: str | None = pydantic.Field(default=None, alias="kind")
    orphan_dependents: bool | None = pydantic.Field(default=None, alias="orphanDependents")
    preconditions: k8s_meta_v1.Preconditions | None = pydantic.Field(default=None, alias="preconditions")
    propagation_policy: str | None = pydantic.Field(default=None, alias="propagationPolicy")


class ResourceClaim(_base.KubeModel):
    name: str = pydantic.Field(alias="name")
    request: str | None = pydantic.Field(default=None, alias="request")


class ResourceRequirements(_base.KubeModel):
    claims: list[ResourceClaim] | None = pydantic.Field(default=None, alias="claims")
    limits: dict[str, _quantity.Quantity] | None = pydantic.Field(default=None, alias="limits")
    requests: dict[str, _quantity.Quantity] | None = pydantic.Field(default=None, alias="requests")


from pulumi_kubevirt.models import (  # noqa: E402  (cyclic; see above)
    k8s_meta_v1,
)
