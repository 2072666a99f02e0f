"""The domain check: the libvirt domain behind each running VM, read and compared with the declaration."""
