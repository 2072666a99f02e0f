"""What scripts/record_previews.py declares: a VM, its NodePort Service and a DataVolume.

``desired.json`` beside this file says what to declare for the scenario being recorded, so the
same program is previewed after each change. A config secret (``report-previews:secret``) is
planted in the VM's cloud-init script and in the DataVolume's labels: the report must never
show it.
"""

import json
from pathlib import Path

import pulumi

import pulumi_kubevirt as kv

desired = json.loads((Path(__file__).parent / "desired.json").read_text())
secret = pulumi.Config().require_secret("secret")

if desired.get("vm", True):
    vm = kv.VirtualMachine(
        "web",
        spec={
            "runStrategy": "Always",
            "template": {
                "spec": {
                    "terminationGracePeriodSeconds": 0,
                    "domain": {
                        "cpu": {"sockets": desired.get("sockets", 1)},
                        "devices": {
                            "disks": [
                                {"name": "root", "disk": {"bus": "virtio"}},
                                {
                                    "name": "cloudinit",
                                    "disk": {"bus": desired.get("cloudinit_bus", "virtio")},
                                },
                            ]
                        },
                        "resources": {"requests": {"memory": desired.get("memory", "128Mi")}},
                    },
                    "volumes": [
                        {
                            "name": "root",
                            "containerDisk": {"image": "quay.io/kubevirt/cirros-container-disk-demo"},
                        },
                        {
                            "name": "cloudinit",
                            "cloudInitNoCloud": {
                                "userData": secret.apply(
                                    lambda s: f"#!/bin/sh\necho token={s} > /tmp/token\n"
                                )
                            },
                        },
                    ],
                }
            },
        },
    )
    if desired.get("service", True):
        kv.VirtualMachineService("web-ssh", vm=vm, ports=[22], type="NodePort")

if desired.get("datavolume", True):
    kv.DataVolume(
        "scratch",
        metadata={"labels": {"team": secret}},
        spec={
            "source": desired.get("dv_source", {"blank": {}}),
            "storage": {"resources": {"requests": {"storage": "64Mi"}}},
        },
    )
