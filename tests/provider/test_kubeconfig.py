"""Which cluster the provider talks to, and what it says when the configuration is wrong.

A configured kubeconfig that is missing or broken is an error naming the key and the fix, never
a fallback to other credentials (in-cluster least of all); kubeconfig content is told from a
path without using it as a file name; and no error, chained cause or repr carries credential
material. No cluster is needed: the errors come before any connection.
"""

from __future__ import annotations

import base64
import json
import os
import traceback
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import local_api
import pytest
import yaml

from pulumi_kubevirt_provider import kube, kubeconfig, settings
from pulumi_kubevirt_provider.config_keys import ConfigError

MARKER = "MARKER-7f3c9e1d-secret"
IN_CLUSTER = {"KUBERNETES_SERVICE_HOST": "10.96.0.1", "KUBERNETES_SERVICE_PORT": "443"}


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[None]:
    """No KUBECONFIG, an empty home (no ~/.kube/config), not in a pod: each test sets what it needs."""
    for name in ("KUBECONFIG", *IN_CLUSTER):
        monkeypatch.delenv(name, raising=False)
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    yield


def messages(exc: BaseException) -> list[str]:
    """The exception's text and that of everything chained to it, and the whole traceback as
    the dynamic-provider server prints it (traceback.format_exc)."""
    seen: list[str] = ["".join(traceback.format_exception(exc))]
    current: BaseException | None = exc
    while current is not None and len(seen) < 20:
        seen.append(f"{type(current).__name__}: {current} {current.args!r}")
        current = current.__cause__ or current.__context__
    return seen


def connect(cfg: settings.ClusterSettings) -> kube.Cluster:
    """What the provider does first with its settings (resources.base.cluster_for)."""
    return kube.Cluster(cfg)


