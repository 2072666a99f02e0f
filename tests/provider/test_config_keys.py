"""The stack config keys are declared once (``config_keys.KEYS``), and every place that names them
covers exactly the declared keys: the plugin schema's config and provider inputs, the plugin's
CheckConfig/DiffConfig/Configure, the dynamic transport's reading of the stack config, the SDK's
``Provider`` keywords and inputs, ``ClusterSettings``' fields, and the docs table (written by
scripts/config_table.py). A key added to the declaration fails here until each place that cannot
derive it (the docs page, the SDK's keywords, the settings' fields) is brought in step.
"""

from __future__ import annotations

import dataclasses
import importlib.util
import inspect
import re
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pulumi
import pytest
from pulumi.runtime.proto import provider_pb2

import pulumi_kubevirt as kv
from pulumi_kubevirt_provider import config_keys, settings
from pulumi_kubevirt_provider.plugin import schema, server, wire

ROOT = Path(__file__).resolve().parents[2]
PAGE = ROOT / "docs" / "installation-configuration.md"


def config_table_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("config_table", ROOT / "scripts" / "config_table.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def sample(key: config_keys.ConfigKey) -> str:
    """A valid value for ``key`` that is not its default."""
    return (
        next((c for c in key.choices if c != key.default), key.choices[0]) if key.choices else f"x-{key.name}"
    )


def sdk_provider_inputs(monkeypatch: pytest.MonkeyPatch) -> tuple[dict[str, Any], str]:
    """The inputs kv.Provider registers when given every declared keyword ({} and the error if
    it cannot be built so)."""
    seen: dict[str, Any] = {}

    def register(self: Any, t: str, name: str, props: dict[str, Any], opts: Any = None) -> None:
        seen.update(props)

    monkeypatch.setattr(pulumi.ProviderResource, "__init__", register)
    try:
        kv.Provider("p", **{k.python_name: sample(k) for k in config_keys.PROVIDER_KEYS})
    except (KeyError, TypeError) as exc:
        return {}, f"{type(exc).__name__}: {exc}"
    return seen, ""


def by_python_names(names: set[str]) -> set[str]:
    """The declared keys (short names) among Python spellings; ``<unknown>`` for a name that is
    none of theirs."""
    declared = {k.python_name: k.name for k in config_keys.PROVIDER_KEYS}
    return {declared[n] for n in names if n in declared} | ({"<unknown>"} if names - set(declared) else set())


def coverage(monkeypatch: pytest.MonkeyPatch) -> dict[str, set[str]]:
    """Each place that names the provider's keys, and the keys (short names) it covers; a place
    that fails with the declared keys covers ``{"<error>"}``."""
    everything = {k.name: sample(k) for k in config_keys.PROVIDER_KEYS}

    def read(cfg: settings.ClusterSettings) -> set[str]:
        return {k.name for k in config_keys.PROVIDER_KEYS if getattr(cfg, k.python_name, None) == sample(k)}

    def diff() -> set[str]:
        request = provider_pb2.DiffRequest(olds=wire.to_struct({}), news=wire.to_struct(everything))
        return set(server.Server(None).DiffConfig(request, None).diffs)

    def sdk_inputs() -> set[str]:
        inputs, error = sdk_provider_inputs(monkeypatch)
        return set(inputs) if not error else {"<error>"}

    def built_schema() -> dict[str, Any]:
        return schema.schema.__wrapped__("0.0.0")  # type: ignore[attr-defined, no-any-return]  # not cached

    places = {
        "plugin schema config": lambda: set(built_schema()["config"]["variables"]),
        "plugin schema provider inputs": lambda: set(built_schema()["provider"]["inputProperties"]),
        "plugin DiffConfig": diff,
        "plugin Configure (explicit provider inputs)": lambda: read(server._config_from(everything, {})),
        "plugin Configure (default provider config)": lambda: read(
            server._config_from({}, {f"kubevirt:config:{k}": v for k, v in everything.items()})
        ),
        "dynamic transport (stack config)": lambda: read(
            settings.ClusterSettings.from_config({f"kubevirt:{k}": v for k, v in everything.items()}.get)
        ),
        "ClusterSettings fields": lambda: by_python_names(
            {f.name for f in dataclasses.fields(settings.ClusterSettings)} - {"retry"}
        ),
        "SDK Provider keywords": lambda: by_python_names(
            set(inspect.signature(kv.Provider.__init__).parameters) - {"self", "resource_name", "opts"}
        ),
        "SDK Provider inputs": sdk_inputs,
    }
    covered = {}
    for place, keys in places.items():
        try:
            covered[place] = keys()
        except (KeyError, TypeError):
            covered[place] = {"<error>"}
    return covered


def docs_rows() -> list[str]:
    """The keys of the docs page's configuration table, in order."""
    return re.findall(r"^\| `kubevirt:(\w+)` \|", PAGE.read_text("utf-8"), flags=re.MULTILINE)


def out_of_step(monkeypatch: pytest.MonkeyPatch) -> set[str]:
    """The places that do not cover exactly the declared keys."""
    declared = {k.name for k in config_keys.PROVIDER_KEYS}
    wrong = {place for place, keys in coverage(monkeypatch).items() if keys != declared}
    script = config_table_script()
    if docs_rows() != [k.name for k in config_keys.KEYS] or script.rewritten(PAGE.read_text("utf-8")) != (
        PAGE.read_text("utf-8")
    ):
        wrong.add("docs table")
    return wrong


def test_every_place_covers_exactly_the_declared_keys(monkeypatch: pytest.MonkeyPatch) -> None:
    assert out_of_step(monkeypatch) == set()


def test_a_key_added_to_the_declaration_fails_until_the_docs_sdk_and_settings_follow(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    extra = config_keys.ConfigKey("insecureSkipVerify", "skip TLS verification", default="false")
    monkeypatch.setattr(config_keys, "KEYS", (*config_keys.KEYS, extra))
    monkeypatch.setattr(config_keys, "PROVIDER_KEYS", (*config_keys.PROVIDER_KEYS, extra))
    # The schema, the plugin's config reading and DiffConfig derive the key; the rest must be told.
    assert out_of_step(monkeypatch) == {
        "docs table",
        "SDK Provider keywords",
        "SDK Provider inputs",
        "ClusterSettings fields",
        "plugin Configure (explicit provider inputs)",
        "plugin Configure (default provider config)",
        "dynamic transport (stack config)",
    }


def test_the_secret_keys_are_secret_in_the_schema_the_plugin_and_the_sdk(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    secret = {k.name for k in config_keys.PROVIDER_KEYS if k.secret}
    assert secret == {"kubeconfig"}
    variables = schema.schema("0.0.0")["config"]["variables"]
    assert {name for name, v in variables.items() if v.get("secret")} == secret
    # CheckConfig marks them secret in the state whatever the program marked.
    everything = {k.name: sample(k) for k in config_keys.PROVIDER_KEYS}
    checked = server.Server(None).CheckConfig(
        provider_pb2.CheckRequest(news=wire.to_struct(everything)), None
    )
    assert wire.from_struct(checked.inputs)[1] == secret and not checked.failures
    inputs, error = sdk_provider_inputs(monkeypatch)
    assert not error
    assert {name for name, v in inputs.items() if isinstance(v, pulumi.Output)} == secret


@pytest.mark.parametrize(
    ("config", "key", "message"),
    [
        (
            {"domainAccess": "ssh"},
            "domainAccess",
            "kubevirt:domainAccess is 'ssh': use one of auto, libvirt, exec, off",
        ),
        ({"domainAccess": "libvirt"}, "libvirtUri", "kubevirt:libvirtUri is not set"),
    ],
)
def test_check_config_names_the_key_at_fault(config: dict[str, str], key: str, message: str) -> None:
    checked = server.Server(None).CheckConfig(provider_pb2.CheckRequest(news=wire.to_struct(config)), None)
    assert [(f.property, message in f.reason) for f in checked.failures] == [(key, True)]


def test_the_docs_script_check_fails_on_a_stale_page(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    script = config_table_script()
    stale = tmp_path / "page.md"
    stale.write_text(PAGE.read_text("utf-8").replace("| `kubevirt:context` |", "| `kubevirt:ctx` |"), "utf-8")
    monkeypatch.setattr(script, "PAGE", stale)
    monkeypatch.setattr(sys, "argv", ["config_table.py", "--check"])
    assert script.main() == 1
    monkeypatch.setattr(sys, "argv", ["config_table.py"])
    assert script.main() == 0
    assert stale.read_text("utf-8") == PAGE.read_text("utf-8")
