"""Transient API errors are retried with bounded backoff; permanent ones are not.

A scripted server on 127.0.0.1 (local_api.py) answers 503, 429 with Retry-After, or resets the
connection, then 200. Sleeps are recorded instead of slept, except where a real restart is
waited for.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from typing import Any

import local_api
import pytest
from local_api import RESET, Answer

from pulumi_kubevirt_provider import errors, kube, readiness, settings, tunables, waiting

OK = Answer(200, {"kind": "VirtualMachine", "metadata": {"name": "web", "namespace": "team"}})
UNAVAILABLE = local_api.status(
    503, "ServiceUnavailable", "the server is currently unable to handle the request"
)
TOO_MANY = Answer(
    429,
    {"kind": "Status", "reason": "TooManyRequests", "message": "too many requests"},
    {"Retry-After": "2"},
)
FAST = tunables.RetrySettings(attempts=5, first_delay=0.5, max_delay=4.0, deadline=60.0, jitter=0.0)


class Sleeps(list[float]):
    """Records the delays instead of sleeping; never cancelled."""

    def __call__(self, seconds: float) -> bool:
        self.append(seconds)
        return False


@pytest.fixture()
def sleeps() -> Sleeps:
    return Sleeps()


def cluster_for(
    api: local_api.LocalApi | str, sleep: Any, retry: tunables.RetrySettings = FAST
) -> kube.Cluster:
    url = api if isinstance(api, str) else api.url
    return kube.Cluster(
        settings.ClusterSettings(kubeconfig=local_api.kubeconfig(url), retry=retry), sleep=sleep
    )


@pytest.fixture()
def serve() -> Iterator[Any]:
    made: list[local_api.LocalApi] = []

    def start(script: list[Answer | str], port: int = 0) -> local_api.LocalApi:
        api = local_api.LocalApi(script, port=port)
        made.append(api)
        return api

    yield start
    for api in made:
        api.close()


def test_a_get_answered_503_twice_is_retried_with_growing_backoff(serve: Any, sleeps: Sleeps) -> None:
    api = serve([UNAVAILABLE, UNAVAILABLE, OK])
    assert cluster_for(api, sleeps).get(kube.VM, "team", "web") == OK.body
    assert [s.method for s in api.seen] == ["GET", "GET", "GET"]
    assert sleeps == [0.5, 1.0]


def test_429_waits_what_retry_after_says_even_for_a_server_side_apply(serve: Any, sleeps: Sleeps) -> None:
    api = serve([TOO_MANY, OK])
    obj = {"metadata": {"name": "web", "namespace": "team"}, "spec": {}}
    assert cluster_for(api, sleeps).apply(kube.VM, obj)["metadata"]["name"] == "web"
    assert [(s.method, s.headers["content-type"]) for s in api.seen] == [
        ("PATCH", "application/apply-patch+yaml")
    ] * 2
    assert sleeps == [2.0]


def test_retry_after_is_capped_and_an_http_date_is_understood(serve: Any, sleeps: Sleeps) -> None:
    later = time.strftime("%a, %d %b %Y %H:%M:%S GMT", time.gmtime(time.time() + 3600))
    api = serve([Answer(503, None, {"Retry-After": "600"}), Answer(503, None, {"Retry-After": later}), OK])
    cluster_for(api, sleeps, tunables.RetrySettings(max_retry_after=7.0, deadline=60.0, jitter=0.0)).get(
        kube.VM, "team", "web"
    )
    assert sleeps == [7.0, 7.0]


def test_a_reset_connection_is_retried_for_a_read(serve: Any, sleeps: Sleeps) -> None:
    api = serve([RESET, RESET, RESET, RESET, OK])  # more than urllib3's own three quick retries
    assert cluster_for(api, sleeps).get(kube.VM, "team", "web") == OK.body
    assert len(api.seen) == 5 and sleeps == [0.5, 1.0, 2.0, 4.0]


def test_a_delete_whose_answer_was_lost_and_then_404s_is_done(serve: Any, sleeps: Sleeps) -> None:
    api = serve([RESET, local_api.status(404, "NotFound", 'virtualmachines "web" not found')])
    assert cluster_for(api, sleeps).delete(kube.VM, "team", "web") is None
    assert [s.method for s in api.seen] == ["DELETE", "DELETE"]


ANY = Answer(200, {**OK.body, "items": []})  # an answer every verb below can read
VERBS: dict[str, Any] = {
    "GET": lambda c: c.get(kube.VM, "team", "web"),
    "LIST": lambda c: c.list(kube.VM, "team"),
    "server-side apply": lambda c: c.apply(kube.VM, {"metadata": {"name": "web", "namespace": "team"}}),
    "merge patch (graceful stop)": lambda c: c.patch(
        kube.VM, "team", "web", {"spec": {"runStrategy": "Halted"}}
    ),
    "merge patch (ownership)": lambda c: c.patch(
        kube.SECRET, "team", "web-cloudinit", {"metadata": {"ownerReferences": [{"uid": "u"}]}}
    ),
    "merge patch of a subresource": lambda c: c.patch(kube.VM, "team", "web", {"status": {}}, "status"),
    "DELETE": lambda c: c.delete(kube.VM, "team", "web"),
}


@pytest.mark.parametrize("verb", list(VERBS))
def test_every_idempotent_request_is_retried_alike(serve: Any, sleeps: Sleeps, verb: str) -> None:
    """One policy: a 503, then a reset connection, then the answer, whatever the verb."""
    api = serve([UNAVAILABLE, RESET, ANY])
    VERBS[verb](cluster_for(api, sleeps))
    assert len(api.seen) == 3 and len({(s.method, s.path) for s in api.seen}) == 1
    assert sleeps == [0.5, 1.0]


def test_a_graceful_stop_waits_for_a_restarting_api_server(serve: Any) -> None:
    """The merge patch of a destroy's graceful stop, sent while the API server restarts."""
    first = serve([ANY])
    retry = tunables.RetrySettings(first_delay=0.05, max_delay=0.2, deadline=20.0)
    cluster = kube.Cluster(settings.ClusterSettings(kubeconfig=local_api.kubeconfig(first.url), retry=retry))
    cluster.get(kube.VM, "team", "web")  # it answered once
    port = first.port
    first.close()  # refused from now on
    restarted: list[local_api.LocalApi] = []
    timer = threading.Timer(0.5, lambda: restarted.append(serve([ANY], port=port)))
    timer.start()
    VERBS["merge patch (graceful stop)"](cluster)
    timer.join()
    assert [s.method for s in restarted[0].seen] == ["PATCH"]