# -- #2: no silent fallback --------------------------------------------------------------------
def test_a_configured_path_that_does_not_exist_is_an_error_naming_the_key_never_in_cluster(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for name, value in IN_CLUSTER.items():  # a CI runner pod: in-cluster credentials are there
        monkeypatch.setenv(name, value)
    cfg = settings.ClusterSettings(kubeconfig="/nonexistent/kubeconfig.yaml")
    with pytest.raises(ValueError) as err:
        connect(cfg)
    text = str(err.value)
    assert "kubevirt:kubeconfig" in text and "/nonexistent/kubeconfig.yaml" in text
    assert "does not exist" in text and "pulumi config set" in text
    with pytest.raises(ValueError, match="kubevirt:kubeconfig"):
        cfg.default_namespace()  # was "default", silently


def test_a_configured_folder_is_an_error_naming_the_key(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"kubevirt:kubeconfig is the path .* which is a folder"):
        connect(settings.ClusterSettings(kubeconfig=str(tmp_path)))


def test_a_kubeconfig_file_that_does_not_parse_names_the_key_and_the_file(tmp_path: Path) -> None:
    path = tmp_path / "kubeconfig"
    path.write_text(f"apiVersion: v1\nusers:\n- name: u\n  user: {{token: {MARKER}\n  broken: [\n")
    with pytest.raises(ConfigError) as err:
        connect(settings.ClusterSettings(kubeconfig=str(path)))
    assert f"kubevirt:kubeconfig ({path}): the file is not valid YAML or JSON (line" in str(err.value)
    assert all(MARKER not in m for m in messages(err.value))


def test_kubeconfig_env_naming_a_missing_file_is_an_error_naming_kubeconfig(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("KUBECONFIG", "/nonexistent/a.yaml")
    for name, value in IN_CLUSTER.items():
        monkeypatch.setenv(name, value)
    with pytest.raises(ValueError) as err:
        connect(settings.ClusterSettings())
    assert "$KUBECONFIG names no file that exists ('/nonexistent/a.yaml')" in str(err.value)
    assert "kubevirt:kubeconfig" in str(err.value)


def test_kubeconfig_env_takes_the_first_file_of_its_list_that_exists(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    path = tmp_path / "config"
    path.write_text(local_api.kubeconfig("https://127.0.0.1:9", namespace="from-env"))
    monkeypatch.setenv("KUBECONFIG", f"/nonexistent/a.yaml{os.pathsep}{path}")
    assert settings.ClusterSettings().default_namespace() == "from-env"


def test_nothing_configured_outside_a_pod_is_no_cluster_configured_saying_how_to_configure_one() -> None:
    with pytest.raises(kubeconfig.NoClusterConfigured) as err:
        connect(settings.ClusterSettings())
    text = str(err.value)
    assert text.startswith("no cluster configured:")
    assert "KUBERNETES_SERVICE_HOST is not set" in text
    assert "pulumi config set kubevirt:kubeconfig ~/.kube/config" in text
    assert "pulumi config set --secret kubevirt:kubeconfig < kubeconfig.yaml" in text


def test_nothing_configured_inside_a_pod_uses_the_in_cluster_service_account(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for name, value in IN_CLUSTER.items():
        monkeypatch.setenv(name, value)
    cfg = settings.ClusterSettings()
    assert kubeconfig.resolve(cfg.kubeconfig) is None  # in-cluster
    # This machine is not a pod: the service account's token is missing, and that is one line.
    with pytest.raises(ConfigError, match="in-cluster service account: cannot load the credentials"):
        connect(cfg)


def test_the_home_kubeconfig_is_used_when_nothing_else_is_configured(tmp_path: Path) -> None:
    kube_dir = Path(os.environ["HOME"]) / ".kube"
    kube_dir.mkdir()
    (kube_dir / "config").write_text(local_api.kubeconfig("https://127.0.0.1:9", namespace="from-home"))
    assert settings.ClusterSettings().default_namespace() == "from-home"


def test_an_unknown_context_names_kubevirt_context() -> None:
    cfg = settings.ClusterSettings(kubeconfig=local_api.kubeconfig("https://127.0.0.1:9"), context="nope")
    with pytest.raises(ConfigError, match="kubevirt:context is 'nope', which kubevirt:kubeconfig"):
        connect(cfg)


# -- #3: content or path, and no credential material in any message ----------------------------
def test_one_line_json_content_is_content_not_a_file_name(monkeypatch: pytest.MonkeyPatch) -> None:
    content = local_api.kubeconfig("https://127.0.0.1:9", user={"token": MARKER * 20})
    assert len(content) > 255 and "\n" not in content
    stats: list[str] = []
    real_stat = os.stat

    def spying_stat(path: Any, *args: Any, **kwargs: Any) -> Any:
        stats.append(str(path))
        return real_stat(path, *args, **kwargs)

    monkeypatch.setattr(os, "stat", spying_stat)
    cfg = settings.ClusterSettings(kubeconfig=content)
    assert cfg.default_namespace() == "team"
    assert kubeconfig.server(cfg.kubeconfig, cfg.context) == "https://127.0.0.1:9"
    cluster = connect(cfg)  # no connection is made yet
    cluster.close()
    assert not [s for s in stats if MARKER in s], "the content was used as a file name"


def test_yaml_content_is_content_and_a_short_line_is_a_path() -> None:
    assert kubeconfig.is_content("apiVersion: v1\nclusters: []\n")
    assert kubeconfig.is_content('  {"clusters": []}')
    assert kubeconfig.is_content("{clusters: [], contexts: []}")
    assert not kubeconfig.is_content("/home/me/.kube/config")
    assert not kubeconfig.is_content("~/kube config.yaml")


def _user_with_marker() -> dict[str, Any]:
    return {
        "token": f"tok-{MARKER}",
        "client-certificate-data": base64.b64encode(
            f"-----BEGIN CERTIFICATE-----\n{MARKER}\n".encode()
        ).decode(),
        "client-key-data": base64.b64encode(f"-----BEGIN PRIVATE KEY-----\n{MARKER}\n".encode()).decode(),
    }


def _broken_configs() -> dict[str, settings.ClusterSettings]:
    good = json.loads(local_api.kubeconfig("https://127.0.0.1:9", user=_user_with_marker()))
    one_line = json.dumps(good)
    as_yaml = yaml.safe_dump(good)
    return {
        # YAML that does not parse, with the secret on the line the parser complains about
        "yaml syntax": settings.ClusterSettings(kubeconfig=f"users:\n- user: {{token: {MARKER}\n  x: [\n"),
        # one-line JSON cut short
        "json cut short": settings.ClusterSettings(kubeconfig=one_line[: one_line.index(MARKER) + 40]),
        # content that parses but is no kubeconfig
        "a list": settings.ClusterSettings(kubeconfig=f"- {MARKER}\n- b\n"),
        # base64 of the whole kubeconfig, a common CI habit: one long line, not a path
        "base64": settings.ClusterSettings(kubeconfig=base64.b64encode(as_yaml.encode()).decode()),
        # a certificate and key that are not PEM: the TLS loader fails on them
        "bad key": settings.ClusterSettings(kubeconfig=as_yaml),
        # the key data is not even base64
        "not base64": settings.ClusterSettings(
            kubeconfig=as_yaml.replace(good["users"][0]["user"]["client-key-data"], f"{MARKER}x")
        ),
        "unknown context": settings.ClusterSettings(kubeconfig=one_line, context="nope"),
    }


@pytest.mark.parametrize("case", sorted(_broken_configs()))
def test_no_error_path_carries_credential_material(case: str) -> None:
    cfg = _broken_configs()[case]
    assert MARKER not in repr(cfg)
    with pytest.raises(ValueError) as err:
        connect(cfg)
    assert "kubevirt:kubeconfig" in str(err.value) or "kubevirt:context" in str(err.value)
    for text in messages(err.value):
        assert MARKER not in text, f"{case}: {text}"
        assert "File name too long" not in text


def test_base64_content_is_named_as_such() -> None:
    content = base64.b64encode(local_api.kubeconfig("https://127.0.0.1:9").encode()).decode()
    with pytest.raises(ConfigError, match="It looks base64-encoded: decode it first"):
        settings.ClusterSettings(kubeconfig=content).default_namespace()
