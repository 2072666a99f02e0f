"""The provider's bounds live in one place (tunables.TUNABLES), and the handlers use the defaults
docs/resources.md promises: waits of 10m for VMs and migrations, 30m for DataVolumes, 60s for Services,
instancetypes and preferences."""

from __future__ import annotations

import pytest

from pulumi_kubevirt_provider import kube, tunables
from pulumi_kubevirt_provider.resources import datavolume, instancetype, migration, service, vm


@pytest.mark.parametrize(
    ("handler", "resource", "create", "delete"),
    [
        (vm.VirtualMachineHandler, "VirtualMachine", 600, 300),
        (migration.VirtualMachineMigrationHandler, "VirtualMachineMigration", 600, 300),
        (datavolume.DataVolumeHandler, "DataVolume", 1800, 300),
        (service.VirtualMachineServiceHandler, "VirtualMachineService", 60, 60),
        (instancetype.VirtualMachineInstancetypeHandler, "VirtualMachineInstancetype", 60, 60),
        (instancetype.VirtualMachineClusterInstancetypeHandler, "VirtualMachineClusterInstancetype", 60, 60),
        (instancetype.VirtualMachinePreferenceHandler, "VirtualMachinePreference", 60, 60),
        (instancetype.VirtualMachineClusterPreferenceHandler, "VirtualMachineClusterPreference", 60, 60),
    ],
)
def test_each_kind_waits_its_documented_default_unless_told(
    handler: type, resource: str, create: float, delete: float
) -> None:
    h = handler.__new__(handler)  # the timeout rule needs no cluster
    assert (h.timeout({}, "create"), h.timeout({}, "delete")) == (create, delete)
    assert h.timeout({"timeouts": {"create": 90}}, "create") == 90
    assert handler.default_timeouts is tunables.TUNABLES.default_timeouts[resource]


def test_the_cached_list_lives_as_long_as_the_tunable_says() -> None:
    assert kube.Cluster.LIST_TTL == tunables.TUNABLES.list_ttl == 5.0
