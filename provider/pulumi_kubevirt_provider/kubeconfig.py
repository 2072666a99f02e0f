"""Which kubeconfig the provider uses, decided as kubectl and pulumi-kubernetes decide it.

With ``kubevirt:kubeconfig`` set, that (a path, or the content itself, YAML or JSON); else
``$KUBECONFIG`` (its first file that exists), then ``~/.kube/config``, then the in-cluster service
account. Two rules, each learnt from a defect:

- **Never fall back silently.** A configured kubeconfig that is missing or unreadable is an error
  naming the key, not a reason to try the next source: in a CI runner pod, a typo in the path
  would otherwise manage VMs in the runner's own cluster. In-cluster credentials are used only
  when nothing is configured *and* the process runs in a pod (``KUBERNETES_SERVICE_HOST``).
- **Secret text never touches the filesystem or a message.** Whether ``kubevirt:kubeconfig`` is a
  path or content is decided from the text alone (a one-line JSON kubeconfig used as a file name
  raised "File name too long" with the whole kubeconfig in the message). Every
  :class:`ConfigError` is raised outside the ``except`` block that caught the cause, so that no
  chained exception carries the parser's excerpt of the content either.

Loading the credentials it names is ``credentials.load``.
"""

from __future__ import annotations

import base64
import binascii
import dataclasses
import os
from pathlib import Path
from typing import Any

import yaml

from pulumi_kubevirt_provider.config_keys import CONTEXT, KUBECONFIG, ConfigError

KEY = KUBECONFIG.full_name
IN_CLUSTER_ENV = "KUBERNETES_SERVICE_HOST"  # set by the kubelet in every pod
SET_PATH = f"pulumi config set {KEY} ~/.kube/config"
SET_CONTENT = f"pulumi config set --secret {KEY} < kubeconfig.yaml"
_SHOWN_PATH_MAX = 255  # a longer "path" is shown by its length only: it may be pasted secret text
_SERVICE_ACCOUNT_NAMESPACE = Path("/var/run/secrets/kubernetes.io/serviceaccount/namespace")


class NoClusterConfigured(ConfigError):
    """Nothing says which cluster to use, and the process does not run in a pod."""


@dataclasses.dataclass(frozen=True)
class Kubeconfig:
    """A kubeconfig that parsed, and where it came from (for messages)."""

    data: dict[str, Any]
    origin: str  # "kubevirt:kubeconfig (content)", "kubevirt:kubeconfig (/path)", "$KUBECONFIG (/p)", ...
    base: str  # the folder that relative file references in it are relative to


def resolve(value: str | None) -> Kubeconfig | None:
    """The kubeconfig to use given ``kubevirt:kubeconfig`` (``value``), or None for in-cluster
    credentials. Raises ConfigError."""
    if value is not None:
        return _from_config_value(value)
    env = os.environ.get("KUBECONFIG", "")
    if env.strip():
        entries = [p for p in env.split(os.pathsep) if p.strip()]
        for entry in entries:  # kubectl's rule: the first file of the list that exists
            path = Path(entry).expanduser()
            if path.is_file():
                return _read_file(path, f"$KUBECONFIG ({path})", "KUBECONFIG")
        raise ConfigError(
            f"$KUBECONFIG names no file that exists ({_shown_list(entries)}): fix or unset "
            f"KUBECONFIG, or set the stack's kubeconfig ({SET_PATH})"
        )
    default = Path.home() / ".kube" / "config"
    if default.is_file():
        return _read_file(default, str(default), KEY)
    if os.environ.get(IN_CLUSTER_ENV):
        return None
    raise NoClusterConfigured(
        f"no cluster configured: {KEY} and $KUBECONFIG are not set, {default} does "
        f"not exist, and this is not a pod ({IN_CLUSTER_ENV} is not set). Configure one: "
        f"{SET_PATH} (a path), or {SET_CONTENT} (the content)",
        KUBECONFIG.name,
    )


def context_of(cfg: Kubeconfig, name: str | None) -> dict[str, Any]:
    """The context ``name`` (``kubevirt:context``; None: the current context) of ``cfg``. Raises
    ConfigError for a context that was asked for and is not there."""
    wanted = name or cfg.data.get("current-context")
    for ctx in cfg.data.get("contexts") or []:
        if isinstance(ctx, dict) and ctx.get("name") == wanted:
            return dict(ctx.get("context") or {})
    if name:
        raise ConfigError(
            f"{CONTEXT.full_name} is {name!r}, which {cfg.origin} does not define: "
            f"pulumi config set {CONTEXT.full_name} <one of its contexts>",
            CONTEXT.name,
        )
    return {}