def test_a_json_patch_is_not_idempotent_and_is_not_retried_on_503(serve: Any, sleeps: Sleeps) -> None:
    api = serve([UNAVAILABLE, OK])
    with pytest.raises(errors.ApiError) as err:
        cluster_for(api, sleeps).request(
            "PATCH",
            kube.VM.path("team", "web"),
            body=[{"op": "add", "path": "/spec/template/spec/volumes/-", "value": {"name": "x"}}],
            content_type="application/json-patch+json",
        )
    assert err.value.status == 503 and len(api.seen) == 1 and sleeps == []


def test_a_create_is_not_retried_after_a_reset_but_is_after_429(serve: Any, sleeps: Sleeps) -> None:
    api = serve([RESET, OK])
    with pytest.raises(errors.Unreachable):
        cluster_for(api, sleeps).request("POST", "/api/v1/namespaces", body={"metadata": {"name": "n"}})
    assert len(api.seen) == 1
    api = serve([TOO_MANY, OK])
    cluster_for(api, sleeps).request("POST", "/api/v1/namespaces", body={"metadata": {"name": "n"}})
    assert len(api.seen) == 2 and sleeps == [2.0]


def test_permanent_errors_are_not_retried(serve: Any, sleeps: Sleeps) -> None:
    api = serve([local_api.status(403, "Forbidden", "forbidden"), OK])
    with pytest.raises(errors.ApiError) as err:
        cluster_for(api, sleeps).get(kube.VM, "team", "web")
    assert err.value.status == 403 and len(api.seen) == 1 and sleeps == []


