"""The floor of bench/run.py: a plain Kubernetes client doing the same work with the fewest requests.

One process per operation (so its CPU and memory are measured as the providers' are):

- ``up``: server-side apply of every object (8 threads), then ONE watch of the namespace's VMs
  until every VM is Ready (and each Service has its cluster IP from the apply's answer);
- ``preview``: one LIST per kind (VMs, Services), compared with the declared objects locally;
- ``refresh``: the same two LISTs;
- ``destroy``: DELETE every object, then one watch until every VM is gone.

    python bench/floor.py up|preview|refresh|destroy MANIFESTS.json KUBECONFIG
"""

from __future__ import annotations

import concurrent.futures
import json
import sys
from typing import Any

from kubernetes import client, config, watch

USER_AGENT = "kubevirt-bench-floor"
PLURALS = {"VirtualMachine": ("/apis/kubevirt.io/v1", "virtualmachines"), "Service": ("/api/v1", "services")}


def path(obj: dict[str, Any], named: bool = True) -> str:
    prefix, plural = PLURALS[obj["kind"]]
    meta = obj["metadata"]
    return f"{prefix}/namespaces/{meta['namespace']}/{plural}" + (f"/{meta['name']}" if named else "")


def call(
    api: client.ApiClient,
    method: str,
    url: str,
    body: Any = None,
    ctype: str = "application/json",
    query: list[tuple[str, str]] | None = None,
) -> Any:
    params = api.param_serialize(
        method,
        url,
        query_params=query or [],
        header_params={"Accept": "application/json", "Content-Type": ctype},
        body=body,
    )
    resp = api.call_api(*params, _request_timeout=60)
    resp.read()
    if resp.status >= 400 and not (method == "DELETE" and resp.status == 404):
        raise RuntimeError(f"{method} {url}: {resp.status} {resp.data[:300]!r}")
    return json.loads(resp.data) if resp.data else None


def ready(vm: dict[str, Any]) -> bool:
    return bool((vm.get("status") or {}).get("ready"))


def watch_vms(api: client.ApiClient, namespace: str, names: set[str], done: Any) -> None:
    """One LIST then one WATCH from its resourceVersion until ``done(state)`` holds for all names."""
    custom = client.CustomObjectsApi(api)
    listed = custom.list_namespaced_custom_object("kubevirt.io", "v1", namespace, "virtualmachines")
    state = {o["metadata"]["name"]: o for o in listed["items"] if o["metadata"]["name"] in names}
    if all(done(state.get(n)) for n in names):
        return
    w = watch.Watch()
    for event in w.stream(
        custom.list_namespaced_custom_object,
        "kubevirt.io",
        "v1",
        namespace,
        "virtualmachines",
        resource_version=listed["metadata"]["resourceVersion"],
        timeout_seconds=600,
    ):
        obj = event["object"]
        name = obj["metadata"]["name"]
        if name in names:
            state[name] = None if event["type"] == "DELETED" else obj
        if all(done(state.get(n)) for n in names):
            w.stop()
            return
    raise RuntimeError("watch ended before every VM got there")


def main() -> int:
    op, manifests_file, kubeconfig = sys.argv[1:4]
    objects: list[dict[str, Any]] = json.loads(open(manifests_file).read())
    api = config.new_client_from_config(config_file=kubeconfig)
    api.user_agent = USER_AGENT
    namespace = objects[0]["metadata"]["namespace"]
    vms = {o["metadata"]["name"] for o in objects if o["kind"] == "VirtualMachine"}
    if op == "up":

        def apply(obj: dict[str, Any]) -> None:
            call(
                api,
                "PATCH",
                path(obj),
                obj,
                "application/apply-patch+yaml",
                [("fieldManager", "bench-floor"), ("force", "true")],
            )

        with concurrent.futures.ThreadPoolExecutor(8) as pool:
            list(pool.map(apply, objects))
        watch_vms(api, namespace, vms, lambda vm: vm is not None and ready(vm))
    elif op in ("preview", "refresh"):
        live = {}
        for kind in PLURALS:
            sample = next(o for o in objects if o["kind"] == kind)
            for item in call(api, "GET", path(sample, named=False))["items"]:
                live[(kind, item["metadata"]["name"])] = item
        changed = [
            o["metadata"]["name"]
            for o in objects
            if any(
                live.get((o["kind"], o["metadata"]["name"]), {}).get("spec", {}).get(k) != v
                for k, v in o["spec"].items()
            )
        ]
        print(json.dumps({"changed": changed}))
    elif op == "destroy":
        with concurrent.futures.ThreadPoolExecutor(8) as pool:
            list(pool.map(lambda o: call(api, "DELETE", path(o)), objects))
        watch_vms(api, namespace, vms, lambda vm: vm is None)
    else:
        raise SystemExit(f"unknown operation {op}")
    api.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