def namespace_of(value: str | None, context: str | None) -> str:
    """The namespace of the context (else ``default``), or the in-cluster service account's."""
    cfg = resolve(value)
    if cfg is not None:
        return str(context_of(cfg, context).get("namespace") or "default")
    try:
        return _SERVICE_ACCOUNT_NAMESPACE.read_text().strip() or "default"
    except OSError:
        return "default"


def server(value: str | None, context: str | None) -> str:
    """The API server's URL the context names (for messages)."""
    cfg = resolve(value)
    if cfg is None:
        return f"https://{os.environ.get(IN_CLUSTER_ENV)} (in-cluster)"
    cluster_name = context_of(cfg, context).get("cluster")
    return next(
        (
            str(c["cluster"].get("server", "?"))
            for c in cfg.data.get("clusters") or []
            if isinstance(c, dict) and c.get("name") == cluster_name and isinstance(c.get("cluster"), dict)
        ),
        "?",
    )


# -- content or path, decided without the filesystem ----------------------------------------
def is_content(text: str) -> bool:
    """Whether ``kubevirt:kubeconfig`` holds kubeconfig content rather than a path.

    Decided from the text alone: content has a newline, or is JSON or a YAML flow mapping
    (``{...}``), or parses as a mapping. A path is one line that is not a mapping.
    """
    stripped = text.strip()
    if "\n" in stripped or stripped.startswith("{"):
        return True
    try:
        return isinstance(yaml.safe_load(stripped), dict)
    except yaml.YAMLError:
        return False


def _from_config_value(text: str) -> Kubeconfig:
    if is_content(text):
        return _parse(text, f"{KEY} (content)", base="", where=f"{KEY} holds content that")
    stripped = text.strip()
    if len(stripped) > _SHOWN_PATH_MAX or any(len(part) > 255 for part in stripped.split(os.sep)):
        hint = " It looks base64-encoded: decode it first." if _base64_kubeconfig(stripped) else ""
        raise ConfigError(
            f"{KEY} is neither kubeconfig content nor the path of a file (a value of "
            f"{len(stripped)} characters on one line, not shown).{hint} Set a path ({SET_PATH}) or "
            f"the content ({SET_CONTENT})"
        )
    path = Path(stripped).expanduser()
    try:
        is_file = path.is_file()
    except (OSError, ValueError):  # e.g. an embedded NUL
        is_file = False
    if not is_file:
        what = "is a folder" if _is_dir(path) else "does not exist"
        raise ConfigError(
            f"{KEY} is the path {stripped!r}, which {what}: fix it ({SET_PATH}), or set "
            f"the kubeconfig's content instead ({SET_CONTENT}). Nothing falls back to other credentials"
        )
    return _read_file(path, f"{KEY} ({path})", KEY)


def _is_dir(path: Path) -> bool:
    try:
        return path.is_dir()
    except (OSError, ValueError):
        return False


def _read_file(path: Path, origin: str, key: str) -> Kubeconfig:
    problem = ""
    try:
        text = path.read_text()
    except OSError as exc:
        problem = f"cannot be read ({exc.strerror})"
    except UnicodeDecodeError:
        problem = "is not text"
    if problem:
        raise ConfigError(f"{origin}: the file {problem}; fix it, or set {KEY} ({SET_PATH})")
    fix = "fix the file" if key == KEY else f"fix the file, unset {key}, or set {KEY}"
    return _parse(text, origin, base=str(path.parent.resolve()), where=f"{origin}: the file", fix=fix)


def _parse(text: str, origin: str, *, base: str, where: str, fix: str = "") -> Kubeconfig:
    """YAML or JSON to a kubeconfig mapping. The YAML error's own message quotes the content, so
    only its line and column are kept, and the error is raised outside the except block."""
    fix = fix or f"set a valid kubeconfig ({SET_CONTENT}) or its path ({SET_PATH})"
    data: Any = None
    problem = ""
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        at = f" (line {mark.line + 1}, column {mark.column + 1})" if mark is not None else ""
        problem = f"is not valid YAML or JSON{at}"
    if not problem and not isinstance(data, dict):
        problem = f"is not a kubeconfig (a YAML {type(data).__name__}, not a mapping)"
    if not problem and not data.get("clusters"):
        problem = "is not a kubeconfig (it has no clusters)"
    if problem:
        raise ConfigError(f"{where} {problem}; {fix}")
    return Kubeconfig(data=dict(data), origin=origin, base=base)


def _base64_kubeconfig(text: str) -> bool:
    try:
        decoded = base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        return False
    return b"clusters" in decoded


def _shown_list(entries: list[str]) -> str:
    return ", ".join(repr(e) if len(e) <= _SHOWN_PATH_MAX else f"<{len(e)} characters>" for e in entries)
