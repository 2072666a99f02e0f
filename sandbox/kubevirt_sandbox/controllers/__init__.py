"""The sandbox's KubeVirt- and CDI-like controllers (NOT KubeVirt): one process, one loop.

``python -m kubevirt_sandbox.controllers --dir <sandbox dir>`` is started by ``kubevirt-sandbox
up`` and stopped by ``down``; it logs to ``<sandbox dir>/logs/controllers.log``.

Modules, one concern each: ``manager`` (the loop), ``kube`` (the API as dicts), ``nodes``,
``vm`` (run strategies, crash-loop backoff, VM status), ``vmi`` (scheduling, the domain's life,
VMI status), ``domainxml`` (VMI -> libvirt XML), ``cpumodel`` (the VMI's CPU model -> ``<cpu>``),
``images`` (containerDisk store), ``cloudinit`` (seed ISOs), ``storage`` (PVC -> file), ``cdi``
(DataVolumes), ``services`` (Endpoints, NodePort proxy), ``migration``
(VirtualMachineInstanceMigration), ``fastboot`` (VMIs Ready after a fixed delay, no domain).
"""
