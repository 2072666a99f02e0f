"""The demo program: for now it proves the toolchain end to end (CLI, Python language host,
a dynamic provider from the installed package). VirtualMachine resources join it as they land."""

import pulumi

from pulumi_kubevirt_provider.selftest import Probe

probe = Probe("toolchain-probe", message="pulumi-kubevirt sandbox demo")
pulumi.export("provider_python", probe.python)
pulumi.export("pulumi_sdk", probe.sdk)
