"""Dynamic providers for pulumi_kubevirt: the code the Pulumi engine runs."""
