"""Entry point of the source plugin: the same server as the `pulumi-resource-kubevirt` executable."""

from pulumi_kubevirt_provider.plugin import launch

launch.main()