def test_attempts_are_bounded_and_the_error_says_so(serve: Any, sleeps: Sleeps) -> None:
    api = serve([UNAVAILABLE])
    with pytest.raises(errors.ApiError) as err:
        cluster_for(api, sleeps).get(kube.VM, "team", "web")
    assert len(api.seen) == FAST.attempts and sleeps == [0.5, 1.0, 2.0, 4.0]
    assert "gave up after 5 attempts" in str(err.value)


def test_the_deadline_bounds_the_total_wait(serve: Any, sleeps: Sleeps) -> None:
    clock = [0.0]

    def sleep(seconds: float) -> bool:
        sleeps.append(seconds)
        clock[0] += seconds
        return False

    api = serve([UNAVAILABLE])
    retry = tunables.RetrySettings(attempts=100, first_delay=1.0, max_delay=8.0, deadline=20.0, jitter=0.0)
    cluster = kube.Cluster(
        settings.ClusterSettings(kubeconfig=local_api.kubeconfig(api.url), retry=retry),
        sleep=sleep,
        clock=lambda: clock[0],
    )
    with pytest.raises(errors.ApiError):
        cluster.get(kube.VM, "team", "web")
    assert sleeps == [1.0, 2.0, 4.0, 8.0] and sum(sleeps) <= retry.deadline


def test_a_cancelled_wait_stops_retrying(serve: Any) -> None:
    api = serve([UNAVAILABLE])
    with pytest.raises(errors.ApiError):
        cluster_for(api, lambda seconds: True).get(kube.VM, "team", "web")
    assert len(api.seen) == 1


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_a_cluster_never_reached_is_reported_at_once(sleeps: Sleeps) -> None:
    """A preview against a cluster that is down must not wait out the retry deadline."""
    cluster = cluster_for(f"http://127.0.0.1:{free_port()}", sleeps)
    start = time.monotonic()
    with pytest.raises(errors.Unreachable, match="cannot reach the Kubernetes API at http://127.0.0.1:"):
        cluster.get(kube.VM, "team", "web")
    assert sleeps == [] and time.monotonic() - start < 2


def test_a_restarted_api_server_is_waited_for(serve: Any) -> None:
    """Refused connections after the server has answered once: it is restarting."""
    first = serve([OK])
    retry = tunables.RetrySettings(first_delay=0.05, max_delay=0.2, deadline=20.0)
    cluster = kube.Cluster(settings.ClusterSettings(kubeconfig=local_api.kubeconfig(first.url), retry=retry))
    assert cluster.get(kube.VM, "team", "web") == OK.body
    port = first.port
    first.close()  # refused from now on
    restarted: list[local_api.LocalApi] = []
    timer = threading.Timer(0.5, lambda: restarted.append(serve([OK], port=port)))
    timer.start()
    start = time.monotonic()
    assert cluster.get(kube.VM, "team", "web") == OK.body
    assert 0.4 < time.monotonic() - start < 10 and len(restarted[0].seen) == 1
    timer.join()


def test_a_wait_survives_a_burst_of_503_from_its_fetch(serve: Any, sleeps: Sleeps) -> None:
    running = {
        **OK.body,
        "spec": {"runStrategy": "Always"},
        "status": {"ready": True, "printableStatus": "Running"},
    }
    api = serve([UNAVAILABLE, RESET, Answer(200, running)])
    cluster = cluster_for(api, sleeps)
    last = waiting.until(
        "web",
        "readiness",
        lambda: cluster.get(kube.VM, "team", "web"),
        lambda obj: readiness.vm(obj, "Always"),
        timeout=60,
        sleep=lambda s: None,
        say=lambda r, m: None,
        cancelled=lambda: False,
    )
    assert last == running and len(api.seen) == 3
