"""Type errors a Pulumi program must get from mypy: each line marked ``# mypy: error`` has one.

Type-checked by tests/sdk/test_typed_outputs.py (``mypy --strict``); never run.
"""

from __future__ import annotations

import pulumi

from pulumi_kubevirt import disks
from pulumi_kubevirt.models import kubevirt_v1

port: pulumi.Output[int] = pulumi.Output.from_input(22)

ok = kubevirt_v1.DataVolumeSource(name=pulumi.Output.from_input("root-dv"))
bad = kubevirt_v1.DataVolumeSource(name=port)  # mypy: error
also_bad = kubevirt_v1.Volume(name="root", dataVolume=kubevirt_v1.DataVolumeSource(name=5))  # mypy: error
image = kubevirt_v1.ContainerDiskSource(image="x")
wrong_model = kubevirt_v1.Volume(name="root", dataVolume=image)  # mypy: error
builder = disks.existing_data_volume("root", port)  # mypy: error
