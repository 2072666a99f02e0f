"""Closed sets of values the specs declare as plain strings.

KubeVirt's and CDI's swagger files carry almost no enums: run strategies, disk buses and phases
are Go string types whose values live in constants and webhooks. These ``Literal`` types are the
hand-written record of those values (KubeVirt v1.9, CDI v1.66; sources named per type). The
generator (``scripts/codegen/generate.py``, table ``TYPE_OVERRIDES``) puts them on the fields.

Status enums include the empty string where the Go code has a ``...Unset`` constant, so that
reading a just-created object does not fail.
"""

from __future__ import annotations

from typing import Literal, get_args

#: ``spec.runStrategy`` (``api/core/v1/types.go``; WaitAsReceiver is feature-gated).
RunStrategy = Literal["Always", "Halted", "Manual", "RerunOnFailure", "Once", "WaitAsReceiver"]

#: A DataVolume's ``spec.contentType`` (an enum in CDI's CRD schema: the API server refuses others).
DataVolumeContentType = Literal["kubevirt", "archive"]

#: ``spec.domain.rebootPolicy`` of a VMI template (an enum in KubeVirt's CRD schemas).
RebootPolicy = Literal["Reboot", "Terminate"]

#: ``spec.domain.memory.reservedOverhead.memLock`` (an enum in KubeVirt's CRD schemas).
MemLock = Literal["NotRequired", "Required"]

#: ``status.printableStatus`` of a VirtualMachine.
PrintableStatus = Literal[
    "Stopped",
    "Provisioning",
    "Starting",
    "Running",
    "Paused",
    "Stopping",
    "Terminating",
    "CrashLoopBackOff",
    "Migrating",
    "Unknown",
    "ErrorUnschedulable",
    "ErrImagePull",
    "ImagePullBackOff",
    "ErrorPvcNotFound",
    "DataVolumeError",
    "WaitingForVolumeBinding",
    "WaitingForReceiver",
]

#: ``disk.bus`` / ``cdrom.bus`` / ``lun.bus``; ``ide`` is rejected by KubeVirt's webhook.
DiskBus = Literal["virtio", "sata", "scsi", "usb"]

#: ``interfaces[].model`` (the webhook's list of valid interface models).
InterfaceModel = Literal["e1000", "e1000e", "igb", "ne2k_pci", "pcnet", "rtl8139", "virtio"]

#: ``interfaces[].ports[].protocol``.
PortProtocol = Literal["TCP", "UDP"]

#: The binding-method properties of ``v1.Interface``: exactly one is set per interface.
InterfaceBinding = Literal[
    "bridge", "masquerade", "sriov", "passtBinding", "binding", "slirp", "macvtap", "passt"
]

#: Bindings KubeVirt removed (v1.3): the webhook rejects them.
DISCONTINUED_BINDINGS: frozenset[str] = frozenset({"slirp", "macvtap", "passt"})

#: VirtualMachineInstance ``status.phase``.
VMIPhase = Literal[
    "", "Pending", "Scheduling", "Scheduled", "Running", "Succeeded", "Failed", "WaitingForSync", "Unknown"
]

#: VirtualMachineInstanceMigration ``status.phase``.
MigrationPhase = Literal[
    "",
    "Pending",
    "Scheduling",
    "Scheduled",
    "PreparingTarget",
    "TargetReady",
    "Running",
    "Succeeded",
    "Failed",
    "WaitingForSync",
    "Synchronizing",
]

#: DataVolume ``status.phase`` (CDI ``core/v1beta1/types.go``).
DataVolumePhase = Literal[
    "",
    "Pending",
    "PVCBound",
    "ImportScheduled",
    "ImportInProgress",
    "CloneScheduled",
    "CloneInProgress",
    "SnapshotForSmartCloneInProgress",
    "CloneFromSnapshotSourceInProgress",
    "SmartClonePVCInProgress",
    "CSICloneInProgress",
    "ExpansionInProgress",
    "NamespaceTransferInProgress",
    "UploadScheduled",
    "UploadReady",
    "WaitForFirstConsumer",
    "PendingPopulation",
    "Succeeded",
    "Failed",
    "Unknown",
    "Paused",
    "PrepClaimInProgress",
    "RebindInProgress",
]

#: The values of each closed set, for messages and for callers that iterate.
DISK_BUSES: tuple[str, ...] = get_args(DiskBus)
RUN_STRATEGIES: tuple[str, ...] = get_args(RunStrategy)
INTERFACE_BINDINGS: tuple[str, ...] = get_args(InterfaceBinding)
