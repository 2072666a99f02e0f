"""The controllers' manager turns off a controller only when it is not there at all: one that is
there but cannot be imported fails the controllers process loudly (pure, no services)."""

from __future__ import annotations

from pathlib import Path

import pytest

from kubevirt_sandbox import controllers
from kubevirt_sandbox.controllers import manager


@pytest.fixture()
def extra_controllers(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(controllers, "__path__", [*controllers.__path__, str(tmp_path)])
    return tmp_path


def test_a_controller_that_is_not_there_is_off() -> None:
    assert manager.optional("no_such_controller_here") is None


def test_the_real_optional_controllers_import() -> None:
    assert all(manager.optional(name) is not None for name in ("cdi", "services", "migration"))


def test_a_controller_missing_a_dependency_fails_loudly(extra_controllers: Path) -> None:
    (extra_controllers / "needs_dep_ctl.py").write_text("import not_a_dependency_we_have_xyz\n")
    with pytest.raises(ModuleNotFoundError, match="not_a_dependency_we_have_xyz"):
        manager.optional("needs_dep_ctl")


def test_a_controller_with_a_broken_import_fails_loudly(extra_controllers: Path) -> None:
    (extra_controllers / "broken_ctl.py").write_text("from kubevirt_sandbox.controllers.kube import nope\n")
    with pytest.raises(ImportError, match="nope"):
        manager.optional("broken_ctl")
